"""English participle claims: ``X rejected the invitation, saying …``, ``X issued a statement saying …``.

Wire copy often hangs the statement on a participle whose own main verb reports nothing
(``rejected an invitation``, ``issued a statement``). The participle's complement is then the claim
and the subject of the main clause is its speaker (guideline §4.1: the participle belongs to the
sentence's speaker). A participle inside a claim already made stays part of that claim.
"""

from __future__ import annotations

from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.english import lexicon as lx
from claims.extract.english.complement import content_start
from claims.extract.english.noun_phrases import EnCtx, is_cap
from claims.extract.english.spans import infinitive, subject_start, trim_left
from claims.extract.english.speaker_candidates import choose_subject
from claims.extract.english.tokens import Tok
from claims.extract.english.verbs import ADJUNCT_PARTICIPLES, finite_ed, ing_form
from claims.extract.english.words import AGENTS, STATEMENTS
from claims.text.segment import Span
from claims.types import ClaimKind, SpeakerKind

# "-ing" form → the lemma whose guards apply (``confirming`` needs a clause, ``praising`` a judgement):
# every reporting verb but those whose participle narrates an act, the listed participle cues, and the
# reason participles (``citing …``)
_ING_LEMMAS: Final[dict[str, str]] = {
    **dict.fromkeys(lx.PARTICIPLE_CUES, "say"),
    **{ing_form(lemma): lemma for lemma in set(lx.REPORTING_VERBS.values()) - lx.ACT_PARTICIPLES},
    **{  # from the past forms: "admitted" → "admitting", "criticized" → "criticizing"
        f[:-2] + "ing": lemma
        for f, lemma in lx.REPORTING_VERBS.items()
        if f.endswith("ed") and not f.endswith(("ied", "eed")) and lemma not in lx.ACT_PARTICIPLES
    },
    **dict.fromkeys(lx.REASON_PARTICIPLES, "reason"),
    **dict.fromkeys(lx.PROGRESSIVE_REQUESTS, "ask"),  # "is appealing to residents to …": a request's guards
    "telling": "tell",
    "calling": "call",
}
LEAD_PARTICIPLES: Final = frozenset(_ING_LEMMAS)  # tested per token: a set, not a scan of 70 words
_STATEMENT_NOUNS: Final = frozenset(["letter", "message", "post", "video", *STATEMENTS])
_VERB_GROUP: Final = frozenset(["has", "have", "had", "will", "would", "was", "were", "is", "are"])
_BE_FORMS: Final = frozenset(["is", "are", "was", "were", "been"])


def participle_claims(
    ctx: EnCtx, span: Span, toks: list[Tok], first: int, regions: list[Span], made: list[Draft]
) -> list[Draft]:
    """One claim for the first lead participle no claim of this sentence covers, spoken by the subject."""
    for p, t in enumerate(toks):
        if t.lw not in LEAD_PARTICIPLES or p < 2 or any(r.start < t.start < r.end for r in regions):
            continue
        # "is urging residents to …": the clause's own verb; two words before it suffice ("Police are …")
        be = _progressive(toks, first, p) if _progressive_cue(toks, p) else None
        progressive = be is not None
        if p < 3 and not progressive:
            continue
        introduced = p + 1 < len(toks) and (toks[p + 1].lw == "that" or toks[p + 1].text in (":", "“", '"'))
        absolute = _with_subject(toks, first, p)
        after_while = toks[p - 1].lw == "while" and toks[p - 2].text == ","  # ", while insisting she …"
        announced = toks[p - 1].text == "," or toks[p - 1].lw in _STATEMENT_NOUNS or introduced
        if t.lw in lx.PROGRESSIVE_REQUESTS and not progressive:
            continue  # "appealing" is a cue only as the verb of its clause ("is appealing to … to …")
        if not (announced or absolute or after_while or progressive):
            continue  # "spoke of the risks saying that …": no comma, but the complement is announced
        if any(d.start <= t.start < d.end or (d.start >= t.start) for d in made):
            return []  # "said …, saying …": already inside (or after) a claim of this sentence
        if absolute is not None:  # "…, with the union saying it wants a deal": the union speaks
            speaker = ctx.resolve(toks, absolute, p)
        else:
            verb = _main_verb(toks, first, p)
            if verb is None:
                return _appositive(ctx, toks, first, p)
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
        lemma = _ING_LEMMAS[t.lw]
        if lemma == "reason" and _names_source(ctx, toks, p + 1):
            return []  # "…, citing the ministry": an intermediary (flow.citing), not a reason
        a, cue = p + 1, t.text
        if be is not None:  # "is urging": the cue holds its auxiliary (events.py: a scene going on)
            cue = ctx.span(toks[be].start, t.end)
        if lemma == "call":  # "…, calling for a ban": the preposition belongs to the cue; "calling him": none
            if a + 1 >= len(toks) or toks[a].lw not in ("for", "on", "upon"):
                return []
            a, cue = a + 1, f"{cue} {toks[a].text}"
            lemma = "urge"  # "calling on the council to act": an appeal, never a summons of its object
        start = content_start(ctx, toks, a, span.end, lemma)
        if speaker is None or start is None:
            return []
        ctx.reg.spoke(speaker)
        ctx.last_spoke = span.end
        if toks[p - 1].lw in STATEMENTS:
            ctx.statement_author = speaker  # "X issued a statement rejecting …": what "it" says next
        quoted = next((r for r in regions if r.start == start and span.end - r.end <= 2), None)
        if quoted is not None:  # 'issued a statement saying: "We do not comment …"': the words themselves
            return [
                Draft(speaker, quoted.start + 1, quoted.end - 1, ClaimKind.DIRECT, cue=cue, confidence=0.7)
            ]
        end = _next_absolute(toks, a, span.end) if absolute is not None else span.end
        return [Draft(speaker, start, end, ClaimKind.INDIRECT, cue=cue, confidence=0.7)]
    return []


