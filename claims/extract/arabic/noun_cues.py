"""A report carried by a noun of statement, with no reporting verb (guideline §2: a statement with a
cue; here the cue is the noun): ``وفي إفادة لمصدر أمني، بأن …``, ``… في بلاغ للمديرية، ومفاده أن …``,
``ردا على إفادة لمصدر سوري لوكالة …، بأن …``.

The shape: a statement noun (``lexicon.toml`` ``statement_nouns``), its source as a ل-genitive
(``لمصدر``, ``للمديرية``, ``لـ X``), then — within a few words that hold no verb of report — a
complementiser (``بأن``, ``أن``) or ``مفاده`` with its ``أن``. The content starts at the
complementiser; the cue is ``مفاده`` when the page writes it, else the noun.
"""

from __future__ import annotations

from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.nested import finalise
from claims.extract.arabic.noun_phrases import Ctx, Mention
from claims.extract.arabic.organisations import collective
from claims.extract.arabic.words import MEDIA_HEADS, STOPS, is_cue
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import Tok
from claims.text.segment import Span
from claims.types import ClaimKind, SpeakerKind

STATEMENT_NOUNS: Final = frozenset(lx.STATEMENT_NOUNS)
_FOCUS: Final = fold_set(lx.FOCUS_VERBS)
_REMARKS: Final = fold_set(lx.REMARK_NOUNS)
_ON: Final = fold_set(("على", "حول"))
_GIST: Final = fold_set(("مفاده", "ومفاده", "فحواه", "وفحواه", "مضمونه", "ومضمونه"))
_THAT: Final = fold_set(("أن", "بأن", "ان", "بان"))
_ENDS: Final = _THAT | _GIST  # what closes the stretch from the noun: its complementiser or مفاده
# "بثته وكالة …": a verb of carrying with the statement as its pronoun object, then the outlet
_RELAYS: Final = fold_set(
    ("بثته", "بثها", "نشرته", "نشرها", "أوردته", "أوردها", "نقلته", "نقلها", "عممته", "عممها")
)
_WINDOW: Final = 20  # words from the noun to the complementiser: the source, an addressee, a date, a relay


def noun_report(ctx: Ctx, toks: list[Tok], end_limit: int, regions: list[Span]) -> Draft | None:
    """The first noun-cued report of a sentence that no verb cue claimed, or None."""
    n = len(toks)
    while n and toks[n - 1].start >= end_limit:
        n -= 1
    for at in range(n - 2):
        if toks[at].text not in STATEMENT_NOUNS:
            continue
        k = at + 2
        while k < n and k - at <= _WINDOW and toks[k].text not in _ENDS:
            w = toks[k].text
            if w in (".", "؟", "!", "؛") or (is_cue(w) and not w.startswith("ب")):
                break
            k += 1
        if k >= n or k - at > _WINDOW or toks[k].text not in _ENDS:
            continue  # looked for before the source is read: a rejected one leaves no trace in the registry
        source = _source(ctx, toks, at + 1, k)
        if source is None:
            continue
        entity, m, mention = source
        cue_tok = at
        if toks[k].text in _GIST:
            if k + 1 >= n or toks[k + 1].text not in _THAT:
                continue
            cue_tok, k = k, k + 1
        cue_text = ctx.orig(toks[cue_tok].start, toks[cue_tok].end)
        if cue_text.startswith("و") and cue_tok != at:
            cue_text = cue_text[1:]
        draft = Draft(
            entity, toks[k].start, end_limit, ClaimKind.INDIRECT, cue=cue_text, mention=mention, confidence=0.6
        )
        draft.via = _relay(ctx, toks, m, cue_tok)
        finalise(ctx, draft, regions)
        if draft.end - draft.start >= 2:
            return draft
    return None


def _source(ctx: Ctx, toks: list[Tok], j: int, n: int) -> tuple[Entity, int, str] | None:
    """``لمصدر أمني``, ``للمديرية العامة …``, ``لـ"الجيش"``: the ل-genitive source of the noun."""
    w = toks[j].text
    if w == "ل" and j + 1 < n:  # "لـ X": the ل written apart
        shifted, start = list(toks), j + 1
    elif len(w) > 3 and w[0] == "ل":
        bare = "ا" + w[1:] if w.startswith("لل") else w[1:]
        shifted = list(toks)
        shifted[j] = Tok(bare, toks[j].start + (0 if w.startswith("لل") else 1), toks[j].end)
        start = j
    else:
        return None
    mention = parse_mention(ctx, shifted, start, n)
    if mention is None or mention.entity.kind == SpeakerKind.OUTLET:
        return None
    first = toks[start].start + (1 if start == j and not w.startswith("لل") else 0)  # "لمصدر" → "مصدر"
    return mention.entity, mention.end, ctx.orig(first, toks[mention.end - 1].end)


def _relay(ctx: Ctx, toks: list[Tok], m: int, k: int) -> str:
    """``بلاغ للمديرية، … بثته وكالة الأنباء، … ومفاده أن``: the outlet that carried the statement,
    named between the source and the complementiser, is its intermediary (guideline §4.3)."""
    for r in range(m, k - 1):
        if toks[r].text in _RELAYS and toks[r + 1].text in MEDIA_HEADS:
            hit = parse_mention(ctx, toks, r + 1, k)
            if hit is not None and hit.entity.kind != SpeakerKind.OUTLET:
                return hit.entity.canonical
    return ""


