"""Arabic real-page kinds, round 6 (our own sentences, invented names).

Kind: a frame set off by dashes between the speaker and a quotation
(``قال X -في تصريح صحفي اليوم- "…"``): the dashes enclose where and when it was said, and the
quotation after them is the statement.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _got(raw: str) -> list[tuple[str, str, str]]:
    doc = clean_text(raw)
    return [(c.speaker, c.cue, c.content) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]


def test_quotation_after_a_frame_set_off_by_dashes() -> None:
    got = _got(H + 'وقال مدير الميناء كمال سعيد -في تصريح صحفي اليوم الأحد- "الرصيف الجديد جاهز للعمل".')
    assert got == [("كمال سعيد", "قال", "الرصيف الجديد جاهز للعمل")], got


def test_quotation_after_a_dashed_frame_following_an_earlier_claim() -> None:
    got = _got(
        H + "أعلنت الوزيرة هالة منصور أن الموسم بدأ.\n\n"
        + 'وردا على سؤال عن الأسعار، قالت منصور –في حديث لإذاعة محلية– "لن ترتفع الأسعار هذا الشهر".'
    )
    assert ("هالة منصور", "قالت", "لن ترتفع الأسعار هذا الشهر") in got, got
