"""Arabic documents that speak for their issuer: ``بيان لوزارة …``, ``بيانات صادرة عن …``, ``البيان
الصادر عن وزير المالية``, ``البيانات التي تم إصدارها من قبل الهيئة`` → the issuer,
``البيان`` alone → the latest organisation. Split from ``organisations`` to keep each module small."""

from __future__ import annotations

from bisect import bisect_right
from typing import Final

from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.noun_phrases import Ctx, Mention
from claims.extract.arabic.organisations import organisation
from claims.extract.arabic.titles import titled
from claims.extract.arabic.words import ORG_HEADS, STOPS, TITLES, is_cue
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import Tok
from claims.types import SpeakerKind

_ISSUED: Final = fold_set(("صادر", "الصادر", "صادرة", "الصادرة", "عن", "رسمي", "الرسمي", "رسمية", "الرسمية"))



def statement(ctx: Ctx, toks: list[Tok], i: int, limit: int, issuer_only: bool = False) -> Mention | None:
    """``بيان لوزارة …`` / ``بيانات صادرة عن …`` → the issuer; ``البيان`` alone → the latest organisation
    (not for data words: ``أظهرت الأرقام`` names nobody)."""
    j = i + 1
    while j < limit and toks[j].text in _ISSUED:
        j += 1
    j = _agent(toks, j, limit)
    if j < limit:
        w = toks[j].text
        base = "ال" + w[2:] if w.startswith("لل") else w[1:] if w[0] == "ل" else ""
        if base in ORG_HEADS:
            sliced = [Tok(base, toks[j].end - len(base), toks[j].end), *toks[j + 1 : limit]]
            m = organisation(ctx, sliced, 0, len(sliced))
            return Mention(m.entity, j + m.end, toks[i].start, m.end_char)
        if w in ORG_HEADS:
            m = organisation(ctx, toks, j, limit)
            return Mention(m.entity, m.end, toks[i].start, m.end_char)
        if j > i + 1 and _department_word(toks, j, limit):
            return _department(ctx, toks, i, j, limit)
        if w in TITLES and j > i + 1:  # "البيان الصادر عن وزير المالية": the minister speaks
            person = titled(ctx, toks, j, limit, True)
            if person is not None:
                return Mention(person.entity, person.end, toks[i].start, person.end_char)
    if issuer_only:
        return None
    author = _author_of_last(ctx, toks[i])
    if author is not None:
        return Mention(author, i + 1, toks[i].start, toks[i].end)
    latest = ctx.reg.latest(SpeakerKind.ORGANIZATION)
    if latest is not None and toks[i].text.startswith("ال") and not ctx.reg.quoted_only(latest):
        return Mention(latest, i + 1, toks[i].start, toks[i].end)
    return None


def _department_word(toks: list[Tok], j: int, limit: int) -> bool:
    """``صادر عن إعلام مكتب الوالي``: an indefinite common noun governing an indefinite organisation
    head is the issuing department of that body (its media unit, its administration)."""
    w = toks[j].text
    return (
        j + 1 < limit
        and w[0].isalpha()
        and not w.startswith("ال")
        and w not in ORG_HEADS
        and w not in TITLES
        and w not in STOPS
        and not is_cue(w)
        and toks[j + 1].text in ORG_HEADS
        and not toks[j + 1].text.startswith("ال")
    )


def _department(ctx: Ctx, toks: list[Tok], i: int, j: int, limit: int) -> Mention:
    """The department and its body as one organisation, named by the whole construct chain."""
    body = organisation(ctx, toks, j + 1, limit)
    canonical = ctx.orig(toks[j].start, body.end_char)
    key = " ".join(t.text for t in toks[j : body.end])
    entity = ctx.reg.lookup(key) or ctx.reg.add(
        Entity(canonical, SpeakerKind.ORGANIZATION, gender="m", head=toks[j].text), [key]
    )
    return Mention(entity, body.end, toks[i].start, body.end_char)


def _author_of_last(ctx: Ctx, tok: Tok) -> Entity | None:
    """``وقال X، في بيان، إن …`` then ``وأضاف البيان أن …``: the definite document names the one the
    sentence before said was issued (``في بيان``, ``ببيان``, ``بيانا``) by the last speaker, who goes on
    speaking through it; the latest organisation is only a guess when no such sentence precedes."""
    if not tok.text.startswith("ال") or not ctx.reg.speakers or not ctx.reg.sentence_starts:
        return None
    stem = tok.text[2:]
    here = bisect_right(ctx.reg.sentence_starts, tok.start) - 1
    forms = {stem, "ب" + stem, stem + "ا", "وب" + stem}
    # the sentence before, or one of the two before it: a quotation the segmenter cut at its full stop
    # ("جاء في بيان صادر عن X: "… . …"" then "وأضاف البيان") puts the issuing sentence further back
    for back in range(1, _BACK + 1):
        if here - back < 0:
            return None
        start, end = ctx.reg.sentence_starts[here - back], ctx.reg.sentence_starts[here - back + 1]
        if any(w.strip("،,.:") in forms for w in ctx.f[start:end].split()):
            return ctx.reg.speakers[-1]
    return None


_BACK: Final = 3  # sentences back to the one that issued the document


def _agent(toks: list[Tok], j: int, limit: int) -> int:
    """``البيانات التي تم إصدارها من قبل الهيئة``: the issuer named as the agent of a passive relative."""
    if j >= limit or toks[j].text not in ("التي", "الذي"):
        return j
    for m in range(j + 1, min(limit - 2, j + 6)):
        if toks[m].text == "من" and toks[m + 1].text == "قبل":
            return m + 2
    return j
