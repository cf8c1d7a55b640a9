"""routes: route words, site phrases after a word of giving, and what must not count."""
import pytest

from extractor.extract import routes

CASES = [
    ("Human amniotic MSCs were infused back by intravenous injection.", ["intravenous"]),
    ("The hAMSCs were transplanted via venous in the dorsum of hand.", ["intravenous"]),
    ("Two sessions (4 IV injections for each session).", ["intravenous"]),
    ("Women who received intra-ovarian injections of stem cells.", ["intraovarian"]),
    ("Transplantation of human UC-MSCs into ovaries of POI patients.", ["intraovarian"]),
    ("Autologous cells are administered to the ovary of patients.", ["intraovarian"]),
    ("Ovarian infusion of bone marrow-derived stem cells.", ["intraovarian"]),
    ("35 patients received 6 × 10^7 hAECs via ovarian artery.", ["intra_arterial"]),
    ("Autologous stem cell ovarian transplantation (ASCOT) was done by infusing the cells into "
     "the ovarian artery. ASCOT improved AFC.", ["intra_arterial"]),  # the procedure's way
    ("Autologous stem cell ovarian transplantation (ASCOT) improved AFC.",
     ["intraovarian"]),  # the procedure named, no way stated
    ("Cells were transplanted into the uterine cavity in two cycles.", ["intrauterine"]),
    ("Autologous intrauterine ADMSC injection improved EMT.", ["intrauterine"]),
    ("The efficacy of an intrauterine deposition of EDMSCs and their EVs.", ["intrauterine"]),
    ("Subfertile mares received intrauterine EDMSCs or their EVs.", ["intrauterine"]),
    ("Women received intrauterine autologous PBMCs before embryo transfer.", ["intrauterine"]),
    # must not match: a condition between "intrauterine" and the cells
    ("Women with intrauterine adhesion UC-MSCs loaded in collagen scaffold.", []),
    ("MNCs were implanted in sub-endometrial zone.", ["subendometrial"]),
    ("Exosomes delivered via subendometrial injection.", ["subendometrial"]),
    ("BM-MSCs were autotransplanted into the testicular network.", ["intratesticular"]),
    ("Testicular Injection of Autologous Stem Cells.", ["intratesticular"]),
    ("Doctors reintroduced Jaiwen's own stem cells into his testicles.", ["intratesticular"]),
    ("Grafting of testicular tissue under the skin in the scrotum.", ["other"]),
    ("ESC-MPCs were delivered by intravenous injection or intradermal injection.",
     ["intravenous", "other"]),
    ("Mice received cisplatin, then MSCs were injected intraperitoneally.", ["intraperitoneal"]),
    ("Stem cell injection in testicular tubules and intra testicular artery.",
     ["intratesticular", "intra_arterial"]),
    ("Injection of autologous adult bone marrow derived stem cells into the ovarian stroma.",
     ["intraovarian"]),
    ("The labelled cells were transplanted to the rat uterus.", ["intrauterine"]),
    ("Cells were injected 35 days after the last busulfan injection into the efferent duct of "
     "the testis.", ["intratesticular"]),
    ("MSCs were transplanted into the seminiferous tubules of the mice.", ["intratesticular"]),
    ("Participants will receive intra-gonadal (testicular or ovarian) injections of stem cells.",
     ["intratesticular", "intraovarian"]),
    ("Patients receive intragonadal (ovarian and testicular) transplantation of MSCs.",
     ["intraovarian", "intratesticular"]),
    # strong mentions win over a hedged background
    ("Background: AS may benefit from intrauterine stem cell instillation.\n"
     "Methods: Cells were instilled into the subendometrial zone.", ["subendometrial"]),
    # must not match
    ("Busulfan was intraperitoneally used for induction of azoospermia.", []),
    ("Female mice received intraperitoneal cisplatin for 10 days.", []),
    ("Rats were given an intraperitoneal injection of busulfan.", []),
    # the organ's owner in the possessive, with either apostrophe
    ("The cells were transplanted into mares’ uterus after breeding.", ["intrauterine"]),
    ("MSCs were injected into the recipients' testes.", ["intratesticular"]),
    ("Cells were injected into the patients’ ovaries.", ["intraovarian"]),
    # must not match: a dose between the route and the agent
    ("Female mice were injected intraperitoneally with 50 mg/kg cyclophosphamide.", []),
    ("Rats received an intraperitoneal injection of 150 mg/kg busulfan.", []),
    ("Mice were given intraperitoneal injections of 75 mg/kg/day cyclophosphamide.", []),
    # a dose of cells after "with" keeps the route; so do the animals "with" the disease
    ("MSCs were injected intraperitoneally with 2 million cells, 7 days after busulfan.",
     ["intraperitoneal"]),
    ("MSCs were injected intraperitoneally in mice with cyclophosphamide-induced POI.",
     ["intraperitoneal"]),
    ("Success is low when transferring good embryos to the uterine cavity.", []),
    ("Placental MSC differentiate to endometrium-like cells.", []),
    ("Stem cells could integrate into the ovaries.", []),
    ("Adhesions obliterate the uterine cavity.", []),
    ("A phase IV study of MSCs.", []),
    ("Transvaginal ultrasound results were recorded.", []),
    ("No intravenous route was used; cells went nowhere.", []),
    ("Sperm count and length density of seminiferous tubules were increased.", []),
    ("At the time of delivery, only 1 million follicles remain in the ovary.", []),
    ("Failure of ovarian (or testicular) function after chemotherapy.", []),
    ("Umbilical cord stem cells were injected in a minimally invasive manner through the tail.",
     ["intravenous"]),
    ("Cells were given by tail vein injection.", ["intravenous"]),
    # A systemic injection is not literally intravenous.
    ("In preclinical models, therapeutic systemic injection of stem cells was more effective.",
     ["other"]),
    # a phrase wrapped over a line, and a bilateral site
    ("busulfan to stop endogenous spermatogenesis. The MSCs were injected into the left\n"
     "testes. Cell tracing was done.", ["intratesticular"]),
    ("MSC-like cells were injected directly into bilateral ovaries under ultrasound.",
     ["intraovarian"]),
    # Must not match: a heading line is not wrapped into its value, nor a site without giving.
    ("Interventions were injected\ntestes", []),
    ("Bilateral ovaries were small on ultrasound.", []),
    # the organ named as the one that received the cells
    ("The mass of the testes was higher in transplanted testes than in controls.",
     ["intratesticular"]),
    ("Human SSCs colonized within the recipient testes six weeks post-transplantation.",
     ["intratesticular"]),
    ("The results indicated injecting ovaries with stem cells could be safe.", ["intraovarian"]),
    # a comma that sets off a duration, and one of a pair of organs
    ("SCs suspension (1×104 cells/μL) was injected over 3–5 min, into each testis.",
     ["intratesticular"]),
    ("Donor spermatogonia transplanted into only a single testis restored fertility.",
     ["intratesticular"]),
    # pages in Spanish and Turkish
    ("La infusión de células madre en la arteria ovárica.", ["intra_arterial"]),
    ("Intratestiküler adipoz doku kaynaklı mezenkimal kök hücrelerin uygulaması.",
     ["intratesticular"]),
    ("They inserted those human stem cells into the testes of live mice.", ["intratesticular"]),
    # must not match: organs that received nothing
    ("The testes of untreated mice were smaller.", []),
    ("Recipient mice had smaller ovaries than donors.", []),
    ("The cells were injected, and in the ovary the follicles grew.", []),
    # route adverbs and the sites animal and clinical studies name
    ("MSCs were administered intra-arterially.", ["intra_arterial"]),
    ("Cells were injected sub-endometrially under hysteroscopy.", ["subendometrial"]),
    ("Stem cells were injected intratesticularly in ten men.", ["intratesticular"]),
    ("Cells were injected into the efferent ductules of busulfan-treated mice.",
     ["intratesticular"]),
    ("Cells were given by intrabursal injection.", ["intraovarian"]),
    ("Cells were injected into the ovarian bursa of each mouse.", ["intraovarian"]),
    ("MSCs were injected under the ovarian capsule.", ["intraovarian"]),
    ("MSCs were injected into the uterine horns of the rats.", ["intrauterine"]),
    ("Cells were administered intrauterinely after adhesiolysis.", ["intrauterine"]),
    ("Cells were injected into the myometrium under ultrasound guidance.", ["subendometrial"]),
    ("Cells were transplanted into the interstitium of the testes.", ["intratesticular"]),
    ("MSCs were injected through the caudal vein.", ["intravenous"]),
    ("MSCs were injected i.p. once a week.", ["intraperitoneal"]),
    # pages in other languages
    ("Se realizó una inyección intraovárica de células madre.", ["intraovarian"]),
    ("Une injection intra-ovarienne de cellules souches a été réalisée.", ["intraovarian"]),
    ("Die intraovarielle Injektion erfolgte unter Ultraschallkontrolle.", ["intraovarian"]),
    ("Die Stammzellen werden in den linken Eierstock injiziert.", ["intraovarian"]),
    ("Las células se volvían a implantar en el ovario.", ["intraovarian"]),
    ("Las células madre se trasplantaron al útero.", ["intrauterine"]),
    ("Se administró una infusión intrauterina de células madre.", ["intrauterine"]),
    ("Les cellules souches de la moelle osseuse sont injectées dans l’artère ovarienne.",
     ["intra_arterial"]),
    ("Le cellule sono state somministrate per via endovenosa.", ["intravenous"]),
    ("Las células se administraron por vía intravenosa.", ["intravenous"]),
    ("研究团队获得了高纯度细胞,再经子宫动脉介入灌注。", ["intra_arterial"]),
    ("患者接受了卵巢内注射干细胞治疗。", ["intraovarian"]),
    ("5名NOA患者接受睾丸内MSCs注射。", ["intratesticular"]),
    ("الخلايا الجذعية المسحوبة من نخاع المريض وزراعتها في خصيتيه.", ["intratesticular"]),
    ("تم حقن الخلايا الجذعية في المبيض.", ["intraovarian"]),
    ("يتم حقن الخصية بالخلايا الجذعية.", ["intratesticular"]),  # the testis is injected
    ("Kemik iliğinden alınan kök hücre yumurtalıklarına yerleştirildi.", ["intraovarian"]),
    ("İnsan kaynaklı DPMSC overe lokal olarak uygulandı.", ["intraovarian"]),
    ("Kök hücreler testislere enjekte edildi.", ["intratesticular"]),
    # must not match: the disease's adhesions, a site nothing was given to
    ("El síndrome se caracteriza por adherencias intrauterinas.", []),
    ("Los folículos que quedan en el ovario disminuyen con la edad.", []),
    ("宫腔粘连是导致不孕的重要原因。", []),
    ("أجريت زراعة الرحم لامرأة.", []),  # a uterus transplant, no cells given into it
    ("Yumurtalıklara kan akışı azaldı.", []),  # the ovaries in the dative, nothing given
    # must not match: a roman numeral, a uterine horn that received nothing
    ("This is a phase IV trial of hormone therapy.", []),
    ("Adhesions were scored in the uterine horns of the rats.", []),
    # the vein as the way in, and the organ as the subject of a passive verb of injecting
    ("CEFFE, injected via the veins, could recover the levels of the sex hormone.",
     ["intravenous"]),
    ("MSCs were transplanted into POF rats through tail-vein.", ["intravenous"]),
    ("Patients proceed as in the previous phase but only one ovary will be injected.",
     ["intraovarian"]),
    ("Both testes were injected with 10 microlitres of the cell suspension.",
     ["intratesticular"]),
    # must not match: an organ that was examined, a vein that was sampled
    ("The ovaries were weighed and the testes were fixed in Bouin solution.", []),
    ("Blood was sampled from the tail of each mouse.", []),
    # the artery a catheter enters by, the arteries of the uterus, spiral arteries
    ("HRT and then BMDSC injected through the femoral artery and menstruation restarted.",
     ["intra_arterial"]),
    ("Posteriormente se inyectan en el útero a través de la arteria femoral.",
     ["intra_arterial"]),  # the uterus is where the artery led
    ("Les cellules sont ré-injectées par cathétérisme dans les artères de son utérus.",
     ["intra_arterial"]),
    ("Um método de entrega é infundir as células nas arteríolas espirais.", ["intra_arterial"]),
    ("The cells were delivered to the spiral arteries of the endometrium.", ["intra_arterial"]),
    # must not match: an artery that was sampled or described
    ("Blood samples were drawn from the femoral artery of each rat.", []),
    ("The femoral artery was ligated to create a model of limb ischemia.", []),
    ("Angiogenesis was seen around the spiral arteries of the treated uteri.", []),  # histology
    # Italian elided sites, the Italian noun of injecting, the Portuguese word of applying
    ("Le hUC-MSCs integrate in uno scaffold di collagene e impiantate direttamente nell’utero.",
     ["intrauterine"]),
    ("Un trattamento consistente nella iniezione nelle ovaie delle proprie cellule staminali.",
     ["intraovarian"]),
    ("Maior eficácia na aplicação direta das células estaminais diretamente nos ovários.",
     ["intraovarian"]),
    # must not match: an Italian uterus that nothing was given to
    ("La mucosa interna dell’utero non raggiunge lo spessore necessario.", []),
    # Japanese: into the uterus, into the ovary
    ("月経血幹細胞(MenSCs)の子宮内移植が子宮内膜厚に及ぼす影響が報告されています。", ["intrauterine"]),
    ("AMCUEの子宮内投与後の子宮内膜測定では変化はなかった。", ["intrauterine"]),
    ("脂肪由来幹細胞を卵巣に移植する臨床研究を計画している。", ["intraovarian"]),
    # must not match: ovarian tissue transplantation, a disease of the uterus
    ("卵巣組織移植後の卵胞の生存率を検討した。", []),
    ("子宮内膜が薄い患者では着床率が低い。", []),
    ("幹細胞を精巣内に移植した。", ["intratesticular"]),
    ("臍帯由来間葉系幹細胞を静脈内投与した。", ["intravenous"]),
    ("幹細胞を点滴で投与した。", ["intravenous"]),
    # must not match: venous blood drawn
    ("静脈血を採取した。", []),
    # Korean: 내 or a particle after the organ, then a word of giving
    ("골수 줄기세포를 난소에 직접 주입했다.", ["intraovarian"]),
    ("제대 중간엽 줄기세포를 자궁강 내 주입했다.", ["intrauterine"]),
    ("지방 유래 줄기세포를 고환 내 주입했다.", ["intratesticular"]),
    ("자가 골수 유래 중간엽 줄기세포를 정맥 내로 투여했다.", ["intravenous"]),
    ("줄기세포를 정맥 주사했다.", ["intravenous"]),
    # must not match: an organ transplant, venous blood drawn
    ("난소 이식 후 기능이 회복되었다.", []),
    ("자궁 이식을 받은 여성이 출산했다.", []),
    ("정맥혈을 채취했다.", []),
    # the route that made the animal model, not the one that gave the cells
    ("POI in rats was induced by intraperitoneal administration of 4-vinylcyclohexene "
     "diepoxide.", []),
    ("Mild and severe POI models were established by intraperitoneally administering "
     "busulfan.", []),
    ("All rats were given intraperitoneal talc powder to create adhesions.", []),
    # where the cells went on their own after they were given
    ("hAECs were injected into the tail vein. The grafted hAECs survived and migrated to "
     "mouse ovary.", ["intravenous"]),
    ("The transplanted cells homed to the injured endometrium.", []),
    ("MSCs were transplanted and recruited to the damaged testis.", []),
    # the route of a drug given beside or instead of the cells
    ("The reviewed trials showed a benefit for intrauterine G-CSF infusion on thickness.", []),
    ("Women received an intrauterine infusion of autologous PRP before transfer.", []),
    ("Participants received subcutaneous G-CSF daily for four days.", []),
    ("Intrauterine infusion of PRP and BM-MSCs was performed.", ["intrauterine"]),
    ("We enhance the effects of intraovarian Platelet-Rich Plasma (PRP) injection and "
     "autologous bone marrow-derived mesenchymal stem cells in three women.", ["intraovarian"]),
    ("Women received intrauterine G-CSF infusion daily, and later the rats got bone marrow "
     "mesenchymal stem cells.", []),
    ("BM-MSCs were instilled into the subendometrial zone followed by oral estrogen therapy.",
     ["subendometrial"]),
    # the organ an artery led to is not a second route
    ("Ovarian artery catheterism to selectively infuse the stem cells into the ovary.",
     ["intra_arterial"]),
    ("Cells were injected into ovarian tissue by bilateral ovarian artery infusion.",
     ["intra_arterial"]),
    ("Cells were infused via the ovarian artery. In the other arm they were injected into the "
     "ovary.", ["intra_arterial", "intraovarian"]),
    ("Cells were injected into the ovary or infused through the ovarian artery.",
     ["intra_arterial", "intraovarian"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_routes(field_values, text, expected):
    assert sorted(field_values(routes, text)) == sorted(expected)
