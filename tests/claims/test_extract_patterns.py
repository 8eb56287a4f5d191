"""The speed-rewritten patterns match exactly what the plain patterns they replace matched.

Each hot pattern was rewritten so the regex engine can scan for its first letter (a look-behind moved
after the literal it looks over, possessive runs, a shared word run read once). The plain forms are
kept here as the reference: both must give the same spans on random strings built from the
characters that matter to each pattern, at several start positions (``search(text, pos)`` treats
``pos`` as the string's start for look-behinds and word boundaries alike).
"""

from __future__ import annotations

import random
import re

import pytest

from claims.extract.arabic.register import _WAL_NISBA
from claims.extract.core.checkworthiness import _CAPITAL_RE
from claims.extract.core.confidence import _CAPITALISED_RUN
from claims.extract.english.according import _ACCORDING_RE
from claims.extract.english.tokens import _TOKEN_RE as _EN_TOKEN_RE

PLAIN = {
    "en_token": re.compile(
        r"(?:[A-Za-z]\.){2,}|[A-Z]\.(?=\s+[A-Z])"
        r"|\w+(?:['’]\w+)+['’](?=\s)"
        r"|\w+(?:[-'’&]\w+)*(?:(?<=[a-z]s)['’](?![\w'’]))?"
        r"|[^\w\s]"
    ),
    "wal_nisba": re.compile(r"(?<!\w)وال\w{2,}ي(?!\w)"),
    "capital": re.compile(r"(?<![.!?\"“]\s)\b[A-Z][a-z]+"),
    "capitalised_run": re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"),
    "according": re.compile(r"\baccording to\b", re.IGNORECASE),
}
FAST = {
    "en_token": _EN_TOKEN_RE,
    "wal_nisba": _WAL_NISBA,
    "capital": _CAPITAL_RE,
    "capitalised_run": _CAPITALISED_RUN,
    "according": _ACCORDING_RE,
}
ALPHABETS = {
    "en_token": "aAsSzZ '’-&.\n,\"Y1_é",
    "wal_nisba": "والي ا\nلxو_1",
    "capital": "Aa. !?\"“bB\n'’-1_éÉ",
    "capitalised_run": "Aa. !?\"“bB\n'’-1_éÉ",
    "according": "acording tACORDINGT_1",
}
PIECES = {"according": ("according to", "ACCORDING TO", "xaccording to", "according tox")}


def _spans(pattern: re.Pattern[str], text: str, pos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_rewritten_pattern_matches_what_the_plain_one_did(name: str) -> None:
    rng = random.Random(name)
    alphabet = ALPHABETS[name]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        if name in PIECES and rng.random() < 0.5:
            cut = rng.randint(0, len(text))
            text = text[:cut] + rng.choice(PIECES[name]) + text[cut:]
        for pos in (0, 1, 2):
            assert _spans(FAST[name], text, pos) == _spans(PLAIN[name], text, pos), (text, pos)


def test_the_plain_and_fast_token_patterns_split_a_sentence_alike() -> None:
    text = "Prof. A. B. Za'zou' told the U.S. Governors' Association in al-Sudani's A&M office it's 'done'."
    assert [m.group() for m in FAST["en_token"].finditer(text)] == [
        m.group() for m in PLAIN["en_token"].finditer(text)
    ]


def test_english_tokens_read_word_by_word_are_the_pattern_scan_of_the_sentence() -> None:
    """``tokenize`` runs the token pattern only on the space-separated pieces holding punctuation (a
    piece of letters and digits alone is taken whole): on random sentences it must give exactly the
    tokens, offsets and lexicon keys of one scan of the pattern over the whole sentence."""
    from claims.extract.english.tokens import Tok, tokenize

    def scanned(text: str, start: int, end: int) -> list[Tok]:
        piece = text[start:end].replace("’", "'")
        lows = piece.lower()
        return [
            Tok(piece[a:b], a + start, b + start, lows[a:b].rstrip("."))
            for a, b in (m.span() for m in FAST["en_token"].finditer(piece))
        ]

    rng = random.Random("en-tokenize")
    alphabet = "aAsSzZY1é_ '’-&.,\"\n İΣ;:)%" + "  "
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        start = rng.randint(0, min(3, len(text)))
        end = rng.randint(start, len(text))
        assert tokenize(text, start, end) == scanned(text, start, end), (text, start, end)


def test_core_tokens_read_word_by_word_are_the_pattern_scan_of_the_sentence() -> None:
    """The shared (Arabic) ``tokenize`` takes a space-separated piece of letters and digits whole and runs
    the token pattern on the other pieces only: on random sentences it must give exactly the tokens and
    offsets of one scan of the pattern over the sentence."""
    from claims.extract.core.tokens import _TOKEN_RE, Tok, tokenize

    rng = random.Random("core-tokenize")
    alphabet = "بيت ٣a_ '’-«».,،\n\t\u00a0" + "  "
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        start = rng.randint(0, min(3, len(text)))
        end = rng.randint(start, len(text))
        scanned = [Tok(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, end)]
        assert tokenize(text, start, end) == scanned, (text, start, end)
