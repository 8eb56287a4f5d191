"""Offset-preserving paragraph and sentence splitting for Arabic and English news.

Our own splitter because the usual ones split on ``،`` and ``:`` and so cut the speaker off the
claim. Rules: a paragraph is a line (or the lines a print layout broke: ``claims.text.wrap``); a
sentence ends at ``. ! ? ؟ …`` (plus any closing quote) before a space or, in Arabic copy that often drops the space (``…الخاصة.بينما …``), right before an
Arabic letter; never at ``؛``, which joins two clauses of one sentence; except after abbreviations
and initials (``Mr.``, ``U.S.``, ``د.``), inside numbers (``19.5``) and inside a quotation that
closes later in the same paragraph.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claims.text.line_features import _words as word_list
from claims.text.wrap import cleaner_breaks


class Span(NamedTuple):
    start: int
    end: int


_TERMINATOR_RE = re.compile(r"(?:[.!?؟…]+)[\"”»’'\)\]]*(?=\s|$|[\u0621-\u064a])")
_WORD_BEFORE_RE = re.compile(r"(\w+)\.?$")

ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "st",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "etc",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "al",
        "ft",
        "mt",
        "rev",
        "hon",
        "maj",
        "brig",
        "pres",
        "dept",
        "univ",
    ]
)

OPENING_QUOTES = "«“„"
CLOSING_QUOTES = "»”"
_PAIRS = {"«": "»", "“": "”", "„": "“"}


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines, trimmed of surrounding whitespace (``\\s`` is what ``str.strip`` strips).

    A sentence the page broke over two lines stays one paragraph: a long line that reads like a
    sentence (a comma or a complementiser) with no closing mark, then a closed line that opens with a
    preposition (``… إلى 12% هذا العام`` / ``من 0.3% في 2019، بحسب رويترز.``), which no headline does."""
    lines = [Span(*m.span()) for m in _PARAGRAPH_RE.finditer(text)]
    soft = _soft(text, lines) if "\n" in text else []
    out: list[Span] = []
    for i, span in enumerate(lines):
        if out and ((soft and soft[i - 1]) or _broken(text, out[-1], span)):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def _soft(text: str, lines: list[Span]) -> list[bool]:
    """Print-layout breaks (``claims.text.wrap``) between lines with no blank line between them;
    each run of such neighbours is judged as one column. Read as the cleaner reads them (Arabic print
    breaks and hard-wrapped Latin copy), so a sentence the cleaner kept whole is one paragraph here."""
    neighbours = [text.count("\n", a.end, b.start) == 1 for a, b in zip(lines, lines[1:], strict=False)]
    if not any(neighbours):
        return []  # every line stands alone (cleaned text parts paragraphs by blank lines): nothing to judge
    return cleaner_breaks([text[s.start : s.end] for s in lines], neighbours)


_OPEN_END = re.compile(r"[^.!?؟…:\"”»'’)\]]$")
_CLOSED_END = re.compile(r"[.!?؟…][\"”»’')\]]*$")
_GOES_ON = re.compile(  # a preposition, not a turn marker (من جهتها، في المقابل …)
    r"(?:من|في|إلى|الى|الي|على|علي|عن|حتى|حتي|منذ)\s+"
    r"(?!جهت|جانب|ناحيت|طرف|المقابل|سياق|الاثناء|الأثناء|غضون)\S"
)
_SENTENCE_LIKE = re.compile(r"[،,]|(?<!\S)[أإا]ن(?!\S)")
_BROKEN_MIN_WORDS = 8


def _broken(text: str, before: Span, after: Span) -> bool:
    return (
        _OPEN_END.search(text, before.end - 1, before.end) is not None
        and _GOES_ON.match(text, after.start) is not None
        and _CLOSED_END.search(text, after.start, after.end) is not None
        and text.count(" ", before.start, before.end) + 1 >= _BROKEN_MIN_WORDS
        and _SENTENCE_LIKE.search(text, before.start, before.end) is not None
    )


# A line's first to last non-space character: never crosses a newline, never matches a blank line,
# and stays linear on long runs of spaces (a failed try costs one character).
_PARAGRAPH_RE = re.compile(r"\S(?:[^\n]*\S)?")


_QUOTE_RE = re.compile('[«“„"]')


def quote_regions(text: str, start: int, end: int) -> list[Span]:
    """Balanced quotations inside ``text[start:end]`` as spans including the marks.

    Unbalanced marks are ignored, so a stray opener never swallows the rest of a paragraph.
    """
    regions: list[Span] = []
    pos = start
    while True:
        m = _QUOTE_RE.search(text, pos, end)
        if m is None:
            return regions
        i = m.start()
        ch = text[i]
        closer = _PAIRS.get(ch, '"')
        j = text.find(closer, i + 1, end)
        if ch == "“" and j < 0:
            j = text.find('"', i + 1, end)
        if ch == '"' and j < 0:
            j = text.find("”", i + 1, end)
        if j > i:
            regions.append(Span(i, j + 1))
            pos = j + 1
        else:
            pos = i + 1


def within(regions: list[Span], pos: int) -> bool:
    """Whether ``pos`` lies strictly inside one of ``regions`` (a quotation from ``quote_regions``): the
    extractors ask it of every cue and subject, so a loop, not any() over a generator (most sentences
    have no quotation)."""
    for start, end in regions:
        if start < pos < end:
            return True
    return False


