"""The article view's body: the stored text with every claim marked by status, as escaped HTML.

The article text is data, never markup: it is cut at the claims' offsets and *every* piece goes
through ``html.escape``, so the text the browser shows (``textContent``) is the stored text byte for
byte, and ``<script>`` or ``"><img onerror>`` in an article stay visible characters. The speaker of
each claim is shown by CSS (``::before`` on ``data-speaker``), not inserted into the text, for the
same reason. Overlapping claims are cut into segments; a segment belongs to the shortest claim
covering it (the most specific one), and each marked segment links to ``claim?id=N`` (relative, so
it works under any base path).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from claims.articles import ArticleClaim, ArticleView
from dashboard.components import esc, text_dir

STATUS_LABEL = {
    "pending": "pending",
    "verified": "verified",
    "disputed": "disputed",
    "not_a_claim": "not a claim",
}
ADDED_LABEL = "added"  # a claim a desk member added (dashed underline), whatever its status

CSS = """
<style>
.claims-article { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.3; font-size: 1.12rem;
  padding: 0.6rem 0.9rem; border: 1px solid #e5e7eb; border-radius: 6px; }
.claims-article a.claims-hl { color: inherit; text-decoration: none; }
.claims-article a.claims-hl mark { padding: 0.1rem 0.1rem; border-radius: 3px;
  border-bottom: 3px solid #6366f1; background: #eef2ff; color: inherit; }
.claims-article a.claims-hl.verified mark { background: #dcfce7; border-bottom-color: #16a34a; }
.claims-article a.claims-hl.disputed mark { background: #fee2e2; border-bottom-color: #dc2626; }
.claims-article a.claims-hl.not_a_claim mark { background: #f3f4f6; border-bottom-color: #9ca3af; }
.claims-article a.claims-hl:hover mark { outline: 2px solid #1d4ed8; }
.claims-article a.claims-hl[data-speaker]::before { content: attr(data-speaker); font-size: 0.72rem;
  font-weight: 600; color: #374151; background: #fff; border: 1px solid #d1d5db; border-radius: 999px;
  padding: 0 0.35rem; margin-inline-end: 0.2rem; vertical-align: 0.15rem; line-height: 1.4; }
</style>
"""


def progress_line(view: ArticleView) -> str:
    """``7 of 12 decided`` and the count per status (plain text, numbers only)."""
    counts: dict[str, int] = {}
    for claim in view.claims:
        counts[claim.status] = counts.get(claim.status, 0) + 1
    parts = ", ".join(f"{n} {STATUS_LABEL.get(s, s)}" for s, n in sorted(counts.items()))
    return f"{view.decided} of {len(view.claims)} decided" + (f" ({parts})" if parts else "")


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


def _speaker(claim: ArticleClaim) -> str:
    return claim.speaker + (f" ({claim.speaker_role})" if claim.speaker_role else "")


def article_body(view: ArticleView) -> str:
    """The whole stored text, each claim's span a link to its claim page, marked by its status."""
    starts: dict[int, list[ArticleClaim]] = {}
    for claim in view.claims:
        starts.setdefault(claim.start, []).append(claim)
    out: list[str] = []
    for a, b, owner in _segments(view.text, view.claims):
        piece = esc(view.text[a:b])
        if owner is None:
            out.append(piece)
            continue
        speakers = " · ".join(_speaker(c) for c in starts.get(a, ()) if c.end > a)
        speaker_attr = f' data-speaker="{esc(speakers)}"' if speakers else ""
        title = f"#{owner.id} · {STATUS_LABEL.get(owner.status, owner.status)} · {_speaker(owner)}"
        out.append(
            f'<a class="claims-hl {esc(owner.status)}" href="claim?id={owner.id}" data-claim="{owner.id}"'
            f' title="{esc(title)}"{speaker_attr}><mark>{piece}</mark></a>'
        )
    direction = text_dir(view.lang)
    rtl = " claims-rtl" if direction == "rtl" else ""
    return (
        f'<div dir="{direction}" lang="{esc(view.lang)}" class="claims-article claims-text{rtl}">'
        + "".join(out)
        + "</div>"
    )


def component_args(view: ArticleView, selection: tuple[int, int] | None = None) -> dict[str, Any]:
    """What the selectable article component draws: the text and its pieces, as plain JSON.

    Each piece is ``[start, end, claim id | None, status, added, speaker label, title, selected]`` in
    code points (Python's offsets; the component slices the text by code points too). The text is
    sent as text and put in with ``textContent``, so no escaping is needed and none can be missed;
    ``selected`` marks the pending selection so it stays visible after the page redraws.
    """
    starts: dict[int, list[ArticleClaim]] = {}
    for claim in view.claims:
        starts.setdefault(claim.start, []).append(claim)
    cuts = selection or ()
    pieces: list[list[Any]] = []
    for a, b, owner in _segments(view.text, view.claims, cuts):
        chosen = selection is not None and selection[0] <= a and b <= selection[1]
        if owner is None:
            pieces.append([a, b, None, "", False, "", "", chosen])
            continue
        speakers = " · ".join(_speaker(c) for c in starts.get(a, ()) if c.end > a)
        status = STATUS_LABEL.get(owner.status, owner.status)
        title = f"#{owner.id} · {status}{' · ' + ADDED_LABEL if owner.added else ''} · {_speaker(owner)}"
        pieces.append([a, b, owner.id, owner.status, owner.added, speakers, title, chosen])
    direction = text_dir(view.lang)
    return {"text": view.text, "dir": direction, "lang": view.lang, "segments": pieces}
