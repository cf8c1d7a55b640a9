"""Cohort size: head counts in many phrasings, summed arms, registry enrollment, and the numbers
that must never be taken for a cohort (each must-not row says why)."""
import pytest

from extractor.document import Document
from extractor.extract import cohort_size
from extractor.extract.numbers import parse_count
from extractor.record import Finding, Record

CASES = [
    # stated head counts
    ("We recruited 80 participants in this open-label trial.", 80),
    ("Methods: Twenty-five cases with refractory Asherman syndrome were included.", 25),
    ("This study consisted of 180 infertile individuals with POR.", 180),
    ("Eighteen infertile women with thin endometrium were enrolled in this pilot study.", 18),
    ("A total of 35 patients received 6 × 10^7 hAECs via the ovarian artery.", 35),
    ("We randomly assigned 25 subfertile women, in a 1:1 ratio, to two arms.", 25),
    ("This double-arm retrospective study included 41 AS patients.", 41),
    ("Patient(s): Seventeen women who are poor responders.", 17),
    ("Phase 1 clinical trial without control group, on 10 patients", 10),
    ("Sixty men with azoospermia will be recruited after written consent.", 60),
    ("Six cases of refractory AS with failed adhesiolysis were included.", 6),
    ("One hundred and twenty women were enrolled.", 120),
    # a contrast with other work still counts this study's own people
    ("Unlike earlier approaches, this trial enrolled 30 women with POI.", 30),
    ("forty-two participants were randomized to cells or placebo.", 42),
    ("In total, 1,200 couples participated in the registry study.", 1200),
    # randomized, not analysed, is the cohort
    ("We randomized 25 women. Outcomes were analysed for 24 women.", 25),
    ("18 women were enrolled and 16 patients completed the study.", 18),
    # a count without its noun takes its own clause's cues
    ("Eighteen women with thin endometrium were enrolled and 16 completed the study.", 18),
    ("Of 50 women screened, 30 were eligible and were enrolled.", 30),
    ("In patients undergoing surgery, 58 received valve A, and another 60 received valve B.",
     118),
    ("Records of all cases between 2002 and 2017 was performed by two surgeons.", None),
    # a breakdown in parentheses belongs to the count before it
    ("Results: Forty-one patients (21 male and 20 female) were enrolled and underwent "
     "surgery.", 41),
    ("Thirty patients (14 females and 16 males) and 28 healthy subjects (20 males and 8 "
     "females) were included.", 58),
    # screened counts only when nothing else is given
    ("This phase I trial screened 19 participants undergoing treatment.", 19),
    ("We screened 60 women, of whom 40 patients were enrolled.", 40),
    # arms added up, unless the total is given too
    ("40 patients and 40 controls were studied.", 80),
    ("patients were allocated to treatment (n=20) and control (n=20)", 40),
    ("We recruited 80 participants, including treated patients (n=40) and controls (n=40).",
     80),
    ("Twenty-one patients received cells, and 20 untreated patients served as controls.", 41),
    ("the study enrolled 30 women (n = 30)", 30),
    # named arms sized separately, no total stated
    ("Group A (n=20): intraovarian PRP. Group B (n=20): intraovarian MSCs.", 40),
    ("The MSC group (n = 15) and the control group (n = 15) were compared.", 30),
    ("Group A (n = 20) received MSCs; group B (n = 20) HRT. Results: Group A (n = 20) had a "
     "thicker endometrium than group B (n = 20).", 40),  # arms named again are counted once
    ("Variable | MSC group (n = 25) | Control group (n = 25) | P value", 50),  # a table header
    ("Sixty patients were randomized to stem cells or HRT.", 60),
    # a pregnancy the patients had not achieved is why they were taken in, not an outcome
    ("Patients who had not experienced successful pregnancy despite three or more IVF-ET "
     "sessions were enrolled in this study (n=240, 240 cycles). PBMCs were given to the study "
     "group (n=93, 93 cycles). The control group (n=105, 105 cycles) received none.", 240),
    ("Women who failed to achieve a pregnancy after two IVF cycles were recruited (n=36).", 36),
    ("60 patients were randomized into two groups.", 60),
    # registry label lines
    ("Study Type\nINTERVENTIONAL\nEnrollment\n12\nMasking\nNONE", 12),
    ("Total Enrollment\n\n60 participants\n", 60),
    ("Target Recruitment\n66\nInclusion Criteria", 66),
    ("Estimated Enrollment: 30 (Anticipated)", 30),
    ("Target sample size: 60", 60),
    ("Target number of participants\n40", 40),  # ISRCTN
    ("Total final enrolment\n36", 36),
    ("Number of patients enrolled: 24", 24),
    ("Total Sample Size=\"60\"", 60),  # CTRI
    ("| Enrollment (Estimated) | 40 participants | Study type | Interventional |", 40),
    # arrival wording counts the people the study took in
    ("Patients and Methods:\n60 patients attending the infertility clinic", 60),
    ("Women aged 24 to 42 (n=10) came to our centre with primary infertility.", 10),
    ("Twelve couples were referred to the andrology unit for NOA.", 12),
    # participation, series and plans in other words
    ("Nineteen women with POI took part in the pilot.", 19),
    ("Results: One patient who voluntarily agreed to participate in this clinical trial.", 1),
    ("Of the 40 women approached, 25 agreed to participate.", 25),
    ("Of 60 eligible women, 48 took part in the study.", 48),
    ("We followed a cohort of 50 women after intraovarian injection.", 50),
    ("The trial will involve 60 women with thin endometrium.", 60),
    ("The study will include 40 infertile couples.", 40),
    ("So far 23 patients have been successfully treated with the cells.", 23),
    ("Thirty-two cancer survivors received autologous grafts.", 32),
    ("Intraovarian stem cells in two women with POF: two case reports", 2),
    ("Background\nOur mouse work restored ovarian function.\n\nCase presentation\n\nWe present "
     "two cases of women who resumed menses after the injection.", 2),  # the case section
    ("195 women were screened and 152 of them were randomly assigned.", 152),
    ("Twenty women who had previously failed IVF were enrolled.", 20),  # history, not old work
    ("The study population comprised 30 women with POI.", 30),
    ("Data from 120 patients were retrospectively analysed.", 120),  # a records review
    ("Methods: We retrospectively analyzed 69 patients who underwent FET.", 69),
    ("Setting: University hospital. Patients: 31 women with poor ovarian response.", 31),
    ("Eighteen women will receive a single intraovarian injection.", 18),
    # an age after the noun describes the people counted
    ("This was a pilot, open-label clinical trial including 11 women aged 25–40 years with "
     "clinical POI.", 11),
    ("The ARISE trial enrolled 25 women aged <40 years meeting criteria for DOR.", 25),
    ("The procedure was performed on 30 patients aged 38 to 46 years with low ovarian reserve "
     "who were enrolled.", 30),
    # must NOT give a number
    ("Poor responders make up about 10% of all IVF patients.", None),  # a share, not a count
    ("Side effects include 2 cases of pelvic pain in earlier reports.", None),  # other work
    ("Married women aged 20 to 40 years were eligible.", None),  # age range
    ("A 35-year-old woman presented with amenorrhea.", None),  # age
    ("Women 40 years old or younger were eligible.", None),  # age with a unit
    ("Patients received 1×10^6 cells/kg intravenously.", None),  # dose
    ("Twenty million UC-MSCs were loaded onto the scaffold.", None),  # cell count
    ("The mean MNC count was 103.3 × 106 cells.", None),  # cell count
    ("POI affects around 1% of women under 40.", None),  # percentage and age
    ("In four patients (21.1%) sperm were found.", None),  # share of a cohort, a result
    ("Live births occurred in 3 out of 11 women in the cell group.", None),  # fraction part
    ("Eight women had not achieved a pregnancy at one year.", None),  # history wording alone
    ("Six of the seven amenorrheic patients resumed menses.", None),  # fraction part
    ("Sixteen patients completed the 12-month follow-up.", None),  # completers, not enrolled
    ("Follow-up lasted 6 months and 12 weeks.", None),  # durations
    ("In 2019, patients were enrolled at two centres.", None),  # year
    ("Twelve adult male hamsters were divided into two groups.", None),  # animals
    ("Forty mice received MSCs by tail vein injection.", None),  # animals
    ("Previous studies enrolled 120 women with POI.", None),  # another study
    ("Wang et al. treated 30 patients with cord blood cells.", None),  # another study
    ("Azoospermia affects 645,000 males between the ages of 20 and 50.", None),  # population
    ("Three patients had a successful pregnancy outcome.", None),  # a result, not the cohort
    ("The estimated 48.5 million couples are affected worldwide.", None),  # population
    ("Inclusion criteria:\n1. 20 patients aged over 18", None),  # eligibility criteria
    ("Expected recruitment start date\n2023-04-04", None),  # a date after a label
    ("Totally 195 participants were screened and 152 of them were randomly assigned.The "
     "per-protocol analysis included 140 participants.", 152),  # randomized, not analysed
    ("The trial included 20 women with moderate or severe Asherman syndrome.", 20),
    # a breakdown in a parenthesis after the total says nothing against the total
    ("100 women with thin endometrium were randomized (50 per group) to PBMC or G-CSF.", 100),
    ("Sixty women were randomly divided into two groups (30 in each group).", 60),
    ("Thirty women were enrolled (25 completed the study).", 30),
    ("Study population: 100 women with diminished ovarian reserve.", 100),
    ("This was a pilot study of 10 patients with POI.", 10),
    # must NOT give a number
    ("Ten patients were treated. Six of them became pregnant.", 10),  # a subset is no cohort
    ("Women in each group (n = 20) received cells. The other group (n = 20) got HRT.",
     None),  # one arm's size
    ("Two groups (n = 20 per group) were formed.", None),  # one arm's size
    ("Patients were followed for 6 months after 3 cycles; day 3 embryos were transferred.",
     None),  # durations, cycles and days
    ("Thirty female rats were randomized into three groups.", None),  # animals
    ("Three dose groups of 5 patients each will be enrolled.", None),  # one arm's size
    ("Women from 20 to 35 years old were eligible; 4 women dropped out.", None),  # a range
    ("Patients between 25 and 40 of age were eligible.", None),  # a range without a unit
    ("Fifteen patients will be enrolled in each of 3 dose groups.", None),  # one arm's size
    ("Previously, we treated 30 patients with cord blood cells.", None),  # earlier work
    ("Out of a small study with 17 embryo transfers, nine women became pregnant.",
     None),  # transfers and pregnancies, not people enrolled
    ("The median follow-up was 18 months; 8 women resumed menses.", None),  # months, a result
    # donors of laboratory samples are not people treated
    ("GC from 23 women who underwent in vitro fertilization were cultured.", None),
    ("Granulosa cells of 23 IVF women were exposed to the secretome.", None),
    ("Sperm samples were collected from 30 healthy men.", None),
    ("Follicular fluid was obtained from 40 women undergoing IVF.", None),
    ("Twenty women were enrolled; menstrual blood samples from 20 women were cultured and the "
     "autologous cells injected back.", 20),  # the cells go back to the same people
    # animals named after a strain
    ("Thirty-two female Sprague-Dawley rats were randomly divided into four groups.", None),
    ("110 female BALB/c mice (aged 7-8 wk old) were used.", None),
    ("Twenty women were studied and 40 mice served as models.", 20),  # a second phrase
    # the active voice of a methods section names the people treated
    ("We transferred autologous mitochondria to mature oocytes at the time of ICSI in 52 "
     "patients with recurrent failures.", 52),
    ("We injected autologous bone marrow cells into the ovaries of 10 women.", 10),
    # must NOT match: the authors treated embryos or animals, not people
    ("We transferred two embryos on day 5.", None),
    ("We injected the cells into 20 mice.", None),
    # keywords printed above the abstract end where the abstract begins
    ("Keywords:\nPOI, stem cells\nAbstract: Twenty women were enrolled and received "
     "intraovarian MSCs.", 20),
    # news of the team it covers, in the active voice
    ("After the studies in mice, the team treated 20 women with premature ovarian failure.", 20),
    ("A team at Cairo University injected bone marrow stem cells into the ovaries of 20 women, "
     "the researchers told a conference.", 20),  # the team named with its place
    ("Researchers from the Royan Institute treated 12 patients with stem cells.", 12),
    # head counts in Spanish, Portuguese, Italian, French and German
    ("La investigación avanzó hacia una segunda fase con veinte pacientes bajas respondedoras.",
     20),
    ("Tras una primera prueba con resultados positivos, se probó con veinte pacientes.", 20),
    ("Hasta el momento utilizando esta técnica se han tratado siete mujeres infértiles.", 7),
    ("Fueron incluidas treinta y dos mujeres con insuficiencia ovárica.", 32),
    ("Foram incluídas dez mulheres com falência ovariana prematura.", 10),
    ("Lo studio ha coinvolto 24 donne con endometrio refrattario.", 24),
    ("Sono state arruolate dodici pazienti con sindrome di Asherman.", 12),
    ("Trois patientes ont été traitées par injection intra-ovarienne.", 3),
    ("Un essai randomisé chez 30 patientes.", 30),
    ("Insgesamt wurden zwei Patientinnen behandelt.", 2),
    ("An der Studie haben zwölf Frauen teilgenommen.", 12),
    ("Presentamos dos casos de mujeres con síndrome de Asherman.", 2),
    # ... and in Turkish and Arabic news, with their case endings
    ("Yumurtası az veya hiç olmayan 17 çifte kök hücre tedavisi uygulandı.", 17),
    ("إن الطريقة الجديدة أجريت على 44 رجلا ممن ثبت عدم وجود حيوانات منوية", 44),
    # ... and in Chinese and Japanese, with a counter word and no space
    ("目前該項臨床研究已經由23位患者入組,2位成功妊娠,2位已經獲得可移植胚胎。", 23),
    ("在这项研究中,61名符合条件的患者利用脐带间充质干细胞注射移植到患者的卵巢中。", 61),
    ("在這20位中重度Asherman綜合征患者中,所有劑量水平的細胞輸注均未引發嚴重不良事件。", 20),
    ("難治性IUAを有する不妊女性(n=12、年齢22~40歳)が対象とされています。", 12),
    # must NOT give a number: English words that are number words elsewhere, parts, animals,
    # outcomes, ranges and units
    ("Once patients are enrolled, they receive the cells.", None),  # "once" is Spanish 11
    ("Due patients were lost before the visit.", None),  # "due" is Italian 2
    ("Seis de las siete pacientes quedaron embarazadas.", None),  # a part of the cohort
    ("Due delle cinque donne sono rimaste incinte.", None),  # a part of the cohort
    ("Veinte ratas hembra fueron tratadas con células madre.", None),  # animals
    ("Çift kör çalışmada 5 kadından 3'ü gebe kaldı.", None),  # a part, and "double-blind"
    ("这些患者中有1,200名接受了治疗。", None),  # "1,200" is one number, not a clause's 200
    ("Zwanzig Mäuse wurden behandelt.", None),  # animals
    ("Venti topi sono stati trattati.", None),  # animals
    ("Se consiguieron tres embarazos en mujeres tratadas.", None),  # pregnancies, not people
    ("Se incluirá un 50-100 de mujeres infértiles.", None),  # a range
    ("El 30 por ciento de las mujeres tratadas quedaron embarazadas.", None),  # a percentage
    ("Dos pacientes quedaron embarazadas.", None),  # an outcome, not the cohort
]


