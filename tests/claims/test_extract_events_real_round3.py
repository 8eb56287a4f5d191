"""Arabic ``event`` shapes from the dev10/dev12/dev14/dev16 diagnosis (December 2026, round 3), each
with our own invented sentences and names; no article sentence is used here. Each case fails before
branch evfix3:

- acts of office told by the outlet (appointments, dismissals, resignations, oaths, elections) and
  the light verb ``قام بـ`` + a verbal noun are event verbs, like visits and meetings;
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\nوصل الوفد الرياضي إلى مطار المدينة مساء الخميس الماضي.\n\n"


def _claims(body: str) -> list:
    return [c for c in extract_claims(clean_text(H + body + "\n")) if not c.content.startswith("وصل الوفد")]


def _events(body: str) -> list[str]:
    return [c.content for c in _claims(body) if c.kind == ClaimKind.EVENT]


OFFICE_ACTS = [
    "وعين سامر نديم مديرا لهيئة الموانئ.",
    "وأقالت الحكومة رئيس مصلحة الجمارك رامي فياض.",
    "واستقال وزير الزراعة كامل حداد من منصبه.",
    "وأدى المحافظون الجدد القسم أمام رئيس الدولة.",
    "وقد قامت البلدية بإزالة الأكشاك من الساحة الكبرى.",
    "وكلفت الرئاسة المهندس نادر سليم بتسيير شؤون المصنع.",
]


@pytest.mark.parametrize("body", OFFICE_ACTS)
def test_an_act_of_office_is_an_event(body: str) -> None:
    assert _events(body) == [body.rstrip(".")]




REPORTED_ACTS = [
    "وأكد الوزير أن الحكومة عينت لجنة للتحقيق في الحادث.",
    "وقالت الشرطة إنها أوقفت ثلاثة مشتبه بهم في الحي الشرقي.",
    "وأعلن المجلس أنه قام بتجميد عضوية النائب سليم كرم.",
]


@pytest.mark.parametrize("body", REPORTED_ACTS)
def test_a_reported_act_of_office_stays_a_claim(body: str) -> None:
    got = _claims(body)
    assert got and all(c.kind != ClaimKind.EVENT for c in got)


TOPIC_ONLY = [
    "علّقت وزارة الصحة، اليوم الثلاثاء، على أنباء انتشرت حول إغلاق المستشفى الجامعي في المدينة.",
    "وعلق مصدر رسمي في البلدية، مساء السبت، على التقارير التي نشرتها صحيفة محلية بشأن بيع الملعب.",
]


@pytest.mark.parametrize("body", TOPIC_ONLY)
def test_a_reaction_with_only_its_topic_is_an_event(body: str) -> None:
    """§4.4: a reporting verb with only a noun phrase carries no statement; reacting to news is an act."""
    assert _events(body) == [body.rstrip(".")]


TOPIC_WITH_STATEMENT = [
    "وعلق مصدر رسمي في البلدية، مساء السبت، على التقارير بالقول إن الملعب لن يباع.",
    "وعلق الوزير على القرار قائلا إن الحكومة ستدرسه في جلستها المقبلة.",
    "وعلّقت النقابة على الحكم: «هذا يوم حزين للعمال في المدينة».",
]


@pytest.mark.parametrize("body", TOPIC_WITH_STATEMENT)
def test_a_reaction_with_a_statement_is_no_event(body: str) -> None:
    assert _events(body) == []


OCCASIONS = [
    (
        "وأكد مدير الميناء سالم عبود جاهزية الأرصفة لاستقبال السفن، وذلك خلال جولة ميدانية في الميناء يوم الأحد.",
        "أكد",
        "جاهزية الأرصفة لاستقبال السفن",
        "وذلك خلال جولة ميدانية في الميناء يوم الأحد",
    ),
    (
        "وأعلنت الوزارة رفع حالة التأهب في المستشفيات وذلك بعد الحريق الذي اندلع في مستودع الأدوية أمس.",
        "أعلنت",
        "رفع حالة التأهب في المستشفيات",
        "وذلك بعد الحريق الذي اندلع في مستودع الأدوية أمس",
    ),
]


@pytest.mark.parametrize("body,cue,content,event", OCCASIONS)
def test_the_occasion_after_a_report_is_the_outlets_event(body: str, cue: str, content: str, event: str) -> None:
    got = _claims(body)
    assert [(c.cue, c.content) for c in got if c.kind != ClaimKind.EVENT] == [(cue, content)]
    assert _events(body) == [event]


MEANS_OR_REASON = [
    "وأكد الوزير أن الإنتاج سيرتفع العام المقبل، وذلك من خلال تشغيل ثلاثة مصانع جديدة في الجنوب.",
    "وقال المدير إن الرحلات ستتوقف يومين، وذلك بسبب أعمال الصيانة في مدرج المطار الرئيسي.",
    "وقال المدير: «سنغلق الطريق، وذلك بعد انتهاء موسم الأمطار في شهر آذار».",
]


@pytest.mark.parametrize("body", MEANS_OR_REASON)
def test_means_reason_or_quoted_occasion_stays_in_the_claim(body: str) -> None:
    assert _events(body) == []


def test_an_unstopped_line_that_opens_with_a_continuing_particle_is_body_text() -> None:
    """No headline opens with ``وقد``: a paragraph that lost its full stop is still a sentence."""
    body = "وقد قامت إدارة المطار بإلغاء الرحلات المسائية كلها"
    assert _events(body) == [body]


def test_an_unstopped_short_headline_stays_no_event() -> None:
    assert _events("قامت إدارة المطار بإلغاء الرحلات المسائية كلها") == []


SOURCED = [
    "ووفقاً لأقواله؛ فإن خسائر الموسم الزراعي تجاوزت 40 مليون دولار في الشمال.",
    "وبحسب الأرقام الرسمية، ارتفع عدد الزوار إلى 120 ألفا في شهر أيار.",
]


@pytest.mark.parametrize("body", SOURCED)
def test_a_sentence_opened_by_a_source_phrase_is_no_event(body: str) -> None:
    assert _events(body) == []


def test_a_photo_caption_is_no_event() -> None:
    """§4.6: captions are article metadata, neither claim nor event."""
    body = "وزير النقل سامي عون في مؤتمر صحفي بالعاصمة يوم 4 نيسان 2021. تصوير: رامي خليل - وكالة الأنباء"
    assert _events(body) == []


def test_a_sentence_with_a_colon_and_no_credit_stays_an_event() -> None:
    body = "وافتتح المحافظ يوم الاثنين جسرا جديدا بطول 300 متر: الأول في المنطقة."
    assert _events(body) == [body.rstrip(".")]


def test_a_reply_told_by_its_participle_is_no_event() -> None:
    """``ردت الوزارة على …، موضحة أن …``: the reply is the ministry's words (the claim), not an act."""
    body = "ردت وزارة الصحة، على الأنباء التي ترددت عن إغلاق المستشفى الجامعي، موضحة أن المستشفى يعمل بشكل طبيعي."
    got = _claims(body)
    assert [c.kind for c in got] == [ClaimKind.INDIRECT]


