"""Word and punctuation tokens with offsets, shared by both languages' rules."""

from __future__ import annotations

import re
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
    new = tuple.__new__
    return [new(Tok, (m.group(), *m.span())) for m in _TOKEN_RE.finditer(text, start, end)]
