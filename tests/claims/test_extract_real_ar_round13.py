"""Arabic speaker resolution, round 13 (our own sentences, invented names; places from the lexicon).

The class: an organisation's or a source group's name that stops too early, so the claim goes to a
shorter name than the fullest one the sentence gives (guideline §1, canonical = the fullest name):
- an office's parent body joined by ل after the office's adjective (``المركز الإعلامي لمجلس …``,
  ``المكتب السياسي لحركة …``), with a definite or a plain proper name;
- a construct chain whose inner noun is itself an organisation's head (``دائرة تحقيقات هيئة …``);
- a body's seat glued to ب after its ب-parent and adjectives (``… بالمحكمة الابتدائية بصفاقس``);
- a listed place naming the definite description before it (``في العاصمة الليبية طرابلس``);
- a second indefinite adjective joined by و (``مصادر طبية وأمنية``);
- a three-part name whose father's name is ``علي`` spelt with ya (``منذر علي الكبيسي``) on a page
  that spells the preposition ``على`` with alef maqsura: the name was cut at ``علي`` (read as the
  preposition), so the claim went to the first name alone;
- a title-only mention (``الرئيس الماليزي``) credited to a person named elsewhere whose role holds
  the title only as the genitive of another title (``نائب رئيس الوزراء``): a deputy's office is not
  the head's.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _speakers(raw: str) -> list[str]:
    return [c.speaker for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


def test_office_keeps_its_parent_body_after_l() -> None:
    assert _speakers("كشف المركز الإعلامي لمجلس الوزراء، إن جدول الرحلات لم يتغير.") == [
        "المركز الإعلامي لمجلس الوزراء"
    ]
    assert _speakers("ولفت المكتب السياسي لحركة التجديد في بيان إلى أن الحوار ضروري.") == [
        "المكتب السياسي لحركة التجديد"
    ]


def test_office_parent_body_with_a_plain_name() -> None:
    assert _speakers("وقال المكتب السياسي لحركة زيدان إن الهدنة صامدة.") == ["المكتب السياسي لحركة زيدان"]


def test_construct_chain_through_an_organisation_head() -> None:
    assert _speakers("وقالت دائرة تحقيقات هيئة الرقابة، في بيان، إنه تم توقيف ثلاثة موظفين.") == [
        "دائرة تحقيقات هيئة الرقابة"
    ]


def test_glued_seat_after_a_b_parent_body() -> None:
    assert _speakers("أفاد مكتب الإعلام بالمحكمة الابتدائية بصفاقس بأن الجلسة تأجلت إلى الشهر المقبل.") == [
        "مكتب الإعلام بالمحكمة الابتدائية بصفاقس"
    ]


def test_place_name_after_its_description_in_a_source_group() -> None:
    assert _speakers("أفادت مصادر محلية في العاصمة الليبية طرابلس أن الاشتباكات توسعت إلى الأحياء المجاورة.") == [
        "مصادر محلية في العاصمة الليبية طرابلس"
    ]


def test_coordinated_adjectives_of_a_source_group() -> None:
    got = _speakers(
        "وأفادت مصادر طبية وأمنية، بأن القوات دخلت البلدة فجراً. "
        "وأشارت المصادر إلى أن القوات انسحبت عند الظهر."
    )
    assert got == ["مصادر طبية وأمنية", "مصادر طبية وأمنية"]


def test_a_noun_after_and_is_not_an_adjective() -> None:
    got = _speakers("وقالت مصادر طبية وشهود عيان إن القصف استمر ساعتين.")
    assert "مصادر طبية" in got[0] and "وأمنية" not in got[0]


def test_ya_spelt_preposition_on_a_page_without_alef_maqsura_stays_a_preposition() -> None:
    got = _speakers("ورد الوزير منذر علي الانتقادات بقوة، وقال إن المحصول وفير.")
    assert got == ["منذر"]
