"""English attribution rules: ``X said …``, ``"…," X said``, ``said X``, ``according to X``, pronouns.

Sentence by sentence: each finite reporting verb opens a claim whose speaker is the phrase
before it (or after it, when inverted) and whose content is the quotation before it or the
complement after it; split quotations and trailing participles give one claim per span
(guideline §4.9), coordinated verbs (``said … and warned that …``) one claim each (§4.10).
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from claims.candidates import CleanDocument
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity, Registry, group_of
from claims.extract.english import lexicon as lx
from claims.extract.english.according import according
from claims.extract.english.account import (
    FIRST_PERSON,
    Reading,
    anchor_of,
    carries_on,
    continuation,
    stated_by,
    writer_speaks,
)
from claims.extract.english.anaphora import _inside_quotation
from claims.extract.english.complement import bare_clause, clause_limit, content_start
from claims.extract.english.completion import complete_family_names
from claims.extract.english.contents import _contents, _token_at
from claims.extract.english.events import (
    _FINITE_ANY,
    _LINK_RE,
    _event_before_participle,
    _event_before_report,
    _finite,
    _goes_on,
    _is_event,
    _main_clause_event,
    _main_verb,
    _within_quotation,
)
from claims.extract.english.flow import (
    citing,
    company_marks_unbracketed,
    continued_quote,
    date_bar_blanked,
    foreign_quotes_as_curly,
    mixed_quotes_paired,
    noun_claims,
    noun_reading,
    quote_in_quote,
    quoted_passive,
    single_quotes_as_double,
    standfirst_end,
    told_by,
)
from claims.extract.english.frames import APPEAL, FRAME, STANCE, appeal_cue, frame_cap, frame_cue, stance_cue
from claims.extract.english.framing import framed_claims
from claims.extract.english.fronted import FRONTED_PARTICIPLES, fronted_claims
from claims.extract.english.noun_phrases import EnCtx, is_cap, is_title, name_span
from claims.extract.english.participle import LEAD_PARTICIPLES, participle_claims
from claims.extract.english.register import register
from claims.extract.english.spans import (
    NP_FUNCTION,
    OBJECT_FIRST,
    QUOTES,
    after_dateline,
    appositive_name,
    dateline_end,
    infinitive,
    inverted_end,
    leading_np,
    left_bound,
    opener_without_comma,
    past_cue_time,
    quoted_as_saying,
    subject_start,
    tail_only,
    trim_left,
)
from claims.extract.english.spans import _verb as is_verb
from claims.extract.english.speaker_candidates import (
    OPENERS,
    Choice,
    choose_subject,
    intro_end,
    listed_names,
    narrated_verb,
    predicate_verb,
)
from claims.extract.english.statement import (
    quoted_words_go_on,
    statement_claims,
    statement_heading,
    statement_intro,
    statement_speaker,
)
from claims.extract.english.tokens import Tok, tokenize
from claims.extract.english.verbs import age_or_origin
from claims.extract.english.words import AGENTS, ARTICLES, DOCUMENTS, STATEMENTS
from claims.text.normalize import Folded
from claims.text.segment import Span, paragraphs, quote_regions, split_paragraph, within
from claims.types import ClaimKind, SpeakerKind


def extract_english(doc: CleanDocument, folded: Folded, outlet: Entity) -> tuple[list[Draft], list[str]]:
    """Drafts for an English document (offsets into the folded text; ``finished`` maps them back)."""
    paras = paragraphs(folded.text)
    text = date_bar_blanked(folded.text, paras)  # same length: offsets stay the folded ones
    text = foreign_quotes_as_curly(text, paras)  # „…“ and «…» as “…” (same length)
    text = single_quotes_as_double(text, paras)  # same length too
    text = mixed_quotes_paired(text, paras)  # “…," she said: one pair (same length)
    text = company_marks_unbracketed(text)  # same length too
    ctx = EnCtx(text, Registry())
    units: list[tuple[int, Span, list[Tok]]] = []
    body_from = standfirst_end(text, paras)
    para_ends: dict[int, int] = {}
    para_starts: dict[int, int] = {}
    intro: int | None = None  # the line introducing a statement reproduced in full below it
    for pi, para in enumerate(paras):
        if intro is None and pi >= body_from and pi + 1 < len(paras) and statement_intro(text, para):
            intro = pi  # kept as a unit even when heading-shaped: the names it gives register
        elif (
            _is_heading(text, para)
            and not (pi == len(paras) - 1 and (_cut_sentence(text, para) or _cut_quote(text, para)))
            and not _lost_stop(text, para, paras[pi + 1] if pi + 1 < len(paras) else None)
        ):
            continue  # headlines, captions and bylines hold no claims; names in them are re-said below
        if para.end - para.start >= 60 and text.find(text[para.start : para.end], para.end) >= 0:
            continue  # a standfirst the body repeats word for word: the body's copy is the claim
        para_ends[pi] = para.end
        para_starts[pi] = para.start
        for span in split_paragraph(text, para.start, para.end):
            units.append((pi, span, tokenize(text, span.start, span.end)))
    register(ctx, units)
    statement: list[Draft] = []
    if intro is not None:
        statement = _statement_in_full(ctx, units, intro, paras, set(para_starts.values()))
    if not statement:
        intro = None  # no statement in the speaker's voice below it: the line is read as usual
    lead = next(((span, toks) for pi, span, toks in units if pi >= body_from and toks), None)
    if lead is not None:
        ctx.note_lead(lead[1], _token_at(lead[1], dateline_end(text, lead[0].start, lead[0].end)))
    drafts: list[Draft] = []
    last_unit = -10
    consumed = -1
    # UK-style quotation over paragraphs (each opens with a mark, only the last closes, then the cue):
    # the open paragraphs wait for the speaker named after the closing mark (guideline §4.9)
    waiting: list[Draft] = []
    unheard: list[Draft] = []  # waiting paragraphs opened before anyone spoke: kept only once a cue names who
    for index, (pi, span, toks) in enumerate(units):
        if toks and span.start < consumed:
            last_unit = index  # a sentence inside a quotation running on: distance counts from its end
            continue
        if not toks:
            continue
        if pi < body_from or pi == intro:
            continue  # a standfirst above the byline is headline material (guideline §4.13)
        if index - last_unit <= 2 and ctx.reg.speakers:
            open_quote = continued_quote(ctx, span, para_ends[pi])
            if open_quote is not None:  # a quotation running on over paragraphs: same speaker
                draft = Draft(
                    _narrated_since(ctx, span.start) or ctx.reg.speakers[-1],
                    *open_quote,
                    ClaimKind.DIRECT,
                    confidence=0.6,
                    resolution="continuation",
                )
                drafts.append(draft)
                if waiting or _opens_new_quote(text, span, para_starts, pi):
                    waiting.append(draft)
                consumed, last_unit = open_quote[1], index
                continue
        if not waiting and _opens_new_quote(text, span, para_starts, pi):
            open_quote = continued_quote(ctx, span, para_ends[pi])
            if open_quote is not None:  # no speaker yet: the quotation waits for the cue after its last mark
                draft = Draft(
                    outlet, *open_quote, ClaimKind.DIRECT, confidence=0.6, resolution="continuation"
                )
                waiting.append(draft)
                unheard.append(draft)
                consumed, last_unit = open_quote[1], index
                continue
        ctx.para_end = para_ends[pi]
        made = _sentence(ctx, span, toks, index - last_unit <= 2)
        if made and max(d.end for d in made) > span.end:
            consumed = max(d.end for d in made)  # 'testified: “… (left open to the paragraph's end)'
        if waiting:
            same_marks = text[span.start] == text[waiting[0].start - 1]  # “…“…” or "…"…", never mixed
            closing = _closing_claim(text, span, made) if para_starts.get(pi) == span.start else None
            if closing is None and para_starts.get(pi) == span.start:
                closing = _unopened_closing(text, span, made, text[waiting[-1].start - 1])
                same_marks = closing is not None
            if closing is not None and same_marks:
                for draft in waiting:  # the open paragraphs were this speaker's quotation
                    draft.speaker = closing.speaker
                drafts.extend(unheard)
            waiting, unheard = [], []
        if made:
            event_end = (
                _main_clause_event(toks, made) if _LINK_RE.search(text, span.start, span.end) else None
            )
            if event_end is None:
                event_end = _act_before_participle_claim(toks, made)
            if event_end is not None:  # "Shares fell 9% after the firm warned that …": the fall is an event
                drafts.append(Draft(outlet, span.start, event_end, ClaimKind.EVENT, confidence=0.5))
            drafts.extend(made)
            last_unit = index
        elif (
            index - last_unit == 1
            and drafts
            and drafts[-1].kind is not ClaimKind.EVENT
            and (participle := _lead_participle(toks)) is not None
        ):
            # "Adding that repairs would take a year." standing alone after her statement: a participle
            # with no subject of its own goes on in the voice of the sentence before (§4.1)
            drafts.append(
                Draft(
                    drafts[-1].speaker,
                    toks[participle].start,
                    span.end,
                    ClaimKind.INDIRECT,
                    cue=toks[0].text,
                    confidence=0.6,
                    resolution="continuation",
                )
            )
            last_unit = index
        elif (
            index - last_unit == 1
            and units[last_unit][0] in (pi - 1, pi)
            and _goes_on(toks, drafts, text, units[last_unit][0] == pi)
        ):
            # the paragraph after a reported statement goes on in the same voice, no new cue (§4.1)
            speaker = drafts[-1].speaker
            drafts.append(
                Draft(
                    speaker,
                    span.start,
                    span.end,
                    ClaimKind.INDIRECT,
                    confidence=0.5,
                    resolution="continuation",
                )
            )
            last_unit = index
        elif (
            index - last_unit == 1
            and units[last_unit][0] == pi
            and drafts
            and drafts[-1].kind is ClaimKind.DIRECT
            and drafts[-1].cue
            and quoted_words_go_on(text, span)
        ):
            # '"…," the chief executive said. Abalone did poorly, which reflected "the hot summer".': the
            # partial quotation is still the speaker's, the sentence goes on in that voice (§4.1)
            drafts.append(
                Draft(
                    drafts[-1].speaker,
                    span.start,
                    span.end - (text[span.end - 1] == "."),
                    ClaimKind.INDIRECT,
                    confidence=0.5,
                    resolution="continuation",
                )
            )
            last_unit = index
        elif (
            index - last_unit == 1
            and (
                reading := _account_goes_on(
                    text, span, toks, drafts, units[last_unit][0], pi, para_starts, paras
                )
            )
            is not None
        ):
            # "Police said … . Three gunmen got out and fired.": the report's account goes on, no new cue
            # (§4.1); the sentence is the speaker's claim, not the outlet's event
            drafts.append(continuation(span, toks, reading[0], reading[1], text))
            last_unit = index
        else:
            _note_subject(ctx, toks)
            _note_statement_release(ctx, toks)
            if _CREDIT_RE.search(text, para_starts[pi], para_ends[pi]):
                continue  # a photo caption (its credit closes the paragraph): metadata, not narration (§4.6)
            if _within_quotation(text, para_starts[pi], span.start):
                continue  # a quoted speaker's words, a sentence on: never the outlet's narration
            if _is_event(toks, text[span.start : span.start + 1]):
                drafts.append(Draft(outlet, span.start, span.end, ClaimKind.EVENT, confidence=0.5))
            elif (cut := _event_before_report(toks)) is not None or (cut := _event_before_participle(toks)) is not None:
                drafts.append(Draft(outlet, span.start, cut, ClaimKind.EVENT, confidence=0.5))
    if statement:
        # the statement's paragraphs replace the uncued continuations and events read there sentence by
        # sentence (its words are not the outlet's); claims with a cue of their own stay
        lo, hi = statement[0].start, statement[-1].end
        drafts = [d for d in drafts if not (lo <= d.start < hi + 2 and _statement_voice(d, statement[0].speaker))]
        drafts = sorted([*drafts, *statement], key=lambda d: d.start)
    complete_family_names(text, ctx.reg, drafts)
    keys = [k for e in ctx.reg.entities for k in e.keys]
    return drafts, keys


def _account_goes_on(
    text: str,
    span: Span,
    toks: list[Tok],
    drafts: list[Draft],
    last_para: int,
    pi: int,
    para_starts: dict[int, int],
    paras: list[Span],
) -> tuple[Draft, Reading] | None:
    """The report an uncued sentence carries on, with the reading that cleared its bar; None when the
    sentence is the outlet's (see ``account``). In the report's paragraph, or opening the next one."""
    if last_para not in (pi, pi - 1) or (last_para != pi and para_starts.get(pi) != span.start):
        return None
    anchor = anchor_of(drafts)
    if anchor is None:
        return None
    chained = drafts[-1] is not anchor
    reading = carries_on(
        text,
        span,
        toks,
        anchor,
        para_start=para_starts[pi],
        chained=chained,
        next_paragraph=last_para != pi,
        stated=stated_by(text, drafts, anchor),
        writer_speaks=toks[0].lw in FIRST_PERSON and writer_speaks(text, drafts, paras, span.start),
    )
    return (anchor, reading) if reading is not None and reading.goes_on else None


def _statement_voice(draft: Draft, issuer: Entity) -> bool:
    """A claim inside a statement reproduced in full that its sentence claim replaces: an uncued one or an
    event, and one cued by a body other than a person (``The Kingdom also emphasizes that …``: the issuer
    writing of the state or body it speaks for, in the third person)."""
    if not draft.cue or draft.kind is ClaimKind.EVENT:
        return True
    return draft.speaker is not issuer and draft.speaker.kind not in (SpeakerKind.PERSON, SpeakerKind.GROUP)


def _statement_in_full(
    ctx: EnCtx,
    units: list[tuple[int, Span, list[Tok]]],
    intro: int,
    paras: list[Span],
    starts: set[int],
) -> list[Draft]:
    """The paragraphs below a line introducing a statement (guideline §4.1): one claim each, the speaker
    the line names, up to the first heading or chrome line; none when the line names no one."""
    toks = [t for pi, _, ts in units if pi == intro for t in ts]
    speaker = statement_speaker(ctx, toks) if toks else None
    if speaker is None:
        return []
    headed = statement_heading(toks)
    body: list[Span] = []
    for para in paras[intro + 1 :]:
        if para.start not in starts and not ctx.text[para.start : para.end].rstrip().endswith(","):
            break  # a heading or chrome line ends the statement (a short line ending on a comma runs on)
        body.append(para)
    return statement_claims(ctx, speaker, body, headed)


# A photo credit closing a paragraph: "(Reuters photo)", "(File photo)", "Photo: X", "Picture by X."
_CREDIT_RE: Final = re.compile(
    r"(?:\((?:[^()\n]{0,40}\s)?(?:photo|photograph|picture|image|file)\)|"
    r"\b(?:Photo|Picture|Image|Photograph)(?:\s+by|:)\s+[^.\n]{1,60}\.?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _opens_new_quote(text: str, span: Span, para_starts: dict[int, int], pi: int) -> bool:
    """A paragraph that opens with a quotation mark it never closes, after a paragraph that left no
    quotation open: the first paragraph of a quotation whose cue comes only after its last paragraph."""
    if para_starts.get(pi) != span.start:
        return False
    before = [p for p in para_starts if p < pi]
    if not before:
        return False
    prev = text[para_starts[max(before)] : span.start]
    return prev.count("“") <= prev.count("”") and prev.count('"') % 2 == 0


def _closing_claim(text: str, span: Span, made: list[Draft]) -> Draft | None:
    """The claim of a paragraph that opens with a quotation closed in it (``“…,” an officer told …``)."""
    if text[span.start : span.start + 1] not in QUOTES:
        return None
    return next((d for d in made if d.kind == ClaimKind.DIRECT and d.start <= span.start + 1 and d.cue), None)


_CLOSER_OF: Final = {"“": "”", '"': '"'}


def _unopened_closing(text: str, span: Span, made: list[Draft], opener: str) -> Draft | None:
    """``“We will rebuild. …`` then a paragraph with no mark of its own that closes the quotation before
    its cue (``It will take a year,” she said.``): the paragraph goes on with the open quotation, so its
    words up to the closing mark are her direct words, and the open paragraphs above are hers too."""
    closer = _CLOSER_OF.get(opener)
    if closer is None or text[span.start : span.start + 1] in QUOTES:
        return None
    close = text.find(closer, span.start, span.end)
    if close < 0 or (closer == "”" and text.find("“", span.start, close) >= 0):
        return None
    if closer == '"' and text.count('"', span.start, span.end) % 2 == 0:
        return None  # '"' closes here only when the paragraph holds an odd number of them
    found = next(
        (
            d
            for d in made
            if d.start <= span.start + 1 and d.cue and close - 2 <= d.end and not text[close + 1 : d.end].strip()
        ),
        None,
    )
    if found is None:
        return None
    found.kind, found.end = ClaimKind.DIRECT, close
    return found


def _note_subject(ctx: EnCtx, toks: list[Tok]) -> None:
    """``A spokesman for the office dismissed the memo.`` then ``He said: …``: the described agent is who
    ``he`` means, though the sentence itself held no claim (only named people are noted in the first pass).
    """
    if _note_group_subject(ctx, toks) or _note_described_person(ctx, toks):
        return
    if _note_fronted_description(ctx, toks):
        return
    if len(toks) >= 3 and toks[0].lw not in ("a", "an", "the"):
        _note_named_subject(ctx, toks)
        return
    if len(toks) < 4:
        return
    verb = next((x for x in range(1, min(len(toks), 10)) if _finite(toks[x])), None)
    if verb is None or verb < 2 or not any(t.lw in AGENTS for t in toks[1:verb]):
        return
    entity = ctx.resolve(toks, 0, verb)
    if entity is None:
        return
    _note_at(ctx, toks[0].start, entity)


def _fronted_end(toks: list[Tok]) -> int:
    """Where the subject starts after a fronted time word or phrase (``Later the councillor …``,
    ``Later, a spokesperson …``, ``On Monday, the mayor …``); 0 when the sentence opens on its subject."""
    if len(toks) < 4 or not toks[0].text[:1].isupper():
        return 0
    if toks[0].lw in lx.COMMA_LESS_OPENERS:
        return 2 if toks[1].text == "," else 1
    if toks[0].lw in lx.CLAUSE_OPENERS:
        comma = next((x for x in range(1, min(len(toks) - 2, 8)) if toks[x].text == ","), None)
        return comma + 1 if comma is not None else 0
    return 0


def _note_fronted_description(ctx: EnCtx, toks: list[Tok]) -> bool:
    """``Later, a spokesperson of the ministry rebutted the story.`` / ``Later the Ward Five councillor stood
    by her party chief.`` then ``She said …`` or ``…, the spokesperson said``: a described person (an
    article, then up to eight words ending on an agent or title head, a place or body after ``of``
    allowed) opening the main clause after a fronted time phrase as the subject of a finite verb is whom
    the narration turned to, though no claim was made. True when one was noted."""
    s = _fronted_end(toks)
    if not s or s + 2 >= len(toks) or toks[s].lw not in ARTICLES or _inside_quotation(ctx.text, toks[s].start):
        return False
    verb = next((x for x in range(s + 2, min(len(toks), s + 10)) if _finite(toks[x])), None)
    if verb is None or any(not t.text[:1].isalnum() for t in toks[s:verb]):
        return False
    heads = [x for x in range(s + 1, verb) if toks[x].lw in AGENTS or toks[x].lw in lx.TITLE_WORDS]
    if not heads or not toks[heads[0]].text.islower():
        return False  # "the Mayor Ann Cole …": a titled name, noted by the first pass
    entity = ctx.resolve(toks, s, verb)
    if entity is None or entity.kind != SpeakerKind.PERSON or entity.named:
        return False
    _note_at(ctx, toks[s].start, entity)
    return True


_INDEFINITE: Final = frozenset(["a", "an", "one", "another"])
_PASSIVE_BE: Final = frozenset(["was", "were", "is", "are", "got", "gets"])


def _note_described_person(ctx: EnCtx, toks: list[Tok]) -> bool:
    """``One man, who asked not to be named, showed reporters …`` then ``He said …``: an indefinite person
    (one to three lower-case words after ``a``/``one``/``another``, a relative clause between commas
    allowed) opening the sentence as the subject of an active finite verb is whom the narration turned
    to; the next ``he``/``she`` means that person. True when one was noted."""
    if len(toks) < 4 or toks[0].lw not in _INDEFINITE:
        return False
    head = 1
    while (
        head < min(len(toks), 4)
        and toks[head].text.isalpha()
        and toks[head].text.islower()
        and not _finite(toks[head])
    ):
        head += 1
    if head == 1 or head >= len(toks):
        return False
    verb = head
    if toks[head].text == ",":
        if head + 1 >= len(toks) or toks[head + 1].lw not in ("who", "whose"):
            return False
        close = next((x for x in range(head + 2, min(len(toks), head + 16)) if toks[x].text == ","), None)
        if close is None:
            return False
        verb = close + 1
    if verb >= len(toks) - 1 or not _finite(toks[verb]):
        return False
    if toks[verb].lw in _PASSIVE_BE and toks[verb + 1].text.islower() and toks[verb + 1].lw.endswith(("ed", "en")):
        return False  # "A man was arrested …": a person acted on, not one the story turns to for words
    if _inside_quotation(ctx.text, toks[0].start):
        return False
    entity = ctx.resolve(toks, 0, head)
    if entity is None or entity.kind != SpeakerKind.PERSON or entity.named:
        return False
    _note_at(ctx, toks[0].start, entity)
    return True


def _note_at(ctx: EnCtx, pos: int, entity: Entity) -> None:
    """Note ``entity`` as the subject of the sentence at ``pos``, kept in text order."""
    at = bisect.bisect_left(ctx.subject_positions, pos)
    ctx.subject_positions.insert(at, pos)
    ctx.subjects.insert(at, (pos, entity))


def _note_group_subject(ctx: EnCtx, toks: list[Tok]) -> bool:
    """``Valley growers raised the issue of water.`` then ``Noting …, they demanded …``: a plural group
    (a short noun phrase ending on a collective head such as ``farmers``, ``residents``) opening the
    sentence as the subject of a finite verb is whom the narration turned to — the next ``they`` means
    that group, not a group quoted before. True when such a subject was noted."""
    verb = next((x for x in range(1, min(len(toks), 7)) if _finite(toks[x]) or _bare_plural_verb(toks[x])), None)
    described = verb is None or toks[verb - 1].lw not in lx.COLLECTIVE_WORDS or not toks[verb - 1].lw.endswith("s")
    if described:
        verb = _of_phrase_verb(toks)  # "Relatives of the detained in the port case held …"
        if verb is None:
            return False
    if any(not t.text[:1].isalnum() for t in toks[:verb]) or _inside_quotation(ctx.text, toks[0].start):
        return False  # "In March, residents …", "Officials' fears …": no bare noun phrase
    if described:  # the whole description names the group: its head alone would be any relatives
        text = ctx.text[toks[0].start : toks[verb - 1].end]
        entity = ctx.reg.lookup(text.lower()) or ctx.reg.add(
            Entity(text, SpeakerKind.GROUP, number="plural", named=False), [text.lower()]
        )
    else:
        entity = ctx.resolve(toks, 0, verb)
    if entity is None or entity.kind != SpeakerKind.GROUP or entity.number != "plural":
        return False
    _note_at(ctx, toks[0].start, entity)
    return True


_PLURAL_FINITE: Final = frozenset(["are", "were", "have"])


def _of_phrase_verb(toks: list[Tok]) -> int | None:
    """``Relatives of those detained in the port case held a rally``: a plural collective head opening the
    sentence with an ``of`` phrase after it is a group subject too; the index of its finite verb (the first
    one, with no punctuation before it), else None."""
    if len(toks) < 4 or toks[0].lw not in lx.COLLECTIVE_WORDS or not toks[0].lw.endswith("s") or toks[1].lw != "of":
        return None
    for x in range(2, min(len(toks), 16)):
        if toks[x].text in (",", ";", ":", "(") or toks[x].text in QUOTES:
            return None
        if toks[x - 1].lw in ARTICLES or toks[x - 1].lw in _OF_PHRASE_GLUE:
            continue  # "of the detained", "of the arrested students": a participle as a noun or adjective
        if _finite(toks[x]) or _bare_plural_verb(toks[x]):
            return x
    return None


_OF_PHRASE_GLUE: Final = frozenset(["of", "in", "for", "by", "from", "with", "at", "on", "so-called"])


def _bare_plural_verb(tok: Tok) -> bool:
    """``Opposition leaders cite …``, ``Residents demand …``: the bare present form of a verb of saying
    (one whose ``-s`` or ``-ed`` form the lexicons hold), finite after a plural subject."""
    w = tok.lw
    if not tok.text.isalpha() or not tok.text.islower():
        return False
    if w in _PLURAL_FINITE or w in lx.PLURAL_PRESENT_VERBS:
        return True
    forms = (w + "s", w + "d", w + "ed")
    return any(f in lx.REPORTING_VERBS or f in lx.FRAME_VERBS for f in forms)


_RELEASE_VERBS: Final = frozenset(["released", "issued"])
_STATEMENT_DETERMINERS: Final = frozenset(["a", "an", "its", "his", "her", "their"])


def _note_statement_release(ctx: EnCtx, toks: list[Tok]) -> None:
    """``Mayor X released a statement on Monday condemning …`` (no claim of its own) then ``“…,” the
    statement said``: the statement is X's, not the latest organisation named in between. The subject
    opens the sentence (no fronted phrase) and a person or body is found for it."""
    x = next((x for x in range(1, min(len(toks) - 2, 10)) if toks[x].lw in _RELEASE_VERBS), None)
    if x is None or not toks[x].text.islower():
        return
    y = x + 1 + (toks[x + 1].lw in _STATEMENT_DETERMINERS)
    if y >= len(toks) or toks[y].lw not in STATEMENTS:
        return
    if any(t.text in (",", ";", ":", "(") or t.text in QUOTES for t in toks[:x]):
        return
    entity = ctx.resolve(toks, 0, x)
    if entity is not None and entity.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
        ctx.statement_author = entity


def _note_named_subject(ctx: EnCtx, toks: list[Tok]) -> None:
    """``On the eve of the vote, Reilly softened his tone.`` then ``“…,” he said``: a person the article
    already knows, opening the sentence (or its main clause after a fronted phrase and a comma) as the
    subject of a lower-case finite verb, is whom the narration turned to — the next ``he``/``she`` means
    that person, not the speaker of an earlier claim. Pass 1 notes only people it could name by title;
    here a bare surname counts once the registry knows it (never a name inside a quotation)."""
    k = 0
    if toks[0].lw in lx.CLAUSE_OPENERS:
        k = next((x + 1 for x in range(1, min(len(toks) - 1, 12)) if toks[x].text == ","), 0)
        if not k:
            return
    if not ctx.text[toks[k].start : toks[k].start + 1].isupper() or _inside_quotation(ctx.text, toks[k].start):
        return
    j = k
    while j < len(toks) and j - k < 3 and toks[j].text[:1].isupper() and toks[j].text.isalpha():
        j += 1
    if j == k:
        return
    v = _past_adverbs(toks, _past_apposition(toks, j))
    if v >= len(toks) or not _finite(toks[v]):
        return
    words = [t.lw for t in toks[k:j]]
    entity = ctx._lookup(words) or (ctx._by_name_part(words[0]) if len(words) == 1 else None)
    if entity is None or entity.kind != SpeakerKind.PERSON:
        return
    _note_at(ctx, toks[k].start, entity)
    _note_contrasted_subject(ctx, toks, j)


_APPOSITION_OPENERS: Final = frozenset(["who", "a", "an", "the", "whose"])


def _past_apposition(toks: list[Tok], j: int) -> int:
    """``Tom Reyes, who was elected chair after a long meeting, spoke …``: a relative clause or an
    apposition set off by commas right after the subject's name is no part of the main clause; where the
    words after its closing comma start (``j`` itself when none is set off, or it does not close soon)."""
    if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].lw not in _APPOSITION_OPENERS:
        return j
    close = next((x for x in range(j + 2, min(len(toks), j + 25)) if toks[x].text == ","), None)
    if close is None or any(t.text in (";", ":") or t.text in QUOTES for t in toks[j:close]):
        return j
    return close + 1


_NAME_GLUE: Final = frozenset(["the", "of", "and", "for"])
_AGED: Final = re.compile(r"\d{1,3}-year-old$")
_REFLEXIVES: Final = frozenset(["himself", "herself", "themselves", "itself"])
_GLUED_ADVERBS: Final = frozenset(["also", "then", "later", "again", "still", "never", "now", "too", "even", "once"])


def _past_adverbs(toks: list[Tok], j: int) -> int:
    """``Trump himself was delighted``, ``Obama also addressed``, ``Cole quickly agreed``: up to two
    adverbs or a reflexive between a subject and its verb (by shape: ``-ly``, a reflexive, a short
    closed class of time and focus adverbs) are no part of either; where the verb then stands."""
    v = j
    while v < len(toks) and v - j < 2 and toks[v].text.islower() and (
        toks[v].lw in _REFLEXIVES or toks[v].lw in _GLUED_ADVERBS or (toks[v].lw.endswith("ly") and len(toks[v].lw) > 4)
    ):
        v += 1
    return v


def _note_contrasted_subject(ctx: EnCtx, toks: list[Tok], j: int) -> None:
    """``Norland is registering record prices but yet the Governor of the Central Bank X seems calm.``
    then ``He believes …``: the person named as the subject of the clause after ``but`` is the latest
    subject the narration turned to (the sentence's first subject may be a place read as a name)."""
    x = next((x for x in range(j, len(toks) - 2) if toks[x].lw == "but" and toks[x].text.islower()), None)
    if x is None:
        return
    a = x + 1 + (toks[x + 1].lw in ("yet", "also", "now", "still"))
    v = next(  # the first lower-case word past the subject's glue: its verb ("seems", "said")
        (y for y in range(a + 1, min(len(toks), a + 12)) if toks[y].text.islower() and toks[y].lw not in _NAME_GLUE),
        None,
    )
    if v is None or any(t.text in (",", ";", ":") or t.text in QUOTES for t in toks[a:v]):
        return
    if not toks[v - 1].text[:1].isupper():
        return  # the clause's subject ends on a name
    entity = ctx.resolve(toks, a, v)
    if entity is None or entity.kind != SpeakerKind.PERSON or not entity.named:
        return
    _note_at(ctx, toks[a].start, entity)


def _narrated_since(ctx: EnCtx, pos: int) -> Entity | None:
    """The person a narrated sentence between the latest claim and ``pos`` is about (``Mayor Ann Cole
    rejected the plan.`` between Price's statement and a quotation paragraph with no cue): whose quotation
    that paragraph opens, not the earlier speaker's. None when the narration named nobody new."""
    at = bisect.bisect_left(ctx.subject_positions, pos)
    for p, entity in reversed(ctx.subjects[max(0, at - 3) : at]):
        if p <= ctx.last_spoke:
            return None
        if entity.kind == SpeakerKind.PERSON and not _inside_quotation(ctx.text, p):
            return entity  # a name opening a sentence of a quotation running on is no narration
    return None


def _is_heading(text: str, span: Span) -> bool:
    s = text[span.start : span.end]
    return s.rstrip()[-1:] not in '.!?"”:' and len(s.split()) < 25  # the cheap test first


def _cut_sentence(text: str, span: Span) -> bool:
    """The page's last paragraph, cut before its full stop (an excerpt): a sentence opening with a capital
    and holding a lower-case reporting verb after its first word is prose, not a headline."""
    piece = text[span.start : span.end]
    words = piece.split()
    if len(words) < 5 or not words[0].lstrip("\"“‘")[:1].isupper() or "|" in words or "http" in piece:
        return False  # a quotation opening the sentence counts: ``“We want lower tax,” Cole said. “We all``
    return any(w.strip(",.;:") in lx.REPORTING_VERBS for w in words[1:])


def _cut_quote(text: str, span: Span) -> bool:
    """The page's last paragraph, a quotation cut by the excerpt before its closing mark and its stop
    (``“We have asked the ferry firms to``): an opening mark, a capital after it, no closing mark
    anywhere in the paragraph. A quoted headline closes its mark; a cut quotation cannot."""
    piece = text[span.start : span.end].rstrip()
    if len(piece) < 8 or piece[0] not in '"“' or not piece[1:2].isupper():
        return False
    return '"' not in piece[1:] and "”" not in piece and len(piece.split()) >= 3


_SUBJECT_PRONOUNS: Final = frozenset(["he", "she", "they", "we", "i"])


def _lost_stop(text: str, span: Span, nxt: Span | None) -> bool:
    """``She added that … on duty`` + a line break + the next sentence: a line that opens with a subject
    pronoun and its lower-case reporting verb, glued to the next line by one line break, is a sentence whose
    full stop was lost, not a headline (a headline opens no pronoun whose person came before)."""
    if nxt is None or text.count("\n", span.end, nxt.start) != 1:
        return False
    words = text[span.start : span.end].split()
    if len(words) < 4 or words[0].lower() not in _SUBJECT_PRONOUNS or not words[0][:1].isupper():
        return False
    verb = words[2] if words[1].lower() in lx.AUXILIARIES else words[1]
    return verb.islower() and verb in lx.REPORTING_VERBS


def _naming_called(toks: list[Tok], k: int) -> bool:
    """``A monthly school newsletter called The Voice will …``: ``called`` right after an indefinite
    common-noun phrase (``a``/``an`` and at most three lower-case words) and before a capitalised name
    gives the thing its name; nothing is said."""
    if k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper():
        return False  # "called The Voice": the article of a title counts
    x = k - 1
    while x >= 0 and k - x <= 4 and toks[x].text.isalpha() and toks[x].lw not in ("a", "an"):
        if not toks[x].text.islower():
            return False  # "Ann Cole called Mensah": a name before it calls someone
        x -= 1  # back over the lower-case words to the article
    return 0 <= x < k - 1 and toks[x].lw in ("a", "an")


def _sentence(ctx: EnCtx, span: Span, toks: list[Tok], follows_claim: bool) -> list[Draft]:
    ctx.reg.cursor = span.start
    text = ctx.text
    regions = quote_regions(text, span.start, span.end)
    verbs = lx.REPORTING_VERBS
    unclosed = _unclosed_quote(text, span)
    cue_words = _CUE_WORDS
    cues = [
        k
        for k, t in enumerate(toks)
        if (
            t.lw in cue_words  # the few words that can be cues: one set lookup, and no call, for all others
            and (
                t.lw in verbs
                or (t.lw in _MAKE_FORMS and _makes_clear(toks, k))
                or _plural_present(toks, k)
                or _onward(toks, k) is not None
            )
            or (t.lw in _FRAME_WORDS or t.lw.endswith("ed")) and _frame_or_appeal(toks, k)
            or t.lw in lx.STANCE_ADJECTIVES and stance_cue(toks, k)
        )
        and not within(regions, t.start)
        and not noun_reading(toks, k)
        and not (k > 0 and t.lw == "called" and toks[k - 1].lw == "so")  # "the so called hot spots"
        and not (t.lw == "called" and _naming_called(toks, k))
        and t.start < unclosed
        and not (k > 0 and t.text[0].isupper() and toks[k - 1].text[0].isupper())  # "the United States"
    ]
    made: list[Draft] = []
    ctx.second_act = bool(cues) and not lx.SECOND_ACTS.isdisjoint([t.lw for t in toks])
    for n, k in enumerate(cues):
        made.extend(_cue(ctx, span, toks, k, cues[n + 1 :], regions, made))
    according(ctx, span, toks, regions, made)
    lead = _token_at(toks, after_dateline(ctx, toks, span))
    if lead < len(toks) and toks[lead].lw in FRONTED_PARTICIPLES:  # "Noting that …, the group demanded …"
        made[:0] = fronted_claims(ctx, span, toks, lead, regions, made)
    if not made and _has_lead_participle(text[span.start : span.end]):
        made.extend(participle_claims(ctx, span, toks, lead, regions, made))
    if not made and toks[0].lw in _FRAME_LEADS:  # "For Ann Cole, the quay is “a disaster”."
        made.extend(framed_claims(ctx, span, toks, 0, regions))
    for outer in made:  # "Mikati said …, the NNA reported.": the earlier claim came via the NNA
        for inner in made:
            if (
                inner is not outer
                and outer.start <= inner.start < outer.end
                and not inner.via
                # "…, NORA quoted X as saying": one span, two claims, neither inside the other
                and (inner.start, inner.end) != (outer.start, outer.end)
                and inner.speaker is not outer.speaker
                and outer.cue
                and inner.end <= outer.end + 2
            ):
                inner.via = outer.speaker.canonical
    made.extend(citing(ctx, toks, made))
    made.extend(noun_claims(ctx, toks, made))
    made.extend(quote_in_quote(ctx, made))
    if not made and follows_claim and ctx.reg.speakers:
        whole = [r for r in regions if r.start - span.start <= 1 and span.end - r.end <= 2]
        if whole:
            r = whole[0]
            made.append(Draft(ctx.reg.speakers[-1], r.start + 1, r.end - 1, ClaimKind.DIRECT, confidence=0.6))
    return made


_FRAME_LEADS: Final = frozenset(["for", "in"])  # "For Ann Cole, …", "In her view, …" (framing.py)
_PLURAL_PRONOUNS: Final = frozenset(["they", "we"])
_NOT_PLURAL: Final = frozenset(
    ["this", "his", "its", "us", "is", "was", "has", "does", "as", "news", "series", "thus"]
)


def _onward(toks: list[Tok], k: int) -> int | None:
    """``went on to assure them that …``, ``took the opportunity to stress that …``: a verb of saying in its
    bare form after ``to`` and a phrase that carries the act out (the lexicon's ``onward_phrases``) is the
    subject's own statement. Returns where the phrase starts."""
    if k < 2 or toks[k].lw not in lx.PLURAL_PRESENT_VERBS or toks[k - 1].lw != "to" or not toks[k].text.islower():
        return None
    for phrase in lx.ONWARD_PHRASES:
        words = phrase.split()
        a = k - 1 - len(words)
        if a >= 0 and [t.lw for t in toks[a : k - 1]] == words:
            return a
    return None


def _plural_present(toks: list[Tok], k: int) -> bool:
    """``Local residents claim that …``, ``Critics, however, argue that …``: a bare verb form is a cue when
    a plural subject stands before it (past the adverbs between) and ``that`` or a bare clause follows; ``the claim
    that``, ``to claim that`` and ``their promise that`` have no plural subject there: nouns, infinitives."""
    if toks[k].lw not in lx.PLURAL_PRESENT_VERBS or not toks[k].text.islower():
        return False
    if k == 0:
        return False
    if _closes_quotation(toks, k):
        return True  # "«…», they believe.": the verb closing a quotation names whose words they were
    if k + 1 >= len(toks):
        return False
    if toks[k + 1].lw != "that" and not bare_clause(toks, k + 1, len(toks)):
        return False  # "They claim the vote was rigged": a bare clause as good as "that"
    j = k - 1
    while j > 0 and (_adverb(toks[j]) or toks[j].lw in lx.SENTENCE_ADVERBS or toks[j].text == ","):
        j -= 1  # "sources also claim", "critics, however, argue"
    subject = toks[j]
    w = subject.lw
    if w in _PLURAL_PRONOUNS or w in lx.COLLECTIVE_WORDS:
        return True
    return (
        subject.text.isalpha()
        and len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and w not in _NOT_PLURAL
        and w not in lx.REPORTING_VERBS
    )


_SENTENCE_END: Final = frozenset([".", "!", "?"])


def _closes_quotation(toks: list[Tok], k: int) -> bool:
    """``“…,” they believe.``: a plural pronoun and a bare verb right after a quotation's closing mark and
    comma, ending the sentence, is the quotation's cue, as ``they said`` would be."""
    if k < 3 or toks[k - 1].lw not in _PLURAL_PRONOUNS:
        return False
    ends = k + 1 >= len(toks) or toks[k + 1].text in _SENTENCE_END
    closed = toks[k - 2].text in QUOTES or (toks[k - 2].text == "," and toks[k - 3].text in QUOTES)
    return ends and closed


def _impersonal(toks: list[Tok], a: int, that: int) -> bool:
    """``It may be mentioned that``, ``It should be noted that``, ``It is worth recalling that``: ``it``, a
    form of ``be`` (after a modal or not) and a participle or adjective, then ``that``; a frame the outlet
    puts around the clause, whose own subject follows ``that``."""
    words = [t.lw for t in toks[a + 1 : that]]
    return 2 <= len(words) <= 4 and any(w in ("be", "is", "was") for w in words) and all(
        w.isalpha() for w in words
    )


def _np_to_verb(toks: list[Tok], a: int, end: int, k: int) -> int:
    """``An unknown man phoned the office and said …``, ``Port chief Ana Roe met … and said …``: a subject
    whose capitalised words stop at a lower-case content word runs on to its first finite verb (at most six
    words, no comma); a preposition after the capitals (``Fidan on Monday …``) ends it where it was."""
    first = end + 1 if end == a and end < k and toks[end].lw in ("a", "an", "the") else end
    if first >= k or not toks[first].text.isalpha() or not toks[first].text.islower():
        return end
    # "local and foreign observers praised … but said …": adjectives joined by "and" stay one subject
    joined = lambda m: toks[m].lw in ("and", "or") and m > a  # noqa: E731
    if (toks[first].lw in NP_FUNCTION and not joined(first)) or is_verb(toks[first]):
        return end
    for m in range(first + 1, min(k, a + 7)):
        if not toks[m].text.isalpha() or (toks[m].lw in NP_FUNCTION and not joined(m)):
            return end
        if is_verb(toks[m]):
            return m
    return end


_APPOSITION_REACH: Final = 5  # "Minister of Awkaf, Ann Marie de la Cruz, …": a name of up to five words


def _appositive_name(toks: list[Tok], opens: int, end: int, k: int) -> int:
    """``Minister of Fisheries, Tomas Varga, condemned … and said …``: an office opening the clause, then the
    holder's name between commas right before the first verb; the subject runs over both (the holder speaks,
    not the office's last word). Else ``end`` unchanged."""
    if not (opens < end < k and toks[end].text == "," and any(is_title(t) for t in toks[opens:end])):
        return end
    close = next((x for x in range(end + 2, min(k, end + 2 + _APPOSITION_REACH)) if toks[x].text == ","), None)
    if close is None or close + 1 >= k or not is_verb(toks[close + 1]):
        return end  # the first verb follows the name's closing comma
    name = range(end + 1, close)
    if not is_cap(toks[end + 1]) or not all(_name_part(toks, x) for x in name):
        return end
    return close


def _name_part(toks: list[Tok], x: int) -> bool:
    """A word of a name: capitalised, a particle (``de la``), or glued to the word before (``Id‘ais``)."""
    t = toks[x]
    glued = t.start == toks[x - 1].end and (t.text.isalpha() or t.text in ("'", "’"))
    return is_cap(t) or t.lw in lx.NAME_PARTICLES or glued


def _passive_as_saying(toks: list[Tok], k: int) -> bool:
    """``was (yesterday) reported by X as saying``: a passive report whose ``as saying`` names the speaker."""
    x = k - 1
    while x > 0 and (_adverb(toks[x]) or toks[x].lw in _WHEN_WORDS):
        x -= 1
    if x < 1 or toks[x].lw not in ("was", "were", "been", "is", "are"):
        return False
    reach = min(len(toks) - 1, k + 12)
    return any(toks[m].lw == "as" and toks[m + 1].lw == "saying" for m in range(k + 1, reach))


_NOT_BEFORE_REQUEST: Final = frozenset(
    "when if as after once unless until been being be was were is are get got not never that who which or"
    .split()
)
_EVIDENCE_SKIP: Final = frozenset(
    "the a an of has have had also on in at this that its their his her and for to by with last".split()
)


def _words(text: str) -> set[str]:
    out = set()
    for w in text.lower().replace("’", "'").split():
        w = w.strip(".,;:'\"()").removesuffix("'s")
        if w and w not in _EVIDENCE_SKIP and not w.isdigit():
            out.add(w)
    return out


def _relative_infinitive_claim(toks: list[Tok], cue_start: int, k: int, lemma: str) -> bool:
    """``… that he claims to have received``, ``… which they allege to be …``: a verb of claiming with an
    infinitive, its subject a pronoun right after a relative ``that``/``which``."""
    return (
        lemma in lx.INFINITIVE_CLAIMS
        and cue_start > 2
        and toks[cue_start - 1].lw in lx.PRONOUNS
        and toks[cue_start - 1].text.islower()
        and toks[cue_start - 2].lw in ("that", "which")
        and infinitive(toks, k + 1)
    )


def _main_subject_person(ctx: EnCtx, toks: list[Tok], end: int) -> Entity | None:
    """The person named as a subject before ``end`` (the name right before the nearest finite verb): ``Ann Cole suffered injuries that she claims …`` — the relative's pronoun is hers."""
    for v in range(end - 1, 0, -1):  # the nearest clause first: "a case in which Ann Cole suffered …"
        t = toks[v]
        if not narrated_verb(t):
            continue
        span = name_span(toks, 0, v)
        if span is not None and span[1] == v:
            person = ctx.resolve(toks, *span)
            return person if person is not None and person.kind == SpeakerKind.PERSON else None
    return None


def _coordinated_person(ctx: EnCtx, toks: list[Tok], prev: Draft, k: int) -> tuple[Entity, int] | None:
    """``… that one Sgt Ivo Tran went to the depot and reported that …``: the cue right after a bare ``and``
    (no comma) whose clause, inside the previous indirect claim, has a named person as the subject of a
    finite verb of narration; returns that person and where the name starts."""
    if k < 3 or toks[k - 1].lw != "and" or prev.kind is not ClaimKind.INDIRECT or prev.via:
        return None
    first = next((x for x, t in enumerate(toks) if t.start >= prev.start), None)
    if first is None or toks[k - 1].start > prev.end + 1:
        return None
    for v in range(k - 2, first, -1):
        t = toks[v]
        if t.text in (",", ";", ":") or t.lw in ("and", "but", "that"):
            return None
        if t.lw in lx.REPORTING_VERBS:
            continue
        if narrated_verb(t):
            span = name_span(toks, first, v)
            if span is None or span[1] != v:
                return None
            person = ctx.resolve(toks, *span)
            if person is None or person.kind != SpeakerKind.PERSON or person is prev.speaker:
                return None
            return person, span[0]
    return None


def _outer_of(made: list[Draft]) -> Draft | None:
    """The claim that holds the last claim as a nested report (``said the wardens have denied …``)."""
    inner = made[-1]
    if not inner.via:
        return None
    return next((d for d in reversed(made[:-1]) if d.start <= inner.start < d.end), None)


_COORDINATION: Final = frozenset([",", "and", "but", ";"])
_ROLE_OF: Final = frozenset(["of", "for"])


def _role_head(role: str) -> str:
    """The head of a role: its last word (``State Prosecutor``), or the word before its first ``of``/``for``
    (``Minister for Home Affairs``, ``Secretary of State``): ``the Minister asked`` names the holder of
    the second, never ``the affairs``."""
    words = role.split()
    cut = next((x for x, w in enumerate(words) if w.lower() in _ROLE_OF and x > 0), None)
    return words[cut - 1] if cut is not None else words[-1]


def _speaker_words(speaker: Entity) -> set[str]:
    role = _words(_role_head(speaker.role)) if speaker.role.split() else set()
    words = _words(speaker.canonical) | role  # a role counts by its head: "the state" is no "State Prosecutor"
    for key in speaker.keys:
        words |= _words(key)
    return words


def _request_evidence(toks: list[Tok], a: int, b: int, cue_start: int, speaker: Entity) -> bool:
    """A request's requester must be named where it stands: the noun phrase right before the verb (after
    skipping adverbs and a time adjunct, ``The office on Friday asked``) shares a word with the resolved
    speaker's name, role or aliases. ``the state requested …`` resolved to a person the words never name,
    or a dateline read into the subject (``Port Sal, May 3 The board asked``), is no evidence."""
    end = min(b, cue_start)
    words = toks[a:end]
    # the phrase nearest the verb: back from the verb to a comma, a digit or a sentence-like break
    x = len(words)
    while x > 0 and words[x - 1].text not in (",", ";", ":", "—", "–", "-") and not words[x - 1].text.isdigit():
        x -= 1
    near = _words(" ".join(t.text for t in words[x:]) or " ".join(t.text for t in words))
    name = _words(speaker.canonical)
    if not near & name and _words(" ".join(t.text for t in words[:x])) & name:
        return False  # the name stands before a break (a dateline, a list): the phrase at the verb is not it
    return bool(near & _speaker_words(speaker))


def _addressee_is(toks: list[Tok], k: int, end_limit: int, speaker: Entity) -> bool:
    """``asked Ann Cole to …``: the object before the infinitive names the resolved speaker."""
    obj = []
    for x in range(k + 1, min(len(toks), k + 7)):
        if toks[x].lw == "to" or toks[x].start >= end_limit:
            break
        obj.append(toks[x].text)
    if not obj or not speaker.named:
        return False
    return bool(_words(" ".join(obj)) & _words(speaker.canonical))


_WHEN_WORDS: Final = frozenset(["yesterday", "today", "earlier", "widely", "reportedly"])


def _adverb(tok: Tok) -> bool:
    """An adverb between a subject and its verb (``has long said``); capitalised, a name (``Long said``)."""
    return tok.lw in lx.AUXILIARIES and tok.text.islower()


def _unclosed_quote(text: str, span: Span) -> int:
    """Where a quotation opens that this sentence never closes (it runs on to later sentences), else the end.

    ``… said: "At the end, we found that …`` : ``found`` is the quoted speaker's word, not a new cue.
    """
    opened = max(text.rfind("“", span.start, span.end), text.rfind('"', span.start, span.end))
    if opened < 0 or text.find("”", opened, span.end) >= 0:
        return span.end
    if text[opened] == '"' and text.count('"', span.start, span.end) % 2 == 0:
        return span.end  # straight marks paired: the last one closes
    return opened


_LEAD_LENGTHS: Final = sorted({len(p) for p in LEAD_PARTICIPLES})
_LEAD_ALL_ING: Final = all(p.endswith("ing") for p in LEAD_PARTICIPLES)


def _has_lead_participle(sentence: str) -> bool:
    """Some lead participle occurs in ``sentence`` (as a substring, as the participle pass reads it).

    Each ends in ``ing``, so each ``ing`` of the sentence is tried as the end of one, a slice per
    participle length: a handful of set lookups where a substring scan per participle (over 70) ran
    on every sentence that made no claim."""
    if not _LEAD_ALL_ING:
        return any(p in sentence for p in LEAD_PARTICIPLES)
    j = sentence.find("ing")
    while j >= 0:
        end = j + 3
        for n in _LEAD_LENGTHS:
            if n <= end and sentence[end - n : end] in LEAD_PARTICIPLES:
                return True
        j = sentence.find("ing", j + 1)
    return False


def _cue(
    ctx: EnCtx, span: Span, toks: list[Tok], k: int, later: list[int], regions: list[Span], made: list[Draft]
) -> list[Draft]:
    # "make" only as "made it clear" (_makes_clear); a bare plural form only after a plural subject
    lemma = lx.REPORTING_VERBS.get(toks[k].lw) or lx.PLURAL_PRESENT_VERBS.get(toks[k].lw) or _other_lemma(toks, k)
    if _attributive_participle(toks, k):
        return []  # "1,280 pledged delegates", "in pledged delegates": an adjective, no one speaking
    if k > 0 and toks[k - 1].lw in ("a", "an") and toks[k].lw.endswith("ed"):
        return []  # "Kofi Mensah, 45, an accused in a fraud case, died …": a noun, no verb follows an article
    if lemma == "read" and not _document_reads(toks, k):
        return []  # "she read the report": only a document (or "it") reads as a statement
    if lemma in lx.REQUEST_VERBS and (k == 0 or toks[k - 1].lw in _NOT_BEFORE_REQUEST):
        return []  # "When asked …", "was asked to leave": the subject was asked; "that asks …": a relative
    cue_start = k - 1 if lemma == STANCE else k  # "is optimistic that …": the "be" belongs to the cue
    onward = _onward(toks, k)
    if onward is not None:
        cue_start = onward  # "went on to assure them that …": the phrase and its subject carry the cue
    while cue_start > 0 and toks[cue_start - 1].lw in ("has", "have", "had"):
        cue_start -= 1
    cue_text = ctx.span(toks[cue_start].start, toks[k].end)
    n = len(toks)
    end_limit = clause_limit(toks, k, later, span.end)
    if ctx.second_act:
        end_limit = _second_act(toks, k, end_limit, regions)
    if lemma == "report" and _passive_as_saying(toks, k):
        return quoted_passive(ctx, span, toks, k, end_limit, cue_text)  # "was reported by X as saying"
    if k > 0 and toks[k - 1].lw in ("been", "was", "were", "is", "are", "be", "being") and lemma != STANCE:
        if lemma == "quote":
            return quoted_passive(ctx, span, toks, k, end_limit, cue_text)
        return told_by(ctx, toks, k, end_limit, made)  # "they had been told by contractors that …"
    doc_start = _document_before(toks, k)
    if (
        doc_start is not None
    ):  # "a newspaper report that said Mr Alder had told friends …": the report's claim
        source = ctx.resolve(toks, doc_start, k - 1)
        start = content_start(ctx, toks, k + 1, end_limit, lemma) if source is not None else None
        if source is None or start is None:
            return []
        nested = next((d for d in reversed(made) if d.start <= toks[k].start < d.end), None)
        via = nested.speaker.canonical if nested is not None and nested.speaker is not source else ""
        ctx.reg.spoke(source)
        return [
            Draft(
                source,
                start,
                end_limit,
                ClaimKind.INDIRECT,
                cue=cue_text,
                via=via,
                confidence=0.6,
                resolution="nested",
            )
        ]
    verb_group = k
    while verb_group > 0 and _adverb(toks[verb_group - 1]):
        verb_group -= 1  # "a charge Abu Dhabi has repeatedly denied": look before the adverbs
    window = range(max(0, verb_group - 4), k)
    in_which = next((x for x in window if toks[x].lw == "which" and _prepositional_which(toks, x)), None)
    if any(
        toks[x].lw in OBJECT_FIRST and x != in_which and not any(t.lw in _COORDINATION for t in toks[x + 1 : k])
        for x in window
    ):
        # "…, a claim Hamas denied": the verb's object comes first; no new statement ("… denied the
        # allegation, and added that …": a coordinated verb after the object is a new report)
        return []
    lb, quote_before = left_bound(toks, cue_start, regions, after_dateline(ctx, toks, span), ctx.text)
    if in_which is not None and lb <= in_which:
        lb = in_which + 1  # "an interview, in which he said …": the subject opens after "which"
    if _relative_pronoun_subject(toks, lb, cue_start):
        lb = cue_start - 1  # "two witnesses whom she said supported …": "she" says it, not the main clause
    nested_in: Draft | None = None
    post_posed = (
        cue_start > 2
        and toks[cue_start - 1].text == ","
        and tail_only(toks, inverted_end(toks, k + 1, n), span.end)
        and inverted_end(toks, k + 1, n) > k + 1
        and any(t.lw in lx.REPORTING_VERBS for t in toks[: cue_start - 1])
    )  # "Officials have confirmed that …, said the minister.": a clause, then the cue and its speaker
    if (
        not post_posed  # "Officials have confirmed that …, said the minister": the minister's whole sentence
        and made
        and made[-1].start < toks[cue_start].start < made[-1].end
        and made[-1].kind == ClaimKind.INDIRECT
        and not tail_only(toks, k + 1, span.end)
    ):
        nested_in = made[-1]  # "The NNA reported that Mikati … said …": Mikati's claim, via the NNA
        lb = next((x for x, t in enumerate(toks) if t.start >= nested_in.start), lb)
        if lb < cue_start and toks[lb].lw == "that":
            lb += 1
    inside = nested_in is None and made and made[-1].start < toks[cue_start].start < made[-1].end
    j_after = k + 1
    speaker: Entity | None = None
    choice: Choice | None = None
    pronoun_subject = False
    aside = False  # a relative clause's report ("…, who noted …"): its speaker does not take the floor
    inner_agent = _coordinated_person(ctx, toks, made[-1], k) if nested_in is None and made else None
    if inner_agent is not None:
        # "explained that on Monday one Sgt Ivo Tran went to the depot and reported that …": the verb after
        # "and" goes on the clause's own subject, a person named inside the report; hers holds it whole
        speaker, lb = inner_agent
        quote_before = None
        made[-1].end = max(made[-1].end, toks[-1].end if toks[-1].text not in _SENTENCE_END else toks[-2].end)
        nested_in = made[-1]
    elif nested_in is None and made and k > 0 and toks[k - 1].lw in ("and", "but", "then"):
        quote_before = None
        speaker = made[-1].speaker  # "said … and warned that …"
        made[-1].end = min(made[-1].end, toks[k - 1].start)
        outer = _outer_of(made) if k > 1 and toks[k - 2].text == "," else None
        if outer is not None:  # "said the wardens have denied the charge, and added that …": hers again
            speaker = outer.speaker
            outer.end = min(outer.end, toks[k - 2].start)
            made[-1].end = min(made[-1].end, toks[k - 2].start)
    elif (
        nested_in is None
        and made
        and k > 1
        and toks[k - 1].lw in lx.PRONOUNS
        and toks[k - 2].lw in ("and", "but")
    ):
        speaker = made[-1].speaker
        made[-1].end = min(made[-1].end, toks[k - 2].start)
    elif (
        post_posed
        and quote_before is None
        and ctx.resolve(toks, _inverted_start(toks, k, n), inverted_end(toks, k + 1, n))
    ):
        j_after = inverted_end(toks, k + 1, n)
        speaker = ctx.resolve(toks, _inverted_start(toks, k, n), j_after)
        lb = cue_start
    elif (
        quote_before is None
        and nested_in is None
        and cue_start > 4
        and toks[cue_start - 1].text == ","
        and _clause_before(toks, lb, cue_start - 1)
        and inverted_end(toks, k + 1, n) > k + 1
        and tail_only(toks, inverted_end(toks, k + 1, n), span.end)
        and ctx.resolve(toks, _inverted_start(toks, k, n), inverted_end(toks, k + 1, n)) is not None
    ):
        # "The harbour will hire 40 divers who trained in Oban, said port chief Omar Daud on Tuesday.": a
        # whole clause before the comma is no subject; the speaker is named after the cue
        j_after = inverted_end(toks, k + 1, n)
        speaker = ctx.resolve(toks, _inverted_start(toks, k, n), j_after)
        lb = cue_start
    elif nested_in is None and (
        (antecedent := _who_antecedent(ctx, toks, lb, cue_start)) is not None
        or (antecedent := _object_who_antecedent(ctx, toks, lb, cue_start)) is not None
    ):
        # "… echoed by former Governor Nina Berg, who noted that …": the relative's antecedent speaks; the
        # words before it are narration, never content (lb 0: nothing before the cue is read as said)
        speaker, lb, quote_before = antecedent[0], 0, None
        # "… echoed by Nina Berg, who noted …": named inside another clause, she does not take the floor;
        # "Nina Berg, who said …, recounted …": the sentence's own subject does
        aside = any(predicate_verb(t) or t.lw in lx.REPORTING_VERBS for t in toks[: antecedent[1]])
        end_limit = _relative_end(toks, k, end_limit)
    elif nested_in is None and _relative_infinitive_claim(toks, cue_start, k, lemma):
        # "injuries that he claims to have received from …": the relative's subject claims what the
        # infinitive says of its antecedent; the words before it are narration, never content
        speaker = _main_subject_person(ctx, toks, cue_start - 2) or ctx.resolve(toks, cue_start - 1, cue_start)
        lb, quote_before, aside = 0, None, True
    elif cue_start > 1 and toks[cue_start - 1].lw in ("but", "and") and not made:
        # "Fidan on Monday declined to confirm the meeting but said …"; "In an interview on Monday, the
        # senator criticised … and said …": the subject opens after the introductory phrase
        opens = intro_end(toks, lb, k)
        if opens + 2 < k and toks[opens + 1].text == "," and (
            ctx._lone_adverb(toks, opens) or ctx._fronted_adverb(toks, opens, opens + 1)
        ):
            opens += 2  # "Generally, observers praised … but said …": the sentence adverb is no subject
        if _AGED.match(toks[opens].text) and opens + 1 < k and is_cap(toks[opens + 1]):
            opens += 1  # "At a rally in Dayton, Ohio, 62-year-old Ann Cole railed … and said": the age describes her
        end = (
            opens + 1
            if toks[opens].lw in lx.PRONOUNS
            else _np_to_verb(toks, opens, leading_np(toks, opens, k), k)
        )
        end = _appositive_name(toks, opens, end, k)
        speaker = ctx.resolve(toks, opens, end) if end > opens else None
    else:
        left = trim_left(toks, lb, cue_start)
        subj = subject_start(toks, lb, left, ctx.name_commas)
        subj = opener_without_comma(toks, subj, left)
        if toks[subj].lw == "it":
            that = next((x for x in range(left - 1, subj, -1) if toks[x].lw == "that"), None)
            if that is not None and that + 1 < left and _impersonal(toks, subj, that):
                subj = that + 1  # "It may be mentioned that X has alleged …": X is the subject, not the frame
        if left - subj <= 5 and toks[subj].text in QUOTES and toks[subj - 1].text == "," and subj > lb:
            subj += 1  # "… a “false choice, because …,” she said": the closing mark is no part of the subject
        pronoun_subject = left - subj == 1 and toks[subj].lw in lx.PRONOUNS
        if subj < left:
            choice = choose_subject(toks, lb, subj, left, ctx.lower_words)
            only_openers = all(t.lw in OPENERS for t in toks[choice.start : choice.end])
            # "As stated in Davis' commentary, …": an opener alone is no subject
            ctx.inside_report = nested_in is not None
            ctx.quote_start = quote_before.start if quote_before is not None else None
            try:
                speaker = None if only_openers else ctx.resolve(toks, choice.start, choice.end)
                listed = listed_names(toks, lb, left) if speaker is not None else None
                if listed is not None:
                    speaker = _list_group(ctx, toks, listed) or speaker
                if speaker is not None:
                    speaker = _with_companions(ctx, toks, lb, choice.start, left, speaker)
            finally:
                ctx.inside_report = False
                ctx.quote_start = None
            relative = next(
                (t.lw for x, t in enumerate(toks[choice.start + 1 : left], choice.start + 1)
                 if t.lw in ("who", "which", "whose", "that") and toks[x - 1].text == ","),
                None,
            )
            closed = toks[left - 1].text == ","  # "X, which employs 90 staff, told …": the clause is closed
            if speaker is not None and speaker.kind == SpeakerKind.PERSON and relative == "which" and not closed:
                return []  # "author of Harbours and Beyond, which … urged …": "which" is never a person
            topic = _as_for_topic(toks, lb, subj) if pronoun_subject else None
            if topic is not None:
                speaker = ctx.resolve(toks, *topic) or speaker  # "As for Tom Welby, he said …": Welby
            elif pronoun_subject and speaker is not None and speaker.kind == SpeakerKind.PERSON:
                speaker = _clause_subject_person(ctx, toks, lb, subj) or speaker
            if speaker is not None and subj > lb and quote_before is None:
                lb = subj  # the words before the subject are the content ("…, the IMF said")
            elif speaker is not None and quote_before is None and choice.reading == "trailing-name":
                lb = _closing_speaker_start(toks, lb, choice.start, k, span.end)
        if speaker is None and pronoun_subject:
            return []  # "he said Ryan": a pronoun holds the subject slot; what follows is the answer
        if (
            speaker is None
            and lemma not in ("tell", "inform")  # "…," the counsel told the court: whom he told
            and (
                left == lb
                or quote_before is not None
                or _comma_before(toks, cue_start)
                or _clause_then_inverted(toks, lb, cue_start, k, span.end)
            )
        ):
            inv_end = inverted_end(toks, k + 1, n)
            if inv_end > k + 1:
                speaker = ctx.resolve(toks, _inverted_start(toks, k, n), inv_end)
                if speaker is not None:
                    j_after = inv_end
                    if quote_before is None and (
                        _comma_before(toks, cue_start) or _clause_then_inverted(toks, lb, cue_start, k, span.end)
                    ):
                        lb = cue_start  # "Checks will rise, said Tarek Vellan.": the content is before
    if inside and choice is not None and toks[choice.start].start < made[-1].start:
        return []  # "The spokesman said the suspects have confessed to …, adding …": a subject across the
        # outer cue ("the spokesman said the suspects") names nobody; the words stay the outer claim's
    if speaker is None:
        if lemma == "quote" and toks[k - 1].lw not in lx.PRONOUNS:
            # "Some local media quoted the ministry as saying …": no source to credit, but the ministry spoke
            return quoted_as_saying(ctx, toks, k + 1, end_limit, None, cue_text)
        return []
    request_cap: float | None = None
    if lemma in lx.REQUEST_VERBS:
        if any(toks[x].lw == "according" and toks[x + 1].lw == "to" for x in range(cue_start - 1)):
            return []  # "According to an aide, the mayor asked …": the source's account holds the request
        if _addressee_is(toks, k, end_limit, speaker):
            return []  # "Ann Cole asked Omar to …" read with Omar as the subject: the addressee never speaks
        if choice is not None and not pronoun_subject:
            if not _request_evidence(toks, choice.start, choice.end, cue_start, speaker):
                return []  # "the state requested …" resolved to a person the subject never names: no evidence
        else:
            request_cap = 0.35  # "he asked …", "… and asked …": a carried requester, kept low for review
    if nested_in is not None and lemma in (FRAME, APPEAL, STANCE):
        return []  # "X said the council accepted that …": inside a report, only a listed verb reports again
    if nested_in is not None and speaker is nested_in.speaker:
        return []  # "She said she hoped …": her own words inside her claim, one claim per sentence (§4.1)
    if lemma == "show" and not any(t.lw in DOCUMENTS for t in toks[max(0, cue_start - 6) : cue_start]):
        return []  # "figures show …" reports; "the minister showed the plans" narrates an act
    if lemma == "report" and _bare_one_word_person(speaker):
        speaker.kind = SpeakerKind.ORGANIZATION  # "…, Vektora reports.": an outlet, never the next "he"
    resolution = _resolution(toks, cue_start, speaker, nested_in, made if j_after == k + 1 else [])
    out = _contents(
        ctx,
        span,
        toks,
        k,
        lb,
        j_after,
        end_limit,
        regions,
        speaker,
        cue_text,
        lemma,
        quote_before,
        nested_in,
        made,
    )
    frame_ceiling = frame_cap(lemma, toks[k].lw)
    for d in out:
        d.resolution = d.resolution or resolution
        if frame_ceiling is not None:
            d.confidence = min(d.confidence, frame_ceiling)  # a cue by its frame, not a listed verb
        if request_cap is not None:
            d.confidence = min(d.confidence, request_cap)
            d.ceiling = request_cap
        if choice is not None and choice.margin is not None:
            d.margin = choice.margin
            if choice.margin < 1.0:
                d.confidence -= 0.1  # two readings of the subject came close: say so to the reviewer
    if out and not aside:
        ctx.reg.spoke(speaker)
        if nested_in is not None:
            # "He noted that Sanders has acknowledged …": the reporter, not the one reported, holds the
            # floor; a later "he said" goes on in the reporter's voice
            ctx.reg.spoke(nested_in.speaker)
        if lemma == "report":
            ctx.report_author = speaker  # "Geo TV reported that …", later "…, the report added"
        ctx.last_spoke = max(toks[k].start, *(d.end for d in out))  # names inside the content are not topics
        if any(t.lw in STATEMENTS for t in toks[:cue_start]) or (
            j_after < n and any(t.lw in STATEMENTS for t in toks[j_after : j_after + 4])
        ):
            ctx.statement_author = speaker  # "In a statement, X said …" / "X said in a statement …"
    return out


_NUMBER_WORDS: Final = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands dozen dozens".split()
)
_ATTRIBUTIVE_BEFORE: Final = frozenset("in of the a an his her their its our with for".split())