# The owner's pronoun on a statement noun: "في بيانها", "في تصريحه", "في بيان لها" (ل + pronoun).
_OWNER_ENDINGS: Final = ("ه", "ها", "هم", "هما")
_OWN_LAM: Final = fold_set(("له", "لها", "لهم", "لهما"))
_OWN_WINDOW: Final = 8  # the frame between the noun and the complementiser: a date, a place, a comma


def own_statement(ctx: Ctx, toks: list[Tok], end_limit: int, regions: list[Span]) -> Draft | None:
    """``وأوضحت في بيانها، أن …`` with a verb no lexicon knows (a typo, a rare verb): a sentence that
    opens with a و-joined finite word, then ``في`` and a statement noun that carries its owner's
    pronoun, then the complementiser, reports the speaker already speaking (pro-drop, §3). The
    pronoun ties the statement to someone named before; the verb's ending gives the gender."""
    n = len(toks)
    if n < 5 or not ctx.reg.speakers:
        return None
    verb = toks[0].text
    if not (verb.startswith("و") and len(verb) >= 4 and verb[1:2].isalpha()) or verb[1:].startswith("ال"):
        return None
    if is_cue(verb) or verb in STOPS or verb[1:] in STOPS or toks[1].text != "في" or not _own_noun(toks, 2):
        return None  # "وذلك في بيانه": a particle, no verb
    k = 3 if toks[3].text not in _OWN_LAM else 4
    while k < n and k < 3 + _OWN_WINDOW and toks[k].text not in _THAT:
        if is_cue(toks[k].text) or toks[k].text in (".", "؟", "!", "؛"):
            return None
        k += 1
    if k >= n or toks[k].text not in _THAT or toks[k].start >= end_limit:
        return None
    gender = "f" if verb.endswith("ت") else "m"
    speaker = ctx.reg.implicit(gender, "singular", toks[0].start)
    if speaker is None:
        return None
    draft = Draft(speaker, toks[k].start, end_limit, ClaimKind.INDIRECT, cue=ctx.orig(toks[0].start, toks[0].end)[1:])
    draft.confidence = 0.55
    draft.resolution = "pro-drop"
    finalise(ctx, draft, regions)
    return draft if draft.end - draft.start >= 2 else None


def _own_noun(toks: list[Tok], j: int) -> bool:
    """``بيانها``, ``تصريحه`` (the noun with its owner's pronoun), or ``بيان لها``."""
    w = toks[j].text
    if w in STATEMENT_NOUNS:
        return j + 1 < len(toks) and toks[j + 1].text in _OWN_LAM
    return any(w.endswith(e) and w[: -len(e)] in STATEMENT_NOUNS for e in _OWNER_ENDINGS)


_FOCUS_WINDOW: Final = 12  # words before the verb: a frame naming what the sitting discussed (وحول عمل وزارة …)


def focused_remarks(ctx: Ctx, toks: list[Tok], end_limit: int, regions: list[Span]) -> Draft | None:
    """``وحول عمل الوزارة تركزت مداخلات السادة الأعضاء حول ضرورة …``: a sitting's report names the
    speakers through their remarks. A verb of focusing (``focus_verbs``) near the sentence's start, a
    remarks noun (``remark_nouns``) as its subject, the speakers as its genitive, then ``على``/``حول``:
    the speakers' claim, the remarks noun its cue, the content after the preposition."""
    n = len(toks)
    while n and toks[n - 1].start >= end_limit:
        n -= 1
    v = next((i for i in range(min(n, _FOCUS_WINDOW)) if toks[i].text in _FOCUS), None)
    if v is None or v + 4 >= n or toks[v + 1].text not in _REMARKS:
        return None
    m = parse_mention(ctx, toks, v + 2, n) or _remarkers(ctx, toks, v + 2, n)
    if m is None or m.end >= n - 1 or toks[m.end].text not in _ON:
        return None
    cue = ctx.orig(toks[v].start + (1 if toks[v].text[0] == "و" else 0), toks[v + 1].end)
    mention = ctx.orig(toks[v + 2].start, toks[m.end - 1].end)
    draft = Draft(m.entity, toks[m.end + 1].start, end_limit, ClaimKind.INDIRECT, cue=cue, mention=mention, confidence=0.6)
    finalise(ctx, draft, regions)
    return draft if draft.end - draft.start >= 2 else None


def _remarkers(ctx: Ctx, toks: list[Tok], i: int, n: int) -> Mention | None:
    """``السادة الأعضاء``, ``النواب``: the unnamed members whose remarks they are, up to the preposition
    (a few definite words), as one group (guideline §4.5)."""
    p = next((k for k in range(i + 1, min(n, i + 5)) if toks[k].text in _ON), None)
    if p is None or not all(t.text.startswith("ال") for t in toks[i:p]):
        return None
    return collective(ctx, toks, i, p, toks[i].text)
