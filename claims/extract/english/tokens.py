"""English tokens with their lexicon key: ``U.S.``, initials and ``A&M`` stay whole.

Its own module so that the word lists (``words``) and the phrase rules (``noun_phrases``) share the
token type without importing each other.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Final, NamedTuple

# The two word readings share their first run of word characters: it is read once, possessively
# (``\w++``: a separator is never a word character, so giving characters back can never help), and
# the closing-quote reading is tried before the plain one, as two alternatives did before. Same
# tokens; each word is scanned once instead of twice with backtracking (the extractor's hottest regex).
_TOKEN_RE: Final = re.compile(
    r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z])"  # U.S., initials
    r"|\w++(?:"
    r"(?:['’]\w++)+['’](?=\s)"  # Za'zou': a transliterated ayn closing a name
    r"|(?:[-'’&]\w++)*(?:(?<=[a-z]s)['’](?![\w'’]))?"  # A&M, al-Sudani, "Prison Governors' Association"
    r")"
    r"|[^\w\s]"
)


_AYN: Final = re.compile(r"(?<=[^\W\d_])‘(?=[^\W\d_])")

# Marks that close a word and are one token of their own whatever precedes them (never part of a word
# run: not an apostrophe, hyphen or ampersand)
_CLOSERS: Final = frozenset(',.;:!?)"%')


class Tok(NamedTuple):
    text: str
    start: int
    end: int
    lw: str  # lower case, trailing "." dropped, curly apostrophe unified: what lexicons are keyed on


# a token's start offset: tokens are in text order, so bisect finds one by offset
START: Final = itemgetter(1)


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """English tokens of ``text[start:end]`` with their lexicon key (``lw``); offsets are into ``text``.

    Not :func:`claims.extract.core.tokens.tokenize`: English keeps ``U.S.``, initials and ``A&M`` whole.
    """
    piece = text[start:end].replace("’", "'")
    if "‘" in piece:  # "Id‘ais", "Shi‘ite": a transliterated ayn inside a word, not an opening quote
        piece = _AYN.sub("'", piece)
    lows = piece.lower()
    new = tuple.__new__
    out: list[Tok] = []
    append = out.append
    a = 0
    # Words are read between spaces: a run of letters and digits alone is one token, as the pattern would
    # read it (no branch takes more than the word when a space or the end follows), so the pattern runs
    # only on the pieces with punctuation, from their first character and over the whole sentence (its
    # look-aheads see past the piece). Same tokens, a third of the work: the hot loop of the extractor.
    for word in piece.split(" "):
        b = a + len(word)
        if word.isalnum():
            append(new(Tok, (word, a + start, b + start, lows[a:b].rstrip("."))))
        elif not word:
            pass  # two spaces in a row
        elif word[-1] in _CLOSERS and word[:-1].isalnum() and (word[-1] != "." or b - a > 2):
            # "said," / "Tuesday." / "Reuters)": a word and one closing mark, the pattern's two tokens
            # (a dot after a single letter is an initial, left to the pattern)
            append(new(Tok, (word[:-1], a + start, b - 1 + start, lows[a : b - 1].rstrip("."))))
            append(new(Tok, (word[-1], b - 1 + start, b + start, lows[b - 1 : b].rstrip("."))))
        else:
            for m in _TOKEN_RE.finditer(piece, a):
                x, y = m.span()
                if x >= b:
                    break
                append(new(Tok, (piece[x:y], x + start, y + start, lows[x:y].rstrip("."))))
        a = b + 1
    if "- " in piece:
        return _spaced_compounds(out)
    return out


def _spaced_compound(first: Tok, dash: Tok, second: Tok) -> bool:
    """``Al- Marar``, ``El- Sayed``: a capitalised prefix of two or three letters, a hyphen glued to it, one
    space, then a capitalised word — a compound (most often a name with its article) a stray space split."""
    return (
        dash.text == "-"
        and dash.start == first.end
        and second.start == dash.end + 1
        and 2 <= len(first.text) <= 3
        and first.text[0].isupper()
        and first.text[1:].isalpha()
        and first.text[1:].islower()
        and second.text[:1].isupper()
        and second.text[1:2].islower()
    )


def _spaced_compounds(toks: list[Tok]) -> list[Tok]:
    """The tokens with each spaced compound read as the one word it is (``Al-Marar``, keyed ``al-marar``, so
    it finds the name written without the space); its offsets still cover the text as written."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        if k + 2 < len(toks) and _spaced_compound(toks[k], toks[k + 1], toks[k + 2]):
            first, second = toks[k], toks[k + 2]
            out.append(Tok(f"{first.text}-{second.text}", first.start, second.end, f"{first.lw}-{second.lw}"))
            k += 3
            continue
        out.append(toks[k])
        k += 1
    return out
