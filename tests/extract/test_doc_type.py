"""Document type: source kind, publication types, then page cues voting together."""
import pytest

from extractor.document import Document
from extractor.extract import doc_type
from extractor.extract.cues import (CueSet, lead_letters, load_cues, parse_cue_line,
                                    split_alternatives)
from extractor.record import Record

CASES = [
    ("Study Type\nINTERVENTIONAL\nAllocation\nRANDOMIZED\nMasking\nDOUBLE\nEnrollment\n40\n",
     "registry_record"),
    ("Official title:\nA Phase I/II Study of Cord Blood Cells\nAllocation: Randomized, "
     "Intervention Model: Parallel Assignment, Masking: None (Open Label)", "registry_record"),
    ("Protocol summary\nStudy aim\nImprovement of ovarian function\nDesign\nRandomised trial\n"
     "Settings and conduct\nPatients are selected...\nIntervention groups\n", "registry_record"),
    # a registry mirror translated into Spanish; Japan's registry
    ("Terapia con células madre en mujeres con insuficiencia ovárica\n5 de agosto de 2020 "
     "actualizado por: Forever Young d.o.o.\nDescripción general del estudio\nEl estudio "
     "actual busca demostrar...", "registry_record"),
    ("jRCT ロゴ\n臨床研究等提出・公開システム\n皮下脂肪組織由来再生細胞を用いた着床不全治療\n"
     "jRCTb070200001", "registry_record"),
    ("The goal of this clinical trial is to learn if exosomes improve endometrial thickness. "
     "The main questions it aims to answer are:\nParticipants will:\nReceive injections.",
     "registry_record"),
    ("Recruitment Status\n\nRECRUITING\n\nClinical Phase\n\nPHASE1\n\nStudy Start Date\n"
     "2024-01-31\n", "registry_record"),
    ("Abstract\nBackground\nPoor ovarian response limits IVF.\nMethods\nThis study consisted "
     "of 180 women.\nResults\nPregnancy rates increased (P < 0.005).", "primary_study"),
    ("Stem Cells Transl Med. 2025;14(4):szaf011. doi: 10.1093/stcltm/szaf011.\nAffiliations\n"
     "Abstract\nWe randomly assigned 25 women to cells or saline.", "primary_study"),
    ("Objective: To evaluate ovarian transplant.\nDesign: Prospective pilot study.\n"
     "Result(s): AFC improved.\nConclusion(s): Promising.\nKeywords: AMH", "primary_study"),
    ("Objective: To compare ovarian response after stem cell transplantation.\nSetting: "
     "University hospital.\nPatient(s): Forty-eight poor responders.\nIntervention(s): "
     "Intraovarian stem cells.", "primary_study"),  # cut before its results
    ("Ovarian rejuvenation with stem cells.\nMain outcome measures: AMH and antral follicle "
     "count.", "primary_study"),
    ("J Hum Reprod Sci. 2018;11(2):125-130. doi: 10.4103/jhrs.JHRS_57_18.\nThis review "
     "analyzes the role of stem cells. Here, we also report the first successful birth after "
     "ovarian stem cell therapy.", "primary_study"),
    ("Abstract\nHere, we conducted a meta-analysis of self-controlled trials. We systematically "
     "searched PubMed, Embase and Cochrane.\nKeywords: stem cells", "review"),
    ("Abstract\nThis editorial offers a succinct summary of MSC therapy for POI.\nCore Tip: "
     "MSC therapy offers promise.\nINTRODUCTION", "review"),
    ("Abstract\nIntrauterine adhesion refers to endometrial repair disorders. This article "
     "aimed to discuss the characteristics of various stem cells.\nIntroduction\n", "review"),
    ("In a groundbreaking development, researchers have made strides in uterine repair, "
     "experts say.\nRelated topics:", "news"),
    ("\"We got very good ovarian function restoration,\" Mohamed said. The team, led by "
     "Dr. Sara Mohamed, injected stem cells into mice.", "news"),
    ("Is Stem Cell Therapy Right for You?\nAlways consult a qualified fertility specialist. "
     "If you're looking for advanced fertility solutions, book a consultation today.",
     "promotional"),
    ("Home > Treatments > Stem Cell Therapy for Azoospermia\nWhat is Azoospermia?\n"
     "Contact us for a free consultation.", "promotional"),
    ("Name: Mrs. Cen\nAge: 26\nNationality: China\nDiagnosis: Premature Ovarian Failure\n"
     "Therapy: Cell-based gene therapy", "promotional"),
    ("Stem cell extraction is a fairly painless procedure done in our GMP certified "
     "laboratory. Prices start at $4,500.", "promotional"),
    ("STEM CELLS FOR PCOS\n\nJan Friberg M.D., Ph.D.\n\nSUMMARY\nMSC have been applied with "
     "great success and are quite safe (March et al 2010).", "promotional"),  # doctor's blog
    ("Endometrium Thinning\n\nThe endometrium is a lining that coats the uterus. Cell therapy "
     "has pioneered novel approaches.", "promotional"),  # lay page
    ("Female Infertility\n\nMany women wish to conceive later. Stem cell treatment may "
     "help.", "promotional"),  # no genre cue, but a treatment: a provider's page
    ("Fertility Enhancement in Ovaries\nNCT ID: NCT06841328\nStudy Results\nThe study team "
     "has not published outcome measurements yet.\nRECRUITING\n60 participants\nBrief Summary"
     "\nParticipants will receive injections of stem cells.", "registry_record"),
    ("Registration number:\nChiCTR2600120936\nDate of Registration:\n2026-03-23\n"
     "Registration Status:\nRetrospective registration\nPublic title:", "registry_record"),
    ("Ages Eligible for Study: 20 Years to 40 Years\nSexes Eligible for Study: Female\n"
     "Accepts Healthy Volunteers: No\nPrincipal Investigator\n", "registry_record"),
    ("Title\n- Conditions\n- Infertility, Female\n- Registration Number\n- NCT05495711\n"
     "- Lead Sponsor\n- Sclnow Biotechnology\n- Brief Summary\nDoctors have follow-up visits.",
     "registry_record"),  # bulleted label lines of a registry mirror
    ("Clinical Trial Summary\n\nPOF is defined as failure of the ovary.\n\nClinical Trial "
     "Description\n\nIn this study sixty women will be recruited.", "registry_record"),
    ("Totally 195 participants were screened and 152 of them were randomly assigned.The "
     "ongoing pregnancy rate was higher (RR=1.52, P=0.012).", "primary_study"),  # bare abstract
    ("Abstract\nBackground\nPOF affects 1% of women.\nCase presentation\nWe present two "
     "cases of women with POF. Two case reports and a review of the literature.",
     "primary_study"),  # own cases outweigh the literature review
    ("Dr. Julio Herrero\nThe study, led by the company Endorenew and published in Nature "
     "Communications, presents the results of a clinical trial.", "news"),  # press piece
    ("Post: Stem Cell Therapy for Infertility: A Revolutionary Approach\nIntroduction\n"
     "1-A. Overview of Infertility\nStem cells could offer new hope to those struggling with "
     "infertility.", "promotional"),  # provider blog with an outline
    ("In this comprehensive guide, we'll explore how stem cell therapy works. Whether you're a "
     "patient or a provider, this article provides in-depth insights.", "promotional"),
    ("Abstract\nThe present study performed a meta-analysis to assess stem cell transplantation "
     "in animal models of POF. In addition, a case report of a patient with POF subjected to "
     "stem cell treatment was included. Published studies were identified by a systematic "
     "review of PubMed and Embase.", "primary_study"),  # the one human case outweighs animals
    pytest.param("In this article:\nStem cell therapy is now being explored as a new option. "
                 "Researchers are studying how these cells can repair damaged reproductive "
                 "tissues.", "news",
                 marks=pytest.mark.xfail(strict=True, reason="a consumer-health explainer with "
                                         "no reporting furniture reads as a provider page")),
    ("MSC-Like Cell Transplantation in Women With POI\nSummary In this study, the investigator "
     "will evaluate the safety of MSC-like cells.\nClinical trials phase Phase 1\nStart date "
     "(estimated) 2019-04-03\nEnd date (estimated) 2021-12-31\nNCT number NCT03877471\nOther "
     "study identifiers\nStudy sites\nPublic contact\nPhone +8617503296371",
     "registry_record"),  # a stem-cell registry's mirror of a trial
    ("This study investigates stem cell therapy for gonadal failure. It will include 60 "
     "participants (30 males, 30 females). Participants will receive intra-gonadal injections."
     "\n⁃ Male patients:\n• Willing and able to provide informed consent. This study could "
     "offer new hope to individuals with gonadal failure.",
     "registry_record"),  # a trial-finder listing retelling the protocol
    ("Background:\nTrying to improve endometrial receptivity, the investigators have thought "
     "about stem cell therapy.\nThe investigators need to direct this study.",
     "registry_record"),  # a sponsor's summary speaks of "the investigators"
    ("Abstract\n\nAdult mammalian ovary was proposed to harbor stem cells. Stem cells comprise "
     "two populations. Further research will help evolving novel strategies.\n\n1. "
     "Introduction\n\nThe central dogma of reproductive biology...", "review"),
    ("cells Review Cellular Therapy via Spermatogonial Stem Cells for Treating Non-Obstructive "
     "Azoospermia Nesma E. Abdelaal 1 * Correspondence:\n[email protected]; Tel.: "
     "+82-42-821-6788 Abstract: Male infertility is a major health problem.",
     "review"),  # the article-type label above the title
    ("Figure 5: Sections of treated testes with rAT-MSCs. Most of the seminiferous tubules "
     "were empty. Original magnifications: a1, b1-X48.", "primary_study"),  # a figure page
    ("骨髓间充质干细胞移植联合雌激素治疗宫腔粘连的实验研究\n刘芳\n【摘要】:研究背景 宫腔粘连又称"
     "Asherman综合征。", "primary_study"),  # a Chinese journal's bracketed abstract heading
    ("Premature Ovarian Failure\n\nOvaries usually produce hormones until the early fifties."
     "\n\nPremature Ovarian Failure Cause\n\nPossible factors include genes.",
     "promotional"),  # a provider's disease explainer, no treatment named
    ("Azoospermia is found in 1% of all men. Simply put, the fluid may hold no sperm. It is "
     "recommended to consult a good fertility expert.\nSome of the symptoms of Azoospermia "
     "are:\n- Lack of sexual drive", "promotional"),
    ("Stem Cell Treatment\n\nDr. Philipe Durant et al., conducted studies at Lyon. A "
     "treatment method is not offered to the patients unless it is approved clinically.\n\n"
     "Will infertility be eliminated permanently?", "promotional"),  # a clinic retells a study
    ("在现代女性健康领域,卵巢早衰笼罩着许多人的生活。近年来干细胞治疗的出现,为这一僵局带来了转机。",
     "promotional"),  # a Chinese provider page: no word spaces around the treatment
    ("Study Start (Actual) 2021-03-01\nEnrollment (Estimated) 60\nMinimum Age: 20 Years\n"
     "Healthy Volunteers: No", "registry_record"),
    ("Why Choose Us\nOur services include PRP and stem cell therapy for thin endometrium.\n"
     "Am I a good candidate?\nFrequently Asked Questions", "promotional"),
    ("In our work we investigated stem cells therapy in Ukraine.\n\nBest Stem Cell clinic in "
     "Ukraine:\n\nTransplantation of embryonic stem cells treats infertility.",
     "promotional"),  # an advertiser ranks itself above its one research phrase
    ("We investigated the best time to inject MSCs in rats with POI.",
     "primary_study"),  # "best" without a clinic and a place
    ("U.S., Feb. 25 -- ClinicalTrials.gov registry received information related to the study "
     "titled 'Spermatogonial Differentiation'.\nThis clinical trial aims to explore sperm "
     "production in vitro.", "news"),  # a dateline opens a wire item
    ("BOSTON, July 28, 2005 ( – A team of Harvard researchers grew eggs in sterilized mice.",
     "news"),  # dateline with place and full date
    (" date 2021-07-16 Mouse Eggs Made Entirely from Scratch\n\n(STAT News) – The tiny clump "
     "of mouse cells didn't look like an ovary. The eggs came from stem cells. (Read Full "
     "Article)", "news"),  # a wire credit and a digest's link to the full story
    ("Chinese scientists are celebrating a breakthrough that lets women with damaged uteri "
     "have children.", "news"),  # researchers named by their country
    ("Swedish researchers grew stem cells on a scaffold to repair the uterus of rats.",
     "news"),
    ("Recent meta-analyses by Busnelli et al (2021) and Yang et al (2019) have evaluated PBMC "
     "administration for RIF. Pregnancy rates were higher after PBMC flushing.",
     "promotional"),  # a clinic page citing others' meta-analyses is not one itself
    ("Condition or disease\nIntervention/treatment\nPhase\nPremature Ovarian Failure\n"
     "Biological: umbilical cord MSC\nPhase 1\nStudy Design\nEstimated Enrollment : 20",
     "registry_record"),  # the ClinicalTrials.gov study-details layout
    ("TUESDAY, Nov. 6 (HealthDay News) -- Spermatogonial stem cells can be transplanted back "
     "into the testes.", "news"),  # a dateline followed by its wire credit
    ("The present study aimed to identify the factors that allow differentiation of germ cells "
     "from embryonic stem cells. Injected cells were seen in the recipient testes.",
     "primary_study"),  # "the present study aimed" as "this study aimed"
    ("Skip to main content\n. 2023 Jul 6;14:1165574. doi: 10.3389/fendo.2023.1165574\nTable "
     "2.\nOutcomes No. studies Summary SMD (95%CI) I2 (%)\nE2 30 286 282 2.69 88",
     "review"),  # a meta-analysis table: the heterogeneity of pooled studies
    ("Skip to main content\ndoi: 10.1177/09636897231159561\nTable 2.\nClinical trials of MSCs "
     "for intrauterine adhesions\nCollagen scaffold 30 participants NCT02204358\nUC-MSCs 18 "
     "participants NCT03724617\nAMSCs 10 participants NCT04432467", "review"),  # lists trials
    ("此综述旨在总结干细胞向雌性生殖细胞转分化的研究进展。doi: 10.7507/1002-0179.201600535",
     "review"),  # Chinese "this review aims to summarise"
    ("Does it work?\nResearchers at the university say ovarian rejuvenation is still "
     "experimental.", "news"),  # an explainer's question heading is no provider furniture
    ("Condition category\nPregnancy and Childbirth\nDate applied\n29/07/2019\nLast edited\n"
     "09/08/2019\nRecruitment status\nNo longer recruiting\nPlain English Summary\nIn the "
     "present study, we investigated PBMCs in women with failed IVF.",
     "registry_record"),  # the ISRCTN record layout
    ("ISRCTN12345678\nMenstrual blood stem cells for Asherman syndrome\nPrimary study design: "
     "Interventional\nCondition: Asherman syndrome\nTarget number of participants: 20\nOverall "
     "study status: Completed", "registry_record"),  # the same labels with their values
    ("ACTRN12620000123456\nPublic title: Adipose stem cells for azoospermia\nAllocation to "
     "intervention: Non-randomised trial\nTarget sample size: 24", "registry_record"),  # ANZCTR
    # must NOT be taken for a meta-analysis, a survey of trials or a registry record
    ("Abstract\nWe enrolled 40 women with thin endometrium. The trial status was reviewed "
     "monthly and the date applied for each dose was recorded.\nResults: AMH rose (P < 0.05).",
     "primary_study"),  # the ISRCTN labels only as whole lines
    ("Abstract\nGrade I2 lesions were excluded. We enrolled 40 women.\nResults: AMH rose "
     "(P < 0.05).", "primary_study"),  # no heterogeneity statistic
    ("Abstract\nThis trial (NCT02204358, IRCT2015052322448N1) enrolled 40 women.\nResults: "
     "AMH rose (P < 0.05).", "primary_study"),  # its own registration and a secondary id
    ("Brief Summary\nDetailed Description\nStudy Type: Interventional\nRelated trials\n"
     "NCT02204358\nNCT03724617\nNCT04432467", "registry_record"),  # a mirror's sidebar
    ("Why this matters for stem cell banking: own cells could be stored.\n- Study type: "
     "prospective observational study.\n- Participants: 50 women. Researchers are studying "
     "stem cells.", "promotional"),  # a study summary's "Study type" line is not a registry label
    pytest.param("Abstract\nBackground: Gonadal tissue banking is advocated in young cancer "
                 "patients.\nFindings: VSELs survive chemotherapy and can regenerate gonads.\n"
                 "Conclusions: VSELs may obviate cryobanking.", "review",
                 marks=pytest.mark.xfail(strict=True, reason="a commentary's abstract without "
                                                "survey wording reads as a research report")),
    # must NOT be taken for news
    ("Abstract\nSubsequent researchers showed that MSCs home to the ovary. We injected MSCs "
     "into 20 rats.\nResults: AMH rose (P < 0.05).", "primary_study"),  # a sentence opener
    ("Abstract\nA GFP reporter gene marked the transplanted cells. We injected MSCs into mice "
     "with POF.", "primary_study"),  # "reporter" is not a journalist here
    # must NOT be taken for a provider page
    ("Abstract\nOur laboratory has shown that MSCs restore ovarian function. We transplanted "
     "MSCs into 12 mice.", "primary_study"),  # authors' "our laboratory"
    ("Study design: a randomized trial of 40 women with thin endometrium. Primary outcome: "
     "clinical pregnancy rate. Results: 12 of 20 conceived (P = 0.02).",
     "primary_study"),  # run-in abstract headings are not registry label lines
    ("Abstract\nWe present the results of a cost study. Treatment cost $4,500 per cycle. We "
     "enrolled 30 women.\nResults: 10 conceived.", "primary_study"),  # prices in a paper
    # must NOT be typed by the case
    ("Abstract\nThis systematic review and meta-analysis pooled clinical trials of MSCs in "
     "women with POI. In addition, a case report of a treated patient is described.",
     "review"),  # a systematic review of human studies stays a review
    ("Researchers are studying stem cells for POI. Book a consultation at our clinic today.",
     "promotional"),  # a provider page may mention research too
    ("Abstract\nMSCs promote regeneration. We established a busulfan model in mice and "
     "injected MSCs.\nIntroduction\nPOF is common.", "primary_study"),  # not a survey
    ("Abstract\nStem cells were transplanted.\n1. Introduction\nPOI affects 1% of women."
     "\nWe randomized 40 women to cells or placebo.", "primary_study"),
    ("Abstract\nThis narrative review covers MSC therapy. Patients willing to give consent "
     "were enrolled in the trials we discuss.\nKeywords: POI", "review"),  # not a criterion
    ("By Jane Smith\nWhat are Stem Cells?\nResearchers at the university said stem cells "
     "restored fertility in mice, experts say.", "news"),  # a news explainer box
    ("Table 2: Baseline characteristics. Patients were randomized to MSC or placebo (P = "
     "0.03).", "primary_study"),  # a table caption is no provider page
    # must NOT decide
    ("Lorem ipsum dolor sit amet.", None),  # no genre cue at all
    ("Women often wish to conceive later in life.", None),  # no cue and no treatment named
    # must NOT be taken for a provider page
    ("By Jane Smith, MD\nResearchers at the university said stem cells restored fertility in "
     "mice, according to the study authors.", "news"),  # a journalist's byline
    ("Abstract\nPOI is a condition in which ovaries fail before 40. We enrolled 20 women and "
     "measured AMH.\nResults: AMH rose (P < 0.05).", "primary_study"),  # lay definition in a paper
    ("Abstract\nThis narrative review surveys MSC therapy for POI. Recent advances are "
     "discussed.\nKeywords: POI; doi: 10.1093/humupd/dmaa012", "review"),  # not a guide
    ("Clinical trial of cells\nResearch summary: patients with POI were treated, P = 0.03.",
     "primary_study"),  # "summary" mid-line is no registry heading
    # the authors' own aims and findings in the first person
    ("Abstract\nEquine endometrosis causes infertility in mares. Herein, we aimed at the "
     "evaluation of protein expression after MSC infusion.\nIntroduction\nEquine endometrosis "
     "is a degenerative disease.", "primary_study"),  # not an unstructured survey
    ("In order to test this hypothesis, we applied endometrium immuno-modulation before embryo "
     "transfer. Our study showed the feasibility of intrauterine PBMC administration.",
     "primary_study"),
    ("Abstract\nThis study used human umbilical cord MSCs to restore fertility in aging mice. "
     "Here, we show that the cells home to the ovary.", "primary_study"),
    # a review's title takes stock of its field
    ("Making gametes from alternate sources of stem cells: past, present and future\n"
     "Abstract\nInfertile couples stand to benefit from gametes differentiated from stem "
     "cells.", "review"),
    ("An update on stem cell therapy for Asherman syndrome\nAbstract\nAsherman syndrome is "
     "caused by trauma to the endometrium.", "review"),
    ("Role of stem cells in fertility preservation: current insights\nDOI 10.2147/SCCAA.S178490"
     "\nAbstract: Gonadotoxic therapies can lead to infertility.", "review"),
    ("Abstract\nPurpose of review\nMSCs may restore ovarian function.\nRecent findings\n"
     "Several trials report restored menses.", "review"),
    ("Table. 1.\nBaseline characteristics of the 40 women enrolled\nAge 34.1 33.8",
     "primary_study"),  # a caption with a full stop after "Table"
    # must NOT be taken for an own study or a review title
    ("Abstract\nHere, we review recent progress in MSC therapy for POI and discuss its "
     "prospects.\nKeywords: POI", "review"),  # a survey's "here, we review"
    ("Study Type: Interventional\nLast update on: 2021-03-01\nAllocation: Randomized\n"
     "Brief Summary\nThe investigators will compare MSCs with placebo.",
     "registry_record"),  # a registry's "last update on" is no review title
    ("Stem cell therapy for thin endometrium\nContact us for a free consultation: we use "
     "your own cells.", "promotional"),  # a provider's "we use" is no method
    # must NOT be taken for a provider page
    ("Abstract\nPatients treated in our clinic between 2015 and 2019 were enrolled. We "
     "enrolled 40 women.\nResults: AMH rose (P < 0.05).", "primary_study"),  # authors' clinic
    ("Japan's insurers are developing products that cover infertility treatment costs, "
     "the hospital said.", "news"),  # costs reported by journalism
    # a company's own press release, wire credit or investors' notice, is its promotion
    ("PHOENIX, April 20, 2020 /PRNewswire/ -- Creative Medical Technology announced that its "
     "stem cell treatment for infertility is pending, the chief executive said.", "promotional"),
    ("The company said its egg precursor cells restore fertility. This release contains "
     "forward-looking statements about OvaScience.", "promotional"),
    ("News Release\nBOSTON, February 27, 2012 - OvaScience, a fertility company focused on "
     "the discovery of novel treatments for infertility, today announced the publication of "
     "results. This study demonstrates that egg precursor cells mature into eggs.",
     "promotional"),  # the release's heading and the company introducing itself
    ("Dongmei Lai and team tested the effect of mesenchymal stem cells in mice and published "
     "the study findings in the Journal of Translational Medicine. Stem cells restore "
     "fertility.", "news"),  # a journal named as where a study appeared is no journal page
    # ... while a reporter quoting a release writes news
    ("The company said in a press release that stem cells restored fertility in mice.", "news"),
    ("Researchers have recently shown that cord cells may treat the ovaries. In the current "
     "study, researchers showed positive effects of injecting stem cells into the ovary.",
     "news"),  # "researchers" report another's study: not its own
    ("Dr. Sonia Herraiz\nStem cell therapy for poor responders is offered to our patients.",
     "promotional"),  # a provider names its doctor too: "Dr." is no news cue
    ("The cells settled in the damaged lining within weeks, she explained, and the women "
     "will be followed for a year.", "news"),  # a quote attributed with a pronoun
    ("Stem cell therapy is changing that narrative. Researchers at several universities are "
     "studying it, and this breakthrough is available at our clinic. Contact us.",
     "promotional"),  # hype and others' research do not outweigh a provider's furniture
    ("Endometrial regeneration\nStem cell therapy for a thin lining was published in Stem "
     "Cells Translational Medicine.", "promotional"),  # a bare citation is no press wording
    # reporters and providers writing in other languages
    # ... who name the researchers by where they work
    ("Une équipe de l’université du Caire a testé une méthode de restauration ovarienne "
     "avec des cellules souches.", "news"),
    ("Aktuelle Untersuchungen einer US-amerikanischen Forschergruppe versprechen neue "
     "Lösungen: Stammzellen aus dem Eierstock.", "news"),
    ("Il risultato si deve ai ricercatori dell’università dell’Illinois: cellule "
     "staminali nelle ovaie.", "news"),
    ("Cornell Üniversitesi’nden araştırmacılar kök hücreler ile yumurta üretti.", "news"),
    ("\"Türkiye’de de artık kök hücre çalışmalarına başlıyoruz\" dedi Prof. Dr. Ercan "
     "Baştu.", "news"),  # Turkish "said"
    ("“Hasil terapi sel punca menunjukkan tren positif,” ujarnya.", "news"),
    ("通過外周血動員與免疫分選,研究團隊獲得了高純度細胞。", "news"),  # Chinese "the research team"
    ("« Cette procédure est très peu invasive et les patientes ressortent le jour même », "
     "assure IVI. Elle consiste à injecter des cellules souches.", "news"),  # a quote attributed
    ("«Il loro livello di estrogeni è aumentato», commenta Ayman Al-Hendy, coordinatore.",
     "news"),
    ("這是2014年中國科學家取得的世界首創科研突破。", "news"),  # "Chinese scientists"
    ("Il tempo è stato fatto scorrere all’indietro con le cellule staminali.\n"
     "© RIPRODUZIONE RISERVATA", "news"),  # an Italian newspaper's copyright line
    ("El rejuvenecimiento ovárico supone una esperanza. \u201cLos resultados están siendo "
     "prometedores\u201d, explica Antonio Pellicer, fundador del grupo IVI.", "news"),
    ("Le cellule utilizzate, spiegano i ricercatori, possono essere prelevate facilmente.",
     "news"),
    ("Stando a quanto dichiarato dall\u2019equipe, alcune cellule staminali sarebbero state "
     "impiantate.", "news"),
    ("وقال الدكتور برابو ميشرا إن تجديد المبيض بواسطة الخلايا الجذعية يعد تطوراً كبيراً.",
     "news"),  # Arabic "and Dr ... said"
    ("وقالت عضوة مركز ابن سينا للابحاث الطبية ان ايران أسست مركزا لتخزين الخلايا الجذعية.",
     "news"),  # Arabic "and she said"
    ("El estudio ha sido dirigido por Antonio Pellicer. La investigación se publicará "
     "próximamente en la revista \"Fertility & Sterility\".", "news"),
    ("Células estaminais estimulam função ovárica em mulheres com insuficiência ovárica "
     "prematura. Continuar a ler", "promotional"),  # Portuguese, no genre cue
    ("Cellule staminali per ringiovanire le ovaie\nDue donne hanno avuto nuovamente il ciclo, "
     "è il commento del Dr. Ubaldi secondo il quale la ricerca deve andare avanti.",
     "promotional"),  # a clinic quoting its own doctor: "secondo" is no reported speech
    ("Yumurtalık Kök Hücreleri: Menopozun Sonu mu?\nHer kadın sınırlı sayıda yumurta ile "
     "dünyaya gelir.", "promotional"),  # Turkish
    ("Araştırma Makalesi\nBibTex RIS Kaynak Göster\nTestiküler Torsiyonun İndüklediği "
     "Kısırlığa Mezenkimal Kök Hücrenin Koruyucu Etkisi", "primary_study"),  # article type
    ("Neue Therapie mit Stammzellen für Frauen mit vorzeitiger Menopause.", "promotional"),
    ("A recent study reported in Nature Medicine, led by Dr. Tilly, describes stem cells taken "
     "from human ovaries.\nAt our center we have ovarian stimulation protocols available.",
     "promotional"),  # a clinic blog citing the evidence is not journalism
    # a provider speaking for itself by name, a patient's own story, a bank's pitch
    ("A recent study in mice describes stem cells taken from human ovaries.\nAt RSC we have "
     "aggressive ovarian stimulation protocols available.", "promotional"),
    ("A study utilizing lab rats showed that damaged ovaries could be treated. This is another "
     "reason to consider umbilical cord blood banking during your pregnancy.", "promotional"),
    ("Then he heard about stem cell therapy, he told us.\nA miracle after 10 failed IVF "
     "cycles: My journey to motherhood\nI'm overwhelmed with joy as I share my incredible "
     "story.", "promotional"),
    # a reporter passing on what an institution announced
    ("CHA University Hospital has incorporated HART Clinic as an affiliated institution, it "
     "announced on the 29th. It plans to offer stem cell therapy.", "news"),
    ("OvaScience, a fertility company, today announced results of its stem cell program.",
     "promotional"),  # a company's own release
    # reporters writing Bulgarian or Russian name the researchers by country or workplace
    ("Инжектирайки ги с мезенхимни стволови клетки, египетски учени успяха да възстановят "
     "функцията на яйчници.", "news"),
    ("Изследователите от Национален център за проучвания провели опити върху 45 мишки.",
     "news"),
    # must NOT: a research institute's name is no reporter's wording
    ("ФГБУ «Национальный медицинский исследовательский центр акушерства»\nРезюме: "
     "обзор литературы.", "review"),
    # a Japanese research grant's report of its own work
    ("研究実績の概要 |\n研究代表者らは、卵巣組織移植における脂肪組織由来幹細胞共移植の有用性について検証した。",
     "primary_study"),
    # must NOT: authors speak for their centre without naming it
    ("Abstract\nIn our center we have treated 40 women with POI.\nResults: AMH rose.",
     "primary_study"),
    # must NOT be taken for reported speech or a journal named by the press
    ("Aquí se explicar cómo funcionan las células madre.", "promotional"),  # whole words only
    ("Il trattamento con cellule staminali è pubblicizzato dalla clinica.", "promotional"),
    # a ClinicalTrials.gov text copied with its Markdown escapes
    ("A Randomized Study of Amniotic MSCs in POI\nIn this study, the investigator will "
     "evaluate safety.\n\u2022 Women aged \\>= 20 and \\< 40;\n\u2022 FSH \\>25 IU/l",
     "registry_record"),
    ("In this study, we enrolled 40 women aged >= 20 and < 40.\nResults: AMH rose "
     "(P < 0.05).", "primary_study"),  # plain comparison signs are no registry copy
    # a survey names the studies it reviewed
    ("Abstract:PurposeThe study aims to describe two options for thin endometrium. The "
     "majority of the reviewed trials showed a benefit for G-CSF. Journal of Assisted "
     "Reproduction", "review"),
    ("Abstract\nThe studies reviewed examine different origins of MSCs.\nKeywords: POI",
     "review"),
    ("Abstract\nWe retrospectively reviewed the records of 40 women.\nResults: AMH rose "
     "(P < 0.05).", "primary_study"),  # records, not studies
    # a survey keeps reporting what others' studies found
    ("Keywords:\nMSCs, azoospermia, NOA.\nAbstract: Stem cells hold great promise. Accumulating"
     "\nevidence has shown that various types of MSCs can differentiate into germ cells. In "
     "addition, recent studies in animal\nmodels have exhibited that exosomes improve "
     "spermatogenesis.", "review"),
    ("Abstract\nFindings: Various studies in humans and mice suggest that the genetic origin "
     "of offspring is the recipient's. VSELs have been reported in adult human testis and "
     "ovary.", "review"),
    # must NOT: one such sentence is a research report's background ...
    ("Abstract\nBackground. Umbilical cord-derived MSCs have been reported to repair the "
     "damaged endometrium. However, there is no report on UCMSCs seeded on amniotic matrix.",
     "primary_study"),
    # ... and its run-in headings closed by a full stop are its own study's
    ("Abstract\nBackground. Several studies have shown that MSCs repair the endometrium. "
     "Growing evidence suggests a role for exosomes. Methods. Absolute ethanol was injected "
     "into rat uteri. Results. Endometrial thickness was markedly improved.", "primary_study"),
    # ... and a clinic page summing up the literature stays a provider's page
    ("Book a consultation with our specialists. Several studies have shown that stem cells "
     "may help. Accumulating evidence suggests benefit.", "promotional"),
    # the titles of neighbouring articles on a journal page say nothing about this one
    ("Next Article in Journal\nPedicled Flap after Multiple Attempts\u2014A Case Report and "
     "Literature Review\nPrevious Article in Journal\nNoninfectious Lung Disease: An Overview"
     "\nReview\nStem Cells and Infertility\ndoi: 10.3390/jpm14020135\nAbstract\nInfertility "
     "is a condition.", "review"),
    # BioMed Central's article-type label in the page header
    ("Silvestris et al. Journal of Ovarian Research (2015) 8:55 DOI 10.1186/s13048-015-0184-9 "
     "REVIEW Open Access Perspective in infertility: the ovarian stem cells\nAbstract\n"
     "Infertility is a medical and social condition.", "review"),
    ("Reprod Biol Endocrinol (2019) 17:2 DOI 10.1186/s12958-018-0446-z RESEARCH Open Access "
     "Stem cells for thin endometrium\nAbstract\nInfertility is a condition.",
     "primary_study"),
]


