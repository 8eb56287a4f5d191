"""Arabic attribution rules: cues, speakers, contents, continuations, nested reports, events.

Reads sentence by sentence on a folded copy (guideline §3 normalisation) and keeps offsets.
A finite reporting verb opens a claim (VSO: the subject follows the verb; pro-drop: the subject
is resolved by agreement), participles stay inside it, a run-on paragraph starts a new claim at
each finite cue, and a quotation holding its own cue yields a nested claim with ``via``.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.candidates import CleanDocument
from claims.extract import lexicon_ar as lx
from claims.extract.arabic_content import (
    FRAME_OPENERS,
    clause_start,
    content_marker,
    content_start,
    participle,
)
from claims.extract.arabic_np import (
    Ctx,
    Mention,
    parse_mention,
    registry_match,
)
from claims.extract.arabic_register import register_names, units_of
from claims.extract.arabic_subjects import (
    bare_subject,
    construct_subject,
    left_subject,
    quote_before,
    quote_ends_before,
    quoted_name,
    sentence_initial,
    skip_apposition,
)
from claims.extract.arabic_words import (
    COMPLEMENTISERS,
    TITLES,
    in_lexicon,
    EVENT_VERBS,
    strip_clitic,
)
from claims.extract.draft import Draft
from claims.extract.entities import Entity, Registry, group_of
from claims.extract.forms import CueForm, cue_forms, f, fold_set
from claims.extract.sources import attach_sources, pronoun_phrase
from claims.extract.tokens import QUOTE_CHARS, Tok
from claims.text.normalize import Folded
from claims.text.segment import Span, quote_regions
from claims.types import ClaimKind, SpeakerKind

AUTHOR_VOICE = tuple(f(p) for p in lx.AUTHOR_VOICE)
TURN_MARKERS = tuple(f(p) for p in lx.TURN_MARKERS)
CONTINUATION_OPENERS = tuple(f(p) for p in lx.CONTINUATION_OPENERS)


@dataclass
class _Cue:
    k: int  # token index
    form: CueForm
    clitic: bool


def extract_arabic(doc: CleanDocument, folded: Folded, outlet: Entity) -> tuple[list[Draft], list[str]]:
    """Drafts for an Arabic document, plus the folded names known (for check-worthiness)."""
    ctx = Ctx(doc.text, folded, Registry())
    units = units_of(ctx)
    ctx.reg.sentence_starts = [span.start for _, span, _, _ in units]
    register_names(ctx, units)
    drafts: list[Draft] = []
    last_claim_unit = -10
    for index, (para, span, toks, heading) in enumerate(units):
        if heading or not toks or span.start < ctx.skip_until:
            continue
        made = _sentence(ctx, span, toks, index - last_claim_unit == 1, drafts, outlet, para, units, index)
        if made:
            last_claim_unit = index
    keys = [k for e in ctx.reg.entities for k in e.keys]
    return drafts, keys


_CUE_INDEX: dict[str, tuple[CueForm, bool]] = {}


def _cue_index() -> dict[str, tuple[CueForm, bool]]:
    """Every cue form, and its و/ف-prefixed spelling, in one dict: one lookup per word."""
    if not _CUE_INDEX:
        forms = cue_forms()
        for w, form in forms.items():
            if len(w) >= 3:
                for clitic in "وف":
                    if clitic + w not in forms:
                        _CUE_INDEX.setdefault(clitic + w, (form, True))
        for w, form in forms.items():
            _CUE_INDEX[w] = (form, False)
    return _CUE_INDEX


def _find_cues(toks: list[Tok]) -> list[_Cue]:
    index = _CUE_INDEX or _cue_index()
    return [_Cue(k, *hit) for k, tok in enumerate(toks) if (hit := index.get(tok.text)) is not None]


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
) -> bool:
    """Claims of one sentence; returns whether any attribution was made."""
    ctx.reg.cursor = span.start
    text = ctx.f[span.start : span.end]
    if text.startswith(AUTHOR_VOICE):
        return False
    phrase = pronoun_phrase(text)
    if phrase is not None and phrase[0] == 0:
        return _closing_phrase(ctx, span, phrase, drafts, units, index, follows_claim)
    end_limit = span.end if phrase is None else span.start + phrase[0]
    turn = text.startswith(TURN_MARKERS)
    regions = quote_regions(ctx.f, span.start, span.end)
    made: list[Draft] = []
    cues = [c for c in _find_cues(toks) if toks[c.k].start < end_limit]
    finite = [c for c in cues if not c.form.participle and not _inside(regions, toks[c.k].start)]
    opened: list[tuple[int, Draft]] = []
    for cue in finite:
        draft = _claim(ctx, toks, cue, turn and not opened, end_limit, bool(opened))
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
    for idx, (_k, draft) in enumerate(opened):
        if idx + 1 < len(opened):
            draft.end = clause_start(toks, opened[idx + 1][0], draft.start)
        else:
            draft.end = end_limit
        _finalise(ctx, draft, regions)
        if draft.end - draft.start < 2:
            continue
        made.append(draft)
        made.extend(_nested(ctx, toks, draft, regions))
        made.extend(_relayed(ctx, toks, draft))
    if not made:
        labelled = _labelled(ctx, toks, end_limit, regions)
        if labelled is not None and phrase is None:
            last = max(u[1].end for u in units[index:] if u[0] == para)
            if last > labelled.end:  # the answer runs to the end of its paragraph
                labelled.end = last
                _finalise(ctx, labelled, quote_regions(ctx.f, span.start, last))
                ctx.skip_until = last
            made.append(labelled)
            ctx.reg.spoke(labelled.speaker)
    if not made:
        cont = _continuation(ctx, span, toks, cues, text, follows_claim, phrase, end_limit)
        if cont is not None:
            made.append(cont)
    sourced = attach_sources(ctx, toks, span, made, end_limit)
    made.extend(sourced)
    if not made and _is_event(toks):
        drafts.append(Draft(outlet, span.start, span.end, ClaimKind.EVENT, confidence=0.6))
        return False
    drafts.extend(made)
    return bool(made)


def _labelled(ctx: Ctx, toks: list[Tok], end_limit: int, regions: list[Span]) -> Draft | None:
    """Interview copy: ``الورفلي: التأخير ليس من الوزارة …`` — a known speaker, a colon, the answer."""
    if len(toks) < 4 or ":" not in (t.text for t in toks[1:7]):
        return None
    hit = registry_match(ctx, toks, 0, min(len(toks), 6))
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
    _finalise(ctx, draft, regions)
    return draft if draft.end - draft.start >= 2 else None


def _coordinated(ctx: Ctx, toks: list[Tok], subject: Mention, j: int, n: int) -> Mention | None:
    """``X ونظيره Y`` / ``X ووزير … Y``: a second titled person joined by و makes the subject a group
    (guideline §2: two speakers together are one claim, names joined in the order first named)."""
    word = toks[j].text if j < n else ""
    if len(word) < 4 or not word.startswith("و") or subject.entity.kind != SpeakerKind.PERSON:
        return None
    shifted = list(toks)
    shifted[j] = Tok(word[1:], toks[j].start + 1, toks[j].end)
    if not in_lexicon(word[1:], TITLES):
        return None
    second = parse_mention(ctx, shifted, j, n)
    if second is None or second.entity is subject.entity or second.entity.kind != SpeakerKind.PERSON:
        return None
    if not (subject.entity.named and second.entity.named):
        return None
    return Mention(group_of([subject.entity, second.entity]), second.end, subject.start_char, second.end_char)


def _inside(regions: list[Span], pos: int) -> bool:
    return any(r.start < pos < r.end for r in regions)


def _claim(
    ctx: Ctx, toks: list[Tok], cue: _Cue, turn: bool, limit_char: int, run_on: bool = False
) -> Draft | None:
    n = len(toks)
    while n and toks[n - 1].start >= limit_char:
        n -= 1
    form, k = cue.form, cue.k
    if form.lemma == "حمل" and not any(t.text.endswith("مسؤوليه") for t in toks[k + 1 : k + 8]):
        return None  # حمّل is a report only as "held … responsible"
    j = k + 1
    subject: Mention | None = None
    j = _skip_adverbs(ctx, toks, j, n)
    j = _skip_talk(toks, j, n)
    if j < n and not content_marker(toks[j], form):
        subject = parse_mention(ctx, toks, j, n)
        if subject is None:
            subject = bare_subject(ctx, toks, j, n)
        if subject is None:
            subject = construct_subject(ctx, toks, j, n, form)
    elif j + 3 < n and toks[j].text in QUOTE_CHARS and toks[j + 2].text in QUOTE_CHARS:
        subject = quoted_name(ctx, toks, j, n)
    if subject is not None:
        j = skip_apposition(ctx, toks, subject.end, n, subject)
        pair = _coordinated(ctx, toks, subject, j, n)
        if pair is not None:
            subject = pair
            j = skip_apposition(ctx, toks, pair.end, n, pair)
    j = _skip_talk(toks, j, n)
    left = left_subject(ctx, toks, k) if subject is None else None
    if form.imperfect and left is None and not sentence_initial(toks, k):
        return None  # an imperfect inside a clause ("… يكشف مرة أخرى …") is not a report
    found = content_start(toks, j, n, form)
    if found is None:
        if not quote_ends_before(toks, k):
            return None
        found = (
            toks[min(j, n - 1)].end if j < n else toks[-1].end,
            "",
        )  # "«…»، قال الوزير." — content before
    start, prep = found
    cue_tok = toks[k]
    cue_text = ctx.orig(cue_tok.start + (1 if cue.clitic else 0), cue_tok.end)
    if prep:
        prep_tok = next((t for t in toks[k + 1 : n] if t.end <= start and t.text == prep), None)
        cue_text += " " + (ctx.orig(prep_tok.start, prep_tok.end) if prep_tok else prep)
    subject = subject or left
    if subject is not None:
        speaker = subject.entity
        mention = ctx.orig(subject.start_char, subject.end_char)
        confidence = 0.9
        if speaker.kind == SpeakerKind.PERSON and form.agreement in ("ms", "fs") and speaker.named:
            speaker.gender = form.gender  # the verb's agreement is the best evidence of gender
    else:
        speaker = ctx.reg.implicit(form.gender, form.number, cue_tok.start, turn=turn)
        current = ctx.reg.speakers[-1] if ctx.reg.speakers else None
        if speaker is None or (run_on and (current is None or not current.agrees(form.gender, form.number))):
            return None  # a run-on cue that does not fit the current speaker belongs to the content
        mention, confidence = "", 0.7
    if form.imperfect:
        confidence -= 0.15
    return Draft(
        speaker, start, start, ClaimKind.INDIRECT, cue=cue_text, mention=mention, confidence=confidence
    )


_ADVERBS = fold_set(
    (
        "اليوم",
        "أمس",
        "مساء",
        "صباح",
        *lx.WEEKDAYS,
        "الأول",
        "أيضاً",
        "أيضا",
        "كذلك",
        "مجدداً",
    )
)


_TALK = fold_set(("حديثه", "حديثها", "حديثهم", "كلمته", "كلمتها", "تصريحه", "تصريحها", "قوله"))


def _skip_talk(toks: list[Tok], j: int, n: int) -> int:
    """``وختمت حديثها بالقول: …``, ``ورد بالقول إن …``: the talk noun and ``بالقول`` belong to the cue."""
    k = j + 1 if j < n and toks[j].text in _TALK else j
    if k < n and toks[k].text == "بالقول":
        return k + 1
    return j


def _skip_adverbs(ctx: Ctx, toks: list[Tok], j: int, n: int) -> int:
    """``وأكد اليوم الأحد وزير …``: time adverbs between the cue and its subject are skipped."""
    k = j
    while k < n and k - j < 4 and toks[k].text in _ADVERBS:
        k += 1
    if k == j or k >= n:
        return j
    if k < n and toks[k].text in ("،", ","):
        k += 1
    probe = parse_mention(ctx, toks, k, n, register=False) if k < n else None
    return k if probe is not None else j


_SAYING = fold_set(("قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "تصريحه", "تصريحها", "إشارته", "إشارتها"))


def _relayed(ctx: Ctx, toks: list[Tok], outer: Draft) -> list[Draft]:
    """``نقلت الوكالة عن الوزير قوله إن …``: the minister's claim, ``via`` the agency (guideline §4.3)."""
    if not outer.cue.startswith(("نقل", "تنقل", "ينقل")):
        return []
    inner = [t for t in toks if outer.start <= t.start < outer.end]
    m = parse_mention(ctx, inner, 0, len(inner))
    if m is None:
        return []
    j = m.end
    while j < len(inner) and inner[j].text in ("،", ","):
        j += 1
    if j < len(inner) and inner[j].text in _SAYING:
        j += 1
    if j >= len(inner) or (inner[j].text not in COMPLEMENTISERS and inner[j].text != ":"):
        return []
    start = inner[j].start if inner[j].text != ":" else inner[min(j + 1, len(inner) - 1)].start
    ctx.reg.spoke(m.entity)
    return [
        Draft(
            m.entity,
            start,
            outer.end,
            ClaimKind.INDIRECT,
            cue=outer.cue,
            mention=ctx.orig(m.start_char, m.end_char),
            via=outer.speaker.canonical,
            confidence=0.75,
        )
    ]


