"""Pure pair scoring: how likely two claims carry the same truth conditions, in [0, 1].

Content similarity (soft Dice over stems with rapidfuzz token matching, blended with rapidfuzz's
token-sort ratio) times speaker agreement (same entity id, else normalised names or, across
languages, name skeletons). Different numbers or one-sided negation cut the score: "cut by 2
million" and "cut by 1 million" share every word and are different claims.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz

from claims.linking.text import content_keys, is_arabic, negated, neutral_keys, numbers, skeleton, stem, tokens

NEUTRAL_SPEAKER = 0.9  # outlet / event claims, or no speaker: neither agreement nor disagreement
DISAGREEING_SPEAKER = 0.45  # keeps "same words, other speaker" under any sane suggest threshold
MISMATCH_PENALTY = 0.6  # different numbers, or one side negated


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

    @cached_property
    def language(self) -> str:
        return self.lang or ("ar" if is_arabic(self.content) else "en")

    @cached_property
    def keys(self) -> list[str]:
        return content_keys(self.content)

    @cached_property
    def neutral(self) -> list[str]:
        return neutral_keys(self.content)

    @cached_property
    def numbers(self) -> frozenset[str]:
        return numbers(self.content)

    @cached_property
    def negated(self) -> bool:
        return negated(self.content)

    @cached_property
    def speaker_names(self) -> tuple[frozenset[str], ...]:
        """Each name (speaker and aliases) as a set of stems, for agreement checks."""
        names = [self.speaker, *self.aliases]
        return tuple(frozenset(stem(t) for t in tokens(n) if len(t) > 1) for n in names if n.strip())

    @cached_property
    def speaker_skeletons(self) -> frozenset[str]:
        return frozenset(skeleton(t) for n in (self.speaker, *self.aliases) for t in tokens(n) if len(skeleton(t)) >= 2)

    @property
    def speaker_neutral(self) -> bool:
        return not self.speaker.strip() or self.kind == "event" or self.speaker_kind == "outlet"


@dataclass(frozen=True)
class PairScore:
    score: float
    content: float
    speaker: float
    cross_language: bool


def _soft_dice(a: list[str], b: list[str]) -> tuple[float, float]:
    """Soft Dice and containment of two key lists: keys match when equal or rapidfuzz ratio ≥ 85."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0, 0.0
    matched = 0.0
    rest = list(sb - sa)
    for k in sa:
        if k in sb:
            matched += 1
        elif len(k) >= 4 and not k.startswith("@") and rest:
            best = max(fuzz.ratio(k, r) for r in rest)
            if best >= 85:
                matched += 0.8
    dice = 2 * matched / (len(sa) + len(sb))
    return dice, matched / min(len(sa), len(sb))


def content_similarity(a: ClaimSide, b: ClaimSide) -> float:
    cross = a.language != b.language
    ka, kb = (a.neutral, b.neutral) if cross else (a.keys, b.keys)
    dice, contain = _soft_dice(ka, kb)
    if cross:
        sim = 0.6 * dice + 0.4 * contain
    else:
        sort = fuzz.token_sort_ratio(" ".join(ka), " ".join(kb)) / 100
        sim = 0.45 * dice + 0.3 * contain + 0.25 * sort
    if a.numbers and b.numbers and a.numbers != b.numbers:
        sim *= MISMATCH_PENALTY
    if a.negated != b.negated:
        sim *= MISMATCH_PENALTY
    return min(sim, 1.0)


def speaker_agreement(a: ClaimSide, b: ClaimSide) -> float:
    """1.0 same speaker, ``DISAGREEING_SPEAKER`` another one, ``NEUTRAL_SPEAKER`` when it cannot tell."""
    if a.speaker_neutral or b.speaker_neutral:
        return NEUTRAL_SPEAKER
    if a.speaker_id is not None and a.speaker_id == b.speaker_id:
        return 1.0
    if a.language != b.language:
        return 1.0 if a.speaker_skeletons & b.speaker_skeletons else DISAGREEING_SPEAKER
    for na in a.speaker_names:
        for nb in b.speaker_names:
            if na and nb and (na <= nb or nb <= na):
                return 1.0
    ratio = fuzz.token_set_ratio(a.speaker, b.speaker) / 100
    return 1.0 if ratio >= 0.9 else DISAGREEING_SPEAKER


def score_pair(a: ClaimSide, b: ClaimSide) -> PairScore:
    """The same-claim score of two claims (symmetric)."""
    content = content_similarity(a, b)
    speaker = speaker_agreement(a, b)
    return PairScore(round(content * speaker, 4), round(content, 4), speaker, a.language != b.language)