def _prepositional_which(toks: list[Tok], x: int) -> bool:
    """``an interview in which Cole said …``, ``a speech during which the mayor warned …``: "which" is the
    preposition's object, not the cue's; the subject after it speaks and the content follows the cue."""
    if toks[x].lw != "which" or x == 0 or x + 1 >= len(toks):
        return False
    if toks[x - 1].lw not in lx.RELATIVE_PREPOSITIONS:
        return False
    # a named subject only: "in which he said" leaves "he" to whoever the clause hangs on, too often not
    # the last one to speak (PolNeAR trainall: most such pronouns resolved to someone else)
    return toks[x + 1].lw not in lx.PRONOUNS


def _who_antecedent(ctx: EnCtx, toks: list[Tok], lb: int, cue_start: int) -> tuple[Entity, int] | None:
    """``…, Gov. Nina Berg, who (also) noted …``: a non-restrictive ``who`` right before the cue (past its
    adverbs) has the name that closes the phrase before its comma as antecedent; that name is the speaker
    (with the token where the name starts). None when no capitalised name ends there (``the businessman,
    who …`` is left to the subject rules)."""
    x = cue_start
    while x > lb and _adverb(toks[x - 1]):
        x -= 1
    if x - 2 <= lb or toks[x - 1].lw != "who" or toks[x - 2].text != ",":
        return None
    comma = x - 2
    for _ in range(3):  # "Ann Cole, 52, of Hill Street, who …", "Ann Cole, the port chief, who …"
        part = next((y + 1 for y in range(comma - 1, lb - 1, -1) if toks[y].text == ","), lb)
        if part == lb or not (age_or_origin(toks, part, comma) or toks[part].lw in ARTICLES):
            break
        comma = part - 1  # an apposition of the name before it: the antecedent is that name
    name = name_span(toks, lb, comma)
    if name is None or name[1] != comma:
        return None
    a = _title_before(toks, lb, name[0])
    titled = any(is_title(t) for t in toks[a : name[0]])
    if a > lb and toks[a - 1].lw in _NOT_BEFORE_ANTECEDENT and not titled:
        return None  # "the Wisconsin Republican, who", "the opposition in Tarlow, who": no name, or a place
    speaker = ctx.resolve(toks, a, comma)
    if (speaker is None or speaker.kind != SpeakerKind.PERSON) and a < name[0]:
        # "the Special Envoy of the Council for Fisheries Anna Berg, who …": an office too long to split
        # from the name it ends on; the name alone is the antecedent, without the office's domain word that
        # the capitals ran on from ("for Fisheries Anna Berg": a domain after "for"/"of", then two names)
        a = name[0]
        if toks[a - 1].lw in ("for", "of") and name[1] - a >= 3:
            a += 1
        speaker = ctx.resolve(toks, a, comma)
    return (speaker, a) if speaker is not None and speaker.kind == SpeakerKind.PERSON else None