def _finalise(ctx: Ctx, draft: Draft, regions: list[Span]) -> None:
    """Direct quote when the content is one quotation (after an optional complementiser)."""
    start, end = draft.start, draft.end
    s = ctx.f
    while end > start and s[end - 1] in " .،؛:!؟?…":
        end -= 1
    inner = start
    first = s[start:end].split(" ", 1)[0]
    if first in COMPLEMENTISERS:
        inner = start + len(first) + 1
    for r in regions:
        if r.start == inner and r.end >= end - 1 and end - r.end <= 1:
            draft.start, draft.end, draft.kind = r.start + 1, r.end - 1, ClaimKind.DIRECT
            return
    draft.end = end


def _nested(ctx: Ctx, toks: list[Tok], outer: Draft, regions: list[Span]) -> list[Draft]:
    """Cues inside a quoted content: claims of the quote's own subject, ``via`` the outer speaker."""
    if outer.kind != ClaimKind.DIRECT:
        return []
    inner = [t for t in toks if outer.start <= t.start < outer.end]
    if not inner:
        return []
    local = registry_match(ctx, inner, 0, len(inner))
    out: list[Draft] = []
    for cue in _find_cues(inner):
        if cue.form.participle or cue.k == 0:
            continue
        ctx.reg.local = local[0] if local else None
        draft = _claim(ctx, inner, cue, False, outer.end)
        ctx.reg.local = None
        if draft is None or draft.speaker is outer.speaker:
            continue
        draft.end = outer.end
        draft.via = outer.speaker.canonical
        draft.confidence -= 0.1
        out.append(draft)
    return out


