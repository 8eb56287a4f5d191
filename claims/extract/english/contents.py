"""Content-span decisions for English: what one cue's speaker said, and where it starts and ends.

``_contents`` picks the quotation before the cue, the complement after it or the clause before it; the
small tests beside it (a fronted adjunct, an addressee only, a colon opening a quotation) decide
between them. Moved out of ``extract`` so that the driver reads as a driver.
"""

from __future__ import annotations

import bisect
from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.english import lexicon as lx
from claims.extract.english.complement import content_start
from claims.extract.english.events import _FINITE, _PAST, _main_verb
from claims.extract.english.flow import spokesperson_of
from claims.extract.english.noun_phrases import EnCtx, possessive
from claims.extract.english.spans import (
    QUOTES,
    after_dateline,
    after_quote_first,
    comma_next,
    quoted_as_saying,
    tail_only,
)
from claims.extract.english.speaker_candidates import predicate_verb
from claims.extract.english.tokens import START, Tok
from claims.extract.english.verbs import addressee_end, finite_ed
from claims.text.segment import Span, within
from claims.types import ClaimKind, SpeakerKind


def _token_at(toks: list[Tok], pos: int) -> int:
    return bisect.bisect_left(toks, pos, key=START)


def _contents(
    ctx: EnCtx,
    span: Span,
    toks: list[Tok],
    k: int,
    lb: int,
    j_after: int,
    end_limit: int,
    regions: list[Span],
    speaker: Entity,
    cue_text: str,
    lemma: str,
    quote_before: Span | None,
    nested_in: Draft | None,
    made_before: list[Draft] = (),  # type: ignore[assignment]
) -> list[Draft]:
    """The content span(s) of one cue: the quotation before it, the complement after it, or the clause before.

    Quotations and complements are the usual cases; the clause before is ``The economy will grow, the
    minister said.``
    """
    out: list[Draft] = []
    if lemma == "quote" and nested_in is None:
        before = _quoted_before(ctx, toks, span, lb, quote_before)
        return quoted_as_saying(ctx, toks, j_after, end_limit, speaker, cue_text, before)
    if quote_before is not None:
        out.append(
            Draft(
                speaker,
                quote_before.start + 1,
                quote_before.end - 1,
                ClaimKind.DIRECT,
                cue=cue_text,
                confidence=0.85,
            )
        )
        out.extend(after_quote_first(ctx, toks, j_after, end_limit, regions, speaker, cue_text))
        return out
    if lemma == "quote":
        return quoted_as_saying(ctx, toks, j_after, end_limit, speaker, cue_text)
    if nested_in is not None:
        end_limit = nested_in.end
    start = content_start(ctx, toks, j_after, end_limit, lemma)
    if start is not None and _about_it(toks, _token_at(toks, start), end_limit):
        start = None  # "told about it to the Gazette": "it" is what came before, the rest is whom he told
    before_ok = lb > 0 and nested_in is None
    first_tok = _token_at(toks, after_dateline(ctx, toks, span))
    if before_ok and lb <= 8 and toks[lb - 1].text == ",":
        first = after_dateline(ctx, toks, span)
        # "In most harbours, Haq said, the fees were set fairly.": a fronted adjunct with no verb of its
        # own, and a clause after the cue: the clause is what was said (guideline: the span after the cue)
        adjunct = _adjunct_only(toks, first, lb - 1) and _clause_after(toks, j_after)
        before_ok = not (_adverb_only(toks, first, lb) or adjunct)
    inserted = j_after + 1 < len(toks) and toks[j_after].text == "," and predicate_verb(toks[j_after + 1])
    if before_ok and inserted:
        # "The thing the port needs most, aides said, is a dredger.": the cue sits between a subject and
        # its verb; the predicate after it is what was said (the subject alone says nothing)
        before_ok = False
    if before_ok and lb > 2 and toks[lb - 1].text == "," and toks[lb - 2].lw in _OPEN_LINKS:
        # "… briefed Reyes on the quay, where, he said, the cranes fail": the words before the cue end on a
        # relative or subordinator whose clause is what follows the cue; they are narration, not content
        before_ok = not _clause_after(toks, j_after)
    # "According to Welby, the engineers assured …": the source, never the content
    sourced = first_tok + 1 < lb and toks[first_tok].lw == "according" and toks[first_tok + 1].lw == "to"
    before_ok = before_ok and not sourced
    fronted = first_tok < lb and (toks[first_tok].lw in _CONCESSIVE or _fronted_participle(toks, first_tok))
    if before_ok and fronted:
        # "Although profit fell, Reyes said …": a fronted subordinate clause is no content; nor is the
        # question a fronted participle reports ("Asked who should lead it, he said Okafor.")
        before_ok = False
    addressee = (
        start is not None
        and before_ok
        and lemma in lx.ADDRESSEE_VERBS
        and _addressee_only(toks, j_after, end_limit)
    )  # "The museum is open, the minister told the state news agency.": whom he told, not what
    if (
        start is not None
        and before_ok
        and (comma_next(toks, j_after, end_limit) or tail_only(toks, j_after, end_limit) or addressee)
        and not (j_after < len(toks) and (toks[j_after].text == ":" or toks[j_after].text in QUOTES))
    ):
        start = None  # "…, the IMF said on Wednesday, hours after …": the content is before
    if start is not None:
        r = next((r for r in regions if abs(r.start - start) <= 1 and r.end >= end_limit - 2), None)
        open_end = _open_to_paragraph_end(ctx, start) if r is None else None
        if r is not None:
            out.append(
                Draft(speaker, r.start + 1, r.end - 1, ClaimKind.DIRECT, cue=cue_text, confidence=0.85)
            )
        elif open_end is not None:  # 'testified: “I saw … . It was …' + the next paragraph's “…”
            out.append(Draft(speaker, start + 1, open_end, ClaimKind.DIRECT, cue=cue_text, confidence=0.8))
        elif (split := _colon_quote(ctx, toks, start, end_limit, regions)) is not None:
            # "She said that this was not the first flood: “Last year …”": the reported clause, then the
            # quotation the colon opens: two claims of hers, one indirect and one direct
            colon, quote = split
            out.append(Draft(speaker, start, colon, ClaimKind.INDIRECT, cue=cue_text, confidence=0.8))
            out.append(
                Draft(speaker, quote.start + 1, quote.end - 1, ClaimKind.DIRECT, cue=cue_text, confidence=0.8)
            )
        else:
            if lemma == "call":
                end_limit = _call_object_end(toks, start, end_limit)
            out.append(
                Draft(
                    speaker,
                    start,
                    end_limit,
                    ClaimKind.INDIRECT,
                    cue=cue_text,
                    confidence=0.8,
                    via=nested_in.speaker.canonical if nested_in else "",
                )
            )
    elif (
        lb > 0
        and nested_in is None
        and not sourced
        and (tail_only(toks, j_after, end_limit) or comma_next(toks, j_after, end_limit) or addressee)
    ):
        # "The economy will grow, the minister said." — the content is before the speaker.
        first = after_dateline(ctx, toks, span)
        end = toks[lb - 1].start if toks[lb - 1].text == "," else toks[lb].start
        if end - first > 8:
            speaker = spokesperson_of(ctx, toks, first, speaker)
            speaker = _outside_content(ctx, toks, lb, k, first, end, speaker, made_before)
            out.append(Draft(speaker, first, end, ClaimKind.INDIRECT, cue=cue_text, confidence=0.75))
            out.extend(after_quote_first(ctx, toks, j_after, end_limit, regions, speaker, cue_text))
            for earlier in made_before:  # "Mikati said …, the NNA reported.": Mikati's span ends at the comma
                if earlier.start < end < earlier.end:
                    earlier.end = end
    return out


