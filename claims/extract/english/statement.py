"""A written statement reproduced in full under a line that introduces it (guideline §4.1).

``See below the full statement issued by MP Ann Cole`` (or ``Ann Cole issued the following statement:``),
then paragraphs in the speaker's own voice with no cue and no quotation marks: each paragraph is a claim
of the speaker named in the introducing line. The outlet never writes of itself in the first person, so a
first-person pronoun outside quotation marks in the paragraphs that follow is the evidence that the
statement, not the narration, goes on; without it nothing is claimed — unless the line is the statement's
own heading (``Statement by an official at the Ministry of X:``: the statement noun, ``by``/``from`` its
source, a closing colon), which announces that what follows is the text itself, often written of the
issuing state or body in the third person (``The Kingdom rejects …``). Each sentence is a claim (§4.1).
"""

from __future__ import annotations

from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.english.noun_phrases import EnCtx
from claims.extract.english.tokens import Tok, tokenize
from claims.extract.english.words import STATEMENTS
from claims.text.segment import Span, quote_regions, split_paragraph, within
from claims.types import ClaimKind

_FIRST_PERSON: Final = frozenset(["i", "my", "me", "we", "our", "us", "myself", "ourselves"])
_SOURCE_WORDS: Final = frozenset(["by", "from"])
_INTRO_WORDS: Final = 30  # an introducing line is short: a sentence of narration is no introducer


def statement_intro(text: str, para: Span) -> bool:
    """A short line with a statement noun and no sentence stop (or a closing colon): the cheap test."""
    piece = text[para.start : para.end].rstrip()
    if not piece or piece[-1] in '.!?"”' or len(piece.split()) > _INTRO_WORDS:
        return False
    return any(w.strip(",:").lower() in STATEMENTS for w in piece.split())


def statement_speaker(ctx: EnCtx, toks: list[Tok]) -> Entity | None:
    """Who issued the statement: the name after ``by``/``from`` past the statement noun, or the subject
    before the first lower-case verb (``Ann Cole issued the following statement:``)."""
    noun = next((x for x, t in enumerate(toks) if t.lw in STATEMENTS), None)
    if noun is None:
        return None
    end = len(toks)
    while end > noun and not toks[end - 1].text[0].isalnum():
        end -= 1
    by = next((x for x in range(noun + 1, end) if toks[x].lw in _SOURCE_WORDS), None)
    if by is not None and any(t.text[0].isupper() for t in toks[by + 1 : end]):
        return ctx.resolve(toks, by + 1, end)
    verb = next((x for x in range(1, noun) if toks[x].text.islower() and toks[x].lw.endswith("ed")), None)
    if verb is not None and toks[0].text[0].isupper():
        return ctx.resolve(toks, 0, verb)
    return None


def statement_heading(toks: list[Tok]) -> bool:
    """``… SPA -- Statement by an official at the Ministry of X:``: a capitalised statement noun (or a
    capitalised word right before it: ``Press release from …``) with ``by``/``from`` after it, and the line
    ends on a colon: the heading the statement's own text follows."""
    if len(toks) < 3 or toks[-1].text != ":":
        return False
    for x, t in enumerate(toks[:-2]):
        if t.lw in STATEMENTS and toks[x + 1].lw in _SOURCE_WORDS:
            return t.text[0].isupper() or (x > 0 and toks[x - 1].text[0].isupper())
    return False


def _first_person(text: str, span: Span) -> bool:
    regions = quote_regions(text, span.start, span.end)
    return any(t.lw in _FIRST_PERSON and not within(regions, t.start) for t in tokenize(text, span.start, span.end))


def quoted_words_go_on(text: str, span: Span) -> bool:
    """``Blue abalone did poorly, which reflected "the hot summer months".`` right after the speaker's own
    quotation, in the same paragraph and with no cue: a sentence holding a partial quotation of three words
    or more (never a scare-quoted term) goes on in the voice just quoted."""
    for r in quote_regions(text, span.start, span.end):
        if r.start > span.start + 1 and len(text[r.start + 1 : r.end - 1].split()) >= 3:
            return True
    return False


def statement_claims(ctx: EnCtx, speaker: Entity, paras: list[Span], headed: bool = False) -> list[Draft]:
    """One claim per sentence of the statement (``paras``: the body paragraphs after the introducing
    line, up to the first chrome or heading line); a paragraph ending on a comma runs into the next.
    ``headed``: the line is the statement's heading (:func:`statement_heading`), no first person needed."""
    text = ctx.text
    if not headed and not any(_first_person(text, p) for p in paras[:3]):
        return []
    out: list[Draft] = []
    start: int | None = None
    for para in paras:
        if start is None:
            start = para.start
        piece = text[para.start : para.end].rstrip()
        if piece.endswith(","):
            continue  # "Having regard to …," + the next paragraph: one sentence over a break
        for sentence in split_paragraph(text, start, para.start + len(piece)):
            end = sentence.end
            while end > sentence.start and text[end - 1] in ".":
                end -= 1
            out.append(
                Draft(speaker, sentence.start, end, ClaimKind.INDIRECT, confidence=0.5, resolution="continuation")
            )
        start = None
    return out