def lead_lemma(word: str) -> str | None:
    """The lemma whose guards a participle cue takes (``noting`` → ``note``, ``citing`` → ``reason``)."""
    return _ING_LEMMAS.get(word)


def _appositive(ctx: EnCtx, toks: list[Tok], first: int, p: int) -> list[Draft]:
    """``The men, claiming to be members of the guild, arrived …``: a participle set off by commas between
    the subject and its verb, with an infinitive or a that-clause, is what the subject claims; the content
    ends at the comma before the main verb."""
    if toks[p - 1].text != "," or p + 2 >= len(toks):
        return []
    if not (infinitive(toks, p + 1) or toks[p + 1].lw == "that"):
        return []
    end = next(
        (x for x in range(p + 2, len(toks) - 1) if toks[x].text == "," and _finite_here(toks, x + 1)), None
    )
    if end is None or any(not t.text[:1].isalnum() and t.text not in ("’", "'", "-") for t in toks[p + 1 : end]):
        return []  # no main verb after the apposition, or a clause break inside it: not this shape
    subj = subject_start(toks, first, p - 1, ctx.name_commas)
    if subj >= p - 1 or any(finite_ed(t) or t.lw in _VERB_GROUP for t in toks[subj : p - 1]):
        return []
    choice = choose_subject(toks, first, subj, p - 1, ctx.lower_words)
    speaker = ctx.resolve(toks, choice.start, choice.end)
    if speaker is None:
        return []
    words = ctx.span(toks[choice.start].start, toks[choice.end - 1].end)
    if words.lower() not in lx.PRONOUNS and not _names(words, speaker):
        # "The group, claiming to be …": a description the resolver took for a body named before (its
        # latest organisation) that the words never name; the description itself claims (its members)
        speaker = ctx.reg.lookup(words.lower()) or ctx.reg.add(
            Entity(words, SpeakerKind.GROUP, number="plural"), [words.lower()]
        )
    ctx.reg.spoke(speaker)
    stop = next((x for x in range(p + 3, end) if toks[x].lw == "and" and finite_ed(toks[x + 1])), end)
    return [  # "…, claiming to be members of X and attired in black, arrived": the claim ends before "and"
        Draft(speaker, toks[p + 1].start, toks[stop - 1].end, ClaimKind.INDIRECT, cue=toks[p].text, confidence=0.6)
    ]


def _names(words: str, speaker: Entity) -> bool:
    """The subject's words share a content word with the speaker's name, keys or role."""
    own = {w.strip(".,'’").lower() for w in words.split()} - _FUNCTION_WORDS
    known = " ".join([speaker.canonical, speaker.role, *speaker.keys]).lower().split()
    return bool(own & {w.strip(".,'’") for w in known})


_FUNCTION_WORDS: Final = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "this", "these"])


def _finite_here(toks: list[Tok], x: int) -> bool:
    """A finite verb opens the words at ``x`` (past an adverb): the main clause resumes after an apposition."""
    while x < len(toks) and toks[x].lw in lx.AUXILIARIES and toks[x].text.islower() and toks[x].lw not in _VERB_GROUP:
        x += 1
    if x >= len(toks) or not toks[x].text.islower():
        return False
    t = toks[x]
    return t.lw in _VERB_GROUP or finite_ed(t) or t.lw in lx.NARRATION_VERBS or t.lw in lx.REPORTING_VERBS


