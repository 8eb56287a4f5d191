"""Arabic attribution on real pages, round 18 (our own sentences, invented names and places).

The first class: a nested report after a complementiser carrying a pronoun (``وأضافت الوزارة أنهما
أكدا …``, ``وذكرت الوكالة أنه أكد …``). The pronoun is the inner verb's subject; when it cannot be the
outer speaker (its agreement differs), it points back to the people named before, and their claim
comes too, ``via`` the outer speaker (guideline §2, nested report).
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _full(raw: str) -> list[tuple[str, str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content, c.via) for c in claims if c.kind != ClaimKind.EVENT]


def _pairs(raw: str) -> list[tuple[str, str]]:
    return [(s, c) for s, _, c, _ in _full(raw)]


def test_dual_pronoun_complementiser_reports_the_pair() -> None:
    got = _full(
        "قالت وزارة الخارجية في بيان إن الوزير سامي حداد ونظيره الأردني خالد نور بحثا ملف المياه.\n\n"
        "وأضافت الوزارة، أنهما أكدا ضرورة التعاون في إدارة الأحواض المشتركة."
    )
    assert ("سامي حداد + خالد نور", "أكدا", "ضرورة التعاون في إدارة الأحواض المشتركة", "وزارة الخارجية") in got, got
    assert ("وزارة الخارجية", "أضافت", "أنهما أكدا ضرورة التعاون في إدارة الأحواض المشتركة", "") in got, got


def test_masculine_pronoun_complementiser_after_a_feminine_speaker() -> None:
    got = _pairs(
        "ذكرت الوكالة الوطنية أن الرئيس سامي حداد استقبل وفدا من رجال الأعمال.\n\n"
        "وأضافت الوكالة أنه أكد أن الاستثمار في الطاقة أولوية للحكومة."
    )
    assert ("سامي حداد", "أن الاستثمار في الطاقة أولوية للحكومة") in got, got


def test_pronoun_that_can_be_the_speaker_himself_adds_nothing() -> None:
    got = _pairs("قال الوزير سامي حداد إنه أكد للوفد أن الطريق سيفتح قريبا.")
    assert [s for s, _ in got] == ["سامي حداد"], got


# A second class: a feminine sound plural described by its adjectives opens the sentence after a
# feminine singular cue (``أكدت الهيئات المهنية للأطباء أن …``): a group no list knows (guideline §4.5).
# Non-human and feminine plurals take the feminine singular verb, so agreement does not rule it out;
# the shape does: a definite ات plural, a definite adjective, an optional ل-genitive, then a boundary.


def test_feminine_plural_described_subject() -> None:
    got = _pairs("أكدت الهيئات المهنية للأطباء أن الإضراب قانوني ومشروع.")
    assert got == [("الهيئات المهنية للأطباء", "أن الإضراب قانوني ومشروع")], got


def test_feminine_plural_described_subject_before_a_frame() -> None:
    got = _pairs("أكدت الإطارات النقابية للقطاع العام، في اجتماعها أمس بمقر النقابة، قانونية الإضراب المقرر.")
    assert got and got[0][0] == "الإطارات النقابية للقطاع العام", got


def test_feminine_plural_without_an_adjective_is_no_new_speaker() -> None:
    got = _pairs("قالت الوزيرة سلمى نور إن العمل مستمر.\n\nوأكدت المعلومات المتوفرة لديها أن الطريق آمن.")
    assert all(s != "المعلومات" for s, _ in got), got


# A third class: an imperfect cue after a fronted prepositional adjunct (``ومع ارتفاع الأسعار يطالب
# السكان البلدية بـ …``). An imperfect inside a clause is no report, so only a sentence-initial one was
# read; a short adjunct before the verb (a preposition and its noun phrase, no comma) keeps the verb at
# the head of the main clause. And a nominative sound plural (``السكان``, ``المواطنون``) takes no
# genitive: a definite word after it that does not agree is the verb's object, not part of the group.


def test_imperfect_call_after_a_fronted_adjunct() -> None:
    got = _pairs("ومع ارتفاع الأسعار يطالب المواطنون البلدية بالإسراع في حل أزمة النفايات في الحي.")
    assert got == [("المواطنون", "البلدية بالإسراع في حل أزمة النفايات في الحي")], got


def test_imperfect_inside_a_clause_is_still_no_report() -> None:
    assert _pairs("وفي الحي الذي يطالب سكانه بالماء انقطعت الكهرباء مرة أخرى.") == []


# A fourth class: a call verb that opens a sentence (``وطالبت جماعة X بالكف عن …``) with a party
# named earlier in the article that has not spoken, the call's preposition right after it, while the
# current speaker agrees with the verb: the party is the one called on (the object), the speaker goes
# on (pro-drop). A party new to the article stays the subject.


def test_call_on_a_party_named_before() -> None:
    got = _pairs(
        "اتهم حزب الوحدة الوطنية حركة الشباب الثوري بعرقلة الاتفاق. وأدانت الأمانة العامة للحزب في "
        "اجتماعها اقتحام مقر الحزب في المدينة. وطالبت حركة الشباب الثوري بالكف عن ممارساتها تلك."
    )
    assert got[-1][1].startswith("حركة الشباب الثوري بالكف"), got
    assert got[-1][0] != "حركة الشباب الثوري", got


def test_call_by_a_new_party_keeps_its_subject() -> None:
    got = _pairs(
        "أدانت الأمانة العامة للحزب في اجتماعها اقتحام مقر الحزب. وطالبت منظمة الحقوق المدنية بالكف عن "
        "ممارسات الاعتقال."
    )
    assert got[-1][0] == "منظمة الحقوق المدنية", got


# A fifth class: ``أكد X أن …، كما توجه بالشكر لـ …، مشيراً إلى أن …``. The statement ends where the
# speaker's own act (``كما`` and a verb that is no report) begins; a reporting participle after that
# act hangs on it, so it opens a claim of its own, same speaker (§4.1, §4.10).


def test_content_stops_before_an_also_act_and_the_participle_opens_a_claim() -> None:
    got = _full(
        "وأكد رئيس الوزراء سامي حداد أن زمن العزلة انتهى بعد افتتاح الجسر، وربط الضفتين، كما توجه "
        "بالشكر لكل الجهات التي دعمت المشروع، مشيراً إلى أن الحكومة ستواصل العمل في المنطقة."
    )
    assert [(s, t) for s, _, t, _ in got] == [
        ("سامي حداد", "أن زمن العزلة انتهى بعد افتتاح الجسر، وربط الضفتين"),
        ("سامي حداد", "أن الحكومة ستواصل العمل في المنطقة"),
    ], got
    assert got[1][1].startswith("مشير"), got


def test_also_as_a_comparison_stays_in_the_content() -> None:
    got = _pairs("وأكد الوزير سامي حداد أن المشروع سيكتمل قريبا، كما جاء في الخطة الحكومية المعلنة.")
    assert got == [("سامي حداد", "أن المشروع سيكتمل قريبا، كما جاء في الخطة الحكومية المعلنة")], got


# A sixth class: a و-joined cue with no subject of its own after a sentence-opening verb that is no
# report (``ورفضت وزارة البيئة … واشترطت أن …``): it shares that verb's subject (the ending agrees),
# not the last speaker's.


def test_joined_cue_shares_the_opening_verbs_subject() -> None:
    got = _pairs(
        "أعلنت بلدية المدينة أن المكب أقفل.\n\n"
        "ورفضت وزارة البيئة استقبال النفايات في مكبات أخرى واشترطت ان تتم ازالتها الى مكب المدينة حصرا."
    )
    assert got[-1] == ("وزارة البيئة", "ان تتم ازالتها الى مكب المدينة حصرا"), got


def test_joined_cue_after_a_turn_marker_and_a_plural_of_things() -> None:
    got = _pairs(
        "أعلنت بلدية المدينة أن المكب أقفل.\n\n"
        "من جهتها فضلت البلديات ضمن الاتحاد ان تترك النفايات في الشوارع واشترطت ان تتم ازالتها الى المكب."
    )
    assert got[-1][0] == "البلديات ضمن الاتحاد", got


# A seventh class: an office, then a rank and a name set off after a comma or a semicolon and closed by
# the complementiser (``أكد قائد منطقة الشمال في الشرطة؛ العميد سامي حداد أن …``): the named person
# speaks. Only a name closed by a comma was read; without it the bare office spoke, or no one.


def test_rank_and_name_after_a_semicolon_then_the_complementiser() -> None:
    got = _pairs("وفي السياق ذاته؛ أكد قائد منطقة الشمال في الشرطة؛ العميد سامي حداد أن قواته جاهزة لحماية المدينة.")
    assert got == [("سامي حداد", "أن قواته جاهزة لحماية المدينة")], got


def test_rank_and_name_after_a_comma_then_the_complementiser() -> None:
    got = _pairs("أكد قائد منطقة الشمال في الشرطة، العميد سامي حداد أن قواته جاهزة لحماية المدينة.")
    assert got == [("سامي حداد", "أن قواته جاهزة لحماية المدينة")], got


# An eighth class: a clause cue whose content opens with "there is" (``هناك``, ``ثمة``) and no
# complementiser after the speaker: only a clause opens with that word, so the content starts there.


def test_existential_clause_with_no_complementiser() -> None:
    got = _pairs(
        "قال مدير الأمن العام سامي الحداد إن الخلية ضبطت.\n\n"
        "واضاف الحداد هناك سعي لتسليح الوحدات بأكثر من ألف قطعة سلاح."
    )
    assert got[-1] == ("سامي الحداد", "هناك سعي لتسليح الوحدات بأكثر من ألف قطعة سلاح"), got


# A ninth class: a report inside a set-off relative clause of an outer content (``… تواصل المركز مع
# وزارة التربية، والتي نفت تلك الأنباء تماما``): the named body's own statement, ``via`` the outer
# speaker (guideline §2, nested report). A relative clause with a verb that is no report adds nothing.


def test_set_off_relative_report_of_a_named_body() -> None:
    got = _full(
        "كشف المركز الإعلامي للحكومة، إنه في ضوء ما تردد من أنباء عن تغيير جدول الامتحانات، تواصل المركز "
        "مع وزارة التربية والتعليم، والتي نفت تلك الأنباء تماما."
    )
    assert ("وزارة التربية والتعليم", "نفت", "تلك الأنباء تماما", "المركز الإعلامي للحكومة") in got, got


def test_set_off_relative_without_a_report_adds_nothing() -> None:
    got = _pairs("قال الوزير سامي حداد إن الحكومة تعاقدت مع شركة النور، والتي نفذت مشاريع كثيرة في البلاد.")
    assert [s for s, _ in got] == ["سامي حداد"], got
