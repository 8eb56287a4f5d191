"""Fitting an article and its claims to the schema before they are stored, and saying what changed.

PostgreSQL refuses a NUL character in any text and a string longer than its ``VARCHAR(n)``; SQLite
stores both. Either refusal used to fail the whole batch, on every rerun. So, before extraction (the
spans point into the text, so the text must be final before any span is computed):

* NUL characters are stripped from the text and every other string (they carry nothing a reader sees);
* bounded metadata (site name, author, a claim's speaker or cue…) is clipped to its column's length.

The lengths are read from ``claims.models`` — the schema is the one place they are written down. Each
change is described in a short note that is stored with the article (``Article.input_fixes``), so
the change to what a reviewer sees is on record. Letters are never otherwise touched.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import SQLModel

from claims.candidates import ClaimCandidate, CleanDocument, MetaLine, Teaser
from claims.models import Article, Claim, CrossReference

NUL = "\x00"


def column_length(model: type[SQLModel], name: str) -> int | None:
    """The declared length of ``model.name`` (``VARCHAR(n)``), or None when unbounded."""
    column = model.__table__.c[name]  # type: ignore[attr-defined]
    return getattr(column.type, "length", None)


def _fit(value: str, limit: int | None, what: str, notes: list[str]) -> str:
    """``value`` without NUL characters and within ``limit``, noting each change under ``what``."""
    if NUL in value:
        notes.append(f"{value.count(NUL)} NUL character(s) stripped from the {what}")
        value = value.replace(NUL, "")
    if limit is not None and len(value) > limit:
        notes.append(f"{what} clipped to {limit} characters (was {len(value)})")
        value = value[:limit].rstrip()
    return value


def _fit_fields(
    obj: Any, model: type[SQLModel], fields: tuple[str, ...], label: str, notes: list[str]
) -> dict[str, Any]:
    """The updates that make ``obj``'s string ``fields`` fit ``model``'s columns of the same names."""
    updates: dict[str, Any] = {}
    for name in fields:
        value = getattr(obj, name)
        if isinstance(value, str):
            fitted = _fit(value, column_length(model, name), f"{label}{name.replace('_', ' ')}", notes)
            if fitted != value:
                updates[name] = fitted
    return updates


def fit_document(doc: CleanDocument) -> tuple[CleanDocument, list[str]]:
    """``doc`` storable on any back end, and a note per change (empty when nothing changed)."""
    notes: list[str] = []
    updates = _fit_fields(doc, Article, ("text", "title", "outlet", "author"), "", notes)
    if any(NUL in line for line in doc.boilerplate):
        updates["boilerplate"] = tuple(line.replace(NUL, "") for line in doc.boilerplate)
    if "text" in updates and doc.metadata:
        updates["metadata"] = tuple(_shift_past_nul(doc.text, m) for m in doc.metadata)
    teasers = tuple(_fit_teaser(t, notes) for t in doc.teasers)
    if teasers != doc.teasers:
        updates["teasers"] = teasers
    if doc.published and NUL in doc.published:
        updates["published"] = doc.published.replace(NUL, "")
    return (doc.model_copy(update=updates) if updates else doc), notes


def _shift_past_nul(text: str, line: MetaLine) -> MetaLine:
    """A metadata line's offsets once the NULs before it are gone from the text (the only change
    fitting makes to the text, which has no length limit)."""
    return line.model_copy(
        update={
            "text": line.text.replace(NUL, ""),
            "start": line.start - text.count(NUL, 0, line.start),
            "end": line.end - text.count(NUL, 0, line.end),
        }
    )


def _fit_teaser(teaser: Teaser, notes: list[str]) -> Teaser:
    text = _fit(teaser.text, column_length(CrossReference, "text"), "teaser", notes)
    url = teaser.url
    limit = column_length(CrossReference, "to_url")
    if url is not None and (NUL in url or (limit is not None and len(url) > limit)):
        notes.append("a teaser's link dropped (not a storable URL)")  # a clipped URL would point elsewhere
        url = None
    return teaser if (text, url) == (teaser.text, teaser.url) else Teaser(text=text, url=url)


_CLAIM_STRINGS = (
    "speaker", "speaker_mention", "speaker_role", "cue", "via", "extractor", "extractor_version",
)  # fmt: skip


def fit_candidate(cand: ClaimCandidate, notes: list[str]) -> ClaimCandidate:
    """``cand`` with its bounded strings within their ``claim`` columns (the content span is untouched)."""
    updates = _fit_fields(cand, Claim, _CLAIM_STRINGS, "claim ", notes)
    return cand.model_copy(update=updates) if updates else cand
