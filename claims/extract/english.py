"""English attribution rules: ``X said …``, ``"…," X said``, ``said X``, ``according to X``, pronouns.

Sentence by sentence: each finite reporting verb opens a claim whose speaker is the phrase
before it (or after it, when inverted) and whose content is the quotation before it or the
complement after it; split quotations and trailing participles give one claim per span
(guideline §4.9), coordinated verbs (``said … and warned that …``) one claim each (§4.10).
"""

from __future__ import annotations

import re

from claims.candidates import CleanDocument
from claims.extract import lexicon_en as lx
from claims.extract.draft import Draft
from claims.extract.english_np import EnCtx, Tok, is_cap, is_title, low, name_span, possessive, tokenize
from claims.extract.english_spans import (
    OBJECT_FIRST,
    QUOTES,
    SOURCE_DOCS,
    after_dateline,
    after_quote_first,
    clause_limit,
    comma_next,
    content_start,
    inverted_end,
    leading_np,
    left_bound,
    quoted_as_saying,
    subject_start,
    tail_only,
    trim_left,
)
from claims.extract.entities import Entity, Registry
from claims.text.normalize import Folded
from claims.text.segment import Span, paragraphs, quote_regions, split_paragraph
from claims.types import ClaimKind, SpeakerKind

_ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)
_REFUSAL_RE = re.compile("|".join(re.escape(r) for r in lx.REFUSALS), re.IGNORECASE)


def extract_english(doc: CleanDocument, folded: Folded, outlet: Entity) -> tuple[list[Draft], list[str]]:
    """Drafts for an English document (offsets into the folded text; ``finish`` maps them back)."""
    text = folded.text
    ctx = EnCtx(text, Registry())
    units: list[tuple[int, Span, list[Tok]]] = []
    for pi, para in enumerate(paragraphs(text)):
        if _is_heading(text, para):
            continue  # headlines, captions and bylines hold no claims; names in them are re-said below
        for span in split_paragraph(text, para.start, para.end):
            units.append((pi, span, tokenize(text, span.start, span.end)))
    _register(ctx, units)
    drafts: list[Draft] = []
    last_unit = -10
    for index, (_pi, span, toks) in enumerate(units):
        if not toks:
            continue
        made = _sentence(ctx, span, toks, index - last_unit <= 2)
        if made:
            drafts.extend(made)
            last_unit = index
        elif _is_event(toks, text[span.start : span.start + 1]):
            drafts.append(Draft(outlet, span.start, span.end, ClaimKind.EVENT, confidence=0.5))
    keys = [k for e in ctx.reg.entities for k in e.keys]
    return drafts, keys


_PAST = frozenset(
    """met began took fell rose killed launched opened led saw struck hit won lost held went came made left sent gave
    began began stormed deployed withdrew signed agreed raised cut announced visited arrived attacked fired seized
    detained arrested injured wounded died voted approved passed rejected closed reached""".split()
)
_TIME = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec yesterday""".split()
)


def _is_event(toks: list[Tok], first_char: str) -> bool:
    """The outlet's own checkable narration: a past-tense act with a date or a number, no reporting cue."""
    if first_char in QUOTES or len(toks) < 6:
        return False
    words = [t.lw for t in toks]
    dated = any(w in _TIME or any(c.isdigit() for c in w) for w in words)
    acted = any(
        w in _PAST or (w.endswith("ed") and len(w) > 5 and t.text[0].islower())
        for w, t in zip(words, toks, strict=True)
    )
    return dated and acted


def _is_heading(text: str, span: Span) -> bool:
    s = text[span.start : span.end]
    return len(s.split()) < 25 and s.rstrip()[-1:] not in '.!?"”:'


def _register(ctx: EnCtx, units: list[tuple[int, Span, list[Tok]]]) -> None:
    """Pass 1: titled names, organisations and acronyms anywhere in the article, in order."""
    seen: dict[tuple[str, bool], Entity | None] = {}
    for _, _, toks in units:
        i, n = 0, len(toks)
        first = False
        titles = lx.TITLE_WORDS
        starts = [
            k for k, t in enumerate(toks) if t.text[0].isupper() or t.lw in titles or t.text[:3] in _PREFIX3
        ]  # only capitalised words, titles and al-/el- names can open a run
        for start in starts:
            if start < i:
                continue
            i = start
            if not (is_cap(toks[i]) or is_title(toks[i])):
                continue
            j = i
            while j < n and (
                is_cap(toks[j])
                or is_title(toks[j])
                or (toks[j].text == "." and j > i and len(toks[j - 1].text) <= 3)
                or (
                    low(toks[j]) in ("of", "for", "and", "al", "bin", "de")
                    and j + 1 < n
                    and is_cap(toks[j + 1])
                )
            ):
                j += 1
            if j == i + 1 and toks[i].lw in lx.NOT_NAMES:
                i = j
                continue
            if j > i:
                run = (" ".join(t.lw for t in toks[max(0, i - 1) : j]), j < n and toks[j].text == "(")
                if run in seen:
                    entity = seen[run]
                else:
                    entity = seen[run] = _classify(ctx, toks, i, j)
                if entity is not None:
                    ctx.reg.mention(toks[i].start, entity)
                    if entity.kind == SpeakerKind.PERSON and not first:
                        ctx.subjects.append((toks[i].start, entity))
                        ctx.subject_positions.append(toks[i].start)
                        first = True
            i = max(j, i + 1)


