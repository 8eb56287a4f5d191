"""Speed changes of round 16 (speed18) give the same answers as the code they replace."""

from __future__ import annotations

import random
import re

from claims.extract.english.noun_phrases import LowerWords

# what LowerWords answers, as one plain pattern finding every lower-case word of the article at once
# (it replaced a rewritten copy of this pattern, which test_extract_patterns checked against it)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_ALPHABET = "ab zA'’-_1é\n"
_PIECES = ["even", "Even", "the", "so", "after", "-", "'", "’", " ", " ", ", ", ".", "_", "é", "7", "evenly", "x"]


def test_lower_words_answers_as_the_pattern_found() -> None:
    rng = random.Random(16)
    asked = ["even", "the", "so", "after", "x", "evenly", "Even", "e", "é", "even-so", "", "7", "a", "ab", "ba", "b"]
    for n in range(6000):
        if n % 2:
            text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        else:
            text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 14)))
        found = frozenset(_LOWER_WORD.findall(text))
        words = LowerWords(text)
        for w in asked + list(found):
            assert (w in words) == (w in found), (text, w)


def test_one_closing_quote_mark_found_as_the_character_test_found_it() -> None:
    from claims.extract.arabic.events import _QUOTE_MARK_RE
    from claims.extract.core.tokens import QUOTE_CHARS

    rng = random.Random(16)
    pieces = [*QUOTE_CHARS, "a", "ب", " ", "."]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        marks = [c for c in text if c in QUOTE_CHARS]
        before = len(marks) == 1 and text.endswith(marks[0])
        now = text[-1:] in QUOTE_CHARS and _QUOTE_MARK_RE.search(text, 0, len(text) - 1) is None
        assert before == now, text


def test_lead_participle_found_as_the_substring_scan_found_it() -> None:
    from claims.extract.english.extract import _has_lead_participle
    from claims.extract.english.participle import LEAD_PARTICIPLES

    rng = random.Random(16)
    words = sorted(LEAD_PARTICIPLES)[:12] + ["ing", "sing", "adding", "dding", "x", " ", "in", "g", "Adding", "-"]
    for _ in range(5000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
        assert _has_lead_participle(text) == any(p in text for p in LEAD_PARTICIPLES), text