_ANTECEDENT_PREPOSITIONS: Final = frozenset(["from", "by", "with", "to"])
_SUBJECT_PRONOUNS: Final = frozenset(["he", "she", "they"])


def _relative_pronoun_subject(toks: list[Tok], lb: int, cue_start: int) -> bool:
    """``Boyce identified two witnesses whom she said supported the account``: a personal pronoun right
    after ``whom``/``who`` and right before the cue is the subject of a parenthetical report inside the
    relative clause; the speaker is that pronoun alone, never the main clause before it."""
    return (
        cue_start - 2 > lb
        and toks[cue_start - 1].lw in _SUBJECT_PRONOUNS
        and toks[cue_start - 1].text.islower()
        and toks[cue_start - 2].lw in ("whom", "who")
    )


def _object_who_antecedent(ctx: EnCtx, toks: list[Tok], lb: int, cue_start: int) -> tuple[Entity, int] | None:
    """``received a call from a woman who said that …``, ``calls from the hikers who reported that …``: a
    restrictive ``who`` right before the cue after a preposition's object — an article, up to three
    lower-case words and a head that names people; that phrase is the speaker (with where it starts),
    never the main clause before it nor a name from an earlier sentence."""
    x = cue_start
    while x > lb and _adverb(toks[x - 1]):
        x -= 1
    if x - 3 <= lb or toks[x - 1].lw != "who" or not toks[x - 2].text.isalpha():
        return None
    head = toks[x - 2].lw
    people = (
        head in lx.PERSON_NOUNS
        or head in lx.COLLECTIVE_WORDS
        or head in lx.TITLE_WORDS
        or head in lx.ADDRESSEES_AT_LARGE
    )
    if not people or not toks[x - 2].text.islower():
        return None
    art = next((y for y in range(x - 3, max(lb, x - 6) - 1, -1) if toks[y].lw in ARTICLES), None)
    if art is None or art - 1 < lb or toks[art - 1].lw not in _ANTECEDENT_PREPOSITIONS:
        return None
    if not all(t.text.isalpha() and t.text.islower() for t in toks[art + 1 : x - 1]):
        return None
    speaker = ctx.resolve(toks, art, x - 1)
    return (speaker, art) if speaker is not None and speaker.kind != SpeakerKind.ORGANIZATION else None