def test_an_act_told_before_a_participle_stays_an_event() -> None:
    body = "افتتحت وزارة الصحة، يوم الأحد، مستشفى جديدا في المدينة، موضحة أن المستشفى سيخدم 50 ألف مواطن."
    assert _events(body) == ["افتتحت وزارة الصحة، يوم الأحد، مستشفى جديدا في المدينة"]


TEASERS = [
    "كشف حزب الخضر، اليوم الأربعاء، عن موقف رئيسه سليم داود من مشروع قانون المياه الجديد.",
    "وأفصحت النقابة يوم الخميس عن تفاصيل خطتها للإضراب في مصانع الإسمنت.",
]


@pytest.mark.parametrize("body", TEASERS)
def test_a_disclosure_that_only_names_a_statement_is_an_event(body: str) -> None:
    """§4.12: ``كشف عن تفاصيل الخطة`` with nothing of it said is no claim; the disclosure is an act."""
    got = _claims(body)
    assert [(c.kind, c.content) for c in got] == [(ClaimKind.EVENT, body.rstrip("."))]


DISCLOSURES = [
    "وكشف الوزير عن تفاصيل الخطة، موضحا أنها تشمل بناء 300 مدرسة في الأرياف.",
    "وكشف المدير عن أسباب التأخير: «نقص العمال وارتفاع أسعار الحديد».",
    "وكشفت الشركة عن خسائر بلغت 20 مليون دولار في الربع الأول.",
]


@pytest.mark.parametrize("body", DISCLOSURES)
def test_a_disclosure_that_says_something_stays_a_claim(body: str) -> None:
    assert any(c.kind != ClaimKind.EVENT for c in _claims(body))


CIRCULATED = [
    "وكانت صحف محلية قد تناقلت الخبر قبل أن تحذفه من مواقعها.",
    "وتداولت حسابات على مواقع التواصل مقطعا مصورا لانهيار الجسر القديم.",
]


@pytest.mark.parametrize("body", CIRCULATED)
def test_news_passed_around_is_the_outlets_event(body: str) -> None:
    assert _events(body) == [body.rstrip(".")]


def test_rumour_as_subject_stays_no_event() -> None:
    assert _events("وتحدثت أنباء عن صفقة جديدة بين الناديين في العاصمة.") == []


def test_news_passed_around_before_a_report_is_no_lead_event() -> None:
    """``وكانت وسائط قد تداولت حديثا عن …، وقالت إن …``: the circulation only frames the report."""
    body = "وكانت حسابات قد تداولت حديثا عن بيع الميناء وقالت إن الصفقة ستوقع في آب المقبل."
    assert _events(body) == []


def test_the_occasion_of_a_report_with_its_own_act_and_time_is_an_event() -> None:
    """A meeting took place (§2): ``خلال ندوة عُقدت الخميس في …`` between the speaker and the statement."""
    body = "أكد مسؤولون في قطاع المياه، خلال ندوة عُقدت الخميس في مدينة الساحل، أن مخزون السدود كاف للصيف."
    got = _claims(body)
    assert [c.content for c in got if c.kind == ClaimKind.EVENT] == ["ندوة عُقدت الخميس في مدينة الساحل"]
    assert [c.content for c in got if c.kind != ClaimKind.EVENT] == ["أن مخزون السدود كاف للصيف"]


OCCASION_NOT_EVENTS = [
    # no time: nothing to check about the occasion
    "أكد مسؤولون في قطاع المياه، خلال ندوة عُقدت في مدينة الساحل، أن مخزون السدود كاف للصيف.",
    # inside the speaker's words
    "وقال الوزير إن الاتفاق وُقّع خلال اجتماع عقد الخميس في العاصمة بين الطرفين.",
]


@pytest.mark.parametrize("body", OCCASION_NOT_EVENTS)
def test_an_untimed_or_quoted_occasion_is_no_event(body: str) -> None:
    assert _events(body) == []
