"""Shared check for the extractor's case tables: who said what, in order, events left aside."""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind


def assert_speakers_and_starts(raw: str, expected: list[tuple[str, str]]) -> None:
    """Each claim's speaker contains the expected name and its content starts with the expected words."""
    doc = clean_text(raw)
    got = [(c.speaker, c.content) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, (speaker, content)
        assert content.startswith(want_start), (speaker, content)
