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
from claims.extract.arabic_np import (
    ALI,
    Ctx,
    Mention,
    backward_name,
    organisation,
    parse_mention,
    parse_name,
    person,
    registry_match,
    title_end,
)
from claims.extract.arabic_words import (
    COMPLEMENTISERS,
    EVENT_VERBS,
    OFFICE,
    ORG_HEADS,
    PLACES,
    STATEMENT_WORDS,
    STOPS,
    TITLES,
    TRIGGERS,
    in_lexicon,
    is_cue,
    is_nisba,
    strip_clitic,
)
from claims.extract.draft import Draft
from claims.extract.entities import Entity, Registry
from claims.extract.forms import CueForm, cue_forms, f, fold_set
from claims.extract.sources import attach_sources, pronoun_phrase
from claims.extract.tokens import QUOTE_CHARS, Tok, tokenize
from claims.text.normalize import Folded
from claims.text.segment import Span, paragraphs, quote_regions, split_paragraph
from claims.types import ClaimKind, SpeakerKind

AUTHOR_VOICE = tuple(f(p) for p in lx.AUTHOR_VOICE)
TURN_MARKERS = tuple(f(p) for p in lx.TURN_MARKERS)
CONTINUATION_OPENERS = tuple(f(p) for p in lx.CONTINUATION_OPENERS)
_FRAME_OPENERS = fold_set(
    (
        "في",
        "خلال",
        "عبر",
        "لدى",
        "أثناء",
        "عقب",
        "اليوم",
        "أمس",
        "يوم",
        "مساء",
        "صباح",
        "مساء",
        "على",
        "أمام",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
        "ظهر",
        "ليل",
        "فجر",
        "بعد",
        "قبل",
    )
)
_NOT_FRAME_L = frozenset({"لا", "لم", "لن", "لكن", "لقد", "له", "لها"})
_CONTENT_PREPS = frozenset({"علي", "عن", "الي", "من", "بالقول"})
_CUT_WORDS = frozenset({"كما", "فيما", "بينما"})


@dataclass
class _Cue:
    k: int  # token index
    form: CueForm
    clitic: bool


def extract_arabic(doc: CleanDocument, folded: Folded, outlet: Entity) -> tuple[list[Draft], list[str]]:
    """Drafts for an Arabic document, plus the folded names known (for check-worthiness)."""
    ctx = Ctx(doc.text, folded, Registry())
    units = _units(ctx)
    ctx.reg.sentence_starts = [span.start for _, span, _, _ in units]
    _register_names(ctx, units)
    drafts: list[Draft] = []
    last_claim_unit = -10
    for index, (para, span, toks, heading) in enumerate(units):
        if heading or not toks:
            continue
        made = _sentence(ctx, span, toks, index - last_claim_unit == 1, drafts, outlet, para, units, index)
        if made:
            last_claim_unit = index
    keys = [k for e in ctx.reg.entities for k in e.keys]
    return drafts, keys


def _units(ctx: Ctx) -> list[tuple[int, Span, list[Tok], bool]]:
    """(paragraph index, sentence span, tokens, is-heading) for every sentence."""
    out: list[tuple[int, Span, list[Tok], bool]] = []
    for pi, para in enumerate(paragraphs(ctx.f)):
        heading = _is_heading(ctx.f[para.start : para.end])
        for span in split_paragraph(ctx.f, para.start, para.end):
            toks = tokenize(ctx.f, span.start, span.end)
            if "علي" in ctx.f[span.start : span.end]:
                toks = _mark_ali(ctx, toks)
            out.append((pi, span, toks, heading))
    return out


def _mark_ali(ctx: Ctx, toks: list[Tok]) -> list[Tok]:
    """``علي`` spelt with ya and followed by a name-like word is the name Ali, not ``على``."""
    for i, tok in enumerate(toks):
        if tok.text == "علي" and i + 1 < len(toks) and ctx.text[ctx.folded.orig(tok.end - 1)] == "ي":
            nxt = toks[i + 1].text
            after_title = i > 0 and toks[i - 1].text in TITLES
            if (
                nxt[0].isalpha()
                and nxt not in STOPS
                and nxt not in COMPLEMENTISERS
                and (after_title or not nxt.startswith("ال"))
            ):
                toks[i] = Tok(ALI, tok.start, tok.end)
    return toks


