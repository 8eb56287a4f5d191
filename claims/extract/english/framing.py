"""A fronted source frame with no reporting verb: ``For Ann Cole, the quay is “a disaster”.`` and
``In her opinion, the quay should close.``

``For X,`` mostly narrates (``For Cole, it was a day of celebration``): only a clause after it that holds
the speaker's own quoted words shows the frame gives X's view. ``In his opinion`` / ``in her view`` always
gives a view, of the person the pronoun points to.
"""

from __future__ import annotations

from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.english.noun_phrases import EnCtx
from claims.extract.english.tokens import Tok
from claims.text.segment import Span
from claims.types import ClaimKind, SpeakerKind

_VIEW_NOUNS: Final = frozenset(["opinion", "view", "words", "assessment", "estimation"])
_FRAME_WORDS: Final = 6  # "For Joana Bordalo e Sá," at most: a longer phrase before the comma is no name


def framed_claims(ctx: EnCtx, span: Span, toks: list[Tok], first: int, regions: list[Span]) -> list[Draft]:
    """The claim of a sentence opening (at ``first``, past a dateline) with a source frame, else none."""
    if first + 4 >= len(toks):
        return []
    reach = min(len(toks), first + _FRAME_WORDS + 2)
    comma = next((x for x in range(first + 1, reach) if toks[x].text == ","), None)
    if comma is None or comma + 3 >= len(toks):
        return []
    start, end = toks[comma + 1].start, span.end
    while end > start and ctx.text[end - 1] in " .":
        end -= 1
    lead = toks[first].lw
    if lead == "in" and comma == first + 3 and toks[first + 2].lw in _VIEW_NOUNS:
        pronoun = _POSSESSIVE_SUBJECT.get(toks[first + 1].lw)
        speaker = ctx.resolve_pronoun(pronoun, toks[first].start) if pronoun else None
        cue = ctx.span(toks[first].start, toks[first + 2].end)
    elif lead == "for" and toks[first + 1].text[:1].isupper() and _quoted_after(regions, start, end):
        speaker = ctx.resolve(toks, first + 1, comma)
        cue = toks[first].text
    else:
        return []
    if speaker is None or speaker.kind not in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
        return []
    ctx.reg.spoke(speaker)
    return [Draft(speaker, start, end, ClaimKind.INDIRECT, cue=cue, confidence=0.55)]


_POSSESSIVE_SUBJECT: Final = {"his": "he", "her": "she", "their": "they"}


def _quoted_after(regions: list[Span], start: int, end: int) -> bool:
    """A quotation (whole or partial) inside the clause after the frame: the speaker's own words."""
    return any(start <= r.start and r.end <= end + 1 for r in regions)


__all__ = ["framed_claims"]