def sentences(text: str) -> list[Span]:
    """Sentences of ``text``, paragraph by paragraph, as trimmed spans."""
    out: list[Span] = []
    for para in paragraphs(text):
        out.extend(split_paragraph(text, para.start, para.end))
    return out


def split_paragraph(text: str, start: int, end: int) -> list[Span]:
    """Sentences of one paragraph ``text[start:end]``."""
    regions = quote_regions(text, start, end)
    out: list[Span] = []
    sent_start = start
    for m in _TERMINATOR_RE.finditer(text, start, end):
        cut = m.end()
        if m.group().startswith("..") and not m.group().startswith("..."):
            continue  # Arabic copy uses ".." as a dash inside a sentence
        if regions and _inside(regions, m.start()) and not _closes_quote(text, regions, m, end):
            continue
        if _is_abbreviation(text, sent_start, m) or _bracket_goes_on(text, m, end):
            continue
        s, e = _trim(text, sent_start, cut)
        if s < e:
            out.append(Span(s, e))
        sent_start = cut
    s, e = _trim(text, sent_start, end)
    if s < e:
        out.append(Span(s, e))
    return out


def _closes_quote(text: str, regions: list[Span], m: re.Match[str], end: int) -> bool:
    """``… “treated me well.” He went on …``: the stop ends the quotation it stands in, and the
    quotation ends the sentence when a new one visibly begins (a capital letter or an opening
    quotation mark). A lower-case word (``“We won.” he said``) keeps the cue in the quote's sentence."""
    if not any(r.end == m.end() for r in regions):
        return False
    nxt = _NEXT_WORD_RE.match(text, m.end(), end)
    if nxt is None:
        return False
    # a straight mark opening a quotation of its own right after this one ('… "shameful." "We …," it said')
    straight = nxt.group(1) == '"' and any(r.start == nxt.start(1) for r in regions)
    if not (nxt.group(1) in OPENING_QUOTES or nxt.group(1).isupper() or straight):
        return False
    after = _TERMINATOR_RE.search(text, m.end(), end)
    words = [w.strip(",;") for w in text[m.end() : after.start() if after else end].lower().split()]
    # "“…” Ann Cole said.": a short clause around a reporting verb is the quotation's cue, no new sentence;
    # so is a longer one that ends in the cue and its adjuncts ("“…!” Cole, the head of the Port Trust,
    # tweeted on Friday."), not one where the cue opens new content ("“…” Cole said the team was tired.")
    cue = max((n for n, w in enumerate(words) if w in _POSTPOSED_CUES), default=None)
    if cue is None:
        return not straight
    if nxt.group(1) in OPENING_QUOTES or straight:
        # "“No.” “We will rebuild,” she said.": the cue hangs on the quotation opening next, closed before it
        return any(q in " ".join(words[:cue])[1:] for q in '"”')
    if len(words) <= _POSTPOSED_CUE_WORDS:
        return False
    if any(w in _CLAUSE_VERBS or any(q in w for q in "\"“”") for w in words[:cue]):
        return True  # "“…” Yet he is also a “change agent,” Cole said.": a sentence with its own content
    return len(words) - cue - 1 > _POSTPOSED_TAIL_WORDS


_NEXT_WORD_RE = re.compile(r"\s+(\S)")
_POSTPOSED_CUE_WORDS = 5
_POSTPOSED_TAIL_WORDS = 3  # "… tweeted on Friday": the cue's adjuncts
_CLAUSE_VERBS = frozenset(
    "is are was were has have had will would can could should may might must do does did".split()
)
_POSTPOSED_CUES = frozenset(word_list("postposed_cues_en.txt"))


def _inside(regions: list[Span], pos: int) -> bool:
    for start, end in regions:  # a loop, not any() over a generator
        if start < pos < end - 1:
            return True
    return False


def _is_abbreviation(text: str, sent_start: int, m: re.Match[str]) -> bool:
    if text[m.start()] != "." or m.end() - m.start() != 1:
        return False
    w = _WORD_BEFORE_RE.search(text, max(sent_start, m.start() - 12), m.start())
    if not w:
        return False
    word = w.group(1)
    if len(word) == 1 and not word.isdigit():
        return True  # initials and U.S., د. (doctor), م. (engineer)
    if word.lower() in _MONTHS and word[:1].isupper() and _DAY_AFTER_RE.match(text, m.end()):
        return True  # "on March. 4, 2021": a stray stop between a month and its day ends no sentence
    return word.lower() in ABBREVIATIONS and word[:1].isupper()


def _bracket_goes_on(text: str, m: re.Match[str], end: int) -> bool:
    """``Sen. Ann Cole (R-Ky.) said …``: a stop that closes a bracket (a party and state, an aside) and is
    followed by a lower-case word ends an abbreviation, not the sentence."""
    if not m.group().endswith(")"):
        return False
    nxt = _NEXT_WORD_RE.match(text, m.end(), end)
    return nxt is not None and nxt.group(1).islower()


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_DAY_AFTER_RE = re.compile(r" ?(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?(?:,|\s+\d{4}\b)")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())
