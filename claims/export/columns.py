"""The export's fixed, documented, versioned column set (CSV header = JSON Lines keys).

Consumers build spreadsheets and scripts on these names, so they change only with a new
:data:`SCHEMA_VERSION`; ``docs/export.md`` documents each one and a test keeps the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 1
"""Bump when a column is added, removed, renamed or changes meaning."""

LIST_SEPARATOR = "\n"
"""How a CSV cell joins several URLs (one per line; JSON Lines keeps real arrays)."""


@dataclass(frozen=True)
class Column:
    key: str
    description: str


COLUMNS: tuple[Column, ...] = (
    Column("claim_id", "The claim's id in the database (stable)."),
    Column("article_url", "URL of the article the claim was found in."),
    Column("outlet", "The outlet that published the article."),
    Column("published_at", "When the article was published, ISO 8601 UTC (empty when unknown)."),
    Column("language", "The article's language: `ar` or `en`."),
    Column("speaker", "Who made the statement (canonical name; the outlet for an event claim)."),
    Column("speaker_role", "The speaker's role or title as the article gives it."),
    Column("cue", "The reporting verb or phrase (`أكد`, `said`, `according to`)."),
    Column("claim_text", "The claim's content; the editor's corrected text when it was corrected."),
    Column(
        "kind", "`direct` (quoted), `indirect` (reported speech) or `event` (the outlet's own assertion)."
    ),
    Column("via", "The intermediary the article cites (`according to Reuters`), empty when none."),
    Column("checkworthiness", "How check-worthy the extractor judged the claim, 0 to 1."),
    Column("status", "The desk's verdict: `verified` or `disputed`."),
    Column("reviewer", "Who made the latest verdict."),
    Column("reviewed_at", "When the latest verdict was made, ISO 8601 UTC."),
    Column("note", "The reviewer's note on the verdict."),
    Column("evidence_urls", "The evidence the reviewer cited, one per line."),
    Column(
        "crossref_urls",
        "Where else this claim appears or comes from (same claim elsewhere, the cited source), one per line.",
    ),
    Column("start", "Start offset of the claim's span in the article's clean text (characters)."),
    Column("end", "End offset (exclusive) of that span."),
    Column("schema_version", f"This column set's version (currently {SCHEMA_VERSION})."),
)

HEADER: tuple[str, ...] = tuple(c.key for c in COLUMNS)
