"""English ``according to X``: a via next to someone else's words, else X is the speaker (guideline §4.3).

The source phrase ends at punctuation, a relative pronoun or a time phrase (``according to the
ministry on Friday``); document words before it (``a statement from``) are not the source.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.english import lexicon as lx
from claims.extract.english.noun_phrases import EnCtx
from claims.extract.english.spans import SOURCE_DOCS
from claims.extract.english.speaker_candidates import predicate_verb
from claims.extract.english.tokens import START, Tok
from claims.extract.english.words import ARTICLES, abbreviated_title
from claims.text.segment import Span
from claims.types import ClaimKind, SpeakerKind

# ``\baccording to\b`` with the literal first (the look-behind looks over it): the engine then jumps to
# candidate letters instead of testing a word boundary at every position of every sentence.
_ACCORDING_RE: Final = re.compile(r"according(?<!\waccording) to\b", re.IGNORECASE)

_STATEMENT_WORDS: Final = frozenset(
    """
    statement statements letter filing memo transcript release press post posted readout notice announcement
    briefing note written joint new latest official preliminary initial its their his her sent seen obtained
    """.split()
)


_OBJECT_PRONOUNS: Final = {"him": "he", "her": "she", "them": "they"}


def _time_adjunct(toks: list[Tok], b: int) -> bool:
    """``according to the ministry on Friday``: the source ends where a time phrase starts."""
    w = toks[b].lw
    if w in lx.WEEKDAYS or w in ("yesterday", "today", "tonight", "earlier", "later", "last"):
        return True
    nxt = toks[b + 1].lw if b + 1 < len(toks) else ""
    return w in ("on", "this", "late", "early") and (nxt in lx.WEEKDAYS or nxt in lx.MONTHS or nxt.isdigit())


def _after_place_possessive(toks: list[Tok], a: int, b: int) -> int:
    """``Kenya’s The Nation newspaper``: a possessive before a capitalised ``The`` title only says where
    the medium is from; the source starts at its own name."""
    for x in range(a, min(b - 1, a + 4)):
        if toks[x].lw.endswith(("'s", "’s")) and toks[x + 1].text == "The":
            return x + 1
        if toks[x].text in ("'s", "’s") and x + 2 < b and toks[x + 1].text == "The":
            return x + 1
    return a



# Words of a filed document before its author: "according to a complaint filed by a family member"
_FILED_WORDS: Final = frozenset(
    """
    complaint complaints lawsuit suit petition affidavit indictment filing filed lodged signed written
    submitted sworn
    """.split()
)
# The heads of a count that speaks for itself ("according to a new poll", "according to early returns"):
# with no one named behind it, the count is the source (its figures are what it says)
_POLL_HEADS: Final = frozenset(
    """
    poll polls polling survey surveys returns tally count average averages data records figures results
    estimates
    """.split()
)


def _poll(ctx: EnCtx, toks: list[Tok], a: int, b: int) -> Entity | None:
    """``according to the survey``, ``according to exit polls``, ``according to a recent poll of voters``,
    ``according to port records``: a count or a record (its head within the first words, then what it
    counts) with no person or body resolved is the speaker; one whose author is named after ``by`` or
    ``from`` is left to that author, and other unnamed documents (``a report``) stay no source."""
    head = next((x for x in range(a, min(b, a + 7)) if toks[x].lw in _POLL_HEADS), None)
    if head is None or b - a > 10 or any(t.lw in ("by", "from") for t in toks[a:b]):
        return None  # "analysis by the Guardian of …", "data from the chamber": the author is the source
    while a < b and toks[a].lw in ARTICLES:
        a += 1
    if a >= b:
        return None
    canonical = ctx.span(toks[a].start, toks[b - 1].end)
    return ctx.reg.lookup(canonical.lower()) or ctx.reg.add(
        Entity(canonical, SpeakerKind.ORGANIZATION, named=False), [canonical.lower()]
    )


def _count_end(toks: list[Tok], b: int) -> int:
    """A count's phrase runs over the time phrase that ended the source (``a poll released on Friday``,
    ``data published last week by the board``), up to the punctuation or relative pronoun after it."""
    e = b
    while e < len(toks) and e - b < 8 and toks[e].text not in _SOURCE_STOPS:
        if toks[e].lw in ("that", "which", "who"):
            break
        e += 1
    return e if e - b < 8 else b


def _inserted_source(toks: list[Tok], at: int, b: int) -> bool:
    """``The suspects, according to the police, were caught …``: a comma before the phrase, a comma after
    its source, then a finite verb, and no finite verb in the short subject before it."""
    k = bisect_left(toks, at, key=START)
    if k < 2 or toks[k - 1].text != "," or b + 1 >= len(toks) or toks[b].text != ",":
        return False
    if not predicate_verb(toks[b + 1]):
        return False
    return k - 1 <= 8 and not any(predicate_verb(t) for t in toks[: k - 1])


_SOURCE_STOPS: Final = frozenset([",", ".", ";", "?", "!", "(", ")"])


def _source_end(toks: list[Tok], a: int) -> int:
    """Where the source phrase that starts at ``a`` ends: punctuation, a relative pronoun or a time phrase;
    never the dot of an abbreviated rank (``Police Col. Ivan Lorz``) nor a comma inside a capitalised
    title list (``Chief Political, Legal and Security Minister Ivan Lorz``)."""
    b = a
    while b < len(toks):
        t = toks[b]
        if t.text in _SOURCE_STOPS:
            if t.text == "." and b > a and abbreviated_title(toks[b - 1].text) and _capital_at(toks, b + 1):
                b += 1
                continue
            if t.text == "," and b > a and toks[b - 1].text[:1].isupper() and _title_list_tail(toks, b + 1):
                b += 1
                continue
            return b
        if t.lw in ("that", "which", "who") or (_time_adjunct(toks, b) and toks[b - 1].lw != "of"):
            return b  # "witnesses of last night's raid" keeps its time phrase
        b += 1
    return b


def _capital_at(toks: list[Tok], i: int) -> bool:
    return i < len(toks) and toks[i].text[:1].isupper()


def _title_list_tail(toks: list[Tok], i: int) -> bool:
    """``Legal and Security Minister Ivan Lorz``: after a comma, capitalised words joined by ``and`` that
    reach a title word before any punctuation: the rest of a list of portfolios, not a new clause."""
    joined = titled = False
    for t in toks[i : i + 10]:
        if t.text in _SOURCE_STOPS:
            break
        if t.lw == "and":
            joined = True
        elif not t.text[:1].isupper():
            return False
        elif t.lw in lx.TITLE_WORDS:
            titled = True
    return joined and titled


def _name_after_title(toks: list[Tok], a: int, b: int) -> int:
    """A source that runs over a rank's dot or a title list's comma (``Police Col. Ivan Lorz``, ``Political,
    Legal and Security Minister Ivan Lorz``) is the person named after the last title: the office before
    the name is no part of it."""
    if not any(t.text in (".", ",") for t in toks[a:b]):
        return a
    k = b - 1
    while k > a and toks[k].text[:1].isupper() and toks[k].lw not in lx.TITLE_WORDS and toks[k].text != ".":
        k -= 1
    last = toks[k]
    if b - k - 1 >= 2 and (last.lw in lx.TITLE_WORDS or (last.text == "." and abbreviated_title(toks[k - 1].text))):
        return k + 1
    return a


def _name_after_description(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """``according to legislator and chairman of the committee, Ivan Lorz.``: a lower-case description with
    a title word, a comma, then a capitalised name that ends the sentence: the name is the source."""
    if b >= len(toks) or toks[b].text != "," or b - a < 2 or toks[a].text[:1].isupper():
        return a, b
    if not any(t.lw in lx.TITLE_WORDS for t in toks[a:b]):
        return a, b
    e = b + 1
    while e < len(toks) and toks[e].text[:1].isupper() and toks[e].text[:1].isalpha() and e - b <= 5:
        e += 1
    if e - b < 3 or (e < len(toks) and toks[e].text not in (".", ";", "!", "?")):
        return a, b  # a name of at least two words, then the sentence's end
    return b + 1, e


def according(ctx: EnCtx, span: Span, toks: list[Tok], regions: list[Span], made: list[Draft]) -> None:
    """``according to X``: a via next to someone else's words, else X is the speaker (guideline §4.3)."""
    text = ctx.text
    for m in _ACCORDING_RE.finditer(text, span.start, span.end):
        a = bisect_left(toks, m.end(), key=START)
        b = _source_end(toks, a)
        a, b = _name_after_description(toks, a, b)
        a = _name_after_title(toks, a, b)
        phrase = a
        while a < b and (
            toks[a].lw in SOURCE_DOCS
            or toks[a].lw in _STATEMENT_WORDS
            or toks[a].lw in _FILED_WORDS
            or toks[a].lw in ("released", "published", "compiled", "issued", "by", "from", "the", "a", "an")
        ):
            if toks[a].lw in ("by", "from"):
                a += 1
                break
            a += 1
        if phrase < a < b and toks[a - 1].lw in ("the", "a", "an"):
            a -= 1  # "according to the police": the article tells a description (the force named before)
        source = None
        if b > a:
            a = _after_place_possessive(toks, a, b)
            titled = b - a > 1 and toks[b - 1].lw in lx.MEDIA_HEADS and toks[b - 2].text[0].isupper()
            if b - a == 1 and toks[a].lw in _OBJECT_PRONOUNS:  # "According to him, …": who "he" means
                source = ctx.resolve_pronoun(_OBJECT_PRONOUNS[toks[a].lw], toks[a].start)
            else:
                source = ctx.resolve(toks, a, b - 1 if titled else b)
            if source is not None:
                bare_title = ctx.span(toks[a + 1].start, toks[b - 2].end) if titled else ""
                if titled and toks[a].text == "The" and a > 0 and source.canonical == bare_title:
                    source.canonical = ctx.span(toks[a].start, toks[b - 2].end)  # a capital "The" mid-sentence
                    source.article = ""  # the title holds its "The" now: no second article before it
        if source is None:
            counted = _count_end(toks, b)  # "according to a poll released Friday": its time names it too
            source = _poll(ctx, toks, phrase, counted)  # "according to a new poll": the count is the source
            b = counted if source is not None else b
        if source is None:
            continue
        if made:
            for d in made:
                if not d.via and d.speaker is not source:
                    d.via = source.canonical
                source_end = toks[b].start if b < len(toks) else span.end
                if d.start < m.start() < d.end and d.end <= source_end + 2:
                    d.end = m.start()  # "…, according to a statement from the ISPR": the source is no content
            continue
        if m.start() - span.start > 10 and _inserted_source(toks, m.start(), b):
            # "The suspects, according to the police, were caught …": the source sits between a subject
            # and its verb; the predicate after it is what was said (as with an inserted "officials said")
            start, end = toks[b + 1].start, span.end
        elif m.start() - span.start > 10:
            start, end = span.start, m.start()
        else:
            if b < len(toks) and _time_adjunct(toks, b):  # "according to X on Tuesday, the fee …"
                b = next((x + 1 for x in range(b, min(len(toks) - 1, b + 5)) if toks[x].text == ","), b)
            if b + 1 < len(toks) and toks[b].text == "," and toks[b + 1].lw in ("which", "who", "whose"):
                # "according to witnesses of the raid, which started at 1am, 200 officers …": the relative
                # clause describes the source; the account starts after its closing comma
                b = next((x + 1 for x in range(b + 2, min(len(toks) - 1, b + 16)) if toks[x].text == ","), b)
            start, end = toks[b].start if b < len(toks) else span.end, span.end
        if end - start < 8:
            continue
        ctx.reg.spoke(source)
        made.append(
            Draft(
                source,
                start,
                end,
                ClaimKind.INDIRECT,
                cue="according to",
                confidence=0.75,
                resolution="source",
            )
        )
        break


__all__ = ["according"]