def _document(text, kind="text", sections=(), metadata=None):
    return Document(doc_id="sha256:test", source="test.txt", kind=kind, title=None, text=text,
                    sections=list(sections), metadata=dict(metadata or {}))


def _cohort(text, doc_type="primary_study", design="single_arm", **extra):
    document = _document(text, **extra)
    record = Record(doc_id="t", source="t", doc_type=doc_type, study_design=design)
    findings = cohort_size.extract(document, None, record)
    for finding in findings:
        if finding.method != "derived":
            assert finding.quote == document.text[finding.start:finding.end]
    return findings[0].value if findings else None


# A count in words repeated in digits, as protocols and consent forms write it; a protocol's
# future "will be enrolled" weighs as "were enrolled" does.
@pytest.mark.parametrize("text,expected", [
    ("A maximum of ninety-five (95) subjects will be enrolled consisting of a minimum of thirty "
     "(30) POI subjects and a minimum of fifty (50) POR.", 95),
    ("Twenty (20) women will be enrolled.", 20),
    ("Sixty (60) infertile women will be recruited.", 60),
    ("Women aged twenty (20) to forty (40) years will be enrolled.", None),  # ages
    ("Each woman receives ten (10) million cells.", None),  # a dose
])
def test_count_in_words_and_digits(text, expected):
    assert _cohort(text) == expected


