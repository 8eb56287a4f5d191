"""Rendering helpers: every piece of article or user text goes through ``html.escape`` here.

Why HTML at all: Streamlit's markdown lays Arabic out left to right (punctuation lands on the wrong
side) and ``st.dataframe`` cuts the start of long Arabic cells, so text is rendered as escaped HTML
inside an element with ``dir="rtl"`` (Arabic) or ``dir="auto"`` (mixed or unknown). The builders
return strings (testable without Streamlit); :func:`show` hands them to ``st.html``, which does no
markdown processing, so ``*``, ``_`` or ``$`` in an article stay literal.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import streamlit as st

CSS = """
<style>
.claims-text, .claims-rtl {
  font-family: "Source Sans", "Source Sans Pro", "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif;
}
.claims-rtl { text-align: right; font-size: 1.12rem; line-height: 1.9; }
.claims-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.claims-muted { color: #6b7280; font-size: 0.86rem; }
.claims-content { font-size: 1.2rem; line-height: 2; }
.claims-paragraph { white-space: pre-wrap; line-height: 2; font-size: 1.1rem; padding: 0.6rem 0.9rem;
  border-inline-start: 4px solid #d1d5db; background: #fafafa; }
.claims-paragraph mark { background: #fde68a; padding: 0.1rem 0.15rem; border-radius: 3px; }
.claims-badge { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; font-size: 0.78rem;
  font-family: sans-serif; border: 1px solid #d1d5db; margin-inline-end: 0.3rem; }
.claims-badge.pending { background: #eef2ff; } .claims-badge.verified { background: #dcfce7; }
.claims-badge.disputed { background: #fee2e2; } .claims-badge.not_a_claim { background: #f3f4f6; }
.claims-row { padding: 0.2rem 0; }
.claims-row .claims-rtl, .claims-row .claims-text { margin: 0.15rem 0; }
.claims-table { border-collapse: collapse; margin: 0.3rem 0; }
.claims-table td, .claims-table th { vertical-align: top; padding: 0.3rem 0.6rem; font-size: 0.92rem;
  border-bottom: 1px solid #e5e7eb; text-align: start; }
.claims-chip { display: inline-block; font-size: 0.78rem; padding: 0 0.4rem; margin: 0.1rem;
  border-radius: 4px; background: #f3f4f6; }
.claims-meanings ul { margin: 0.4rem 0; padding-inline-start: 1.2rem; font-size: 0.88rem; }
.claims-requirement { font-size: 0.88rem; padding: 0.3rem 0.6rem; margin: 0.3rem 0;
  border-inline-start: 4px solid #f59e0b; background: #fffbeb; }
.claims-copy-button { font-size: 0.85rem; padding: 0.2rem 0.7rem; border: 1px solid #d1d5db;
  border-radius: 6px; background: #fff; cursor: pointer; }
</style>
"""

SAFE_SCHEMES = ("http", "https")


def inject_css() -> None:
    """The app's constant stylesheet (no user content in it)."""
    st.html(CSS)


def show(fragment: str) -> None:
    """Render HTML built by the helpers below (every dynamic part already escaped)."""
    st.html(fragment)


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


_MD_SPECIAL = frozenset("\\`*_{}[]()#+-.!|<>~$:=")


def md_escape(text: object) -> str:
    """``text`` made literal for Streamlit markdown (``st.error``, ``st.caption``…): every ASCII
    punctuation mark that markdown, LaTeX (``$``) or Streamlit directives (``:red[…]``) use is
    backslash-escaped, so an error quoting user input cannot turn into a link or formatting."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def text_dir(lang: str | None) -> str:
    """``rtl`` for Arabic text, ``auto`` (first strong character decides) for everything else."""
    return "rtl" if lang == "ar" else "auto"


def block(text: str | None, *, lang: str | None = None, cls: str = "", tag: str = "div") -> str:
    """One escaped text element with the right direction (``dir`` + ``lang`` attributes)."""
    direction = text_dir(lang)
    classes = " ".join(c for c in ("claims-text", "claims-rtl" if direction == "rtl" else "", cls) if c)
    lang_attr = f' lang="{esc(lang)}"' if lang else ""
    return f'<{tag} dir="{direction}"{lang_attr} class="{classes}">{esc(text)}</{tag}>'


def highlighted(text: str, *, paragraph: tuple[int, int], span: tuple[int, int], lang: str | None) -> str:
    """The paragraph ``text[paragraph]`` with ``text[span]`` wrapped in ``<mark>``; each part escaped."""
    p_start, p_end = paragraph
    s_start, s_end = max(span[0], p_start), min(span[1], p_end)
    if s_start >= s_end:  # the span is not inside the paragraph: show the span alone, marked
        s_start, s_end, p_start, p_end = span[0], span[1], span[0], span[1]
    before, marked, after = text[p_start:s_start], text[s_start:s_end], text[s_end:p_end]
    direction = text_dir(lang)
    lang_attr = f' lang="{esc(lang)}"' if lang else ""
    rtl = " claims-rtl" if direction == "rtl" else ""
    return (
        f'<div dir="{direction}"{lang_attr} class="claims-paragraph{rtl}">'
        f"{esc(before)}<mark>{esc(marked)}</mark>{esc(after)}</div>"
    )


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL, else ``None`` (never a ``javascript:`` link)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return url.strip()


def link(url: str | None, label: str | None = None, *, lang: str | None = None) -> str:
    """An escaped link opening in a new tab; a non-http(s) URL is shown as plain text, not linked."""
    text = label or url or ""
    target = safe_url(url)
    if target is None:
        return f'<span dir="{text_dir(lang)}">{esc(text)}</span>'
    return (
        f'<a href="{esc(target)}" target="_blank" rel="noopener noreferrer nofollow" '
        f'dir="{text_dir(lang)}">{esc(text)}</a>'
    )


def badge(status: str, label: str | None = None) -> str:
    """A status pill; ``label`` is the status in the interface language (default: the status)."""
    text = status.replace("_", " ") if label is None else label
    return f'<span class="claims-badge {esc(status)}">{esc(text)}</span>'


def slot(index: int) -> str:
    """A stand-in for markup inside a sentence of ``messages.toml`` (see :func:`escaped_with`)."""
    return f"\x00{index}\x00"


def escaped_with(sentence: str, markup: Sequence[str]) -> str:
    """``sentence`` escaped, then each :func:`slot` in it replaced by its markup (already escaped).

    Why: a translated sentence places a badge, a link or a name where its language puts it, so the
    markup cannot be concatenated around it; filling the slots after escaping keeps the words escaped
    and the markup intact, in any word order."""
    out = esc(sentence)
    for index, piece in enumerate(markup):
        out = out.replace(slot(index), piece)
    return out


def chips(labels: Iterable[str]) -> str:
    return "".join(f'<span class="claims-chip" dir="auto">{esc(label)}</span>' for label in labels)


def when(value: datetime | None) -> str:
    """A compact UTC timestamp, or an em dash."""
    if value is None:
        return "—"
    return value.strftime("%Y-%m-%d %H:%M UTC")


def meta_line(parts: Sequence[str | None]) -> str:
    """Small grey line of escaped, non-empty parts joined by ``·``."""
    shown = " · ".join(f"<bdi>{esc(p)}</bdi>" for p in parts if p)  # each part isolated (bidi)
    return f'<div class="claims-muted" dir="auto">{shown}</div>'


def _english(key: str, /, **values: Any) -> str:
    return {
        "row_rank": "rank {rank}", "row_checkworthiness": "check-worthiness {value}",
        "row_cluster": "cluster {size}", "row_held": "held by {name} until {until}",
    }.get(key, key).format(**values)  # fmt: skip


def queue_row(
    row: Any,
    rank: int | None = None,
    *,
    words: Callable[..., str] = _english,
    stamp: Callable[[datetime | None], str] = when,
    direction: str = "ltr",
    reason: Callable[[str], str] = str,
) -> str:
    """One queue entry (a ``claims.queue.QueueRow``): who, the claim, where from; all escaped.

    ``words``/``stamp``/``reason`` put its labels, dates and check-worthiness reasons in the
    interface language (``dashboard.i18n``).
    """
    reasons = [reason(r) for r in getattr(row, "checkworthy_reasons", None) or []]
    held = (
        words("row_held", name=row.lease_holder, until=stamp(row.lease_expires_at))
        if row.lease_holder
        else None
    )
    status = str(row.status)
    label = words(f"status_{status}") if words is not _english else None
    parts = [
        f"#{esc(row.claim_id)}",
        esc(words("row_rank", rank=rank)) if rank else "",
        esc(words("row_checkworthiness", value=f"{row.checkworthiness:.2f}")),
        esc(words("row_cluster", size=row.cluster_size)) if (row.cluster_size or 1) > 1 else "",
        esc(held) if held else "",
    ]
    head = (
        f'<div class="claims-muted" dir="{esc(direction)}">{badge(status, label)}'
        + " · ".join(p for p in parts if p)
        + "</div>"
    )
    speaker = row.speaker + (f" ({row.speaker_role})" if row.speaker_role else "")
    who = f'<div dir="auto" class="claims-text"><b>{esc(speaker)}</b>' + (
        f' <span class="claims-muted">{esc(row.cue)}</span></div>' if row.cue else "</div>"
    )
    where = meta_line([row.outlet, stamp(row.published_at), row.lang, row.kind])
    return (
        f'<div class="claims-row">{head}{who}'
        f"{block(row.content, lang=row.lang, cls='claims-content')}"
        f"{block(row.title, lang=row.lang, cls='claims-muted')}{where}{chips(reasons)}</div>"
    )
