"""Article-level completion of a speaker named by a family name alone (English).

The register ties a later ``Sawant said`` to ``Ravindra Sawant`` only when it read the full name
where it stood. A full name buried in a long title (``President of the Trade Union Congress Navi
Mumbai Ravindra Sawant, along with others, staged …``) or in a caption is never read as a person,
so every claim of the speaker goes to the bare family name. Guideline §3: the speaker is the fullest
name the article gives.

This pass runs once, after all drafts are made, over the distinct one-word speakers only. It looks
for the places the page writes that word right after a capitalised word that can be a given name
(no title, honorific, body, month or sentence opener) and takes the one given name found; two
(``Ann Cole``, ``Ben Cole``) are two people, and the speaker stays as written.
"""

from __future__ import annotations

import re
from typing import Final

from claims.extract.core.draft import Draft, hand_over
from claims.extract.core.entities import Entity, Registry
from claims.extract.english import lexicon as lx
from claims.types import ClaimKind, SpeakerKind

_GIVEN: Final = r"([A-Z][a-z]{1,20}(?:-[A-Z][a-z]+)?)"  # "Ravindra", "Jean-Paul"
_SUFFIX: Final = r"(?:,?\s+(Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b))?"  # "Alfonso Bince Jr."
_NOT_GIVEN: Final = frozenset(["the", "a", "an", "and", "but", "or", "if", "as", "at", "in", "on", "by", "for"]).union(
    lx.TITLE_WORDS,
    lx.HONORIFICS,
    lx.NAME_HONORIFICS,
    lx.ORG_WORDS,
    lx.OFFICE_FIELDS,  # "Inspector of Fisheries Okello": the office's field, no given name
    lx.MONTHS,
    lx.WEEKDAYS,
    lx.NOT_NAMES,
    lx.INTRO_WORDS,
    lx.SENTENCE_ADVERBS,
)


def complete_family_names(text: str, reg: Registry, drafts: list[Draft]) -> None:
    """Give each one-word person speaker of ``drafts`` the one given name the page writes before it."""
    lone: dict[int, Entity] = {}
    for d in drafts:
        s = d.speaker
        if d.kind != ClaimKind.EVENT and s.kind == SpeakerKind.PERSON and not s.members and _one_name(s.canonical):
            lone.setdefault(id(s), s)
    fuller: dict[int, Entity] = {}
    for entity in lone.values():
        name = _given_before(text, entity.canonical) or _family_after(text, entity.canonical)
        if name is None:
            continue
        known = reg.lookup(name.lower())
        if known is not None and known.kind != SpeakerKind.PERSON:
            continue
        fuller[id(entity)] = known or reg.add(
            Entity(name, SpeakerKind.PERSON, gender=entity.gender, role=entity.role), [name.lower()]
        )
    hand_over(drafts, fuller)


def _one_name(canonical: str) -> bool:
    """``Sawant``: one capitalised word of letters, no initials or title."""
    return canonical.isalpha() and canonical[:1].isupper() and canonical[1:].islower() and len(canonical) > 2


def _given_before(text: str, family: str) -> str | None:
    """``Ravindra Sawant`` for ``Sawant`` when every place the page writes a given name before it
    writes the same one (a suffix kept: ``Alfonso Bince Jr.``); None for none or two."""
    found: set[tuple[str, str]] = set()
    for m in re.finditer(_GIVEN + r"[ \u00a0]" + re.escape(family) + r"\b" + _SUFFIX, text):
        given = m.group(1)
        if given.lower() in _NOT_GIVEN or given.lower().endswith("'s"):
            continue
        found.add((given, m.group(2) or ""))
    givens = {g for g, _ in found}
    if len(givens) != 1:
        return None
    given = next(iter(givens))
    suffix = max((s for _, s in found), key=len)
    return f"{given} {family}" + (f" {suffix}" if suffix else "")


_PARTICLES: Final = "|".join(sorted(lx.NAME_PARTICLES, key=len, reverse=True))
_FAMILY: Final = r"((?:(?:" + _PARTICLES + r")[ -])?[A-Z][a-z]+(?:[ -](?:(?:" + _PARTICLES + r")[ -])?[A-Z][a-z]+){0,2})"


def _family_after(text: str, given: str) -> str | None:
    """``Hamdan bin Zayed Al Nahyan`` for ``Hamdan`` when the page writes no given name before the
    word (``_given_before`` found none) and every place it goes on writes the same name after it —
    the given name of one person named in full once. None when it goes on in two ways, or into a
    title, a body or a month (``Hamdan Ministry``)."""
    if re.search(_GIVEN + r"[ \u00a0]" + re.escape(given) + r"\b", text) is not None:
        return None  # a family name after all ("Ravindra Sawant"), or two people: never both ways
    found: set[str] = set()
    for m in re.finditer(r"\b" + re.escape(given) + r"[ \u00a0]" + _FAMILY + r"\b", text):
        words = m.group(1).replace("-", " ").split()
        if any(w.lower() in _NOT_GIVEN for w in words if w.lower() not in lx.NAME_PARTICLES):
            continue
        found.add(m.group(1))
    longest = max(found, key=len, default=None)
    if longest is None or any(not longest.startswith(f) for f in found):
        return None
    return f"{given} {longest}"