def _document(text, kind="text", sections=(), metadata=None):
    return Document(doc_id="sha256:test", source="test.txt", kind=kind, title=None, text=text,
                    sections=list(sections), metadata=dict(metadata or {}))


def _classify(document):
    findings = doc_type.extract(document, None, Record(doc_id="t", source="t"))
    for finding in findings:
        assert finding.quote == document.text[finding.start:finding.end]
    return findings


@pytest.mark.parametrize("text,expected", CASES)
def test_doc_type_from_page_cues(text, expected):
    findings = _classify(_document(text))
    assert (findings[0].value if findings else None) == expected


# A page without genre cues that names no treatment but a condition the span ruler knows: a
# provider's page that explains the disease it treats.
DISEASE_PAGES = [
    ("Azoospermia\n\nAzoospermia means there is no sperm in the ejaculate. It affects about 1% "
     "of men.", "promotional"),
    ("Asherman's Syndrome\n\nAsherman's syndrome is a rare, acquired disorder of the uterus.",
     "promotional"),
    ("Premature ovarian insufficiency\n\nThe ovaries stop working before the age of 40.",
     "promotional"),
    # must NOT decide
    ("Women often wish to conceive later in life.", None),  # names no condition
    ("Lorem ipsum dolor sit amet.", None),
]


