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
from claims.extract.entities import Entity, Registry
from claims.text.normalize import Folded
from claims.text.segment import Span, paragraphs, quote_regions, split_paragraph
from claims.types import ClaimKind, SpeakerKind

_QUOTES = frozenset('"“”«»')
_DAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
    ]
)
_ADJUNCT_STARTS = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "late",
        "early",
        "earlier",
        "later",
        "to",
        "last",
        "this",
        "from",
        "via",
    ]
)
_ACCORDING_RE = re.compile(r"\baccording to\b", re.IGNORECASE)
_REFUSAL_RE = re.compile("|".join(re.escape(r) for r in lx.REFUSALS), re.IGNORECASE)
_CLAUSE_END = frozenset(".?!;")


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
    if first_char in _QUOTES or len(toks) < 6:
        return False
    words = [t.lw for t in toks]
    dated = any(w in _TIME or any(c.isdigit() for c in w) for w in words)
    acted = any(
        w in _PAST or (w.endswith("ed") and len(w) > 5 and t.text[0].islower()) for w, t in zip(words, toks, strict=True)
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
        while i < n:
            if not (is_cap(toks[i]) or is_title(toks[i])):
                i += 1
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
    cues = [k for k, t in enumerate(toks) if low(t) in lx.REPORTING_VERBS and not _in(regions, t.start)]
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
    end_limit = _clause_limit(toks, k, nxt, span.end)
    if k > 0 and low(toks[k - 1]) in ("been", "was", "were", "is", "are", "be", "being"):
        return []  # passive: "had been told by contractors"
    if any(low(t) in _OBJECT_FIRST for t in toks[max(0, k - 4) : k]):
        return []  # "…, a claim Hamas denied": the verb's object comes first; no new statement
    lb, quote_before = _left_bound(toks, cue_start, regions, _after_dateline(ctx, toks, span), ctx.text)
    nested_in: Draft | None = None
    if (
        made
        and made[-1].start < toks[cue_start].start < made[-1].end
        and made[-1].kind == ClaimKind.INDIRECT
        and not _tail_only(toks, k + 1, span.end)
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
        end = _leading_np(toks, lb, k)  # "Fidan on Monday declined to confirm the meeting but said …"
        speaker = ctx.resolve(toks, lb, end) if end > lb else None
    else:
        left = _trim_left(toks, lb, cue_start)
        subj = _subject_start(toks, lb, left)
        if subj < left:
            speaker = ctx.resolve(toks, subj, left)
            if speaker is not None and subj > lb and quote_before is None:
                lb = subj  # the words before the subject are the content ("…, the IMF said")
        if speaker is None and (left == lb or quote_before is not None):
            inv_end = _inverted_end(toks, k + 1, n)
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
        out.extend(_after_quote_first(ctx, toks, j_after, end_limit, regions, speaker, cue_text))
        return out
    if lemma == "quote":
        return _quoted_as_saying(ctx, toks, j_after, end_limit, speaker, cue_text)
    if nested_in is not None:
        end_limit = nested_in.end
    start = _content_start(ctx, toks, j_after, end_limit, lemma)
    before_ok = lb > 0 and nested_in is None
    if (
        start is not None
        and before_ok
        and (_comma_next(toks, j_after, end_limit) or _tail_only(toks, j_after, end_limit))
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
        and (_tail_only(toks, j_after, end_limit) or _comma_next(toks, j_after, end_limit))
    ):
        # "The economy will grow, the minister said." — the content is before the speaker.
        first = _after_dateline(ctx, toks, span)
        end = toks[lb - 1].start if toks[lb - 1].text == "," else toks[lb].start
        if end - first > 8:
            out.append(Draft(speaker, first, end, ClaimKind.INDIRECT, cue=cue_text, confidence=0.75))
            out.extend(_after_quote_first(ctx, toks, j_after, end_limit, regions, speaker, cue_text))
            for earlier in made_before:  # "Mikati said …, the NNA reported.": Mikati's span ends at the comma
                if earlier.start < end < earlier.end:
                    earlier.end = end
    return out


_DATELINE_RE = re.compile(
    r"[A-Z][A-Z/.' ]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]{1,30}\))?\s*(?:[-–—]+|:)\s+"
)


def _after_dateline(ctx: EnCtx, toks: list[Tok], span: Span) -> int:
    m = _DATELINE_RE.match(ctx.text, span.start, span.end)
    return m.end() if m else span.start


def _left_bound(
    toks: list[Tok], cue_start: int, regions: list[Span], dateline_end: int = 0, text: str = ""
) -> tuple[int, Span | None]:
    """Where the subject may start, and the quotation right before it (``"…," X said``)."""

    def text_before(r: Span) -> str:
        return text[r.end - 2] if text and r.end >= 2 else ""

    lb = next((x for x, t in enumerate(toks) if t.start >= dateline_end), 0) if dateline_end else 0
    lb = min(lb, cue_start)
    quote_before = None
    for r in regions:
        if r.end <= toks[cue_start].start:
            m = next((x for x, t in enumerate(toks) if t.start >= r.end), cue_start)
            if m <= cue_start:
                lb = m + (1 if m < cue_start and toks[m].text == "," else 0)
                closed = toks[m].text == "," or m == cue_start or text_before(r) in ",،?!"
                quote_before = r if closed and _subject_only(toks, lb, cue_start) else None
    return lb, quote_before


def _subject_start(toks: list[Tok], lb: int, left: int) -> int:
    """The subject is the last comma-separated noun phrases before the verb (with appositions)."""
    cuts = [x for x in range(lb, left) if toks[x].text in (",", "—", "–") or (toks[x].text == "-" and x > lb)]
    start = lb
    parts = [lb, *[c + 1 for c in cuts]]
    keep = len(parts) - 1
    if keep > 0 and parts[keep] >= left:
        keep -= 1  # "X, …, said": the comma right before the verb closes an apposition
    if (
        keep > 0
        and parts[keep] < left
        and (
            low(toks[parts[keep]]) in ("who", "which", "whose")
            or (low(toks[parts[keep]]).endswith("ing") and toks[parts[keep]].text[0].islower())
        )
    ):
        keep -= 1  # "X, who spoke on condition of anonymity, told …" / "X, speaking after …, said …"
    while keep > 0 and _np_like(toks, parts[keep - 1], cuts[keep - 1]) and left - parts[keep - 1] <= 24:
        keep -= 1
    start = parts[keep]
    return start


def _np_like(toks: list[Tok], a: int, b: int) -> bool:
    """A short phrase without a finite verb: a name, a role, an organisation."""
    if b - a < 1 or b - a > 12:
        return False
    words = [low(t) for t in toks[a:b]]
    while words and words[0] in ("but", "and", "yet", "so"):
        words = words[1:]
        a += 1
    if not words or words[0] in lx.INTRO_WORDS or (words[0].endswith("ing") and len(words[0]) > 5):
        return False
    if any(w in _CLAUSE_WORDS for w in words) or b - a > 9:
        return False
    if any(ch.isdigit() for w in words for ch in w):
        return False
    fitting = sum(
        1
        for n, w in enumerate(words)
        if toks[a + n].text[0].isupper()
        or w in lx.TITLE_WORDS
        or w in lx.ORG_WORDS
        or w in lx.COLLECTIVE_WORDS
        or w in _NP_FUNCTION
        or w.endswith("'s")
    )
    if len(words) > 3 and fitting * 2 < len(words):
        return False  # mostly plain lower-case words: a clause, not a name or a role
    return all(
        not w.endswith("ed") or toks[a + n].text[0].isupper() or w in lx.TITLE_WORDS
        for n, w in enumerate(words)
    ) and not any(w in lx.REPORTING_VERBS for w in words)


_NP_FUNCTION = frozenset(["of", "the", "a", "an", "for", "at", "in", "and", "on", "to", "from", "with"])
_SOURCE_DOCS = frozenset(
    ["figures", "data", "statistics", "a", "report", "reports", "survey", "count", "tally", "estimates"]
)
_OBJECT_FIRST = frozenset(
    [
        "claim",
        "claims",
        "allegation",
        "allegations",
        "charge",
        "charges",
        "accusation",
        "accusations",
        "which",
    ]
)
_CLAUSE_WORDS = frozenset(
    [
        "to",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "did",
        "does",
        "do",
        "not",
        "which",
        "who",
        "whom",
        "that",
        "it",
        "they",
        "he",
        "she",
        "we",
        "i",
        "said",
        "says",
        "told",
        "where",
        "when",
        "while",
        "because",
        "if",
    ]
)


def _comma_next(toks: list[Tok], j: int, end: int) -> bool:
    """After the verb and its time adjuncts comes a comma: the verb closes a fronted content."""
    m = j
    while (
        m < len(toks)
        and toks[m].start < end
        and (low(toks[m]) in _DAYS or low(toks[m]) in ("on", "late", "early", "last", "week", "night"))
    ):
        m += 1
    return m < len(toks) and toks[m].text == "," and toks[m].start < end


def _tail_only(toks: list[Tok], j: int, end: int) -> bool:
    """Nothing but adjuncts after the verb: ``…, the minister said on Tuesday.``"""
    rest = [t for t in toks[j:] if t.start < end and t.text[0].isalnum()]
    return len(rest) <= 6 and not any(low(t) == "that" for t in rest)


def _after_quote_first(
    ctx: EnCtx, toks: list[Tok], j: int, end: int, regions: list[Span], speaker: Entity, cue_text: str
) -> list[Draft]:
    """After ``"…," X said``: a second quotation, or a participle (``adding that …``), is another claim."""
    limit = next((x for x, t in enumerate(toks) if t.start >= end), len(toks))
    for m in range(j, limit):
        w = low(toks[m])
        if toks[m].text in _QUOTES and m > 0 and toks[m - 1].text == ",":
            r = next((r for r in regions if r.start == toks[m].start), None)
            if r is not None:
                return [
                    Draft(speaker, r.start + 1, r.end - 1, ClaimKind.DIRECT, cue=cue_text, confidence=0.8)
                ]
        if w in lx.PARTICIPLE_CUES and toks[m - 1].text == ",":
            cue = toks[m].text
            a = m + 1
            if a < limit and low(toks[a]) in ("on", "for") and w == "calling":
                cue, a = f"{cue} {toks[a].text}", a + 1
            if a < limit:
                return [Draft(speaker, toks[a].start, end, ClaimKind.INDIRECT, cue=cue, confidence=0.75)]
    return []


def _quoted_as_saying(
    ctx: EnCtx, toks: list[Tok], j: int, end: int, speaker: Entity, cue_text: str
) -> list[Draft]:
    """``SPA quoted the minister as saying that …``: the agency's claim and the minister's, ``via`` it."""
    limit = next((x for x, t in enumerate(toks) if t.start >= end), len(toks))
    m = next((x for x in range(j, limit - 1) if low(toks[x]) == "as" and low(toks[x + 1]) == "saying"), None)
    if m is None or m + 2 >= limit:
        return []
    out = [Draft(speaker, toks[j].start, end, ClaimKind.INDIRECT, cue=cue_text, confidence=0.75)]
    inner = ctx.resolve(toks, j, m)
    if inner is not None and inner is not speaker:
        out.append(
            Draft(
                inner,
                toks[m + 2].start,
                end,
                ClaimKind.INDIRECT,
                cue="as saying",
                via=speaker.canonical,
                confidence=0.75,
            )
        )
    return out


def _leading_np(toks: list[Tok], a: int, b: int) -> int:
    """End of the capitalised subject phrase that opens a clause."""
    k = a
    while k < b and (
        is_cap(toks[k])
        or is_title(toks[k])
        or possessive(toks[k])
        or low(toks[k]) in ("of", "the")
        or (toks[k].text == "." and k > a and len(toks[k - 1].text) <= 3)
    ):
        k += 1
    return k


def _only_punct(toks: list[Tok], a: int, b: int) -> bool:
    return all(not t.text[0].isalnum() for t in toks[a:b])


def _subject_only(toks: list[Tok], a: int, b: int) -> bool:
    return 0 <= b - a <= 12 and all(t.text not in _CLAUSE_END for t in toks[a:b])


def _trim_left(toks: list[Tok], a: int, b: int) -> int:
    """Drop adverbs and time phrases between the subject and its verb (``also``, ``on Monday``)."""
    while b > a and (low(toks[b - 1]) in lx.AUXILIARIES or low(toks[b - 1]) in _DAYS):
        b -= 1
        if b > a and low(toks[b - 1]) in ("on", "late", "early"):
            b -= 1
    return b


def _inverted_end(toks: list[Tok], j: int, n: int) -> int:
    """``said Hakan Fidan, Turkey's foreign minister.`` → end of the speaker phrase after the verb."""
    if j >= n or not (is_cap(toks[j]) or low(toks[j]) in ("the", "a", "an") or is_title(toks[j])):
        return j
    k = j
    while (
        k < n
        and (
            toks[k].text not in (".", ";", "?", "!")
            or (
                toks[k].text == "."
                and k > j
                and len(toks[k - 1].text) <= 4
                and toks[k - 1].text[0].isupper()
                and k + 1 < n
            )
        )
        and low(toks[k]) not in ("that", "on", "in", "at")
    ):
        if (
            toks[k].text == ","
            and k + 1 < n
            and not (
                is_title(toks[k + 1]) or low(toks[k + 1]) in ("the", "a", "an") or possessive(toks[k + 1])
            )
        ):
            break
        k += 1
    if k > j and low(toks[j]) not in ("the", "a", "an") and not is_cap(toks[j]) and not is_title(toks[j]):
        return j
    return k if k - j <= 14 else j


def _clause_limit(toks: list[Tok], k: int, nxt: int | None, end: int) -> int:
    """Content runs to the sentence end, or to the coordination before the next finite cue."""
    if nxt is None:
        return end
    m = nxt - 1
    while m > k and (
        low(toks[m]) in lx.PRONOUNS
        or low(toks[m]) in lx.AUXILIARIES
        or low(toks[m]) in ("and", "but")
        or toks[m].text == ","
    ):
        m -= 1
    if m < nxt - 1 and any(low(toks[x]) in ("and", "but") for x in range(m + 1, nxt)):
        return toks[m + 1].start
    return end


def _content_start(ctx: EnCtx, toks: list[Tok], j: int, end: int, lemma: str) -> int | None:
    """Skip adjuncts (``on Monday``, ``in a statement``, ``to reporters``, the addressee of ``told``)."""
    n = len(toks)
    limit = next((x for x, t in enumerate(toks) if t.start >= end), n)
    for m in range(j, min(limit, j + 14)):
        w = low(toks[m])
        if w == "that":
            return toks[m].start
        if toks[m].text == ":" and m + 1 < limit:
            return toks[m + 1].start
        if w in lx.REPORTING_VERBS or toks[m].text in _CLAUSE_END:
            break
    m = j
    while m < limit and toks[m].text == ",":
        m += 1
    if lemma == "tell":
        while m < limit and (
            is_cap(toks[m])
            or low(toks[m])
            in (
                "reporters",
                "journalists",
                "the",
                "a",
                "an",
                "news",
                "conference",
                "agency",
                "press",
                "state",
                "media",
            )
        ):
            m += 1
    while m < limit and low(toks[m]) in _ADJUNCT_STARTS and m + 1 < limit:
        stop = next((x for x in range(m + 1, min(limit, m + 8)) if toks[x].text == ","), None)
        if stop is None:
            if low(toks[m + 1]) in _DAYS or low(toks[m]) == "on":
                m += 2
                continue
            break
        m = stop + 1
    while m < limit and toks[m].text == ",":
        m += 1
    if m >= limit:
        return None
    if lemma in lx.CLAUSE_ONLY and toks[m].text not in _QUOTES:
        return None
    if low(toks[m]) in ("off", "up", "out", "back") or (
        lemma == "call" and low(toks[m]) in ("it", "him", "her", "them")
    ):
        return None
    return toks[m].start


def _content_before(toks: list[Tok], cue_start: int) -> int | None:
    """The clause before ``, the minister said`` when the speaker comes after the content."""
    for m in range(cue_start - 1, 0, -1):
        if toks[m].text == ",":
            return toks[m].start if m >= 3 else None
    return None


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
            low(toks[a]) in _SOURCE_DOCS
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


__all__ = ["SpeakerKind", "extract_english", "name_span"]
