"""conditions: real phrasings, with exclusion criteria, background and consequences ignored."""
import pytest

from extractor.extract import conditions

CASES = [
    ("Twelve women with premature ovarian insufficiency were treated.", ["poi"]),
    ("Patients with Premature Ovarian Failure (POF) received cells.", ["poi"]),
    ("the mice had ovarian failure due to the chemo", ["poi"]),
    # ovaries named as damaged or failed
    ("Amniotic epithelial cells protect against chemotherapy-induced ovarian damage.", ["poi"]),
    ("Gonadotropin therapy restores oogenesis of chemo-ablated ovaries in rats.", ["poi"]),
    ("He kick-started prematurely failed ovaries in rats with embryonic stem cells.", ["poi"]),
    ("Stem cells exist in the menopausal ovary as well as in ovary with premature failure.",
     ["poi"]),
    ("Infertile women with poor ovarian response (POR) were enrolled.", ["dor"]),
    ("Seventeen women who are poor responders.", ["dor"]),
    ("Stem cells in women with low AMH.", ["dor"]),
    ("Refractory cases of Asherman’s syndrome were treated.", ["asherman"]),
    ("Intrauterine adhesion refers to endometrial repair disorders.", ["asherman"]),
    ("Autologous MSCs for Atrophic Endometrium in Patients With Repeated IVF Failures",
     ["thin_endometrium", "rif"]),
    ("Unresponsive thin endometrium caused by Asherman syndrome (AS) was treated.",
     ["thin_endometrium", "asherman"]),
    ("Men with non-obstructive azoospermia (NOA) received BM-MSCs.", ["noa"]),
    ("Busulfan was used for induction of azoospermia in hamsters.", ["noa"]),
    ("Men with oligozoospermia were treated.", ["male_infertility_other"]),
    ("Stem cell therapy for female infertility.", ["infertility_unspecified"]),
    ("Stem cell treatment may reverse male infertility.", ["male_infertility_other"]),
    ("Infertile men received stem cells.", ["male_infertility_other"]),
    # damage to the testis or its sperm production, without azoospermia
    ("Spermatogonial stem cells reverse cisplatin-induced testicular toxicity.",
     ["male_infertility_other"]),
    ("Secretome repairs testicular dysfunction in rats.", ["male_infertility_other"]),
    ("hUC-MSCs alleviate paclitaxel-induced spermatogenesis defects.",
     ["male_infertility_other"]),
    ("The men had sterility and failed spermatogenesis.", ["male_infertility_other"]),
    # ... and azoospermia named beside it is the condition
    ("Busulfan caused testicular damage and azoospermia in mice.", ["noa"]),
    ("The aim was whether MSCs transplantation could treat the sterile testes.", ["noa"]),
    ("Endometrium Thinning", ["thin_endometrium"]),
    ("Cell therapy for a thin uterine lining.", ["thin_endometrium"]),
    ("Stem cells for polycystic ovarian syndrome (PCOS).", ["other"]),
    ("Intra-gonadal injections for individuals with gonadal failure.", ["other"]),
    ("Ten patients with intrauterine adhesion or cesarean scar diverticulum.",
     ["asherman", "other"]),
    # a background that states the study's aim names the study's conditions
    ("Background:\nGargett and Healy reported in 2011 treatment of a case with Asherman's "
     "syndrome. Therefore the investigators test the effect of placental MSC in patients with "
     "recurrent implantation failure.", ["rif"]),
    ("hUC Mesenchymal Stem Cells Therapy for Patients With Thin Endometrial Infertility",
     ["thin_endometrium"]),
    ("A woman with thin endometrial syndrome was treated.", ["thin_endometrium"]),
    ("Stem cells for women with multiple IVF failures.", ["rif"]),
    ("Women with three failed IVF attempts received PBMCs.", ["rif"]),
    # damage to an organ is a condition only when nothing specific is named
    ("This study aimed to evaluate stem cell-loaded scaffolds in treating uterine injury.",
     ["other"]),
    ("Stem cells repaired the endometrial damage and restored fertility.", ["other"]),
    ("Endometrial injury leads to intrauterine adhesions; MSCs were infused.", ["asherman"]),
    ("UC-MSCs on collagen fibres promoted regeneration in rat uterine scars.", ["other"]),
    ("MSCs eased uterine scars and intrauterine adhesions in women.", ["asherman"]),
    ("Therapy for patients with healing poor after uterus injury.", ["other"]),
    ("Equine endometrosis is a degenerative disease; MSCs were infused into the uterus.",
     ["other"]),
    ("Endometritis is the first cause of subfertility in mares; MSCs were infused.", ["other"]),
    ("Asherman syndrome follows damage by curettage and/or endometritis; MSCs were infused.",
     ["asherman"]),
    ("hUCMSCs on uterus and ovaries in a rat model of abdominal adhesions and infertility.",
     ["other"]),
    # damage named as done to the organ
    ("A side effect of chemotherapy is damage to the ovaries; MSCs were injected.", ["poi"]),
    ("Cisplatin causes damage to the testes.", ["male_infertility_other"]),
    # must not match: damage done to another organ
    ("MSCs reduced damage to the liver.", []),
    # fertility care named without any condition is unspecified infertility, as a last resort
    ("Granulosa cells from 23 women who underwent in vitro fertilization were cultured.",
     ["infertility_unspecified"]),
    ("GSC transplantation is a promising technique for fertility recovery in the clinic.",
     ["infertility_unspecified"]),
    ("Spermatogonial stem cells may serve male fertility preservation.",
     ["male_infertility_other"]),
    # must not match: fertility care beside a named condition, or compared with
    ("Women with premature ovarian insufficiency who underwent IVF received MSCs.", ["poi"]),
    ("Unlike IVF, the stem cell infusion was given once.", []),
    # a man's unspecified infertility, named a few words away or by his spermatogenesis
    ("Busulfan is a drug that can cause subfertility or sterility in males.",
     ["male_infertility_other"]),
    ("Stem cells for research concerning testicular infertility.", ["male_infertility_other"]),
    ("Impaired spermatogenesis caused by busulfan is partially ameliorated.",
     ["male_infertility_other"]),
    ("SSC transplantation can be used for restoration of fertility in male cancer survivors.",
     ["male_infertility_other"]),
    ("The aim is restoration of fertility in women after chemotherapy.",
     ["infertility_unspecified"]),
    # infertility_unspecified only when nothing more specific is named
    ("POI is a cause of infertility in young women.", ["poi"]),
    # must not match: exclusion criteria, negation, consequences, keywords, lower-case words
    ("Women with POI were included.\nExclusion criteria: male azoospermia or oligozoospermia.",
     ["poi"]),
    ("Hysteroscopy confirmed no intrauterine adhesions in women with thin endometrium.",
     ["thin_endometrium"]),
    ("Thin endometrium is associated with poor implantation and recurrent implantation failure.",
     ["thin_endometrium"]),
    ("The trial enrolled 11 women with clinical POI, defined by elevated FSH on two occasions, "
     "low anti-Müllerian hormone (AMH) and reduced antral follicle count.",
     ["poi"]),  # the low AMH is part of POI's definition, not diminished reserve
    ("Women with Asherman syndrome were treated.\nKeywords: recurrent implantation failure",
     ["asherman"]),
    ("Azoospermia can be obstructive or not; in obstructive azoospermia ducts are blocked.",
     ["noa"]),
    ("The poi of this work is a dormant cell.", []),
    ("Exosomes increased the early follicle markers Deleted In Azoospermia Like (DAZL) and FOXL2 "
     "in POI rats. DAZL expression rose.", ["poi"]),  # a gene named for azoospermia
    ("Bone marrow stem cells were injected.", []),
    ("NOA is a cause of male infertility.", ["noa"]),
    ("Women with infertility and a male partner were enrolled.", ["infertility_unspecified"]),
    ("Women with infertility and their male partners were enrolled.",
     ["infertility_unspecified"]),
    # earlier uses and prevalence statements are background
    ("Klinefelter syndrome is rare. Azoospermic men with Klinefelter syndrome were treated. "
     "Klinefelter syndrome is common in infertile men with oligospermia or azoospermia.",
     ["noa"]),
    ("Stem cells for PCOS. MSC have recently been used to treat premature ovarian failure.",
     ["other"]),
    # a misspelled registry label still opens the inclusion criteria
    ("Exosomes in infertile patients\nInclusion critria: women with poor ovarian response.\n"
     "Exclusion criteria: Male infertility, Ovarian failure", ["dor"]),
    # Once the infertility is a man's, the document's other unspecified mentions are his too.
    ("SSCs may be used to restore fertility in men at risk of infertility. Transplantation is a "
     "promising fertility restoration technique.", ["male_infertility_other"]),
    ("Infertile women and their partners attended the clinic.", ["infertility_unspecified"]),
    # repeated IVF failure as failed treatments of a named technique
    ("Women aged 21-45 years who had at least 3 failed IVF-FET treatments in the past.", ["rif"]),
    ("Nine of the women who previously failed multiple cycles of IVF became pregnant.", ["rif"]),
    ("Patients with two unsuccessful ICSI cycles were enrolled.", ["rif"]),
    # must not match: one failed cycle or implantation failing as a feature of thin endometrium
    # (IVF itself is fertility care, the unspecified code's last resort)
    ("Symptoms include failed attempts to get your partner pregnant.", []),
    ("Couples were treated after three failed cycles of IUI.", []),
    ("Women with a failed cycle were given PBMCs.", []),
    ("Many women experience repeated failed implantation in IVF cycles.",
     ["infertility_unspecified"]),
    # animal models of ovarian aging are named by the animals' age
    ("hPD-MSC therapy was conducted by tail vein injection into aged rats.", ["dor"]),
    ("Huc-MSCs restore fertility in aging female mice.", ["dor"]),
    ("Stem cells for the treatment of reproductive aging.", ["dor"]),
    # must not match: the age of animals that gave cells, or of an unrelated model
    ("SCs were isolated from the testis of 4-week-old mouse.", []),
    ("Adult Neurogenesis in Adult and Middle-Aged Mice", []),
    # Chinese pages
    ("干细胞治疗卵巢早衰的四大关键机制", ["poi"]),
    ("胚胎幹細胞可用於治療卵巢功能衰竭", ["poi"]),
    # a low reserve of eggs, however it is worded
    ("The team treated 150 women with diminished or exhausted egg reserves.", ["dor"]),
    ("The procedure is meant for women with a low reserve of eggs.", ["dor"]),
    ("Stem cells were given to women with depleted ovarian reserve.", ["dor"]),
    ("The procedure is for women unable to conceive because of low oocyte (egg) reserve.",
     ["dor"]),
    # ovarian aging named by its age or its organ
    ("Stem cells may help women suffering from age-related infertility.", ["dor"]),
    ("Exosomes alleviate the age-related decline in fertility of female mice.", ["dor"]),
    ("MSCs play roles in promoting the repair of ageing ovaries.", ["dor"]),
    ("A model of ovarian senescence was used to test the cells.", ["dor"]),
    # a man's age-related decline is no ovarian aging
    ("Sertoli cells were studied in the age-related decline in sperm quality.", []),
    # must not match: the reserve itself
    ("The ovarian reserve is made up of primordial follicles.", []),
    # pages in Spanish, Italian, Portuguese and Turkish
    ("Cuatro embarazos en pacientes que padecían fallo ovárico precoz.", ["poi"]),
    ("Un ensayo clínico logra tres embarazos en mujeres con baja respuesta ovárica.", ["dor"]),
    ("L’atrofia endometriale (EA) e la Sindrome di Asherman (AS) sono patologie non rare.",
     ["thin_endometrium", "asherman"]),
    ("Al ser las pacientes bajas respondedoras de edad materna avanzada, se probó la técnica.",
     ["dor"]),
    ("Yumurtalık rezervi düşük olan kadınlarda kök hücre tedavisi denendi.", ["dor"]),
    ("诊断“卵巢储备不良”,后行干细胞卵巢原位注射治疗。", ["dor"]),
    # French writes the article onto the word, with either apostrophe
    ("Un traitement pour les femmes atteintes d’insuffisance ovarienne précoce.", ["poi"]),
    ("Qu’est-ce que le Syndrome d’Asherman ? Qu’est-ce que l’Atrophie Endometriale ?",
     ["asherman", "thin_endometrium"]),
    ("Células estaminais estimulam função ovárica em mulheres com insuficiência ovárica "
     "prematura.", ["poi"]),
    # repeated IVF failure as failures of the technique, repeated or counted
    ("PBMCs improved implantation in patients with repeated failure of IVF-ET.", ["rif"]),
    ("Women with three or more IVF failures received activated PBMCs.", ["rif"]),
    # busulfan models of spermatogenic failure are noa
    ("Sections of busulfan-treated testes show empty seminiferous tubules.", ["noa"]),
    ("Rats were given busulfan to stop endogenous spermatogenesis.", ["noa"]),
    # must not match: a single failure, or busulfan in a female model
    ("The first IVF failure was followed by a second cycle.", ["infertility_unspecified"]),
    ("Busulfan-treated female mice received stem cells.", []),
    ("Testiküler Torsiyonun İndüklediği Kısırlığa Mezenkimal Kök Hücrenin Etkisi",
     ["male_infertility_other"]),
    # wordings of the common codes beside the vocabulary's own
    ("Twenty women with premature ovarian dysfunction received stem cells.", ["poi"]),
    ("Women with hypergonadotropic amenorrhoea were enrolled.", ["poi"]),
    ("Thirty low responders were enrolled in the trial.", ["dor"]),
    ("Poor responders according to the Bologna criteria were included.", ["dor"]),
    ("Women with impaired ovarian reserve received intraovarian PRP.", ["dor"]),
    ("Twenty women with intrauterine synechiae underwent hysteroscopy.", ["asherman"]),
    ("Stem cells regenerate the endometrium in areas of uterine scarring.", ["asherman"]),
    ("Women with inadequate endometrial thickness were enrolled.", ["thin_endometrium"]),
    ("Endometrial rejuvenation is for women who struggle to become pregnant because of poor "
     "endometrial thickness.", ["thin_endometrium"]),
    ("Frozen embryo transfers were cancelled due to reduced endometrial thickness.",
     ["thin_endometrium"]),
    ("Women with three or more failed embryo transfers were enrolled.", ["rif"]),
    ("150 patients with more than three failed or canceled cycles underwent FET.", ["rif"]),
    ("Women with two failed cycles were given PBMCs.", ["rif"]),
    ("Men with Sertoli-cell-only syndrome (SCOS) received stem cells.", ["noa"]),
    ("Testicular biopsy showed maturation arrest in ten men.", ["noa"]),
    ("Men with hypospermatogenesis received intratesticular stem cells.", ["noa"]),
    ("Men with oligoasthenoteratozoospermia (OAT) were enrolled.", ["male_infertility_other"]),
    ("Twenty men with asthenospermia received stem cells.", ["male_infertility_other"]),
    # pages in other languages
    ("Mujeres con insuficiencia ovárica prematura recibieron células madre.", ["poi"]),
    ("Die Studie behandelt Frauen mit vorzeitiger Ovarialinsuffizienz.", ["poi"]),
    ("Frauen in den vorzeitigen Wechseljahren erhielten Stammzellen.", ["poi"]),
    ("Patientinnen mit Asherman-Syndrom wurden behandelt.", ["asherman"]),
    ("Les patientes avec un endomètre fin ont reçu des cellules souches.", ["thin_endometrium"]),
    ("Hombres con azoospermia no obstructiva recibieron células madre.", ["noa"]),
    ("干细胞治疗卵巢储备功能减退的临床研究。", ["dor"]),
    ("干细胞治疗宫腔粘连的临床研究。", ["asherman"]),
    ("干细胞治疗薄型子宫内膜的临床研究。", ["thin_endometrium"]),
    ("干细胞治疗非梗阻性无精子症的临床研究。", ["noa"]),
    # must not match: obstructive azoospermia, which non-obstructive is not
    ("梗阻性无精子症患者可通过手术取精。", []),
    # Japanese pages (Japanese kanji: 卵巣, not 卵巢)
    ("早発卵巣不全の患者に幹細胞を投与した。", ["poi"]),
    ("早発閉経の女性を対象とした。", ["poi"]),
    ("卵巣予備能低下の女性を対象とする臨床研究。", ["dor"]),
    ("アッシャーマン症候群（子宮腔癒着）の治療。", ["asherman"]),
    ("難治性の子宮内癒着症(IUA)患者における月経血幹細胞の子宮内移植。", ["asherman"]),
    ("薄い子宮内膜に対する幹細胞治療。", ["thin_endometrium"]),
    ("子宮内膜の菲薄化による反復着床不全に対する細胞医療。", ["thin_endometrium", "rif"]),
    ("非閉塞性無精子症の男性に幹細胞を移植した。", ["noa"]),
    ("不妊症の女性に幹細胞を投与した。", ["infertility_unspecified"]),
    ("男性不妊の治療法を開発した。", ["male_infertility_other"]),
    # Arabic and Russian pages
    ("هناك العديد من الخيارات المتاحة لعلاج العقم بالخلايا الجذعية.", ["infertility_unspecified"]),
    ("طفرة علاجية حديثة في علاج العقم عند الرجال.", ["male_infertility_other"]),
    ("النساء اللاتى تخطين مرحلة انقطاع الطمث مبكراً.", ["poi"]),
    ("44 رجلا ممن ثبت عدم وجود حيوانات منوية في السائل المنوي.", ["noa"]),
    ("Перспективы терапии при преждевременной недостаточности яичников.", ["poi"]),
    ("Лечение мужского бесплодия стволовыми клетками.", ["male_infertility_other"]),
    # must not match: menopause at its usual age, sperm that were counted
    ("علاج يعيد الطمث إلى المرأة بعد سن اليأس.", []),
    ("زيادة عدد الحيوانات المنوية.", []),
    # must not match: normal menopause, pelvic adhesions, endometriosis, implantation rate,
    # obstructive azoospermia
    ("閉経後の女性では骨密度が低下する。", []),
    ("子宮内膜症による骨盤内癒着を認めた。", []),
    ("着床率が向上した。", []),
    ("閉塞性無精子症の男性では精子を回収できる。", []),
    # Korean pages: spaced terms, particles on a word's end, closed-up compounds
    ("조기 난소 부전 환자에게 줄기세포를 투여했다.", ["poi"]),
    ("조기난소부전 치료에 줄기세포를 이용한다.", ["poi"]),
    ("조기 폐경 여성을 대상으로 했다.", ["poi"]),
    ("난소 기능 저하 여성에게 줄기세포를 주입했다.", ["dor"]),
    ("아셔만 증후군 환자를 치료했다.", ["asherman"]),
    ("자궁 내 유착 환자 10명을 모집했다.", ["asherman"]),
    ("얇은 자궁내막 환자에게 줄기세포를 투여했다.", ["thin_endometrium"]),
    ("반복 착상 실패 여성을 대상으로 했다.", ["rif"]),
    ("비폐쇄성 무정자증 환자에게 줄기세포를 주입했다.", ["noa"]),
    ("불임 여성에게 줄기세포를 투여했다.", ["infertility_unspecified"]),
    ("난임 부부를 위한 줄기세포 치료.", ["infertility_unspecified"]),
    ("남성 불임 치료법을 개발했다.", ["male_infertility_other"]),
    # must not match: normal menopause, recovered ovarian function, pelvic adhesions,
    # implantation rate, obstructive azoospermia
    ("폐경 후 여성에서 골밀도가 감소한다.", []),
    ("난소 기능 회복을 확인했다.", []),
    ("골반 유착이 관찰되었다.", []),
    ("착상률이 높아졌다.", []),
    ("폐쇄성 무정자증 환자는 정자를 채취할 수 있다.", []),
    # must not match: normal menopause, a word that only starts like a condition
    ("Die Wechseljahre beginnen meist um das 50. Lebensjahr.", []),
    # must not match: an egg that stops maturing, a growth factor named after stem cells
    ("Oocyte maturation arrest is a rare cause of female infertility in these women.",
     ["infertility_unspecified"]),
    ("Stem cell factor (SCF) was measured in the follicular fluid.", []),
    # spermatogenic failure in plain English
    ("Around one percent of men cannot produce any sperm at all.", ["noa"]),
    ("For men who are unable to produce mature sperm cells, this could be a new option.",
     ["noa"]),
    ("Men diagnosed with no sperm production may be suitable candidates.", ["noa"]),
    # must not match: a man who produces sperm, a woman who cannot produce eggs
    ("The men produce sperm with low motility.", []),
    ("Women who cannot produce eggs of their own use donor oocytes.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_conditions(field_values, text, expected):
    assert sorted(field_values(conditions, text)) == sorted(expected)


def test_parser_eligibility_section_is_ignored(field_values):
    text = "Condition: POI\nEligibility: men with azoospermia"
    start = text.index("Eligibility")
    assert field_values(conditions, text, [("eligibility", start, len(text))]) == ["poi"]
