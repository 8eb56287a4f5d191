"""Arabic statements missed outright on fresh pages (audit3c), one mechanism per row, in our own invented
sentences: a report told through its document (``وجاء في البيان: …``, ``جاء في بيان صادر عن X: …``,
``صدر عن X الآتي: …``, ``أصدرت X بياناً تستنكر فيه …``) and the document going on speaking
(``وأضاف البيان``) two sentences after a quotation the segmenter cut; stance and appeal verbs the
lexicon lacked (``أثنى على``, ``طلب من``, ``سأل`` with the question's words); and the outlet's frame
``وجاء ذلك في بيان …`` that goes on with nobody's words. Expected claims are (speaker, start of content).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "came-in-statement-issued-by-person",
        H + "جاء في بيان صادر عن رئيس الحزب سالم يوسف: \"لن نشارك في الانتخابات المقبلة\".",
        [("سالم يوسف", "لن نشارك")],
    ),
    (
        "came-in-definite-statement-of-ministry",
        H + "وجاء في البيان الصادر عن وزارة الصحة أن عدد الإصابات ارتفع إلى مئة حالة.",
        [("وزارة الصحة", "أن عدد")],
    ),
    (
        "issued-from-the-following",
        H + "صدر عن حزب الأمة البيان الآتي: \"نرفض أي تدخل في شؤون القضاء\".",
        [("حزب الأمة", "نرفض أي")],
    ),
    (
        "issued-document-with-its-cue",
        H + "أصدرت نقابة المحامين بياناً تستنكر فيه اعتقال زملائهم في العاصمة.",
        [("نقابة المحامين", "اعتقال زملائهم")],
    ),
    (
        "document-goes-on-after-cut-quotation",
        H + "جاء في بيان صادر عن رئيس الحزب سالم يوسف:\" موقفنا ثابت منذ البداية.لن نقبل بأي تسوية "
        "على حساب حقوق المزارعين في الأرض والمياه.\n"
        "وأضاف البيان \"سنواصل الدفاع عن المزارعين في كل المحافل الوطنية والدولية\".",
        [("سالم يوسف", "موقفنا ثابت"), ("سالم يوسف", "سنواصل الدفاع")],
    ),
    (
        "praised-with-ala",
        H + "أثنى وزير الثقافة علي حسن على دور الشباب في إحياء التراث الشعبي.",
        [("علي حسن", "دور الشباب")],
    ),
    (
        "asked-of-citizens",
        H + "وطلب الوزير علي حسن من المواطنين عدم الانسياق وراء الشائعات.",
        [("علي حسن", "المواطنين عدم")],
    ),
    (
        "asked-in-quoted-words",
        H + "سأل النائب محمد سعيد \"لماذا تتأخر الحكومة في صرف المساعدات للعائلات؟\".",
        [("محمد سعيد", "لماذا تتأخر")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_arabic_issued(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    doc = clean_text(raw)
    claims = extract_claims(doc)
    for c in claims:
        assert doc.text[c.start : c.end] == c.content
    got = [(c.speaker, c.content) for c in claims if c.kind != ClaimKind.EVENT]
    assert [(s, c[: len(w[1])]) for (s, c), w in zip(got, expected, strict=False)] == expected, got
    assert len(got) == len(expected), got


GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "frame-after-claim-is-no-continuation",
        H + "أدانت وزارة الخارجية قصف المستشفى في المدينة، وعبرت عن قلقها من تدهور الأوضاع. "
        "وجاء ذلك في بيان صادر عن الوزارة اليوم عقب اجتماع طارئ للحكومة.",
        [("وزارة الخارجية", "قصف المستشفى"), ("وزارة الخارجية", "قلقها من")],
    ),
    (
        "twelve-is-no-praise",
        H + "وصل اثني عشر لاعبا إلى المعسكر على متن طائرة خاصة مساء أمس.",
        [],
    ),
    (
        "a-request-is-no-cue",
        H + "قدم المزارعون طلبا من أجل تعويضهم عن خسائر الموسم الماضي.",
        [],
    ),
    (
        "asked-about-a-topic-opens-no-claim",
        H + "سأل النائب محمد سعيد عن مصير المساعدات المخصصة للعائلات.",
        [],
    ),
    (
        "came-at-a-time-is-no-statement",
        H + "جاء في وقت سابق من الشهر الماضي أن الحكومة قررت رفع الأسعار.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), GUARDS, ids=[c[0] for c in GUARDS])
def test_arabic_issued_guard(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    claims = [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    got = [(c.speaker, c.content) for c in claims]
    assert [(s, c[: len(w[1])]) for (s, c), w in zip(got, expected, strict=False)] == expected, got
    assert len(got) == len(expected), got
