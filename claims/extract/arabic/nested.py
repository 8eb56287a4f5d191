"""Arabic nested reports and content finishing: a quotation holding its own cue, ``نقلت الوكالة عن
الوزير قوله إن …`` (guideline §4.3, ``via``), and trimming a content to a direct quotation."""

from __future__ import annotations

from bisect import bisect_right
from typing import Final

from claims.extract.arabic.claim import claim
from claims.extract.arabic.content import content_start, written_prep
from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.cues import Cue, find_cues
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.noun_phrases import Ctx, Mention, registry_match
from claims.extract.arabic.words import COLLECTIVES, COMPLEMENTISERS, DUALS, TIME_WORDS, is_nisba
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import END, QUOTE_CHARS, Tok, within
from claims.text.segment import Span, quote_regions
from claims.types import ClaimKind, SpeakerKind

_SAYING: Final = fold_set(
    ("قوله", "قولها", "قولهم", "تأكيده", "تأكيدها", "تصريحه", "تصريحها", "إشارته", "إشارتها")
)


def relayed(ctx: Ctx, toks: list[Tok], outer: Draft) -> list[Draft]:
    """``نقلت الوكالة عن الوزير قوله إن …``: the minister's claim, ``via`` the agency (guideline §4.3)."""
    if not outer.cue.startswith(("نقل", "تنقل", "ينقل")):
        return _quoting_aside(ctx, toks, outer)
    inner = within(toks, outer.start, outer.end)
    m = parse_mention(ctx, inner, 0, len(inner))
    if m is None:
        return []
    j = m.end
    # "عن المصادر العراقية، قولها": the source known by its head alone; its nisbas still belong to it
    while j < len(inner) and j - m.end < 3 and inner[j].text.startswith("ال") and is_nisba(inner[j].text):
        j += 1
    end_char = inner[j - 1].end
    while j < len(inner) and (inner[j].text in ("،", ",") or inner[j].text in TIME_WORDS):
        j += 1  # "عن مصدر خاص، الاثنين، إن …": the day of the report sits between the source and its words
    said = j < len(inner) and inner[j].text in _SAYING
    if said:
        j += 1
    kind = ClaimKind.INDIRECT
    if said and j + 3 < len(inner) and inner[j].text in QUOTE_CHARS:
        close = next((c for c in range(len(inner) - 1, j + 2, -1) if inner[c].text in QUOTE_CHARS), None)
        if close is None:
            return []
        # "نقلت الوزارة عن المدير قوله «إنه …»": the quotation is the words of both (§4.3)
        outer.start, outer.end, outer.kind = inner[j].end, inner[close].start, ClaimKind.DIRECT
        kind, start = ClaimKind.DIRECT, outer.start
    elif j >= len(inner) or (inner[j].text not in COMPLEMENTISERS and inner[j].text != ":"):
        return []
    else:
        start = inner[j].start if inner[j].text != ":" else inner[min(j + 1, len(inner) - 1)].start
    ctx.reg.spoke(m.entity)
    return [
        Draft(
            m.entity,
            start,
            outer.end,
            kind,
            cue=outer.cue,
            mention=ctx.orig(m.start_char, max(m.end_char, end_char)),
            via=outer.speaker.canonical,
            confidence=0.75,
        )
    ]


def _quoting_aside(ctx: Ctx, toks: list[Tok], outer: Draft) -> list[Draft]:
    """``وذكرت صحيفة «الصباح»، نقلاً عن مصدر في الوزارة، أن …``: the outlet names its own source between
    its cue and the content, so the source's claim is the same span, ``via`` the outlet (§4.3)."""
    before = toks[: bisect_right(toks, outer.start, key=END)]  # the tokens ending before the content
    for k in range(max(0, len(before) - 14), len(before) - 2):
        if before[k].text == "نقلا" and before[k + 1].text == "عن":
            m = parse_mention(ctx, before, k + 2, len(before))
            if m is None or m.entity is outer.speaker:
                return []
            ctx.reg.spoke(m.entity)
            cue = ctx.orig(before[k].start, before[k + 1].end)
            mention = ctx.orig(m.start_char, m.end_char)
            via = outer.speaker.canonical
            return [Draft(m.entity, outer.start, outer.end, outer.kind, cue, mention, via, 0.75)]
    return []


