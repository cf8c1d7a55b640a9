"""Study design: registry fields, publication types, and design wording in context."""
import pytest

from extractor.document import Document
from extractor.extract import study_design
from extractor.record import Finding, Record

CASES = [
    # (text, doc_type, expected design)
    ("In this single-center, double-blinded, randomized controlled trial, we investigated...",
     "primary_study", "rct"),
    ("The subjects are randomly divided into intervention and control groups.",
     "registry_record", "rct"),
    ("Sixty patients will be divided into two groups according to randomization (envelope).",
     "registry_record", "rct"),
    ("Allocation: Randomized, Intervention Model: Parallel Assignment", "registry_record", "rct"),
    ("a placebo-controlled trial of intraovarian PRP", "primary_study", "rct"),
    ("This is a prospective, non-randomized controlled clinical trial.", "registry_record",
     "nonrandomized_controlled"),
    ("Participants were divided into two groups: those who received MenSCs and those who "
     "received no intervention.", "primary_study", "nonrandomized_controlled"),
    ("and those receiving hormone therapy as a control group (n=40)", "primary_study",
     "nonrandomized_controlled"),
    ("This double-arm retrospective study included 41 patients; 20 untreated, age-matched "
     "patients served as controls.", "primary_study", "cohort"),
    ("A retrospective cohort study of women treated between 2015 and 2020.", "primary_study",
     "cohort"),
    ("This was a prospective, single-arm longitudinal study.", "primary_study", "single_arm"),
    # designs in Spanish, Portuguese, Italian, French and German
    ("Se trata de un ensayo clínico aleatorizado en 60 mujeres.", "primary_study", "rct"),
    ("Las pacientes fueron asignadas al azar a dos grupos.", "primary_study", "rct"),
    ("Uno studio randomizzato su 60 donne.", "primary_study", "rct"),
    ("Eine randomisierte Studie mit 40 Frauen.", "primary_study", "rct"),
    ("Un essai randomisé chez 30 patientes.", "primary_study", "rct"),
    ("Um ensaio clínico randomizado com 50 mulheres.", "primary_study", "rct"),
    ("Un estudio no aleatorizado con grupo control.", "primary_study",
     "nonrandomized_controlled"),  # must NOT be an RCT
    ("Las pacientes del grupo control recibieron terapia hormonal.", "primary_study",
     "nonrandomized_controlled"),
    ("Estudio sin grupo control en 15 mujeres.", "primary_study", "single_arm"),
    ("Presentamos el caso de una paciente de 38 años con fallo ovárico.", "primary_study",
     "case_report"),
    ("Descriviamo il caso di una donna di 41 anni con sindrome di Asherman.", "primary_study",
     "case_report"),
    ("Wir berichten über eine 38-jährige Patientin mit vorzeitiger Ovarialinsuffizienz.",
     "primary_study", "case_report"),
    ("Presentamos dos casos de mujeres con síndrome de Asherman.", "primary_study",
     "case_series"),
    ("Una serie de casos de mujeres con endometrio delgado.", "primary_study", "case_series"),
    ("Phase 1 clinical trial without control group, on 10 patients", "registry_record",
     "single_arm"),
    ("were enrolled in this before and after self-control prospective study", "primary_study",
     "single_arm"),
    ("Design: Prospective observational pilot study.", "primary_study", "single_arm"),
    ("a non-randomized, open-label phase I clinical trial", "primary_study", "single_arm"),
    ("Study Type\nINTERVENTIONAL\nAllocation\nNA\nMasking\nNONE", "registry_record",
     "single_arm"),
    ("Design: Prospective case series.", "primary_study", "case_series"),
    ("Review of Literature and a Case Report of a birth at 45", "primary_study", "case_report"),
    ("We report a 38-year-old woman who conceived after treatment.", "primary_study",
     "case_report"),
    # a time before the case is the patient's history, not earlier work
    ("A 32-year-old woman had ovarian cortex cryopreserved 10 years previously before "
     "chemotherapy.", "primary_study", "case_report"),
    ("we induced POI in C57/BL6 mice by chemotherapy", "primary_study", "preclinical"),
    ("in a rat model for premature ovarian insufficiency", "primary_study", "preclinical"),
    ("Twelve adult male hamsters were equally divided into two groups.", "primary_study",
     "preclinical"),
    ("Methods: Twenty men with NOA received intratesticular bone marrow cells. Results: Sperm "
     "were found in 3 of 20 men.", "primary_study", "single_arm"),  # a head count, no control
    ("this experiment designed to as a single center, random, and control experiment.",
     "registry_record", "rct"),  # "random" for randomized, in translated registry text
    ("Patients were divided into two groups by the random number table method.",
     "primary_study", "rct"),
    ("Here, we present an original case of POI in a woman who achieved a live birth.",
     "primary_study", "case_report"),
    ("Here, we present an original case of POI. The women (n=10) came to our centre with "
     "infertility.", "primary_study", "case_series"),  # case wording, ten patients
    ("This is a random, open label, and self-control experiment. 24 patients are selected.",
     "registry_record", "rct"),
    ("The patients will be divided randomly in 3 groups, each group contains 3 patients.",
     "registry_record", "rct"),
    ("We present two cases of women with POF who resumed menses after injections.",
     "primary_study", "case_series"),
    ("Intraovarian injection of stem cells: two case reports and a review of the literature",
     "primary_study", "case_series"),
    ("Abstract\nBackground\nOur preclinical work restored fertility in a mouse model.\nCase "
     "presentation\nWe present two cases of women with premature ovarian failure.",
     "primary_study", "case_series"),  # the mouse work is background
    ("Methods: the MSC group received cells and the HRT-only group received hormones.",
     "primary_study", "nonrandomized_controlled"),  # an "-only" arm is a comparator
    ("Testis cell suspensions were xenotransplanted into the testes of nude mice.",
     "primary_study", "preclinical"),
    ("Human SSC xenografts were examined six weeks after transplantation.", "primary_study",
     "preclinical"),
    ("Background: Previously, we performed xenotransplantation of propagated SSCs. In this study "
     "we performed direct injection of cell suspensions.", "primary_study",
     "preclinical"),  # no design of its own: the laboratory work it continues
    ("Abstract\nThe present study performed a meta-analysis of stem cell therapy in animal models "
     "of POF. In addition, a case report of a patient treated with stem cells was included.",
     "primary_study", "case_report"),  # the animals are what the meta-analysis pooled
    ("So far 12 women with POF have received the cells. Nine resumed menses.", "primary_study",
     "case_series"),  # a running tally of treated patients
    ("Group A (n = 20) received BM-MSCs. Group B (n = 20) received hormone therapy.",
     "primary_study", "nonrandomized_controlled"),  # two arms sized, allocation not stated
    ("Patients are subjected into 3 groups, with low (0.2×107), medium (0.5×107) and high "
     "dosage (1.0×107) of cells injection for each ovary.", "registry_record",
     "single_arm"),  # groups that differ only in dose: no control group
    ("Patients are subjected into 3 groups, with low, medium and high dosage of cells.",
     "primary_study", "single_arm"),
    ("Two groups will receive different doses of MSCs.", "registry_record", "single_arm"),
    ("Sections of busulfan-treated testis show empty seminiferous tubules.", "primary_study",
     "preclinical"),  # the induced animal model
    ("Figure 5: Sections of treated testes with rAT-MSCs.", "primary_study",
     "preclinical"),  # cells from a rat donor
    ("Twenty women who had previously failed IVF were enrolled.", "primary_study",
     "single_arm"),  # the patients' history, not earlier work
    ("This prospective comparative study included 60 women.", "primary_study",
     "nonrandomized_controlled"),
    ("Outcomes were compared with historical controls.", "primary_study",
     "nonrandomized_controlled"),
    ("We compared 20 women receiving MSCs with 20 women receiving hormone therapy.",
     "primary_study", "nonrandomized_controlled"),  # two head counts side by side
    ("We retrospectively compared 40 women treated with stem cells with 40 untreated women.",
     "primary_study", "cohort"),  # a retrospective treated-versus-untreated comparison
    ("In this retrospective study, we compared 30 women with thin endometrium who received "
     "intrauterine PBMC with 30 women who did not.", "primary_study", "cohort"),
    ("Ten women received MSCs. AMH was compared 3 months with 6 months after the injection.",
     "primary_study", "single_arm"),  # times compared, not groups
    ("A quasi-experimental study of 30 women with thin endometrium.", "primary_study",
     "nonrandomized_controlled"),
    ("Forty women were assigned to intrauterine infusion of stem cells (n = 20) or estrogen "
     "therapy (n = 20).", "primary_study", "nonrandomized_controlled"),  # alternatives, no allocation
    ("We compared intrauterine MSC infusion (n = 18) versus hormone therapy (n = 17).",
     "primary_study", "nonrandomized_controlled"),
    ("Thirty women underwent adhesiolysis with MSCs on a scaffold. Recurrence was lower "
     "compared with adhesiolysis alone.", "primary_study",
     "nonrandomized_controlled"),  # a comparator arm: the same care without the cells
    ("Forty women received PRP plus stem cells or PRP alone.", "primary_study",
     "nonrandomized_controlled"),
    ("Methods: We retrospectively reviewed 80 women; 40 received MSCs after adhesiolysis and "
     "40 had adhesiolysis alone.", "primary_study", "cohort"),
    ("Women received intraovarian stem cells; the HRT-alone group served for comparison.",
     "primary_study", "nonrandomized_controlled"),
    ("Twelve women received stem cells. G-CSF injections alone could improve ovarian function.",
     "primary_study", "single_arm"),  # must NOT match: no comparing word
    ("Twenty women received stem cells; those with hypertension or diabetes alone had more "
     "side effects.", "primary_study", "single_arm"),  # must NOT match: a list
    ("Twelve women received cells; four had prior support with IABP (n = 2) or ECMO (n = 2).",
     "primary_study", "single_arm"),  # must NOT match: a breakdown, not arms
    ("Among 794 participants, compared with patients aged <65 years (n = 369), 65-74 years "
     "(n = 237) had similar reductions.", "primary_study",
     "single_arm"),  # must NOT match: strata listed, no joining word
    ("Intervention Model: Crossover Assignment", "registry_record", "nonrandomized_controlled"),
    ("Arm 1: MSC injection. Arm 2: standard care.", "registry_record",
     "nonrandomized_controlled"),  # a second arm
    ("Dose-escalation study of MSCs in three cohorts of three patients.", "primary_study",
     "single_arm"),
    ("We report here four cases of ovarian recovery in patients who received hormonal "
     "replacement therapy.", "primary_study", "case_series"),
    ("We describe herein three women who conceived after intraovarian cell injection.",
     "primary_study", "case_series"),
    ("We present here a case of POI treated with autologous bone marrow cells.",
     "primary_study", "case_report"),
    ("Sperm samples were collected from 30 healthy men, divided into two groups and "
     "co-cultured with MSC secretome.", "primary_study", "preclinical"),  # bench work
    ("To model cisplatin injury, exosomes were co-cultured with the granulosa cells.",
     "primary_study", "preclinical"),
    ("GC from 23 women who underwent in vitro fertilization were cultured and exposed to "
     "UC-MSCs-CM for 24 hr.", "primary_study", "preclinical"),  # the only people gave samples
    ("Granulosa cells of 23 IVF women were exposed to the MSC secretome.", "primary_study",
     "preclinical"),
    ("Methods: We retrospectively analyzed 69 patients who underwent FET.\nResults: Thin "
     "endometrium correlated with lower pregnancy rates compared to patients with a thicker "
     "endometrium.", "primary_study", "cohort"),  # a records review comparing two groups
    ("This study has 4 arms namely UC-MSCs treatment, secretomes treatment, UC-MSCs and "
     "secretomes treatment, and control.", "registry_record", "nonrandomized_controlled"),
    ("Half of participants will receive collagen/ABMNC scaffold after hysteroscopic "
     "adhesiolysis, while the other half will receive Foley catheter balloon.",
     "registry_record", "nonrandomized_controlled"),  # a registry summary's two halves
    ("Equine endometrosis causes infertility in mares. Cells were infused into the uterus "
     "before and after biopsy.", "primary_study", "preclinical"),  # a veterinary study
    # must NOT match
    ("Arm 1: low dose of MSCs. Arm 2: high dose of MSCs.", "registry_record",
     "single_arm"),  # arms of doses only
    ("Group B streptococcus was cultured; this was a single-arm study.", "primary_study",
     "single_arm"),  # "Group B" names a germ, not an arm
    ("Women will be divided into three groups: placebo, low dose and high dose.",
     "registry_record", "nonrandomized_controlled"),  # dose groups beside a placebo group
    ("Patients were divided into two groups receiving low-dose or high-dose cells; a third "
     "group served as controls.", "primary_study", "nonrandomized_controlled"),
    ("No randomized trials have tested this. In this study, 20 rats were given cells.",
     "primary_study", "preclinical"),  # the missing trials are literature, not this design
    ("Patients were seen in random order; this was a single-arm study.", "primary_study",
     "single_arm"),  # random order of visits is not random allocation
    ("We present cases from the literature.\nThis was a single-arm study.", "primary_study",
     "single_arm"),  # "cases" is not one case of the authors
    ("Cells were isolated and cultured in vitro before injection.\nAllocation: N/A",
     "registry_record", "single_arm"),  # cultured in vitro is not an in-vitro study
    ("Patients underwent in vitro fertilization after a single-arm infusion.",
     "primary_study", "single_arm"),  # IVF is not in-vitro work
    ("Women were randomized to transfer after embryo co-culture or standard culture.",
     "primary_study", "rct"),  # embryo co-culture is an IVF method, not bench work
    ("Further randomized controlled trials are needed.\nThis was a single-arm pilot study.",
     "primary_study", "single_arm"),  # future work, not this design
    ("Previous studies in mice have shown benefit.\nThis was a single-arm study in women.",
     "primary_study", "single_arm"),  # background animal work
    ("The patients were divided into two groups and randomly seen by doctors.",
     "primary_study", "nonrandomized_controlled"),  # random visits, not random allocation
    ("Inclusion criteria:\nWomen without a control group of ovaries\n", "primary_study", None),
    ("Her left arm was swollen after the infusion. This was a single-arm study.",
     "primary_study", "single_arm"),  # a body part is no study arm
    ("Background: Previously, we studied mice. Methods: Twenty women were enrolled.",
     "primary_study", "single_arm"),  # background animal work when the study has people
    ("Twelve women have been treated in this trial so far. Nine resumed menses.",
     "primary_study", "single_arm"),  # treated within a trial: not a practice tally
    ("Endometrial biopsies from 7 patients were cultured and the autologous cells transplanted "
     "back into their uterus.", "primary_study", None),  # cells given back: not bench work
    ("Methods: We retrospectively analyzed 20 patients given intraovarian PRP. AMH rose "
     "compared with baseline.", "primary_study", "single_arm"),  # before and after, one group
    ("Registration Status: Retrospectively registered\nTwenty women were enrolled; AMH was "
     "compared with that of age-matched women.", "primary_study",
     "single_arm"),  # the registration was retrospective, not the study
    ("Study Design\nPARALLEL\nTarget Recruitment\n20", "registry_record",
     "single_arm"),  # a bare layout word names no comparator
    ("Phase 1\nPatients would be coded and data kept on paper and electronic case report "
     "forms.", "registry_record", "single_arm"),  # case report forms are data sheets
    ("Methods: We retrospectively analyzed 20 patients given intraovarian PRP. Implantation "
     "rose (66.7% vs. 4.8%).", "primary_study", "single_arm"),  # figures side by side only
    # a comparator stated as a design adjective, without its allocation
    ("Phase 1\nIn this study, a single-center, controlled, open-label design was used for a "
     "dose escalation study.", "registry_record", "nonrandomized_controlled"),
    ("Material and Methods: This study was designed as a controlled study of 40 women.",
     "primary_study", "nonrandomized_controlled"),
    ("This uncontrolled pilot study enrolled 12 women.", "primary_study",
     "single_arm"),  # must NOT match: uncontrolled
    ("Phase 1\nA non controlled study of intrauterine cells.", "registry_record",
     "single_arm"),  # must NOT match: non controlled
    # organoids are tissue grown in the dish
    ("Spermatogonial Differentiation of Stem Cells from Human Testes in a 3D Organoid System",
     "primary_study", "preclinical"),
    ("The trial registered 'Spermatogonial Differentiation Via Testicular Organoid'.", "news",
     "preclinical"),
    # a registry's registration-timing field dates the record, not the study
    ("Registration timing: retrospective\nTwo groups: cells versus control group.",
     "registry_record", "nonrandomized_controlled"),
    ("Prospective/Retrospective\nRetrospectively registered\nTwo groups were compared with "
     "control women.", "registry_record", "nonrandomized_controlled"),
    ("This retrospective study compared treated patients with control patients.",
     "primary_study", "cohort"),  # still a cohort when the study itself is retrospective
    # "one arm of the study" is one of several arms
    ("One arm of the study gave cells to the ovary. In the mobilization-only study arm cells "
     "were mobilized.", "news", "nonrandomized_controlled"),
    ("This one-arm study enrolled women with POI.", "primary_study", "single_arm"),
    # the adverb alone describes a thorough narrative survey, not a systematic method
    ("Herein, we systematically review TE causes, mechanisms, and treatments.", "review",
     "narrative_review"),
    ("We systematically reviewed PubMed and Embase for trials of MSCs in POI.", "review",
     "systematic_review"),  # with the databases searched
    ("This systematic review of stem cell therapy for POI followed PRISMA.", "review",
     "systematic_review"),
    # animals put into groups are the study's own subjects, under any heading
    ("Abstract\nBackground\nMouse endometrial injury models were established and mice were "
     "randomly divided into control, model, PDGF and MenSCs groups.", "primary_study",
     "preclinical"),
    ("Background\nFive normal mature hamsters were selected as normal intact control.",
     "primary_study", "preclinical"),
    ("Material/Methods\nAfter induction of azoospermia, hamsters were injected with BM-MSCs. "
     "Testes of three groups were removed.", "primary_study", "preclinical"),
    ("Material and Methods\nRats were treated with busulfan.", "primary_study", "preclinical"),
    ("Sıçanlar, Sham grubu (S) (n=8) ve MSC grubu (n=8) olarak randomize edildi.",
     "primary_study", "preclinical"),  # Turkish "rats"
    # must NOT count: animals of earlier work named in the background, without allocation
    ("Background\nCells restored fertility in mice. Methods\nWomen were randomly assigned to "
     "cells or placebo.", "primary_study", "rct"),
    # a registry's "<Type>: <name>" intervention naming a comparator is a control arm
    ("Interventions\nOther: standard treatment\nBiological: autologous MSCs",
     "registry_record", "nonrandomized_controlled"),
    ("Uterine Scar | Other: Umbilical cord MSCs Other: 0.9% Saline | Phase 2 |",
     "registry_record", "nonrandomized_controlled"),
    ("Interventions\nBiological: autologous MSCs\nProcedure: hysteroscopy", "registry_record",
     "single_arm"),  # must NOT match: no comparator among the interventions
    # the arms listed after the eligibility criteria are not criteria
    ("Exclusion Criteria:\n- Previous ovarian surgery\nArms of the Study\nControl arm\n"
     "POI women randomized to the ASCOT technique", "registry_record", "rct"),
]