def _continuation(
    ctx: Ctx,
    span: Span,
    toks: list[Tok],
    cues: list[_Cue],
    text: str,
    follows_claim: bool,
    phrase: tuple[int, str] | None,
    end_limit: int,
) -> Draft | None:
    """A sentence with no finite cue that goes on with the last speaker's statement."""
    if not ctx.reg.speakers:
        return None
    speaker = ctx.reg.speakers[-1]
    starts_with_participle = bool(cues) and cues[0].k == 0 and cues[0].form.participle
    opener = text.startswith(CONTINUATION_OPENERS) or text[:1] in QUOTE_CHARS
    if not (phrase is not None or (follows_claim and (opener or starts_with_participle))):
        return None
    cue = phrase[1] if phrase is not None else ""
    return Draft(speaker, span.start, end_limit, ClaimKind.INDIRECT, cue=cue, confidence=0.6)


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


_TIME_WORDS = fold_set(
    (
        "اليوم",
        "أمس",
        *lx.WEEKDAYS,
        "مساء",
        "صباح",
        "ظهر",
        "الماضي",
        "الجاري",
        "الفائت",
        "بتاريخ",
    )
)


def _is_event(toks: list[Tok]) -> bool:
    """The outlet's own narration of a checkable act: opens with a perfect event verb, or is dated."""
    if toks and toks[0].text in QUOTE_CHARS:
        return False
    for tok in toks[:3]:
        w = tok.text
        if w in ("كما", "وقد", "قد", "فقد", "وكان", "كان"):
            continue
        if w in EVENT_VERBS or strip_clitic(w) in EVENT_VERBS:
            return True
        break
    return len(toks) > 6 and any(t.text in _TIME_WORDS for t in toks[:12])
