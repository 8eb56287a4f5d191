"""Repair a chosen speaker that cannot be a speaker by its shape (``speaker_shape``).

Order, each step only when the one before finds nothing plausible:

1. the next plausible reading: the subject phrase cut before the word that made it implausible
   (``السفير اليماني عن خطاب تقدمت به`` → ``السفير اليماني``);
2. the name-shaped run closest to the cue inside the speaker slot, before the content marker
   (``أكد وزير الطاقة، الناطق باسم الحكومة، الناني ولد اشروقه، أن`` → the name, the title its role);
3. the article's salient speaker by the pro-drop logic (agreement with the verb);
4. nothing plausible: keep the phrase, with a low ceiling on the claim's confidence, so the desk sees
   an honest doubt instead of a confident junk speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from claims.extract.arabic.cue_forms import CueForm
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.noun_phrases import Ctx, Mention, parse_name, person, registry_match
from claims.extract.arabic.speaker_shape import Shape, phrase_shape, shape
from claims.extract.arabic.words import (
    COMPLEMENTISERS,
    CONNECTORS,
    GIVEN,
    PLACES,
    STOPS,
    TITLES,
    is_cue,
    is_name_token,
)
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import QUOTE_CHARS, Tok
from claims.text.normalize import fold_text
from claims.types import SpeakerKind

DOUBT_CEILING: Final = 0.5  # step 4: a kept implausible speaker is at most an even bet
_NAME_WORDS: Final = (2, 4)  # fewest and most words of a name run (step 2)


@dataclass(frozen=True)
class Repair:
    """What replaces the subject: a mention (steps 1–2), an implicit speaker (step 3, no mention),
    or the same subject with a ceiling (step 4)."""

    mention: Mention | None
    implicit: Entity | None
    ceiling: float | None
    step: str
    content_from: int | None = None  # a verbal noun read as the subject is the cue's object: the content


_SLOT_WORDS: Final = 16  # how far a speaker slot may run to its complementiser or colon


def slot_end(toks: list[Tok], i: int, stop: int) -> int:
    """Where the speaker slot closes: the complementiser or colon after ``i`` (the content marker), or
    ``stop`` (where the content was found to start) when none is near. A content start found inside
    the slot (``أكد الوزير، X Y، أن``: the name read as the content's first words) is moved later."""
    for m in range(i, min(len(toks), i + _SLOT_WORDS)):
        w = toks[m].text
        if w in COMPLEMENTISERS or w == ":" or is_cue(w):
            return max(m, stop) if not is_cue(w) else stop
    return stop


def judge(toks: list[Tok], subject: Mention, stop: int) -> Shape:
    """The subject's shape, with the context feature: a title nobody named while a name-shaped run
    follows it inside the subject slot (up to ``stop``, the content's first token)."""
    entity = subject.entity
    context: frozenset[str] = frozenset()
    if _title_only(toks, subject) and _name_run(toks, subject.end, stop) is not None:
        context = frozenset(("title_name_follows",))
    return phrase_shape(entity.canonical, context)


def repair(
    ctx: Ctx, toks: list[Tok], k: int, subject: Mention, stop: int, form: CueForm, turn: bool
) -> Repair | None:
    """None when the subject is plausible; else the first repair that yields a plausible speaker."""
    entity = subject.entity
    if not _title_only(toks, subject) and not phrase_shape(entity.canonical).implausible:
        return None  # the common case, answered from the cache
    near = ctx.f[max(0, subject.start_char - 2) : subject.end_char + 2]
    if any(q in near for q in QUOTE_CHARS):
        return None  # «الوطنية»: a name the writer set in quotes is a name, whatever its shape
    stop = slot_end(toks, subject.end, stop)
    verdict = judge(toks, subject, stop)
    if not verdict.implausible:
        return None
    after_cue = subject.start_char > toks[k].start
    start_tok = next((i for i in range(k + 1, len(toks)) if toks[i].start >= subject.start_char), len(toks))
    if after_cue:
        cut = _cut(ctx, toks, start_tok, subject.end, subject.entity, stop)
        if cut is not None:
            return Repair(cut, None, None, "cut")
        run = _name_run(toks, k + 1, stop)
        if run is not None:
            return Repair(_named(ctx, toks, run, subject), None, None, "name-run")
    implicit = ctx.reg.implicit(form.gender, form.number, toks[k].start, turn=turn)
    if (
        implicit is not None
        and implicit is not subject.entity
        and not phrase_shape(implicit.canonical).implausible
    ):
        obj = subject.start_char if after_cue and "verbal_noun" in verdict.features else None
        return Repair(None, implicit, None, "salient", obj)
    return Repair(subject, None, DOUBT_CEILING, "doubt")


def _title_only(toks: list[Tok], subject: Mention) -> bool:
    """A person's mention that writes a title and none of the holder's name: an unnamed title, or a title
    the registry resolved to an earlier holder (``أعلن محافظ المدينة، سامي نصر`` after ``قال محافظ
    المدينة، كمال حداد``): the name apposed in this clause, if any, is the one that speaks here."""
    entity = subject.entity
    if entity.kind != SpeakerKind.PERSON:
        return False
    if not entity.named:
        return True
    if subject.end >= len(toks) - 1 or toks[subject.end].text not in ("،", ","):
        return False  # a holder's title resolved by the registry is re-read only with a name apposed after a comma
    written = {t.text for t in toks if subject.start_char <= t.start < subject.end_char}  # folded already
    return not written & set(fold_text(entity.canonical).split())


def _cut(ctx: Ctx, toks: list[Tok], i: int, end: int, junk: Entity, stop: int) -> Mention | None:
    """The longest reading of the phrase cut shorter, plausible by shape (probed without registering).
    When the cut reading is the junk entity itself (the registry had filed the long phrase under the
    short name's keys), the entity is renamed from the cut words: every later pro-drop claim that
    points to it is then right too."""
    for limit in range(end - 1, i, -1):
        if shape([t.text for t in toks[i:limit]]).implausible:
            continue
        probe = parse_mention(ctx, toks, i, limit, register=False)
        if probe is None or probe.end != limit:
            continue
        if probe.entity is junk:
            if junk.named:
                return _renamed(ctx, toks, i, limit, junk)
            continue
        if not judge(toks, probe, stop).implausible:
            found = parse_mention(ctx, toks, i, limit)
            if found is not None and found.entity is not junk and junk.named and _extends(junk, found.entity):
                junk.canonical = found.entity.canonical  # "عمار يوسف بحسب" filed from this very phrase: the
                junk.role = junk.role or found.entity.role  # registry merges it with the cut name later
            return found
    return None


def _extends(junk: Entity, cut: Entity) -> bool:
    """The junk phrase is a person's cut name with words after it (the name it was read from, swallowed
    words). An organisation keeps its fullest name: its canonical form is its longest."""
    if junk.kind != SpeakerKind.PERSON or cut.kind != SpeakerKind.PERSON:
        return False
    long, short = fold_text(junk.canonical).split(), fold_text(cut.canonical).split()
    return len(short) < len(long) and long[: len(short)] == short


def _renamed(ctx: Ctx, toks: list[Tok], i: int, limit: int, junk: Entity) -> Mention | None:
    """``السفير اليماني``: the title words become the role, the rest the name."""
    k = i
    while junk.kind == SpeakerKind.PERSON and k < limit and toks[k].text in TITLES:
        k += 1  # an organisation keeps its head word (محافظة نينوى)
    if k >= limit:
        return None
    if k > i and all(t.text in PLACES for t in toks[k:limit]):
        k = i  # "محافظة نينوى": a title word before a place names the office or the body, whole
    junk.canonical = ctx.orig(toks[k].start, toks[limit - 1].end)
    if k > i:
        junk.role = ctx.orig(toks[i].start, toks[k - 1].end)
    return Mention(junk, limit, toks[i].start, toks[limit - 1].end)


def _name_run(toks: list[Tok], i: int, stop: int) -> tuple[int, int] | None:
    """The first name-shaped run in ``[i, stop)``: two to four name words, one of them a listed given
    name or a name connector (ولد, بن), closed by punctuation or the content."""
    if not any(t.text in GIVEN or t.text in CONNECTORS for t in toks[i:stop]):
        return None  # no listed given name or name connector: no run can qualify
    r = i
    while r < stop:
        w = toks[r].text
        if not is_name_token(w) or w in STOPS or is_cue(w) or w in TITLES:
            r += 1
            continue
        end, _ = parse_name(toks, r, stop, after_title=True)
        end = _to_boundary(toks, end, stop)
        words = [t.text for t in toks[r:end]]
        lo, hi = _NAME_WORDS
        if lo <= len(words) <= hi and any(x in GIVEN or x in CONNECTORS for x in words):
            if not shape(words).implausible:
                return r, end
        r = max(end, r + 1)
    return None


def _to_boundary(toks: list[Tok], end: int, stop: int) -> int:
    """``فاطمة الزهراء عمور،``: plain name words left before the comma or the content belong to the
    name (the parser stops at a compound given name); otherwise the parser's end stands."""
    k = end
    while k < stop and k - end < 2 and is_name_token(toks[k].text) and not toks[k].text.startswith(("ال", "و")):
        k += 1
    return k if k > end and (k >= stop or not toks[k].text[0].isalpha()) else end


def _named(ctx: Ctx, toks: list[Tok], run: tuple[int, int], subject: Mention) -> Mention:
    """The person of the name run; an unnamed title the parser had read becomes the person's role."""
    r, end = run
    known = registry_match(ctx, toks, r, end, SpeakerKind.PERSON)
    if known is not None and known[1] == end:
        return Mention(known[0], end, toks[r].start, toks[end - 1].end)
    e = subject.entity
    title = None
    if _title_only(toks, subject):  # the title written here is the named person's, not an earlier holder's
        title = (e.role or e.canonical, e.head, e.nisbas, e.role_key)
    return person(ctx, toks, r, end, title, True)