def finalise(ctx: Ctx, draft: Draft, regions: list[Span]) -> None:
    """Direct quote when the content is one quotation (after an optional complementiser)."""
    start, end = draft.start, draft.end
    s = ctx.f
    while end > start and s[end - 1] in " .،؛:!؟?…)":
        if s[end - 1] == ")" and s.count("(", start, end) >= s.count(")", start, end):
            break  # "(…)" closed inside the content stays; only a bracket quote's closer goes
        end -= 1
    inner = start
    first = s[start:end].split(" ", 1)[0]
    if first in COMPLEMENTISERS:
        inner = start + len(first) + 1
    for r in regions:
        if r.start == inner and r.end >= end - 1 and end - r.end <= 1:
            draft.start, draft.end, draft.kind = r.start + 1, r.end - 1, ClaimKind.DIRECT
            return
    if s[inner : inner + 1] == "”" and s[end - 1 : end] == "”" and s.count("”", inner + 1, end - 1) == 0:
        # ":”…”": some pages open a quotation with the closing mark too; the segmenter pairs only
        # openers with closers, so the quotation is read here, where it fills the whole content
        draft.start, draft.end, draft.kind = inner + 1, end - 1, ClaimKind.DIRECT
        return
    draft.end = end


def nested(ctx: Ctx, toks: list[Tok], outer: Draft, regions: list[Span]) -> list[Draft]:
    """Cues inside a quoted content: claims of the quote's own subject, ``via`` the outer speaker."""
    if outer.kind == ClaimKind.INDIRECT:
        found = (
            reported_inside(ctx, toks, outer)
            or relayed_in_relative(ctx, toks, outer)
            or spoke_then_said(ctx, toks, outer)
            or acted_then_said(ctx, toks, outer)
            or pronoun_reported(ctx, toks, outer)
        )
        if found:
            return found
        inner = [t for t in toks if outer.start <= t.start < outer.end]
        return stated_in_relative(ctx, inner, outer) or participle_inside(ctx, inner, outer)
    if outer.kind != ClaimKind.DIRECT:
        return []
    inner = within(toks, outer.start, outer.end)
    if not inner:
        return []
    local = registry_match(ctx, inner, 0, len(inner))
    out: list[Draft] = []
    for cue in find_cues(inner):
        if cue.form.participle or cue.k == 0:
            continue
        ctx.reg.local = local[0] if local else None
        draft = claim(ctx, inner, cue, False, outer.end)
        ctx.reg.local = None
        if draft is None or draft.speaker is outer.speaker:
            continue
        draft.end = outer.end
        draft.via = outer.speaker.canonical
        draft.confidence -= 0.1
        out.append(draft)
    return out



_SUBJECT_SPAN: Final = 8  # words between the complementiser and the inner cue: a subject, never a clause


def reported_inside(ctx: Ctx, toks: list[Tok], outer: Draft) -> list[Draft]:
    """``قال X إن <subject> <finite cue> <complement>``: the complement reports someone else's statement
    (guideline §2, nested report), so that subject's claim comes too, ``via`` the outer speaker.

    By position only: a complementiser (the content's first word, or a later ``وأن/وإن`` after a
    comma), an optional opening quotation mark, a speaker phrase filling exactly the slot up to a
    finite (perfect) reporting verb, and the verb with a complement of its own. After ``إن/أن`` the
    subject is accusative, so a sound plural reads ``ين`` (``المحتجين``)."""
    inner = within(toks, outer.start, outer.end)
    if len(inner) < 4 or inner[0].text not in COMPLEMENTISERS:
        return []
    cues = find_cues(inner)
    for c in _clause_openers(inner):
        found = _reported_at(ctx, inner, cues, c, outer)
        if found is not None:
            return found
    return []


def _clause_openers(inner: list[Tok]) -> list[int]:
    """The content's complementiser and each later one that opens a coordinated clause (``، وأن``)."""
    out = [0]
    for m in range(2, len(inner) - 3):
        w = inner[m].text
        if w[:1] == "و" and w[1:] in COMPLEMENTISERS and inner[m - 1].text in ("،", ",", '"', "”", "»"):
            out.append(m)
    return out


