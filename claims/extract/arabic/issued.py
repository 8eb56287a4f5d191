"""Reports a document carries, told through the document rather than a verb of saying (guideline §2:
the cue is the phrase): ``وجاء في البيان: …``, ``جاء في بيان صادر عن X أن …``, ``صدر عن X البيان الآتي:
…``, ``أصدرت X بياناً تستنكر فيه …``.

Three shapes, each read by position in a sentence no verb cue claimed:

- *came in*: the sentence opens with ``جاء``/``ورد`` + ``في`` + a statement noun (``statement_nouns``,
  definite, indefinite or with its owner's pronoun); the words start at a colon, a complementiser or
  a quotation within a few words. The issuer is the one the noun names (``الصادر عن X``, ``لـX``), its
  pronoun's owner, or — for the bare definite ``البيان`` — the one the page said issued it
  (``statements.statement``). ``جاء ذلك في بيان`` is the outlet's frame, not this shape (``ذلك``
  stands between the verb and ``في``).
- *issued from*: ``صدر عن X`` + (``البيان``) ``الآتي``/``التالي``/``ما يلي`` + a colon: X's words follow.
- *issued with a cue*: an issuing verb (``أصدر``, ``نشر``, ``وزع``) opens the sentence, its subject, then
  an indefinite statement noun followed at once by a reporting verb (``بياناً تستنكر فيه``, ``بلاغاً
  أدان``): the verb is the cue, the subject the speaker.
"""

from __future__ import annotations

from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.content import content_start
from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.cues import find_cues
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.nested import finalise
from claims.extract.arabic.noun_phrases import Ctx, Mention
from claims.extract.arabic.statements import statement
from claims.extract.arabic.words import COMPLEMENTISERS, is_cue
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import QUOTE_CHARS, Tok
from claims.text.segment import Span
from claims.types import ClaimKind, SpeakerKind

_NOUNS: Final = frozenset(lx.STATEMENT_NOUNS)
_CAME: Final = fold_set(("جاء", "وجاء", "فجاء", "ورد", "وورد"))
_ISSUED_FROM: Final = fold_set(("صدر", "وصدر"))
_ISSUING: Final = fold_set(lx.ISSUING_VERBS)
_FROM: Final = fold_set(("صادر", "الصادر", "صادرة", "الصادرة"))
_FOLLOWING: Final = fold_set(("الآتي", "التالي", "يلي", "الآتية", "التالية"))
_IN_IT: Final = fold_set(("فيه", "فيها", "في"))
_STOPS: Final = (".", "؟", "!", "؛")
_WINDOW: Final = 16  # words from the noun to the colon or complementiser: the issuer, a date, a place
_OWNER: Final = {"ه": "m", "ها": "f"}


def issued_statement(ctx: Ctx, toks: list[Tok], end_limit: int, regions: list[Span]) -> Draft | None:
    """The report of a sentence told through its document, or None (see the module's shapes)."""
    n = len(toks)
    while n and toks[n - 1].start >= end_limit:
        n -= 1
    if n < 4:
        return None
    found = _came_in(ctx, toks, n) or _issued_from(ctx, toks, n) or _issued_with_cue(ctx, toks, n)
    if found is None:
        return None
    speaker, start, cue, mention = found
    if speaker.kind == SpeakerKind.OUTLET:
        return None
    draft = Draft(speaker, start, end_limit, ClaimKind.INDIRECT, cue=cue, mention=mention, confidence=0.65)
    draft.resolution = "statement"
    finalise(ctx, draft, regions)
    if draft.kind != ClaimKind.DIRECT and ctx.f[draft.start : draft.start + 1] in QUOTE_CHARS:
        draft.start = len(ctx.f) - len(ctx.f[draft.start + 1 :].lstrip())  # a quotation the sentence cut
    return draft if draft.end - draft.start >= 2 else None


def _noun(w: str) -> tuple[str, str] | None:
    """``البيان`` → (``بيان``, ``""``), ``بيانها`` → (``بيان``, ``ها``): a statement noun and its owner's
    pronoun, or None."""
    bare = w[2:] if w.startswith("ال") else w
    if bare in _NOUNS:
        return bare, ""
    for suffix in _OWNER:
        if bare.endswith(suffix) and bare[: -len(suffix)] in _NOUNS:
            return bare[: -len(suffix)], suffix
    return None


def _marker(toks: list[Tok], i: int, n: int) -> tuple[int, int] | None:
    """The first colon, complementiser or opening quotation mark in ``i:n`` within the window, before any
    reporting verb or full stop: (its index, where the words start)."""
    for m in range(i, min(n, i + _WINDOW)):
        w = toks[m].text
        if w in _STOPS or (is_cue(w) and w not in COMPLEMENTISERS):
            return None
        if w == ":":
            return (m, toks[m + 1].start) if m + 1 < n else None
        if w in COMPLEMENTISERS or w in QUOTE_CHARS:
            return m, toks[m].start
    return None