_ANAPHORIC_TOPICS: Final = frozenset(["it", "this", "that", "these", "those"])


def _about_it(toks: list[Tok], x: int, end: int) -> bool:
    """``told about it to the Gazette``, ``spoke about this on radio``: ``about`` and a pronoun for what the
    article said before, then nothing but the addressee or the occasion; no content of its own follows."""
    if x + 1 >= len(toks) or toks[x].lw != "about" or toks[x + 1].lw not in _ANAPHORIC_TOPICS:
        return False
    after = x + 2
    return after >= len(toks) or toks[after].start >= end or toks[after].lw in ("to", "with", "on", "in", ".", ",")


_CALL_TAIL: Final = frozenset(["at", "during", "in", "on", "amid", "while", "when", "after", "before", "as"])


def _call_object_end(toks: list[Tok], start: int, end: int) -> int:
    """``called for pay rises by firms, at a meeting with …, on Monday``: what was called for is the object
    up to the comma that opens an adjunct (a preposition of place or time, an ``-ly`` adverb); a comma
    inside the object (a list, an apposition) runs on."""
    first = _token_at(toks, start)
    if first >= len(toks) or toks[first].lw not in ("for", "on", "upon"):
        return end
    for x in range(first + 2, len(toks) - 1):
        if toks[x].start >= end:
            break
        if toks[x].text != ",":
            continue
        nxt = toks[x + 1]
        if nxt.lw in _CALL_TAIL or (nxt.lw.endswith("ly") and nxt.text.islower() and len(nxt.lw) > 4):
            return toks[x].start
    return end


