"""Who is who in one article: an entity registry with aliases, and the rules that resolve a cue's speaker.

Both languages use it. Names are registered once in their fullest form; short names, surnames
and descriptions (``الوكالة الإيرانية``, ``the ministry``) resolve back to that entity, and implicit
subjects (Arabic pro-drop, English pronouns) resolve by gender and number agreement to the most
recent compatible speaker (guideline §3).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Final

from claims.types import SpeakerKind


@dataclass(eq=False)
class Entity:
    canonical: str  # original letters, title dropped
    kind: SpeakerKind
    gender: str = ""  # "m", "f" or "" when unknown
    number: str = "singular"  # "singular", "dual", "plural"
    role: str = ""
    role_key: str = ""  # folded lower-case role, for "the spokesman" → the named spokesman
    head: str = ""  # folded head noun of a title or organisation, for descriptions
    nisbas: frozenset[str] = frozenset()  # folded adjectives (السوري, الايرانيه) seen with it
    keys: set[str] = field(default_factory=set)  # folded alias keys
    members: tuple[Entity, ...] = ()
    bare_keys: list[frozenset[str]] = field(default_factory=list)  # keys as sets of bare words
    named: bool = True  # False for a bare title or description ("وزير الخارجية") nobody named
    brand: bool = False  # a medium's proper name (إرنا from وكالة إرنا الإيرانية): never lengthened
    # the article an unnamed description had where a cue named it by its whole canonical (``the`` for
    # ``The government says``), "" when that mention had none, None when no cue named it so yet: only the
    # stored claim shows it (``Finished.article``), never the keys or the resolution
    article: str | None = None

    def agrees(self, gender: str, number: str) -> bool:
        if number == "dual":
            return self.number == "dual"
        if number == "plural":
            return self.number in ("plural", "dual") or self.kind in (
                SpeakerKind.ORGANIZATION,
                SpeakerKind.GROUP,
            )
        if self.number != "singular":
            return False
        return not gender or not self.gender or gender == self.gender


class Registry:
    """Entities of one article plus the order they were mentioned and spoke in.

    Every lookup is bounded (distinct entities, or a window of recent mentions found by bisection),
    so a five-megabyte page costs linear time.
    """

    WINDOW = 400  # mentions looked back over when resolving

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self.mentions: list[tuple[int, Entity]] = []  # (offset, entity), in text order
        self._positions: list[int] = []
        self._first: dict[int, int] = {}  # id(entity) → offset of its first mention
        self.speakers: list[Entity] = []
        self._spoken: dict[int, Entity] = {}  # distinct speakers, latest last
        self.max_key_tokens = 1
        self.first_words: dict[str, int] = {}  # first word of a key → most words of a key starting with it
        self.cursor = 0  # where the rules are reading: resolution only looks back from here
        self.local: Entity | None = None  # the subject of a quotation being read (nested reports)
        self.actor: Entity | None = None  # the subject of a narrative sentence since the last speaker spoke
        self.sentence_starts: list[int] = []  # for "named together in one sentence" (dual subjects)
        self.quoted: list[tuple[int, int]] = []  # quotations (start, end), in text order (set by the reader)
        self._quoted_starts: list[int] = []
        self._outside: set[int] = set()  # id(entity) of entities mentioned at least once outside a quotation
        self._met: set[int] = set()  # id(entity) of entities whose place of registration is known
        self.at: int | None = None  # where the name being registered stands (the Arabic first pass sets it)
        self._recent_state: tuple[int, int, int, int] = (-1, -1, -1, -1)
        self._recent_cache: list[Entity] = []

    def lookup(self, key: str) -> Entity | None:
        return self._by_key.get(key)

    def add(self, entity: Entity, keys: list[str]) -> Entity:
        """Register ``entity`` or merge it into the entity one of its keys already names."""
        by_key = self._by_key
        existing = next((by_key[k] for k in keys if k in by_key), None)
        if (
            existing is not None
            and all(by_key.get(k) is existing for k in keys)
            and (
                (existing.brand or len(entity.canonical) <= len(existing.canonical))
                and (existing.role or not entity.role)
            )
        ):
            return existing  # already known under every key: nothing to merge
        if existing is not None:
            if entity.brand and not existing.brand and existing.kind == entity.kind:
                existing.canonical, existing.brand = entity.canonical, True  # §3: the agency's own name
            elif (
                len(entity.canonical) > len(existing.canonical)
                and existing.kind == entity.kind
                and not existing.brand
            ):
                existing.canonical = entity.canonical
            existing.role = existing.role or entity.role
            existing.role_key = existing.role_key or entity.role_key
            existing.gender = existing.gender or entity.gender
            existing.nisbas = existing.nisbas | entity.nisbas
            existing.head = existing.head or entity.head
            target = existing
        else:
            self.entities.append(entity)
            target = entity
            if self.at is not None:
                self._met.add(id(entity))
                if not self.quoted or not self.in_quotation(self.at):
                    self._outside.add(id(entity))
        for key in keys:
            if key and key not in self._by_key:
                self._by_key[key] = target
                target.keys.add(key)
                target.bare_keys.clear()  # recomputed on demand by by_tokens
                size = key.count(" ") + 1
                self.max_key_tokens = max(self.max_key_tokens, size)
                first = key.split(" ", 1)[0]
                self.first_words[first] = max(self.first_words.get(first, 0), size)
        return target

    def repoint(self, key: str, entity: Entity) -> None:
        """Make ``key`` (a description such as ``المصدر``) name ``entity`` from now on."""
        old = self._by_key.get(key)
        if old is None:
            self.add(entity, [key])
            return
        if old is not entity:
            old.keys.discard(key)
            old.bare_keys.clear()
            self._by_key[key] = entity
            entity.keys.add(key)
            entity.bare_keys.clear()

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """The page's quotations, so that a name met only inside one is known as such (``_compute_recent``)."""
        self.quoted = sorted(spans)
        self._quoted_starts = [s for s, _ in self.quoted]

    def in_quotation(self, pos: int) -> bool:
        k = bisect_left(self._quoted_starts, pos) - 1
        return k >= 0 and self.quoted[k][0] < pos < self.quoted[k][1]

    def quoted_only(self, entity: Entity) -> bool:
        """Whether every place the page named ``entity`` so far lies inside a quotation."""
        key = id(entity)
        return bool(self.quoted) and (key in self._first or key in self._met) and key not in self._outside

    def mention(self, pos: int, entity: Entity) -> None:
        if self._positions and pos < self._positions[-1]:
            return  # mentions are recorded in text order only
        self.mentions.append((pos, entity))
        self._positions.append(pos)
        self._first.setdefault(id(entity), pos)
        if not self.quoted or not self.in_quotation(pos):
            self._outside.add(id(entity))

    def spoke(self, entity: Entity) -> None:
        self.actor = None
        self.speakers.append(entity)
        self._spoken.pop(id(entity), None)
        self._spoken[id(entity)] = entity

    def has_spoken(self, entity: Entity) -> bool:
        return id(entity) in self._spoken

    def first_mention(self, entity: Entity) -> int | None:
        """Offset of the entity's first mention, None when it was never mentioned."""
        return self._first.get(id(entity))

    def _before(self, pos: int) -> list[tuple[int, Entity]]:
        """Mentions before ``pos``, latest first, within the look-back window."""
        end = bisect_left(self._positions, pos)
        return self.mentions[max(0, end - self.WINDOW) : end][::-1]

    def _recent(self) -> list[Entity]:
        """Distinct entities, most recently active first: speakers, then mentions before the cursor, then all.

        Cached until a speaker, mention, entity or the cursor changes (it is asked for many times a sentence).
        """
        state = (len(self.speakers), len(self.mentions), len(self.entities), self.cursor)
        if state == self._recent_state:
            return self._recent_cache
        self._recent_state = state
        self._recent_cache = self._compute_recent()
        return self._recent_cache

    def _compute_recent(self) -> list[Entity]:
        end = bisect_left(self._positions, self.cursor + 1)
        before = self.mentions[max(0, end - 60) : end]  # the 60 latest mentions before the cursor
        chain = [
            *reversed(self._spoken.values()),
            *map(_ENTITY, reversed(before)),
            *reversed(self.entities[-60:]),
        ]
        ordered = list(dict.fromkeys(chain))  # first occurrence of each (entities compare by identity)
        if not self.quoted:
            return ordered
        # a name the page has so far met only inside someone's quotation (``"… اعتقلت شرطة المنطقة …"``)
        # is what the speaker talked about, not who the narration goes on about: it comes after the rest
        inner = [e for e in ordered if self.quoted_only(e) and id(e) not in self._spoken]
        if not inner:
            return ordered
        skip = set(map(id, inner))
        return [*(e for e in ordered if id(e) not in skip), *inner]

    def by_description(
        self,
        head: str,
        nisbas: frozenset[str],
        kind: SpeakerKind,
        fits: Callable[[Entity], bool] | None = None,
    ) -> Entity | None:
        """The latest entity of ``kind`` whose head noun (and nisba, when given) fits a description;
        ``fits`` lets the language rules turn down a candidate the description cannot point to."""
        bare = _bare(head)
        for entity in self._recent():
            if entity.kind == SpeakerKind.ORGANIZATION and self.quoted_only(entity):
                continue  # "… اعتقلت شرطة المنطقة …" inside a quotation: not what the narration's الشرطة is
            if entity.kind != kind or (entity.head != head and _bare(entity.head) != bare):
                continue  # المسؤول → مسؤول في وزارة النفط, المتحدث → الناطق باسم …
            if fits is not None and not fits(entity):
                continue
            if kind == SpeakerKind.PERSON and head.endswith("ه") and entity.gender == "m" and entity.named:
                continue  # الوزيرة is never the man named before (an Arabic title's feminine head)
            if nisbas and entity.nisbas and not (nisbas & entity.nisbas):
                continue
            return entity
        return None

    def by_role(
        self,
        key: str,
        nationalities: frozenset[str] = frozenset(),
        *,
        loose: bool = False,
        governs: Callable[[str], bool] | None = None,
    ) -> Entity | None:
        """A named person whose role holds every word of a title-only mention (``the spokesman``, ``الوزير``).

        A generic head (``المسؤول الأميركي``) needs only the nationality; a nationality the named
        holder was never given (``الرئيس الجزائري`` after ``رئيس الجمهورية عبد المجيد تبون``) is
        accepted for one of the two latest speakers when nobody fits exactly. With ``governs`` (a
        title that takes another title as its genitive: ``نائب``, ``مستشار``), a role holding the
        mention's head only under such a title (``نائب رئيس الوزراء`` for ``الرئيس``) is another office.
        """
        words = {_bare(w) for w in key.split()} - _ANAPHORS  # "المتحدث ذاته": the spokesman named before
        nats = {w for w in words if "ال" + w in nationalities or w in nationalities}
        generic = bool(words & _GENERIC)
        need = words - nats - _GENERIC
        if not need and not (generic and nats):
            return None
        latest = list(self._spoken.values())[-2:]
        head = key.split(" ", 1)[0]
        feminine = head.endswith("ه") if head.startswith("ال") and not generic else None
        fallback: Entity | None = None
        recent = self._recent()
        if self.actor is not None and self.actor in recent:
            # "أجرى وزير الخارجية X اتصالاً مع نظيره Y. وأعرب الوزير …": the narration's actor first
            recent = [self.actor, *(e for e in recent if e is not self.actor)]
        for entity in recent:
            if entity.kind != SpeakerKind.PERSON or not entity.named or not (entity.role_key or generic):
                continue
            have = _role_words(entity.role_key, entity.nisbas)
            if governs is not None and _governed_head(entity.role_key, head, governs):
                continue  # the deputy's role holds the head as a genitive: not the head's office
            if feminine is not None and entity.gender and (entity.gender == "f") != feminine:
                continue  # الوزيرة is never the man named before
            if have & _COUNTERPART:
                have = have | need  # "نظيرته الألمانية X": the counterpart holds the other's title
            if not need <= have:
                continue
            if nats <= have:
                return entity
            if (
                loose
                and fallback is None
                and entity in latest
                and not any(_is_nat(w, nationalities) for w in have)
            ):
                fallback = entity
        return fallback

    def by_tokens(self, tokens: list[str], kind: SpeakerKind) -> Entity | None:
        """The latest entity of ``kind`` with an alias holding all of ``tokens`` (البنك المركزي → … المصري)."""
        need = {_bare(t) for t in tokens}
        for entity in self._recent():
            if entity.kind != kind or (kind == SpeakerKind.ORGANIZATION and self.quoted_only(entity)):
                continue
            if not entity.bare_keys:
                entity.bare_keys.extend(frozenset(_bare(w) for w in key.split()) for key in entity.keys)
            if any(need <= key for key in entity.bare_keys):
                return entity
        return None

    def latest(self, kind: SpeakerKind) -> Entity | None:
        return next((e for e in self._recent() if e.kind == kind), None)

    def implicit(self, gender: str, number: str, pos: int, *, turn: bool = False) -> Entity | None:
        """Resolve an implicit subject: the latest agreeing speaker, else the latest agreeing mention.

        ``turn`` (بدوره, من جانبه, in turn) asks for the other participant: skip the last speaker.
        The actor of a narrative sentence read since the last speaker spoke (``واستقبل الوزير X …``)
        comes before the earlier speakers when it agrees: the copy has moved on to him.
        """
        last = self.speakers[-1] if self.speakers else None
        if self.local is not None and self.local.agrees(gender, number):
            return self.local
        if number == "dual":
            return self._pair(pos)
        if turn:
            for _, entity in self._before(pos):
                if entity is not last and entity.kind != SpeakerKind.OUTLET and entity.agrees(gender, number):
                    return entity
        if self.actor is not None and not turn and self.actor.agrees(gender, number):
            return self.actor
        recent = list(reversed(self._spoken.values()))[:3]
        for entity in recent:
            if entity.agrees(gender, number):
                return entity
        if last is not None:
            here = self._agreeing_in_sentence(gender, number, pos, last)
            return here or last  # an agreement slip in the copy: the current speaker is still evident (§4.11)
        for _, entity in self._before(pos):
            if entity.agrees(gender, number):
                return entity
        return None

    def _agreeing_in_sentence(self, gender: str, number: str, pos: int, last: Entity) -> Entity | None:
        """``وفي اتصال مع مسؤول الإعلام X أكد أن …``: before falling back on a speaker that does not agree
        (§4.11), one named earlier in the cue's own sentence that agrees is whom the sentence is about;
        so is a named person of the cue's gender (known, not guessed) in the sentence before (``لتتدخل
        النائب X …. وشددت على …``: she took the floor, her own feminine verb follows).
        Needs the sentence starts (set by the Arabic reader only)."""
        if not self.sentence_starts:
            return None
        here = max(0, bisect_left(self.sentence_starts, pos + 1) - 1)
        start = self.sentence_starts[here]
        before = self.sentence_starts[here - 1] if here and gender else start
        for p, entity in self._before(pos):
            if p < before:
                return None
            if entity is last or entity.kind == SpeakerKind.OUTLET or not entity.agrees(gender, number):
                continue
            if p >= start or (entity.kind == SpeakerKind.PERSON and entity.named and entity.gender == gender):
                return entity  # the sentence before: a named person of the cue's own stated gender
        return None

    def _pair(self, pos: int) -> Entity | None:
        for entity in reversed(self.speakers[-3:]):
            if entity.number == "dual":
                return entity
        together = self._named_together(pos)
        if together is not None:
            return together
        seen: list[Entity] = []
        for _, entity in self._before(pos):
            if entity.kind == SpeakerKind.PERSON and entity.named and entity not in seen:
                seen.append(entity)
                if len(seen) == 2:
                    break
        if len(seen) < 2:
            return None
        pair = sorted(seen, key=lambda e: self._first.get(id(e), 0))
        return group_of(pair)

    def _named_together(self, pos: int) -> Entity | None:
        """The two people the latest sentence naming two people named (a meeting, a call): ``أكدا``.

        Named people first; only when no recent sentence names two does an office nobody named
        (``استقبل وزير السياحة سفيرَ الصين``) count as a participant — otherwise a later sentence
        mentioning two dignitaries in passing (``نقل تحيات الرئيس إلى الأمير``) would take over.
        """
        return self._together(pos, named_only=True) or self._together(pos, named_only=False)

    def _together(self, pos: int, *, named_only: bool) -> Entity | None:
        if not self.sentence_starts:
            return None
        by_sentence: dict[int, list[Entity]] = {}
        order: list[int] = []
        for p, entity in self._before(pos):
            if entity.kind != SpeakerKind.PERSON or not (entity.named or (entity.role and not named_only)):
                continue
            index = bisect_left(self.sentence_starts, p + 1) - 1
            if index not in by_sentence:
                by_sentence[index] = []
                order.append(index)
            if entity not in by_sentence[index]:
                by_sentence[index].insert(0, entity)  # mentions come latest first: keep text order
        for index in order[:6]:
            people = by_sentence[index]
            if len(people) >= 2:
                return group_of(sorted(people[:2], key=lambda e: self._first.get(id(e), 0)))
        return None


