"""Arabic attribution on real pages, round 21 (our own sentences, invented names and places).

The governor's title before a definite province head (``والي الولاية``, ``والي الإقليم``), which
folds like ``وإلى`` (and to).
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "خبر قصير للاختبار\n\n"


def _full(raw: str) -> list[tuple[str, str, str]]:
    claims = extract_claims(clean_text(H + raw))
    return [(c.speaker, c.cue, c.content) for c in claims if c.kind != ClaimKind.EVENT]


def test_governor_before_a_definite_province_head() -> None:
    got = _full("وقال والي الولاية كريم سعدان إن الطريق مغلق.")
    assert got == [("كريم سعدان", "قال", "إن الطريق مغلق")], got
    got = _full("وقال والي الإقليم إن الجسر آمن.")
    assert got == [("والي الإقليم", "قال", "إن الجسر آمن")], got
    got = _full("والي الولاية كريم سعدان أكد أن الطريق مغلق.")
    assert got == [("كريم سعدان", "أكد", "أن الطريق مغلق")], got
