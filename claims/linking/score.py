"""Pure pair scoring: how likely two claims carry the same truth conditions, in [0, 1].

Content similarity (soft Dice over stems with rapidfuzz token matching, blended with rapidfuzz's
token-sort ratio) times speaker agreement (same entity id, else normalised names or, across
languages, name skeletons). Different numbers or one-sided negation cut the score: "cut by 2
million" and "cut by 1 million" share every word and are different claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from claims.linking.text import (
    ROLE_WORDS,
    content_keys,
    is_arabic,
    negated,
    neutral_keys,
    numbers,
    skeleton,
    stem,
    tokens,
)

NEUTRAL_SPEAKER = 0.95  # outlet / event claims, or no speaker: neither agreement nor disagreement
DISAGREEING_SPEAKER = 0.45  # keeps "same words, other speaker" under any sane suggest threshold
MISMATCH_PENALTY = 0.4  # different numbers, or one side negated


@dataclass(frozen=True)
class ClaimSide:
    """What scoring needs of one claim (a ``Claim`` row or a fixture line)."""

    content: str
    speaker: str = ""
    speaker_id: int | None = None
    kind: str = "indirect"
    speaker_kind: str = "person"
    lang: str | None = None
    aliases: tuple[str, ...] = field(default=())
    stored_tokens: str | None = None  # ``Claim.match_tokens`` when known: skips normalising again

    @cached_property
    def toks(self) -> list[str]:
        return self.stored_tokens.split() if self.stored_tokens is not None else tokens(self.content)

    @cached_property
    def language(self) -> str:
        return self.lang or ("ar" if is_arabic(self.content) else "en")

    @cached_property
    def keys(self) -> list[str]:
        return content_keys(self.toks)

    @cached_property
    def neutral(self) -> list[str]:
        return neutral_keys(self.toks)

    @cached_property
    def neutral_set(self) -> frozenset[str]:
        return frozenset(self.neutral)

    @cached_property
    def numbers(self) -> frozenset[str]:
        return numbers(self.toks)

    @cached_property
    def negated(self) -> bool:
        return negated(self.toks)

    @cached_property
    def speaker_keys(self) -> frozenset[str]:
        """The speaker's name words across scripts: skeletons (roles dropped) and glossary concepts."""
        names = (self.speaker, *self.aliases)
        words = [t for n in names for t in tokens(n) if t not in ROLE_WORDS and stem(t) not in ROLE_WORDS]
        skeletons = {sk for t in words if len(sk := skeleton(t)) >= 2}
        concepts = {k for n in names for k in neutral_keys(n) if k.startswith("@")}
        return frozenset(skeletons | concepts)

    @property
    def speaker_surname(self) -> str:
        """Skeleton of the last name word (roles dropped): first names alone never make two speakers one."""
        return _surname(self.speaker)

    @property
    def speaker_neutral(self) -> bool:
        return not self.speaker.strip() or self.kind == "event" or self.speaker_kind == "outlet"


@dataclass(frozen=True)
class PairScore:
    score: float
    content: float
    speaker: float
    cross_language: bool


def _matched(sa: set[str], sb: set[str]) -> float:
    """Keys of ``sa`` found in ``sb``: 1 when equal, 0.8 when rapidfuzz ratio ≥ 85 (Arabic morphology)."""
    rest = list(sb - sa)
    matched = 0.0
    for k in sa:
        if k in sb:
            matched += 1
        elif (
            len(k) >= 4
            and k[0] not in "@~"
            and rest
            and process.extractOne(k, rest, scorer=fuzz.ratio, score_cutoff=85)
        ):
            matched += 0.8
    return matched


