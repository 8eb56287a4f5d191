"""Print-layout line breaks: which breaks between two neighbouring lines fall inside a sentence.

Why: copy taken from a printed page (or a PDF) keeps the column's hard line breaks, so a ``\\n``
falls mid-sentence and mid-name (``كشف معالي الدكتور⏎<name> …``). Read line by line, the first
half looks like a label and the rest like a list, and the cue loses its subject. The break is
recognised by shape, never by the words of one page:

- the line ends in a word that never ends an Arabic sentence (a preposition, a particle, a
  relative, a title before a name: ``wordlists/never_final_ar.txt``);
- or the line is one of a run of lines of the same width (the printed column), with no closing
  punctuation: at least two other open lines of the run are within ``_WIDTH_BAND`` of its length,
  and the next line is no wider (a headline above a web paragraph is no column line);
- or a long sentence-like line with no closing mark is followed by a stub of at most three words
  that closes the sentence (``… بعد انتهاء أعمال⏎الصيانة.``), which no paragraph of its own is;
- or the next line opens on a comma (a link's text set on a line of its own, the sentence going on);
- or the next line opens with the conjunction و/ف on a word and the line ends in a comma (no
  paragraph ends in one) or is a stub of at most three words opening with the conjunction itself
  (``وأكدت وزارة التربية⏎والتعليم أن …``: no headline opens with و);
- or the page sets each paragraph's first words on a line of their own (a lead-in: ``وأكد
  المتحدث⏎باسم الوزارة أن …``): a stub of at most three words opening with the conjunction و/ف
  (diacritics aside), followed by a sentence-long line, when at least two lines of the run are
  such lead-ins (one و-word heading above a paragraph is no layout); the layout so shown, any other
  stub of the run before a sentence-long line is a lead-in too (``كشفت⏎الوزارة أن …``).

``soft_breaks`` joins only lines in Arabic script (English web copy keeps its one-paragraph-a-line
reading); hard-wrapped Latin copy is read by ``latin_wrap_breaks``, which needs the block to show its
wrapping first. A line that ends in a stop, a colon or a closing bracket is never joined, and a
bulleted next line starts a new item. The caller decides which lines are neighbours (no blank line between them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.text.line_features import _words as word_list
from claims.text.normalize import normalize_for_matching

_ARABIC_RE = re.compile(r"[\u0621-\u064a]")
_CLOSED_RE = re.compile(r"[.!?؟…:؛;)\]/][\"”»’'\s]*$")
_BULLET_RE = re.compile(r"^\s*(?:[-–—•*·▪►]|\d{1,2}[.)-]\s)")
_LAST_WORD_RE = re.compile(r"(\w+)\W*$")
_CONJUNCT_RE = re.compile(r"[وف][\u0621-\u064a]{3}")  # و/ف on a word of three letters or more
_COMMAS = frozenset("،,؛")
_WIDTH_BAND = 0.12
_MIN_WIDTH = 40
_MAX_WIDTH = 160
_STUB_WORDS = 3
_SENTENCE_WORDS = 8


# Built whole at import, never filled lazily: any number of threads may read it.
_NEVER_FINAL = frozenset(normalize_for_matching(w) for w in word_list("never_final_ar.txt"))
_NEVER_FINAL_EN = frozenset(w.lower() for w in word_list("never_final_en.txt"))


def _dangling(line: str) -> bool:
    m = _LAST_WORD_RE.search(line)
    if m is None:
        return False
    word = normalize_for_matching(m.group(1))
    never = _NEVER_FINAL
    return word in never or (len(word) > 2 and word[0] in "وف" and word[1:] in never)


def _stub(line: str) -> bool:
    return line.count(" ") + 1 <= _STUB_WORDS


def _conjunct_stub(line: str) -> bool:
    """A line of at most three words whose first is the conjunction و/ف on a word (وأكّد, وفي)."""
    words = normalize_for_matching(line).split()
    if not words or len(words) > _STUB_WORDS:
        return False
    first = words[0]
    return _CONJUNCT_RE.match(first) is not None or (
        len(first) > 2 and first[0] in "وف" and first[1:] in _NEVER_FINAL
    )


def _lead_ins(lines: Sequence[str], opened: Sequence[bool]) -> list[bool]:
    """``out[i]``: line ``i`` is a paragraph's lead-in stub before a sentence-long line ``i + 1``."""
    before = [opened[i] and lines[i + 1].count(" ") + 1 >= _SENTENCE_WORDS for i in range(len(lines) - 1)]
    if sum(b and _conjunct_stub(lines[i]) for i, b in enumerate(before)) < 2:
        return [False] * len(before)
    # the layout shown twice, its other stubs are lead-ins too (the first paragraph's opening verb)
    return [b and _stub(lines[i]) and not _BULLET_RE.match(lines[i]) for i, b in enumerate(before)]


def _open(line: str) -> bool:
    return _CLOSED_RE.search(line) is None