def _title_before(toks: list[Tok], lb: int, a: int) -> int:
    """Where the title before a name starts: ``Labor Secretary Thomas Perez``, ``Mr. Sanders``, and an office
    with its ``of``/``for`` phrases (``the Special Envoy of the Council for Fisheries Anna Berg``)."""
    while a > lb:
        if is_cap(toks[a - 1]) or is_title(toks[a - 1]) or toks[a - 1].text == ".":
            a -= 1
        elif (
            toks[a - 1].lw in ("of", "for", "the")
            and a - 2 > lb
            and any(is_title(t) for t in toks[max(lb, a - 8) : a - 1])
            and (is_cap(toks[a - 2]) or toks[a - 2].lw in ("of", "for"))
        ):
            a -= 1  # "Envoy of the Council for": the office's own phrases, as long as a title word leads them
        else:
            break
    return a


_NOT_BEFORE_ANTECEDENT = frozenset(["the", "a", "an", "of", "in", "at", "from", "for", "on"])


def _relative_end(toks: list[Tok], k: int, end_limit: int) -> int:
    """``Nina Berg, who said the port was safe, will visit …`` (or ``…, told …``): the relative clause closes
    at the comma before the main clause's verb; what follows is the narration about the antecedent."""
    for x in range(k + 1, len(toks) - 1):
        if toks[x].start >= end_limit:
            break
        y = x + 1
        while y < len(toks) - 1 and toks[y].lw in _WHEN_WORDS and toks[y].text.islower():
            y += 1  # "Ann Cole, who prophesied that …, yesterday lost her appeal": when, then the main verb
        nxt = toks[y]
        main_verb = predicate_verb(nxt) or (nxt.text.islower() and nxt.lw in lx.REPORTING_VERBS)
        if y > x + 1 and nxt.text.islower() and nxt.lw in lx.NARRATION_VERBS:
            main_verb = True  # "…, yesterday hit a wall": after a time word, an irregular past is the verb
        if toks[x].text == "," and main_verb:
            return toks[x].start
    return end_limit


