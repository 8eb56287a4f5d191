"""Arabic attribution rules: cues, speakers, contents, continuations, nested reports, events.

Reads sentence by sentence on a folded copy (guideline §3 normalisation) and keeps offsets.
A finite reporting verb opens a claim (VSO: the subject follows the verb; pro-drop: the subject
is resolved by agreement), participles stay inside it, a run-on paragraph starts a new claim at
each finite cue, and a quotation holding its own cue yields a nested claim with ``via``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Final

from claims.candidates import CleanDocument
from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.claim import RELATIVES, claim, kana_clause, passive_relay
from claims.extract.arabic.completion import complete_speakers
from claims.extract.arabic.content import FRAME_OPENERS, clause_start, content_start, participle, written_prep
from claims.extract.arabic.cue_forms import CueForm, f, fold_set
from claims.extract.arabic.cues import Cue, find_cues
from claims.extract.arabic.events import (
    CONTINUING,
    OCCASION_PREPS,
    event_span,
    lead_event,
    narration_verb,
    occasion_frame,
    occasion_tail,
    reaction_verb,
    teaser,
)
from claims.extract.arabic.issued import issued_statement
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.nested import finalise, nested, relayed
from claims.extract.arabic.noun_cues import focused_remarks, noun_report, own_statement
from claims.extract.arabic.noun_phrases import Ctx, _state_participle, registry_match
from claims.extract.arabic.organisations import collective
from claims.extract.arabic.register import BULLETS, register_names, units_of
from claims.extract.arabic.sources import attach_sources, opening_pronoun_phrase, pronoun_phrase
from claims.extract.arabic.speaker_candidates import choose_subject
from claims.extract.arabic.subjects import quote_before
from claims.extract.arabic.titles import title_end
from claims.extract.arabic.words import (
    COLLECTIVES,
    COMPLEMENTISERS,
    EVENT_VERBS,
    FORMS_OF_ADDRESS,
    GIVEN,
    MEDIA_HEADS,
    TITLES,
    in_lexicon,
    is_cue,
    strip_clitic,
)
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity, Registry
from claims.extract.core.tokens import QUOTE_CHARS, START, Tok, tokenize
from claims.text.normalize import Folded, fold
from claims.text.segment import Span, paragraphs, quote_regions, within
from claims.types import ClaimKind, SpeakerKind

AUTHOR_VOICE: Final = tuple(f(p) for p in lx.AUTHOR_VOICE)
TURN_MARKERS: Final = tuple(f(p) for p in lx.TURN_MARKERS)
CONTINUATION_OPENERS: Final = tuple(f(p) for p in lx.CONTINUATION_OPENERS)
RELATED_HEADERS: Final = fold_set(lx.RELATED_HEADERS)


def extract_arabic(doc: CleanDocument, folded: Folded, outlet: Entity) -> tuple[list[Draft], list[str]]:
    """Drafts for an Arabic document, plus the folded names known (for check-worthiness)."""
    ctx = Ctx(doc.text, folded, Registry())
    units = units_of(ctx)
    ctx.reg.sentence_starts = [span.start for _, span, _, _ in units]
    ctx.reg.set_quoted(
        [(q.start, q.end) for para in paragraphs(ctx.f) for q in quote_regions(ctx.f, para.start, para.end)]
    )
    register_names(ctx, units)
    drafts: list[Draft] = []
    last_claim_unit = -10
    title = fold(doc.title).text.strip() if doc.title else ""
    headings = [title] if len(title.split()) >= _REPEAT_WORDS else []
    for index, (para, span, toks, heading) in enumerate(units):
        # "وقد قامت الوكالة بحذف الخبر" without its full stop: no headline opens with وقد, so it is prose
        heading = heading and not (toks and toks[0].text in CONTINUING)
        if heading and ctx.f[span.start : span.end].strip(" :.-–") in RELATED_HEADERS:
            break  # "أهم الأخبار", "قد يعجبك أيضاً": other stories' teasers follow, not the article
        announced = ctx.announced
        if announced is not None:
            item = _announced_item(ctx, units, index, announced)
            if item is not None:  # "قال X:" above: its statement, line by line ("- …")
                drafts.append(item)
                last_claim_unit = index
                announced.cue = announced.mention = ""  # later items go on with no cue of their own
                continue
            if units[index][0] != units[index - 1][0]:
                ctx.announced = None  # a new paragraph that is no item ends the statement
        item = _bullet_item(ctx, span, toks, index - last_claim_unit == 1) if heading else None
        if item is None and heading and _bullets_follow(units, index):
            item = _labelled(ctx, toks, span.end, quote_regions(ctx.f, span.start, span.end))
            if item is not None:  # "الرئيس: …" over a bulleted list: the speaker's line, not a sub-head
                ctx.reg.spoke(item.speaker)
        if item is not None:  # "▪️نرفض أي اعتداء …" under a speaker's line: a point of the same statement
            drafts.append(item)
            last_claim_unit = index
            continue
        if heading and len(toks) >= _REPEAT_WORDS:
            headings.append(ctx.f[span.start : span.end])
        if heading or not toks or span.start < ctx.skip_until:
            continue
        if headings and ctx.f.startswith(tuple(headings), span.start):
            continue  # the headline printed again above the article (its standfirst line glued on)
        if _preview(ctx, units, index) or _teaser_below(ctx, units, index):
            continue
        if index + 1 == len(units):
            whole = _cut_off(ctx, span, toks)
            if whole is None:
                continue
            span, toks = whole
        made = _sentence(ctx, span, toks, index - last_claim_unit == 1, drafts, outlet, para, units, index)
        if made:
            last_claim_unit = index
    _name_unnamed_holder(drafts)
    complete_speakers(ctx, drafts)
    keys = [k for e in ctx.reg.entities for k in e.keys]
    return drafts, keys


_SHORT_NAME: Final = 2  # words: a surname or a given name and a surname, as a page repeats a name


def _name_unnamed_holder(drafts: list[Draft]) -> None:
    """``أكد وزير الداخلية … وأشار مرّاد إلى … وشدد وزير الداخلية على …``: a short name with no title
    anywhere, whose claims sit between claims of one title nobody named (the claim just before and
    the one just after are the title's), of the same gender, is that title's holder; the page named
    him in passing. The title's claims take the name (guideline §3: the fullest name), the name's
    claims the title's role. Scored by position: the title must speak on both sides, so a new person
    who speaks once between two other speakers (``وقال شولتس``) keeps his own name."""
    said = sorted((d for d in drafts if d.kind != ClaimKind.EVENT), key=lambda d: d.start)
    runs: list[tuple[Entity, list[Draft]]] = []
    for d in said:
        if runs and runs[-1][0] is d.speaker:
            runs[-1][1].append(d)
        else:
            runs.append((d.speaker, [d]))
    found: list[tuple[Entity, Entity]] = []
    for k in range(1, len(runs) - 1):
        name, title = runs[k][0], runs[k - 1][0]
        if runs[k + 1][0] is not title or not _bare_name(name) or not _unnamed_title(title):
            continue
        if name.gender and title.gender and name.gender != title.gender:
            continue
        if any(r[0] is name for r in runs[: k - 1] + runs[k + 2 :]):
            continue  # the name speaks elsewhere too: someone of his own, not the title's holder
        found.append((name, title))
    if len({id(t) for _, t in found}) != len(found) or len({id(n) for n, _ in found}) != len(found):
        return  # one title, one name: two candidates for one office are not resolved by position
    for name, title in found:
        title.canonical, title.named, title.keys = name.canonical, True, title.keys | name.keys
        for d in said:
            if d.speaker is name:
                d.speaker = title


def _bare_name(entity: Entity) -> bool:
    return (
        entity.kind == SpeakerKind.PERSON
        and entity.named
        and not entity.role
        and len(entity.canonical.split()) <= _SHORT_NAME
    )


def _unnamed_title(entity: Entity) -> bool:
    return entity.kind == SpeakerKind.PERSON and not entity.named and bool(entity.role)


_REPEAT_WORDS: Final = 4  # a headline this long, printed again, is no new sentence


def _np_end(ctx: Ctx, toks: list[Tok], start: int, end: int) -> int:
    """``نفت قطر استدعاء السفير لديها، وجاء في خبر …``: a content that is a noun phrase (no
    complementiser, no quotation) ends where a comma and a و-joined verb start the next clause."""
    first = ctx.f[start : start + 12].split(" ", 1)[0]
    if first in COMPLEMENTISERS:
        return _narration_end(toks, start, end)
    if not first or first[0] in QUOTE_CHARS or first[0] in ":«\"":
        return end
    cut = _clause_break(toks, start, end, lambda subject: True)
    cut = end if cut < end and _participle_after(toks, cut, end) else cut
    return _also_clause(toks, start, cut)


def _also_clause(toks: list[Tok], start: int, end: int) -> int:
    """``أوضحت خلاله الخسائر … كما تطرق مسؤولو الوزارة إلى …``: inside a noun-phrase content, ``كما``
    with a finite verb (a cue or a narrative verb) starts the outlet's next clause."""
    first = max(1, bisect_right(toks, start, key=START))
    for m in range(first, min(len(toks) - 1, bisect_left(toks, end, key=START))):
        w = toks[m + 1].text
        if toks[m].text == "كما" and (is_cue(w) or w in EVENT_VERBS):
            return toks[m].start
    return end


def _participle_after(toks: list[Tok], cut: int, end: int) -> bool:
    """``أفاد مصدر بتواجد قوة …، ووصلت طريق …، مضيفاً أن …``: a reporting participle after a comma
    later in the sentence carries the speaker on (§4.1), so the و-verb before it was still told by
    the speaker, not the outlet's next clause."""
    first = bisect_right(toks, cut, key=START)
    for m in range(max(first, 1), bisect_left(toks, end, key=START)):
        if toks[m - 1].text in ("،", ",") and participle(toks[m].text):
            return True
    return False


def _narration_end(toks: list[Tok], start: int, end: int) -> int:
    """``أكد الوالي أن …، وزار الوزير الموقع …``: after a comma, a و-joined narrative verb with a
    titled or named subject of its own starts the outlet's next clause, not the reported one."""
    return _clause_break(toks, start, end, lambda subject: in_lexicon(subject, TITLES) is not None or subject in GIVEN)


def _clause_break(toks: list[Tok], start: int, end: int, subject_ok: Callable[[str], bool]) -> int:
    """Where ``، و<narrative verb>`` starts a new clause inside ``start:end`` (the comma's offset) when
    the word after the verb passes ``subject_ok``; ``end`` when no clause starts."""
    # only the tokens starting inside (start, end), found by bisection (tokens are in text order)
    first = max(1, bisect_right(toks, start, key=START))
    for m in range(first, min(len(toks) - 1, bisect_left(toks, end, key=START))):
        t = toks[m]
        w = t.text
        if toks[m - 1].text in ("،", ",") and len(w) > 3 and w[0] == "و" and w[1:] in EVENT_VERBS:
            if subject_ok(toks[m + 1].text):
                return toks[m - 1].start
    return end


def _sentence(
    ctx: Ctx,
    span: Span,
    toks: list[Tok],
    follows_claim: bool,
    drafts: list[Draft],
    outlet: Entity,
    para: int,
    units: list[tuple[int, Span, list[Tok], bool]],
    index: int,
    background: bool = False,
) -> bool:
    """Claims of one sentence; returns whether any attribution was made (``background``: an
    author-voice sentence read for a report it recalls)."""
    ctx.reg.cursor = span.start
    text = ctx.f[span.start : span.end]
    # "تجدر الإشارة إلى أن …": the outlet's own background, maybe an event
    if text.startswith(AUTHOR_VOICE) and not background:
        recalled = _background_report(ctx, span, toks, follows_claim, outlet, para, units, index)
        if recalled:  # "يذكر أن المتحدث X، أكد السبت، أن …": a report recalled in it, named there
            drafts.extend(recalled)
            return True
        event = event_span(ctx, span, toks, [])
        if event is not None:
            drafts.append(Draft(outlet, event.start, event.end, ClaimKind.EVENT, confidence=0.6))
        return False
    phrase = pronoun_phrase(text)
    if phrase is not None and phrase[0] == 0:
        return _closing_phrase(ctx, span, phrase, drafts, units, index, follows_claim)
    end_limit = span.end if phrase is None else span.start + phrase[0]
    turn = text.startswith(TURN_MARKERS)
    actor = _narrative_subject(ctx, toks)
    if actor is not None:  # "واستقبل الوزير X نظيره Y …": X is who a later pro-drop cue is about
        ctx.reg.actor = actor
    regions = quote_regions(ctx.f, span.start, span.end)
    made: list[Draft] = []
    cues = [c for c in find_cues(toks) if toks[c.k].start < end_limit]
    finite = [
        c
        for c in cues
        if not (
            c.form.participle
            or within(regions, toks[c.k].start)
            or _in_source_phrase(toks, c.k)
            or (_passive(ctx, toks[c.k], c) and not _passive_relay(toks, c))
            or _after_fronted_clause(toks, c)
        )
    ]
    opened: list[tuple[int, Draft]] = []
    for cue in finite:
        if opened and _embedded(toks, cue):
            continue  # "… إن الفحوص المخبرية أكدت أن …": a verb inside the content is no new claim
        if teaser(toks, cue):
            continue  # "كشف التيار عن موقف زعيمه …": names a statement, says none of it (§4.12)
        if _passive_relay(toks, cue) and _passive(ctx, toks[cue.k], cue):
            draft = passive_relay(ctx, toks, cue, end_limit)  # "ونُقل عن مصدر … أن": the source speaks
        else:
            draft = claim(ctx, toks, cue, turn and not opened, end_limit, bool(opened))
        if draft is None or any(d.start == draft.start for _, d in opened):
            continue
        before = quote_before(ctx, toks, cue.k, regions, opened)
        if before is not None:
            made.append(
                Draft(
                    draft.speaker,
                    before.start + 1,
                    before.end - 1,
                    ClaimKind.DIRECT,
                    cue=draft.cue,
                    mention=draft.mention,
                    confidence=draft.confidence,
                )
            )
            first = ctx.f[draft.start : draft.start + 16].lstrip("،, ").split(" ", 1)[0].strip("،,")
            rest = ctx.f[draft.start : end_limit]
            framed = first in FRAME_OPENERS or first in ("خلال", "لدى", "اثناء")
            if framed and not any(w in COMPLEMENTISERS for w in rest.split()) and ":" not in rest:
                ctx.reg.spoke(draft.speaker)
                continue  # "«…»، أكد الرئيس خلال لقائه …": the quotation is the whole claim
            if participle(first) or (first[:1] in "وف" and participle(first[1:])):
                draft.cue = ctx.orig(draft.start, draft.start + len(first))  # "…، مضيفاً أن …" (§4.9)
        opened.append((cue.k, draft))
        ctx.reg.spoke(draft.speaker)
    # Each claim runs to the clause boundary before the next top-level claim (run-on paragraphs).
    forms = {c.k: c.form for c in finite}
    inner: list[Draft] = []  # the reports nested in the previous claim
    for idx, (k, draft) in enumerate(opened):
        reported = next((d for d in inner if d.speaker.agrees(forms[k].gender, forms[k].number)), None)
        if idx and not draft.mention and reported is not None and draft.start > toks[k].start:
            # "ذكرت الوكالة أن المديرية حذرت …، وقالت إن …": the reported body goes on speaking
            draft.speaker, draft.via = reported.speaker, reported.via
            draft.resolution = "nested"
        if draft.start < toks[k].start:  # a postposed cue: the content ends where its clause starts
            draft.end = clause_start(toks, k, draft.start)
        elif idx + 1 < len(opened):
            draft.end = clause_start(toks, opened[idx + 1][0], draft.start)
            kana = kana_clause(toks, opened[idx + 1][0])
            if kana and toks[kana].start > draft.start:
                # "…، وكان X كشف …": the next clause starts at the comma
                draft.end = min(draft.end, toks[kana].start)
            if ctx.f[draft.start : draft.start + 12].split(" ", 1)[0] in COMPLEMENTISERS:
                draft.end = _narration_end(toks, draft.start, draft.end)
        else:
            draft.end = _np_end(ctx, toks, draft.start, end_limit)
        after_act = _after_also_act(ctx, toks, cues, draft)
        finalise(ctx, draft, regions)
        if after_act is not None:
            finalise(ctx, after_act, regions)
            made.append(after_act)
        tail = occasion_tail(ctx, toks, draft.start, draft.end, regions)
        if tail is not None:  # "…، وذلك خلال مؤتمر صحفي …": the outlet's occasion, not the speaker's words
            draft.end = len(ctx.f[: tail.start].rstrip(" ،,"))
            drafts.append(Draft(outlet, tail.start, tail.end, ClaimKind.EVENT, confidence=0.6))
        if draft.end - draft.start < 2:
            byline = forms[k].lemma == "كتب" and toks[k].text[:1] not in "وف"  # "كتب X:": the article's author
            if idx + 1 == len(opened) and not byline and _colon_closed(ctx, span, draft):
                ctx.announced = draft  # "قال محافظ نابلس:" ending its line: the words come below it
            continue
        made.append(draft)
        inner = nested(ctx, toks, draft, regions)
        made.extend(inner)
        medium = draft.speaker.brand or draft.speaker.head in MEDIA_HEADS  # an agency relays the body's words
        inner = [d for d in inner if d.speaker.kind != SpeakerKind.GROUP and d.via] if medium else []
        made.extend(relayed(ctx, toks, draft))
    if not made:
        labelled = _labelled(ctx, toks, end_limit, regions)
        if labelled is not None and phrase is None:
            last = max(u[1].end for u in units[index:] if u[0] == para)
            if last > labelled.end:  # the answer runs to the end of its paragraph
                labelled.end = last
                finalise(ctx, labelled, quote_regions(ctx.f, span.start, last))
                ctx.skip_until = last
            made.append(labelled)
            ctx.reg.spoke(labelled.speaker)
    if not made:
        said = noun_report(ctx, toks, end_limit, regions) or own_statement(ctx, toks, end_limit, regions)
        said = said or focused_remarks(ctx, toks, end_limit, regions)
        said = said or issued_statement(ctx, toks, end_limit, regions)  # "وجاء في البيان: …"
        if said is not None:  # "في إفادة لمصدر أمني بأن …": a noun of statement, no verb
            made.append(said)
            ctx.reg.spoke(said.speaker)
    # "مضيفة حسب وكالة X أن …": a sentence opened by a reporting participle goes on with the current
    # speaker (``_continuation``); a source phrase in it is that speaker's intermediary, not a speaker
    lead_participle = bool(cues) and cues[0].k == 0 and cues[0].form.participle and bool(ctx.reg.speakers)
    if made or actor is not None or not lead_participle:
        made.extend(attach_sources(ctx, toks, span, made, end_limit))
    opening = opening_pronoun_phrase(text) if not made and ctx.reg.speakers else None
    if opening is not None:  # "ووفقاً لأقواله؛ فإن …": the current speaker's words, the phrase its cue
        cue_text = ctx.orig(span.start + opening[1], span.start + opening[2])
        made.append(
            Draft(ctx.reg.speakers[-1], span.start + opening[0], end_limit, ClaimKind.INDIRECT, cue=cue_text, confidence=0.65)
        )
    if not made:
        same_para = index > 0 and units[index - 1][0] == para
        previous = next((d for d in reversed(drafts) if d.kind != ClaimKind.EVENT), None)
        figures = follows_claim and previous is not None and not cues and _same_figures(ctx, previous, toks)
        cont = None if actor is not None else _continuation(
            ctx, span, toks, cues, text, follows_claim or figures, phrase, end_limit, same_para or figures
        )
        if cont is not None:
            made.append(cont)
            made.extend(attach_sources(ctx, toks, span, made, end_limit))
    if not made:
        reports = [  # not "يعرب" in "الدكتور يعرب بدر", not "المواطن الذي أعلن عن إصابته"
            c
            for c in cues
            if not (
                within(regions, toks[c.k].start)
                or teaser(toks, c)
                or (c.form.imperfect and _embedded(toks, c))
                or (c.k > 0 and toks[c.k - 1].text in RELATIVES and not _relative_report(toks, c.k))
            )
        ]
        crowd = _crowd_participle(ctx, toks, cues, end_limit)
        crowd = crowd or _subject_participle(ctx, toks, cues, end_limit)
        if crowd is not None:  # "…العشرات خرجوا … معربين عن دعمهم …": the crowd's words, and the act
            at, said = crowd
            # "ردت الوزارة على الأنباء …، موضحة أن …": a reply told by its participle is no act of its own
            event = None if reaction_verb(toks[0].text) else event_span(ctx, span, toks, [])
            cut = clause_start(toks, at, span.start)
            if event is not None and cut > event.start:
                cut = len(ctx.f[:cut].rstrip(" ،,"))
                drafts.append(Draft(outlet, event.start, cut, ClaimKind.EVENT, confidence=0.6))
            drafts.append(said)
            return True
        event = event_span(ctx, span, toks, reports)
        relative = next((c for c in reports if c.k > 5 and toks[c.k - 1].text in RELATIVES), None)
        if event is None and relative is not None:  # "…، والذي أعلن من خلاله التنظيم …": the act before it
            at = relative.k - 1
            event = lead_event(ctx, toks, span, at, clause_start(toks, at, span.start))
        if event is not None:
            drafts.append(Draft(outlet, event.start, event.end, ClaimKind.EVENT, confidence=0.6))
        return False
    if opened and opened[0][1] in made and opened[0][1].start > toks[opened[0][0]].start:
        k = opened[0][0]
        k = k - 1 if toks[k - 1].text in RELATIVES else k  # "…بيانا، والذي أعلن …": the act ends before the relative
        lead = lead_event(ctx, toks, span, k, clause_start(toks, k, span.start)) if k >= 5 else None
        if lead is not None:
            drafts.append(Draft(outlet, lead.start, lead.end, ClaimKind.EVENT, confidence=0.6))
    if opened:  # "أكدت القيادات، خلال جلسة عُقدت الأربعاء في بغداد، أن …": the occasion took place
        frame = occasion_frame(ctx, toks, [Span(d.start, d.end) for d in made])
        if frame is not None:
            drafts.append(Draft(outlet, frame.start, frame.end, ClaimKind.EVENT, confidence=0.6))
    drafts.extend(made)
    return bool(made)


def _background_report(
    ctx: Ctx,
    span: Span,
    toks: list[Tok],
    follows_claim: bool,
    outlet: Entity,
    para: int,
    units: list[tuple[int, Span, list[Tok], bool]],
    index: int,
) -> list[Draft]:
    """``يذكر أن المتحدث باسم الحكومة سامي نور، أكد أمس، أن …``: an author-voice sentence recalling a
    report whose speaker it names (an SVO subject before a finite cue) holds that claim. Only claims
    whose speaker is named in the sentence count; a pronoun or a carried speaker stays background."""
    if not any(not c.form.participle and c.k >= 3 for c in find_cues(toks)):
        return []
    found: list[Draft] = []
    saved = list(ctx.reg.speakers)
    _sentence(ctx, span, toks, follows_claim, found, outlet, para, units, index, background=True)
    kept = [d for d in found if d.kind != ClaimKind.EVENT and d.mention and not d.via]
    kept = [d for d in kept if d.speaker.kind != SpeakerKind.OUTLET and _reported_clause(ctx, d)]
    if not kept:
        ctx.reg.speakers[:] = saved
    return kept


def _reported_clause(ctx: Ctx, draft: Draft) -> bool:
    """The claim's content is a reported clause (``أن …``, ``إن …``, a quotation), not an announced
    object (``أعلن الجيش في مارس استعادة …`` recalled by the outlet stays its background)."""
    if draft.kind == ClaimKind.DIRECT:
        return True
    first = ctx.f[draft.start : draft.start + 12].split(" ", 1)[0]
    return first in COMPLEMENTISERS or first[:1] in QUOTE_CHARS or first[:1] in "«:"


_PLURAL_VERB_END: Final = "وا"


_NOT_VERBS: Final = fold_set(
    ("هو", "هي", "هم", "في", "من", "على", "إلى", "لو", "لا", "لم", "لن", "قد", "أن", "إن", "يلي")
)


def _after_also_act(ctx: Ctx, toks: list[Tok], cues: list[Cue], draft: Draft) -> Draft | None:
    """``أكد X أن …، كما توجه بالشكر لـ …، مشيراً إلى أن …``: inside a content, ``، كما`` and a verb
    that is no report (an act of the speaker's: he thanked) closes the statement; a reporting
    participle after a comma further on hangs on that act, so it opens a claim of its own, same
    speaker (§4.1, §4.10). Only with such a participle: ``، كما جاء في …`` alone stays in the content.
    Shortens ``draft`` and returns the participle's claim."""
    n = len(toks)
    for m in range(1, n - 2):
        if toks[m].start < draft.start or toks[m].start >= draft.end:
            continue
        if toks[m].text != "كما" or toks[m - 1].text not in ("،", ","):
            continue
        verb = toks[m + 1].text
        if not verb[0].isalpha() or verb.startswith("ال") or verb in _NOT_VERBS or verb in COMPLEMENTISERS:
            return None
        later = next(
            (
                c
                for c in cues
                if c.form.participle and c.k > m + 2 and toks[c.k].start < draft.end and toks[c.k - 1].text in ("،", ",")
            ),
            None,
        )
        if later is None:  # a cue right after كما that opened no claim (توجه: no charge) is an act too
            return None
        found = content_start(toks, later.k + 1, n, later.form)
        if found is None or found[0] >= draft.end:
            return None
        start, prep = found
        cue_tok = toks[later.k]
        cue = ctx.orig(cue_tok.start, cue_tok.end)
        if prep:
            cue += " " + written_prep(ctx.orig, toks[later.k + 1 :], start, prep)
        out = Draft(draft.speaker, start, draft.end, ClaimKind.INDIRECT, cue=cue, confidence=draft.confidence - 0.1)
        out.resolution = draft.resolution
        draft.end = toks[m - 1].start
        return out
    return None


def _crowd_participle(ctx: Ctx, toks: list[Tok], cues: list[Cue], end_limit: int) -> tuple[int, Draft] | None:
    """``وتجمع العشرات أمام البلدية معربين عن رفضهم للقرار``: in a sentence that made no claim, a plural
    reporting participle (``…ين``) with its complement reports what the crowd said; the crowd is the
    sentence's definite plural subject (after its verb, or before a plural verb ``خرجوا``). Returns
    the participle's index and the crowd's claim (guideline §4.5: an unnamed collective)."""
    for cue in cues:
        k = cue.k
        if not cue.form.participle or not toks[k].text.endswith("ين") or k < 2:
            continue
        found = content_start(toks, k + 1, len(toks), cue.form)
        if found is None or (cue.form.prep_required and not found[1]):
            continue
        crowd = _crowd_at(toks, k)
        if crowd is None:
            return None
        head = toks[crowd].text
        end = crowd + 1  # the head alone ("المحتجون الطرقات": the object follows), or "العشرات من …"
        if end + 1 < k and toks[end].text == "من" and toks[end + 1].text.startswith("ال"):
            end += 2
        m = collective(ctx, toks, crowd, end, head)
        start, prep = found
        cue_text = ctx.orig(toks[k].start + (1 if cue.clitic else 0), toks[k].end)
        cue_text += f" {prep}" if prep else ""
        mention = ctx.orig(m.start_char, m.end_char)
        draft = Draft(m.entity, start, end_limit, ClaimKind.INDIRECT, cue_text, mention, confidence=0.6)
        draft.resolution = "group"
        finalise(ctx, draft, [])
        return (k, draft) if draft.end - draft.start >= 2 else None
    return None


_OBJECT_PREPS: Final = fold_set(("على", "في", "مع", "عن", "إلى", "من", "أمام", "خلال"))


def _subject_participle(
    ctx: Ctx, toks: list[Tok], cues: list[Cue], end_limit: int
) -> tuple[int, Draft] | None:
    """``ردت الوزارة على الأنباء …، موضحة أن …``: in a sentence that made no claim, a singular reporting
    participle after a comma, with its complement, reports what the subject of the sentence's opening
    verb said. The verb agrees with the participle (``…ت`` with ``…ة``, none with ``…ا``) and the subject
    right after it is a speaker phrase (§4.9). Returns the participle's index and the claim."""
    if len(toks) < 6 or not toks[0].text[:1].isalpha():
        return None
    v = _after_occasion(toks)
    verb = toks[v].text
    if verb.startswith(("ال", "وال")) or in_lexicon(verb, TITLES) or verb in COMPLEMENTISERS or verb in GIVEN:
        return None
    for cue in cues:
        k, w = cue.k, toks[cue.k].text
        if not cue.form.participle or k < v + 4 or toks[k - 1].text not in ("،", ","):
            continue
        if w.endswith(("ين", "ون")):
            return None  # a crowd's participle (``_crowd_participle``)
        feminine = w.endswith("ه")
        if feminine != (verb.endswith("ت") and len(verb) >= 3):
            return None
        m = parse_mention(ctx, toks, v + 1, k)
        if m is None:  # "روى سائق شاحنة لصحيفة …": an unlisted role, read as a subject is
            m = choose_subject(ctx, toks, v + 1, k, cue.form).mention
        if m is None or m.entity.kind == SpeakerKind.OUTLET or m.end >= k:
            return None
        after = toks[m.end].text
        if m.entity.kind == SpeakerKind.PERSON and m.entity.named and in_lexicon(after, TITLES) is not None:
            # "تحدث X المدير الفني للنادي خلال المؤتمر …، قائلاً:": the role after the name is his
            after = toks[title_end(ctx, toks, m.end, k)[0]].text
        named_state = m.entity.named and _state_participle(after)  # "خرج الوزير X مدافعا عن …، معتبرا"
        addressee = after[:1] == "ل" and len(after) > 3  # "روى سائق شاحنة لصحيفة …": told to someone
        if m.entity.kind == SpeakerKind.PERSON and after not in ("،", ",") and after not in _OBJECT_PREPS and not addressee:
            if not named_state:  # "استقبل الوزير سامي نور الوفد": where the name ends is unsure
                return None
        if not m.entity.agrees("f" if feminine else "m", "singular"):
            return None
        found = content_start(toks, k + 1, len(toks), cue.form)
        if found is None or (cue.form.prep_required and not found[1]):
            return None
        start, prep = found
        first = ctx.f[start : start + 12].split(" ", 1)[0]
        colon = k + 1 < len(toks) and toks[k + 1].text == ":"  # "…، قائلاً: …": the words follow the colon
        if not prep and first not in COMPLEMENTISERS and not colon and not _stated_object(toks, k, cue.form):
            return None  # "…، مؤكدة دعمها": only a reported clause makes the claim here
        cue_text = ctx.orig(toks[k].start + (1 if cue.clitic else 0), toks[k].end)
        cue_text += f" {prep}" if prep else ""
        mention = ctx.orig(m.start_char, m.end_char)
        draft = Draft(m.entity, start, end_limit, ClaimKind.INDIRECT, cue_text, mention, confidence=0.6)
        finalise(ctx, draft, [])
        if draft.end - draft.start < 2:
            return None
        ctx.reg.spoke(m.entity)
        return k, draft
    return None


_STATED_WORDS: Final = 4  # words of a noun-phrase complement that says something, not a bare stance


def _stated_object(toks: list[Tok], k: int, form: CueForm) -> bool:
    """``…، مؤكدة حقهم في الأجر العادل``, ``…، مؤكداً خروج حشود إلى الشوارع``: a noun phrase of a few
    words after a participle that takes one (``مؤكد``, no preposition required), up to the next comma,
    says what the subject holds true; a bare stance (``مؤكدة دعمها``, ``مؤكدة أهميته``) says too little."""
    if form.prep_required or form.complement != "np":
        return False
    rest = []
    for t in toks[k + 1 :]:
        if t.text in ("،", ",", ".", "؛", ":") or t.text in QUOTE_CHARS:
            break
        rest.append(t.text)
    return len(rest) >= _STATED_WORDS and rest[0][0].isalpha() and not is_cue(rest[0])


_OCCASION_SPAN: Final = 30  # words of a fronted occasion ("بعد حملة الانتقادات التي …،") before the verb
_FRONTED_SPAN: Final = 8  # words of a fronted place phrase ("ومن على المنصة،") before the verb
FRONTED_PREPOSITIONS: Final = fold_set(lx.FRONTED_PREPOSITIONS)


def _after_occasion(toks: list[Tok]) -> int:
    """``بعد حملة الانتقادات …، خرج الوزير X …``: a fronted occasion (``بعد``, ``إثر``, ``خلال`` …) closed
    by a comma puts the sentence's opening verb after that comma; otherwise the verb opens it."""
    if toks[0].text in FRONTED_PREPOSITIONS:
        span = _FRONTED_SPAN  # "ومن المقاعد النيابية، تحدث …": a short place phrase, then the verb
    elif toks[0].text in OCCASION_PREPS:
        span = _OCCASION_SPAN
    else:
        return 0
    for m in range(1, min(len(toks) - 6, span)):
        if toks[m].text in ("،", ",") and toks[m + 1].text[:1].isalpha():
            return m + 1
        if is_cue(toks[m].text) or toks[m].text in (".", "؛", ":"):
            return 0
    return 0


def _crowd_at(toks: list[Tok], k: int) -> int | None:
    """The first definite plural noun of the clause before ``k`` that a verb agrees with as a subject:
    right after the clause's first word (its verb), or right before a plural verb."""
    for i in range(min(k, 6)):
        w = toks[i].text
        bare = w[1:] if w[:1] in "وف" and w[1:].startswith("ال") else w
        if not (bare.startswith("ال") and bare.endswith(("ات", "ون", "ين")) and len(bare) >= 6):
            continue
        after_verb = i == 1 and toks[0].text[0].isalpha() and not toks[0].text.startswith(("ال", "وال"))
        before_verb = i + 1 < k and toks[i + 1].text.endswith(_PLURAL_VERB_END) and len(toks[i + 1].text) >= 4
        return i if (after_verb or before_verb) else None
    return None


def _labelled(ctx: Ctx, toks: list[Tok], end_limit: int, regions: list[Span]) -> Draft | None:
    """Interview copy: ``الورفلي: التأخير ليس من الوزارة …`` — a known speaker, a colon, the answer."""
    if len(toks) < 4 or ":" not in (t.text for t in toks[1:7]):
        return None
    hit = registry_match(ctx, toks, 0, min(len(toks), 6))
    if hit is None:
        hit = _titled_label(ctx, toks)
    if hit is None:
        return None
    entity, end = hit
    if end >= len(toks) - 1 or toks[end].text != ":" or entity.kind == SpeakerKind.OUTLET:
        return None
    draft = Draft(
        entity,
        toks[end + 1].start,
        end_limit,
        ClaimKind.INDIRECT,
        mention=ctx.orig(toks[0].start, toks[end - 1].end),
        confidence=0.65,
    )
    finalise(ctx, draft, regions)
    return draft if draft.end - draft.start >= 2 else None


_BULLETS: Final = BULLETS
_ITEM_WORDS: Final = 4  # a point made in a few words at least; a bulleted name or a menu entry is shorter


def _bullet_item(ctx: Ctx, span: Span, toks: list[Tok], follows_claim: bool) -> Draft | None:
    """A drawn bullet line with no cue right after a claim (``الرئيس: …`` then ``▪️…`` lines, or
    ``وأكد الوزير النقاط التالية:`` then its points): each item is one more claim of the same speaker,
    cue ``""`` (guideline §4.1: what goes on with no new cue keeps the speaker)."""
    if not follows_claim or not ctx.reg.speakers or not toks or toks[0].text[:1] not in _BULLETS:
        return None
    first = next((t for t in toks if t.text[:1].isalpha()), None)
    words = sum(1 for t in toks if t.text[:1].isalpha())
    if first is None or words < _ITEM_WORDS:
        return None  # a heading line is read by nothing else, so a cue word inside is the item's own
    draft = Draft(ctx.reg.speakers[-1], first.start, span.end, ClaimKind.INDIRECT, confidence=0.6)
    finalise(ctx, draft, quote_regions(ctx.f, span.start, span.end))
    return draft if draft.end - draft.start >= 2 else None


def _colon_closed(ctx: Ctx, span: Span, draft: Draft) -> bool:
    """The cue's sentence ends with its speaker and a colon (``قال محافظ المدينة X:``) at the end of its
    paragraph: what was said is the next paragraph or list, not this line."""
    if draft.start < span.end - 1:
        return False
    return ctx.f[span.start : span.end].rstrip().endswith(":") or ctx.unstopped_lines


_LIST_MARKS: Final = frozenset("-–—*") | BULLETS
_NUMBER_MARKS: Final = frozenset(("-", ".", ")", "–"))


def _item_start(toks: list[Tok]) -> int | None:
    """Index of the first word after a list mark (``- …``, ``• …``, ``1- …``, ``2) …``), else None."""
    if toks[0].text[:1] in _LIST_MARKS:
        return 1
    if len(toks) > 1 and toks[0].text.isdigit() and len(toks[0].text) <= 2 and toks[1].text in _NUMBER_MARKS:
        return 2
    return None


def _announced_item(
    ctx: Ctx, units: list[tuple[int, Span, list[Tok], bool]], index: int, announced: Draft
) -> Draft | None:
    """After ``قال X:`` closing a line, the paragraph below is X's statement with the cue; each list item
    after it (``- …``, ``1- …``) is one more claim of X with cue ``""`` (guideline §4.1). A sentence of
    the same paragraph as an item goes on by the continuation rule; a paragraph that is no item, after
    the first, ends the statement."""
    _, span, toks, _ = units[index]
    if not toks:
        return None
    first = bool(announced.cue or announced.mention)
    at = _item_start(toks)
    # on a page with no full stops a stop typed right after a bare cue (``وزاد. …``) stands for a colon
    same_para = units[index][0] == units[index - 1][0] and not (first and ctx.unstopped_lines)
    if at is None and (not first or same_para):
        return None
    at = at or 0
    words = [t for t in toks[at:] if t.text[:1].isalpha()]
    if len(words) < _ITEM_WORDS or toks[at].text[:1] in ("،", ","):
        return None
    if at == 0 and toks[0].text in QUOTE_CHARS:
        start = toks[0].start
    else:
        start = toks[at].start
    draft = Draft(
        announced.speaker,
        start,
        span.end,
        ClaimKind.INDIRECT,
        cue=announced.cue,
        mention=announced.mention,
        confidence=announced.confidence if first else 0.6,
    )
    draft.resolution = announced.resolution if first else "continuation"
    finalise(ctx, draft, quote_regions(ctx.f, span.start, span.end))
    return draft if draft.end - draft.start >= 2 else None


def _bullets_follow(units: list[tuple[int, Span, list[Tok], bool]], index: int) -> bool:
    """The next line is a drawn bullet item."""
    if index + 1 >= len(units):
        return False
    toks = units[index + 1][2]
    return bool(toks) and toks[0].text[:1] in _BULLETS


def _titled_label(ctx: Ctx, toks: list[Tok]) -> tuple[Entity, int] | None:
    """``الشيخ سالم الكعبي : …``, ``مجلس الوزراء : …``: a speaker phrase that a title or a body's head
    opens (no bare name word the registry would match) and the colon closes exactly."""
    colon = next((m for m in range(1, min(len(toks), 7)) if toks[m].text == ":"), None)
    if colon is None:
        return None
    m = parse_mention(ctx, toks, 0, colon, register=False)
    if m is None or m.end != colon or m.entity.kind not in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
        return None
    return m.entity, m.end


_CLAUSE_OPENERS: Final = fold_set(
    (
        *("،", ",", "؛", ";", ":", "و", "ف", "كما", "فيما", "بينما", "ثم", "قبل", "بعد", "فقد", "وقد", "قد"),
        *("لقد", "حيث", "إذ", "لكن", "ولكن", "بل", "عندما", "حين", "كذلك", "أيضاً", "أيضا"),
        *("لكنه", "لكنها", "ولكنه", "ولكنها"),  # "…، لكنها حذرت من أن …"
    )
)


def _embedded(toks: list[Tok], cue: Cue) -> bool:
    """A run-on claim starts at a finite cue that opens a clause (§4.10: ``…، وحذر``, ``كما أكد``);
    a bare verb right after a noun inside the content (``إن الفحوص أكدت أن``) is part of it."""
    if cue.clitic or cue.k == 0:
        return False
    if cue.k > 1 and toks[cue.k - 1].text in ("انه", "انها") and toks[cue.k - 2].text in ("غير", "الا"):
        return False  # "…، غير أنه نبه إلى …": a contrast opens a new claim
    if kana_clause(toks, cue.k):
        return False  # "…،وكان مجلس الأمن كشف عن …": a past-perfect clause of its own, after the comma
    return toks[cue.k - 1].text not in _CLAUSE_OPENERS and toks[cue.k - 1].text not in QUOTE_CHARS


def _after_fronted_clause(toks: list[Tok], cue: Cue) -> bool:
    """``ووفقاً لما نقلته X عن Y فإن المكتب برر القرار …``: after a fronted phrase, ``فإن`` opens its
    clause; a bare verb right after a noun inside that clause is the clause's own (the source's
    content), no top-level claim of its subject."""
    return _embedded(toks, cue) and any(t.text == "فان" for t in toks[: cue.k])


_SOURCE_WHAT: Final = frozenset(("حسبما", "لما", "مثلما"))
_SOURCE_PREPS: Final = frozenset(("حسب", "بحسب", "وفق", "طبقا"))


def _in_source_phrase(toks: list[Tok], k: int) -> bool:
    """``…، بحسب ما أعلنت الوزارة``: the verb is part of a source phrase (``attach_sources``), not a claim."""
    prev = toks[k - 1].text if k > 0 else ""
    return prev in _SOURCE_WHAT or (prev == "ما" and k > 1 and toks[k - 2].text in _SOURCE_PREPS)


_DAMMA: Final = "\u064f"


def _passive(ctx: Ctx, tok: Tok, cue: Cue) -> bool:
    """``اتُّهم``, ``أُعلن``, ``ذُكر``: a damma inside a perfect verb marks the passive, which names no
    speaker (the one accused or announced is its subject). Only a voweled page shows it."""
    if cue.form.imperfect or _DAMMA not in ctx.text:
        return False  # يُشير: the imperfect prefix carries a damma in the active too
    raw = ctx.text[ctx.folded.orig(tok.start) : ctx.folded.orig_end(tok.end)]
    return _DAMMA in raw[:-1]


def _passive_relay(toks: list[Tok], cue: Cue) -> bool:
    """``نُقل عن``: the passive of relaying with its source; unlike other passives it names a speaker."""
    return cue.form.lemma == "نقل" and cue.k + 1 < len(toks) and toks[cue.k + 1].text == "عن"


def _preview(ctx: Ctx, units: list[tuple[int, Span, list[Tok], bool]], index: int) -> bool:
    """A cut preview of another story above the article (``أعلن الديوان … والهيئات...``): the first
    paragraph of the page, ending in an ellipsis. It is no claim and no antecedent for the article's."""
    para, span, _, _ = units[index]
    if not ctx.f[span.start : span.end].endswith(("...", "…")):
        return False
    first = next((u[0] for u in units if not u[3]), None)
    last_of_para = index + 1 == len(units) or units[index + 1][0] != para
    return para == first and last_of_para and index + 1 < len(units)


def _teaser_below(ctx: Ctx, units: list[tuple[int, Span, list[Tok], bool]], index: int) -> bool:
    """Another story's teaser under the article: its headline (a heading line), then one paragraph of
    summary cut with an ellipsis (``تل ورديات — أقامت الجمعية …، …``), and nothing but headings after
    it. Neither a claim nor the outlet's event of this article (§2: a cross-reference)."""
    para, span, _, _ = units[index]
    if index == 0 or not ctx.f[span.start : span.end].rstrip().endswith(("...", "…")):
        return False
    before = units[index - 1]
    if not before[3] or before[0] == para:
        return False
    return all(u[3] and u[0] != para for u in units[index + 1 :])  # its paragraph's end; headings after


_OPENERS: Final = "«“„\""


def _cut_off(ctx: Ctx, span: Span, toks: list[Tok]) -> tuple[Span, list[Tok]] | None:
    """The excerpt's cut-off last sentence, shortened to what is whole: before the clause of a quotation
    that never closes (``…"، لافتا إلى أن "النشرة … هذا الأسبوع``), or whole when that quotation is its
    only statement; nothing when it stops inside a word or a bracket (``… إلى المنطقة ال``, ``… هي (ا``).
    A complete last sentence is kept as is."""
    text = ctx.f[span.start : span.end]
    if text[-1:] in ".!?؟…»”" or len(toks) < 2:
        return span, toks
    regions = quote_regions(ctx.f, span.start, span.end)
    closed = {t.start for t in toks for r in regions if r.start <= t.start < r.end}
    unclosed = [t.start for t in toks if t.text in _OPENERS and t.start not in closed]
    open_at = unclosed[-1] if unclosed else None
    if open_at is None:
        last = toks[-1].text
        if text.count("(") > text.count(")") or (len(last) <= 2 and last.isalpha()):
            return None
        return span, toks
    keep = [t for t in toks if t.end <= open_at]
    while keep and keep[-1].text not in ("،", ","):
        keep.pop()
    if len(keep) < 2 or not any(not c.form.participle for c in find_cues(keep)):
        # "وأوضح X أن «… لتقديم الع", "وفيما يتعلق بـ…، أوضح X أن «…": no report before the quotation's
        # clause, so the quotation is the sentence's statement and runs to the end of the excerpt, as cut
        return span, toks
    clause = [t for t in toks[len(keep) :] if t.start < open_at]
    if not any(c.form.participle for c in find_cues(clause)):
        # "…، وتابع: «إن المدارس …", "…، بل يأتي ضمن «سلسلة …": a report of its own or the statement
        # going on; the quotation left open by the cut runs to the excerpt's end
        return span, toks
    return Span(span.start, keep[-1].start), keep[:-1]


def _continuation(
    ctx: Ctx,
    span: Span,
    toks: list[Tok],
    cues: list[Cue],
    text: str,
    follows_claim: bool,
    phrase: tuple[int, str] | None,
    end_limit: int,
    same_para: bool,
) -> Draft | None:
    """A sentence with no finite cue that goes on with the last speaker's statement: closed by
    ``حسب تعبيره``, opened by an addition or contrast connector, or on the same line as the claim."""
    if not ctx.reg.speakers or _frame_sentence(toks):
        return None
    speaker = ctx.reg.speakers[-1]
    starts_with_participle = bool(cues) and cues[0].k == 0 and cues[0].form.participle
    opener = _opens_with(text, CONTINUATION_OPENERS) or text[:1] in QUOTE_CHARS
    # A full stop glued to the next word (``….تعقد الجلسة …``) is where a page lost a paragraph break:
    # that sentence goes on with the claim only when a connector joins it (``….وعند …``, ``….بينما …``).
    glued = span.start > 0 and ctx.f[span.start - 1] in ".!؟?"
    joined = text[:1] in "وف" or opener
    same_line = follows_claim and same_para and not cues and not text.endswith(("؟", "?"))
    same_line = same_line and (joined or not glued)
    if not (phrase is not None or same_line or starts_with_participle or (follows_claim and opener)):
        return None  # a cue-less sentence on the claim's own line goes on with it (``….بينما …``)
    # A sentence that opens with a reporting participle (``مؤكدا في التصريح نفسه، أن …``) is somebody's
    # speech even when the sentence before gave no claim we could read: the last speaker's, never an event.
    cue = phrase[1] if phrase is not None else ""
    start = span.start
    if starts_with_participle and phrase is None:  # "موضحة أن …": the participle is the cue (§4.1)
        found = content_start(toks, 1, len(toks), cues[0].form)
        if found is not None and span.start < found[0] < end_limit:
            cue, start = ctx.orig(toks[0].start, toks[0].end), found[0]
    return Draft(speaker, start, end_limit, ClaimKind.INDIRECT, cue=cue, confidence=0.6)


_FRAME_VERBS: Final = fold_set(("جاء", "وجاء", "ياتي", "وياتي", "جاءت", "وجاءت", "تاتي", "وتاتي"))
_DEMONSTRATIVES: Final = fold_set(("ذلك", "هذا", "هذه", "تلك"))


def _frame_sentence(toks: list[Tok]) -> bool:
    """``وجاء ذلك في بيان صادر عن …``, ``يأتي هذا بعد …``: the outlet says where or when the statement
    before was made; it goes on with nobody's words (the statement itself was the sentence before)."""
    return len(toks) > 1 and toks[0].text in _FRAME_VERBS and toks[1].text in _DEMONSTRATIVES


def _narrative_subject(ctx: Ctx, toks: list[Tok]) -> Entity | None:
    """``واستقبل رئيس الوزراء X السفير Y …``, ``وزار الوزير X الموقع``: a sentence opened by a
    narrative verb (an act, not a report) with a person or organisation right after it as subject.
    That subject is the outlet's narration's actor: the sentence goes on with no one's statement, and a
    later pro-drop cue (``وأكد خلال اللقاء أن …``) is the actor's, not an earlier speaker's."""
    if len(toks) < 3:
        return None
    verb = narration_verb(toks)  # after a dateline or a connective too: "كذلك أجرى الوزير …"
    if verb is None and strip_clitic(toks[0].text) in _APPEARANCE:
        verb = 0  # "خرج المدرب X ليتحدث عن …، وقال": who came out to talk is who speaks
    if verb is not None and verb + 1 < len(toks):
        m = parse_mention(ctx, toks, verb + 1, len(toks))
        if m is None and toks[verb + 1].text in FORMS_OF_ADDRESS:  # "أجرى معالي السيد X وزير الخارجية اتصالاً …"
            m = parse_mention(ctx, toks, verb + 2, len(toks))
        if m is not None and m.entity.kind in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
            return m.entity
    # "واعتصم المعلمون أمام الوزارة، وطالبوا …": a crowd subject, only a plural cue agrees with it
    crowd = _crowd_at(toks, len(toks))
    if crowd is None or crowd > 1:  # the sentence's own subject, not a noun inside its content
        return None
    bare = strip_clitic(toks[crowd].text)
    if not bare.endswith(("ون", "ين")) and bare not in COLLECTIVES:
        return None  # "وسجلت الواحات 5 حالات": a plural of things or places is no crowd of speakers
    group = collective(ctx, toks, crowd, crowd + 1, toks[crowd].text, register=False).entity
    if group.kind != SpeakerKind.GROUP or group in ctx.reg.entities:
        return None
    group.number = "plural"  # a plural noun: a singular cue is never theirs
    return group


_APPEARANCE: Final = fold_set(lx.APPEARANCE_VERBS)


def _counted(toks: list[Tok]) -> set[str]:
    """What the figures of a passage count (``139 حالة``, ``10 حالات`` → ``حال``), by the word after them."""
    pairs = zip(toks, toks[1:], strict=False)
    return {after.text[:3] for figure, after in pairs if figure.text[0].isdigit() and after.is_word}


_LIST: Final = 3  # figures that make a list


def _same_figures(ctx: Ctx, last: Draft, toks: list[Tok]) -> bool:
    """``وشهدت العرائش 10 حالات، فيما سجلت المضيق 09 حالات، ثم شفشاون 05 حالات``: a list of figures
    counting what the last claim's list counts goes on with the source's list, not the outlet's own
    account (one or two figures after a claim are the outlet's: ``وتراجع خام برنت بنسبة 1.2% …``)."""
    mine = _counted(toks)
    if sum(t.text[0].isdigit() for t in toks) < _LIST or not mine:
        return False
    theirs = tokenize(ctx.f, last.start, last.end)
    return sum(t.text[0].isdigit() for t in theirs) >= _LIST and bool(mine & _counted(theirs))


_THROUGH_IT: Final = fold_set(("فيه", "فيها", "خلاله", "خلالها", "بموجبه", "بموجبها", "عبره", "عبرها"))


def _relative_report(toks: list[Tok], k: int) -> bool:
    """``بيانا، والذي أعلن من خلاله التنظيم …``: a relative clause whose verb has a subject of its own
    after a pronoun phrase is a report; ``المواطن الذي أعلن عن إصابته`` describes its noun."""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    after = toks[k + 2].text if k + 2 < len(toks) else ""
    return nxt in _THROUGH_IT or (nxt == "من" and after in _THROUGH_IT)


def _opens_with(text: str, phrases: tuple[str, ...]) -> bool:
    """``text`` starts with one of ``phrases`` as whole words (``حيث`` but not ``حيثيات``)."""
    if not text.startswith(phrases):
        return False  # one C-level test for most sentences
    return any(text.startswith(p) and (len(text) == len(p) or not text[len(p)].isalpha()) for p in phrases)


def _closing_phrase(
    ctx: Ctx,
    span: Span,
    phrase: tuple[int, str],
    drafts: list[Draft],
    units: list[tuple[int, Span, list[Tok], bool]],
    index: int,
    follows_claim: bool,
) -> bool:
    """A standalone ``حسب تعبيره.``: the previous sentence is the current speaker's statement."""
    if index == 0 or not ctx.reg.speakers:
        return False
    prev_span = units[index - 1][1]
    for d in reversed(drafts):
        if d.start >= prev_span.start and d.kind != ClaimKind.EVENT:
            d.cue = d.cue or phrase[1]
            return True
    drafts[:] = [d for d in drafts if not (d.kind == ClaimKind.EVENT and d.start >= prev_span.start)]
    drafts.append(
        Draft(
            ctx.reg.speakers[-1],
            prev_span.start,
            prev_span.end,
            ClaimKind.INDIRECT,
            cue=phrase[1],
            confidence=0.65,
        )
    )
    return True
