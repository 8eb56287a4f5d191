"""The article view's body: the stored text cut into pieces, each with the claim that marks it.

The article text is data, never markup: the selectable text component
(``dashboard/frontend/article_select``) receives it as JSON and puts each piece in with
``textContent``, so the text the browser shows is the stored text unit for unit, and ``<script>`` or
``"><img onerror>`` in an article stay visible characters. The speaker of each claim is shown by CSS
(``::before`` on ``data-speaker``), not inserted into the text, for the same reason (and so that a
selection never includes it). Overlapping claims are cut into segments; a segment belongs to the
shortest claim covering it (the most specific one).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from claims.articles import ArticleClaim, ArticleView
from dashboard.components import text_dir
from dashboard.i18n import catalogue

STATUSES = ("pending", "verified", "disputed", "not_a_claim")  # in the legend's order

def english(key: str, /, **values: Any) -> str:
    """A message of ``messages.toml`` in English: the default outside a Streamlit run (the page
    passes ``dashboard.i18n.t``, the same messages in the interface language)."""
    text = catalogue()[key]["en"]
    return text.format(**values) if values else text


Words = Callable[..., str]


def status_label(status: str, words: Words = english) -> str:
    """A claim status in the interface language (an unknown status as it is stored)."""
    return words(f"status_{status}") if status in STATUSES else status


def progress_line(view: ArticleView, words: Words = english) -> str:
    """``7 of 12 decided`` and the count per status (plain text, numbers only)."""
    counts: dict[str, int] = {}
    for claim in view.claims:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    parts = words("list_separator").join(
        words("status_count", count=n, status=status_label(s, words)) for s, n in sorted(counts.items())
    )
    line = words("article_progress", decided=view.decided, total=len(view.claims))
    return words("article_progress_counts", line=line, counts=parts) if parts else line


def _segments(
    text: str, claims: Iterable[ArticleClaim], extra_cuts: Iterable[int] = ()
) -> list[tuple[int, int, ArticleClaim | None]]:
    """``text`` cut at every claim boundary; each piece with the shortest claim covering it."""
    spans = [c for c in claims if 0 <= c.start < c.end <= len(text)]
    more = (i for i in extra_cuts if 0 <= i <= len(text))
    cuts = sorted({0, len(text), *(c.start for c in spans), *(c.end for c in spans), *more})
    pieces: list[tuple[int, int, ArticleClaim | None]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [c for c in spans if c.start <= a and b <= c.end]
        owner = min(covering, key=lambda c: (c.end - c.start, c.id)) if covering else None
        pieces.append((a, b, owner))
    return pieces


META_KINDS = ("dateline", "byline", "date", "caption", "source")


def meta_label(kind: str, words: Words = english) -> str:
    """A metadata line's label in the interface language (an unknown kind as it is stored)."""
    return words(f"meta_{kind}") if kind in META_KINDS else kind


def _speaker(claim: ArticleClaim) -> str:
    return claim.speaker + (f" ({claim.speaker_role})" if claim.speaker_role else "")


def component_args(
    view: ArticleView, selection: tuple[int, int] | None = None, words: Words = english
) -> dict[str, Any]:
    """What the selectable article component draws: the text and its pieces, as plain JSON.

    Each piece is ``[start, end, claim id | None, status, added, speaker label, title, selected, meta
    label, meta start]`` in code points (Python's offsets; the component slices the text by code points
    too). A piece on a metadata line (dateline, byline, date, caption: kept in the text, guideline §4.6)
    carries the line's label, shown once at the line's start as CSS generated content, so the reader
    sees why the line is no claim and a selection never includes the label. The text is
    sent as text and put in with ``textContent``, so no escaping is needed and none can be missed;
    ``selected`` marks the pending selection so it stays visible after the page redraws. ``words``
    puts the hover titles' status names in the interface language.
    """
    starts: dict[int, list[ArticleClaim]] = {}
    for claim in view.claims:
        starts.setdefault(claim.start, []).append(claim)
    meta = [m for m in view.metadata if 0 <= m.start < m.end <= len(view.text)]
    cuts = [*(selection or ()), *(m.start for m in meta), *(m.end for m in meta)]
    pieces: list[list[Any]] = []
    for a, b, owner in _segments(view.text, view.claims, cuts):
        chosen = selection is not None and selection[0] <= a and b <= selection[1]
        line = next((m for m in meta if m.start <= a and b <= m.end), None)
        label = "" if line is None else meta_label(line.kind, words)
        first = line is not None and line.start == a  # the label is drawn once, before the line
        if owner is None:
            pieces.append([a, b, None, "", False, "", "", chosen, label, first])
            continue
        speakers = " · ".join(_speaker(c) for c in starts.get(a, ()) if c.end > a)
        status = status_label(owner.status, words)
        title = f"#{owner.id} · {status}{' · ' + words('claim_added') if owner.added else ''} · {_speaker(owner)}"
        pieces.append([a, b, owner.id, owner.status, owner.added, speakers, title, chosen, label, first])
    direction = text_dir(view.lang)
    return {"text": view.text, "dir": direction, "lang": view.lang, "segments": pieces}
