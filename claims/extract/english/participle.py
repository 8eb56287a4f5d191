"""English participle claims: ``X rejected the invitation, saying …``, ``X issued a statement saying …``.

Wire copy often hangs the statement on a participle whose own main verb reports nothing
(``rejected an invitation``, ``issued a statement``). The participle's complement is then the claim
and the subject of the main clause is its speaker (guideline §4.1: the participle belongs to the
sentence's speaker). A participle inside a claim already made stays part of that claim.
"""

from __future__ import annotations

from claims.extract.core.draft import Draft
from claims.extract.english import lexicon as lx
from claims.extract.english.complement import content_start
from claims.extract.english.noun_phrases import EnCtx
from claims.extract.english.spans import subject_start, trim_left
from claims.extract.english.speaker_candidates import choose_subject
from claims.extract.english.tokens import Tok
from claims.extract.english.verbs import finite_ed
from claims.text.segment import Span
from claims.types import ClaimKind

LEAD_PARTICIPLES = (
    "saying",
    "warning",
    "arguing",
    "insisting",
    "claiming",
    "stressing",
    "alleging",
    "accusing",
    "telling",
)
_STATEMENT_NOUNS = frozenset(["statement", "communique", "communiqué", "letter", "message", "post", "video"])
_VERB_GROUP = frozenset(["has", "have", "had", "will", "would", "was", "were", "is", "are"])


def participle_claims(
    ctx: EnCtx, span: Span, toks: list[Tok], first: int, regions: list[Span], made: list[Draft]
) -> list[Draft]:
    """One claim for the first lead participle no claim of this sentence covers, spoken by the subject."""
    for p, t in enumerate(toks):
        if t.lw not in LEAD_PARTICIPLES or p < 3 or any(r.start < t.start < r.end for r in regions):
            continue
        introduced = p + 1 < len(toks) and (toks[p + 1].lw == "that" or toks[p + 1].text in (":", "“", '"'))
        absolute = _with_subject(toks, first, p)
        after_while = toks[p - 1].lw == "while" and toks[p - 2].text == ","  # ", while insisting she …"
        announced = toks[p - 1].text == "," or toks[p - 1].lw in _STATEMENT_NOUNS or introduced
        if not (announced or absolute or after_while):
            continue  # "spoke of the risks saying that …": no comma, but the complement is announced
        if any(d.start <= t.start < d.end or (d.start >= t.start) for d in made):
            return []  # "said …, saying …": already inside (or after) a claim of this sentence
        if absolute is not None:  # "…, with the union saying it wants a deal": the union speaks
            speaker = ctx.resolve(toks, absolute, p)
        else:
            verb = _main_verb(toks, first, p)
            if verb is None:
                return []
            left = trim_left(toks, first, verb)
            while left - first >= 4 and toks[left - 1].text == "," and toks[left - 3].text == ",":
                if toks[left - 2].lw not in lx.SENTENCE_ADVERBS:
                    break
                left -= 3  # "He, however, refused …, saying …": the adverb set off is no subject
            subj = subject_start(toks, first, left, ctx.name_commas)
            if subj >= left:
                return []
            choice = choose_subject(toks, first, subj, left, ctx.lower_words)
            speaker = ctx.resolve(toks, choice.start, choice.end)
        start = content_start(ctx, toks, p + 1, span.end, "tell" if t.lw == "telling" else "say")
        if speaker is None or start is None:
            return []
        ctx.reg.spoke(speaker)
        ctx.last_spoke = span.end
        quoted = next((r for r in regions if r.start == start and span.end - r.end <= 2), None)
        if quoted is not None:  # 'issued a statement saying: "We do not comment …"': the words themselves
            return [
                Draft(speaker, quoted.start + 1, quoted.end - 1, ClaimKind.DIRECT, cue=t.text, confidence=0.7)
            ]
        return [Draft(speaker, start, span.end, ClaimKind.INDIRECT, cue=t.text, confidence=0.7)]
    return []


def _main_verb(toks: list[Tok], first: int, p: int) -> int | None:
    """The main clause's verb: an auxiliary, a frequency adverb or a past tense after the subject
    (regular, or an irregular narration verb: ``The mayor spoke of …``)."""
    for v in range(first + 1, p):
        w = toks[v]
        narrated = w.lw in lx.NARRATION_VERBS and w.text.islower()
        if w.lw in _VERB_GROUP or w.lw in lx.AUXILIARIES or finite_ed(w) or narrated:
            return v
    return None


def _with_subject(toks: list[Tok], first: int, p: int) -> int | None:
    """``…, with the union saying …``: an absolute clause's subject starts after ``with`` (a short
    noun phrase, no verb of its own), else None."""
    w = next((x for x in range(p - 1, max(first, p - 7) - 1, -1) if toks[x].lw == "with"), None)
    if w is None or w + 1 >= p or not (w == first or toks[w - 1].text == ","):
        return None
    if any(not t.text[:1].isalnum() or t.lw in _VERB_GROUP or finite_ed(t) for t in toks[w + 1 : p]):
        return None
    return w + 1


__all__ = ["LEAD_PARTICIPLES", "participle_claims"]