@pytest.mark.parametrize("text,expected", CASES)
def test_cohort_size_from_text(text, expected):
    assert _cohort(text) == expected


@pytest.mark.parametrize("doc_type,design", [
    ("primary_study", "preclinical"),  # animal study
    ("review", "systematic_review"),  # reviews pool other cohorts
    ("review", "narrative_review"),
    ("news", "not_applicable"),
])
def test_no_cohort_for_documents_without_one(doc_type, design):
    text = "We recruited 80 participants in this open-label trial."
    assert _cohort(text, doc_type=doc_type, design=design) is None


# A provider's page has no design of its own, yet one that retells a study of patients gives its
# head count; marketing wording gives none.
@pytest.mark.parametrize("text,expected", [
    ("Study type: prospective observational study.\n- Participants: 50 women diagnosed with "
     "POI.\n- Outcome: menstruation.", 50),
    ("Lo studio ha coinvolto 24 donne con endometrio refrattario, suddivise in due gruppi.", 24),
    # must NOT give a number
    ("On one hand, women with premature ovarian failure may have irregular periods.", None),
    ("Thousands of women have trusted our clinic with their fertility.", None),
    ("Book a consultation: our doctors have treated patients from 40 countries.", None),
])
def test_provider_page_retelling_a_study(text, expected):
    assert _cohort(text, doc_type="promotional", design="not_applicable") == expected


