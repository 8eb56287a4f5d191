"""Word and punctuation tokens with offsets, shared by both languages' rules."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter
from typing import Final, NamedTuple

_TOKEN_RE: Final = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")  # فرانسوا-كزافييه is one word

QUOTE_CHARS: Final = frozenset('«»“”„"')


class Tok(NamedTuple):
    text: str  # as in the (folded) text the rules run on
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]``; offsets are into ``text``.

    Read between spaces: no token holds a space, so a piece of letters and digits alone is one token
    whatever the pattern, and the pattern runs only on the pieces holding punctuation (or other
    white space). Same tokens as one scan of the sentence (the pattern has no look-around), with no
    match object for most words of an Arabic sentence.
    """
    out: list[Tok] = []
    append = out.append
    new = tuple.__new__
    finditer = _TOKEN_RE.finditer
    a = start
    for word in text[start:end].split(" "):
        b = a + len(word)
        if word.isalnum():
            append(new(Tok, (word, a, b)))
        elif b > a:
            for m in finditer(text, a, b):
                append(new(Tok, (m.group(), m.start(), m.end())))
        a = b + 1
    return out


START, END = itemgetter(1), itemgetter(2)  # tokens are in text order, and so are their starts and ends


def within(toks: list[Tok], start: int, end: int) -> list[Tok]:
    """The tokens that start in ``[start, end)``, found by bisection (``toks`` in text order)."""
    return toks[bisect_left(toks, start, key=START) : bisect_left(toks, end, key=START)]