def _reported_at(ctx: Ctx, inner: list[Tok], cues: list[Cue], c: int, outer: Draft) -> list[Draft] | None:
    """The nested claim whose subject starts after the complementiser at ``c``; ``[]`` stops the search
    (a verb of the lexicon with no statement after it), None tries the next complementiser."""
    s = c + 1 + (inner[c + 1].text in QUOTE_CHARS)  # "وأن "الحكومة شددت على …"": a quoted clause
    for cue in cues:
        if cue.k <= s:
            continue
        if cue.k - s >= _SUBJECT_SPAN:
            return None
        imperfect = cue.form.imperfect and not _that_next(inner, cue.k)
        if cue.k < s + 1 or cue.clitic or cue.form.participle or imperfect:
            continue
        if any(t.text in ("،", ",", "؛") for t in inner[s : cue.k]):
            return None  # the slot runs into the next clause: that clause's own complementiser may hold it
        found = content_start(inner, cue.k + 1, len(inner), cue.form)
        if found is None:
            return []  # "أن الوزارة أضافت 3 آلاف ميجاوات": a verb of the lexicon with no statement after it
        slot = _nominative_plural(inner, s)
        m = parse_mention(ctx, slot, s, cue.k)
        if m is None or m.end != cue.k:
            m = _described_subject(ctx, inner, s, cue)
        if m is None or m.entity is outer.speaker:
            return []
        start, prep = found
        cue_tok = inner[cue.k]
        cue_text = ctx.orig(cue_tok.start, cue_tok.end)
        if prep:
            cue_text += " " + written_prep(ctx.orig, inner[cue.k + 1 :], start, prep)
        draft = Draft(
            m.entity,
            start,
            outer.end,
            ClaimKind.INDIRECT,
            cue=cue_text,
            mention=ctx.orig(m.start_char, m.end_char),
            via=outer.speaker.canonical,
            confidence=outer.confidence - 0.1,
        )
        draft.resolution = "nested"
        return [draft]
    return None


def _that_next(inner: list[Tok], k: int) -> bool:
    """``أن الوزارة تتعهد بأن …``: an imperfect reporting verb right before a complementiser of its own
    reports what the subject says now; other imperfects (``تعمل على``) tell what it does."""
    return k + 1 < len(inner) and inner[k + 1].text in COMPLEMENTISERS


# a complementiser carrying the subject pronoun: its agreement (gender, number)
_PRONOUN_AGREEMENT: Final = {
    "ه": ("m", "singular"), "ها": ("f", "singular"), "هما": ("", "dual"), "هم": ("m", "plural")
}
_PRONOUN_COMPLEMENTISERS: Final = {
    c + p: agr for c in ("ان", "بان", "فان") for p, agr in _PRONOUN_AGREEMENT.items()
}


def pronoun_reported(ctx: Ctx, toks: list[Tok], outer: Draft) -> list[Draft]:
    """``وأضافت الوزارة أنهما أكدا …``: the complementiser's pronoun is the subject of a perfect cue
    right after it; when the pronoun cannot be the outer speaker (its agreement differs: she cannot say
    "he stressed" of herself), it points back to the latest agreeing people, whose claim comes too,
    ``via`` the outer speaker (guideline §2, nested report). One that agrees is the speaker himself
    (``قال إنه أكد …``) and adds nothing."""
    inner = within(toks, outer.start, outer.end)
    if len(inner) < 3 or inner[0].text not in _PRONOUN_COMPLEMENTISERS:
        return []
    gender, number = _PRONOUN_COMPLEMENTISERS[inner[0].text]
    cues = find_cues(inner[1:2])
    if not cues or cues[0].clitic or cues[0].form.participle or cues[0].form.imperfect:
        return []
    form = cues[0].form
    if form.number != number or (number == "singular" and form.gender != gender):
        return []
    if outer.speaker.agrees(gender, number):
        return []
    found = content_start(inner, 2, len(inner), form)
    if found is None:
        return []
    entity = ctx.reg.implicit(gender, number, inner[0].start)
    if entity is None or entity is outer.speaker or entity.kind == SpeakerKind.OUTLET:
        return []
    if not entity.agrees(gender, number):
        return []
    start, prep = found
    cue_text = ctx.orig(inner[1].start, inner[1].end)
    if prep:
        cue_text += " " + written_prep(ctx.orig, inner[2:], start, prep)
    draft = Draft(
        entity,
        start,
        outer.end,
        ClaimKind.INDIRECT,
        cue=cue_text,
        mention="",
        via=outer.speaker.canonical,
        confidence=outer.confidence - 0.15,
    )
    draft.resolution = "nested"
    return [draft]


