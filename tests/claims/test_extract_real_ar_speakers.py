"""Arabic speaker phrases as real pages write them (issue 11 item 2), one failure kind per row.

Each row is our own sentence (invented names) reproducing a kind seen on the real dev set: a title's
complement taken as the name, a nationality or ``د.`` before the name, a long title before a foreign
name, a collective subject, a subject after a prepositional phrase, an unknown one-word organisation,
a short name that must resolve to the fullest name. Expected claims are (speaker, start of content).
"""

from __future__ import annotations

import pytest

from claims.text.clean import clean_text
from tests.claims.extract_helpers import assert_speakers_and_starts

H = "خبر قصير للاختبار\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "title-complement-possessive",
        H
        + "قال مدرب منتخبنا الوطني لكرة السلة، الإيطالي ماركو بيانكي، "
        + "في المؤتمر الصحفي إن الفريق جاهز للمباراة.",
        [("ماركو بيانكي", "إن الفريق")],
    ),
    (
        "title-complement-then-comma-name",
        H + "وقال لاعب منتخبنا، سامر يوسف، في تصريح صحفي إن المباراة صعبة جدا.",
        [("سامر يوسف", "إن المباراة")],
    ),
    (
        "abbreviated-doctor-attached",
        H + "وقالت وزيرة الصحة د.سلمى حداد إن الوضع مستقر حتى الآن.",
        [("سلمى حداد", "إن الوضع")],
    ),
    (
        "abbreviated-doctor-spaced",
        H + "وقالت وزيرة الصحة د. سلمى حداد إن الوضع مستقر حتى الآن.",
        [("سلمى حداد", "إن الوضع")],
    ),
    (
        "long-title-foreign-name",
        H
        + "وقالت مديرة قسم الأمصال في منظمة الصحة العالمية كارين فوستر في مؤتمر صحفي: "
        + '"المخزون يكفي حتى الصيف".',
        [("كارين فوستر", "المخزون يكفي")],
    ),
    (
        "apposed-name-ending-in-a-title-word",
        H + "وقال لاعب منتخبنا، ماهر أمين، في المؤتمر الصحفي إن المباراة صعبة جدا.",
        [("ماهر أمين", "إن المباراة")],
    ),
    (
        "nationality-before-name",
        H
        + "وقال الوزير كريم سالم إن الخطة جاهزة.\n"
        + 'بالمقابل قال الإيطالي ماركو بيانكي مدرب منتخب الأردن: "الفريق جاهز تماما".',
        [("كريم سالم", "إن الخطة"), ("ماركو بيانكي", "الفريق جاهز")],
    ),
    (
        "subject-after-pronoun-pp",
        H
        + "وقال المتحدث باسم الحكومة رامي سعيد إن الهجوم مدان.\n"
        + "ونشر الفصيل بيانا أعلن من خلاله قائد الكتيبة الشمالية مسؤوليته عن الهجوم على القافلة.",
        [("رامي سعيد", "إن الهجوم"), ("قائد الكتيبة الشمالية", "مسؤوليته عن الهجوم")],
    ),
    (
        "outlet-correspondent-with-place",
        H + "اكد مراسلنا في الموصل ان القصف استمر طوال الليل على الأحياء الشرقية.",
        [("مراسلنا في الموصل", "ان القصف")],
    ),
    (
        "broken-plural-collective-not-last-person",
        H
        + "وكان الوزير سامر نادر قد زار المحكمة.\n"
        + "ويشير وكلاء الدفاع عن المتهم إلى «أن موكلهم فوجئ بالحكم».",
        [("وكلاء الدفاع عن المتهم", "أن موكلهم")],
    ),
    (
        "unknown-one-word-organisation-with-frame",
        H + "وأضافت الإيكاو في بيان صادر عنها أمس، أن حركة الطيران تراجعت بشدة هذا العام.",
        [("الإيكاو", "أن حركة")],
    ),
    (
        "short-name-resolves-to-fullest-name",
        H
        + "تفقد محافظ الواحة حسن سعيد داود مشروع الصرف الصحي.\n"
        + "وأكد المحافظ داود على ضرورة الإسراع في التنفيذ.",
        [("حسن سعيد داود", "ضرورة الإسراع")],
    ),
    (
        "surname-that-is-a-title-word",
        H + "وقال مهندس المشروع فارس القاضي إن العمل سينتهي قريبا.",
        [("فارس القاضي", "إن العمل")],
    ),
    (
        "subject-inside-kama-anna",
        H + "كما أن الهيئة الوطنية للإحصاء أكدت أن التضخم بلغ 2% في الربع الأول.",
        [("الهيئة الوطنية للإحصاء", "أن التضخم")],
    ),
    (
        "clitic-stripped-organisation-whole-name",
        H + "فوفقاً للمرصد المركزي للتعبئة العامة والأسعار، ارتفع سعر الخبز بنسبة 4% خلال الشهر الماضي.",
        [("المرصد المركزي للتعبئة العامة والأسعار", "ارتفع سعر")],
    ),
    (
        "definite-movement-after-pronoun-pp",
        H
        + "وقال المتحدث باسم الحكومة رامي سعيد إن الهجوم مدان.\n"
        + "ونشر الفصيل بيانا، أعلن من خلاله التنظيم الجهادي مسؤوليته عن الهجوم على القافلة.",
        [("رامي سعيد", "إن الهجوم"), ("التنظيم الجهادي", "مسؤوليته عن")],
    ),
    (
        "subject-of-a-report-without-content-is-the-antecedent",
        H
        + "أعلن الديوان الملكي أن العطلة تبدأ الأحد.\n\n"
        + "أوضح سالم الراشد وكيل الوزارة فئات العمال المعنية بالقرار. "
        + 'وقال في حوار مع الوكالة إن "الأولوية للعمالة الماهرة".',
        [("الديوان الملكي", "أن العطلة"), ("سالم الراشد", "الأولوية")],
    ),
    (
        "name-between-commas-then-verbal-noun-object",
        H + "كشف مدير البلدية، خالد عمر، عزم البلدية إنشاء حديقة جديدة.",
        [("خالد عمر", "عزم البلدية")],
    ),
    (
        "title-in-the-genitive-with-l",
        H
        + "وقالت الوزيرة هالة يوسف إن الميزانية جاهزة.\n"
        + "من جهته، شدد النائب الأول لرئيس مجلس الشورى ناصر الحداد على أن الإنفاق مرتفع.",
        [("هالة يوسف", "إن الميزانية"), ("ناصر الحداد", "أن الإنفاق")],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_real_page_speaker_phrases(raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_drafts_say_how_the_speaker_was_found() -> None:
    """Each Arabic draft says how its speaker was resolved and, when readings competed, the margin."""
    from claims.extract.arabic.extract import extract_arabic
    from claims.extract.core.entities import Entity
    from claims.text.normalize import fold
    from claims.types import SpeakerKind

    raw = (
        H
        + "وقال الوزير كريم سالم إن الخطة جاهزة.\n"
        + "وأضاف أن التنفيذ يبدأ الشهر المقبل.\n"
        + 'بالمقابل قال الإيطالي ماركو بيانكي مدرب منتخب الأردن: "الفريق جاهز تماما".'
    )
    doc = clean_text(raw)
    drafts, _ = extract_arabic(doc, fold(doc.text), Entity("", SpeakerKind.OUTLET))
    claims = [d for d in drafts if d.cue]
    assert [d.resolution for d in claims] == ["named", "pro-drop", "named"]
    assert claims[1].margin is None
    assert claims[2].margin is not None and claims[2].margin > 0  # the nisba reading beat the others


def test_a_title_object_is_not_its_name() -> None:
    """``يبحث مع السفير المالطي سبل تعزيز التعاون``: the words after the title are the verb's object
    (a verbal noun follows), so the title stands alone; it must not register a person ``سبل …``
    whose alias ``التعاون`` would then catch every later mention of cooperation."""
    from claims.extract.arabic.mentions import parse_mention
    from claims.extract.arabic.noun_phrases import Ctx
    from claims.extract.core.entities import Registry
    from claims.extract.core.tokens import tokenize
    from claims.text.normalize import fold

    text = "يبحث مع السفير المالطي سبل تعزيز التعاون بين البلدين"
    folded = fold(text)
    ctx = Ctx(text, folded, Registry())
    toks = tokenize(folded.text, 0, len(folded.text))
    mention = parse_mention(ctx, toks, 2, len(toks))
    assert mention is not None and not mention.entity.named, mention
    assert ctx.reg.lookup("التعاون") is None


def test_a_preposition_with_a_pronoun_is_no_name() -> None:
    """``يحاسب عليه المسؤول عنه``: ``عنه`` after a title is a preposition with a pronoun; registering
    it as the official's name made a later ``المسؤولة …`` resolve to a speaker called ``عنه``."""
    from claims.extract.arabic.mentions import parse_mention
    from claims.extract.arabic.noun_phrases import Ctx
    from claims.extract.core.entities import Registry
    from claims.extract.core.tokens import tokenize
    from claims.text.normalize import fold

    text = "يحاسب عليه المسؤول عنه أمام القضاء"
    folded = fold(text)
    ctx = Ctx(text, folded, Registry())
    toks = tokenize(folded.text, 0, len(folded.text))
    mention = parse_mention(ctx, toks, 2, len(toks))
    assert mention is not None and not mention.entity.named, mention
    assert ctx.reg.lookup("عنه") is None
