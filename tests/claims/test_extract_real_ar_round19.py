"""Arabic attribution on real pages, round 19 (our own sentences, invented names and places).

The speaker phrase cut short between the cue and its preposition (``شدد … على``, ``كشفت … عن``):
a title whose construct noun starts with و (``رئيس وحدة …``, ``رئيس وفد …``), a body named by a long
chain of indefinite nouns, a time adjunct set off by commas (``، منذ قليل،``), and a second role in
apposition with no و (``X، عضو …، حاكم …، على``). The subject runs to its end; the content starts
after the cue's preposition.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _full(raw: str) -> list[tuple[str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content) for c in claims if c.kind != ClaimKind.EVENT]


def test_title_whose_construct_noun_starts_with_waw() -> None:
    got = _full("وشدّد رئيس وحدة الرصد والمتابعة على أن المصنع لم يسجل أي تسرب.")
    assert got == [("رئيس وحدة الرصد والمتابعة", "شدّد على", "أن المصنع لم يسجل أي تسرب")], got


def test_delegation_head_is_not_a_coordination() -> None:
    got = _full("وقال رئيس وفد المزارعين إن المحصول تضرر كثيرا.")
    assert got == [("رئيس وفد المزارعين", "قال", "إن المحصول تضرر كثيرا")], got
    # a title after و is still "and …": the head and his deputy
    got = _full("وقال رئيس ونائب رئيس النادي إن الملعب جاهز.")
    assert [s for s, _, _ in got] == ["رئيس ونائب رئيس النادي"], got


def test_body_named_by_a_long_construct_chain() -> None:
    got = _full("كشفت لجنة طوارئ مكافحة مرض إنفلونزا الطيور، عن عدم تسجيل أي حالة جديدة.")
    assert got == [("لجنة طوارئ مكافحة مرض إنفلونزا الطيور", "كشفت عن", "عدم تسجيل أي حالة جديدة")], got


def test_time_adjunct_between_speaker_and_preposition() -> None:
    got = _full("كشفت هيئة الأرصاد الجوية، منذ قليل، عن توقع هطول أمطار غزيرة.")
    assert got == [("هيئة الأرصاد الجوية", "كشفت عن", "توقع هطول أمطار غزيرة")], got


def test_second_role_in_apposition_without_waw() -> None:
    got = _full("شدد الشيخ ماجد بن سالم الكعبي، عضو المجلس التنفيذي، حاكم الإمارة، على ضرورة حماية الشواطئ.")
    assert got == [("ماجد بن سالم الكعبي", "شدد على", "ضرورة حماية الشواطئ")], got


# A compass direction inside a title chain (``مسؤول ملف … جنوب المحافظة X``) opens the place the office
# covers; the name after the place is the speaker, never the direction.


def test_direction_inside_a_title_chain() -> None:
    got = _full("وقال مسؤول ملف المياه جنوب المحافظة سامر خليل، إن الآبار جفت.")
    assert got == [("سامر خليل", "قال", "إن الآبار جفت")], got


def test_direction_adjective_and_compound_direction_inside_a_title() -> None:
    got = _full("وقال مدير الزراعة شمالي المدينة نبيل عواد، إن المحصول تضرر.")
    assert [s for s, _, _ in got] == ["نبيل عواد"], got
    got = _full("وقال مدير الزراعة شمال شرق البلاد نبيل عواد، إن المحصول تضرر.")
    assert [s for s, _, _ in got] == ["نبيل عواد"], got


# "accompanied by" (رفقة, برفقة, بمعية, صحبة) after a title in a caption is the company, not the
# holder's name; the title later resolves to the person named with it.


def test_accompanied_by_is_no_name() -> None:
    got = _full(
        "وصل وزير الزراعة سليم قادري صباح اليوم، رفقة وفد حكومي إلى الولاية. "
        "وأكد وزير الزراعة أن الحكومة ستعوض الفلاحين.\n\n"
        "وزير الزراعة رفقة وفد حكومي في الولاية"
    )
    assert [s for s, _, _ in got] == ["سليم قادري"], got


# A patronymic name whose last word is also a title (``يحيى ولد سالم الأمين``): with the cue's
# complementiser or preposition right after it, that word ends the name; a later mention by the
# father's name (``وأكد ولد سالم الأمين،``) resolves to the full name.


def test_patronymic_name_ending_in_a_title_word() -> None:
    got = _full(
        "قال وزير الصيد يحيى ولد سالم الأمين إن الموسم ناجح.\n\n"
        "وأكد ولد سالم الأمين، خلال جلسة في البرلمان، أن الأسعار مستقرة."
    )
    assert got == [
        ("يحيى ولد سالم الأمين", "قال", "إن الموسم ناجح"),
        ("يحيى ولد سالم الأمين", "أكد", "أن الأسعار مستقرة"),
    ], got


# "the latter" (هذه الأخيرة, هذا الأخير) as the subject of a cue with a preposition: it stands for the
# person last named, of the verb's gender; the content starts after the preposition.


def test_the_latter_before_the_cues_preposition() -> None:
    got = _full(
        "قال المدير العام سليم بكار إن الطرق سالكة.\n\n"
        "قالت المديرة سعاد حمدي إن الجسور آمنة.\n\n"
        "ومن جهة أخرى أشارت هذه الأخيرة إلى أن النفق سيفتح قريبا. وأكد الأخير على أن الطرق ستصان."
    )
    assert got[2:] == [
        ("سعاد حمدي", "أشارت إلى", "أن النفق سيفتح قريبا"),
        ("سليم بكار", "أكد على", "أن الطرق ستصان"),
    ], got
