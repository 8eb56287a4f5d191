"""What every export format is written from: one record per claim, times already ISO 8601 UTC text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Appearance:
    """The claim in an article: its URL and when that article was published."""

    url: str
    published_at: str | None  # ISO 8601 UTC, "Z"


@dataclass(slots=True)
class ExportRecord:
    """One exported claim with everything every format needs."""

    claim_id: int
    article_url: str
    outlet: str
    published_at: str | None
    language: str
    speaker: str
    speaker_kind: str
    speaker_role: str
    cue: str
    claim_text: str
    kind: str
    via: str
    checkworthiness: float
    status: str
    reviewer: str
    reviewed_at: str | None
    note: str
    evidence_urls: list[str]
    start: int
    end: int
    crossref_urls: list[str] = field(default_factory=list)
    same_claim: list[Appearance] = field(default_factory=list)  # the same claim in other articles