def _attributive_participle(toks: list[Tok], k: int) -> bool:
    """``Sixty pledged delegates were at stake``: an ``-ed`` cue word between a number, an article, a
    possessive or a preposition and a lower-case plural noun modifies the noun; it is no finite verb."""
    if k + 1 >= len(toks) or k == 0:
        return False
    noun = toks[k + 1]
    if toks[k - 1].lw == "the" and noun.text.isalpha() and noun.text.islower() and noun.lw not in lx.PRONOUNS:
        return True  # "in the said story", "the stated aim": after "the" the word can only be an adjective
    if not toks[k].lw.endswith("ed"):
        return False
    if not (noun.text.isalpha() and noun.text.islower() and noun.lw.endswith("s") and len(noun.lw) > 3):
        return False
    if noun.lw in lx.PRONOUNS or noun.lw in ("this", "these", "those", "thus", "its"):
        return False
    before = toks[k - 1]
    return before.text[:1].isdigit() or before.lw in _NUMBER_WORDS or before.lw in _ATTRIBUTIVE_BEFORE


def _inverted_start(toks: list[Tok], k: int, n: int) -> int:
    """Where the speaker phrase after the cue ``toks[k]`` starts: its appositive name when a description
    comes first (``said his brother, Tom Hale``), else right after the cue."""
    start = past_cue_time(toks, k + 1, n)
    if start > k + 1 and inverted_end(toks, k + 1, n) == k + 1:
        start = k + 1  # "…, said on Monday.": a day word and no one after it
    named = appositive_name(toks, start, n)
    return named[0] if named is not None else start


