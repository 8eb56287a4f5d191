"""Case table: one mechanism per row (titles, pro-drop, duals, quotes, nesting, sources, pronouns), ar and en.

Each row is a small article; the expected claims are (speaker, the start of the content). A row
fails alone, so a regression names the mechanism it broke.
"""

from __future__ import annotations

import pytest

from tests.claims.extract_helpers import assert_speakers_and_starts

H = "عنوان الخبر للاختبار\n\n"
E = "Headline for the test case\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "ar-title-name",
        H + "أكد وزير الخارجية الإماراتي الشيخ عبد الله بن زايد آل نهيان أن بلاده تدعم الحل.",
        [("عبد الله بن زايد آل نهيان", "أن بلاده")],
    ),
    (
        "ar-apposition",
        H + "قال الدكتور علي المصيلحي، وزير التموين، إن الاحتياطي يكفي.",
        [("علي المصيلحي", "إن الاحتياطي")],
    ),
    (
        "ar-coordinated-counterpart-group",
        H + "قال وزير الخارجية سامح شكري ونظيره الأردني أيمن الصفدي إن الوضع خطير.",
        [("سامح شكري + أيمن الصفدي", "إن الوضع")],
    ),
    (
        "ar-coordinated-titles-then-dual-run-on",
        H + "قال الرئيس عبد الفتاح السيسي والملك عبد الله الثاني إن الحل قريب، كما أعربا عن ارتياحهما للتنسيق.",
        [("عبد الفتاح السيسي + عبد الله الثاني", "إن الحل"), ("عبد الفتاح السيسي + عبد الله الثاني", "ارتياحهما")],
    ),
    (
        "ar-apposition-office-backref",
        H + "قال الدكتور سامي الحداد، وزير الزراعة والري، إن الموسم جيد.\n\nوأوضح وزير الزراعة أن الإنتاج ارتفع.",
        [("سامي الحداد", "إن الموسم"), ("سامي الحداد", "أن الإنتاج")],
    ),
    (
        "ar-surname-alias",
        H + "قال الرئيس السوري بشار الأسد إن الوضع مستقر.\n\nوأكد الأسد أهمية التنسيق.",
        [("بشار الأسد", "إن الوضع"), ("بشار الأسد", "أهمية التنسيق")],
    ),
    (
        "ar-prodrop-feminine",
        H + "قالت وزيرة التضامن نيفين القباج إن البرنامج واسع.\n\nوأضافت أن الدعم سيصرف قريباً.",
        [("نيفين القباج", "إن البرنامج"), ("نيفين القباج", "أن الدعم")],
    ),
    (
        "ar-dual",
        H + "التقى وزير الخارجية سامح شكري نظيره الإسباني خوسيه مانويل ألباريس في القاهرة.\n\n"
        "وأكد الوزيران ضرورة وقف إطلاق النار.",
        [("سامح شكري + خوسيه مانويل ألباريس", "ضرورة وقف")],
    ),
    (
        "ar-quote-first",
        H + "«لن نتراجع عن هذا القرار»، قال رئيس الوزراء العراقي محمد شياع السوداني.",
        [("محمد شياع السوداني", "لن نتراجع")],
    ),
    (
        "ar-relayed",
        H + "ونقلت صحيفة الشرق الأوسط عن مصادر دبلوماسية قولها إن المفاوضات متعثرة.",
        [("صحيفة الشرق الأوسط", "مصادر دبلوماسية"), ("مصادر دبلوماسية", "إن المفاوضات")],
    ),
    (
        "ar-source-phrase",
        H + "وارتفعت الاحتياطيات إلى 41 مليار دولار، وفقاً لوكالة رويترز.",
        [("رويترز", "وارتفعت الاحتياطيات")],  # guideline §3: an agency's own name, not its description
    ),
    (
        "ar-run-on",
        H
        + "وكشفت مؤسسة كهرباء لبنان أن المخزون لا يكفي، كما حذرت من انقطاع التيار، وأعلنت أنها ستلجأ إلى التقنين.",
        [
            ("مؤسسة كهرباء لبنان", "أن المخزون"),
            ("مؤسسة كهرباء لبنان", "انقطاع التيار"),
            ("مؤسسة كهرباء لبنان", "أنها ستلجأ"),
        ],
    ),
    ("ar-author-voice", H + "يذكر أن الحكومة أقرت الموازنة الشهر الماضي.", []),
    (
        "ar-honorific",
        H + "أكد صاحب السمو الملكي الأمير محمد بن سلمان أن المملكة ماضية في رؤيتها.\n\n"
        "وأوضح سموه أن الاقتصاد نما بنسبة 4%.",
        [("محمد بن سلمان", "أن المملكة"), ("محمد بن سلمان", "أن الاقتصاد")],
    ),
    (
        "ar-collective",
        H + "وأكد مزارعون في قضاء الفاو، في أحاديث للسومرية، أن البساتين تضررت.",
        [("مزارعون في قضاء الفاو", "أن البساتين")],
    ),
    (
        "ar-object-then-prep",
        H + "ودعا الاتحاد العام للشغالين الحكومة إلى الوفاء بالتزاماتها.",
        [("الاتحاد العام للشغالين", "الحكومة إلى")],
    ),
    (
        "ar-same-spokesman",
        H + "أكد الناطق الرسمي باسم الحكومة مصطفى بايتاس أن الحوار مستمر.\n\n"
        "وأضاف المتحدث ذاته أن الإضراب سيستمر.",
        [("مصطفى بايتاس", "أن الحوار"), ("مصطفى بايتاس", "أن الإضراب")],
    ),
    (
        "ar-addressee-frame",
        H + 'وأكدت مصادر مطلعة لـ"العربي الجديد" أن الاجتماع تأجل.',
        [("مصادر مطلعة", "أن الاجتماع")],
    ),
    (
        "en-said-after",
        E + "The economy grew 5% last year, Finance Minister Mohamed Maait said on Tuesday.",
        [("Mohamed Maait", "The economy grew")],
    ),
    (
        "en-quote-first-split",
        E + "Shoukry met Blinken in Cairo on Thursday.\n\n"
        '"Such an operation would be catastrophic," Shoukry said, "including to our friends."',
        [("Shoukry", "Such an operation"), ("Shoukry", "including to our friends")],
    ),
    (
        "en-pronoun",
        E + "Treasury Secretary Janet Yellen warned that a default would be catastrophic. "
        "She added that Congress must act.",
        [("Janet Yellen", "that a default"), ("Janet Yellen", "that Congress")],
    ),
    (
        "en-coordinated",
        E + 'She is the IMF chief. IMF mission chief Ivanna Hollar said the board would meet "soon" '
        "and warned that inflation would stay high.",
        [("Ivanna Hollar", "the board would meet"), ("Ivanna Hollar", "that inflation")],
    ),
    (
        "en-according-to",
        E + "Employers added 275,000 jobs in February, according to the Labor Department.",
        [("Labor Department", "Employers added")],
    ),
    (
        "en-quoted-as-saying",
        E + "State news agency SPA quoted Energy Minister Prince Abdulaziz bin Salman as saying "
        "that the market was stable.",
        [("SPA", "Energy Minister"), ("Abdulaziz bin Salman", "that the market")],
    ),
    ("en-refusal", E + "The company declined to comment on the report.", []),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_case(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)