@pytest.mark.parametrize("text,expected", [
    ("RECRUITING\n60 participants\nOBSERVATIONAL\n2025-04-08", 60),  # mirror without labels
    ("Recruiting\n20-40 years\n30 patients (anticipated)\nPhase 1/2", 30),
    ("Total Enrollment\n\n12 participants\n", 12),
    ("- Status\n- COMPLETED\n- Sex\n- Female\n- Target Recruitment\n- 25\n- Patients aged 20 "
     "to 39", 25),  # bulleted label and value
    ("Study Type : | Interventional (Clinical Trial) |\nActual Enrollment : | 26 participants |\n"
     "Allocation: | N/A |", 26),  # table row
    # must NOT give a number
    ("RECRUITING\n20-40 years\nFemale\nPhase 1/2", None),  # an age range is no count
    ("Brief Summary\nIn 60 participants with POI, ovaries shrink.", None),  # prose, not a field
    ("- Target Recruitment\n- 20-39 years", None),  # an age range after a bulleted label
    ("Brief Summary\nPatients with 2 ovaries.\n2025-04-08", None),
    ("Sample size: 30 women in each group", None),  # one arm, not all arms together
    ("Number of arms: 2\nAllocation: Randomized", None),  # arms, not people
    ("Enrollment\n\n60 estimated patients\n\nSex\n\nFemale", 60),  # value words reordered
    ("Status\nRecruiting\n45 estimated participants\nPhase 2", 45),
    ("100 Participants Needed\nAzoospermia\nStem cells to grow sperm", 100),  # a listing's target
    ("Participants needed for a stem cell study", None),  # must NOT: no number
    ("Enrollment\n\n20 to 38 years old", None),  # an age range after the label
    ("- Study Details\n- No Results Posted\nCondition or disease | Phase |\nIn phase II, 40 "
     "males with hormone deficiency will be recruited and divided randomly into two groups "
     "(n=23 each).", 40),  # "No Results Posted" opens no results part
])
def test_registry_mirror_enrollment_line(text, expected):
    assert _cohort(text, doc_type="registry_record") == expected


