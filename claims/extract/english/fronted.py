"""English fronted participle cues: ``Noting that …, the group demanded …``, ``Accusing X of …, they said …``.

A sentence may open with a participle of saying or judging whose subject is the main clause's subject.
The participle reports a statement of its own (its ``that`` clause, its bare clause, its object judged
``of``/``for``/``as`` something): one claim of the main subject whose content runs from the participle's
complement to the comma that opens the main clause. The main clause's own cue (if any) keeps its claim;
a main clause that reports nothing (``Highlighting that …, their petitions were pending``) still names who
spoke. Participles of acts (``Speaking to reporters``, ``Responding to accusations that …``) are no cue;
those whose participle usually narrates an act (``maintaining``, ``pointing out``) count only before
``that``.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.english import lexicon as lx
from claims.extract.english.complement import bare_clause, content_start
from claims.extract.english.noun_phrases import EnCtx, is_cap
from claims.extract.english.participle import LEAD_PARTICIPLES, lead_lemma
from claims.extract.english.spans import subject_start, trim_left
from claims.extract.english.speaker_candidates import choose_subject
from claims.extract.english.tokens import START, Tok
from claims.extract.english.verbs import finite_ed, ing_form
from claims.text.segment import Span
from claims.types import ClaimKind

# "maintaining", "pointing (out)": their participle after a main clause narrates an act ("…, maintaining the
# road"), but fronted before "that" it reports a statement ("Maintaining that the road is safe, she …")
_THAT_ONLY: Final = {ing_form(lemma): lemma for lemma in lx.ACT_PARTICIPLES}
FRONTED_PARTICIPLES: Final = frozenset(LEAD_PARTICIPLES | _THAT_ONLY.keys())
_SUBJECT_OPENERS: Final = frozenset(
    "the a an his her their its our this these those he she they we i it".split()
)
_JUDGED: Final = frozenset(["of", "for", "as", "over"])  # "Accusing the clerk of …", "Describing it as …"
_MAIN_VERBS: Final = frozenset(["has", "have", "had", "will", "would", "was", "were", "is", "are", "can"])
_QUOTES: Final = frozenset(['"', "“"])
_SUBJECT_REACH: Final = 12  # words of a main clause's subject before its verb


def fronted_claims(
    ctx: EnCtx, span: Span, toks: list[Tok], first: int, regions: list[Span], made: list[Draft]
) -> list[Draft]:
    """The claim of a participle of saying opening the sentence at ``toks[first]``, spoken by the main
    clause's subject (the speaker of the main clause's claim when it made one), else none."""
    if first + 3 >= len(toks):
        return []
    t = toks[first]
    if not t.text[:1].isupper() or t.lw not in FRONTED_PARTICIPLES or any(r.start <= t.start < r.end for r in regions):
        return []
    comma = _main_clause_comma(toks, first, regions)
    if comma is None or any(d.start < toks[comma].start for d in made):
        return []  # no main clause after it, or the fronted words already hold a claim
    start = _complement(ctx, toks, first, comma)
    if start is None:
        return []
    speaker = next((d.speaker for d in made if d.start > toks[comma].start and d.cue), None)
    if speaker is None:
        speaker = _main_subject(ctx, toks, comma)
    if speaker is None:
        return []
    ctx.reg.spoke(speaker)
    cue = t.text if toks[first + 1].lw != "out" else f"{t.text} {toks[first + 1].text}"
    return [Draft(speaker, start, toks[comma - 1].end, ClaimKind.INDIRECT, cue=cue, confidence=0.65)]


def _complement(ctx: EnCtx, toks: list[Tok], p: int, comma: int) -> int | None:
    """Where the fronted participle's statement starts: a ``that`` clause or quotation, a bare clause
    (``Stating he had …``) or an object judged by a preposition (``Accusing the clerk of …``); else None
    (``Warning about the risks``, ``Noting the date``: a topic, no statement)."""
    w = toks[p].lw
    lemma = _THAT_ONLY.get(w) if w not in LEAD_PARTICIPLES else lead_lemma(w)
    if lemma is None or lemma == "reason":
        return None
    if w in _THAT_ONLY and w not in LEAD_PARTICIPLES:
        m = p + 2 if lemma == "point" and toks[p + 1].lw == "out" else p + 1
        return toks[m].start if toks[m].lw == "that" else None
    start = content_start(ctx, toks, p + 1, toks[comma].start, lemma)
    if start is None:
        return None
    m = bisect_left(toks, start, key=START)
    if m >= comma:
        return None
    if toks[m].lw == "that" or toks[m].text in _QUOTES or toks[m - 1].text in (":", *_QUOTES):
        return start
    if bare_clause(toks, m, comma):
        return start
    opener = toks[m].lw in _SUBJECT_OPENERS or is_cap(toks[m])
    judged = any(toks[x].lw in _JUDGED for x in range(m + 1, min(comma, m + 6)))
    return start if opener and judged else None


def _main_clause_comma(toks: list[Tok], p: int, regions: list[Span]) -> int | None:
    """The first comma after the participle's complement followed by a subject and its finite verb (the
    main clause), outside quotations; None when no main clause follows."""
    for c in range(p + 2, len(toks) - 2):
        if toks[c].text != "," or any(r.start < toks[c].start < r.end for r in regions):
            continue
        if _verb_after(toks, c + 1) is not None:
            return c
    return None


def _verb_after(toks: list[Tok], a: int) -> int | None:
    """``the farmer leaders' many petitions were …``, ``Lakshmana also complained``: a subject (a
    pronoun, a determiner or a capitalised word first) then its finite verb within a few words."""
    x = a
    while x < len(toks) and toks[x].lw in lx.SENTENCE_ADVERBS:
        x += 1
    if x >= len(toks) or not (toks[x].lw in _SUBJECT_OPENERS or is_cap(toks[x])):
        return None
    for v in range(x + 1, min(len(toks), x + _SUBJECT_REACH)):
        w = toks[v]
        if w.text in (";", ":") or w.text in _QUOTES or w.lw in ("that", "who", "which"):
            return None
        if not w.text.islower():
            continue
        if w.lw in _MAIN_VERBS or w.lw in lx.REPORTING_VERBS or w.lw in lx.NARRATION_VERBS or finite_ed(w):
            return v
    return None


def _main_subject(ctx: EnCtx, toks: list[Tok], comma: int) -> Entity | None:
    """The main clause's subject resolved; a possessor owning it speaks (``Highlighting that …, the
    leaders' petitions were pending``: the leaders highlighted it, not the petitions)."""
    a = comma + 1
    verb = _verb_after(toks, a)
    if verb is None:
        return None
    left = trim_left(toks, a, verb)
    owner = next((x for x in range(a, left) if toks[x].lw.endswith(("'", "'s"))), None)
    if owner is not None and owner > a:
        cut = 2 if toks[owner].lw.endswith("'s") else 1
        o = toks[owner]  # the possessor without its mark: "the leaders’" names "the leaders"
        bare = o._replace(text=o.text[:-cut], end=o.end - cut, lw=o.lw[:-cut])
        return ctx.resolve([*toks[a:owner], bare], 0, owner + 1 - a)
    subj = subject_start(toks, a, left, ctx.name_commas)
    if subj >= left:
        return None
    choice = choose_subject(toks, a, subj, left, ctx.lower_words)
    return ctx.resolve(toks, choice.start, choice.end)


__all__ = ["FRONTED_PARTICIPLES", "fronted_claims"]
