"""English phrase edges: where the complement of ``said`` / ``told`` begins, what a subject may hold.

``told reporters in New York the UN had …`` (addressee, then place, then content), ``said staff
were exhausted and that …`` (a finite verb before a late ``that`` means the complement began
already).
"""

from __future__ import annotations

from typing import Final

from claims.extract.english import lexicon as lx
from claims.extract.english.noun_phrases import is_cap, possessive
from claims.extract.english.tokens import Tok

CLAUSE_STOP: Final = frozenset(
    """
    was were is are had has have would will could can should and but or
    """.split()
)


ADJUNCT_PARTICIPLES: Final = frozenset(
    """
    released published issued posted broadcast aired televised signed sent emailed carried
    """.split()
)


def ing_form(lemma: str) -> str:
    """The "-ing" form of a reporting verb's lemma: ``state`` → ``stating``, ``agree`` → ``agreeing``."""
    return (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"


def finite_ed(tok: Tok) -> bool:
    """``said Ankara wanted guarantees that …``: a past-tense verb means the complement already began."""
    w = tok.lw
    return w.endswith("ed") and len(w) > 4 and tok.text[0].islower() and w not in ADJUNCT_PARTICIPLES


_OUTLET_HEADS: Final = frozenset(["news", "agency", "newspaper", "daily", "television", "radio", "channel"])
ADDRESSEES: Final = frozenset(
    """
    reporters journalists news conference briefing agency press state media lawmakers parliament mps
    senators congress legislators delegates supporters crowd crowds audience students television tv radio
    broadcaster channel newspaper daily local him her them us me an interviewer members residents workers
    staff
    """.split()
)


_SUBJECT_PRONOUNS: Final = frozenset(["he", "she", "they", "we", "i", "it"])


_FINITE_AFTER_SUBJECT: Final = frozenset(
    "was were is are had has have would will could should can did does".split()
)


def addressee_end(toks: list[Tok], m: int, limit: int) -> int:
    """After ``told``: one addressee (``reporters``, ``CNN``, ``The Associated Press``, ``a briefing``)."""
    if (
        m + 2 < limit
        and toks[m].lw in ("the", "a", "an", "his", "her", "their")
        and toks[m + 1].text.isalpha()
        and toks[m + 1].text.islower()
        and toks[m + 2].lw in _SUBJECT_PRONOUNS
    ):
        return m + 2  # "guaranteed the inspector he would …": a short addressee, then the clause's subject
    if m < limit and toks[m].lw in ("the", "a", "an") and m + 1 < limit:
        if not (is_cap(toks[m + 1]) or toks[m + 1].lw in ADDRESSEES):
            return m  # "told CNN the president was …": "the" opens the content
        m += 1
    if m < limit and (is_cap(toks[m]) or toks[m].text[:1].isupper()):
        name = m
        while m < limit and (
            is_cap(toks[m]) or toks[m].text[:1].isupper() or possessive(toks[m]) or _name_stop(toks, m, limit)
        ):
            m += 1
        if m < limit and toks[m].lw in _FINITE_AFTER_SUBJECT:
            return name  # "assured Carter was in good health": the name is the clause's subject, no addressee
        while m < limit and toks[m].lw in _OUTLET_HEADS:
            m += 1
        return place(toks, m, limit)
    while m < limit and toks[m].lw in ADDRESSEES:
        m += 1
    return place(toks, m, limit)


def _name_stop(toks: list[Tok], m: int, limit: int) -> bool:
    """The stop of an initial or an abbreviated surname part (``Ann B. Cole``, ``Ann St. Clair``)."""
    if toks[m].text != "." or m == 0 or m + 1 >= limit or not toks[m + 1].text[:1].isupper():
        return False
    before = toks[m - 1]
    return before.text[:1].isupper() and (len(before.text) == 1 or before.lw in lx.NAME_ABBREVIATIONS)


def place(toks: list[Tok], m: int, limit: int) -> int:
    """``told reporters in New York the UN had …``: a capitalised place after the addressee is no content."""
    if m + 1 < limit and toks[m].lw in ("in", "at") and is_cap(toks[m + 1]):
        k = m + 1
        while k < limit and (is_cap(toks[k]) or toks[k].text == "."):
            k += 1
        if k < limit and toks[k].text != "," and k - m <= 4:
            return k
    return m


def age_or_origin(toks: list[Tok], a: int, b: int) -> bool:
    """``32`` or ``of Hill Street`` / ``from Darwen`` between commas after a name."""
    if b - a == 1 and toks[a].text.isdigit():
        return True
    return 1 < b - a <= 5 and toks[a].lw in ("of", "from") and is_cap(toks[a + 1])


_FUNCTION_WORDS: Final = frozenset(
    ["of", "the", "a", "an", "for", "at", "in", "and", "on", "to", "from", "with"]
)


def plain_words(toks: list[Tok], a: int, words: list[str]) -> int:
    """Lower-case words that are neither function words nor role, organisation or group words."""
    plain = 0
    for n, w in enumerate(words):
        if (
            w not in _FUNCTION_WORDS
            and w not in lx.TITLE_WORDS
            and w not in lx.ORG_WORDS
            and w not in lx.COLLECTIVE_WORDS
            and toks[a + n].text[0].islower()
        ):
            plain += 1
    return plain
