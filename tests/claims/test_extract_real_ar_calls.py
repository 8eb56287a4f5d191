"""Arabic attribution in call and meeting sentences (our own sentences, invented names and places).

Diplomatic and official news: ``أجرى X اتصالاً هاتفياً مع Y، أعرب خلاله عن …``, ``التقى X بـY …
وأكد خلال اللقاء …``, ``تلقى X اتصالاً من Y، أكد فيه …``. The pro-drop statement belongs to the
subject of the meeting verb (the caller, the host), not to the counterpart named after مع/بـ/من; the
counterpart speaks when only he agrees with the verb, or after من جانبه. The phrase with the pronoun
for the call (``خلاله``, ``فيه``) belongs to the cue: the content starts after it.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _full(raw: str) -> list[tuple[str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content) for c in claims if c.kind != ClaimKind.EVENT]


def test_caller_speaks_in_the_call_sentence_not_the_counterpart() -> None:
    got = _full(
        "أجرى وزير الخارجية الموريتاني، سالم ولد حامد، اليوم الأحد، اتصالاً هاتفياً مع وزير الخارجية"
        " التونسي، نبيل الصادق، أعرب خلاله عن تضامن بلاده مع تونس في مواجهة الفيضانات."
    )
    assert got == [("سالم ولد حامد", "أعرب عن", "تضامن بلاده مع تونس في مواجهة الفيضانات")], got


def test_call_sentence_opened_by_a_connective() -> None:
    got = _full(
        "قال المتحدث باسم الحكومة سمير داود إن الوضع مستقر.\n\n"
        "كذلك أجرى وزير الخارجية سامي الحلو اتصالاً هاتفياً مع نظيره القطري، جاسم المري، أكد خلاله"
        " أن الأزمة لن تؤثر على العلاقات."
    )
    assert got[1:] == [("سامي الحلو", "أكد", "أن الأزمة لن تؤثر على العلاقات")], got


def test_call_after_an_agency_dateline_and_a_form_of_address() -> None:
    got = _full(
        "الرباط في 5 مارس /وكالة/ أجرى معالي السيد يوسف العلمي وزير الخارجية اتصالاً هاتفياً اليوم مع"
        " معالي الدكتور كمال حداد، نائب رئيس الوزراء وزير خارجية جمهورية لبنان، أكد فيه حرص المملكة"
        " على توسيع الشراكة الاقتصادية.\n\n"
        "وشدد الوزيران على أهمية التنسيق المستمر."
    )
    assert got == [
        ("يوسف العلمي", "أكد", "حرص المملكة على توسيع الشراكة الاقتصادية"),
        ("يوسف العلمي + كمال حداد", "شدد على", "أهمية التنسيق المستمر"),
    ], got


def test_call_received_the_pronoun_phrase_is_not_the_content() -> None:
    got = _full(
        "تلقت رئيسة البرلمان الأردنية هدى المصري اتصالاً هاتفياً من رئيس مجلس النواب العراقي علي الجبوري،"
        " أكدت خلاله دعم الأردن لاستقرار العراق."
    )
    assert got == [("هدى المصري", "أكدت", "دعم الأردن لاستقرار العراق")], got
    # a subject after the phrase is left to the subject readings: "a statement, in which X announced"
    got = _full("وأصدرت الوزارة بيانا أعلن فيه المتحدث باسمها أن المعبر سيفتح غدا.")
    assert got == [("المتحدث باسمها", "أعلن", "أن المعبر سيفتح غدا")], got


def test_counterpart_speaks_when_only_he_agrees_or_after_his_turn() -> None:
    got = _full(
        "أجرى وزير الخارجية الليبي طارق الفيتوري اتصالاً هاتفياً مع وزيرة الخارجية الألمانية كلارا شميت،"
        " أكدت خلاله دعم برلين لمسار الانتخابات."
    )
    assert got == [("كلارا شميت", "أكدت", "دعم برلين لمسار الانتخابات")], got
    got = _full(
        "أجرى وزير الخارجية سامي الحلو اتصالاً هاتفياً مع نظيره القطري جاسم المري.\n\n"
        "وأكد الحلو أن الأزمة لن تؤثر على العلاقات.\n\n"
        "من جهته، أشار إلى أن الدوحة تدعم الحوار."
    )
    assert [s for s, _, _ in got] == ["سامي الحلو", "جاسم المري"], got


def test_the_title_after_a_call_is_the_caller_when_both_hold_it() -> None:
    got = _full(
        "أجرى وزير الخارجية البحريني حمد الزياني اتصالاً هاتفياً مع نظيره الجزائري رشيد بن علي.\n\n"
        "وأعرب الوزير خلال الاتصال عن تقدير المنامة لمواقف الجزائر، فيما أكد أن التنسيق سيستمر.\n\n"
        "من جانبه، أكد بن علي أن بلاده حريصة على تطوير العلاقات."
    )
    assert [s for s, _, _ in got] == ["حمد الزياني", "حمد الزياني", "رشيد بن علي"], got
