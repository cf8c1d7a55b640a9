"""cell_sources: surface forms, tissue words, cultured-marrow and unspecified-MSC rules."""
import pytest

from extractor.extract import cell_sources

CASES = [
    # a cell-free product's parent cells named only among the keywords
    ("Extracellular vesicles restore ovarian function in POI.\nKeywords: mesenchymal stem "
     "cells, microvesicles, premature ovarian insufficiency", ["cell_free_derivative",
                                                              "msc_unspecified"]),
    # ... but keywords add nothing to a paper that names the cells it gave
    ("Umbilical cord MSCs restore ovarian function in POI.\nKeywords: embryonic stem cells, "
     "exosomes", ["umbilical_cord_msc"]),
    # the title of a linked neighbouring article is not this article's
    ("Previous Article in Journal\nGene Expression in Peripheral Blood Mononuclear Cells\n\n"
     "Mesenchymal stem cells for premature ovarian insufficiency\nWe injected MSCs in rats.",
     ["msc_unspecified"]),
    # MSCs made from pluripotent cells take the pluripotent code alone
    ("Human embryonic stem cell-derived mesenchymal stem cells improved ovarian failure.",
     ["esc"]),
    ("Safety of Human Embryonic Stem Cell Derived Mesenchymal Cells in Asherman syndrome.",
     ["esc"]),
    ("We transplanted hESC-derived MSCs into the ovaries.", ["esc"]),
    ("We transplanted iPSC-derived MSCs into the ovaries.", ["ipsc"]),
    # must not match: a list of kinds of cell names no source for the MSCs
    ("Embryonic stem cells and mesenchymal stem cells were injected into the ovaries.",
     ["esc", "msc_unspecified"]),
    ("Autologous bone marrow-derived mesenchymal stromal/stem cells (BM-MSCs) were used.",
     ["bone_marrow_msc"]),
    ("Ovarian infusion of bone marrow-derived stem cells.", ["bone_marrow_mononuclear"]),
    ("BM-derived mononuclear stem cells were instilled.", ["bone_marrow_mononuclear"]),
    ("Using stem cells extracted from the patient's own bone marrow.",
     ["bone_marrow_mononuclear"]),
    ("Stem cell extraction is done from the hip bone, i.e. the iliac crest.",
     ["bone_marrow_mononuclear"]),
    ("Mesenchymal stem cells derived from bone marrow, adipose tissue, or umbilical cord.",
     ["bone_marrow_msc", "adipose_msc", "umbilical_cord_msc"]),
    ("The right testis was treated with bone marrow-derived stem cells (BM-SCs). "
     "BM-SCs were spindle-shaped and adherent to the culture flasks.", ["bone_marrow_msc"]),
    ("Intrauterine injections of adipose-derived mesenchymal stem cells (ADMSC) from the "
     "Stromal Vascular Fraction (SVF).", ["adipose_msc", "adipose_svf"]),
    ("hUC-MSCs loaded collagen scaffold for thin endometrium.", ["umbilical_cord_msc"]),
    ("Secretome derived from the human umbilical mesenchymal stem cell (MSC) repairs tissue.",
     ["umbilical_cord_msc", "cell_free_derivative"]),
    ("Human Cord Blood Mononuclear Cells were infused.", ["umbilical_cord_blood"]),
    ("human amniotic membrane mesenchymal stem cells (hA-MSCs) were infused.", ["amniotic_msc"]),
    ("Allogenic hAECs were given via the ovarian artery.", ["amniotic_epithelial"]),
    ("Intraovarian injection of menstrual blood-derived mesenchymal stromal cells (MenSCs).",
     ["menstrual_blood"]),
    ("Exosomes derived from menstrual blood stem cells were injected.",
     ["cell_free_derivative", "menstrual_blood"]),
    ("MSC-derived exosomes were injected in mice.", ["msc_unspecified", "cell_free_derivative"]),
    ("Amniotic fluid-derived exosomes attenuated fibrosis in rats.", ["cell_free_derivative"]),
    ("Spermatogonial stem cells (SSCs) were transplanted into the testis.", ["other"]),
    ("Peripheral blood stem cells were mobilized with G-CSF.", ["peripheral_blood"]),
    ("Delivery of human embryonic stem cell-derived mesenchymal progenitor cells (ESC-MPCs).",
     ["esc"]),
    ("Frozen sperm-producing stem cells were implanted back into the monkeys.", ["other"]),
    ("Male germline stem cells were transplanted.", ["other"]),
    ("The effect of placental derived MSC in improving implantation rates.", ["placenta_msc"]),
    ("Bone marrow-derived stem cells work better than uterine-derived stem cells.",
     ["bone_marrow_mononuclear", "endometrial"]),
    ("Trials of menstrual, bone marrow, umbilical cord, and adipose tissue-derived stem cells.",
     ["menstrual_blood", "bone_marrow_mononuclear", "umbilical_cord_msc", "adipose_msc"]),
    ("MSCs derived from umbilical cord blood, menstrual blood, and amniotic fluid improved "
     "ovarian function.", ["umbilical_cord_blood", "menstrual_blood", "amniotic_fluid"]),
    # a marrow fraction or concentrate is unsorted marrow, even where MSCs are cultured
    ("Bone Marrow-Derived Mesenchymal Stem Cell Fraction (BMSCF) was given. BMSCF with PRP.",
     ["bone_marrow_mononuclear"]),
    ("Bone marrow aspirate concentrate (BMAC) was injected; cultured cells were adherent.",
     ["bone_marrow_mononuclear"]),
    # exosomes from platelets: a cell-free product whose parent is no stem cell
    ("Intraovarian platelet-derived exosomes were given.", ["other", "cell_free_derivative"]),
    ("Autologous exosomes obtained from the patients' own platelets.",
     ["cell_free_derivative", "other"]),
    # a wrapped PDF line does not split the sentence that names the tissue
    ("Materials and Methods: In this experimental study, Donor MSCs were isolated\n"
     "from bone marrow of Wistar rats.", ["bone_marrow_msc"]),
    # a name joined to another by a slash is still matched
    ("Group Intervention Description Estrogen - Collagen/BMMNCs Collagen/BMMNCs",
     ["bone_marrow_mononuclear"]),
    ("Cells (BM-MSC/ADSC) were compared in rats.", ["bone_marrow_msc", "adipose_msc"]),
    # marrow only concentrated at the bedside, never cultured, is unsorted marrow
    ("Bone marrow-derived mesenchymal stem cells were harvested from the iliac crest and "
     "nucleated cells concentrated intraoperatively, then injected into the ovary.",
     ["bone_marrow_mononuclear"]),
    ("Bone marrow-derived mesenchymal stem cells were cultured to passage 3 and injected "
     "intraoperatively.", ["bone_marrow_msc"]),
    # msc_unspecified only when no specific source is named
    ("Mesenchymal stem cells (MSCs) from the umbilical cord mesenchymal stem cells bank.",
     ["umbilical_cord_msc"]),
    ("MSCs may restore ovarian function.", ["msc_unspecified"]),
    # the harvest names the unspecified MSCs' tissue; not beside a named source
    ("We evaluate autologous MSC transplantation in POF. Sample of 60 ml is aspirated from the "
     "bone marrow of the iliac crest and injected in the ovaries.", ["bone_marrow_msc"]),
    ("Adipose-derived MSCs were given. Bone marrow was aspirated for karyotyping.",
     ["adipose_msc"]),
    ("MSCs may restore ovarian function. The bone marrow produces blood cells.",
     ["msc_unspecified"]),
    # must not match: background, comparators, transplants of marrow, tissue without stem cells
    ("Previous studies used bone marrow mononuclear cells. We injected ADSCs.", ["adipose_msc"]),
    ("However, there are data on successful application of autologous bone marrow MSCs for "
     "Asherman's syndrome. We injected endometrial stem cells into rats.", ["endometrial"]),
    ("Many investigators have disclosed that MSCs from umbilical cord blood restore ovaries. "
     "Chorionic plate-derived MSCs (CP-MSCs) were transplanted.", ["placenta_msc"]),
    ("Some small case studies have documented that autologous stem cells (from bone marrow, "
     "peripheral blood or menstrual blood) help. We transplanted UC-MSCs on a collagen "
     "scaffold.", ["umbilical_cord_msc"]),
    ("Human BM-MSCs were the first stem cells reported to enhance ovarian function in mice. "
     "Chorionic plate-derived MSCs (CP-MSCs) were transplanted.", ["placenta_msc"]),
    ("The current trials have focused on bone marrow-derived stem cells. This study injects "
     "autologous adipose-derived stem cells into the ovary.", ["adipose_msc"]),
    ("Exosomes were compared with PRP and unlike bone marrow mononuclear cells were cell-free.",
     ["cell_free_derivative"]),
    ("Some women conceived after bone marrow transplants.", []),
    ("In the future, freeze-dried amniotic membrane and stem cell therapy are expected to "
     "prevent re-adhesion.", []),  # a membrane without its cells is a scaffold
    ("Aging and reduced responsiveness: the endometrial stem cell niche loses function over time.",
     []),  # the body's own cells
    ("The transplanted endometrial mesenchymal stem cells reduced depletion of the germline stem "
     "cells.", ["endometrial"]),  # what the treatment spared
    ("One cause could be the malfunctioning of endometrial stem/progenitor cells of the thin "
     "endometrium.", []),
    ("G-CSF mobilizes endogenous bone marrow stem cells into the blood.", []),
    # what a product contains is part of it, not a second product
    ("Adipose tissue-derived stromal vascular fraction (SVF) contains various cell types, "
     "including adipose-derived stem/stromal cells.", ["adipose_svf"]),
    ("Peripheral blood mononuclear cells (PBMCs) are rich in hematopoietic cells and "
     "mesenchymal stem cells.", ["peripheral_blood"]),
    ("Umbilical cord blood and adipose tissue contain stem cells.",
     ["umbilical_cord_blood", "adipose_msc"]),  # must NOT: the sources are the subject
    ("EnSC transplantation reduced depletion of the germline stem cell (GSCs) pool induced by "
     "chemotherapy.", ["endometrial"]),  # the germline cells are the mice's own
    ("The bone marrow was harvested by aspiration.", []),
    ("Women with POI received hormone therapy.", []),
    ("Stem cells may restore fertility in women.", []),
    ("MSCs were given with platelet-rich plasma (PRP).", ["msc_unspecified"]),
    ("The menstrual cycle resumed after stem cell therapy.", []),
    # a tissue beside a named source is an outcome or a finding, not a second source
    ("The bone marrow stem cells group showed more menstrual blood volume.",
     ["bone_marrow_mononuclear"]),
    ("Mild placenta accreta was more frequent in the bone marrow stem cells group.",
     ["bone_marrow_mononuclear"]),
    ("Menstrual blood in the bone marrow stem cells group was heavier.",
     ["bone_marrow_mononuclear"]),
    # a likeness names a reference cell; a capitalised cell name opens a sentence
    ("hAECs are derived from amnion epithelium. hAECs retain characteristics approximating to "
     "embryonic stem cells.", ["amniotic_epithelial"]),
    ("iPSCs behave in a manner similar to embryonic stem cells.", ["ipsc"]),
    ("MSCs from endometrium and menstrual blood achieved high pregnancy rates in mice.",
     ["endometrial", "menstrual_blood"]),
    ("Stem cells were isolated from the endometrium of each patient.", ["endometrial"]),
    # Must not match: shed from the endometrium beside a named source, no stem cells at all.
    ("Menstrual blood stem cells are shed from the endometrium every month.",
     ["menstrual_blood"]),
    ("Blood flow from the endometrium was measured by Doppler.", []),
    # implied sources: cells named by what they come from, in rats too
    ("We collected menstrual blood-derived cells from infertile patients.", ["menstrual_blood"]),
    ("Sections of treated testes with rAT-MSCs were stained.", ["adipose_msc"]),
    ("OvaScience said its egg precursor cells improve egg health.", ["other"]),
    ("Reported egg stem cells are not functional, says a new study", ["other"]),
    # Must not match: the parent tissue alone, retold findings of animal work.
    ("Menstrual blood loss was recorded in a diary.", []),
    ("Animal studies revealed that ovaries contain rare oogonial stem cells.", []),
    # mononuclear cells are coded by their source tissue, like marrow and cord blood ones
    ("Intrauterine infusion of peripheral blood mononuclear cells (PBMCs) before transfer.",
     ["peripheral_blood"]),
    ("PBMC flushing improved the implantation rate.", ["peripheral_blood"]),
    ("G-CSF mobilized peripheral blood stem cells (PBSCs) were collected by apheresis.",
     ["peripheral_blood"]),
    ("They isolated the sperm stem cells in biopsy pieces retrieved from the testicles.",
     ["other"]),
    ("Transplantation of mesenchymal cells (isolated from different sources) was studied.",
     ["msc_unspecified"]),
    # a no-break space or a double space inside a phrase still joins its words
    ("The ovarian and uterine\u00a0 stem cells were reviewed.", ["endometrial"]),
    ("Adipose  derived stem cells were injected.", ["adipose_msc"]),
    # must not match: mesenchymal tissue words that name no cells
    ("The mesenchymal tissue of the ovary was examined.", []),
    # stem cells of the gonads and of the blood-forming marrow have no code of their own
    ("The eggs were injected with mitochondria taken from her ovarian stem cells.", ["other"]),
    ("Researchers extracted stem cells from the ovaries of donors.", ["other"]),
    ("Stem Leydig cells (SLCs) transplantation restored testosterone in monkeys.", ["other"]),
    ("The trial cultures testicular stem cells on a chip.", ["other"]),
    ("Patients received hematopoietic stem cells mobilized by G-CSF.", ["other"]),
    ("The ovaries of adult and newborn mice contain stem cells that can be cultured into eggs.",
     ["other"]),
    ("I study the stem cells that are in the testes and make sperm, he says.", ["other"]),
    ("They restored fertility by transplanting healthy Sertoli cells into the testes of mice.",
     ["other"]),
    ("Effects of Sertoli Cell Transplantation on Spermatogenesis in Azoospermic Mice",
     ["other"]),
    ("The numbers of Sertoli cells and Leydig cells fell after busulfan.", []),  # physiology
    ("Stem cells found in the ovaries of women may make new eggs.", ["other"]),
    # must not match: the debate whether such cells exist, an illustration of one cell
    ("New Evidence: Ovarian Stem Cells Exist", []),
    ("Research has shown that ovarian stem cells may still exist after birth.", []),
    ("A digital illustration of a hematopoietic stem cell with a vibrant nucleus.", []),
    ("Stem cells were injected into the ovaries of the mice.", []),
    # a tissue before "-derived" names the source; before a source of its own tissue it is
    # part of that source
    ("Exosomes were isolated from the adipose tissue-derived MSCs (AD-MSCs).",
     ["adipose_msc", "cell_free_derivative"]),
    ("Adipose tissue-derived mesenchymal stem cells-derived exosome (AD-Exo) was injected.",
     ["adipose_msc", "cell_free_derivative"]),
    ("Efficacy of autologous adipose tissue-derived stromal vascular fraction in women.",
     ["adipose_svf"]),
    ("It is believed that menstrual blood endometrial stem cells are a new source.",
     ["menstrual_blood", "endometrial"]),
    # cord blood and amniotic fluid as the tissue the stem cells come from
    ("Stem cells can be taken from the blood in the umbilical cord.", ["umbilical_cord_blood"]),
    ("MSCs derived from bone marrow and amniotic fluid improved ovarian function.",
     ["bone_marrow_msc", "amniotic_fluid"]),
    # must not match: amniotic fluid without stem cells
    ("Whole amniotic fluid was applied to the abdominal adhesions.", []),
    # a stem-cell marker names the cells as a stem word does
    ("CD133+ cells obtained from bone marrow will be delivered into the ovarian artery.",
     ["bone_marrow_mononuclear"]),
    ("CD34+ cells were collected from the bone marrow of each patient.",
     ["bone_marrow_mononuclear"]),
    # must not match: bone marrow without stem cells or markers
    ("Some women conceive after bone marrow transplants for leukaemia.", []),
    # a reference cell that another is likened to or marked by is no source
    ("hAECs retain the characteristics of embryonic stem cells.", ["amniotic_epithelial"]),
    ("Skin cells were reprogrammed to behave like embryonic stem cells and are then known as "
     "induced pluripotent stem cells.", ["ipsc"]),
    ("Pericytes show properties of mesenchymal stem cells in the endometrium.", []),
    ("qRT-PCR measured CD140b (a marker of endometrial stem cells) in rats given UC-MSC EVs.",
     ["umbilical_cord_msc", "cell_free_derivative"]),
    ("Endometrial stem cells were injected into the uterine cavity.", ["endometrial"]),
    # Chinese pages
    ("间充质干细胞在卵巢局部微环境的诱导下", ["msc_unspecified"]),
    ("胚胎幹細胞可用於治療卵巢功能衰竭", ["esc"]),
    # pluripotent cells name no source of the MSCs listed with them
    ("Mesenchymal stem cells (MSCs), embryonic stem cells (ESCs), and induced pluripotent stem "
     "cells (iPSCs) demonstrate regenerative properties.", ["msc_unspecified", "esc", "ipsc"]),
    ("Bone marrow-derived MSCs and embryonic stem cells were compared.",
     ["bone_marrow_msc", "esc"]),
    # pages in Spanish, Portuguese, Italian and Turkish
    ("Se realiza a través del trasplante de células madre de la médula ósea en la arteria "
     "ovárica.", ["bone_marrow_mononuclear"]),
    ("Uma das técnicas em estudo é a utilização de células estaminais mesenquimais.",
     ["msc_unspecified"]),
    ("Il trapianto in loco di cellule staminali autologhe (derivate dal midollo osseo della "
     "stessa paziente).", ["bone_marrow_mononuclear"]),
    ("Sistemik melatonin ve intratestiküler adipoz doku kaynaklı mezenkimal kök hücrelerin "
     "uygulaması.", ["adipose_msc"]),
    # induced pluripotent cells named by how news pages say they are made
    ("Scientists believe that by turning skin cells into stem cells they can make sperm.",
     ["ipsc"]),
    ("They manipulated those skin cells to become stem cells.", ["ipsc"]),
    ("Researchers took cells from a mouse's tail and reprogrammed them into stem cells.",
     ["ipsc"]),
    ("Skin cells taken from infertile men can be modified into stem cells.", ["ipsc"]),
    ("The cells were converted into what are known as pluripotent stem cells.", ["ipsc"]),
    ("Scientists coaxed skin cells into egg cells, which they then fertilized.", ["ipsc"]),
    ("The team turned the skin cells of a mouse into mature egg cells.", ["ipsc"]),
    ("AFMSCs 1 8 8 7.55 (4.38 to 10.72)", ["amniotic_fluid"]),
    # must not match: skin cells that are not turned into stem cells
    ("Skin cells into the wound bed were counted.", []),
    ("Stem cells turned into egg cells in the dish.", []),
    ("Skin cells were added to the eggs in the dish.", []),
    ("Skin cells and stem cells were injected into mature eggs.", []),
    ("Stem cells were differentiated into what are known as germ cells.", []),
    # must not match: marrow or fat without stem cells
    ("La médula ósea produce las células de la sangre.", []),
    ("El tejido adiposo se extrae por liposucción.", []),
    # wordings of the sources beside the vocabulary's own
    ("Intraovarian injection of placental mesenchymal stromal cells (hPMSCs) in 20 women.",
     ["placenta_msc"]),
    ("Chorionic villus-derived MSCs were injected into the ovaries of rats.", ["placenta_msc"]),
    ("Intrauterine infusion of endometrial regenerative cells (ERCs) in 20 women.",
     ["menstrual_blood"]),
    ("MB-MSCs were injected into the uterine horns of the rats.", ["menstrual_blood"]),
    ("Intraovarian injection of endometrial progenitor cells in mice.", ["endometrial"]),
    ("Bone-marrow-derived stem cells were infused into the ovarian artery.",
     ["bone_marrow_mononuclear"]),
    ("Marrow-derived MSCs were injected into the ovaries of rats.", ["bone_marrow_msc"]),
    ("Autologous fat-derived stem cells were injected into the ovaries.", ["adipose_msc"]),
    ("Adipose-Derived Regenerative Cells (ADRCs) were isolated with the Celution system.",
     ["adipose_svf"]),
    ("Human umbilical cord blood-derived MSCs were infused in mice.", ["umbilical_cord_blood"]),
    ("Human amnion epithelial cells were injected into the tail vein.",
     ["amniotic_epithelial"]),
    ("Mouse ES cells were differentiated into oocyte-like cells.", ["esc"]),
    ("Human iPS cells were differentiated into germ cells.", ["ipsc"]),
    ("Female germline stem cells (FGSCs) were transplanted into sterilized ovaries.",
     ["other"]),
    ("Muse cells were injected into the uterine horns.", ["other"]),
    # letters defined locally as a kind of stem cell with no tissue are not the usual source
    ("Adult stem cells (ASCs) were long suspected to exist in the endometrium. ASCs were "
     "identified in rodents.", []),
    ("Adipose-derived stem cells (ASCs) were injected. ASCs improved AMH.", ["adipose_msc"]),
    ("ASCs were injected into the ovary.", ["adipose_msc"]),
    # a cell abbreviation joined to its product names the parent and the product
    ("BMSC-derived exosomes were injected into the ovaries of rats.",
     ["bone_marrow_msc", "cell_free_derivative"]),
    ("ADSC-Exos were injected into the uterine horns.", ["adipose_msc", "cell_free_derivative"]),
    ("hAMSC-Exos restored ovarian function in mice.", ["amniotic_msc", "cell_free_derivative"]),
    ("MSC-sEVs were injected intraperitoneally.", ["msc_unspecified", "cell_free_derivative"]),
    ("Umbilical cord MSC-derived exosomes were given to rats.",
     ["umbilical_cord_msc", "cell_free_derivative"]),
    # pages in other languages
    ("Mesenchymale Stammzellen aus dem Knochenmark werden in den Eierstock injiziert.",
     ["bone_marrow_msc"]),
    ("Sono state usate cellule staminali mesenchimali del cordone ombelicale.",
     ["umbilical_cord_msc"]),
    ("Foram usadas células-tronco do sangue menstrual.", ["menstrual_blood"]),
    # ovarian (germline) stem cells are other in every language
    ("Extrajeron células madre de los ovarios de ratones hembra.", ["other"]),
    ("As mulheres possuem células-tronco germinativas em seus ovários.", ["other"]),
    ("Im Tierversuch ist es gelungen, aus Eierstock-Stammzellen neue Eizellen zu entwickeln.",
     ["other"]),
    ("Le traitement utilise des cellules souches prélevées sur des embryons.", ["esc"]),
    ("Kemik iliğinden elde edilen kök hücreler yumurta üretebilecek.",
     ["bone_marrow_mononuclear"]),
    ("閉経前後の女性の卵巣に自身の皮下脂肪から取り出した幹細胞を注射する。", ["adipose_msc"]),
    # must NOT: stem cells injected into the ovary are no ovarian stem cells
    ("Se inyectaron células madre mesenquimales en los ovarios de las pacientes.",
     ["msc_unspecified"]),
    ("Se inyectaron células madre en los ovarios de las pacientes.", []),
    ("The doctors injected stem cells in the ovaries of the patients.", []),
    ("研究使用的是患者自身来源的骨髓干细胞。", ["bone_marrow_mononuclear"]),
    ("脐带间充质干细胞移植治疗卵巢早衰。", ["umbilical_cord_msc"]),
    ("月经血干细胞可以修复子宫内膜。", ["menstrual_blood"]),
    ("开始配合王主任团队进行的3次人羊膜上皮干细胞的治疗。", ["amniotic_epithelial"]),
    ("Utilizzo di cellule staminali endometriali per il trattamento dell'infertilità.",
     ["endometrial"]),
    ("Les cellules souches de l'endomètre ont été greffées.", ["endometrial"]),
    ("Inyectamos células madre de las pacientes en el endometrio.", []),  # the site, not a source
    ("骨髓间充质干细胞来源的外泌体。", ["bone_marrow_msc", "cell_free_derivative"]),
    # Arabic, Russian and Bulgarian pages
    ("باستخدام الخلايا الجذعية الذاتية المسحوبة من نخاع المريض.", ["bone_marrow_mononuclear"]),
    ("الخلايا الجذعية الموجودة في دم الحيض.", ["menstrual_blood"]),
    ("من خلال الاستفادة من الخلايا الجذعية الموجودة فى المبيض.", ["other"]),
    ("Внеклеточные везикулы, полученные из мультипотентных мезенхимальных стромальных клеток.",
     ["cell_free_derivative", "msc_unspecified"]),
    ("Инжектирайки ги с мезенхимни стволови клетки.", ["msc_unspecified"]),
    # must not match: stem cells of no named kind, marrow with no stem cells
    ("العلاج بالخلايا الجذعية يخضع للدراسات.", []),
    ("تم فحص نخاع العظم.", []),
    # Japanese pages (骨髄, 臍帯, 月経 are written with Japanese kanji)
    ("骨髄由来間葉系幹細胞を用いた。", ["bone_marrow_msc"]),
    ("骨髄幹細胞を子宮内に注入した。", ["bone_marrow_mononuclear"]),
    ("臍帯由来間葉系幹細胞を静脈内投与した。", ["umbilical_cord_msc"]),
    ("臍帯血を保存する。", ["umbilical_cord_blood"]),
    ("脂肪由来幹細胞を卵巣に移植した。", ["adipose_msc"]),
    ("卵巣組織移植における脂肪組織由来幹細胞共移植の有用性。", ["adipose_msc"]),
    ("皮下脂肪組織由来再生細胞を用いた着床不全治療", ["adipose_svf"]),
    ("月経血幹細胞の子宮内移植が子宮内膜厚に及ぼす影響。", ["menstrual_blood"]),
    ("子宮内膜幹細胞を分離した。", ["endometrial"]),
    ("ヒト間葉系幹細胞株から子宮内膜様細胞への分化誘導法を開発する。", ["msc_unspecified"]),
    ("幹細胞から分泌されるエクソソームを利用する。", ["cell_free_derivative"]),
    # Korean pages
    ("중간엽 줄기세포를 배양했다.", ["msc_unspecified"]),
    ("자가 골수 유래 중간엽 줄기세포를 정맥 내로 투여했다.", ["bone_marrow_msc"]),
    ("골수 줄기세포를 난소에 직접 주입했다.", ["bone_marrow_mononuclear"]),
    ("제대 중간엽 줄기세포를 자궁강 내 주입했다.", ["umbilical_cord_msc"]),
    ("제대혈을 보관한다.", ["umbilical_cord_blood"]),
    ("지방 유래 줄기세포를 고환 내 주입했다.", ["adipose_msc"]),
    ("월경혈 줄기세포를 분리했다.", ["menstrual_blood"]),
    ("자궁내막 줄기세포를 분리했다.", ["endometrial"]),
    # must not match: a discharge from the army, a provincial hospital, menstrual volume
    ("군 제대 후 줄기세포 연구를 시작했다.", []),
    ("지방 병원에서 줄기세포를 배양했다.", []),
    ("월경혈 양이 증가했다.", []),
    # must not match: a tissue in a sentence about no stem cells, blood drawn for a test
    ("La sangre menstrual fue abundante durante el primer ciclo.", []),
    ("Das Knochenmark bildet die Blutzellen des Körpers.", []),
    # must not match: a centimetre, stem cell factor, a stem-cell marker, banked cord blood
    ("A 10-cm incision was made in the abdomen of each rat.", []),
    ("Follicles express stem cell factor and its receptor c-kit.", []),
    ("CD34 expression was higher in the treated ovaries.", []),
    ("Banked sources (for example, cord blood, cord tissue, or adult stem cells) may help.", []),
    # cells with no code of their own
    ("Effects of Sertoli cell transplantation on spermatogenesis in azoospermic mice.",
     ["other"]),
    ("Transplanted Leydig cells restored testosterone in the castrated rats.", ["other"]),
    ("Dental pulp stem cells (DPSCs) were injected into the ovaries.", ["other"]),
    ("Transplantation of oral mucosal epithelial cells seeded on amniotic membrane.", ["other"]),
    # must not match: a pulp or mucosa that is no cell source, Sertoli cells seen in histology
    ("The oral mucosa was examined for lesions.", []),
    ("Biopsies showed seminiferous tubules lined by Sertoli cells only.", []),
    # blood cells named by the tissue after them
    ("Patients receive platelet-rich plasma or mononuclear cells isolated from peripheral "
     "blood.", ["peripheral_blood"]),
    ("PRP and mononuclear cells from peripheral blood will be injected into the uterine "
     "cavity.", ["peripheral_blood"]),
    ("Hysteroscopic instillation of autologous blood-derived progenitor cells.",
     ["peripheral_blood"]),
    ("Transplantation of Bone Marrow Derived Progenitors Cells in Peripheral Blood.",
     ["bone_marrow_mononuclear", "peripheral_blood"]),
    # must not match: blood drawn for tests, white cells counted
    ("Mononuclear cells in peripheral blood were counted by flow cytometry.", []),
    ("Peripheral blood was drawn to measure hormone levels.", []),
    # stem cells of the ovary described, and tissues without a code of their own
    ("The discovery of human egg-producing stem cells, harvested from the ovaries of six "
     "women.", ["other"]),
    ("Egg-producing stem cells discovered.", ["other"]),
    ("Fetal liver mesenchymal stem cells restore ovarian function in POI.", ["other"]),
    ("The effect of breast milk mesenchymal stem cells (Br-MSCs) in diabetic rats.",
     ["other"]),
    # must not match: stem cells given to the ovary, a liver that was examined
    ("Infusion of stem cells in the ovarian artery restored menses.", []),
    ("Fetal liver weight did not differ between groups.", []),
    # mitochondria from a woman's own cells moved into her eggs, and cell-free products named by
    # what they were taken from
    ("The approach, called Augment (for Autologous Germline Mitochondrial Energy Transfer), is "
     "offered by a company.", ["other"]),
    ("This study investigated whether mitochondrial transfer to human oocytes improves embryo "
     "quality.", ["other"]),
    ("He could freshen up your eggs using mitochondria from some of your other eggs.", ["other"]),
    ("Cell-free fat extract (CEFFE) improves ovarian function in aged mice.",
     ["cell_free_derivative"]),
    ("After busulfan, the medium used for the culture of mesenchymal stem cells was injected "
     "into the testes.", ["cell_free_derivative", "msc_unspecified"]),
    ("Mice received PBS, MenSCs or the culture supernatant of MenSCs.",
     ["cell_free_derivative", "menstrual_blood"]),
    # must not match: mitochondria measured, the transfer by which MSCs act, a plain medium
    ("Mitochondria from aged oocytes showed a lower membrane potential.", []),
    ("MSCs rescued granulosa cells through mitochondrial transfer.", ["msc_unspecified"]),
    ("Differentiation was confirmed by using appropriate culture medium.", []),
    ("We aim to augment endometrial thickness with stem cells.", []),
    # a company's egg precursor cells, and testicular tissue grafted back whole
    ("Each subject shall have one ovary exposed to the EggPC cells.", ["other"]),
    ("Autologous Testicular Tissue Transplantation for Fertility Restoration", ["other"]),
    ("We review transplantation of cryopreserved testicular tissue in boys.", ["other"]),
    # must not match: testicular tissue taken for histology
    ("Testicular tissue was fixed for histology.", []),
    # a person's own blood named as where stem cells come from
    ("Stem cells from his own blood and fat tissue would be injected into his spine.",
     ["adipose_msc", "peripheral_blood"]),
    # must not match: blood drawn for a platelet preparation, with no stem cells
    ("PRP is autologous, made from the patient's own blood.", []),
    # an alternative the study's cells are preferred to, also as the abbreviation in brackets;
    # cells that only resemble a kind; MSCs whose uncoded tissue is named
    ("Compared to mesenchymal stem cells (MSCs), exosomes from induced pluripotent stem cells "
     "restored ovarian function.", ["cell_free_derivative", "ipsc"]),
    ("Exosomes from induced pluripotent stem cells offer advantages over bone marrow MSCs.",
     ["cell_free_derivative", "ipsc"]),
    ("There are fewer ethical concerns about MSCs compared to other sources of stem cells like "
     "embryonic stem cells.", ["msc_unspecified"]),
    ("Mesenchymal Stem Cells (MSCs) - Like Cell Transplantation in Women With Primary Ovarian "
     "Insufficiency", []),
    ("Fetal liver mesenchymal stem cells restore ovarian function. In this study, mesenchymal "
     "stem cells were injected into the ovaries.", ["other"]),
    # must not match: a bracket that is no abbreviation of a compared source, MSCs that are alike
    ("Unlike PRP, mesenchymal stem cells (MSCs) were injected into the ovary.",
     ["msc_unspecified"]),
    ("Mesenchymal stem cells (MSCs) like those from bone marrow were injected.",
     ["bone_marrow_msc"]),
    ("Compared with controls, stem cells such as BM-MSCs improved AMH.", ["bone_marrow_msc"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_cell_sources(field_values, text, expected):
    assert sorted(field_values(cell_sources, text)) == sorted(expected)