@pytest.mark.parametrize("text,expected", DISEASE_PAGES)
def test_disease_explainer_is_a_provider_page(nlp, text, expected):
    findings = doc_type.extract(_document(text), nlp(text), Record(doc_id="t", source="t"))
    assert (findings[0].value if findings else None) == expected
    for finding in findings:
        assert finding.quote == text[finding.start:finding.end]


def test_note_gives_genre_confidence_and_cues():
    findings = _classify(_document("Book a consultation at our clinic. Call us today."))
    note = findings[0].note
    assert note.startswith("promotional 1.00: ")
    assert "'Book a consultation'" in note and "'Call us'" in note


@pytest.mark.parametrize("kind,types,expected", [
    ("ctgov", None, "registry_record"),
    ("pubmed", ["Journal Article", "Review"], "review"),
    ("pubmed", ["Systematic Review", "Meta-Analysis"], "review"),
    ("pubmed", ["Editorial"], "review"),
    ("pubmed", ["Review", "Case Reports"], "primary_study"),  # typed by its own case
    ("pubmed", ["Randomized Controlled Trial", "Journal Article"], "primary_study"),
    ("pubmed", ["News"], "news"),
])
def test_structured_doc_type(kind, types, expected):
    text = "Title of the record\nAbstract text."
    metadata = {"publication_types": types} if types else {}
    findings = _classify(_document(text, kind=kind, sections=[("title", 0, 19)],
                                   metadata=metadata))
    assert findings[0].value == expected
    assert findings[0].method == "structured"