def _quoted_before(
    ctx: EnCtx, toks: list[Tok], span: Span, lb: int, quote_before: Span | None
) -> tuple[int, int, ClaimKind] | None:
    """What stands before ``X quoted Y as saying``: the closed quotation, or the clause up to the comma
    before the agency (never a lone fronted adjunct such as ``On Monday,``)."""
    if quote_before is not None:
        return quote_before.start + 1, quote_before.end - 1, ClaimKind.DIRECT
    first = after_dateline(ctx, toks, span)
    if lb <= 0 or toks[lb - 1].text != "," or toks[lb - 1].start - first <= 8:
        return None
    head = _token_at(toks, first)
    if _adjunct_only(toks, first, lb - 1) or _adverb_only(toks, first, lb):
        return None
    return toks[head].start, toks[lb - 1].start, ClaimKind.INDIRECT


def _outside_content(
    ctx: EnCtx, toks: list[Tok], lb: int, k: int, first: int, end: int, speaker: Entity, made: list[Draft]
) -> Entity:
    """``Oslo promised to free them soon, he said.``: a pronoun after the content never means a name the
    content itself holds (what the speaker talks about); it means whom the narration was about before."""
    pron = [x for x in range(lb, k) if toks[x].lw in lx.PRONOUNS]
    # "Oslo promised …": a claim of its own nested inside this content
    spoke_here = sum(1 for d in made if d.speaker is speaker and first <= d.start < end)
    if len(pron) != 1 or ctx.reg.speakers.count(speaker) > spoke_here:
        return speaker
    if not spoke_here and not any(first <= p < end and e is speaker for p, e in ctx.subjects):
        return speaker
    gender, number = lx.PRONOUNS[toks[pron[0]].lw]
    if number != "singular":
        return speaker
    other = next(
        (
            e
            for e in reversed(ctx.reg.speakers[-6:])
            if e is not speaker and e.kind == SpeakerKind.PERSON and e.agrees(gender, number)
        ),
        None,
    )
    return other or speaker


def _open_to_paragraph_end(ctx: EnCtx, start: int) -> int | None:
    """A quotation opened at ``start`` and never closed in its paragraph (it goes on in the next one, which
    opens with a fresh mark): its end is the paragraph's end, else None."""
    text = ctx.text
    mark = text[start : start + 1]
    if mark not in ('"', "“"):
        return None
    closers = '"”' if mark == "“" else '"'
    if any(c in text[start + 1 : ctx.para_end] for c in closers):
        return None
    nxt = text[ctx.para_end : ctx.para_end + 8].lstrip()
    return ctx.para_end if nxt[:1] in ('"', "“") else None


def _fronted_participle(toks: list[Tok], x: int) -> bool:
    """``Asked about the fees, …``, ``Pressed on the delay, …``: a capitalised -ed participle opening the
    sentence, followed by a lower-case word — a circumstance of the cue, not what was said."""
    t = toks[x]
    nxt = toks[x + 1] if x + 1 < len(toks) else None
    return (
        t.text[:1].isupper()
        and t.lw.endswith("ed")
        and len(t.lw) > 4
        and nxt is not None
        and nxt.text[:1].islower()
    )


_CONCESSIVE: Final = frozenset(
    ["although", "though", "while", "whereas", "because", "if", "unless", "since", "despite"]
)


