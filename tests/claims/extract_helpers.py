"""Shared check for the extractor's case tables: who said what, in order, events left aside."""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind


def assert_speakers_and_starts(raw: str, expected: list[tuple[str, str]], *, exact: bool = False) -> None:
    """Each claim's speaker contains (``exact``: is) the expected name, its content starts with the
    expected words, and its offsets give its content back."""
    doc = clean_text(raw)
    claims = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    for c in claims:
        assert doc.text[c.start : c.end] == c.content
    got = [(c.speaker, c.content) for c in claims]
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert (speaker == want_speaker) if exact else (want_speaker in speaker), (speaker, content)
        assert content.startswith(want_start), (speaker, content)