def test_pubmed_journal_article_splits_on_review_wording():
    text = "Title\nThis narrative review summarizes MSC mechanisms in POF."
    findings = _classify(_document(text, kind="pubmed", sections=[("title", 0, 5)],
                                   metadata={"publication_types": ["Journal Article"]}))
    assert findings[0].value == "review"


@pytest.mark.parametrize("pattern,expected", [
    ("rats|mice", ["rats", "mice"]),
    ("(?:a|b)c|[|x]y", ["(?:a|b)c", "[|x]y"]),
    (r"\|z|q", [r"\|z", "q"]),
])
def test_split_alternatives(pattern, expected):
    assert split_alternatives(pattern) == expected


@pytest.mark.parametrize("pattern,expected", [
    ("rats", {"r"}), ("(?:two|2)[ -]arm", {"t", "2"}), ("(?<!non-)randomized", {"r"}),
    ("(?:here,? )?we", {"h", "w"}), (r"\(reuters\)", None), ("s?he", None),
])
def test_lead_letters(pattern, expected):
    assert lead_letters(pattern) == expected


def test_cue_set_labels_hits_with_their_own_cue():
    cues = [parse_cue_line(line, None, "test") for line in
            ("a 3 beta", "b 2 alpha", "c 1 ^[ \\t]*gamma", "d 1 (?:delta|epsilon)")]
    hits = CueSet(cues).find("alpha beta\n  gamma epsilon alphabet")
    assert [(h.label, h.text.strip()) for h in hits] == [
        ("b", "alpha"), ("a", "beta"), ("c", "gamma"), ("d", "epsilon")]