def _issuer(ctx: Ctx, toks: list[Tok], i: int, m: int) -> Mention | None:
    """Who issued the statement noun at ``i`` (the words start at ``m``): ``الصادر عن X``, ``لـX``, or
    the bare definite noun's issuer as the page gave it before."""
    for r in range(i + 1, m - 1):
        if toks[r].text in _FROM and toks[r + 1].text == "عن":
            return parse_mention(ctx, toks, r + 2, m)
    nxt = toks[i + 1].text if i + 1 < m else ""
    if nxt == "ل" and i + 2 < m:
        return parse_mention(ctx, toks, i + 2, m)
    if len(nxt) > 3 and nxt[0] == "ل" and not nxt.startswith("لل"):
        shifted = [*toks[: i + 1], Tok(nxt[1:], toks[i + 1].start + 1, toks[i + 1].end), *toks[i + 2 :]]
        return parse_mention(ctx, shifted, i + 1, m)
    if toks[i].text.startswith("ال"):
        return statement(ctx, toks, i, m)
    return None


def _came_in(ctx: Ctx, toks: list[Tok], n: int) -> tuple[Entity, int, str, str] | None:
    """``وجاء في البيان: …``, ``جاء في بيان صادر عن X أن …``, ``وجاء في بيانها أن …``."""
    if toks[0].text not in _CAME or toks[1].text != "في":
        return None
    noun = _noun(toks[2].text)
    if noun is None:
        return None
    marked = _marker(toks, 3, n)
    if marked is None:
        return None
    m, start = marked
    cue = ctx.orig(toks[0].start + (1 if toks[0].text[0] in "وف" else 0), toks[2].end)
    if noun[1]:  # "وجاء في بيانها": the pronoun's owner, the speaker already named
        speaker = ctx.reg.implicit(_OWNER[noun[1]], "singular", toks[0].start)
        return (speaker, start, cue, "") if speaker is not None else None
    issuer = _issuer(ctx, toks, 2, m)
    if issuer is None:
        return None
    mention = ctx.orig(issuer.start_char, issuer.end_char) if issuer.start_char > toks[2].start else ""
    return issuer.entity, start, cue, mention


def _issued_from(ctx: Ctx, toks: list[Tok], n: int) -> tuple[Entity, int, str, str] | None:
    """``صدر عن النائب X الآتي: …``, ``صدر عن الحزب البيان التالي: …``."""
    if toks[0].text not in _ISSUED_FROM or toks[1].text != "عن":
        return None
    colon = next((m for m in range(3, min(n - 1, 3 + _WINDOW)) if toks[m].text == ":"), None)
    if colon is None or toks[colon - 1].text not in _FOLLOWING:
        return None
    end = next((m for m in range(3, colon) if _noun(toks[m].text) or toks[m].text in _FOLLOWING), colon - 1)
    issuer = parse_mention(ctx, toks, 2, end)  # "صدر عن الحزب البيان الآتي": the issuer ends at the document
    if issuer is None:
        return None
    cue = ctx.orig(toks[0].start + (1 if toks[0].text[0] == "و" else 0), toks[1].end)
    return issuer.entity, toks[colon + 1].start, cue, ctx.orig(issuer.start_char, issuer.end_char)


def _issued_with_cue(ctx: Ctx, toks: list[Tok], n: int) -> tuple[Entity, int, str, str] | None:
    """``أصدرت النقابة بياناً تستنكر فيه …``: the verb right after the document is its cue."""
    if toks[0].text not in _ISSUING:
        return None
    at = next((i for i in range(2, min(n - 2, 2 + _WINDOW)) if _noun(toks[i].text) == (toks[i].text, "")), None)
    if at is None:
        return None
    cue = next((c for c in find_cues(toks[: n]) if c.k == at + 1 and not c.form.participle), None)
    if cue is None:
        return None
    end = at - 1 if toks[at - 1].text in ("،", ",") else at
    subject = parse_mention(ctx, toks, 1, end)
    if subject is None or subject.end != end:
        return None
    j = cue.k + 1
    if j < n and toks[j].text in _IN_IT:
        j += 1
    found = content_start(toks, j, n, cue.form)
    start = found[0] if found is not None else (toks[j].start if j < n else None)
    if start is None:
        return None
    cue_text = ctx.orig(toks[cue.k].start, toks[cue.k].end)
    return subject.entity, start, cue_text, ctx.orig(subject.start_char, subject.end_char)
