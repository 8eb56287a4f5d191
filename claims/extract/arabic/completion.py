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
from claims.extract.arabic.organisations import ORG_ADJECTIVES, body_genitive
from claims.extract.arabic.words import (
    COMPLEMENTISERS,
    GIVEN,
    ORG_HEADS,
    PATRONYMICS,
    PLACE_HEADS,
    PLACES,
    STOPS,
    TITLES,
    is_cue,
    is_nisba,
)
from claims.extract.core.draft import Draft, hand_over
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import Tok, tokenize
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
        body = fuller.get(id(entity), entity)
        if body.kind == SpeakerKind.ORGANIZATION and not body.brand:
            written = _written_fuller_body(ctx, body)  # the registered name may itself be cut short
            if written is not None:
                fuller[id(entity)] = written
    hand_over(drafts, fuller)


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


def _written_fuller_body(ctx: Ctx, entity: Entity) -> Entity | None:
    """``وقالت المندوبية …`` on a page that names ``المندوبية السامية للتخطيط`` only inside a genitive,
    ``الاتحاد الأردني`` where a later sentence writes ``الاتحاد الأردني لكرة القدم``, ``القيادة`` after
    ``قيادة شرطة محافظة البصرة``: the body's fuller name is written, but never where the first pass
    registers bodies, so the registry cannot tie the two.

    Each place the page writes the speaker's words (behind ``ل`` too, and for a definite head alone
    its head in construct) is read on by the shapes that go on a body's name (``_name_end``), never by
    a plain definite noun, which may be the verb's object (``ناقشت وزارة الصحة الخططَ``). All
    readings must be one name and its prefixes: two different extensions (``… الفلسطينية``,
    ``… الإسرائيلية``) are two bodies, and the speaker stays as written."""
    mine = tuple(fold(entity.canonical).text.split())
    if not mine or len(mine) > _MAX_BODY:
        return None
    text = ctx.f
    longest: tuple[str, ...] = ()
    best: tuple[int, int, bool] = (0, 0, False)
    for probe, in_construct, behind_li in _body_spellings(" ".join(mine)):
        start = text.find(probe)
        while start >= 0:
            end = start + len(probe)
            if _word_start(text, start) and (end == len(text) or not text[end].isalnum()):
                toks = tokenize(text, start, min(len(text), start + _WINDOW))
                size = probe.count(" ") + 1
                stop = _name_end(toks, size, open_construct=in_construct)
                if stop > size and not in_construct and _disagrees(toks[size - 1].text, toks[size].text):
                    stop = size  # "مركز الشرطة الساحلي": the adjective goes with the noun before the name
                if stop > size:
                    head = "ال" + toks[0].text[2:] if behind_li else toks[0].text
                    words = (_bare(head), *(t.text for t in toks[1:stop]))
                    if words[: len(longest)] == longest:
                        if len(words) > len(longest):
                            longest, best = words, (toks[0].start, toks[stop - 1].end, behind_li)
                    elif longest[: len(words)] != words:
                        return None  # two different fuller names: two bodies
            start = text.find(probe, end)
    if not longest:
        return None
    s, e, behind_li = best
    key = ("ال" + ctx.f[s + 2 : e]) if behind_li else ctx.f[s:e]
    known = ctx.reg.lookup(key)
    if known is not None and known.kind == SpeakerKind.ORGANIZATION:
        return known
    canonical = ctx.orig(s, e)
    if behind_li:
        canonical = "ال" + canonical[2:]  # "للهيئة العامة …": the name without the ل
    body = Entity(
        canonical, SpeakerKind.ORGANIZATION, gender=entity.gender, head=entity.head, nisbas=entity.nisbas
    )
    return ctx.reg.add(body, [key])


_MAX_BODY: Final = 5  # words of a short form worth completing; longer ones are full names already
_WHOLE_WORDS: Final = ORG_HEADS | TITLES | PLACE_HEADS  # "وزارة", "لجنة", "ولاية": و/ل of the word, no clitic
_CONSTRUCT_DEPTH: Final = 3  # indefinite nouns a construct chain runs through before its definite end


