"""What the English real-shape test tables share: each case's body goes under one neutral headline and
lede (so the body is never taken for the headline) and is read back as (speaker, content) pairs."""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

HEADER = "Harbour town plans a new quay\n\nThe council met on a wet evening in the old town hall.\n\n"


def attributions(body: str) -> list[tuple[str, str]]:
    """The attributions (events left out) of ``body`` cleaned under :data:`HEADER`."""
    doc = clean_text(HEADER + body + "\n")
    return [(c.speaker, c.content) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