def _is_heading(text: str) -> bool:
    """Headlines, standfirsts, sub-heads and tag lines: short, no sentence-final mark."""
    return len(text.split()) < 16 and text.rstrip()[-1:] not in '.!?؟…"”»:'


def _register_names(ctx: Ctx, units: list[tuple[int, Span, list[Tok], bool]]) -> None:
    """Pass 1: every titled name (and every ``والإيراني X`` coordination) enters the registry; then mentions."""
    triggers = TRIGGERS
    for _, _, toks, _ in units:
        n = len(toks)
        covered = -1
        for i, tok in enumerate(toks):
            if i < covered:
                continue
            w = tok.text
            kind = triggers.get(w)
            if kind == "t":
                prev = toks[i - 1].text if i else ""
                if w.startswith("ال") and prev.startswith("ال") and prev not in TITLES and not is_cue(prev):
                    continue  # a definite title after a definite noun is an adjective: المؤتمر الصحفي
                backward_name(ctx, toks, i, n)
                m = parse_mention(ctx, toks, i, n)
                covered = m.end if m is not None else covered
            elif kind == "o":
                covered = _register_org(ctx, toks, i, n)
            elif w.startswith("وال") and w.endswith("ي") and len(w) > 5 and i + 1 < n:
                end, clear = parse_name(toks, i + 1, n)
                if end > i + 1 and clear and not toks[i + 1].text.startswith("ال"):
                    parse_mention_named(ctx, toks, i, end)
                    covered = end
    firsts = ctx.reg.first_words
    for _, _, toks, _ in units:
        i, n = 0, len(toks)
        while i < n:
            w = toks[i].text
            if w not in firsts and w[1:] not in firsts:
                i += 1
                continue
            hit = registry_match(ctx, toks, i, n)
            if hit is None:
                i += 1
                continue
            entity, end = hit
            ctx.reg.mention(toks[i].start, entity)
            i = end


def _register_org(ctx: Ctx, toks: list[Tok], i: int, n: int) -> int:
    """Organisations named in full anywhere (``بالبنك المركزي المصري``) so later short forms resolve.

    Descriptions (``الوكالة الإيرانية``: definite head and nisbas only) are not registered: they
    must resolve to the organisation named before them when they are used.
    """
    w, offset = toks[i].text, i
    head = in_lexicon(w, ORG_HEADS) or (w[1:] if w[0] in "بل" and w[1:] in ORG_HEADS else w)
    if head in OFFICE:
        return i + 1
    sliced = [Tok(head, toks[i].end - len(head), toks[i].end), *toks[i + 1 : n]]
    rest = [t.text for t in sliced[1:6] if t.text not in QUOTE_CHARS]
    if not rest or not rest[0][0].isalpha() or rest[0] in STOPS:
        return i + 1
    if (
        head.startswith("ال")
        and all(is_nisba(r) for r in rest[:1])
        and (len(rest) < 2 or not rest[1].startswith("ال"))
    ):
        return i + 1
    m = organisation(ctx, sliced, 0, len(sliced))
    return offset + m.end


def parse_mention_named(ctx: Ctx, toks: list[Tok], i: int, end: int) -> None:
    nisba = toks[i].text[1:]
    role = ctx.orig(toks[i].start + 1, toks[i].end)
    person(ctx, toks, i + 1, end, (role, "", frozenset({nisba}), nisba), True)


