"""Context flags read from a mention's sentence: negation, hedging, background, comparison."""
import pytest

from extractor.nlp import context
from extractor.nlp.pipeline import SPANS_KEY


def flags_of(nlp, text, mention):
    doc = nlp(text)
    span = next(s for s in doc.spans[SPANS_KEY] if s.text == mention)
    return span._.negated, span._.hedged, span._.background, span._.compared


CASES = [
    # text, mention, (negated, hedged, background, compared)
    ("Hysteroscopy confirmed no intrauterine adhesions.", "intrauterine adhesions",
     (True, False, False, False)),
    ("Women without POI were excluded.", "POI", (True, False, False, False)),
    ("Twelve women with POI were treated.", "POI", (False, False, False, False)),
    ("MSCs may restore ovarian function.", "MSCs", (False, True, False, False)),
    ("ADSCs are a promising therapy.", "ADSCs", (False, True, False, False)),
    ("MSCs have differentiation potential and self-renewal ability.", "MSCs",
     (False, False, False, False)),
    ("Previous studies used bone marrow mononuclear cells.", "bone marrow mononuclear cells",
     (False, False, True, False)),
    ("Herraiz et al. reported pregnancies after ADSCs.", "ADSCs", (False, False, True, False)),
    ("Gargett and Healy reported in 2011 treatment of a case with Asherman's syndrome.",
     "Asherman's syndrome", (False, False, True, False)),
    ("In 2011 we treated a case with Asherman's syndrome.", "Asherman's syndrome",
     (False, False, False, False)),
    ("Women with POI often experience hot flashes.", "hot flashes", (False, False, True, False)),
    ("Exosomes improved thickness compared with PRP alone.", "PRP", (False, False, False, True)),
    ("Unlike bone marrow mononuclear cells, SVF was used.", "bone marrow mononuclear cells",
     (False, False, False, True)),
    ("hAECs have properties resembling embryonic stem cells.", "embryonic stem cells",
     (False, False, False, True)),
    ("Klinefelter syndrome is common in infertile men with oligospermia.", "oligospermia",
     (False, False, True, False)),
    ("MSC have recently been used to treat premature ovarian failure.",
     "premature ovarian failure", (False, False, True, False)),
    ("Literature reports indicate that IUA occurs in 25%-30% of women after curettage.", "IUA",
     (False, False, True, False)),
    ("It is a well-established fact that ovarian function is modulated by FSH.", "FSH",
     (False, False, True, False)),
]


@pytest.mark.parametrize("text, mention, expected", CASES)
def test_context_flags(nlp, text, mention, expected):
    assert flags_of(nlp, text, mention) == expected


def spans_of(nlp, text, label):
    doc = nlp(text)
    return [s for s in doc.spans[SPANS_KEY] if s.label_ == label]


@pytest.mark.parametrize("text, mention, expected", [
    ("Thin endometrium is associated with recurrent implantation failure (RIF).",
     "recurrent implantation failure", True),
    ("Thin endometrium caused by Asherman syndrome was treated.", "Asherman syndrome", False),
    ("POI leads to infertility.", "infertility", True),
    ("Women with POI and infertility were enrolled.", "infertility", False),
])
def test_is_consequence(nlp, text, mention, expected):
    conditions = spans_of(nlp, text, "conditions")
    span = next(s for s in conditions if s.text == mention)
    assert context.is_consequence(span, conditions) is expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Busulfan was intraperitoneally used for induction.", "intraperitoneally", True),
    ("MSCs were given intraperitoneally to the mice.", "intraperitoneally", False),
    # an agent after a word of time only dates the giving
    ("Four weeks after busulfan, MSCs were injected intraperitoneally.", "intraperitoneally",
     False),
    ("Cells were injected after the last busulfan injection into the efferent ducts.",
     "efferent ducts", False),
])
def test_follows_induction(nlp, text, mention, expected):
    span = next(s for s in spans_of(nlp, text, "routes") if s.text == mention)
    assert context.follows_induction(span) is expected


@pytest.mark.parametrize("text, mention, expected", [
    ("Female mice received intraperitoneal cisplatin for 10 days.", "intraperitoneal", True),
    ("Rats had an intraperitoneal injection of busulfan.", "intraperitoneal", True),
    ("MSCs were injected intraperitoneally after cisplatin.", "intraperitoneally", False),
    ("MSCs were injected intraperitoneally, and cisplatin was given.", "intraperitoneally",
     False),
])
def test_precedes_induction(nlp, text, mention, expected):
    span = next(s for s in spans_of(nlp, text, "routes") if s.text == mention)
    assert context.precedes_induction(span) is expected