def _second_act(toks: list[Tok], k: int, end: int, regions: list[Span]) -> int:
    """``said the fee was unfair and asked the clerk …``: the speaker's next act (``and asked``, ``and
    urged``) ends the content, once the content holds a clause of its own; else ``end``."""
    for x in range(k + 3, len(toks) - 1):
        tok = toks[x]
        if tok.start >= end:
            break
        if tok.lw != "and" or toks[x + 1].lw not in lx.SECOND_ACTS or within(regions, tok.start):
            continue
        if any(t.text.islower() and (t.lw in _FINITE_ANY or _main_verb(t)) for t in toks[k + 1 : x]):
            return toks[x - 1].start if toks[x - 1].text == "," else toks[x].start
    return end


def _as_for_topic(toks: list[Tok], lb: int, subj: int) -> tuple[int, int] | None:
    """``As for Tom Welby, he said …``: the topic set off before a pronoun subject is whom the pronoun
    means (it is named for that), whoever the previous sentences were about; its token range, else None."""
    if subj - lb < 4 or toks[lb].lw != "as" or toks[lb + 1].lw != "for" or toks[subj - 1].text != ",":
        return None
    if any(t.text in (",", ";", ":") or t.text in QUOTES for t in toks[lb + 2 : subj - 1]):
        return None
    return lb + 2, subj - 1