def test_bad_cue_line_is_rejected():
    with pytest.raises(ValueError, match="capturing groups"):
        parse_cue_line("1 (foo)", "x", "test.txt")


def test_confidence_and_reasons_are_kept_for_the_store():
    from extractor.document import Document
    from extractor.extract.doc_type import extract
    from extractor.record import Record
    text = ("Stem cell therapy for POI at our clinic. Book your consultation today. "
            "Call us on 555 0100. Our clinic offers packages from $9,000.")
    record = Record(doc_id="x", source="x.txt")
    findings = extract(Document("x", "x.txt", "text", None, text), None, record)
    assert findings[0].value == "promotional"
    assert 0.5 < record.extras["doc_type_confidence"] <= 1.0
    assert "book your consultation" in record.extras["doc_type_reasons"][0].lower()


def test_page_without_genre_cues_is_a_provider_page_with_low_confidence():
    record = Record(doc_id="t", source="t")
    findings = doc_type.extract(_document("Thin Lining\nStem cells may help the uterus."), None,
                                record)
    assert findings[0].value == "promotional"
    assert record.extras["doc_type_confidence"] == doc_type.UNMARKED_PAGE_CONFIDENCE
    assert "without scholarly, news or registry wording" in record.extras["doc_type_reasons"][0]