@pytest.mark.parametrize("text, expected", [
    ("This study aimed to evaluate hUCMSC in animals with POI.", True),
    ("The investigators need to direct this study and test placental MSC in women with RIF.",
     True),
    ("Previous studies used MSC in women with POI.", False),
    ("We present two cases of women with POI who resumed menses.", True),
    ("Women with POI often seek donor eggs.", False),
    # the closing sentence of a background, and a case report naming its case
    ("Therefore, we assessed the safety of autologous cells in a monkey model of POI.", True),
    ("The paper presents a case of a woman with POI who became pregnant.", True),
    ("Here, we investigated hUC-MSCs in rats with POI.", True),
    # a registry summary's plain-language aim, with "the" for "this"
    ("The goal of this clinical trial is to learn if MSCs help women with POI.", True),
    ("The goal of the trial is to see if this treatment helps men with azoospermia.", True),
    ("The purpose of the study was to test MSCs in rats with POI.", True),
    ("The goal of treatment for POI is symptom relief.", False),
])
def test_states_aim(nlp, text, expected):
    span = spans_of(nlp, text, "conditions")[0]
    assert span._.aim is expected and context.states_aim(span) is expected


@pytest.mark.parametrize("text, expected", [
    ("Cells were transplanted into the ovaries.", True),
    ("Transplantation of human UC-MSCs into ovaries of POI patients.", True),
    ("Stem cells could integrate into the ovaries.", False),
    ("Adhesions were seen in the uterine cavity.", False),
    ("Placental MSC differentiate to endometrium.", False),
    ("The scaffold was placed in the uterine cavity.", True),
    ("Injection of autologous adult bone marrow derived stem cells into the ovarian stroma.",
     True),
    ("The cells were transplanted to the rat uterus.", True),
    ("At the time of delivery, only 1 million follicles remain in the ovary.", False),
    # a bracketed aside is passed over whole, its length and its punctuation
    ("An investigation into transplanting human embryonic stem cells (hESC)-derived MSC-like "
     "cells (M cells) into the ovaries of cynomolgus monkeys.", True),
    ("We performed transplantation of hUC-MSCs (1 x 10^6 cells; passage 3) into the uterine "
     "cavity of rats.", True),
    # must not match: a modal outside the brackets still breaks the link
    ("Injected cells (hUC-MSCs) could then migrate into the ovaries.", False),
])
def test_after_delivery(nlp, text, expected):
    sites = spans_of(nlp, text, "route_sites")
    assert sites and context.after_delivery(sites[-1]) is expected


@pytest.mark.parametrize("text, expected", [
    ("SCs suspension was injected over 3–5 min, into each testis.", True),
    # must not match: a comma that closes the clause of giving
    ("The cells were injected, and in the ovary the follicles grew.", False),
])
def test_after_delivery_across_a_comma(nlp, text, expected):
    sites = spans_of(nlp, text, "route_sites")
    assert sites and context.after_delivery(sites[-1]) is expected


@pytest.mark.parametrize("text, expected", [
    ("Transferring good embryos to the uterine cavity.", True),
    ("Transplantation of blastocysts into the uterus.", True),
    ("Cells were transplanted into the uterine cavity.", False),
    ("Transplanting human embryonic stem cell-derived cells into the ovaries of monkeys.", False),
    ("Embryonic stem cells were cultured, and embryos were transferred into the uterus.", True),
])
def test_carries_embryo(nlp, text, expected):
    sites = spans_of(nlp, text, "route_sites")
    cells = spans_of(nlp, text, "cell_sources")
    assert sites and context.carries_embryo(sites[-1], cells) is expected