def _find_cues(toks: list[Tok]) -> list[_Cue]:
    forms = cue_forms()
    out: list[_Cue] = []
    for k, tok in enumerate(toks):
        w = tok.text
        if not w[0].isalpha():
            continue
        form = forms.get(w)
        clitic = False
        if form is None and len(w) > 3 and w[0] in "وف":
            form, clitic = forms.get(w[1:]), True
        if form is not None:
            out.append(_Cue(k, form, clitic))
    return out


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
        before = _quote_before(ctx, toks, cue.k, regions, opened)
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
            first = ctx.f[draft.start : draft.start + 12].split(" ", 1)[0].strip("،,")
            if first in _FRAME_OPENERS or first in ("خلال", "لدى", "اثناء"):
                ctx.reg.spoke(draft.speaker)
                continue  # "«…»، أكد الرئيس خلال لقائه …": the quotation is the whole claim
            if _participle(first) or (first[:1] in "وف" and _participle(first[1:])):
                draft.cue = ctx.orig(draft.start, draft.start + len(first))  # "…، مضيفاً أن …" (§4.9)
        opened.append((cue.k, draft))
        ctx.reg.spoke(draft.speaker)
    # Each claim runs to the clause boundary before the next top-level claim (run-on paragraphs).
    for idx, (k, draft) in enumerate(opened):
        if idx + 1 < len(opened):
            draft.end = _clause_start(toks, opened[idx + 1][0], draft.start)
        else:
            draft.end = end_limit
        _finalise(ctx, draft, regions)
        if draft.end - draft.start < 2:
            continue
        made.append(draft)
        made.extend(_nested(ctx, toks, draft, regions))
        made.extend(_relayed(ctx, toks, draft))
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
    if j < n and not _content_marker(toks[j], form):
        subject = parse_mention(ctx, toks, j, n)
        if subject is None:
            subject = _bare_subject(ctx, toks, j, n)
        if subject is None:
            subject = _construct_subject(ctx, toks, j, n, form)
    elif j + 3 < n and toks[j].text in QUOTE_CHARS and toks[j + 2].text in QUOTE_CHARS:
        subject = _quoted_name(ctx, toks, j, n)
    if subject is not None:
        j = _skip_apposition(ctx, toks, subject.end, n, subject)
    left = _left_subject(ctx, toks, k) if subject is None else None
    if form.imperfect and left is None and not _sentence_initial(toks, k):
        return None  # an imperfect inside a clause ("… يكشف مرة أخرى …") is not a report
    found = _content_start(toks, j, n, form)
    if found is None:
        if not _quote_ends_before(toks, k):
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


_OPENERS = fold_set(
    (
        "في",
        "المقابل",
        "بالمقابل",
        "من",
        "جهته",
        "جهتها",
        "جانبه",
        "جانبها",
        "بدوره",
        "بدورها",
        "كما",
        "فيما",
        "بينما",
        "وفي",
        "ثم",
        "،",
        ",",
        "ناحيته",
        "ناحيتها",
        "وبدوره",
        "وبدورها",
    )
)


def _sentence_initial(toks: list[Tok], k: int) -> bool:
    return all(t.text in _OPENERS for t in toks[:k])


def _quoted_name(ctx: Ctx, toks: list[Tok], j: int, n: int) -> Mention | None:
    """``وعلمت «عكاظ» أن …``: a one-word quoted name is the (media) subject."""
    nxt = toks[j + 3].text
    if nxt not in COMPLEMENTISERS and nxt[0] != "ل" and nxt not in ("،", ","):
        return None
    inner = toks[j + 1]
    key = inner.text
    entity = ctx.reg.lookup(key) or ctx.reg.add(
        Entity(ctx.orig(inner.start, inner.end), SpeakerKind.ORGANIZATION, gender="f", head="صحيفه"), [key]
    )
    return Mention(entity, j + 3, toks[j].start, toks[j + 2].end)


_LEFT_OPENERS = fold_set(("كان", "وكان", "كانت", "وكانت", "فيما", "بينما", "كما", "وقد", "فقد"))
_BETWEEN = fold_set(
    (
        "قد",
        "لقد",
        "فقد",
        "،",
        ",",
        "من",
        "جهته",
        "جهتها",
        "جانبه",
        "جانبها",
        "بدوره",
        "بدورها",
        "ناحيته",
        "ناحيتها",
        "ايضا",
        "أيضاً",
    )
)


def _left_subject(ctx: Ctx, toks: list[Tok], k: int) -> Mention | None:
    """SVO: ``وكان الوزير قد أعلن …``, ``الوزير الإسباني، من جهته، أكد …``."""
    if k == 0:
        return None
    start = 1 if toks[0].text in _LEFT_OPENERS else 0
    if start >= k:
        return None
    m = parse_mention(ctx, toks, start, k)
    if m is None:
        return None
    j = _skip_apposition(ctx, toks, m.end, k, m)
    while j < k and toks[j].text in _BETWEEN:
        j += 1
    return m if j == k else None


