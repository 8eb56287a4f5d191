"""Arabic speaker resolution, one mechanism per row, written independently of the fixture articles.

Stacked titles and honorifics before names, بن/آل/أبو/عبد names, title-only and description-only
back-references, feminine/plural pro-drop, organisation subjects, SVO order, quote-first sentences,
channel frames between cue and content, agreement slips (guideline §3, §4.11). Each row is a small
article; expected claims are (speaker, start of content).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "stacked-title-nisba",
        H + "قال نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي إن الحل السياسي هو الطريق الوحيد.",
        [("أيمن الصفدي", "إن الحل")],
    ),
    (
        "mp-title",
        H + "وأكد النائب في البرلمان العراقي مصطفى سند أن الموازنة تأخرت كثيراً.",
        [("مصطفى سند", "أن الموازنة")],
    ),
    (
        "brigadier-title",
        H + "وقال المتحدث باسم الجيش العميد يحيى رسول إن القوات أحبطت هجوماً.",
        [("يحيى رسول", "إن القوات")],
    ),
    (
        "doctor-title",
        H + "أوضح الدكتور محمد عوض تاج الدين مستشار الرئيس لشؤون الصحة أن الوباء تراجع.",
        [("محمد عوض تاج الدين", "أن الوباء")],
    ),
    (
        "sheikh-al-name",
        H + "وأكد الشيخ محمد بن عبد الرحمن آل ثاني رئيس مجلس الوزراء أن الوساطة مستمرة.",
        [("محمد بن عبد الرحمن آل ثاني", "أن الوساطة")],
    ),
    (
        "abu-name",
        H + "وقال أبو محمد الجولاني إن المرحلة المقبلة صعبة.",
        [("أبو محمد الجولاني", "إن المرحلة")],
    ),
    (
        "excellency-name",
        H + "وأكد معالي الدكتور سلطان بن أحمد الجابر أن الإمارات ملتزمة بخفض الانبعاثات.",
        [("سلطان بن أحمد الجابر", "أن الإمارات")],
    ),
    (
        "title-backref-minister",
        H + "استقبل وزير الداخلية اللبناني بسام مولوي وفداً من البلديات.\n\n"
        "وقال الوزير إن الانتخابات البلدية ستجري في موعدها.",
        [("بسام مولوي", "إن الانتخابات")],
    ),
    (
        "title-backref-feminine",
        H + "التقت وزيرة البيئة ياسمين فؤاد سفير الاتحاد الأوروبي.\n\n"
        "وأكدت الوزيرة أن مصر ستستضيف المؤتمر.",
        [("ياسمين فؤاد", "أن مصر")],
    ),
    (
        "description-backref-american",
        H + "زار وزير الخارجية الأميركي أنتوني بلينكن القاهرة أمس.\n\n"
        "وقال المسؤول الأميركي إن واشنطن تدعم جهود التهدئة.",
        [("أنتوني بلينكن", "إن واشنطن")],
    ),
    (
        "spokesman-backref",
        H + "قال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري إن المفاوضات جارية.\n\n"
        "وأضاف الناطق أن الدوحة على اتصال بالطرفين.",
        [("ماجد الأنصاري", "إن المفاوضات"), ("ماجد الأنصاري", "أن الدوحة")],
    ),
    (
        "feminine-prodrop-skips-man",
        H + "قالت رئيسة البعثة الأممية هانا تيتيه إن الحوار ضروري.\n\n"
        "وقال وزير الداخلية عماد الطرابلسي إن الأمن مستتب.\n\n"
        "وأشارت إلى أن الانتخابات ممكنة هذا العام.",
        [("هانا تيتيه", "إن الحوار"), ("عماد الطرابلسي", "إن الأمن"), ("هانا تيتيه", "أن الانتخابات")],
    ),
    (
        "plural-prodrop",
        H + "وقال مزارعون في محافظة درعا إن المحصول تراجع.\n\n"
        "وأكدوا أن الجفاف أضر بالقمح.",
        [("مزارعون في محافظة درعا", "إن المحصول"), ("مزارعون في محافظة درعا", "أن الجفاف")],
    ),
    (
        "organisation-subject",
        H + "وأعلنت وزارة الصحة الفلسطينية أن عدد الضحايا ارتفع إلى 40 شخصاً.",
        [("وزارة الصحة الفلسطينية", "أن عدد")],
    ),
    (
        "svo-person",
        H + "وزير المالية المصري محمد معيط قال إن العجز سينخفض إلى 6%.",
        [("محمد معيط", "إن العجز")],
    ),
    (
        "quote-first-then-cue",
        H + "«الأسعار ستنخفض خلال أسابيع»، قال وزير التموين شريف فاروق.",
        [("شريف فاروق", "الأسعار ستنخفض")],
    ),
    (
        "statement-frame",
        H + "وأكد رئيس الوزراء العراقي محمد شياع السوداني، في بيان صدر عن مكتبه، أن الحكومة ماضية في الإصلاح.",
        [("محمد شياع السوداني", "أن الحكومة")],
    ),
    (
        "statement-to-frame",
        H + "وقال مدير عام الجمارك خالد الفاضل في تصريح لـ«الأنباء» إن الإيرادات ارتفعت.",
        [("خالد الفاضل", "إن الإيرادات")],
    ),
    (
        "agreement-slip",
        H + "وقال رئيس بلدية صيدا حازم بديع إن المياه مقطوعة.\n\n"
        "وأكدت أن الصهاريج لا تكفي.",
        [("حازم بديع", "إن المياه"), ("حازم بديع", "أن الصهاريج")],
    ),
    (
        "in-turn",
        H + "وقال وزير الطاقة وليد فياض إن المعامل متوقفة.\n\n"
        "بدوره، قال رئيس الحكومة نجيب ميقاتي إن الحل قريب.",
        [("وليد فياض", "إن المعامل"), ("نجيب ميقاتي", "إن الحل")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_arabic_speaker(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    doc = clean_text(raw)
    claims = extract_claims(doc)
    got = [(c.speaker, c.content) for c in claims if c.kind != ClaimKind.EVENT]
    for c in claims:
        assert doc.text[c.start : c.end] == c.content
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, (speaker, content)
        assert content.startswith(want_start), (speaker, content)