def test_bare_count_line_is_not_enrollment_outside_registries():
    assert cohort_size.bare_enrollment_line("60 participants") is not None
    assert _cohort("Figure 1\n60 participants\nFlow of patients", design="single_arm") is None


def test_case_report_is_one_patient():
    record = Record(doc_id="t", source="t", doc_type="primary_study", study_design="case_report")
    record.evidence.append(Finding("study_design", "case_report", "case report", 0, 11))
    findings = cohort_size.extract(_document("A case report of a 45-year-old woman."), None,
                                   record)
    assert [f.value for f in findings] == [1]
    assert findings[0].method == "derived"


def test_registry_enrollment_is_structured_first():
    text = "Enrollment: 36\nSixty patients will be recruited."
    value = _cohort(text, doc_type="registry_record", kind="ctgov",
                    sections=[("enrollment", 0, 14)],
                    metadata={"enrollment_count": 36, "enrollment_type": "ACTUAL"})
    assert value == 36


def test_withdrawn_registry_study_has_no_cohort():
    text = "Overall status: WITHDRAWN\nEnrollment: 0"
    assert _cohort(text, doc_type="registry_record", kind="ctgov",
                   sections=[("enrollment", 26, 39)],
                   metadata={"enrollment_count": 0}) is None


def test_eligibility_section_is_ignored():
    text = "Eligibility: 20 patients aged over 18 with POI.\nTwelve women were enrolled."
    value = _cohort(text, sections=[("eligibility", 0, 47), ("methods", 48, len(text))])
    assert value == 12


