"""Arabic attribution, dev38 round 16 (our own sentences, invented names and places).

Two offices of different genders joined by و are two people, each speaking in turn with a verb of
their own gender; the short title (``الوالي``) points back to the full office; a verb form spelt like
another verb (``عبرت`` "crossed") is a report when its own preposition follows.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _full(raw: str) -> list[tuple[str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content) for c in claims if c.kind != ClaimKind.EVENT]


def _speaker_of(got: list[tuple[str, str, str]], start: str) -> str:
    return next(s for s, _, c in got if c.startswith(start))


TWO_OFFICES = (
    "استقبل والي جهة الشمال ورئيسة مجلس المدينة مرفوقة بأعضاء المكتب وفدا من المستثمرين أمس.\n\n"
    "ورحب الوالي بالوفد، كما نوه بالجهود التي يبذلها المستثمرون في المنطقة.\n\n"
    "من جهتها، عبرت رئيسة المجلس عن ارتياحها لهذه الزيارة. "
    "كما أكدت على استعداد المجلس لمرافقة المشاريع الجديدة.\n"
)


def test_offices_of_two_genders_are_two_speakers() -> None:
    got = _full(TWO_OFFICES)
    assert _speaker_of(got, "الجهود التي") == "والي جهة الشمال", got
    assert _speaker_of(got, "استعداد المجلس") == "رئيسة مجلس المدينة", got


def test_crossed_spelling_is_a_cue_before_its_preposition() -> None:
    got = _full(TWO_OFFICES)
    assert ("رئيسة مجلس المدينة", "عبرت عن") in {(s, c) for s, c, _ in got}, got
    crossed = "وعبرت القافلة الحدود عن طريق المعبر الشمالي صباح اليوم.\n"
    assert not [g for g in _full(crossed) if g[1].startswith("عبرت")]


def test_one_person_with_two_offices_stays_one() -> None:
    got = _full("وقال نائب رئيس الوزراء ووزير المالية سامي الفرا إن الميزانية ستقدم الشهر المقبل.\n")
    assert [s for s, _, _ in got] == ["سامي الفرا"], got


def test_body_after_spokesman_is_no_name() -> None:
    got = _full(
        'أكد الناطق الرسمي باسم محاكم المدينة، سالم الحداد، لـ"الصباح"، مساء اليوم، '
        "أن النيابة أصدرت خمس بطاقات إيداع.\n\nوأضاف الحداد أن التحقيق متواصل.\n"
    )
    assert {s for s, _, _ in got} == {"سالم الحداد"}, got
    assert got[0][2].startswith("أن النيابة"), got


def test_abbreviated_title_letter_is_no_speaker() -> None:
    got = _full(
        "انتقد رئيس بلدية الوادي أ. سامر الخطيب قرار الإغلاق.\n\n"
        "وقال مدير المشروع م. خالد الزين إن الأشغال ستنتهي قريبا.\n"
    )
    assert {s for s, _, _ in got} == {"سامر الخطيب", "خالد الزين"}, got


def test_object_in_construct_ends_a_kunya_name() -> None:
    got = _full(
        "استنكر رئيس البلدية سامي أبو زيد جريمة الاحتلال بحق العمال.\n\n"
        "وأكد أبو زيد أن العمل سيستمر في البلدة.\n"
    )
    assert {s for s, _, _ in got} == {"سامي أبو زيد"}, got
    assert got[0][2].startswith("جريمة الاحتلال"), got


def test_occasion_pronoun_after_the_name_is_no_name_word() -> None:
    got = _full(
        "أكد والي الولاية السيد كمال راشدي خلاله إشرافه على افتتاح المعرض لوسائل الإعلام "
        "أن المشاريع ستسلم قبل الصيف.\n\nوأضاف السيد راشدي أن التمويل متوفر.\n"
    )
    assert {s for s, _, _ in got} == {"كمال راشدي"}, got
    assert got[0][2].startswith("أن المشاريع"), got


def test_a_name_part_ending_in_ta_marbuta_before_the_family_name_stays_in_the_name() -> None:
    """Male name parts end in ة (عطية, أسامة) and a family name follows with ال: outside a kunya pair the
    ة-word is not the verb's object, so the whole four-part name speaks."""
    got = _full("قال الدكتور أحمد محمد عطية الخزرجي إن المستشفى سيفتح أبوابه الأسبوع المقبل.\n")
    assert [s for s, _, _ in got] == ["أحمد محمد عطية الخزرجي"], got