def _document(text, kind="text", sections=(), metadata=None):
    return Document(doc_id="sha256:test", source="test.txt", kind=kind, title=None, text=text,
                    sections=list(sections), metadata=dict(metadata or {}))


def _record(doc_type):
    record = Record(doc_id="t", source="t", doc_type=doc_type)
    record.evidence.append(Finding("doc_type", doc_type, "", 0, 0))
    return record


def _design(text, doc_type="primary_study", **extra):
    document = _document(text, **extra)
    findings = study_design.extract(document, None, _record(doc_type))
    for finding in findings:
        assert finding.quote == document.text[finding.start:finding.end]
    return findings[0].value if findings else None


# Stem cells differentiated in the dish, and the article-type label of Baishideng journals.
@pytest.mark.parametrize("text,expected", [
    ("Materials and Methods: Then the cells were differentiated to germ cells in inductive "
     "medium containing retinoic acid.", "preclinical"),
    ("Results: ADMSCs differentiated into oocyte-like cells in vitro.", "preclinical"),
    ("Methods: iPSCs were tested for in vitro differentiation into germ cells.", "preclinical"),
    ("Basic Study Open Access\nCopyright \u00a9The Author(s) 2020.\nHuman embryonic stem "
     "cell-derived mesenchymal stem cells improved premature ovarian failure", "preclinical"),
    # must not match: an IVF method, a cell's potential, the label inside a sentence
    ("Methods: 40 women were randomized to two different culture media for in vitro "
     "fertilization.", "rct"),
    ("Methods: After ovulation induction for in vitro fertilization, 30 women were enrolled.",
     "single_arm"),
    ("This basic study open access policy applies to all trials. Methods: 20 women were "
     "enrolled.", "single_arm"),
])
def test_laboratory_work_wording(text, expected):
    assert _design(text, "primary_study") == expected


