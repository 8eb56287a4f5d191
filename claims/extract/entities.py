"""Who is who in one article: an entity registry with aliases, and the rules that resolve a cue's speaker.

Both languages use it. Names are registered once in their fullest form; short names, surnames
and descriptions (``الوكالة الإيرانية``, ``the ministry``) resolve back to that entity, and implicit
subjects (Arabic pro-drop, English pronouns) resolve by gender and number agreement to the most
recent compatible speaker (guideline §3).
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

    def agrees(self, gender: str, number: str) -> bool:
        if number == "dual":
            return self.number == "dual"
        if number == "plural":
            return self.number in ("plural", "dual") or self.kind in (SpeakerKind.ORGANIZATION, SpeakerKind.GROUP)
        if self.number != "singular":
            return False
        return not gender or not self.gender or gender == self.gender


class Registry:
    """Entities of one article plus the order they were mentioned and spoke in."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, Entity] = {}
        self.mentions: list[tuple[int, Entity]] = []  # (folded offset, entity), in text order
        self.speakers: list[Entity] = []
        self.max_key_tokens = 1

    def lookup(self, key: str) -> Entity | None:
        return self._by_key.get(key)

    def add(self, entity: Entity, keys: list[str]) -> Entity:
        """Register ``entity`` or merge it into the entity one of its keys already names."""
        existing = next((self._by_key[k] for k in keys if k in self._by_key), None)
        if existing is not None:
            if len(entity.canonical) > len(existing.canonical) and existing.kind == entity.kind:
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
        for key in keys:
            if key and key not in self._by_key:
                self._by_key[key] = target
                target.keys.add(key)
                self.max_key_tokens = max(self.max_key_tokens, key.count(" ") + 1)
        return target

    def mention(self, pos: int, entity: Entity) -> None:
        self.mentions.append((pos, entity))

    def spoke(self, entity: Entity) -> None:
        self.speakers.append(entity)

    def by_description(self, head: str, nisbas: frozenset[str], kind: SpeakerKind) -> Entity | None:
        """The latest entity of ``kind`` whose head noun (and nisba, when given) fits a description."""
        for entity in reversed(self.speakers + [e for _, e in self.mentions] + self.entities):
            if entity.kind != kind or entity.head != head:
                continue
            if nisbas and entity.nisbas and not (nisbas & entity.nisbas):
                continue
            return entity
        return None

    def by_role(self, role_key: str) -> Entity | None:
        """A named person whose registered role contains the title-only mention (``the spokesman``)."""
        for entity in reversed(self.speakers + [e for _, e in self.mentions]):
            if entity.kind == SpeakerKind.PERSON and role_key and role_key in entity.role_key:
                return entity
        return None

    def implicit(self, gender: str, number: str, pos: int, *, turn: bool = False) -> Entity | None:
        """Resolve an implicit subject: the latest agreeing speaker, else the latest agreeing mention.

        ``turn`` (بدوره, من جانبه, in turn) asks for the other participant: skip the last speaker.
        """
        last = self.speakers[-1] if self.speakers else None
        if number == "dual":
            return self._pair(pos)
        if turn:
            for p, entity in reversed(self.mentions):
                if p < pos and entity is not last and entity.kind != SpeakerKind.OUTLET and entity.agrees(gender, number):
                    return entity
        for entity in reversed(self.speakers):
            if entity.agrees(gender, number):
                return entity
        for p, entity in reversed(self.mentions):
            if p < pos and entity.agrees(gender, number):
                return entity
        return last

    def _pair(self, pos: int) -> Entity | None:
        for entity in reversed(self.speakers[-3:]):
            if entity.number == "dual":
                return entity
        seen: list[Entity] = []
        for p, entity in reversed(self.mentions):
            if p < pos and entity.kind == SpeakerKind.PERSON and entity not in seen:
                seen.append(entity)
                if len(seen) == 2:
                    break
        if len(seen) < 2:
            return None
        first = {id(e): i for i, (_, e) in reversed(list(enumerate(self.mentions)))}
        pair = sorted(seen, key=lambda e: first.get(id(e), 0))
        return group_of(pair)


def group_of(members: list[Entity]) -> Entity:
    """Two or more speakers together: canonical names joined by `` + `` in first-mention order."""
    return Entity(
        canonical=" + ".join(m.canonical for m in members),
        kind=SpeakerKind.GROUP,
        number="dual" if len(members) == 2 else "plural",
        members=tuple(members),
    )