_PREFIX3 = frozenset(p[:3] for p in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ar-", "an-"))


def _classify(ctx: EnCtx, toks: list[Tok], i: int, j: int) -> Entity | None:
    words = [low(t) for t in toks[i:j]]
    if all(w in lx.NOT_NAMES or w == "." for w in words):
        return None
    acronym = ""
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].text.isupper():
        acronym = toks[j + 1].text
    span = name_span(toks, i, j)
    person_after_title = span is not None and span[0] > i and is_title(toks[span[0] - 1])
    if not person_after_title and (
        any(w in lx.ORG_WORDS for w in words)
        or (j - i == 1 and toks[i].text.isupper() and len(toks[i].text) > 1)
    ):
        if possessive(toks[i]) and j - i > 1:
            i += 1
        return ctx._lookup(words) or ctx.register_org(ctx.span(toks[i].start, toks[j - 1].end), acronym)
    if span is None:
        return None
    ni, nj = span
    known = ctx.reg.lookup(" ".join(low(t) for t in toks[ni:nj] if t.text != "."))
    if known is not None:
        return known
    titled = ni > i or (i > 0 and is_title(toks[i - 1]))
    if not titled and nj - ni < 2:
        return None
    a = i
    while a > 0 and (is_title(toks[a - 1]) or possessive(toks[a - 1])):
        a -= 1
    role = ctx.span(toks[a].start, toks[ni - 1].end) if ni > a else ""
    if not titled and (i == 0 or toks[i - 1].text not in (",", "said", "says", "told")):
        return None
    return ctx.register_person(toks, ni, nj, role)


def _sentence(ctx: EnCtx, span: Span, toks: list[Tok], follows_claim: bool) -> list[Draft]:
    ctx.reg.cursor = span.start
    text = ctx.text
    regions = quote_regions(text, span.start, span.end)
    verbs = lx.REPORTING_VERBS
    cues = [k for k, t in enumerate(toks) if t.lw in verbs and not _in(regions, t.start)]
    made: list[Draft] = []
    for n, k in enumerate(cues):
        nxt = cues[n + 1] if n + 1 < len(cues) else None
        made.extend(_cue(ctx, span, toks, k, nxt, regions, made))
    _according(ctx, span, toks, regions, made)
    for outer in made:  # "Mikati said …, the NNA reported.": the earlier claim came via the NNA
        for inner in made:
            if (
                inner is not outer
                and outer.start <= inner.start < outer.end
                and not inner.via
                and inner.speaker is not outer.speaker
                and outer.cue
                and inner.end <= outer.end + 2
            ):
                inner.via = outer.speaker.canonical
    if not made and follows_claim and ctx.reg.speakers:
        whole = [r for r in regions if r.start - span.start <= 1 and span.end - r.end <= 2]
        if whole:
            r = whole[0]
            made.append(Draft(ctx.reg.speakers[-1], r.start + 1, r.end - 1, ClaimKind.DIRECT, confidence=0.6))
    return made


def _in(regions: list[Span], pos: int) -> bool:
    return any(r.start < pos < r.end for r in regions)