@pytest.mark.parametrize("text,doc_type,expected", CASES)
def test_design_from_text(text, doc_type, expected):
    assert _design(text, doc_type) == expected


@pytest.mark.parametrize("text,doc_type,expected", [
    ("Here, we conducted a meta-analysis of self-controlled clinical trials.", "review",
     "systematic_review"),
    ("This systematic review attempts to investigate MSC therapy for NOA.", "review",
     "systematic_review"),
    ("This editorial offers a succinct summary of MSC therapy.", "review", "narrative_review"),
    ("We systematically searched PubMed, Embase and the Cochrane Library for trials of MSCs.",
     "review", "systematic_review"),  # a search of several databases
    ("We searched PubMed, Embase and Web of Science for randomized trials of PRP.", "review",
     "systematic_review"),
    ("Articles were collected from PubMed, Google Scholar and SID. Totally 638 articles were "
     "found. 620 articles were excluded by reading the title.", "review",
     "systematic_review"),  # the review counts its own study selection
    ("Results Out of 211 identified records, 10 studies were included.", "review",
     "systematic_review"),
    ("Endometrial thickness rose at three months (standardized mean difference [SMD] 2.43, "
     "95% CI: 1.72 to 3.13).", "review", "systematic_review"),  # a pooled estimate
    ("Table 2. Outcomes No. studies No. Participants Summary SMD (95%CI) I2 (%)", "review",
     "systematic_review"),  # the table of a meta-analysis
    # must NOT match: a single literature search, and meta-analyses of others
    ("In this article, we searched the published literature between 2000 and 2020 from the "
     "PubMed database and summarized the preclinical research data.", "review",
     "narrative_review"),
    ("Recent meta-analyses by Busnelli et al (2021) and Yang et al (2019) have evaluated PBMC "
     "administration for RIF.", "review", "narrative_review"),
    ("A meta-analysis [12] found higher pregnancy rates. This review summarizes MSC therapy.",
     "review", "narrative_review"),
    ("Li et al. pooled twelve trials; 12 studies were included in their analysis. This review "
     "discusses MSC therapy.", "review", "narrative_review"),  # another review's selection
    ("Studies were identified in the literature over two decades; this review discusses "
     "methodological heterogeneity of MSC trials.", "review",
     "narrative_review"),  # no counts, no pooled statistics
    ("Book a consultation with our clinic; randomized trials show benefit.", "promotional",
     "not_applicable"),
    ("Researchers injected stem cells into a group of mice given chemotherapy.", "news",
     "preclinical"),
    ("The patient, a cancer survivor, received his own stem cells.", "news", "case_report"),
    ("The patient became pregnant three months after the injection.", "news", "case_report"),
    ("Cells collected from the patient are multiplied in the laboratory and given back to the "
     "patient by vein.", "news", "not_applicable"),  # explains a procedure: no one case
    ("In case the patient is not willing to opt for IVF, stem cells are an option.", "news",
     "not_applicable"),
    ("Depending on the age of the patient, the impact of chemotherapy on the ovaries can range "
     "from mild to devastating.", "news", "not_applicable"),  # any patient, not one case
    ("Several clinical trials have demonstrated the efficacy of stem cell therapy.", "news",
     "not_applicable"),
    ("The clinical trial included 20 women with Asherman syndrome who had not responded to "
     "surgery.", "news", "single_arm"),  # a concrete trial with a head count
    ("Asherman syndrome affects 20 women in every thousand.", "news",
     "not_applicable"),  # a prevalence, not a study's head count
    ("This study will test the safety and feasibility of two approaches.", "registry_record",
     "single_arm"),
    ("In the case of the mobilization-only study arm, cells are not administered.", "news",
     "nonrandomized_controlled"),  # a named comparator arm
    ("Over the past two years, 23 patients have been treated this way. Nine have recovered.",
     "news", "case_series"),  # treated in practice, counted afterwards
    ("After years of experiments on animals, including rats and pigs, doctors treated a woman. "
     "The patient gave birth.", "news", "case_report"),  # the animal work came before
    ("A firm claimed that out of a small study with 17 embryo transfers in women who previously "
     "failed IVF, nine women became pregnant.", "news", "single_arm"),  # human results reported
    ("The company said it achieved a pregnancy rate of 53% with the treatment.", "news",
     "single_arm"),
    ("Doctors injected stem cells into the ovaries of women with failed ovaries. Three of them "
     "later became pregnant, the team said.", "news", "single_arm"),  # "of them", an adverb
    ("A biologist said that no controlled animal studies on this approach have been published. "
     "Nine women became pregnant after the treatment.", "news",
     "single_arm"),  # animal studies named only as missing from the literature
    ("Le staminali sono state fatte crescere in laboratorio per 5-6 giorni.", "news",
     "preclinical"),  # Italian: grown in the laboratory
    ("Alcune cellule staminali murine sarebbero state impiantate in un frammento di tessuto "
     "ovarico umano e lasciate crescere in vitro.", "news", "preclinical"),
    ("El hospital La Fe ha conseguido cuatro embarazos en pacientes con fallo ovárico.", "news",
     "single_arm"),  # Spanish: human results reported
    ("First baby born with IVF that uses stem cells to pep up old eggs", "news", "case_report"),
    # Laboratory animals named in other languages
    ("Para la realización del estudio, el equipo utilizó 60 ratas experimentales.", "news",
     "preclinical"),
    ("Tras inyectarlas en ratones hembras infértiles, se produjo el embarazo.", "news",
     "preclinical"),
    ("Um total de 27 coelhas da raça Nova Zelândia foram divididas em três grupos.",
     "primary_study", "preclinical"),
    ("I ricercatori hanno trapiantato le cellule nelle ovaie di topi sterili.", "news",
     "preclinical"),
    ("Die Zellen wurden in die Hoden von Mäusen injiziert.", "news", "preclinical"),
    ("L'indagine è stata condotta su cavie con un difetto al gene Hoxa11.", "news",
     "preclinical"),  # Italian "cavie": laboratory animals
    ("Les chercheurs ont greffé ces cellules chez des souris stériles.", "news", "preclinical"),
    ("将干细胞移植到卵巢早衰大鼠体内。", "primary_study", "preclinical"),
    ("Изследователите провели опити върху 45 лабораторни мишки с овариална недостатъчност.",
     "news", "preclinical"),  # Bulgarian
    ("Учёные ввели стволовые клетки крысам с бесплодием.", "news", "preclinical"),  # Russian
    ("Лечение стволовыми клетками проводится в нашей клинике.", "news",
     "not_applicable"),  # must NOT: a clinic page naming no animal
    # ... and work on animals named as such, or on monkeys
    ("Si cette méthode n’a été testée que sur des animaux, elle donne un espoir.", "news",
     "preclinical"),
    ("Im Tierversuch ist es gelungen, aus Eierstock-Stammzellen neue Eizellen zu entwickeln.",
     "news", "preclinical"),
    ("Kemik iliği verildikten sonra kısır farelerde doğurganlık geri geldi.", "news",
     "preclinical"),
    ("Erste Tests an Affen erfolgreich: die Zellen bildeten Spermien.", "news", "preclinical"),
    ("Ya lo han hecho en Japón con ratones. El hospital ha conseguido tres embarazos en "
     "pacientes.", "news", "single_arm"),  # human results outweigh other people's mouse work
    ("She is the first woman to give birth after ovarian stem cell therapy.", "news",
     "case_report"),
    ("Doctors announced the first baby born after ovarian rejuvenation with PRP.", "news",
     "case_report"),
    # must NOT match
    ("IVF has a pregnancy rate of about 30% in women over 35, experts say.", "news",
     "not_applicable"),  # a background statistic, not a programme's result
    ("Mice treated with the cells gave birth; nine mice became pregnant.", "news",
     "preclinical"),  # animal results
    ("La terapia tópica se aplica en consulta.", "news",
     "not_applicable"),  # "tópica" is no Italian "topi"
    ("Researchers recruited three infertile men and collected skin cells. They inserted the "
     "cells into the testes of live mice.", "news", "preclinical"),  # donors, not treated
    ("Louise Brown, the first baby born through IVF, turned 40.", "news",
     "not_applicable"),  # the history of IVF, not this treatment's first birth
    ("Forty years ago, Louise Joy Brown was the first child successfully born from the "
     "revolutionary procedure known as in-vitro fertilization, or IVF.", "news",
     "not_applicable"),  # a feature article's opening: no cell therapy in the sentence
    ("The first baby born after the new egg-freezing method arrived in May.", "news",
     "not_applicable"),
    ("Los pacientes reciben el alta el mismo día; la técnica se hace en el quirófano.", "news",
     "not_applicable"),  # Spanish news naming no study
    ("Los óvulos se fecundan in vitro y se transfieren al útero.", "news",
     "not_applicable"),  # IVF, not cells grown in the laboratory
    ("Las células madre, cultivadas en laboratorio, se inyectan después en el ovario de la "
     "paciente.", "news", "not_applicable"),  # grown for a treatment: a clinical step
    ("The cells were cultivated in vitro for two weeks before the infusion.", "news",
     "not_applicable"),  # English lab steps are not a study
    # an animal phase, then people treated: the human phase gives the design
    ("After the studies in mice, the team treated 20 women with premature ovarian failure.",
     "news", "single_arm"),
    ("In a first phase the researchers tested the cells in mice. Then 12 women were enrolled "
     "and treated.", "news", "single_arm"),
    ("Tras una primera fase en animales, la investigación avanzó hacia una segunda fase con "
     "veinte pacientes.", "news", "single_arm"),
    ("En una primera fase hicieron un implante de tejido humano en ratones. Tras una primera "
     "prueba con resultados positivos, se probó con veinte pacientes.", "news", "single_arm"),
    # must NOT: people who only gave cells, or an animal phase with no one treated yet
    ("Researchers recruited three infertile men and collected skin cell samples. Then they "
     "inserted the cells into the testes of mice.", "news", "preclinical"),
    ("In a first phase the team tested the cells in mice; the next step will be a trial in "
     "women.", "news", "preclinical"),
    ("Twenty women will be treated after the first phase in mice.", "news",
     "preclinical"),  # the people come before the animal phase is named
    # people treated so far, in other languages
    ("Hasta el momento se han tratado siete mujeres infértiles con esta técnica.", "news",
     "case_series"),
    ("Zwei Frauen wurden bisher behandelt.", "news", "case_series"),
])
def test_design_shaped_by_document_type(text, doc_type, expected):
    assert _design(text, doc_type) == expected