_DESCRIBED_WORDS: Final = 3  # "الفحوص المخبرية المنجزة": a definite noun and its adjectives


def _described_subject(ctx: Ctx, inner: list[Tok], s: int, cue: Cue) -> Mention | None:
    """``أن المتمردين أعلنوا رفضهم …``, ``أن الناشطات المعتقلات أكدن …``: no speaker the parser knows,
    but the whole slot between the complementiser and a plural finite cue is one definite noun phrase
    (a noun and up to two adjectives, each with ``ال``): that description speaks, an unnamed group
    (guideline §4.5). Only plural agreement marks people: things and data take the feminine singular
    (``أن الفحوص المخبرية أكدت …`` stays inside the outer claim, as data does elsewhere)."""
    words = inner[s : cue.k]
    if not 1 <= len(words) <= _DESCRIBED_WORDS or cue.form.number != "plural":
        return None
    if any(not t.text.startswith("ال") or len(t.text) < 5 or not t.text.isalpha() for t in words):
        return None
    if any(t.text in COMPLEMENTISERS or find_cues([t]) for t in words):
        return None
    key = " ".join(t.text for t in words)
    canonical = ctx.orig(words[0].start, words[-1].end)
    entity = ctx.reg.lookup(key) or ctx.reg.add(
        Entity(canonical, SpeakerKind.GROUP, gender=cue.form.gender, number="plural", role=canonical, named=False),
        [key],
    )
    return Mention(entity, cue.k, words[0].start, words[-1].end)


_SPOKE: Final = fold_set(("تحدث", "تحدثت", "تكلم", "تكلمت", "خاطب", "خاطبت", "علق", "علقت"))
_WHEN: Final = fold_set(("عندما", "حين", "حينما", "لما", "بعدما", "وعندما", "وحين"))
_TOPIC_ENDS: Final = frozenset(("عن", "،", ",", ":", "؛", "."))


def spoke_then_said(ctx: Ctx, toks: list[Tok], outer: Draft) -> list[Draft]:
    """``قالت إنها تذكرت … عندما تحدث مدير أكبر مصرف هناك عن … وقال إن …``: inside a content, a
    time clause whose verb is speaking (``عندما تحدث X``), then a و-joined perfect cue: X's own claim,
    ``via`` the outer speaker (guideline §4.3). X is the words between the verb and its topic (``عن``)."""
    inner = within(toks, outer.start, outer.end)
    n = len(inner)
    for v in range(1, n - 3):
        if inner[v].text not in _SPOKE or inner[v - 1].text not in _WHEN:
            continue
        s = e = v + 1
        cues = {c.k: c for c in find_cues(inner)}
        while e < n and e - s < 14 and inner[e].text not in _TOPIC_ENDS and e not in cues:
            e += 1
        if e == s or e >= n:
            return []
        said = next((c for k, c in sorted(cues.items()) if e <= k <= e + 14), None)
        if said is None or not said.clitic or said.form.imperfect or said.form.participle:
            return []
        found = content_start(inner, said.k + 1, n, said.form)
        if found is None:
            return []
        m = parse_mention(ctx, inner, s, e, register=False)
        if m is not None and m.end == e:
            entity = parse_mention(ctx, inner, s, e).entity  # type: ignore[union-attr]
        else:
            key = " ".join(t.text for t in inner[s:e])
            canonical = ctx.orig(inner[s].start, inner[e - 1].end)
            entity = ctx.reg.lookup(key) or ctx.reg.add(
                Entity(canonical, SpeakerKind.PERSON, gender=said.form.gender, role=canonical, named=False),
                [key],
            )
        if entity is outer.speaker:
            return []
        cue_tok = inner[said.k]
        draft = Draft(
            entity,
            found[0],
            outer.end,
            ClaimKind.INDIRECT,
            cue=ctx.orig(cue_tok.start + 1, cue_tok.end),
            mention=ctx.orig(inner[s].start, inner[e - 1].end),
            via=outer.speaker.canonical,
            confidence=outer.confidence - 0.15,
        )
        draft.resolution = "nested"
        return [draft]
    return []