def _addressee_only(toks: list[Tok], j: int, end: int) -> bool:
    """After ``told``: a short noun phrase and the sentence's end (``the state news agency``), no clause."""
    rest = [t for t in toks[j:] if t.start < end and t.text[0].isalnum()]
    after_np = _occasion_end(toks, j, end)
    if after_np is not None and tail_only(toks, after_np, end):
        return True  # "told Thursday's press conference following the board meeting": whom, then when
    if rest and rest[0].lw in ("the", "a", "an") and len(rest) > 7:
        # "told the Harbour News Agency over the phone on Wednesday": the addressee, then adjuncts only
        limit = next((x for x in range(j, len(toks)) if toks[x].start >= end), len(toks))
        after = addressee_end(toks, j, limit)
        if after <= j + 1:
            return False  # "told the crew the quay …": "the" opens the content
        return after >= limit or tail_only(toks, after, end)
    return (
        0 < len(rest) <= 7
        and rest[0].lw in ("the", "a", "an")
        and not any(
            t.lw in _ADDRESSEE_STOP
            or (t.text.islower() and "-" not in t.text and (t.lw in _PAST or finite_ed(t)))
            for t in rest
        )
    )


def _occasion_end(toks: list[Tok], j: int, end: int) -> int | None:
    """After ``told``: ``Thursday's press conference``, ``a business forum``: a determiner or a possessive
    name, then up to three lower-case nouns, stopping at a subordinator (``following``, ``after``). The
    index after the phrase when it stops so, else None."""
    limit = next((x for x in range(j, len(toks)) if toks[x].start >= end), len(toks))
    m = j
    if m < limit and (toks[m].lw in ("a", "an", "the") or (toks[m].text[:1].isupper() and possessive(toks[m]))):
        m += 1
    else:
        return None
    nouns = 0
    while m < limit and toks[m].text.isalpha() and toks[m].text.islower() and toks[m].lw not in _LATER_TAIL:
        if toks[m].lw in _ADDRESSEE_STOP or toks[m].lw in _PAST or finite_ed(toks[m]) or nouns == 3:
            return None
        nouns += 1
        m += 1
    return m if nouns and m < limit and toks[m].lw in _LATER_TAIL else None


_LATER_TAIL: Final = frozenset(["following", "after", "before", "during"])


_ADDRESSEE_STOP: Final = frozenset(
    [*_FINITE, "that", "are", "were", "have", "will", "can", "should", "must", "not"]
)


def _adjunct_only(toks: list[Tok], first: int, b: int) -> bool:
    """``In most harbours``, ``Without passage``: a short phrase before the subject with no finite verb."""
    words = [t for t in toks[:b] if t.start >= first and t.text[0].isalnum()]
    return 0 < len(words) <= 6 and not any(t.text.islower() and _main_verb(t) for t in words)


_OPEN_LINKS: Final = frozenset(
    ["where", "which", "when", "whereas", "because", "although", "though", "while"]
)


def _clause_after(toks: list[Tok], j: int) -> bool:
    """``…, Haq said, the fees were set fairly.``: a comma after the cue, then three words or more."""
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    # "His wife, he says, plans to leave": with the subject fronted the span after the cue still holds
    # the statement's verb and the most of its words
    return sum(1 for t in toks[j + 1 :] if t.text[:1].isalnum()) >= 3


def _adverb_only(toks: list[Tok], first: int, b: int) -> bool:
    """``Instead, prosecutors said, …``: a connective adverb before the subject is no fronted content."""
    words = [t.lw for t in toks[:b] if t.start >= first and t.text[0].isalnum()]
    return len(words) == 1 and words[0] in lx.SENTENCE_ADVERBS


def _colon_quote(
    ctx: EnCtx, toks: list[Tok], start: int, end: int, regions: list[Span]
) -> tuple[int, Span] | None:
    """``… said that this was not the first flood: “Last year …”``: a reported clause closed by a colon that
    opens a quotation running to the sentence's end — (the colon's offset, the quotation)."""
    words = 0
    for x, tok in enumerate(toks):
        if tok.start < start or tok.start >= end:
            continue
        if within(regions, tok.start):
            return None  # a quotation inside the clause itself: leave the span whole
        if tok.lw in lx.REPORTING_VERBS or tok.lw in lx.PARTICIPLE_CUES:
            return None  # "… said the minister said: “…”": a report nested in this one, its quotation its own
        if tok.text != ":":
            words += 1
            continue
        if words < 4 or x + 1 >= len(toks):
            return None
        nxt = toks[x + 1].start
        quote = next((r for r in regions if r.start == nxt and r.end >= end - 2), None)
        return (tok.start, quote) if quote is not None else None
    return None