@pytest.mark.parametrize("metadata,section,expected", [
    ({"allocation": "RANDOMIZED"}, "allocation", "rct"),
    ({"allocation": "NON_RANDOMIZED"}, "allocation", "nonrandomized_controlled"),
    ({"allocation": "NA"}, "allocation", "single_arm"),
    ({"intervention_model": "SINGLE_GROUP"}, "intervention_model", "single_arm"),
    ({"study_type": "OBSERVATIONAL"}, "study_type", "cohort"),
    ({"publication_types": ["Journal Article", "Randomized Controlled Trial"]},
     "publication_types", "rct"),
    ({"publication_types": ["Review", "Systematic Review"]}, "publication_types",
     "systematic_review"),
    ({"publication_types": ["Case Reports"]}, "publication_types", "case_report"),
])
def test_structured_design_comes_first(metadata, section, expected):
    text = "FIELD VALUE\nThis single-arm study enrolled women."
    findings = study_design.extract(_document(text, kind="ctgov", sections=[(section, 0, 11)],
                                              metadata=metadata), None, _record("primary_study"))
    assert findings[0].value == expected
    assert findings[0].method == "structured"


def test_text_that_disagrees_with_the_registry_is_kept_as_a_conflict():
    text = "Allocation: NA\nPatients were randomly assigned to two arms."
    findings = study_design.extract(
        _document(text, kind="ctgov", sections=[("allocation", 0, 14)],
                  metadata={"allocation": "NA"}), None, _record("registry_record"))
    assert [f.value for f in findings] == ["single_arm", "rct"]
    assert findings[1].method == "derived" and "conflict" in findings[1].note