# The sentence predicates that decide whether an outcome mention counts, each with real
# phrasings that must and must not satisfy it.
OUTCOME_SENTENCE_CASES = {
    "states_result": [
        ("Stem cell-loaded scaffolds significantly increased endometrial thickness.", True),
        ("Of the 522 patients treated, 60 (11.7%) became pregnant.", True),
        ("Adult stem cells promote follicular development.", True),
        ("No serious adverse reactions were observed during stem cell therapy.", True),
        ("MSCs have been differentiated into germ cells in vitro.", True),
        # must not match: aims, plans, lists of measures, mechanisms, definitions
        ("Purpose: To evaluate the efficacy, safety, and limitations of cellular therapy.", False),
        ("NCT03381807 Evaluation of the changes of endometrial thickness, pregnancy rate.", False),
        ("Improvements in endometrial thickness and pregnancy rates were compared between groups.",
         False),
        ("Various techniques have been tried to improve egg quality.", False),
        ("The stem cells express FSHR and respond to FSH by undergoing self-renewal.", False),
        ("The endometrium provides an essential environment for embryo implantation.", False),
    ],
    "narrates": [
        ("Six months after her discharge, Mrs. Cen was informed to be pregnant.", True),
        ("The mice that had the injections went on to have huge litters of young.", True),
        ("So far, no sperm have been detected in his semen.", True),
        # must not match: present-tense accounts of a disease
        ("Women with premature ovarian failure may still become pregnant.", False),
        ("The endometrial lining is essential for pregnancy.", False),
    ],
    "harm_of_agent": [
        ("Premature ovarian insufficiency is one of the most serious side effects of "
         "chemotherapy in young cancer survivors.", True),
        ("Spermatogonial stem cells in reversing cisplatin-induced testicular toxicity.", True),
        ("The chemotherapeutic agent Cisplatin has testicular damage as a side effect.", True),
        ("The current study recommends stem cell therapy for the testicular side effect of "
         "cisplatin chemotherapy.", True),
        # must not match: the therapy's own safety, even in a chemotherapy model
        ("No side effects were observed after the injection of MSCs.", False),
        ("In busulfan-treated mice, stem cell transplantation caused no obvious side effects "
         "in the liver or kidney.", False),
        ("The intrauterine infusion was well tolerated and had no side effects.", False),
    ],
    "asks_for_more_work": [
        ("More research is needed to determine the safety and efficacy of stem cell therapy.",
         True),
        ("The study team has not published outcome measurements or safety data for this trial "
         "yet.", True),
        # must not match: a reported safety finding
        ("No serious adverse events were reported during 12 months of follow-up.", False),
    ],
    "wished_for": [
        ("Over 60 POI patients who had an intention to get pregnant were examined.", True),
        ("Endometrial rejuvenation is for women who struggle to become pregnant.", True),
        ("Such a technique could be used to help sterile women conceive.", True),
        ("The biggest challenge is helping infertility patients to get pregnant.", True),
        # must not match: an account of what happened
        ("Three months after the infusion she became pregnant.", False),
        ("Two of the treated women conceived naturally.", False),
    ],
    "prevented": [
        ("Restoring estrogen in women with POI helps prevent some complications, such as "
         "osteoporosis.", True),
        ("Surgery can be used to treat some of the patient's complications.", True),
        # must not match: a safety finding
        ("The cells were infused without complications.", False),
        ("Two patients had minor complications after the injection.", False),
    ],
    "aimed_verb": [
        ("The cells were given to rescue fertility of the mice.", True),
        # must not match: a finding in the present
        ("Amniotic fluid stem cells rescue fertility of mice.", False),
        ("hUC-MSCs maintain male fertility in mice treated with paclitaxel.", False),
    ],
    "names_measure": [
        ("Primary outcomes included cumulative clinical pregnancy rates within 12 months.", True),
        ("Adverse events (AEs) will be monitored at each time point.", True),
        ("This pilot study will investigate the ability of EVs to restore folliculogenesis.", True),
        ("The follicle number was counted.", True),
        # must not match: a registry summary's account of the disease
        ("Women delay maternity and, as a consequence, available oocyte number decreases.", False),
        ("More than half of the embryos transferred in IVF fail to implant.", False),
    ],
    "names_animal": [
        ("Eventually, the treated mice gave birth.", True),
        ("治療したマウスは出産した。", True),
        # a Korean word with its particle: "쥐들의" (of the mice)
        ("이들 쥐들의 80%가 새끼를 출산했다.", True),
        # must not match: a woman's child
        ("治療後、健康な赤ちゃんを出産した。", False),
        ("건강한 아기를 출산했다.", False),
    ],
    "names_therapy": [
        ("줄기세포를 투여한 후 임신에 성공했다.", True),
        ("エクソソーム投与後に妊娠した。", True),
        # must not match: a couple's wish with no therapy named
        ("난임 부부의 임신을 돕는다.", False),
    ],
}


@pytest.mark.parametrize("predicate, text, expected", [
    (predicate, text, expected)
    for predicate, cases in OUTCOME_SENTENCE_CASES.items() for text, expected in cases])
def test_outcome_sentence_predicates(nlp, predicate, text, expected):
    span = spans_of(nlp, text, "outcomes")[0]
    assert getattr(context, predicate)(span) is expected


@pytest.mark.parametrize("text, mention, expected", [
    ("hAECs retain the characteristics of embryonic stem cells.", "embryonic stem cells", True),
    ("CD140b (a marker of endometrial stem cells) was measured.", "endometrial stem cells",
     True),
    # must not match: cells that were given
    ("Endometrial stem cells were injected into the uterine cavity.", "Endometrial stem cells",
     False),
])
def test_names_likeness(nlp, text, mention, expected):
    span = next(s for s in spans_of(nlp, text, "cell_sources") if s.text == mention)
    assert context.names_likeness(span) is expected
