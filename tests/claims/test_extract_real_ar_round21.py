"""Arabic attribution on real pages, round 21 (our own sentences, invented names and places).

The governor's title before a definite province head (``والي الولاية``, ``والي الإقليم``), which
folds like ``وإلى`` (and to). A و-surname after a given name no list holds, in the holder's slot
after a title (``المبعوث جيف ويلدام إلى أن``): the و is no conjunction.
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


def test_waw_surname_after_an_unlisted_given_name_in_the_title_slot() -> None:
    got = _full("وأعرب المستشار الخاص جيف ويلدام خلال مقابلة تلفزيونية عن أمله بأن تنجح المفاوضات.")
    assert [s for s, _, _ in got] == ["جيف ويلدام"], got
    got = _full("وأشار المستشار جيف ويلدام إلى أن المفاوضات مستمرة.")
    assert got == [("جيف ويلدام", "أشار إلى", "أن المفاوضات مستمرة")], got
    got = _full("وأكد السفير تومار وودسان، أن الزيارة ناجحة.")
    assert [s for s, _, _ in got] == ["تومار وودسان"], got
    # a relative with a pronoun is a second party, not the surname
    got = _full("وقال السفير تومار وزوجته إن الرحلة ممتعة.")
    assert [s for s, _, _ in got] == ["تومار"], got
