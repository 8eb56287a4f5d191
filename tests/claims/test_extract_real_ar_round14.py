"""Arabic reporting constructions the extractor missed entirely, round 14 (our own sentences,
invented names and places).

The class: a reporting verb whose complement does not come right after its speaker. Kinds:
- a verb of calling on someone (``طالب``, ``دعا``, ``ناشد``, listed as ``appeal_verbs``), its speaker,
  a comma, then the addressee as its object before the call: the call's preposition a few words on
  (``، المواطنين إلى الالتزام …``) or a bare verbal noun (``، الجميع الإبلاغ عن …``); the addressee
  and the call are the content. A relative clause, a frame or a date after the comma is no addressee;
- a cue that requires ``ب`` (``طالب``, ``أشاد``, ``ندد``) after a frame (``في بيان لها``, ``خلال مؤتمره
  الصحفي اليوم``, ``في خطابها المرسل إلى …``): the first ب-word after the frame opens the complement,
  unless it is the frame's own (``بمناسبة``, ``بحضور``, ``بمدينة``: ``frame_b_words``).
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.cue, c.content) for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]


def test_appeal_with_addressee_after_comma_and_bare_verbal_noun() -> None:
    got = _got("كما طالبت وزارة التموين، الجميع الإبلاغ عن أي مخالفات في أسواق مدينة الزهراء.")
    assert got == [("وزارة التموين", "طالبت", "الجميع الإبلاغ عن أي مخالفات في أسواق مدينة الزهراء")], got


def test_call_with_addressee_after_comma_then_its_preposition() -> None:
    got = _got("دعا وزير النقل سامي نور، المواطنين إلى الالتزام بإرشادات السلامة على الطرق.")
    assert got == [("سامي نور", "دعا", "المواطنين إلى الالتزام بإرشادات السلامة على الطرق")], got


def test_addressee_with_b_call_after_comma() -> None:
    got = _got("وطالبت نقابة المعلمين، الحكومة بصرف المستحقات المتأخرة قبل نهاية الشهر.")
    assert got == [("نقابة المعلمين", "طالبت", "الحكومة بصرف المستحقات المتأخرة قبل نهاية الشهر")], got


def test_relative_clause_after_comma_is_no_addressee() -> None:
    got = _got("ودعا سامي نور، الذي زار المدينة أمس، إلى الحوار بين الأطراف.")
    assert all(not content.startswith("الذي") for _, _, content in got), got


def test_b_complement_after_a_statement_frame() -> None:
    got = _got("وطالبت الوزارة في بيان لها بضرورة الإفراج عن المحتجزين في بلدة الرمانة.")
    assert got == [("الوزارة", "طالبت ب", "ضرورة الإفراج عن المحتجزين في بلدة الرمانة")], got


def test_b_complement_after_a_press_conference_frame() -> None:
    got = _got("وطالب حزب الأمل خلال مؤتمره الصحفي اليوم بالإفراج عن المعتقلين.")
    assert got == [("حزب الأمل", "طالب ب", "الإفراج عن المعتقلين")], got


def test_b_complement_after_a_frame_with_its_own_b_words() -> None:
    got = _got("وأشاد الوزير كريم داود خلال زيارته بمدينة الواحة بجهود رجال الإطفاء.")
    assert got == [("كريم داود", "أشاد ب", "جهود رجال الإطفاء")], got


def test_b_complement_after_a_long_letter_frame() -> None:
    got = _got(
        "كما طالبت الأمانة العامة للاتحاد في خطابها المرسل إلى الاتحاد القاري بإشعارها بجميع الشكاوى المقدمة."
    )
    assert got == [("الأمانة العامة للاتحاد", "طالبت ب", "إشعارها بجميع الشكاوى المقدمة")], got