_ACTOR_SPAN: Final = 5  # words between the complementiser and the named actor ("أن ضابطا يدعى X")
_BUT_HE: Final = fold_set(("لكنه", "ولكنه", "لكنها", "ولكنها"))


def acted_then_said(ctx: Ctx, toks: list[Tok], outer: Draft) -> list[Draft]:
    """``أشارت الصحيفة إلى أن ضابطا يدعى X أجرى مكالمات …، وقال في إحداها "…" لكنه دعا …``: inside a
    content, a named person does something, then a comma and a و-joined perfect cue with no subject of
    its own (and ``لكنه`` + cue after it): X's own claims, ``via`` the outer speaker (guideline §4.3)."""
    inner = within(toks, outer.start, outer.end)
    n = len(inner)
    if n < 8 or inner[0].text not in COMPLEMENTISERS:
        return []
    actor = None
    for a in range(1, min(n, _ACTOR_SPAN + 1)):
        hit = registry_match(ctx, inner, a, n, SpeakerKind.PERSON)
        if hit is not None and hit[0].named and hit[0] is not outer.speaker:
            actor = hit
            break
    if actor is None:
        return []
    entity, end = actor
    cues = find_cues(inner)
    if any(c.k == end for c in cues) or end >= n or not inner[end].text[0].isalpha():
        return []  # "أن X قال …" is reported_inside's; here X must act first
    out: list[Draft] = []
    said = [
        c
        for c in cues
        if c.k > end + 1
        and not c.form.participle
        and not c.form.imperfect
        and entity.agrees(c.form.gender, c.form.number)
        and ((c.clitic and inner[c.k - 1].text in ("،", ",")) or inner[c.k - 1].text in _BUT_HE)
    ]
    if not said or inner[said[0].k - 1].text in _BUT_HE:
        return []
    for idx, c in enumerate(said):
        found = content_start(inner, c.k + 1, n, c.form)
        opener = next((q for q in range(c.k + 1, min(n, c.k + 5)) if inner[q].text in QUOTE_CHARS), None)
        if opener is not None and (found is None or found[0] > inner[opener].start):
            found = (inner[opener].start, "")  # "وقال في إحداها "…"": a short frame, then the quotation
        if found is None:
            break
        stop = outer.end
        if idx + 1 < len(said):  # the next cue's clause ("، وقال", "لكنه دعا") ends this content
            before = inner[said[idx + 1].k - 1]
            stop = before.start if before.text in _BUT_HE else inner[said[idx + 1].k].start
        cue_tok = inner[c.k]
        draft = Draft(
            entity,
            found[0],
            stop,
            ClaimKind.INDIRECT,
            cue=ctx.orig(cue_tok.start + (1 if c.clitic else 0), cue_tok.end),
            mention="",
            via=outer.speaker.canonical,
            confidence=outer.confidence - 0.15,
        )
        draft.resolution = "nested"
        finalise(ctx, draft, quote_regions(ctx.f, draft.start, draft.end))
        out.append(draft)
    return out


def _nominative_plural(toks: list[Tok], i: int) -> list[Tok]:
    """``إن المحتجين …``: the accusative sound plural after a complementiser, read as the listed
    nominative (``المحتجون``) so the collective rule knows it; other words are left as they are."""
    w = toks[i].text if i < len(toks) else ""
    if w.startswith("ال") and w.endswith("ين") and (w[:-2] + "ان") in DUALS:
        out = list(toks)  # "أن الرئيسين أكدا …": the accusative dual, read as the listed nominative
        out[i] = Tok(w[:-2] + "ان", toks[i].start, toks[i].end)
        return out
    if not (w.startswith("ال") and w.endswith("ين") and len(w) > 6 and (w[:-2] + "ون") in COLLECTIVES):
        return toks
    out = list(toks)
    out[i] = Tok(w[:-2] + "ون", toks[i].start, toks[i].end)
    return out


