"""Who produced a claim: the extractor, or a desk member who added one the extractor missed.

The convention shared with the dashboard's "add a missed claim" (``claims.review``): an added claim
is stored like any other, with ``extractor == "reviewer"``. Gold export keeps such claims, and
``claims quality`` counts them, because each one is a miss of the extractor measured by the desk.
"""

from __future__ import annotations

from typing import Protocol

REVIEWER_EXTRACTOR = "reviewer"
"""``Claim.extractor`` of a claim a desk member added by hand."""


class _HasExtractor(Protocol):
    extractor: str


def is_reviewer_added(claim: _HasExtractor) -> bool:
    """Whether a desk member added ``claim`` (it is not the extractor's output)."""
    return claim.extractor == REVIEWER_EXTRACTOR
