"""Article-level speaker completion: a speaker that is part of a fuller name the page gives takes that name.

The rules resolve each cue's speaker sentence by sentence. When a sentence names the speaker by a
part of a name the registry does not tie to the full one (``وأشارت نورما`` after ``السيدة نورما عزيز
كفوري``, ``وقال محمد أحمد ولد محمد`` after ``الوزير محمد أحمد ولد محمد الأمين``, ``وقالت لجنة طوارئ``
after ``لجنة طوارئ محلية الخرطوم``), or by a bare title whose holder stands apposed to it (``قال
محافظ العاصمة، سعد شهاب``), every later claim of that speaker repeats the partial form. Guideline §3:
the speaker is the fullest name the article gives, title dropped.

This pass runs once, after all drafts are made, over the distinct speakers only (a page has a
handful): each partial speaker is matched by shape against the fuller names of the same kind the
article registered — its words a contiguous run at the start or the end of the fuller name's words
— and replaced only when exactly one fuller name fits. Two people who share a part (``بشار الأسد``,
``حافظ الأسد``) leave it as it is: never merge two different people.
"""

from __future__ import annotations

import re
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.noun_phrases import Ctx, parse_name
from claims.extract.arabic.words import COMPLEMENTISERS, GIVEN, PATRONYMICS, TITLES, is_cue
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import tokenize
from claims.text.normalize import fold
from claims.types import ClaimKind, SpeakerKind

_COURTESY: Final = fold_set(lx.COURTESY_TITLES)
_PREPOSITIONS: Final = frozenset(("في", "من", "الي", "علي", "عن", "مع", "خلال", "لدي", "امام"))
_WORD: Final = re.compile(r"[^\W\d_]+|\S")  # letters, or one other mark (a comma or a stop ends the run)
_COMMA_OPENINGS: Final = ("،", ",", " ،", " ,")
_COMMAS: Final = frozenset(("،", ","))
_COMPLEMENTISERS: Final = frozenset(("ان", "بان", "انه", "انها"))
_WINDOW: Final = 120  # characters read after a title's phrase: a comma and a name of four words fit
_MAX_NAME: Final = 4
_LOOK_BACK: Final = 24  # characters: the title word right before a name  # words of an apposed name (a given name, a father's name, a family name, one more)


def complete_speakers(ctx: Ctx, drafts: list[Draft]) -> None:
    """Replace each partial speaker of ``drafts`` by the one fuller name of the page it is part of."""
    speakers: dict[int, Entity] = {}
    for d in drafts:
        if d.kind != ClaimKind.EVENT:
            speakers.setdefault(id(d.speaker), d.speaker)
    if not speakers:
        return
    fuller: dict[int, Entity] = {}
    for entity in speakers.values():  # first the titles, whose holders may enter the registry here
        if entity.kind == SpeakerKind.PERSON and not entity.named and entity.role and not entity.members:
            holder = _apposed_holder(ctx, entity)
            if holder is not None:
                fuller[id(entity)] = holder
    pool = [e for e in ctx.reg.entities if e.named and not e.members]
    words: dict[int, tuple[str, ...]] = {}  # folded lazily: most speakers are full names already
    for entity in speakers.values():
        if entity.members or entity.kind not in (SpeakerKind.PERSON, SpeakerKind.ORGANIZATION):
            continue
        if entity.named and not entity.brand:
            found = _fuller_name(entity, pool, words)
            if found is not None and _lone_given(ctx.f, entity, found):
                found = None
            if found is None and entity.kind == SpeakerKind.PERSON:
                found = _titled_run(ctx, entity)
            if found is not None and _other_extension(ctx.f, entity, found):
                found = None  # the page also writes the part inside another name: two people share it
            if found is not None:
                fuller[id(entity)] = found
    for d in drafts:
        target = fuller.get(id(d.speaker))
        if target is not None:
            target.role = target.role or d.speaker.role
            target.gender = target.gender or d.speaker.gender
            d.speaker = target


def _words(canonical: str) -> tuple[str, ...]:
    """Folded words of a name, the article dropped (``الشهاب`` and ``شهاب`` are one family name)."""
    return tuple(_bare(w) for w in fold(canonical).text.split())