_WHICH: Final = fold_set(("التي", "الذي"))
_RELATIVE_SPAN: Final = 6  # words of the intermediary's name before its relative pronoun


def relayed_in_relative(ctx: Ctx, toks: list[Tok], outer: Draft) -> list[Draft]:
    """``نفى X ما نشرته صحيفة Y التي نقلت عن Z إن …``: the relative clause is the paper's own report
    (it quoted Z) and Z's statement reaches us through the paper (guideline §4.3): two claims, the
    paper's (its whole complement) and Z's, ``via`` the paper. By position: a name right before
    ``التي/الذي``, a finite ``نقل`` and ``عن``, a speaker phrase, then a complementiser or a colon."""
    inner = within(toks, outer.start, outer.end)
    n = len(inner)
    if n < 6 or not any(ctx.f.find(w, outer.start, inner[-1].end) >= 0 for w in _WHICH):
        return []  # no relative pronoun in the content: one substring search each, not a test per token
    for r in range(1, n - 4):
        if inner[r].text not in _WHICH or inner[r + 2].text != "عن":
            continue
        cues = find_cues(inner[r + 1 : r + 2])
        if not cues or cues[0].form.lemma != "نقل" or cues[0].form.participle or cues[0].form.imperfect:
            continue
        starts = range(max(0, r - _RELATIVE_SPAN), r)
        paper = next((m for s in starts if (m := parse_mention(ctx, inner, s, r)) and m.end == r), None)
        source = parse_mention(ctx, inner, r + 3, n)
        if paper is None or source is None or source.entity is paper.entity:
            return []
        j = source.end
        while j < n and inner[j].text in ("،", ","):
            j += 1
        if j < n and inner[j].text in _SAYING:
            j += 1
        if j >= n or (inner[j].text not in COMPLEMENTISERS and inner[j].text != ":"):
            return []
        start = inner[j].start if inner[j].text != ":" else inner[min(j + 1, n - 1)].start
        cue_tok = inner[r + 1]
        cue = ctx.orig(cue_tok.start, cue_tok.end)
        ctx.reg.spoke(paper.entity)
        ctx.reg.spoke(source.entity)
        confidence = outer.confidence - 0.1
        about = ctx.orig(inner[r + 2].start, inner[r + 2].end)
        papers = Draft(
            paper.entity,
            inner[r + 2].start,
            outer.end,
            ClaimKind.INDIRECT,
            cue=cue,
            mention=ctx.orig(paper.start_char, paper.end_char),
            confidence=confidence,
        )
        quoted = Draft(
            source.entity,
            start,
            outer.end,
            ClaimKind.INDIRECT,
            cue=f"{cue} {about}",
            mention=ctx.orig(source.start_char, source.end_char),
            via=paper.entity.canonical,
            confidence=confidence,
        )
        papers.resolution = quoted.resolution = "nested"
        return [papers, quoted]
    return []


_IN_IT: Final = fold_set(("فيه", "فيها", "خلاله", "خلالها"))


def _inner_draft(ctx: Ctx, outer: Draft, m: Mention, cue_tok: Tok, start: int, clitic: bool) -> Draft:
    draft = Draft(
        m.entity,
        start,
        outer.end,
        ClaimKind.INDIRECT,
        cue=ctx.orig(cue_tok.start + (1 if clitic else 0), cue_tok.end),
        mention=ctx.orig(m.start_char, m.end_char),
        via=outer.speaker.canonical,
        confidence=outer.confidence - 0.1,
    )
    draft.resolution = "nested"  # the outer speaker stays the one talking (no spoke())
    return draft


def _named_before(ctx: Ctx, inner: list[Tok], r: int) -> Mention | None:
    """A named person whose mention ends right at token ``r``."""
    for s in range(max(0, r - _RELATIVE_SPAN), r):
        m = parse_mention(ctx, inner, s, r)
        if m is not None and m.end == r and m.entity.kind == SpeakerKind.PERSON and m.entity.named:
            return m
    return None


