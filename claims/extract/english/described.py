"""English speakers described, not named, with a shape the older rules leave out.

Pages quote people the reporter met but did not name: ``A nurse on duty at the clinic confirmed that …``,
``The representatives at the meeting said …``, ``At least one candidate claims …``, ``…, said villagers.``,
``“…,” said one resident.`` The older rules read a description only with a capitalised place after its
preposition (``Dockers at Brockton Harbour``) or a collective word first; these shapes have a person word as
the head (a title, a collective, a person noun, or the singular of a collective), at most two lower-case
modifiers before it, and either a lower-case adjunct of place or occasion after it (``at the scene``, ``on
duty``) or a quantity before it (``one``, ``at least one``). The speaker is the whole description, the way a
reader would cite the source.
"""

from __future__ import annotations

from typing import Final

from claims.extract.english import lexicon as lx
from claims.extract.english.tokens import Tok

# a quantity before the head: "one resident", "two candidates", "several villagers"
QUANTITIES: Final = frozenset(
    "one two three four five six seven eight nine ten some several many most few both".split()
)
# bounds before a quantity: "at least one candidate", "more than 20 residents"
_BOUNDS: Final = frozenset([("at", "least"), ("at", "most"), ("more", "than")])
# what opens the adjunct after the head: where or on what occasion the person was
_ADJUNCT_PREPOSITIONS: Final = frozenset(["at", "on", "in", "from", "near", "inside", "outside", "during"])
_ARTICLES: Final = frozenset(["a", "an", "the"])
_MODIFIERS: Final = 2  # "local angry residents": lower-case words before the head
_ADJUNCT_REACH: Final = 7  # "on duty at the general hospital in the main town"


def person_word(word: str) -> bool:
    """``nurse``, ``villagers``, ``representatives``, ``worker``: a word for people, never for a body."""
    if word in lx.ORG_WORDS:
        return False  # "council", "police", "army": bodies, read by the older rules
    if word in lx.COLLECTIVE_WORDS or word in lx.PERSON_NOUNS or word in lx.TITLE_WORDS:
        return True
    if word + "s" in lx.COLLECTIVE_WORDS:
        return True  # "a worker", "one villager": the singular of a collective of people
    return word.endswith("s") and word[:-1] in lx.TITLE_WORDS and word[:-1] not in lx.ORG_WORDS


def _plain(tok: Tok) -> bool:
    return tok.text.isalpha() and tok.text.islower()


def _opening(toks: list[Tok], a: int, b: int) -> tuple[int, bool]:
    """Past the bound, the quantity and the article before the head: where the modifiers start, and
    whether a quantity was there."""
    x = a
    if b - x > 2 and (toks[x].lw, toks[x + 1].lw) in _BOUNDS:
        x += 2
    quantified = x < b and (toks[x].lw in QUANTITIES or toks[x].text.isdigit())
    if x < b and (quantified or toks[x].lw in _ARTICLES):
        x += 1
    return x, quantified


def head_of(toks: list[Tok], a: int, b: int) -> int | None:
    """The person word heading ``toks[a:b]`` read as a description of people nobody names, or None: a
    quantity (``one resident``, ``at least one candidate``) or a lower-case adjunct of place or occasion
    (``a nurse on duty at the clinic``) must say it is a description, not the office a name holds."""
    x, quantified = _opening(toks, a, b)
    p = next((y for y in range(x, b) if toks[y].lw in _ADJUNCT_PREPOSITIONS), b)
    if p == x or p - x > _MODIFIERS + 1 or not all(_plain(t) for t in toks[x:p]):
        return None
    if not person_word(toks[p - 1].lw):
        return None
    if p == b:
        return p - 1 if quantified else None  # "the nurse", "a resident": the older rules
    adjunct = toks[p + 1 : b]
    if not adjunct or len(adjunct) > _ADJUNCT_REACH or not all(_plain(t) or t.text.isdigit() for t in adjunct):
        return None  # "A fisherman from Wessex": a capitalised place, the older rules (_located)
    return p - 1


def people_after(toks: list[Tok], j: int, n: int) -> int:
    """``…, said villagers.``, ``“…,” said one resident.``, ``…, said local residents.``: the end of a
    description of people right after an inverted cue, closing the sentence; ``j`` when there is none."""
    end = j
    while end < n and toks[end].text not in (".", "!", "?", ";", ","):
        end += 1
    if end == j or end - j > 5 or (end < n and toks[end].text == ","):
        return j
    x, quantified = _opening(toks, j, end)
    if not all(_plain(t) for t in toks[x:end]) or x == end:
        return j
    head = toks[end - 1].lw
    if head in lx.COLLECTIVE_WORDS or (quantified and person_word(head)):
        return end
    return j