def _body_spellings(key: str) -> list[tuple[str, bool, bool]]:
    """Where the page may write the body's fuller name, as (words, head in construct, behind ``ل``):
    its words as the speaker has them; a definite name behind ``ل`` (``بيان للهيئة العامة …``); and
    for a definite head alone (``القيادة``, ``المندوبية``) the head in construct (``قيادة …``), whose
    genitive must follow."""
    if not key.startswith("ال") or len(key) <= 4:
        return [(key, False, False)]
    spellings = [(key, False, False), ("لل" + key[2:], False, True)]
    if " " not in key and key[2:] not in PLACE_HEADS:
        spellings.append((key[2:], True, False))  # not "المحافظة": pages name many governorates
    return spellings


def _name_end(toks: list[Tok], k: int, *, open_construct: bool) -> int:
    """Where a body's name that runs to ``toks[k]`` ends: past adjectives (nisba or listed), ``لل``-
    and ``ل``-genitives (``للتخطيط``, ``لكرة القدم``), coordinated nouns that are no body of their own
    (``والتعليم``, ``وحماية البيئة``, not ``والجمعية``), places (bare, with ``ب``, after ``في``), and a
    construct chain to its definite end (``قيادة شرطة محافظة البصرة``). A chain left open ends
    nothing: the last closed word is the end."""
    closed = k if not open_construct else -1
    depth = 0
    n = len(toks)
    while k < n:
        w = toks[k].text
        nxt = toks[k + 1].text if k + 1 < n else ""
        if w in STOPS and w != "في":
            break  # "وجّهت النقابة التحية …": a word no name holds (the verb's object) ends it
        if open_construct:
            if w.startswith("ال") and _noun_word(w) or w in PLACES:
                k += 1
                closed, open_construct, depth = k, False, 0
                continue
            if depth < _CONSTRUCT_DEPTH and _noun_word(w) and w[0] not in "وفبل":
                k += 1
                depth += 1
                continue
            break
        if (
            is_nisba(w)
            or w in ORG_ADJECTIVES
            or body_genitive(w)
            or w in PLACES
            or w[:1] == "ب"
            and w[1:] in PLACES
            or w.startswith("وال")
            and len(w) > 4
            and w[1:] not in ORG_HEADS
            and _noun_word(w[1:])
        ):
            k += 1
        elif w == "في" and nxt in PLACES:
            k += 2
        elif w[:1] in "لو" and len(w) > 3 and not w.startswith(("ال", "وال")) and nxt.startswith("ال"):
            if (
                w in _WHOLE_WORDS
                or (w[0] == "و" and w[1:] in ORG_HEADS)
                or not _noun_word(w[1:])
                or not _noun_word(nxt)
            ):
                break  # "ومنظمة الصحة": a second body; "لحزب العدالة" is the body's parent, part of it
            if w[0] == "ل" and w[1:] in ORG_HEADS and _content_follows(toks, _name_end(toks, k + 2, open_construct=False)):
                break  # "أكدت الوزارة لمجلس النواب أن …": the body told, not the speaker's parent
            k += 2  # "لكرة القدم", "لحزب العدالة", "وحماية البيئة": a genitive in construct
        else:
            break
        closed = k
    return max(closed, 0)


_CONTENT_OPENERS: Final = frozenset(("الي", "علي", "عن", "ب", ":", "«", '"', "“"))


def _content_follows(toks: list[Tok], k: int) -> bool:
    """The content starts at ``toks[k]``: a complementiser, a cue's preposition, a colon or a quotation."""
    return k < len(toks) and (toks[k].text in _COMPLEMENTISERS or toks[k].text in _CONTENT_OPENERS)


def _disagrees(noun: str, adjective: str) -> bool:
    """A masculine adjective right after a feminine noun (``الشرطة الساحلي``): it describes another
    noun, the head of a construct the name is the genitive of. (A feminine adjective after a masculine
    noun may agree with a broken plural: ``الشؤون الخارجية``.)"""
    return noun.endswith("ه") and adjective.startswith("ال") and adjective.endswith("ي") and not adjective.endswith("يه")


def _noun_word(word: str) -> bool:
    """A word that may stand in a name's noun slot: one that could go on a name (``_open_word``) and is
    no title or stop word."""
    return _open_word(word) and word not in STOPS and word not in TITLES
