"""Small shared vocabularies: languages, claim kinds, speaker kinds, review states, roles.

Kept in one place so the extractor, storage, review rules and export speak the same words.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

Lang = Literal["ar", "en"]
LANGS: tuple[Lang, ...] = ("ar", "en")


class ClaimKind(StrEnum):
    """How the article carries the statement (guideline §1)."""

    DIRECT = "direct"  # inside quotation marks
    INDIRECT = "indirect"  # reported speech
    EVENT = "event"  # the outlet's own checkable assertion


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    OUTLET = "outlet"
    GROUP = "group"


class ReviewStatus(StrEnum):
    """Where a claim stands for the desk (review-guideline.md)."""

    PENDING = "pending"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    NOT_A_CLAIM = "not_a_claim"


class Role(StrEnum):
    """Who may do what: reviewers decide; editors also correct and export; admins manage users."""

    REVIEWER = "reviewer"
    EDITOR = "editor"
    ADMIN = "admin"