@pytest.mark.parametrize("text,expected", [
    # numbered references make a survey of the literature
    ("The role of stem cells in preventing intrauterine adhesions\nHysteroscopy became the "
     "standard of care [1–4]. Stem cells may restore the endometrium [5].", "review"),
    ("Cellule staminali endometriali\nL'endometrio si rigenera [1]. Le cellule staminali "
     "possono aiutare [2].", "review"),
    # must not match: one bracketed number, a footnote or a link
    ("Thin Lining\nStem cells may help the uterus [1].", "promotional"),
    # must not match: bracketed counts and ranges that follow no word
    ("Thin Lining\nStem cells may help the uterus.\n[1] [2] Book now", "promotional"),
    # a page telling of animal work is news, even when it cites its sources by number
    ("Extending monkeys' reproductive span\nStem cells were transplanted into the ovaries "
     "of cynomolgus monkeys [1]. Menopause brings osteoporosis [2].", "news"),
    ("Stem cells restore fertility\nThe treated mice gave birth to healthy pups after the "
     "stem cell injection.", "news"),
    ("Cellule staminali e fertilità\nI topi trattati con cellule staminali hanno avuto figli.",
     "news"),
    # a page that tells of no animal work stays a provider's page
    ("Ovarian insufficiency\nStem cells may help the ovaries of women with POI.",
     "promotional"),
    # a page in the laboratory biologist's terms is scholarly writing
    ("From: Paracrine effects of amniotic epithelial cells protect against chemotherapy-induced "
     "ovarian damage\nTransdifferentiation into FSHR-positive granulosa cells was rare; in stem "
     "cell-based therapy, cytokines reduced apoptosis and promoted angiogenesis.",
     "primary_study"),
    ("Endometrial reconstruction from stem cells\nAdult stem cells have been identified in the "
     "human endometrium. They reconstruct endometrial tissue in vivo, and specific markers "
     "enable their use in Asherman syndrome.", "primary_study"),  # three terms
    # must not match: two laboratory terms are not enough, a lay page uses some
    ("Stem cell therapy\nStem cells release cytokines and reduce apoptosis in the ovaries of "
     "women with POI.", "promotional"),
])
def test_page_without_genre_cues_is_typed_by_what_it_tells(text, expected):
    record = Record(doc_id="t", source="t")
    findings = doc_type.extract(_document(text), None, record)
    assert findings[0].value == expected
    assert record.extras["doc_type_confidence"] == doc_type.UNMARKED_PAGE_CONFIDENCE
    assert text[findings[0].start:findings[0].end] == findings[0].quote