def _soft_dice(a: list[str], b: list[str]) -> tuple[float, float]:
    """Soft Dice and containment of two key lists (symmetric)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0, 0.0
    matched = min((_matched(sa, sb) + _matched(sb, sa)) / 2, min(len(sa), len(sb)))
    return 2 * matched / (len(sa) + len(sb)), matched / min(len(sa), len(sb))


def content_similarity(a: ClaimSide, b: ClaimSide) -> float:
    """Shared meaning of two contents in [0, 1], calibrated (square root) so paraphrases reach ~0.82."""
    cross = a.language != b.language
    ka, kb = (a.neutral, b.neutral) if cross else (a.keys, b.keys)
    names = {"~" + x for x in (a.speaker_surname, b.speaker_surname) if x}
    if cross and names:  # the speaker's own name in the text is scored by speaker agreement, not twice
        ka, kb = [k for k in ka if k not in names] or ka, [k for k in kb if k not in names] or kb
    dice, contain = _soft_dice(ka, kb)
    if cross:
        sim = 0.6 * dice + 0.4 * contain
    else:
        sort = fuzz.token_sort_ratio(" ".join(ka), " ".join(kb)) / 100
        sim = 0.45 * dice + 0.3 * contain + 0.25 * sort
    sim = min(sim, 1.0) ** 0.5
    if a.numbers and b.numbers and a.numbers != b.numbers:
        sim *= MISMATCH_PENALTY
    if a.negated != b.negated:
        sim *= MISMATCH_PENALTY
    return sim


@lru_cache(maxsize=100_000)
def _name_tokens(name: str) -> list[str]:
    return [stem(t) for t in tokens(name) if len(t) > 1 and stem(t) not in ROLE_WORDS and t not in ROLE_WORDS]


def _initials(name: list[str]) -> str:
    return "".join(t[0] for t in name) if len(name) >= 2 else ""


def names_agree(a: str, b: str) -> bool:
    """Two names of one speaker: they share the surname (last word of either), or one is the initials."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    shared = set(ta) & set(tb)
    if shared and (ta[-1] in shared or tb[-1] in shared):
        return True
    return (len(ta) == 1 and ta[0] == _initials(tb)) or (len(tb) == 1 and tb[0] == _initials(ta))


def speaker_agreement(a: ClaimSide, b: ClaimSide) -> float:
    """1.0 same speaker, ``DISAGREEING_SPEAKER`` another one, ``NEUTRAL_SPEAKER`` when it cannot tell."""
    if a.speaker_neutral or b.speaker_neutral:
        return NEUTRAL_SPEAKER
    if a.speaker_id is not None and a.speaker_id == b.speaker_id:
        return 1.0
    if a.language != b.language:
        shared = a.speaker_keys & b.speaker_keys
        surnames = {a.speaker_surname, b.speaker_surname} | {k for k in shared if k.startswith("@")}
        return 1.0 if shared & surnames else DISAGREEING_SPEAKER
    names_a, names_b = (a.speaker, *a.aliases), (b.speaker, *b.aliases)
    if any(names_agree(x, y) for x in names_a for y in names_b):
        return 1.0
    return DISAGREEING_SPEAKER


@lru_cache(maxsize=100_000)
def _surname(name: str) -> str:
    words = [t for t in tokens(name) if t not in ROLE_WORDS and stem(t) not in ROLE_WORDS]
    return skeleton(words[-1]) if words else ""


PREFILTER_DICE = 0.3  # below this overlap of language-neutral keys no fixture pair reaches a suggestion


def quick_overlap(a: ClaimSide, b: ClaimSide) -> float:
    """Dice of the language-neutral key sets: a cheap bound to skip hopeless candidates before scoring.

    On the pairs fixture every true pair the scorer accepts has ≥ 0.6 (tests/claims/test_linking_scoring.py).
    """
    x, y = a.neutral_set, b.neutral_set
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def score_pair(a: ClaimSide, b: ClaimSide) -> PairScore:
    """The same-claim score of two claims (symmetric)."""
    content = content_similarity(a, b)
    speaker = speaker_agreement(a, b)
    return PairScore(round(content * speaker, 4), round(content, 4), speaker, a.language != b.language)