@pytest.mark.parametrize("heading", ["References", "List of references", "Literature cited"])
def test_reference_titles_are_ignored(heading):
    text = (f"Rats with uterine scars received MSCs.\n{heading}\n"
            "1. Smith J. Twenty women were enrolled in a trial of MSCs. Fertil Steril. 2010.")
    assert _cohort(text) is None


@pytest.mark.parametrize("text,expected", [
    ("80", 80), ("1,200", 1200), ("Twenty-five", 25), ("twenty five", 25), ("Sixty", 60),
    ("one hundred and twenty", 120), ("a hundred", 100), ("Seventeen", 17),
    ("48.5", None), ("twenty million", None), ("many", None),
    # number words of other languages (cues/number_words.txt)
    ("veinte", 20), ("Siete", 7), ("treinta y dos", 32), ("veintidós", 22), ("vinte e dois", 22),
    ("vingt-deux", 22), ("dix-sept", 17), ("Zwei", 2), ("zwölf", 12), ("due", 2), ("dez", 10),
    ("una", None), ("eine", None),  # the indefinite article as often as one
])
def test_parse_count(text, expected):
    assert parse_count(text) == expected


# A count with one cue for it, in the results: enough in a study of patients, where a cohort
# exists by design; not when the design is unknown.
@pytest.mark.parametrize("design,expected", [
    ("case_series", 10), ("single_arm", 10), ("rct", 10), (None, None),
])
def test_one_cue_is_enough_in_a_study_of_patients(design, expected):
    text = ("Methods: Women with severe Asherman syndrome underwent hysteroscopic adhesiolysis "
            "and an amniotic graft.\nResults: Ten women received the graft between 2011 and "
            "2015.")
    assert _cohort(text, design=design) == expected