_FRONTING: Final = frozenset(
    ["while", "after", "before", "when", "although", "though", "as", "since", "once", "because", "whereas"]
)
_WHERE: Final = frozenset(["where", "whereupon"])


_COMPANION_LINKS: Final = frozenset(["along", "together"])


def _with_companions(ctx: EnCtx, toks: list[Tok], lb: int, a: int, left: int, speaker: Entity) -> Entity:
    """``Norland's federation, along with FIFA and UEFA, have warned``: the subject a comma-enclosed
    companion phrase is set into speaks with its companions, one group in the order written. Both commas
    are needed (the phrase closes right before the cue), so ``X along with Y said`` is left as read."""
    if left - lb < 6 or toks[left - 1].text != ",":
        return speaker
    x = next(
        (
            x
            for x in range(max(lb + 1, a), left - 3)
            if toks[x].text == "," and toks[x + 1].lw in _COMPANION_LINKS and toks[x + 2].lw == "with"
        ),
        None,
    )
    if x is None:
        return speaker
    h = x
    while h > lb and toks[h - 1].text not in (",", ";", ":", "(", ")") and toks[h - 1].text not in QUOTES:
        h -= 1
    if h == x or x - h > 6:
        return speaker
    head = ctx.resolve(toks, h, x)
    companions = ctx.resolve(toks, x + 3, left - 1)
    if head is None or companions is None or head.kind == SpeakerKind.GROUP:
        return speaker
    members = list(companions.members) if companions.kind == SpeakerKind.GROUP else [companions]
    if not members or any(m is head for m in members):
        return speaker
    return group_of([head, *members])


def _list_group(ctx: EnCtx, toks: list[Tok], items: list[tuple[int, int]]) -> Entity | None:
    """The speakers of a listed subject (``A, B, C and D said``) together, in the order listed; None when
    an item is no speaker or two items are one entity (a name and its repetition)."""
    members = [ctx.resolve(toks, a, b) for a, b in items]
    if any(m is None for m in members) or len({id(m) for m in members}) < len(members):
        return None
    return group_of([m for m in members if m is not None])