def _cue(
    ctx: EnCtx, span: Span, toks: list[Tok], k: int, nxt: int | None, regions: list[Span], made: list[Draft]
) -> list[Draft]:
    lemma = lx.REPORTING_VERBS[low(toks[k])]
    cue_start = k
    while cue_start > 0 and low(toks[cue_start - 1]) in ("has", "have", "had"):
        cue_start -= 1
    cue_text = ctx.span(toks[cue_start].start, toks[k].end)
    n = len(toks)
    end_limit = clause_limit(toks, k, nxt, span.end)
    if k > 0 and low(toks[k - 1]) in ("been", "was", "were", "is", "are", "be", "being"):
        return []  # passive: "had been told by contractors"
    if any(low(t) in OBJECT_FIRST for t in toks[max(0, k - 4) : k]):
        return []  # "…, a claim Hamas denied": the verb's object comes first; no new statement
    lb, quote_before = left_bound(toks, cue_start, regions, after_dateline(ctx, toks, span), ctx.text)
    nested_in: Draft | None = None
    if (
        made
        and made[-1].start < toks[cue_start].start < made[-1].end
        and made[-1].kind == ClaimKind.INDIRECT
        and not tail_only(toks, k + 1, span.end)
    ):
        nested_in = made[-1]  # "The NNA reported that Mikati … said …": Mikati's claim, via the NNA
        lb = next((x for x, t in enumerate(toks) if t.start >= nested_in.start), lb)
        if lb < cue_start and low(toks[lb]) == "that":
            lb += 1
    j_after = k + 1
    speaker: Entity | None = None
    if nested_in is None and made and k > 0 and low(toks[k - 1]) in ("and", "but", "then"):
        quote_before = None
        speaker = made[-1].speaker  # "said … and warned that …"
        made[-1].end = min(made[-1].end, toks[k - 1].start)
    elif (
        nested_in is None
        and made
        and k > 1
        and low(toks[k - 1]) in lx.PRONOUNS
        and low(toks[k - 2]) in ("and", "but")
    ):
        speaker = made[-1].speaker
        made[-1].end = min(made[-1].end, toks[k - 2].start)
    elif k > 1 and low(toks[k - 1]) in ("but", "and") and not made:
        end = leading_np(toks, lb, k)  # "Fidan on Monday declined to confirm the meeting but said …"
        speaker = ctx.resolve(toks, lb, end) if end > lb else None
    else:
        left = trim_left(toks, lb, cue_start)
        subj = subject_start(toks, lb, left)
        if subj < left:
            speaker = ctx.resolve(toks, subj, left)
            if speaker is not None and subj > lb and quote_before is None:
                lb = subj  # the words before the subject are the content ("…, the IMF said")
        if speaker is None and (left == lb or quote_before is not None):
            inv_end = inverted_end(toks, k + 1, n)
            if inv_end > k + 1:
                speaker = ctx.resolve(toks, k + 1, inv_end)
                if speaker is not None:
                    j_after = inv_end
    if speaker is None:
        return []
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
    if out:
        ctx.reg.spoke(speaker)
        ctx.last_spoke = toks[k].start
    return out


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
    """The content span(s) of one cue: the quotation before it, the complement after it, or the clause before."""
    out: list[Draft] = []
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
    before_ok = lb > 0 and nested_in is None
    if (
        start is not None
        and before_ok
        and (comma_next(toks, j_after, end_limit) or tail_only(toks, j_after, end_limit))
    ):
        start = None  # "…, the IMF said on Wednesday, hours after …": the content is before
    if start is not None:
        r = next((r for r in regions if abs(r.start - start) <= 1 and r.end >= end_limit - 2), None)
        if r is not None:
            out.append(
                Draft(speaker, r.start + 1, r.end - 1, ClaimKind.DIRECT, cue=cue_text, confidence=0.85)
            )
        else:
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
        and (tail_only(toks, j_after, end_limit) or comma_next(toks, j_after, end_limit))
    ):
        # "The economy will grow, the minister said." — the content is before the speaker.
        first = after_dateline(ctx, toks, span)
        end = toks[lb - 1].start if toks[lb - 1].text == "," else toks[lb].start
        if end - first > 8:
            out.append(Draft(speaker, first, end, ClaimKind.INDIRECT, cue=cue_text, confidence=0.75))
            out.extend(after_quote_first(ctx, toks, j_after, end_limit, regions, speaker, cue_text))
            for earlier in made_before:  # "Mikati said …, the NNA reported.": Mikati's span ends at the comma
                if earlier.start < end < earlier.end:
                    earlier.end = end
    return out


def _according(ctx: EnCtx, span: Span, toks: list[Tok], regions: list[Span], made: list[Draft]) -> None:
    """``according to X``: a via next to someone else's words, else X is the speaker (guideline §4.3)."""
    text = ctx.text
    for m in _ACCORDING_RE.finditer(text, span.start, span.end):
        a = next((x for x, t in enumerate(toks) if t.start >= m.end()), len(toks))
        b = a
        while (
            b < len(toks)
            and toks[b].text not in (",", ".", ";", "?", "!", "(", ")")
            and low(toks[b]) not in ("that", "which", "who")
        ):
            b += 1
        while a < b and (
            low(toks[a]) in SOURCE_DOCS
            or low(toks[a]) in ("released", "published", "compiled", "issued", "by", "from", "the", "a")
        ):
            if low(toks[a]) in ("by", "from"):
                a += 1
                break
            a += 1
        if b == a:
            continue
        source = ctx.resolve(toks, a, b)
        if source is None:
            continue
        if made:
            for d in made:
                if not d.via and d.speaker is not source:
                    d.via = source.canonical
            continue
        if m.start() - span.start > 10:
            start, end = span.start, m.start()
        else:
            start, end = toks[b].start if b < len(toks) else span.end, span.end
        if end - start < 8:
            continue
        ctx.reg.spoke(source)
        made.append(Draft(source, start, end, ClaimKind.INDIRECT, cue="according to", confidence=0.75))
        break


__all__ = ["extract_english"]
