"""Word and punctuation tokens with offsets, shared by both languages' rules."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

_TOKEN_RE = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")  # فرانسوا-كزافييه is one word

QUOTE_CHARS = frozenset('«»“”„"')


class Tok(NamedTuple):
    text: str  # as in the (folded) text the rules run on
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]``; offsets are into ``text``."""
    matches = list(_TOKEN_RE.finditer(text, start, end))
    fields = zip(map(_GROUP, matches), map(_START, matches), map(_END, matches))
    return list(map(tuple.__new__, repeat(Tok), fields))  # all in C: no bytecode per token


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end


START, END = itemgetter(1), itemgetter(2)  # tokens are in text order, and so are their starts and ends


def within(toks: list[Tok], start: int, end: int) -> list[Tok]:
    """The tokens that start in ``[start, end)``, found by bisection (``toks`` in text order)."""
    return toks[bisect_left(toks, start, key=START) : bisect_left(toks, end, key=START)]
