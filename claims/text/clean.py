"""Scraped text → ``CleanDocument``: site chrome dropped, teasers set aside, headline kept apart.

Works line by line, because scrapers (and trafilatura) hand over one paragraph per line and
chrome is always whole lines. Which line is what is decided by ``claims.text.lines`` from the
line's shape and its neighbourhood; this module assembles the document. Letters of kept lines are
never changed: spans point into the result, and reviewers must see the article as published.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from claims.candidates import CleanDocument, MetaLine, Teaser
from claims.text.lang import detect_lang
from claims.text.line_features import features
from claims.text.line_model import LineModel, combine, shipped
from claims.text.lines import LineVerdict, classify
from claims.text.wrap import cleaner_breaks
from claims.types import Lang

_SITE_ICON_RE = re.compile(r"^\s*site (?:icon|logo)\s+(.+?)\s*$", re.IGNORECASE)
_URL_RE = re.compile(r"https?://\S+")


def clean_text(
    raw: str,
    *,
    lang: Lang | None = None,
    title: str | None = None,
    outlet: str | None = None,
    repeated: Collection[str] = (),
    learned: bool = True,
    model: LineModel | None = None,
) -> CleanDocument:
    """Split ``raw`` into article text, title, teasers, labelled metadata and dropped chrome (guideline §4.6).

    ``repeated`` holds folded lines (``normalize_for_matching``) seen on other pages of the same
    site: evidence that a line is the site's furniture (see ``claims.text.site``). ``learned`` lets the
    line model (``model``, else the shipped weights) relabel what the rules kept, conservatively
    (``claims.text.line_model``); ``learned=False`` is the rules alone.
    """
    raw_lines, at, lines = split_lines(raw)
    for line in lines:
        icon = _SITE_ICON_RE.match(line)
        if icon and outlet is None:
            outlet = icon.group(1)
    neighbours = [at[i + 1] == at[i] + 1 for i in range(len(at) - 1)]
    soft = cleaner_breaks(lines, neighbours)  # hard-wrapped English too: a sentence's pieces are no list
    verdicts = classify(lines, title=title, repeated=repeated, soft=soft)
    model = (model or shipped()) if learned else None
    if model is not None:
        combine([features(line, repeated) for line in lines], verdicts, model, soft)
    return assemble(raw_lines, at, verdicts, lang=lang, title=title, outlet=outlet)


def split_lines(raw: str) -> tuple[list[str], list[int], list[str]]:
    """The page's lines as written (line endings and a byte-order mark normalised), where each non-blank
    one stands in them, and those lines stripped: the lines the cleaner labels. Apart from ``clean_text``
    so that the line model's training labels the very same lines."""
    raw_lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    at = [i for i, line in enumerate(raw_lines) if line.strip()]
    return raw_lines, at, [raw_lines[i].strip() for i in at]


def assemble(
    raw_lines: Sequence[str],
    at: Sequence[int],
    verdicts: Sequence[LineVerdict],
    *,
    lang: Lang | None = None,
    title: str | None = None,
    outlet: str | None = None,
) -> CleanDocument:
    """The document from the verdicts on the page's non-blank lines (``at[i]``: where line ``i`` stood in
    ``raw_lines``). Apart from ``clean_text`` so that verdicts from elsewhere (an evaluation) assemble alike."""
    kept: list[str] = []
    kept_at: list[int] = []  # index in ``lines`` of each kept line
    meta: list[tuple[int, str]] = []
    teasers: list[Teaser] = []
    boilerplate: list[str] = []
    found_title: str | None = None
    for n, v in enumerate(verdicts):
        if v.label == "boilerplate":
            boilerplate.append(v.text)
        elif v.label == "related":
            teasers.append(_teaser(v.teaser or v.text))
        elif v.label == "title":
            found_title = found_title or v.text
        else:
            if v.label == "metadata":
                meta.append((len(kept), v.kind))
            kept.append(v.text)
            kept_at.append(n)
    # Kept lines that were neighbours in the page keep the page's own break, with the spaces around it
    # ("في \nالوقت"): a sentence broken over two lines stays byte-exact, so a quotation read from the
    # page is found in the text. Across a dropped line the break is a paragraph break.
    seps = [
        _own_break(raw_lines[at[a]], raw_lines[at[b]]) if b == a + 1 and at[b] == at[a] + 1 else "\n\n"
        for a, b in zip(kept_at, kept_at[1:], strict=False)
    ]
    text = "".join(line + sep for line, sep in zip(kept, [*seps, ""], strict=False))
    starts = [0]
    for line, sep in zip(kept[:-1], seps, strict=True):
        starts.append(starts[-1] + len(line) + len(sep))
    metadata = tuple(
        MetaLine(kind=kind, text=kept[i], start=starts[i], end=starts[i] + len(kept[i])) for i, kind in meta
    )
    return CleanDocument(
        text=text,
        title=title if title is not None else found_title,
        lang=lang or detect_lang(text or (title or found_title or "")),
        outlet=outlet,
        teasers=tuple(teasers),
        boilerplate=tuple(boilerplate),
        metadata=metadata,
    )


def _own_break(before: str, after: str) -> str:
    """The page's break between two neighbouring lines: the spaces closing the first, the newline, the
    spaces opening the second (the lines themselves are kept stripped)."""
    return before[len(before.rstrip()) :] + "\n" + after[: len(after) - len(after.lstrip())]


def _teaser(text: str) -> Teaser:
    url_match = _URL_RE.search(text)
    url = url_match.group().rstrip(").,]") if url_match else None
    if url_match:
        text = (text[: url_match.start()] + text[url_match.end() :]).strip(" ()[]-–|")
    return Teaser(text=text.strip(), url=url)