def _quote_before(
    ctx: Ctx, toks: list[Tok], k: int, regions: list[Span], opened: list[tuple[int, Draft]]
) -> Span | None:
    """``«…»، قال الوزير، «…»``: the quotation right before an inverted cue is that speaker's too."""
    if k == 0 or (opened and opened[-1][0] < k):
        return None
    m = k - 1
    while m >= 0 and toks[m].text in ("،", ",", "و"):
        m -= 1
    if m < 0:
        return None
    for r in regions:
        if r.end == toks[m].end and toks[m].text in QUOTE_CHARS:
            return r
    return None


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


def _construct_subject(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> Mention | None:
    """``أعلنت خلية الإعلام الأمني، الأحد، عن …``: an unknown noun + definite genitives, then a comma or
    the cue's own complement, is a subject (an organisation), not the content."""
    w = toks[j].text
    if w.startswith("ال") or not w[0].isalpha() or w in STOPS or is_cue(w) or w[0] in "لبو":
        return None
    k = j + 1
    while k < n and k - j <= 3 and toks[k].text.startswith("ال") and toks[k].text not in STOPS:
        k += 1
    if k == j + 1 or k >= n:
        return None
    nxt = toks[k].text
    if nxt != "،" and nxt not in COMPLEMENTISERS and not (nxt in form.preps and nxt in _CONTENT_PREPS):
        return None
    return organisation(ctx, toks, j, k)


def _quote_ends_before(toks: list[Tok], k: int) -> bool:
    m = k - 1
    while m >= 0 and toks[m].text in ("،", ",", "و"):
        m -= 1
    return m >= 0 and toks[m].text in QUOTE_CHARS


def _bare_subject(ctx: Ctx, toks: list[Tok], j: int, n: int) -> Mention | None:
    """An untitled, unknown name right before a complementiser: ``وقال زيد عمرو إن …``."""
    end, _ = parse_name(toks, j, n)
    if end == j or end >= n or end - j > 4:
        return None
    nxt = toks[end].text
    if nxt in ("،", ",") and end + 1 < n and in_lexicon(toks[end + 1].text, TITLES):
        pass  # "وقالت سهر الدماطي، نائب رئيس بنك مصر، إن …"
    elif nxt not in COMPLEMENTISERS and nxt != ":" and not (end - j >= 2 and nxt[0] == "ل" and len(nxt) > 2):
        return None
    return person(ctx, toks, j, end, None, True)


def _skip_apposition(ctx: Ctx, toks: list[Tok], j: int, n: int, subject: Mention) -> int:
    """``X، المتحدث باسم …، إن``: the apposition is the role, the content starts after it."""
    if j < n and toks[j].text in TITLES and not toks[j].text.startswith("ال") and subject.entity.named:
        end, _ = title_end(ctx, toks, j, n)  # "سلطان الجابر وزير الصناعة، …": a role after the name
        if not subject.entity.role:
            subject.entity.role = ctx.orig(toks[j].start, toks[end - 1].end)
        return end + 1 if end < n and toks[end].text == "،" else end
    if j + 1 < n and toks[j].text == "،" and toks[j + 1].text in TITLES:
        for m in range(j + 2, min(n, j + 14)):
            if toks[m].text == "،":
                if not subject.entity.role:
                    subject.entity.role = ctx.orig(toks[j + 1].start, toks[m - 1].end)
                return m + 1
    return j


def _content_marker(tok: Tok, form: CueForm) -> bool:
    w = tok.text
    return (
        w in COMPLEMENTISERS
        or w == ":"
        or w in QUOTE_CHARS
        or w in form.preps
        or ("ب" in form.preps and w.startswith("ب") and len(w) > 3 and _prep_b(w))
    )


def _content_start(toks: list[Tok], j: int, n: int, form: CueForm) -> tuple[int, str] | None:
    """Where the content starts after the speaker (and any frame), and the cue's preposition."""
    if j >= n:
        return None
    marker = _marker_at(toks, j, n, form)
    if marker is not None:
        return marker
    comma = toks[j].text in ("،", ",") and j + 1 < n
    if comma:
        j += 1
        marker = _marker_at(toks, j, n, form)
        if marker is not None:
            return marker
    w = toks[j].text
    if w in _FRAME_OPENERS or (w[0] == "ل" and (len(w) > 2 or w == "ل") and w not in _NOT_FRAME_L):
        for m in range(j + 1, min(n, j + 16)):
            found = _marker_at(toks, m, n, form, strict=True)
            if found is not None and (not form.prep_required or found[1]):
                return found
        if form.complement == "np" and not form.prep_required:
            close = next((m for m in range(j + 1, min(n, j + 8)) if toks[m].text == "،"), None)
            if close is not None and close + 1 < n:
                nxt = close + 1
                if toks[nxt].text in _FRAME_OPENERS:  # "، في بيان،"
                    close2 = next((m for m in range(nxt + 1, min(n, nxt + 8)) if toks[m].text == "،"), None)
                    nxt = close2 + 1 if close2 is not None and close2 + 1 < n else nxt
                return toks[nxt].start, ""
            if not comma:
                return toks[j].start, ""
        return None
    if comma and form.complement == "np" and w in ("عن", "من", "في", "ب", "ل", "مع", "بعد"):
        close = next((m for m in range(j + 1, min(n, j + 9)) if toks[m].text == "،"), None)
        if close is not None and close + 1 < n:  # "خديجة الزياني، عن فريق التقدم، الحكومة بـ…"
            return _content_start(toks, close + 1, n, form)
    if form.prep_required and w[0].isalpha() and not comma:
        for m in range(j + 1, min(n, j + 4)):  # "دعا الاتحاد الحكومة إلى …": object, then the preposition
            t = toks[m].text
            if t in form.preps or ("ب" in form.preps and t.startswith("ب") and _prep_b(t)):
                return toks[j].start, ""
    if comma or form.prep_required or form.complement == "clause" or not w[0].isalnum():
        return _scan_complementiser(toks, j, n)
    return toks[j].start, ""


def _scan_complementiser(toks: list[Tok], j: int, n: int) -> tuple[int, str] | None:
    """``وتوقع خبراء مصرفيون تحدثوا لمصراوي أن …``: a complementiser a few words on, no cue between."""
    for m in range(j, min(n, j + 10)):
        w = toks[m].text
        if w in COMPLEMENTISERS:
            return toks[m].start, ""
        if w == ":" and m + 1 < n:
            return toks[m + 1].start, ""
        if w in ".؟?!؛" or (w[0] in "وف" and is_cue(w) and not _participle(w[1:])):
            return None  # a new clause with its own reporting verb
    return None


def _participle(word: str) -> bool:
    form = cue_forms().get(word)
    return form is not None and form.participle


def _marker_at(
    toks: list[Tok], j: int, n: int, form: CueForm, strict: bool = False
) -> tuple[int, str] | None:
    w = toks[j].text
    if w in COMPLEMENTISERS:
        return toks[j].start, ""
    if w == ":" and j + 1 < n:
        return toks[j + 1].start, ""
    if w in QUOTE_CHARS and not strict:
        return toks[j].start, ""
    if w in form.preps and j + 1 < n and w in _CONTENT_PREPS:
        return toks[j + 1].start, w
    if "ب" in form.preps and w.startswith("ب") and len(w) > 2 and not strict and _prep_b(w):
        return toks[j].start + 1, "ب"
    return None


def _prep_b(w: str) -> bool:
    """``بضرورة``, ``بالإفراج``: the cue's ب; not ``بيان`` or ``بيروت`` that only start with the letter."""
    rest = w[1:]
    return (
        w not in STATEMENT_WORDS
        and rest not in ORG_HEADS
        and rest not in TITLES
        and w not in PLACES
        and (rest.startswith("ال") or len(rest) >= 4)
    )


def _clause_start(toks: list[Tok], k: int, floor: int) -> int:
    """Start of the clause holding the cue at ``k``: back over ``،`` / ``كما`` / ``و``."""
    pos = toks[k].start
    m = k - 1
    while m >= 0 and (toks[m].text in _CUT_WORDS or toks[m].text in "،,؛;" or toks[m].text in TURN_MARKERS):
        pos = toks[m].start
        m -= 1
    return max(pos, floor)


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


def _is_event(toks: list[Tok]) -> bool:
    """The outlet's own narration of a checkable act: opens with a perfect event verb."""
    for tok in toks[:3]:
        w = tok.text
        if w in ("كما", "وقد", "قد", "فقد", "وكان", "كان"):
            continue
        return w in EVENT_VERBS or strip_clitic(w) in EVENT_VERBS
    return False
