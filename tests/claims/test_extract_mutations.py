"""Real-shaped articles, mutated the way scraped pages are damaged, never make the extractor raise.

Each example takes one of our fixture articles and applies a handful of edits seen on real pages:
tokens dropped, doubled or run together; a proclitic (و، ف، ب، ل، ك) detached from its word; words
cut to one letter; tatweel, diacritics, zero-width and direction marks, bidi isolates, soft
hyphens and BOMs inside or around words; digits, Latin words, agency codes, brackets, lone
punctuation and empty lines. The contract checked is the one every consumer relies on: no
exception, and ``doc.text[start:end] == content`` for every claim, in both languages.

The examples are derandomised so CI is repeatable; ``CLAIMS_MUTATION_EXAMPLES`` runs more of them
(``CLAIMS_MUTATION_EXAMPLES=20000 pytest tests/claims/test_extract_mutations.py``).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.candidates import CleanDocument
from claims.extract import extract_claims
from claims.text.clean import clean_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXAMPLES = int(os.environ.get("CLAIMS_MUTATION_EXAMPLES", "1000"))

INSERTS = (
    "\u0640",  # tatweel
    "\u064e",
    "\u064b",
    "\u0651",  # diacritics
    "\u200b",
    "\u200c",
    "\u200d",  # zero-width space, non-joiner, joiner
    "\u200e",
    "\u200f",
    "\u061c",  # direction marks
    "\u202b",
    "\u202c",
    "\u2067",
    "\u2069",  # embeddings and isolates
    "\u00ad",  # soft hyphen
    "\ufeff",
    "3",
    "2024",
    "١٤٤٥",
    "Reuters",
    "AFP",
    "(د ب أ)",
    "(",
    ")",
    "[",
    "]",
    "[/]",
    "{{x}}",
    "«",
    "»",
    '"',
    "“",
    "”",
    "،",
    ".",
    ":",
    "-",
    "—",
    "/",
    "*",
    "\n",
    "\n\n",
    "  ",
)
OPS = ("drop", "double", "merge", "detach", "cut", "before", "after", "inside")


@cache
def _articles(lang: str) -> tuple[str, ...]:
    """Every fixture article of one language (English files are named ``en-*`` or sit in ``en`` folders)."""
    paths = sorted(FIXTURES.glob("**/*.txt"))
    texts = []
    for path in paths:
        # the path below FIXTURES only: a checkout under a folder named "en…" is no English folder
        below = "/" + path.relative_to(FIXTURES).as_posix()
        english = path.name.startswith(("en-", "b-en", "b2-en", "b3-en")) or "/en" in below
        text = path.read_text(encoding="utf-8")
        arabic_letters = sum("\u0600" <= ch <= "\u06ff" for ch in text[:400])
        if (lang == "en") == (english or arabic_letters < 20):
            texts.append(text)
    assert texts, f"no {lang} fixture articles under {FIXTURES}"
    return tuple(texts)


def _mutate(text: str, edits: list[tuple[str, int, int, str]]) -> str:
    words = text.split(" ")
    for op, at, inner, insert in edits:
        if not words:
            break
        i = at % len(words)
        word = words[i]
        if op == "drop":
            del words[i]
        elif op == "double":
            words.insert(i, word)
        elif op == "merge" and i + 1 < len(words):
            words[i : i + 2] = [word + words[i + 1]]
        elif op == "detach" and len(word) > 2 and word[0] in "وفبلك":
            words[i] = f"{word[0]} {word[1:]}"
        elif op == "cut":
            words[i] = word[:1]
        elif op == "before":
            words[i] = insert + word
        elif op == "after":
            words[i] = word + insert
        else:
            cut = inner % (len(word) + 1)
            words[i] = word[:cut] + insert + word[cut:]
    return " ".join(words)


def _edits() -> st.SearchStrategy[list[tuple[str, int, int, str]]]:
    edit = st.tuples(
        st.sampled_from(OPS),
        st.integers(0, 5_000),
        st.integers(0, 40),
        st.sampled_from(INSERTS),
    )
    return st.lists(edit, min_size=1, max_size=30)


def _check(text: str, lang: str) -> None:
    doc = CleanDocument(text=text, lang=lang)  # type: ignore[arg-type]
    for claim in extract_claims(doc):
        assert claim.content, claim
        assert doc.text[claim.start : claim.end] == claim.content, claim
    cleaned = clean_text(text)
    for claim in extract_claims(cleaned):
        assert cleaned.text[claim.start : claim.end] == claim.content, claim


_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@_SETTINGS
@given(st.data(), _edits())
def test_mutated_arabic_articles_extract_exactly(data: st.DataObject, edits: list) -> None:  # type: ignore[type-arg]
    text = data.draw(st.sampled_from(_articles("ar")))
    _check(_mutate(text, edits), "ar")


@_SETTINGS
@given(st.data(), _edits())
def test_mutated_english_articles_extract_exactly(data: st.DataObject, edits: list) -> None:  # type: ignore[type-arg]
    text = data.draw(st.sampled_from(_articles("en")))
    _check(_mutate(text, edits), "en")


@settings(max_examples=max(EXAMPLES // 5, 50), deadline=None, derandomize=True)
@given(st.data(), _edits(), st.sampled_from(["ar", "en"]))
def test_mutated_articles_in_the_other_language(data: st.DataObject, edits: list, lang: str) -> None:  # type: ignore[type-arg]
    """A page mislabelled by language detection is still extracted without error."""
    other = "en" if lang == "ar" else "ar"
    text = data.draw(st.sampled_from(_articles(other)))
    _check(_mutate(text, edits), lang)