def stated_in_relative(ctx: Ctx, inner: list[Tok], outer: Draft) -> list[Draft]:
    """``أشار المحامي إلى أقوال موكله كمال يوسف التي ذكر فيها أنه …``: a relative clause holding a
    finite reporting verb and its own complement reports what the person named before it said; his
    claim comes too, ``via`` the outer speaker (guideline §2, nested report). By position: a named
    person right before ``التي/الذي``, a perfect cue, ``فيها`` at most, then the complementiser."""
    n = len(inner)
    if _WHICH.isdisjoint(t.text for t in inner):
        return _org_in_relative(ctx, inner, outer)
    for r in range(2, n - 3):
        if inner[r].text not in _WHICH:
            continue
        cues = find_cues(inner[r + 1 : r + 2])
        if not cues or cues[0].form.participle or cues[0].form.imperfect or cues[0].clitic:
            continue
        j = r + 2 + (inner[r + 2].text in _IN_IT)
        if j >= n or inner[j].text not in COMPLEMENTISERS:
            continue
        m = _named_before(ctx, inner, r)
        if m is None or m.entity is outer.speaker:
            continue
        return [_inner_draft(ctx, outer, m, inner[r + 1], inner[j].start, False)]
    return _org_in_relative(ctx, inner, outer)


_AND_WHICH: Final = fold_set(("والتي", "والذي"))


def _org_in_relative(ctx: Ctx, inner: list[Tok], outer: Draft) -> list[Draft]:
    """``… تواصل المركز مع وزارة التربية، والتي نفت تلك الأنباء تماما``: a named body, a comma and
    ``والتي/والذي`` with a perfect cue and its complement: the body's own statement, reported by the
    outer speaker (``via``). The comma and و set the clause off as a new report, not a description."""
    n = len(inner)
    for r in range(3, n - 2):
        if inner[r].text not in _AND_WHICH or inner[r - 1].text not in ("،", ","):
            continue
        cues = find_cues(inner[r + 1 : r + 2])
        if not cues or cues[0].form.participle or cues[0].form.imperfect or cues[0].clitic:
            continue
        found = content_start(inner, r + 2, n, cues[0].form)
        if found is None:
            continue
        m = next(
            (x for s in range(max(0, r - 1 - _RELATIVE_SPAN), r - 1) if (x := parse_mention(ctx, inner, s, r - 1)) and x.end == r - 1),
            None,
        )
        if m is None or m.entity is outer.speaker or m.entity.kind != SpeakerKind.ORGANIZATION:
            continue
        if not m.entity.agrees(cues[0].form.gender, cues[0].form.number):
            continue
        return [_inner_draft(ctx, outer, m, inner[r + 1], found[0], False)]
    return []


def participle_inside(ctx: Ctx, inner: list[Tok], outer: Draft) -> list[Draft]:
    """``كشفت مصادر أن الوزير سامي نور اعترض على المشروع معتبراً أنه مخالف …``: inside an indirect
    complement, a reporting participle with a complementiser of its own belongs to the named person
    whose clause it continues (right after the complementiser, or after a comma and a verb), with no
    comma between: that person's claim, ``via`` the outer speaker. A participle after a comma is the
    outer speaker's own (§4.10) and stays inside the outer claim."""
    n = len(inner)
    if n < 6 or inner[0].text not in COMPLEMENTISERS:
        return []
    for cue in find_cues(inner):
        if not cue.form.participle or cue.k < 3 or cue.k + 1 >= n:
            continue
        if inner[cue.k + 1].text not in COMPLEMENTISERS:
            continue
        starts = [1] + [q + 2 for q in range(1, cue.k - 2) if inner[q].text in ("،", ",")]
        for s in reversed(starts):
            m = _subject_at(ctx, inner, s, cue.k)
            if m is None:
                continue
            if m.entity is outer.speaker or any(t.text in ("،", ",") for t in inner[m.end : cue.k]):
                break
            return [_inner_draft(ctx, outer, m, inner[cue.k], inner[cue.k + 1].start, cue.clitic)]
    return []


def _subject_at(ctx: Ctx, inner: list[Tok], s: int, k: int) -> Mention | None:
    """A named person at ``s`` (SVO after the complementiser) or after the verb at ``s`` (VSO)."""
    for at in (s, s + 1):
        if at >= k:
            return None
        m = parse_mention(ctx, inner, at, k)
        if m is not None and m.entity.kind == SpeakerKind.PERSON and m.entity.named:
            return m
    return None
