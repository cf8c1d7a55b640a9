"""outcomes: measured or reported endpoints, negated ones kept, descriptions of disease dropped."""
import json

import pytest

from extractor.extract import outcomes
from extractor.extract.spans import DOC_TYPE_KEY
from extractor.parse import parse_bytes
from extractor.record import Record
from conftest import make_text_document


def _extract(nlp, text, doc_type):
    """Outcome findings of ``text`` read as a document of ``doc_type``."""
    doc = nlp(text)
    doc.user_data[DOC_TYPE_KEY] = doc_type
    return outcomes.extract(make_text_document(text), doc, Record(doc_id="t", source="t"))


CASES = [
    # sperm found after treatment, with the procedure as the subject or in the semen
    ("Testicular sperm extraction retrieved sperm in 3 of 10 men.", ["sperm_retrieval"]),
    ("Micro-TESE found motile spermatozoa in two men.", ["sperm_retrieval"]),
    ("Motile sperm appeared in the semen of 2 patients after 6 months.", ["sperm_retrieval"]),
    ("Primary Outcome Measures: Presence of sperm in testicular biopsy [Time Frame: 6 months]",
     ["sperm_retrieval"]),  # a registry's measure
    ("Azoospermia is the absence of sperm in the ejaculate.", []),  # must NOT match: a definition
    # must not match: the procedure as a plan
    ("Men with NOA are candidates to retrieve sperm by TESE.", []),
    ("Number of antral follicles, Anti Mullerian hormone levels, Live birth rate",
     ["antral_follicle_count", "amh", "live_birth"]),
    ("Serum FSH, LH and estradiol (E2) were measured.", ["fsh", "lh", "estradiol"]),
    ("Increased testosterone and inhibin B levels, elevated sperm concentration.",
     ["testosterone", "inhibin_b", "sperm_retrieval"]),
    # a hormone given as a drug is a co-treatment, not a level measured
    ("Men who have not responded to testosterone replacement therapy (TRT) were enrolled. TRT "
     "had failed in all.", []),
    ("Rats received oestradiol valerate 2 mg daily after the transplantation.", []),
    ("FSH injections were given for ovarian stimulation.", []),
    ("Serum testosterone rose after testosterone therapy was stopped.", ["testosterone"]),
    # a P value reports a result; it is no cut-off of inclusion
    ("Br-MSCs elicited a significant improvement in sperm count (P < 0.01) and motility.",
     ["sperm_retrieval"]),
    ("Serum AMH (P < 0.05) and FSH (P < 0.01) improved after transplantation.", ["amh", "fsh"]),
    ("Six of the seven amenorrheic patients resumed menses.", ["menstruation"]),
    ("Three patients spontaneously became pregnant.", ["clinical_pregnancy"]),
    ("The number of oocytes retrieved and the fertilization rate were recorded.",
     ["oocytes_retrieved", "fertilization_rate"]),
    ("The ratio of transplantable embryo after injection.", ["embryo_quality"]),
    ("A significant increase in implantation and live birth rates.",
     ["implantation_rate", "live_birth"]),
    ("1 had a miscarriage at 25 weeks.", ["miscarriage"]),
    ("The average ET increased. Endometrial thickness (ET) was measured.",
     ["endometrial_thickness"]),
    ("The Menopausal Quality of Life (MENQOL) questionnaire.", ["menopausal_symptoms"]),
    ("Ovaries were evaluated histologically.", ["other"]),
    ("Mice underwent breeding experiments; litters were counted.", ["clinical_pregnancy"]),
    ("The stem cells successfully fertilized eggs in nine out of 12 trials.",
     ["fertilization_rate"]),
    ("The treatment resulted in the conception and delivery of a 2.9 kg baby.",
     ["clinical_pregnancy", "live_birth"]),
    ("Intrauterine injection of umbilical cord MSCs was safe for poor healing.",
     ["adverse_events"]),
    ("The estrous cycles were observed at 2 months.", ["other"]),
    ("Ovarian weight (OW) and the volume of the uterus were compared.", ["other"]),
    # a background sentence that states the study's aim names its outcomes
    ("Background:\nThe investigators test the effect of placental MSC in improving implantation "
     "rates in this study.", ["implantation_rate"]),
    ("The fertility rate and population of follicles at different stages increased.",
     ["clinical_pregnancy", "follicle_development"]),
    # follicles counted by kind or stage, or followed by ultrasound
    ("Ovarian reserve was determined by the number of ovarian follicles.",
     ["follicle_development"]),
    ("MSCs increased the counts of different types of follicles.", ["follicle_development"]),
    ("Group V showed numerous primordial, unilaminar and mature Graafian follicles.",
     ["follicle_development"]),
    ("Response was assessed by folliculometry.", ["follicle_development"]),
    # must NOT match: antral follicles have their own code
    ("The number of antral follicles rose.", ["antral_follicle_count"]),
    ("The intrauterine adhesion rate was compared between groups.", ["adhesion_score"]),
    ("The hydrogel lowered the recurrence rate of adhesions.", ["adhesion_score"]),
    ("Fertility was assessed by counting gestational sacs.", ["clinical_pregnancy"]),
    ("Follow up includes semen analysis and hormonal profile.", ["sperm_retrieval", "other"]),
    ("We examined endometrial thickness and the number of glands.",
     ["endometrial_thickness", "other"]),
    ("Endometrial fibrosis and engraftment were assessed.", ["other"]),
    ("Treatment increased endometrial receptivity.", ["other"]),
    ("The BSU group was studied using stereology.", ["other"]),
    ("Secondary outcomes were steroidogenesis and quality of life.", ["other"]),
    ("The ongoing pregnancy occurred in 45/72 participants.", ["clinical_pregnancy"]),
    ("The scaffold group showed more menstrual blood volume in the 3rd cycle.", ["menstruation"]),
    ("The incidence of mild placenta accreta was increased.", ["adverse_events"]),
    ("Aims: to reduce the recurrence rate of intrauterine adhesion.", ["adhesion_score"]),
    ("Epididymal spermatozoa counts were higher than in the control group.", ["sperm_retrieval"]),
    # sperm measured by any of the usual measures
    ("Sperm motility and morphology improved in the treated rats.", ["sperm_retrieval"]),
    ("Semen examination was performed at 12 weeks.", ["sperm_retrieval"]),
    ("The number of spermatozoa rose after MSC injection.", ["sperm_retrieval"]),
    # must NOT match: a sample is taken for any test
    ("Three semen samples were obtained per participant for HPV-DNA testing.", []),
    ("Just 24 hours after a transplant, the sterilized mice had new egg cells.",
     ["follicle_development"]),
    # births of laboratory animals count as pregnancy, as litters do
    ("Sterilised mice produced eggs and went on to give birth to healthy young.",
     ["follicle_development", "clinical_pregnancy"]),
    ("Two women went on to give birth after the injections.", ["live_birth"]),
    # an introduction that names the therapy says what the therapy is claimed to do
    ("Introduction\nStem cells are being explored for their potential to improve egg quality.",
     ["oocytes_retrieved"]),
    # a review's pooled result counts, its list of extracted data does not
    ("Data on live birth, implantation rate and early spontaneous abortions were extracted. "
     "The pooled proportion of live birth was 0.40.", ["live_birth"]),
    # a study report's laboratory steps are no list of extracted data
    ("RNA of the GC was extracted and the mRNA expression of BAX was analysed using quantitative "
     "real-time PCR.", ["other"]),
    # a case report's own findings are not background
    ("Background\nWe present two cases of women who resumed menses after injection.",
     ["menstruation"]),
    # a comparison without a number is a result, not a threshold
    ("Results: Treated mice had more litters and more primordial follicles than controls.",
     ["clinical_pregnancy", "follicle_development"]),
    # tolerability counts as adverse events
    ("Results: The injections were well tolerated by all patients.", ["adverse_events"]),
    # a negated outcome is still an outcome
    ("No treatment-related serious adverse events occurred.", ["adverse_events"]),
    ("The therapy did not raise any safety concerns.", ["adverse_events"]),
    # must not match: disease descriptions, thresholds, baseline states, procedures, goals
    ("POI is characterized by raised gonadotropins, low anti-Mullerian hormone (AMH), and "
     "estradiol level.", []),
    ("Women diagnosed with POI have low AMH.", []),
    # the patients' diagnosis after the outcome does not make the aim a description
    ("This trial is designed to explore the efficacy and safety of autologous SVF in improving "
     "pregnancy outcomes in patients with infertility diagnosed with POI.",
     ["adverse_events", "clinical_pregnancy"]),
    ("Patients with antral follicle count less than 3 were enrolled.", []),
    ("Her ultrasound showed a low antral follicle count.", []),
    ("Sperm retrieval methods, like micro-TESE, are applied.", []),
    ("Optimizing protocols is pivotal for enhancing their clinical efficacy and safety.", []),
    ("Cells were transplanted on menstrual cycle day 5.", []),
    ("Uterine fluid was collected on the embryo transfer day.", []),
    ("Introduction\nAS causes amenorrhea and recurrent pregnancy loss.", []),
    ("Inclusion criteria: anti-Mullerian hormone below 1.1 ng/ml", []),
    ("Women with FSH greater than or equal to 25 IU/L were eligible.", []),
    ("Scaffold-based local delivery of human stem cells.", []),
    ("The delivery of cells to the ovary was guided by ultrasound.", []),
    ("Her husband's sperm count and quality was normal.", []),
    ("Androgens create abnormal folliculogenesis in PCOS.", []),
    ("Patients unresponsive to ovulation induction drugs.", []),
    ("Women who wished to conceive using their own eggs.", []),
    ("The lining thickens in preparation for an embryo.", []),
    ("Improvement of ovarian function in patients with poor ovarian response.", []),
    ("MSCs reduce granulosa cell apoptosis.", []),
    ("AMH is a hormone secreted by antral follicles of the ovary.", ["amh"]),
    ("Introduction\nInfertility, the inability to conceive after a year, affects millions.", []),
    ("Various indices, including the animals' estrous cycle and follicle number, were compared.",
     []),
    ("Primary amenorrhea, that is the lack of menstruations by the age of 16 years.", []),
    ("The ovarian reserve is made up of primordial follicles.", []),
    ("The anterior pituitary secretes FSH and LH at high levels.", []),
    ("Laboratory investigations will include serum FSH, serum estrogen and serum AMH.", []),
    ("Typical FSH in POF patients is high.", []),
    ("The safety and scientific validity of this study is the responsibility of the sponsor.",
     []),
    ("Animal experiments have shown that the endometrial thickness of mice was improved.", []),
    # Counts named with a plural head, follicle activation, molecular and tissue endpoints.
    ("The estimated average log odds ratio of Follicles count was 1.02.",
     ["follicle_development"]),
    ("MSCs enhanced follicular activation and endometrial remodeling.", ["follicle_development"]),
    ("Secondary endpoints included ovarian molecular profiles (RT-qPCR panels).", ["other"]),
    ("Twelve patients treated this way have recovered their ovarian functions.", ["other"]),
    ("Two monkeys showed higher testicular spermatogenesis and epididymal sperm output.",
     ["sperm_retrieval"]),
    ("Donor spermatozoa were capable of fertilizing eggs after ICSI, forming morulae.",
     ["fertilization_rate", "embryo_quality"]),
    ("In some of the treated rats fertility was restored and their offspring developed normally.",
     ["clinical_pregnancy"]),
    ("The incidence of mild placenta accrete was increased in the cell group.",
     ["adverse_events"]),
    ("Primary Outcome Measures: Ovary abscess. Timepoint: first week.", ["adverse_events"]),
    # Must not match: a procedure on offer, an aim to improve ovarian function, a disease's
    # picture.
    ("Current options: hormone therapy, surgical sperm retrieval (TESE, micro-TESE).", []),
    ("The surgical sperm retrieval rate was 40%.", ["sperm_retrieval"]),
    ("Stem cells can improve ovarian function in these women.", []),
    ("Stromal fibrosis is characterized by loss of folliculogenesis and ovulation.", []),
    ("Other signs and symptoms of this disease include hot flashes and night sweats.", []),
    ("She presented to us with infertility and scanty menstruation.", []),
    # glosses and how common a disease is describe it; retold literature is background
    ("It causes 10-28% of cases of primary amenorrhoea (that is, the failure of menses to occur "
     "by age 16).", []),
    ("Literature reports indicate that adhesions cause scanty menstrual flow and miscarriage.",
     []),
    ("In spite of several pregnancy reports published in the oncology literature, information "
     "is scarce.", []),
    ("In order to prevent the postoperative re-adhesion, many physical isolation measures have "
     "been tried.", []),
    # ovarian function that came back is reported; an aim or a composite of coded measures is not
    ("Ovarian function was gradually restored in nine patients.", ["other"]),
    ("Nine have gradually recovered their ovarian functions.", ["other"]),
    ("Results showed ovarian function restoration in most of the women.", ["other"]),
    ("Some women spontaneously regained ovarian function after the transplant.", ["other"]),
    ("Improvement of ovarian function in women with poor ovarian response using stem cells.",
     []),
    ("There is no effective treatment available to restore ovarian function.", []),
    ("The aim is to improve ovarian function and stimulate oocyte production.", []),
    # a slash-joined pair still names the outcome
    ("Rates of gestational sacs/embryos were compared between groups.", ["clinical_pregnancy"]),
    # scarring, sperm DNA damage and the fate of the given cells are tissue endpoints
    ("The treated ovaries showed higher levels of proliferation and lower levels of fibrosis.",
     ["other"]),
    ("The mouse model ameliorated endometrial thickness and prevented fibrosis.",
     ["endometrial_thickness", "other"]),
    ("Co-culture decreased sperm vacuolization and DNA fragmentation.", ["other"]),
    ("In vivo tracing of human amniotic mesenchymal stem cells labeled with a dye.", ["other"]),
    ("Cell tracing was done by labeling the MSCs.", ["other"]),
    # histology and molecular endpoints by the assay or the measure
    ("Ovarian sections were examined by H&E staining and TUNEL.", ["other"]),
    ("The mRNA expression of VEGF and the expression levels of Bcl-2 rose.", ["other"]),
    ("Immunofluorescence showed DDX4-positive cells in the cortex.", ["other"]),
    # pregnancy on pages in other languages; fertility restored in animal models
    ("El centro ha conseguido cuatro embarazos en pacientes tratadas.", ["clinical_pregnancy"]),
    ("Fertility was restored in the treated female mice.", ["clinical_pregnancy"]),
    # must not match: a mechanism or a tissue without an assay
    ("MSCs act through paracrine signalling and immune regulation.", []),
    # must not match: implantation of the cells is the procedure, not an embryo's implantation
    ("The fertility of mice improved after amniotic epithelial cells implantation.", []),
    ("The project will conduct minimally invasive implantation with hAECs in 20 patients.", []),
    ("Safety of hAECs implantation will be evaluated.", ["adverse_events"]),
    ("Implantation of autologous stem cells was done under ultrasound.", []),
    ("The implantation of the embryo was confirmed at week five.", ["implantation_rate"]),
    ("Implantation of euploid embryos occurred in twelve women.",
     ["implantation_rate", "embryo_quality"]),
    # wordings of the common outcomes beside the vocabulary's own
    ("Serum Müllerian-inhibiting substance increased after the injection.", ["amh"]),
    ("Serum 17β-estradiol levels increased after treatment.", ["estradiol"]),
    ("Serum 17beta-estradiol levels increased after treatment.", ["estradiol"]),
    ("The numbers of primary and secondary follicles increased in treated rats.",
     ["follicle_development"]),
    ("Menstrual cycle resumption occurred in five women.", ["menstruation"]),
    ("Menstrual cycles resumed in five patients after the injection.", ["menstruation"]),
    ("The take-home baby rate was 10% in the treated group.", ["live_birth"]),
    ("Two healthy babies were born after the treatment.", ["live_birth"]),
    ("The endometrium thickened from 4 mm to 7 mm after infusion.", ["endometrial_thickness"]),
    ("Sperm were retrieved in two of the ten men after injection.", ["sperm_retrieval"]),
    ("After the injection two men had sperm in their ejaculate.", ["sperm_retrieval"]),
    # pages in other languages
    ("La tasa de embarazo fue del 30% en el grupo tratado.", ["clinical_pregnancy"]),
    ("Nach sechs Monaten setzte die Menstruation wieder ein.", ["menstruation"]),
    ("Tasso di nati vivi: 27,3% vs 7,7%.", ["live_birth"]),
    ("Aumento dello spessore endometriale: da 5,3 mm a 6,5 mm.", ["endometrial_thickness"]),
    ("治疗后2例患者成功怀孕。", ["clinical_pregnancy"]),
    # Japanese pages
    ("治療後に妊娠し、出産に至った。", ["clinical_pregnancy", "live_birth"]),
    ("月経の期間は 2.4±0.7 日から 5.3±0.6 日に延長した。", ["menstruation"]),
    ("AMH値が上昇した。", ["amh"]),
    ("子宮内膜の厚さは有意に改善した。", ["endometrial_thickness"]),
    ("有害事象は認められなかった。", ["adverse_events"]),
    ("副作用も観察されませんでした。", ["adverse_events"]),
    # must not match: a newborn's weight, the menstrual blood stem cells come from
    ("新生児の体重を測定した。", []),
    ("月経血から幹細胞を分離した。", []),
    # Korean pages
    ("치료 후 임신에 성공했고 건강한 아기를 출산했다.", ["clinical_pregnancy", "live_birth"]),
    ("월경이 다시 시작되었다.", ["menstruation"]),
    ("자궁내막 두께가 증가했다.", ["endometrial_thickness"]),
    ("부작용은 관찰되지 않았다.", ["adverse_events"]),
    # must not match: a country's low birth rate, menstrual blood as a cell source
    ("저출산 문제가 심각하다.", []),
    ("월경혈 줄기세포를 분리했다.", []),
    # must not match: a follow-up of children to be born, an aim to recruit follicles
    ("Participants consented to follow-up of children born eventually after this procedure.",
     []),
    ("Autologous stem cells were tried to increase the follicular recruitment.", []),
    # sex hormones measured as a panel, histological structure
    ("Ovarian function was evaluated by monitoring serum sex hormone levels.", ["other"]),
    ("The ovarian function was examined by evaluating ovarian morphology and hormonal "
     "secretion.", ["other"]),
    ("Ovarian structure was histomorphologically evaluated.", ["other"]),
    # follicles counted or seen at each stage
    ("The ovaries were excised and the follicles were counted and categorized.",
     ["follicle_development"]),
    ("Treatment increased the number of primordial, developing and preovulatory follicles.",
     ["follicle_development"]),
    ("After transplantation, follicles at various stages were observed in the cortex.",
     ["follicle_development"]),
    # must not match: a sperm parameter, a diagnostic feature, antral follicles (their own code)
    ("Abnormal sperm morphology was recorded in the treated group.", []),
    ("The MSCs were identified by their spindle-shaped morphology and flow cytometry.", []),
    ("Rotterdam criteria include polycystic ovarian morphology on ultrasound.", []),
    ("The number of antral follicles will be recorded by ultrasound.", ["antral_follicle_count"]),
    # fertility regained or tested in animal models counts as pregnancy
    ("EnSCs transplantation improved estrous cyclicity as well as restored fertility in "
     "sterilized mice.", ["other", "clinical_pregnancy"]),
    ("hUC-MSCs restored male mouse fertility that was reduced by PTX.", ["clinical_pregnancy"]),
    ("Amniotic fluid stem cells prevent follicle atresia and rescue fertility of mice.",
     ["clinical_pregnancy"]),
    ("Bone Marrow-Derived Stem Cell Transplantation Improves Fertility in a Murine Model.",
     ["clinical_pregnancy"]),
    ("Ovarian function and fertility were evaluated 4 weeks after transplantation.",
     ["clinical_pregnancy"]),
    ("Function was measured using vaginal smears, live imaging and mating trials.",
     ["clinical_pregnancy"]),
    ("Another subset of rats was mated with male rats at day 60 post-transplantation.",
     ["clinical_pregnancy"]),
    ("Mating experiments with normal female mice showed restored fertility.",
     ["clinical_pregnancy"]),
    ("Nel gruppo trattato con hUC-MSC la fertilità è significativamente aumentata.",
     ["clinical_pregnancy"]),
    ("Houve normalização menstrual e a recuperação da fertilidade.",
     ["clinical_pregnancy"]),
    # births told without a verb of being
    ("First baby born with IVF that uses stem cells to pep up old eggs.", ["live_birth"]),
    ("Mitochondrial transfer resulted in 13 babies born in normal conditions.", ["live_birth"]),
    # must not match: an aim or hope to restore fertility, a gonadotropin named for its source
    ("This study used Huc-MSCs to restore fertility in aged mice.", []),
    ("The cells were given to rescue fertility of the mice.", []),
    ("The rats were treated with pregnant mare serum gonadotropin (PMSG) and MSCs.", []),
    # must not match: the patients' wish or inability to conceive, a page's general promise
    ("Over 60 POI patients who had an intention to get pregnant were examined.", []),
    ("Natasha struggled for years and tried to get pregnant.", []),
    ("Such a technique could eventually be used to help sterile women conceive.", []),
    ("Infertility is defined as the inability to become pregnant after one year.", []),
    # must not match: delivery of sperm or drugs, complications of the disease
    ("Vessel blockages prevent sperm delivery.", []),
    ("Hormone therapy in women with POI helps prevent some complications, such as "
     "osteoporosis.", []),
    ("Surgery can be used to treat some of the patient's complications.", []),
    ("The cells were infused without complications.", ["adverse_events"]),
    # must not match: the harm of the agent that made the model, a call for more work
    ("POI is one of the most serious side effects of chemotherapy in cancer survivors.", []),
    ("Spermatogonial stem cells in reversing cisplatin-induced testicular toxicity.", []),
    ("More research is needed to determine the safety of the therapy.", []),
    ("No side effects were observed after the injection of MSCs.", ["adverse_events"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_outcomes(field_values, text, expected):
    assert sorted(field_values(outcomes, text)) == sorted(expected)


REVIEW_CASES = [
    # A review's outcomes are its stated results.
    ("Stem cell-loaded scaffolds significantly increased endometrial thickness (SMD = 1.99).",
     ["endometrial_thickness"]),
    ("Of the 522 patients treated, 60 (11.7%) became pregnant.", ["clinical_pregnancy"]),
    ("Results: Pregnancy outcomes were reported in most controlled studies.",
     ["clinical_pregnancy"]),
    ("Adult stem cells from several origins promote follicular development.",
     ["follicle_development"]),
    # must not match: a review's aims, planned endpoints of listed trials, mechanisms and
    # definitions
    ("Purpose: To evaluate the efficacy, safety, and limitations of cellular therapy in POI.", []),
    ("UC-MSCs 18 participants NCT03724617 Evaluation of the change of endometrial thickness, "
     "pregnancy rate, live birth rate.", []),
    ("A wide range of clinical trials have been developed in order to prove safety.", []),
    ("The stem cells express FSHR and respond to FSH by undergoing self-renewal.", []),
    ("The endometrium undergoes cyclic renewal in preparation for embryo implantation.", []),
    ("Unusual sperm parameters include sperm concentration, morphology and motility.", []),
    # a list of mechanisms says how a therapy might act, not what it achieved
    ("MSCs can restore ovarian functions through diverse mechanisms, including promoting "
     "angiogenesis and inhibiting fibrosis.", []),
    ("Its mechanisms of action include reduced fibrosis and better vascularization.", []),
    ("MSC-derived exosomes significantly reduced endometrial fibrosis in rats.", ["other"]),
]


@pytest.mark.parametrize("text, expected", REVIEW_CASES)
def test_review_outcomes_are_stated_results(nlp, text, expected):
    findings = _extract(nlp, text, "review")
    assert sorted(dict.fromkeys(f.value for f in findings)) == sorted(expected)


PAGE_CASES = [
    # A clinic page or news item names outcomes where it speaks of the therapy, states a
    # finding or tells what happened.
    ("Stem cells are being explored to improve egg quality and pregnancy rates.",
     ["oocytes_retrieved", "clinical_pregnancy"]),
    ("Six months after her discharge, Mrs. Cen was informed to be pregnant.",
     ["clinical_pregnancy"]),
    ("Eventually, the mice that had the injections went on to have huge litters of young.",
     ["clinical_pregnancy"]),
    ("So far, no sperm have been detected in his semen.", ["sperm_retrieval"]),
    ("The hospital plans to enhance the pregnancy success rate with cell therapy.",
     ["clinical_pregnancy"]),
    ("• Restoration of menstrual cycles", ["menstruation"]),
    ("Zwei Frauen wurden nach der Stammzelltherapie schwanger.", ["clinical_pregnancy"]),
    ("Tras el tratamiento con células madre, siete mujeres quedaron embarazadas.",
     ["clinical_pregnancy"]),
    ("研究团队用干细胞治疗后,患者的月经恢复。", ["menstruation"]),
    # must not match: how the disease or IVF works, in the present tense
    ("Surgery does not address the damage to the endometrial lining, which is essential for "
     "pregnancy.", []),
    ("Follicles release a mature egg during ovulation.", []),
    ("El endometrio es esencial para el embarazo.", []),
    ("That is why women looking for a pregnancy have to rely on infertility treatment.", []),
    # news in other languages tells what a trial achieved
    ("Un ensayo clínico en La Fe logra tres embarazos en mujeres con baja respuesta ovárica.",
     ["clinical_pregnancy"]),
    ("Dentro del ensayo clínico, se han conseguido ya tres embarazos.", ["clinical_pregnancy"]),
    ("Des grossesses spontanées seraient survenues chez des femmes traitées.",
     ["clinical_pregnancy"]),
    ("أصبح ممكناً حدوث الحمل للنساء من خلال الاستفادة من الخلايا الجذعية الموجودة فى المبيض",
     ["clinical_pregnancy"]),
    ("In the trial, infertile male mice regaining fertility produced healthy offspring.",
     ["clinical_pregnancy"]),
    # sperm made and eggs fertilized, told as what the treated animals did
    ("The sperm were able to fertilize mice egg cells.", ["fertilization_rate"]),
    ("Of six adult recipients, two produced sperm from transplanted donor stem cells.",
     ["sperm_retrieval"]),
    ("Nine of 12 monkeys were later able to produce healthy sperm again.", ["sperm_retrieval"]),
    ("Sperm from one transplant were injected into 85 oocytes, with 81 fertilizations.",
     ["fertilization_rate"]),
    # periods coming back, in lay words
    ("Scientists found a treatment that can restart periods in menopausal women.",
     ["menstruation"]),
    ("Both women were treated, and their periods returned.", ["menstruation"]),
    # must not match: a period of time
    ("Ovarian function was restored over a period of six months.", []),
    # must not match: sperm production named as what the condition takes away
    ("The therapy is for men who cannot produce sperm.", []),
    # a baby born, told in other languages
    ("Deux bébés sont nés avec succès et deux grossesses sont en cours.",
     ["live_birth", "clinical_pregnancy"]),
    ("Tras el trasplante, el bebé nació sano en marzo.", ["live_birth"]),
    ("Dopo il trattamento è nato un bambino sano.", ["live_birth"]),
    ("Das Kind wurde gesund geboren.", ["live_birth"]),
    ("5 kadından 3'ü kendiliğinden gebe kalıp çocuk sahibi oldu.",
     ["clinical_pregnancy", "live_birth"]),
    ("最终,该女性通过辅助生殖技术成功怀孕并产下一名健康女婴。",
     ["clinical_pregnancy", "live_birth"]),
    # must not match: a birth that is no outcome of the therapy
    ("Las mujeres temen no poder tener un bebé.", []),
    # endometrium, follicles, embryos and safety, told in other languages
    ("En todas las pacientes se observó un engrosamiento del endometrio.",
     ["endometrial_thickness"]),
    ("A seguito del trattamento con hUC-MSC, il numero di follicoli è stato significativamente "
     "ripristinato.", ["follicle_development"]),
    ("Verificou-se que a terapia com células estaminais aumentou o número de folículos.",
     ["follicle_development"]),
    ("干细胞卵巢原位注射治疗,六周获优质胚胎。", ["embryo_quality"]),
    ("Além da eficácia, foi comprovada a segurança da terapia celular.", ["adverse_events"]),
    # estrogen levels and menopausal symptoms, told in other languages
    ("Il loro livello di estrogeni è aumentato tre mesi dopo le iniezioni.", ["estradiol"]),
    ("Bei beiden erhöhte sich das Östrogenlevel drei Monate nach der Injektion.",
     ["estradiol"]),
    ("In questo modo i sintomi della menopausa sono stati alleviati e le donne hanno avuto di "
     "nuovo il ciclo mestruale.", ["menopausal_symptoms", "menstruation"]),
    ("Tras el tratamiento, los síntomas de la menopausia mejoraron.", ["menopausal_symptoms"]),
    ("治疗后患者雌激素水平提高,潮热症状改善。", ["estradiol", "menopausal_symptoms"]),
    # what the studies showed, in Portuguese
    ("Os resultados mostraram melhora nas taxas de gravidez.", ["clinical_pregnancy"]),
    # must not match: estrogen given as a drug
    ("骨髓间充质干细胞移植联合雌激素治疗宫腔粘连的实验研究", []),
    # must not match: the endometrium's thickness in a lay definition
    ("La mucosa interna dell'utero non raggiunge lo spessore necessario.", []),
    # must not match: a wish to conceive, however the page says it
    ("The impact of the diagnosis is significant for women who hope to conceive.", []),
]


@pytest.mark.parametrize("doc_type", ["promotional", "news"])
@pytest.mark.parametrize("text, expected", PAGE_CASES)
def test_page_outcomes_speak_of_the_therapy(nlp, doc_type, text, expected):
    findings = _extract(nlp, text, doc_type)
    assert sorted(dict.fromkeys(f.value for f in findings)) == sorted(expected)


REGISTRY_CASES = [
    # A registry record's outcomes are its outcome fields, its plan and its measures.
    ("Primary outcomes included cumulative clinical pregnancy rates within 12 months.",
     ["clinical_pregnancy"]),
    ("Adverse events (AEs) will be monitored at each time point.", ["adverse_events"]),
    ("Primary Outcome Measures\nChange in AMH level at 6 months", ["amh"]),
    # must not match: the summary's account of the disease and of IVF
    ("Women delay maternity and, as a consequence, available oocyte number and their quality "
     "decrease.", []),
    ("More than half of the embryos transferred in IVF fail to implant.", []),
    # a plan to regain a function still names its measure
    ("This study will test the safety and feasibility of two approaches to restore sperm "
     "production.", ["adverse_events", "sperm_retrieval"]),
    # a title as a web copy keeps it after the site's header
    ("ClinConnect Trial NCT06869863  Study of Tolerability, Safety and Preliminary Efficacy of "
     "the Medicinal Product.", ["adverse_events"]),
    # must not match: a mirror's note that no results are out yet
    ("The study team has not published outcome measurements, participant flow, or safety data "
     "for this trial yet.", []),
]


@pytest.mark.parametrize("text, expected", REGISTRY_CASES)
def test_registry_outcomes_are_planned_measures(nlp, text, expected):
    # a sentence of its own, not the record's first line (its title)
    text = "Brief Summary\n" + text
    findings = _extract(nlp, text, "registry_record")
    assert sorted(dict.fromkeys(f.value for f in findings)) == sorted(expected)


def test_registry_title_names_outcomes(nlp):
    text = "Study of Tolerability and Safety of MSC in Azoospermia\nBrief Summary\nMen."
    findings = _extract(nlp, text, "registry_record")
    assert [f.value for f in findings] == ["adverse_events", "adverse_events"]


def test_page_rule_leaves_study_reports(nlp):
    text = "Follicles release a mature egg during ovulation."
    findings = _extract(nlp, text, "primary_study")
    assert [f.value for f in findings] == ["follicle_development"]


def test_review_rule_leaves_other_documents(nlp):
    text = "The stem cells express FSHR and respond to FSH by undergoing self-renewal."
    findings = _extract(nlp, text, "primary_study")
    assert [f.value for f in findings] == ["fsh"]


LISTED_MEASURE_CASES = [
    # A listed measure that no code names is still measured: other, quoting the measure.
    ("Main outcome variables\nOvarian response\nGeneral information\nReason for update\n",
     ["Ovarian response"]),
    ("Main outcome variables\n-\nAmount of cells obtained for injection\nSerum AMH\n"
     "General health of patients\nGeneral information\n",
     ["Amount of cells obtained for injection", "General health of patients"]),
    ("Primary outcome: biopsy cell composition; implantation rate\n",
     ["biopsy cell composition"]),
    # must not match: every item named by a code
    ("Main outcome variables\nEndometrium thickness, Implantation rate, live birth rate\n"
     "General information\n", []),
    # must not match: a measure whose description below it names the code
    ("Secondary Outcome Measures\n\nFollicular function\ndevelopment of ovarian follicles to a "
     "size at least 18 mm in diameter\n\nFull Information\nFirst Posted\nSponsor\n", []),
    # must not match: a mirror's table header, time points and the page after a blank line
    ("Primary Outcome Measures\nNameTimeMethod\nSafety: Adverse EventsFour year follow-up\n"
     "Timepoint: 3 months\n\nFull Information\nFirst Posted\n", []),
    # must not match: an item the excerpt cuts off
    ("Main outcome variables\nbiochemical pregnancy; clinical pregnancy; Implanta", []),
]


@pytest.mark.parametrize("text, quotes", LISTED_MEASURE_CASES)
def test_registry_listed_measure_without_code_is_other(nlp, text, quotes):
    text = "Protocol summary\n" + text
    findings = _extract(nlp, text, "registry_record")
    assert [f.quote for f in findings if f.value == "other"] == quotes
    assert all(text[f.start:f.end] == f.quote for f in findings)


def test_listed_measure_rule_leaves_other_documents(nlp):
    text = "Main outcome measure(s): Ovarian response and growth factor concentrations.\n"
    findings = _extract(nlp, text, "primary_study")
    assert findings == []


def test_registry_api_measure_without_code_is_other(nlp):
    study = {"protocolSection": {
        "identificationModule": {"nctId": "NCT01234567", "briefTitle": "MSC for POI"},
        "outcomesModule": {
            "primaryOutcomes": [{"measure": "Cell yield after thawing", "description": "Viable cells counted",
                                 "timeFrame": "6 months"}],
            "secondaryOutcomes": [{"measure": "Serum AMH", "timeFrame": "6 months"},
                                  {"measure": "Follicular function",
                                   "description": "Number of antral follicles"}]}}}
    [document] = parse_bytes(json.dumps(study).encode(), "NCT01234567.json")
    doc = nlp(document.text)
    doc.user_data[DOC_TYPE_KEY] = "registry_record"
    findings = outcomes.extract(document, doc, Record(doc_id="t", source="t"))
    assert sorted({f.value for f in findings}) == ["amh", "antral_follicle_count", "other"]
    assert [f.quote for f in findings if f.value == "other"] == ["Cell yield after thawing"]


ANIMAL_FOLLICLE_CASES = [
    # a rodent's antral follicles are counted on sections: follicle development
    ("preclinical", "There was a significant increase in the number of antral follicles in the "
                    "PCOS + BM-MSCs group.", ["follicle_development"]),
    ("preclinical", "Antral follicle counts rose after transplantation.", ["follicle_development"]),
    # in women it is the ultrasound measure
    ("single_arm", "The number of antral follicles rose after injection.",
     ["antral_follicle_count"]),
    (None, "Antral follicle count was measured at three months.", ["antral_follicle_count"]),
]


@pytest.mark.parametrize("design, text, expected", ANIMAL_FOLLICLE_CASES)
def test_antral_follicles_in_animal_study_are_follicle_development(nlp, design, text, expected):
    document = make_text_document(text)
    record = Record(doc_id="t", source="t", study_design=design)
    findings = outcomes.extract(document, nlp(text), record)
    assert sorted({f.value for f in findings}) == expected