def _clause_subject_person(ctx: EnCtx, toks: list[Tok], lb: int, subj: int) -> Entity | None:
    """``he``/``she`` after a clause in the same sentence that names its own subject: that person.

    ``While Reyes thanked the divers hired by Daud, he said …`` — the fronted clause's subject (not a
    name inside its object); ``Mayor Tom Reyes visited the quay, where he said …`` — the sentence's
    subject before the relative ``where``. A fronted participle with no subject (``After meeting Daud,
    she said …``) names nobody the pronoun can mean: the narration's person, as if the clause were not
    there. Only a person whose known gender (if any) the pronoun allows; else None (the usual reading
    stands)."""
    word = toks[subj].lw
    if word not in ("he", "she") or subj - lb < 3:
        return None
    gender, number = lx.PRONOUNS[word]
    opens = intro_end(toks, lb, subj) if toks[lb].lw not in _FRONTING else lb
    if toks[subj - 1].lw in _WHERE and toks[subj - 2].text == ",":
        start = opens  # "X visited the quay, where he said …": the sentence's subject
    elif toks[lb].lw in _FRONTING and toks[subj - 1].text == ",":
        start = lb + 1  # "While X thanked …, he said …": the fronted clause's subject
        if toks[start].text.islower() and toks[start].lw.endswith("ing"):
            entity = ctx.resolve_pronoun(word, toks[lb].start)  # "After meeting Daud, she …": not Daud
            return entity if entity is not None and entity.kind == SpeakerKind.PERSON else None
    else:
        return None
    end = leading_np(toks, start, subj - 1)
    verb = toks[end] if end < subj - 1 else None
    if verb is None or not (predicate_verb(verb) or (verb.text.islower() and verb.lw in lx.NARRATION_VERBS)):
        return None
    entity = ctx.resolve(toks, start, end)
    if entity is None or entity.kind != SpeakerKind.PERSON or not entity.agrees(gender, number):
        return None
    return entity


def _bare_one_word_person(speaker: Entity) -> bool:
    """A speaker read as a person from one capitalised word, with no title, given name or pronoun seen
    (``Vektora``): as the subject of ``reports`` it is a medium (people who report are named in full or
    by a title), so later ``he``/``she`` do not go to it."""
    return (
        speaker.kind == SpeakerKind.PERSON
        and speaker.named
        and not speaker.role
        and not speaker.gender
        and " " not in speaker.canonical
        and not speaker.members
    )


def _clause_then_inverted(toks: list[Tok], lb: int, cue_start: int, k: int, end: int) -> bool:
    """``The Herald is vital for any country said Vake.``: a whole clause, then with no comma the cue, a
    name and the sentence's end — the inverted cue of a post-posed report, its comma left out."""
    if cue_start != k or not _clause_before(toks, lb, cue_start) or _reports_before(toks, lb, cue_start):
        return False
    inv_end = inverted_end(toks, k + 1, len(toks))
    return inv_end > k + 1 and is_cap(toks[k + 1]) and tail_only(toks, inv_end, end)


def _reports_before(toks: list[Tok], lb: int, x: int) -> bool:
    """A reporting verb already stands before ``x`` (``CNN reported that night Ex-CIA chief Petraeus
    testifies …``): the words before the name are another report's, never a post-posed content."""
    return any(t.lw in lx.REPORTING_VERBS and t.text.islower() for t in toks[lb:x])


def _closing_speaker_start(toks: list[Tok], lb: int, named: int, k: int, end: int) -> int:
    """``Clinics will stay open for humanitarian reasons the union spokesman Alen Mirow has said.``: a
    clause, then a title and name with no comma, then the cue closing the sentence — the name's phrase
    (back over lower-case title words and an article: ``the union spokesman``) is who speaks, the clause
    before it what; with words after the cue the title + name is the subject of a clause that goes on,
    and ``lb`` stays."""
    if not tail_only(toks, k + 1, end) or _comma_before(toks, named) or _reports_before(toks, lb, named):
        return lb
    start = named
    while start - 1 > lb and toks[start - 1].text.islower() and (
        toks[start - 1].lw in lx.TITLE_WORDS or toks[start - 1].lw in lx.ORG_WORDS
    ):
        start -= 1
    if start - 1 > lb and toks[start - 1].lw in ARTICLES:
        start -= 1
    return start if start - lb >= 3 else lb


def _comma_before(toks: list[Tok], cue_start: int) -> bool:
    """A comma closes what comes before the cue, maybe inside a closing mark (``They “liked it,” said``)."""
    before = toks[cue_start - 1].text if cue_start > 0 else ""
    return before == "," or (before in QUOTES and cue_start > 1 and toks[cue_start - 2].text == ",")


def _clause_before(toks: list[Tok], a: int, b: int) -> bool:
    """``toks[a:b]`` is a clause of its own (a finite verb after its first words, no relative pronoun that
    would make it a long subject): what a post-posed ``, said X`` closes."""
    if b - a < 5 or any(
        toks[x].lw in ("who", "which", "whose", "whom") and toks[x - 1].text == "," for x in range(a + 1, b)
    ):
        return False  # "Ann Cole, who was elected in May, said …": a subject with its relative clause
    return any(
        t.text.islower() and (t.lw in _FINITE_ANY or t.lw in lx.NARRATION_VERBS) for t in toks[a + 1 : b]
    )


def _document_reads(toks: list[Tok], k: int) -> bool:
    """``the statement read``, ``It read as follows:``: ``read`` reports a document's words only after a
    document noun with its determiner, or ``it`` followed by ``as follows`` or a colon."""
    if k == 0:
        return False
    b = k
    while b > 1 and toks[b - 1].lw in _READ_ADVERBS:
        b -= 1  # "the statement further read": the adverb sits between the document and its verb
    before = toks[b - 1].lw
    if before == "it":
        nxt = [t.lw for t in toks[k + 1 : k + 3]]
        return nxt[:1] == [":"] or nxt == ["as", "follows"]
    if _written(before):
        return b > 1 and toks[b - 2].lw in _READ_DETERMINERS
    # "an alert from the embassy reads", "the statement by the board read": the document, then its author
    source = next((x for x in range(b - 2, max(0, b - 9), -1) if toks[x].lw in ("from", "by")), None)
    return (
        source is not None
        and source >= 2
        and _written(toks[source - 1].lw)
        and toks[source - 2].lw in _READ_DETERMINERS
        and all(t.text[:1].isalnum() for t in toks[source + 1 : b])
    )


def _written(word: str) -> bool:
    return word in STATEMENTS or word in lx.WRITTEN_NOUNS


_READ_ADVERBS: Final = frozenset(["further", "also", "then", "partly", "simply"])


_READ_DETERMINERS: Final = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "this", "that", "joint"]
)


def _document_before(toks: list[Tok], k: int) -> int | None:
    """``the Mail on Sunday report`` in ``… report that said …``: a document as a relative's subject."""
    if k < 3 or toks[k - 1].lw not in ("that", "which") or toks[k - 2].lw not in DOCUMENTS:
        return None
    a = k - 2
    while a > 0 and k - a < 9:
        t = toks[a - 1]
        inside = (
            t.lw in ("on", "of", "for")
            and a > 1
            and toks[a - 2].text[0].isupper()
            and toks[a].text[0].isupper()
        )
        if t.lw in ("the", "a", "an"):
            return a - 1
        if not (
            t.text[0].isupper() or inside or (t.text.isalpha() and t.text.islower() and t.lw not in _DOC_STOP)
        ):
            break
        a -= 1
    return a if a < k - 2 else None


_DOC_STOP: Final = frozenset(
    ["to", "of", "in", "on", "by", "from", "about", "that", "and", "with", "as", "after", "said"]
)


def _resolution(
    toks: list[Tok], cue_start: int, speaker: Entity, nested_in: Draft | None, made: list[Draft]
) -> str:
    """How the speaker was found (Draft.resolution): nested, pronoun, carried over, or the entity's kind."""
    if nested_in is not None:
        return "nested"
    before = toks[cue_start - 1].lw if cue_start > 0 else ""
    if before in lx.PRONOUNS:
        return "pronoun"
    if before in ("and", "but", "then") and made and made[-1].speaker is speaker:
        return made[-1].resolution or "continuation"
    if speaker.kind == SpeakerKind.PERSON:
        return "named" if speaker.named else "title"
    return "org" if speaker.kind == SpeakerKind.ORGANIZATION else "group"


__all__ = ["extract_english"]


def _lead_participle(toks: list[Tok]) -> int | None:
    """``Adding(,) that repairs would take a year.``: a sentence opened by a reporting participle and its
    ``that`` clause, with no subject of its own after it — where the content starts (the ``that``)."""
    if len(toks) < 5 or toks[0].lw not in lx.PARTICIPLE_CUES or not toks[0].text[:1].isupper():
        return None
    x = 2 if toks[1].text == "," else 1
    if toks[x].lw != "that":
        return None
    for y in range(x + 1, len(toks) - 1):
        if toks[y].text == "," and (toks[y + 1].lw in lx.PRONOUNS or toks[y + 1].text[:1].isupper()):
            return None  # "Adding that …, she apologised": the participle is fronted, its subject follows
    return x


def _act_before_participle_claim(toks: list[Tok], made: list[Draft]) -> int | None:
    """``The court granted two weeks, adding that …``, ``The office declined the case, citing a lack of
    evidence``: when the sentence's only claims hang on a participle after a comma, the act before that
    comma is still the outlet's event (as it is when no claim is made, events._event_before_participle)."""
    x = next(
        (x for x in range(6, len(toks)) if toks[x].lw in LEAD_PARTICIPLES and toks[x - 1].text == ","), None
    )
    if x is None or not all(d.start >= toks[x].start for d in made):
        return None
    head = toks[: x - 1]
    if any(t.lw in STATEMENTS for t in head) or not _is_event(head, head[0].text[:1]):
        return None
    return head[-1].end


# Tested inline in the cue scan before the call: a set lookup per token instead of a function call per token
_MAKE_FORMS: Final = frozenset(("made", "makes", "make"))
# Every word that can open a cue (a reporting verb, a form of "make", a bare plural-present form): the cue
# scan runs its tests (a call for the plural forms) on these tokens only, not on every token
_CUE_WORDS: Final = frozenset([*lx.REPORTING_VERBS, *_MAKE_FORMS, *lx.PLURAL_PRESENT_VERBS])


# Words a frame may make a cue of besides the "-ed" forms: the listed verbs of communication or belief in
# other forms ("thinks", "swore") and the verbs of issuing and appealing ("issues a warning", "appeals for")
_FRAME_WORDS: Final = frozenset([*lx.FRAME_VERBS, *lx.ISSUING_VERBS, *lx.APPEAL_VERBS])


def _frame_or_appeal(toks: list[Tok], k: int) -> bool:
    """A cue no reporting verb makes: a light verb with a speech noun, or a verb read by its frame."""
    return appeal_cue(toks, k) or frame_cue(toks, k)


def _other_lemma(toks: list[Tok], k: int) -> str:
    """The lemma of a cue outside the reporting verbs: ``made it clear``, a stance, an appeal, or a frame."""
    if toks[k].lw in _MAKE_FORMS and _makes_clear(toks, k):
        return "make"
    if stance_cue(toks, k):
        return STANCE
    return APPEAL if appeal_cue(toks, k) else FRAME


def _makes_clear(toks: list[Tok], k: int) -> bool:
    """``made it clear (to them) that …``, ``made clear (its view) that …``: a phrasal cue whose verb alone
    reports nothing."""
    if toks[k].lw not in _MAKE_FORMS or k + 2 >= len(toks):
        return False
    if toks[k + 1].lw in ("clear", "plain"):
        return True
    return toks[k + 1].lw == "it" and toks[k + 2].lw in ("clear", "plain")