def soft_breaks(lines: Sequence[str]) -> list[bool]:
    """For each ``i < len(lines) - 1``: whether the break between ``lines[i]`` and ``lines[i + 1]``
    is the layout's (the sentence goes on), for a run of neighbouring, stripped lines."""
    n = len(lines)
    if n < 2:
        return []
    arabic = [_ARABIC_RE.search(line) is not None for line in lines]
    if not any(arabic):
        return [False] * (n - 1)  # Latin copy (every English page): no break below can be the layout's
    widths = [len(line) for line in lines]
    opened = [a and _open(line) for line, a in zip(lines, arabic, strict=True)]  # once a line: read thrice
    open_widths = [w for w, o in zip(widths, opened, strict=True) if o]
    lead_in = _lead_ins(lines, [o and a for o, a in zip(opened, arabic, strict=True)])
    out: list[bool] = []
    for i in range(n - 1):
        line, nxt = lines[i], lines[i + 1]
        if not (arabic[i] and arabic[i + 1] and opened[i]) or _BULLET_RE.match(nxt):
            out.append(False)
            continue
        w = widths[i]
        column = (
            _MIN_WIDTH <= w <= _MAX_WIDTH
            and widths[i + 1] <= w * (1 + _WIDTH_BAND)  # a column's next line is never wider
            and sum(abs(o - w) <= _WIDTH_BAND * w for o in open_widths) >= 3
        )
        words = line.count(" ") + 1
        stub = words >= _SENTENCE_WORDS and nxt.count(" ") + 1 <= _STUB_WORDS and not opened[i + 1]
        # "… الإجراءات اللازم،⏎وضبط …", "وأكدت وزارة التربية⏎والتعليم أن …": a و/ف-joined next line
        # goes on a line that ends in a comma, or on a stub that itself opens with the conjunction
        joined = _CONJUNCT_RE.match(nxt) is not None and (
            line[-1] in "،," or (words <= _STUB_WORDS and _CONJUNCT_RE.match(line) is not None)
        )
        # "… في⏎محافظة البصرة⏎، اليوم الجمعة، …": no paragraph, headline or list item opens on a comma (a link's
        # text the scraper set on its own line, the sentence going on after it)
        comma = nxt[:1] in _COMMAS
        out.append(_dangling(line) or column or stub or joined or lead_in[i] or comma)
    return out


_LATIN_RE = re.compile(r"[A-Za-z]")
# the next line goes on mid-clause: no paragraph, headline or list item opens so
_LOWER_START_RE = re.compile(r"^[a-zà-ÿ]")
_LATIN_LAST_WORD_RE = re.compile(r"([A-Za-z]+)\W*$")
_HARD_WRAPPED = 2  # lower-case continuations a block needs before its breaks are read as the layout's


def latin_wrap_breaks(lines: Sequence[str]) -> list[bool]:
    """``soft_breaks`` for a run of neighbouring lines of Latin copy that is hard-wrapped: sentences
    go on over the break (``… there were attempts to raze⏎two stations …``). Web copy gives one
    paragraph a line, so a block counts as wrapped only when at least ``_HARD_WRAPPED`` of its open
    lines are followed by a line that opens in lower case; in such a block a break is the layout's
    when the line has no closing mark and the next line opens in lower case, or the line is a
    sentence's length and ends in a word no sentence ends in (``… in the area on⏎Monday …``).

    The cleaner reads these breaks (a piece of a wrapped sentence is body, never a list or a headline),
    and so does the segmenter (``cleaner_breaks``): the extractor reads a paragraph at a time, and a
    sentence cut at the layout's break loses its speaker or its cue to the next piece."""
    n = len(lines)
    if n < 2:
        return []
    # Arabic letters looked for first: an Arabic line shows one at once, where the search for a Latin
    # letter would read it to its end
    latin = [_ARABIC_RE.search(line) is None and _LATIN_RE.search(line) is not None for line in lines]
    opened = [a and _open(line) for line, a in zip(lines, latin, strict=True)]
    lower = [
        opened[i]
        and latin[i + 1]
        and _LOWER_START_RE.match(lines[i + 1]) is not None
        and not _BULLET_RE.match(lines[i + 1])
        for i in range(n - 1)
    ]
    if sum(lower) < _HARD_WRAPPED:
        return [False] * (n - 1)
    out: list[bool] = []
    for i in range(n - 1):
        if lower[i]:
            out.append(True)
            continue
        m = _LATIN_LAST_WORD_RE.search(lines[i])
        dangling = (
            opened[i]
            and latin[i + 1]
            and not _BULLET_RE.match(lines[i + 1])
            and lines[i].count(" ") + 1 >= _SENTENCE_WORDS
            and m is not None
            and m.group(1).lower() in _NEVER_FINAL_EN
        )
        out.append(dangling)
    return out


def _either_breaks(lines: Sequence[str]) -> list[bool]:
    return [a or b for a, b in zip(soft_breaks(lines), latin_wrap_breaks(lines), strict=True)]


def cleaner_breaks(lines: Sequence[str], neighbours: Sequence[bool]) -> list[bool]:
    """The layout's breaks as the cleaner reads them: Arabic print breaks (``soft_breaks``) and hard-wrapped
    Latin copy (``latin_wrap_breaks``), each judged over one run of neighbouring lines (``neighbours[i]``:
    no blank line between lines ``i`` and ``i + 1``), so that a column's width or a wrap is measured on
    its own block only."""
    out: list[bool] = []
    start = 0
    for i in range(len(lines)):
        if i + 1 == len(lines) or not neighbours[i]:
            out.extend(_either_breaks(lines[start : i + 1]))
            if i + 1 < len(lines):
                out.append(False)
            start = i + 1
    return out