_SYNONYMS: Final = {
    "ناطق": "متحدث",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "rep": "representative",
}
_COUNTERPART: Final = frozenset({"نظير", "نظيرت", "نظيرها"})
_GENERIC: Final = frozenset({"مسؤول", "مسوول", "official"})


def _is_nat(bare: str, nationalities: frozenset[str]) -> bool:
    return "ال" + bare in nationalities or bare in nationalities


_ANAPHORS: Final = frozenset({"ذات", "ذاته", "ذاتها", "نفسه", "نفسها", "same", "aforementioned"})


_ENTITY: Final = itemgetter(1)  # of a (position, entity) mention


@lru_cache(maxsize=4096)
def _governed_head(role_key: str, head: str, governs: Callable[[str], bool]) -> bool:
    """The mention's head occurs in the role, and every time right after a governing title."""
    words = role_key.split()
    bare = _bare(head)
    at = [k for k, w in enumerate(words) if _bare(w) == bare]
    return bool(at) and all(k > 0 and governs(words[k - 1]) for k in at)


@lru_cache(maxsize=4096)
def _role_words(role_key: str, nisbas: frozenset[str]) -> frozenset[str]:
    """A person's role and nisba words, bare (``by_role`` compares a mention's words with them)."""
    return frozenset({_bare(w) for w in role_key.split()} | {_bare(n) for n in nisbas})


@lru_cache(maxsize=8192)
def _bare(word: str) -> str:
    """A word without its article and feminine ending, for role and alias comparison (and without the
    Arabic reader's ``~`` mark that tells the title ``والي~`` from ``وإلى``: ``الوالي`` is that office)."""
    word = word.rstrip("~")
    for prefix in ("وال", "بال", "لل", "ال"):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            word = word[len(prefix) :]
            break
    word = word.removeprefix("the ").lower()
    word = word[:-1] if word.endswith("ه") else word
    return _SYNONYMS.get(word, word)


def group_of(members: list[Entity]) -> Entity:
    """Two or more speakers together: canonical names joined by `` + `` in first-mention order."""
    return Entity(
        canonical=" + ".join(m.canonical for m in members),
        kind=SpeakerKind.GROUP,
        number="dual" if len(members) == 2 else "plural",
        members=tuple(members),
    )
