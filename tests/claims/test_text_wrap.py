"""Print-layout line breaks (``claims.text.wrap``): a printed column copied line by line keeps its hard
breaks mid-sentence and mid-name. Our own sentences, wrapped at a column width by ``textwrap``, must
give the same claims as the same paragraphs one per line; headlines, web paragraphs without a full
stop and English copy must keep their breaks."""

from __future__ import annotations

import textwrap

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.text.segment import paragraphs
from claims.text.wrap import soft_breaks
from claims.types import ClaimKind

HEADLINE = "وزير النقل يكشف خطة لصيانة الطرق"
PARAS = [
    "كشف الدكتور سالم الهاشمي وزير النقل عن خطة جديدة لصيانة الطرق الريفية في المحافظات الشمالية"
    " خلال العامين المقبلين.",
    "وقال معاليه في حديث للصحفيين: لا نية لرفع رسوم العبور هذا العام ولا في العام المقبل وإنما ستبقى"
    " الرسوم كما هي حتى نهاية الخطة الخمسية الحالية.",
    "وأوضح الهاشمي أن الوزارة رصدت مبلغا كبيرا لإعادة تأهيل الجسور القديمة وأن الشركات المحلية ستنفذ"
    " معظم الأعمال تحت إشراف مهندسي الوزارة.",
    "وأكد الهاشمي: أن الطريق الساحلي سيفتح أمام السيارات قبل نهاية الصيف، ولن تتأثر حركة الشاحنات"
    " بأعمال الصيانة. مشيرا إلى أن الوزارة ستعلن مواعيد الإغلاق المؤقت للطرق الفرعية في الأسبوع المقبل"
    " عبر وسائل الإعلام، وتأج",
]


def _claims(raw: str) -> list[tuple[str, str, str, str]]:
    doc = clean_text(raw)
    return [
        (c.kind.value, c.speaker, c.cue, " ".join(c.content.split()))
        for c in extract_claims(doc)
        if c.kind != ClaimKind.EVENT
    ]


FLAT = HEADLINE + "\n" + "\n".join(PARAS)


def test_the_flat_article_gives_one_claim_per_sentence() -> None:
    got = _claims(FLAT)
    assert [(s, cue) for _, s, cue, _ in got] == [
        ("سالم الهاشمي", "كشف عن"),
        ("سالم الهاشمي", "قال"),
        ("سالم الهاشمي", "أوضح"),
        ("سالم الهاشمي", "أكد"),
        ("سالم الهاشمي", "مشيرا"),  # a sentence opened by a reporting participle: it is the cue (§4.2)
    ], got


@pytest.mark.parametrize("width", [50, 55, 62, 70, 90])
def test_a_column_wrapped_article_reads_like_the_flat_one(width: int) -> None:
    """Every paragraph broken at the column, the headline on the line above the first one: the claims,
    speakers and contents (whitespace aside) are those of the flat article."""
    lines = [line for para in PARAS for line in textwrap.wrap(para, width)]
    assert len(lines) > len(PARAS) + 3
    assert _claims(HEADLINE + "\n" + "\n".join(lines)) == _claims(FLAT)


def test_a_name_cut_after_its_title_keeps_the_cue_its_subject() -> None:
    """``أعلن سعادة المهندس⏎<name> …``: three words ending in a title read as a label, and the cue with
    them; the title word never ends a sentence, so the break is the layout's."""
    raw = (
        HEADLINE
        + "\n\nأعلن سعادة المهندس\nفارس النعيمي مدير هيئة الموانئ عن توسعة الرصيف الشمالي.\n"
        + "وأوضح النعيمي أن الأعمال تبدأ في الربيع."
    )
    got = [(s, cue, content.split(" ", 1)[0]) for _, s, cue, content in _claims(raw)]
    assert got == [("فارس النعيمي", "أعلن عن", "توسعة"), ("فارس النعيمي", "أوضح", "أن")], got


def test_a_sentence_closed_by_a_stub_line_is_one_sentence() -> None:
    """``… بعد انتهاء أعمال⏎الصيانة.``: a long open line and a closing stub of one word."""
    raw = (
        HEADLINE
        + "\n\nوقال وزير النقل سالم الهاشمي إن الطريق الساحلي سيفتح أمام السيارات في الشهر المقبل بعد انتهاء أعمال\n"
        + "الصيانة."
    )
    got = _claims(raw)
    assert len(got) == 1 and got[0][3].endswith("بعد انتهاء أعمال الصيانة"), got


