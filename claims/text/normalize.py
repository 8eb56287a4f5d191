"""Arabic and Latin normalisation for *matching* (guideline §3), never for storage.

Two tools: ``normalize_for_matching`` gives a comparison key (used by the linker and the
scorer's twin), and ``fold`` gives a copy that keeps a map back to the original offsets, so
rules can run on unified letters while spans still point into the untouched text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Tashkeel, Quranic marks, superscript alef and tatweel, and the invisible format characters
# scraped pages carry inside words (soft hyphen, joiners, direction marks and isolates, BOM):
# dropped from matching copies, so "الزع\u00adبي" is one word and a mark before a name hides nothing.
_DROP_RE = re.compile(
    r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u061c"
    r"\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)

# Same-length letter unification: every hamza-alef to bare alef, alef maqsura to ya,
# ta marbuta to ha (the guideline folds it at a word's end; inside a word it never occurs).
_FOLD_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",  # Persian ya, common in copy-pasted names
        "ک": "ك",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": " ",  # zero-width space separates words: a space of the same length
        "\u066b": ".",  # Arabic decimal separator
    }
)

_SPACE_RE = re.compile(r"\s+")
_INVISIBLE_RE = re.compile(r"[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def strip_invisible(text: str) -> str:
    """``text`` without soft hyphens, zero-width and direction marks: for names shown and compared,
    never for spans (a claim's content keeps the stored bytes)."""
    return text if text.isascii() else _INVISIBLE_RE.sub("", text)
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD_TABLE.items())


def _unify(text: str) -> str:
    """``text.translate(_FOLD_TABLE)`` done with C-speed replaces (translate with a dict is slow)."""
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def normalize_for_matching(text: str) -> str:
    """A comparison key: NFKC, lower case, no tashkeel/tatweel, unified alef/ya/ta marbuta, one space."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _unify(_DROP_RE.sub("", text))
    return _SPACE_RE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded copy of a text and the way back: ``orig(i)`` is the original offset of folded ``i``.

    The way back is kept as runs, not as one offset per character: the folded offset where each run
    of kept characters starts and how far the original is ahead there. Folding drops a few marks an
    article, so this is a few numbers instead of a tuple as long as the text, built for every article.
    """

    text: str
    _runs: tuple[tuple[int, ...], tuple[int, ...]] | None  # (run starts, shifts); None: nothing dropped
    _length: int

    @property
    def same_offsets(self) -> bool:
        """Folding kept every character in place: ``orig(i) == i`` and ``orig_end(i) == i``."""
        return self._runs is None

    def orig(self, i: int) -> int:
        runs = self._runs
        if runs is None:
            return i
        n = len(self.text)
        if i >= n:
            return self._length
        if i < 0:  # as a negative index into the offsets of every character would be read
            i += n
            if i < 0:
                raise IndexError("folded offset out of range")
        starts, shifts = runs
        return i + shifts[bisect_right(starts, i) - 1]

    def orig_end(self, i: int) -> int:
        """Original end offset for a folded end offset (one past the last kept character)."""
        if self._runs is None or i == 0:
            return i
        return self.orig(i - 1) + 1


# Quotation marks typed as two single marks (``''Yes,'' he said``, ``’’`` closing a quote, Arabic
# copy's ``''…''``): folded to one double mark, the second character dropped like a diacritic.
_DOUBLED_QUOTE_RE = re.compile("''|‘‘|’’")
_DOUBLED_QUOTES = {"''": '"', "‘‘": "“", "’’": "”"}
_DROPPED = "\u0640"  # tatweel: a character _DROP_RE drops, standing in for the doubled mark's second half


def _single_quotes(text: str) -> str:
    if "''" not in text and "‘‘" not in text and "’’" not in text:
        return text
    return _DOUBLED_QUOTE_RE.sub(lambda m: _DOUBLED_QUOTES[m.group()] + _DROPPED, text)


# An Arabic hashtag (``#يحيى_رسول``, ``#لجنة_الأمن_والدفاع``) is a name or a phrase written as one
# word: read as its words, the ``#`` a space and each ``_`` between Arabic letters a space (same length,
# so offsets hold and a span keeps the hashtag as printed).
_HASHTAG_RE = re.compile(r"#(?=[\u0621-\u064a])|(?<=[\u0621-\u064a\u064b-\u0652])_(?=[\u0621-\u064a])")


def unhashtag(text: str) -> str:
    """``text`` with its Arabic hashtags read as words (``#يحيى_رسول`` → `` يحيى رسول``, same length)."""
    if "#" not in text and "_" not in text:
        return text
    return _HASHTAG_RE.sub(" ", text)


def fold_text(text: str) -> str:
    """``fold(text).text``, without the map back to the original offsets."""
    return _DROP_RE.sub("", _single_quotes(unhashtag(_unify(text))))


def fold(text: str) -> Folded:
    """Unify letters (same length) and drop diacritics, remembering where each kept char came from."""
    folded = _single_quotes(unhashtag(_unify(text)))
    if not _DROP_RE.search(folded):
        return Folded(folded, None, len(text))
    pieces: list[str] = []
    starts: list[int] = []  # folded offset where each run of kept characters starts
    shifts: list[int] = []  # original offset minus folded offset along that run
    last = at = 0
    for m in _DROP_RE.finditer(folded):
        if m.start() > last:
            pieces.append(folded[last : m.start()])
            starts.append(at)
            shifts.append(last - at)
            at += m.start() - last
        last = m.end()
    if last < len(folded):
        pieces.append(folded[last:])
        starts.append(at)
        shifts.append(last - at)
    return Folded("".join(pieces), (tuple(starts), tuple(shifts)), len(text))