def _fuller_name(entity: Entity, pool: list[Entity], words: dict[int, tuple[str, ...]]) -> Entity | None:
    """The one named entity of the same kind whose words start or end with all of ``entity``'s words."""
    part = _words(entity.canonical)
    if not part:
        return None
    found: Entity | None = None
    for other in pool:
        if other is entity or other.kind != entity.kind or other.brand:
            continue
        if len(other.canonical) <= len(entity.canonical):
            continue
        whole = words.get(id(other))
        if whole is None:
            whole = words[id(other)] = _words(other.canonical)
        if len(whole) <= len(part) or not _part_of(part, whole):
            continue
        if entity.gender and other.gender and entity.gender != other.gender:
            continue
        if found is not None and found is not other:
            return None  # two fuller names contain it: two people (or bodies) share the part
        found = other
    return found


def _part_of(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """``part`` is the first words of ``whole``, or its last words not cut after a patronymic (``سلمان``
    of ``محمد بن سلمان`` is the father, not the son)."""
    n = len(part)
    if whole[:n] == part:
        return True
    if whole[-n:] != part:
        return False
    return whole[-n - 1] not in PATRONYMICS


def _lone_given(text: str, part: Entity, whole: Entity) -> bool:
    """A person named by one given name that starts the fuller name, never written behind a title
    (``وقال محمد``): a page calls several people by a first name, so only a titled short form
    (``الأستاذة سهير``, as pages write a first name with respect) points back to the full one."""
    if part.kind != SpeakerKind.PERSON or " " in part.canonical.strip():
        return False
    if _words(whole.canonical)[0] != _words(part.canonical)[0]:
        return False  # a family name alone, the last word of the full name
    key = fold(part.canonical).text.strip()
    start = text.find(key)
    while start >= 0:
        end = start + len(key)
        if _word_start(text, start) and (end == len(text) or not text[end].isalnum()) and _titled(text, start):
            return False
        start = text.find(key, end)
    return True


def _other_extension(text: str, part: Entity, whole: Entity) -> bool:
    """Some place of ``text`` writes ``part``'s words inside another name than ``whole``: other words
    follow where ``whole`` goes on (``ليلى سامي حداد`` beside ``ليلى عادل منصور``), or another given
    name stands before where ``whole`` starts earlier (``عمر الزين`` beside ``بشير الزين``)."""
    key = " ".join(fold(part.canonical).text.split())
    mine = _words(part.canonical)
    full = _words(whole.canonical)
    prefix = full[: len(mine)] == mine
    rest = full[len(mine) :] if prefix else full[: len(full) - len(mine)]
    start = text.find(key)
    while start >= 0:
        end = start + len(key)
        if _word_start(text, start) and (end == len(text) or not text[end].isalnum()):
            if prefix and part.kind == SpeakerKind.PERSON:
                toks = tokenize(text, start, min(len(text), start + _WINDOW))
                stop, _ = parse_name(toks, 0, len(toks), after_title=True)
                named = tuple(_bare(t.text) for t in toks[len(mine) : stop])
                if named and named != rest[: len(named)]:
                    return True  # "ليلى سامي حداد": the same given name goes on as another name
            elif prefix:
                words = _WORD.findall(text, end, end + _WINDOW)[: len(rest)]
                for k, (got, want) in enumerate(zip(words, rest, strict=False)):
                    if _bare(got) == want:
                        continue
                    # "لجنة طوارئ محلية حلفا": the same words go on, then part ways
                    if _open_word(got) and (k > 0 or got.startswith("ال")):
                        return True
                    break
            else:
                before = text[max(0, start - _LOOK_BACK) : start].split()
                if before and before[-1] in GIVEN and _bare(before[-1]) != rest[-1]:
                    return True
        start = text.find(key, end)
    return False


def _word_start(text: str, start: int) -> bool:
    """``start`` begins a word, or follows one proclitic (``ولجنة``, ``فليلى``)."""
    if start == 0 or not text[start - 1].isalnum():
        return True
    return text[start - 1] in "وفبل" and (start == 1 or not text[start - 2].isalnum())


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _open_word(word: str) -> bool:
    """A word that could go on a name: letters, no cue, complementiser or preposition."""
    return word.isalpha() and word not in COMPLEMENTISERS and word not in _PREPOSITIONS and not is_cue(word)


def _titled_run(ctx: Ctx, entity: Entity) -> Entity | None:
    """``… السيدة نورما عزيز كفوري رئيسة الجمعية. وأوضحت الأستاذة نورما …``: a title + name run
    anywhere in the text whose name starts with the speaker's words and goes on; the one such longer
    name (none registered it, as an object of a narrative verb) is the speaker's full name."""
    text = ctx.f
    key = " ".join(fold(entity.canonical).text.split())
    size = key.count(" ") + 1
    longer: dict[str, tuple[int, int]] = {}
    start = text.find(key)
    while start >= 0:
        end = start + len(key)
        if (start == 0 or not text[start - 1].isalnum()) and _titled(text, start):
            toks = tokenize(text, start, min(len(text), start + _WINDOW))
            stop, _ = parse_name(toks, 0, len(toks), after_title=True)
            if size < stop <= _MAX_NAME and not any(t.text in TITLES for t in toks[size:stop]):
                longer.setdefault(text[toks[0].start : toks[stop - 1].end], (toks[0].start, toks[stop - 1].end))
        start = text.find(key, end)
    if len(longer) != 1:
        return None
    s, e = next(iter(longer.values()))
    known = ctx.reg.lookup(text[s:e])
    if known is not None:
        return known if known.kind == SpeakerKind.PERSON and known.named else None
    person = Entity(ctx.orig(s, e), SpeakerKind.PERSON, gender=entity.gender, role=entity.role)
    return ctx.reg.add(person, [text[s:e]])


def _titled(text: str, start: int) -> bool:
    """The word before ``start`` is a title or a courtesy title (``السيدة``, ``الدكتور``, ``وزير``)."""
    before = text[max(0, start - _LOOK_BACK) : start].split()
    return bool(before) and (before[-1] in TITLES or before[-1] in _COURTESY)


def _apposed_holder(ctx: Ctx, title: Entity) -> Entity | None:
    """``قال محافظ العاصمة، سعد شهاب إن …``: the name set off by a comma right after the title's
    phrase, when every place the page writes that phrase apposes the same name (or none)."""
    keys = [k for k in title.keys if k]
    if not keys:
        return None
    text = ctx.f
    names: set[str] = set()
    spans: list[tuple[int, int]] = []
    for key in keys:
        start = text.find(key)
        while start >= 0:
            end = start + len(key)
            if text.startswith(_COMMA_OPENINGS, end) and (start == 0 or not text[start - 1].isalnum()):
                name = _name_after(ctx, end)
                if name is not None:
                    names.add(ctx.f[name[0] : name[1]])
                    spans.append(name)
            start = text.find(key, end)
    if len(names) != 1:
        return None
    s, e = spans[0]
    canonical = ctx.orig(s, e)
    holder = ctx.reg.lookup(ctx.f[s:e])
    if holder is not None and holder.kind == SpeakerKind.PERSON and holder.named:
        return holder
    person = Entity(canonical, SpeakerKind.PERSON, gender=title.gender, role=title.role, role_key=title.role_key)
    person.head = title.head
    return ctx.reg.add(person, [ctx.f[s:e]])


def _name_after(ctx: Ctx, pos: int) -> tuple[int, int] | None:
    """The folded span of a two-to-four-word name right after ``، `` at ``pos``, closed by a comma, a
    complementiser or a cue; None when the apposition is no name (a date, a place, a phrase)."""
    toks = tokenize(ctx.f, pos, min(len(ctx.f), pos + _WINDOW))
    if len(toks) < 3 or toks[0].text not in _COMMAS:
        return None
    end, _ = parse_name(toks, 1, len(toks), after_title=True)
    size = end - 1
    if not 2 <= size <= _MAX_NAME or end >= len(toks):
        return None
    if any(t.text in TITLES for t in toks[1:end]):
        return None
    after = toks[end].text
    if not (after in _COMMAS or after in _COMPLEMENTISERS or is_cue(after)):
        return None
    return toks[1].start, toks[end - 1].end