def test_breaks_that_are_not_the_layouts_stay() -> None:
    web = [  # web paragraphs without a full stop, of different lengths: one paragraph a line
        "قال رئيس البلدية إن العمل في الحديقة العامة سينتهي قبل الصيف وإن الافتتاح سيكون في حفل كبير يحضره الأهالي",
        "وأضاف أن الميزانية تكفي",
        "وأشار إلى أن البلدية ستنظم مسابقة للأطفال في يوم الافتتاح وستوزع الجوائز على الفائزين في نهاية اليوم مع عرض للألعاب النارية",
    ]
    assert soft_breaks(web) == [False, False]
    headline = ["وزير النقل: خطة جديدة لصيانة الطرق الريفية", PARAS[0]]  # no dangling word, no column
    assert soft_breaks(headline) == [False]
    english = ["The minister said on Tuesday that the new road would open in", "the spring, officials added."]
    assert soft_breaks(english) == [False]
    closed = ["وقال الوزير:", "الطريق جاهز للعمل منذ الصباح."]
    assert soft_breaks(closed) == [False]
    bullets = ["وتضمنت الخطة ما يلي من", "- صيانة الجسور"]
    assert soft_breaks(bullets) == [False]
    teaser = [  # a related headline above a web paragraph, other headlines of its width below the body
        PARAS[1] + " " + PARAS[2],
        "اقرأ أيضا",
        "وزير الزراعة يفتتح سوق الخضار الجديد ويعد بخفض الأسعار قبل رمضان",
        PARAS[2] + " " + PARAS[1],
        "الأرصاد تتوقع أمطارا غزيرة على المرتفعات الغربية خلال الأسبوع",
        "افتتاح معرض الكتاب الدولي بمشاركة مئة دار نشر من عشرين دولة",
    ]
    assert soft_breaks(teaser)[2] is False
    dateline = ["أبوظبي في 12 مارس/ وام/", "افتتح وزير الزراعة اليوم سوق الخضار الجديد في المدينة."]
    assert soft_breaks(dateline) == [False]  # "وام" is the agency, not و + أم
    byline = ["كتب محمد السيد", "افتتح وزير الزراعة اليوم سوق الخضار الجديد في المدينة."]
    assert soft_breaks(byline) == [False]  # السيد is a surname too


def test_a_blank_line_is_always_a_paragraph_break() -> None:
    text = "أعلن سعادة المهندس\n\nفارس النعيمي مدير هيئة الموانئ عن توسعة الرصيف."
    assert len(paragraphs(text)) == 2
    assert len(paragraphs(text.replace("\n\n", "\n"))) == 1


LEAD_IN = [  # each paragraph's first words on a line of their own, the rest of it on one long line
    ("أعلنت", "هيئة الموانئ الوطنية عن توسعة الرصيف الشمالي لاستقبال السفن الكبيرة قبل نهاية العام."),
    ("وقال مدير الهيئة", "فارس النعيمي للصحفيين إن الأعمال تبدأ في الربيع وتستمر ثمانية أشهر."),
    ("وأكّد النعيمي", "أن حركة الشحن لن تتوقف خلال الأعمال وأن الرصيف الجنوبي سيبقى مفتوحا أمام السفن."),
    ("وفي سياق", "متصل، أوضح النعيمي أن الهيئة رصدت مبلغا كبيرا لتجديد الرافعات القديمة في الميناء."),
]


def test_a_page_that_sets_each_paragraphs_first_words_apart_reads_like_the_flat_one() -> None:
    """A lead-in layout: ``وأكّد النعيمي⏎أن …`` (diacritics on the verb), ``وفي سياق⏎متصل، …`` and the first
    paragraph's verb alone (``أعلنت⏎هيئة …``). Shown by two و-stubs or more, the stubs open their
    paragraphs: the cues keep their subjects, as in the flat article."""
    flat = "\n".join(f"{a} {b}" for a, b in LEAD_IN)
    laid = "\n".join(f"{a}\n{b}" for a, b in LEAD_IN)
    assert len(_claims(flat)) == 4
    assert _claims(laid) == _claims(flat)
    lines = [x for pair in LEAD_IN for x in pair]
    assert soft_breaks(lines) == [True, False, True, False, True, False, True]


def test_one_conjunction_word_heading_above_a_paragraph_is_no_lead_in() -> None:
    """A single و-word line above a paragraph ("وفاة …" opens with و and is a headline): no layout."""
    lines = ["وفاة الفنان", PARAS[0], "صورة", PARAS[2].replace("وأوضح", "أوضح")]
    assert soft_breaks(lines) == [False, False, False]


def test_a_line_opening_on_a_comma_goes_on_the_sentence_above() -> None:
    """A link's text the scraper set on a line of its own: the sentence goes on after it on a line that opens
    on a comma, which no paragraph, headline or list item does (fresh page of clean15a; invented words)."""
    lines = ["احتشد عدد من أهالي", "قرية الوادي", "، صباح اليوم، أمام مبنى البلدية للمطالبة بإصلاح الطريق."]
    assert soft_breaks(lines) == [False, True]
    doc = clean_text("\n".join(["خبر محلي عن احتجاج الأهالي أمام البلدية", *lines, "وقال أحد المحتجين إن الطريق مغلق منذ شهر."]))
    assert "قرية الوادي" in doc.text