def _progressive(toks: list[Tok], first: int, p: int) -> int | None:
    """``is urging residents to …``, ``are also calling on …``, ``has been saying …``: the participle after a
    form of "be" (past the adverbs between) is the main clause's own verb, its subject the speaker. Returns
    the form of "be", else None."""
    if not toks[p].text.islower():
        return None
    x = p - 1
    while x > first and toks[x].lw in lx.AUXILIARIES and toks[x].text.islower():
        x -= 1
    return x if x > first and toks[x].lw in _BE_FORMS and toks[x].text.islower() else None


_NOT_ADDRESSEES: Final = frozenset(["in", "that", "of", "for", "to", "as", "and", "about", "because"])


def _progressive_cue(toks: list[Tok], p: int) -> bool:
    """A progressive that reports words: one of the listed verbs; ``telling`` with its addressee after it
    (``is telling voters that …``), never as an adjective (``the detail is telling in itself``)."""
    w = toks[p].lw
    if w not in lx.PROGRESSIVE_CUES and w not in lx.PROGRESSIVE_REQUESTS:
        return False
    if w == "telling":
        return p + 1 < len(toks) and toks[p + 1].text[:1].isalpha() and toks[p + 1].lw not in _NOT_ADDRESSEES
    return True


def _names_source(ctx: EnCtx, toks: list[Tok], a: int) -> bool:
    """``citing the health ministry``, ``citing officials``, ``citing Reuters``: the object is a source (a
    capitalised name, or a head word that names an agent), not a reason (``citing a lack of evidence``)."""
    b = a
    while b < len(toks) and toks[b].text[:1].isalnum() and toks[b].lw not in ("of", "that", "as", "in", "on"):
        b += 1
    words = toks[a:b]
    if not words:
        return True
    if any(is_cap(t) for t in words):
        return True
    head = words[-1].lw
    return head in lx.ORG_WORDS or head in lx.TITLE_WORDS or head in lx.COLLECTIVE_WORDS or head in AGENTS


def _main_verb(toks: list[Tok], first: int, p: int) -> int | None:
    """The main clause's verb: an auxiliary, a frequency adverb or a past tense after the subject
    (regular, or an irregular narration verb: ``The mayor spoke of …``)."""
    for v in range(first + 1, p):
        w = toks[v]
        narrated = w.lw in lx.NARRATION_VERBS and w.text.islower()
        if w.lw in _VERB_GROUP or w.lw in lx.AUXILIARIES or finite_ed(w) or narrated:
            return v
        if w.lw in ADJUNCT_PARTICIPLES and w.text.islower() and toks[v + 1].lw in ("a", "an"):
            return v  # "The board issued a statement saying …": the act, not "a statement issued on Monday"
    return None


def _next_absolute(toks: list[Tok], a: int, end: int) -> int:
    """``with Ann calling for a ban and others backing a fee``: the next subject and its participle, joined
    by ``and``, start another absolute clause; the first one's content ends before it."""
    for x in range(a + 1, len(toks) - 2):
        if toks[x].start >= end:
            break
        if toks[x].lw != "and":
            continue
        y = next((y for y in range(x + 2, min(len(toks), x + 5)) if toks[y].lw.endswith("ing")), None)
        if y is not None and all(t.text.isalpha() and not t.lw.endswith("ing") for t in toks[x + 1 : y]):
            if toks[y].text.islower() and toks[x + 1].lw not in ("the", "a", "an", "to"):
                return toks[x - 1].end if toks[x - 1].text != "," else toks[x - 2].end
    return end


def _with_subject(toks: list[Tok], first: int, p: int) -> int | None:
    """``…, with the union saying …``: an absolute clause's subject starts after ``with`` (a short
    noun phrase, no verb of its own), else None."""
    w = next((x for x in range(p - 1, max(first, p - 7) - 1, -1) if toks[x].lw == "with"), None)
    if w is None or w + 1 >= p or not (w == first or toks[w - 1].text == ","):
        return None
    if any(not t.text[:1].isalnum() or t.lw in _VERB_GROUP or finite_ed(t) for t in toks[w + 1 : p]):
        return None
    return w + 1


__all__ = ["LEAD_PARTICIPLES", "lead_lemma", "participle_claims"]