@pytest.mark.parametrize("text,expected", [
    ("治疗干细胞治疗", ["干细胞"]),  # Chinese: no spaces between words
    ("stem cells, 干细胞。", ["stem cells", "干细胞"]),
    ("⁃ Phase 2\n▪ Phase 3", ["⁃ Phase 2", "▪ Phase 3"]),  # bulleted label lines
    # must NOT match
    ("stemcells and systemic cells", []),  # never inside a longer Latin-script word
])
def test_cue_boundaries(text, expected):
    cues = [parse_cue_line(line, "x", "test") for line in
            ("1 stem cells|干细胞", "1 ^[ \\t]*phase [1-4][ \\t]*$")]
    assert [h.text.strip() for h in CueSet(cues).find(text)] == expected


@pytest.mark.parametrize("cue_file,text,expected", [
    ("promotional.txt", "Schedule a free consultation with Dr. Lee.", True),
    ("promotional.txt", "Consult an experienced fertility specialist.", True),
    ("registry.txt", "FSH \\<10mIU/mL, AMH \\>1.2ng/mL", True),  # Markdown escapes
    ("registry.txt", "TRIAL DESCRIPTION\nPublic title STEM CELLS FOR OVARIAN REJUVENATION",
     True),  # the WHO data set's title label with its value on the same line
    ("registry.txt", "Official scientific title OVARIAN REJUVENATION WITH ADSC", True),
    ("news.txt", "\u00abEstamos empezando\u00bb, asegura Pellicer.", True),
    ("news.txt", "A new study on the use of stem cells could help women.", True),
    ("news.txt", "The team, led by Dr. Sara Mohamed, injected stem cells.", True),
    ("review.txt", "DOI 10.1186/s13048-015-0184-9 REVIEW Open Access Perspective", True),
    ("study.txt", "DOI 10.1186/1477-7827-11-9 RESEARCH Open Access Effect of", True),
    # Genre wording in other languages
    ("news.txt", "ha logrado restaurar la función ovárica, según los investigadores.", True),
    ("news.txt", "Secondo lo studio, le cellule staminali migliorano la fertilità.", True),
    ("news.txt", "Segundo os pesquisadores, o tratamento é seguro.", True),
    ("news.txt", "Selon les chercheurs, la technique reste expérimentale.", True),
    ("news.txt", "Laut den Forschern könnte die Therapie helfen.", True),
    ("news.txt", "«No existe un tratamiento», ha subrayado Azmy.", True),
    ("news.txt", "据报道，研究人员表示干细胞可修复卵巢。", True),
    ("news.txt", "„Ziel der Studie ist es, die Frauen wieder fruchtbar zu machen“, erzählt "
     "Professor Igboeli.", True),  # German reported speech in the present tense
    ("news.txt", "Das sei ein Fortschritt, sagt die Forscherin.", True),
    ("news.txt", "Secondo quanto riportato dagli autori del lavoro, le cellule migrano.",
     True),  # a reporter passing on what a source reported
    ("news.txt", "Laut mehrerer Zeitungsberichte seien die Beschwerden verschwunden.", True),
    ("review.txt", "We reviewed 25 studies including 600 women.", True),
    ("review.txt", "We reviewed the records of 25 women.", False),
    ("review.txt", "Este artículo de revisión resume los tratamientos.", True),
    ("review.txt", "Trata-se de uma revisão da literatura sobre a síndrome.", True),
    ("review.txt", "Revisiones\nRevista GICOS", True),  # the article-type heading
    ("scholarly.txt", "Resumo\nA Síndrome de Asherman é ...", True),
    ("scholarly.txt", "Riassunto: Le cellule staminali ...", True),
    ("scholarly.txt", "Palabras clave: células madre, infertilidad", True),
    ("scholarly.txt", "关键词：干细胞；卵巢早衰", True),
    ("study.txt", "En el presente estudio se evaluaron 27 conejas.", True),
    ("study.txt", "Métodos\nUm total de 27 coelhas ...", True),
    ("news.txt", "「副作用は見られなかった」と話している。", True),  # Japanese: "... he said"
    ("news.txt", "연구팀은 이 결과를 학술지에 발표했다고 밝혔다.", True),  # Korean: "... said"
    # a survey that says it read the literature
    ("review.txt", "Aim: The paper reviewed scientific related literature on the effectiveness",
     True),
    ("review.txt", "Using PubMed, we extensively reviewed the literature on torsion.", True),
    ("review.txt", "This chapter summarizes the current literature on ovarian aging.", True),
    # must NOT match
    ("news.txt", "Segundo paso: la inyección de células.", False),  # "second", no attribution
    ("news.txt", "Selon la dose administrée.", False),  # "according to" the dose
    ("news.txt", "Secondo la quantità di cellule iniettata.", False),  # "according to" the dose
    ("news.txt", "Die Forschung besagt, dass die Zellen wandern.", False),  # "besagt" is no speech
    ("review.txt", "La revisión médica es gratuita.", False),  # a check-up, not a review
    ("scholarly.txt", "En resumen, la terapia es prometedora.", False),  # "in short", no heading
    ("study.txt", "Lo studio clinico è in corso.", False),  # a study, not the authors' own
    ("review.txt", "The review is open access.", False),  # a sentence, not the label
    ("study.txt", "Research on open access models.", False),
    ("promotional.txt", "Schedule a call", False),  # a publisher's help widget
    ("promotional.txt", "Always consult a qualified healthcare professional.", False),
    ("promotional.txt", "Affordable care for all.", False),  # prices are no provider cue
    ("news.txt", "Researchers are studying how these cells repair tissue.", False),
    ("news.txt", "Clinics, according to the authors, mimic medical practice.", False),
    ("registry.txt", "Women aged >= 20 and < 40 (P < 0.05).", False),
    ("registry.txt", "The public title of the trial was changed.", False),  # not a label line
    ("news.txt", "A recent study examined over 60 POI patients.", False),  # a provider's citation
    ("news.txt", "Thanks to the ASCOT technique, led by Dr. Sonia Herraiz.", False),
    ("review.txt", "Guidelines and peer reviewed literature were translated into an order set.",
     False),  # an adjective, not the authors surveying
    ("review.txt", "A case report and review of the literature.", False),  # outweighed by the case
    # a quotation closed and attributed by name
    ("news.txt", "'... a revolutionary fertility-restoring technique,' Dr Justin Houman stated.",
     True),
    ("news.txt", "\u201cThe results are encouraging,\u201d noted Dr. Smith.", True),
    ("news.txt", "\u201cWe were surprised,\u201d Professor Tilly added.", True),
    ("news.txt", "According to new research, menopause need no longer be the end of fertility.",
     True),
    ("news.txt", "According to a study published in Human Reproduction, AMH rose.", True),
    ("news.txt", "As stated in the protocol, doses were adjusted.", False),  # no quotation
    ("news.txt", "According to the WHO definition, infertility is a disease.", False),
    ("news.txt", "Results are noted in Table 2.", False),
    # review titles that promise perspectives on a field
    ("review.txt", "Stem cells in Asherman syndrome: new perspectives", True),
    ("review.txt", "S\u00edndrome de Asherman: novas perspetivas terap\u00eauticas", True),
    ("review.txt", "From the patient's perspective, the procedure was tolerable.", False),
])
def test_genre_cue_families(cue_file, text, expected):
    assert bool(load_cues(cue_file).find(text)) == expected


@pytest.mark.parametrize("text", [
    "研究チームはマウスの卵巣に幹細胞を移植した。",  # Japanese: mice, inside a run of text
    "연구진은 생쥐를 이용한 실험에서",  # Korean: mice, with a particle
])
def test_animal_words_of_japanese_and_korean(text):
    assert [h.label for h in load_cues("designs.txt", labelled=True).find(text)] == ["animal"]

