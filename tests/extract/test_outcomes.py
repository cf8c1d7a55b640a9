"""outcomes: measured or reported endpoints, negated ones kept, descriptions of disease dropped."""
import pytest

from extractor.extract import outcomes

CASES = [
    ("Number of antral follicles, Anti Mullerian hormone levels, Live birth rate",
     ["antral_follicle_count", "amh", "live_birth"]),
    ("Serum FSH, LH and estradiol (E2) were measured.", ["fsh", "lh", "estradiol"]),
    ("Increased testosterone and inhibin B levels, elevated sperm concentration.",
     ["testosterone", "inhibin_b", "sperm_retrieval"]),
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
    # a negated outcome is still an outcome
    ("No treatment-related serious adverse events occurred.", ["adverse_events"]),
    ("The therapy did not raise any safety concerns.", ["adverse_events"]),
    # must not match: disease descriptions, thresholds, baseline states, procedures, goals
    ("POI is characterized by raised gonadotropins, low anti-Mullerian hormone (AMH), and "
     "estradiol level.", []),
    ("Patients with antral follicle count less than 3 were enrolled.", []),
    ("Her ultrasound showed a low antral follicle count.", []),
    ("Sperm retrieval methods, like micro-TESE, are applied.", []),
    ("Optimizing protocols is pivotal for enhancing their clinical efficacy and safety.", []),
    ("Cells were transplanted on menstrual cycle day 5.", []),
    ("Uterine fluid was collected on the embryo transfer day.", []),
    ("Introduction\nAS causes amenorrhea and recurrent pregnancy loss.", []),
    ("Inclusion criteria: anti-Mullerian hormone below 1.1 ng/ml", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_outcomes(field_values, text, expected):
    assert sorted(field_values(outcomes, text)) == sorted(expected)
