"""English anaphora to entities named before: ``the force``, ``the sources``, ``the country's AI minister``.

Descriptions resolve to the fullest compatible name the article gave (guideline §3); only what
was said or mentioned before the sentence being read can be meant by ``it`` or ``the company``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from claims.extract.core.entities import Entity, Registry
from claims.extract.english import lexicon as lx
from claims.extract.english.words import LEADERS, POLICE, POSSESSIVE_PRONOUNS, WIRES, role_acronyms
from claims.types import SpeakerKind

_PAIR_HEADS: Final = frozenset(
    ["leaders", "presidents", "ministers", "men", "women", "premiers", "counterparts"]
)


def before_cursor(reg: Registry) -> list[Entity]:
    """Speakers, then entities mentioned before the sentence being read: what ``the company`` can mean."""
    spoken = list(reversed(reg.speakers[-8:]))
    mentioned = [e for _, e in reg._before(reg.cursor + 1)[:60]]
    seen: set[int] = set()
    out = []
    for e in [*spoken, *mentioned]:
        if id(e) not in seen:
            seen.add(id(e))
            out.append(e)
    return out


def latest_org(reg: Registry) -> Entity | None:
    """The latest organisation said or mentioned before, never the wire credited in the dateline."""
    return next(
        (
            e
            for e in before_cursor(reg)
            if e.kind == SpeakerKind.ORGANIZATION and e.canonical.lower() not in WIRES
        ),
        None,
    )


def earlier(reg: Registry, words: list[str]) -> Entity | None:
    """``the sources``, ``the official``, ``the central bank``: the entity the article introduced so.

    Possessives (``the country's AI minister``) are dropped, an abbreviation may stand for the
    capitalised words of a role (AI → Artificial Intelligence), and ``the force`` is the police.
    """
    words = [w for w in words if not (w.endswith("'s") or w in POSSESSIVE_PRONOUNS)] or words
    head = words[-1]
    if words in (["force"], ["police"]):  # "the police" after "the Norland Constabulary Force (NCF)"
        return next(
            (
                e
                for e in reg._recent()
                if e.kind == SpeakerKind.ORGANIZATION
                and any(w in POLICE for w in e.canonical.lower().split())
            ),
            None,
        )
    if words in (["sources"], ["source"], ["people"], ["officials"]):
        for entity in reversed(reg.speakers[-3:]):  # "The sources said" after "Two people familiar …"
            if (entity.kind == SpeakerKind.GROUP and not entity.members) or (
                entity.kind == SpeakerKind.PERSON and not entity.named
            ):
                names = entity.canonical.lower().split()
                if head in names or (words[0] in ("sources", "people") and entity.number == "plural"):
                    return entity
    if head in lx.MEDIUM_DESCRIPTIONS and len(words) <= 3:
        outlet = credited_outlet(reg)  # "according to the television station" after "KNOR-TV reported"
        if outlet is not None:
            return outlet
    if len(words) == 2 and words[0] in ("two", "both") and words[1] in _PAIR_HEADS:
        return reg._pair(reg.cursor)  # "the two leaders said": the pair named together (guideline §2)
    for entity in reg._recent():
        if entity.kind == SpeakerKind.OUTLET:
            continue
        names = f"{entity.canonical} {entity.role} {entity.role_key}".lower().replace("’", "'").split()
        if head == "leader" and entity.kind == SpeakerKind.PERSON and LEADERS.intersection(names):
            names = [*names, "leader"]  # "the Mexican leader": the Mexican president named before
        if head not in names:
            continue
        if entity.kind == SpeakerKind.PERSON and head in lx.ORG_WORDS and (
            head not in lx.TITLE_WORDS or words == [head]
        ):
            continue  # "the police" after "police commissioner X": the force, not its commissioner  # "the hospital" after "A hospital spokesman, X,": the body, not the man speaking for it
        if all(w in names for w in words) or (
            entity.kind == SpeakerKind.PERSON
            and all(w in names or w in role_acronyms(entity.role) for w in words)
        ):
            return entity
    return None


def credited_outlet(reg: Registry) -> Entity | None:
    """The latest medium the article quoted (a speaker whose name carries a media word: ``KNOR-TV``,
    ``Norland Times``): what ``the station``, ``the newspaper`` mean; never the publishing outlet itself
    nor a wire agency."""
    for entity in reversed(reg.speakers[-8:]):
        if entity.kind != SpeakerKind.ORGANIZATION or entity.canonical.lower() in WIRES:
            continue  # a wire is an agency, never "the newspaper" nor "the station"
        if lx.MEDIA_NAME_WORDS.intersection(entity.canonical.lower().replace("-", " ").split()):
            return entity
    return None


def main_org(reg: Registry) -> Entity | None:
    """The organisation named or quoted most often before the cursor (ties: the first named): what ``a company
    spokesperson`` speaks for, rather than a data provider cited in between (``according to LSEG data``)."""
    counts: dict[int, int] = {}
    for e in [*(e for _, e in reg._before(reg.cursor + 1)), *reg.speakers]:
        counts[id(e)] = counts.get(id(e), 0) + 1
    orgs = [e for e in before_cursor(reg) if e.kind == SpeakerKind.ORGANIZATION]
    orgs = [e for e in orgs if e.canonical.lower() not in WIRES]
    first = reg._first
    return max(orgs, key=lambda e: (counts.get(id(e), 0), -first.get(id(e), 1 << 30)), default=None)


def pronoun(
    reg: Registry,
    subjects: list[tuple[int, Entity]],
    subject_positions: list[int],
    last_spoke: int,
    word: str,
    pos: int,
    text: str = "",
    statement_author: Entity | None = None,
) -> Entity | None:
    """he/she: the person the previous sentences were about, or the latest agreeing speaker. ``it``: the
    organisation the narration turned to, else the statement being quoted (its author, when that author
    spoke last: ``X issued a statement …. "…," it underlined``), else the latest organisation."""
    gender, number = lx.PRONOUNS[word]
    if number == "org":
        # "The watchdog concluded its inquiry. It found that …": an organisation the narration turned to
        # after the latest claim outranks the latest speaker; one named inside a quotation is what the
        # speaker talks about, never whom the narration turned to
        since = next(
            (
                e
                for p, e in reg._before(pos)
                if p > last_spoke
                and e.kind == SpeakerKind.ORGANIZATION
                and e.canonical.lower() not in WIRES
                and not (text and _inside_quotation(text, p))
                and not (text and _deep_in_sentence(text, p))
            ),
            None,
        )
        last = reg.speakers[-1] if reg.speakers else None
        if since is None and statement_author is not None and last is statement_author:
            return statement_author
        return since or latest_org(reg) or reg.implicit("", "singular", pos)
    if number == "singular":
        chosen = _singular(reg, subjects, subject_positions, last_spoke, gender, pos) or _implicit(
            reg, gender, number, pos
        )
        challenger = _named_just_before(reg, text, last_spoke, gender, pos) if text else None
        if challenger is not None and chosen is not None and challenger is not chosen:
            # "…, including Coun. Ann Okafor." then "“…,” she said": the person the sentence just before
            # named wins only by a margin of scored features over the usual reading
            features = _Features(reg, subjects, subject_positions, last_spoke, text, pos)
            nearer = features.recency(challenger) > features.recency(chosen)  # else the subject rules stand
            if nearer and features.score(challenger) >= features.score(chosen) + _MARGIN:
                chosen = challenger
        if chosen is not None and chosen.kind == SpeakerKind.PERSON:
            chosen.gender = chosen.gender or gender
        return chosen
    if number == "plural":
        # "Valley growers raised the issue. Noting …, they demanded …": a group the narration turned to
        # after the latest claim (a plural subject, never a body) outranks the group quoted before
        end = bisect_left(subject_positions, pos)
        for p, subject in reversed(subjects[max(0, end - 3) : end]):
            if p <= last_spoke:
                break
            if subject.kind == SpeakerKind.GROUP and subject.number == "plural":
                return subject
    return _implicit(reg, gender, number, pos)


def _implicit(reg: Registry, gender: str, number: str, pos: int) -> Entity | None:
    """The latest agreeing speaker or mention (``Registry.implicit``); for he/she always a person."""
    entity = reg.implicit(gender, number, pos)
    if entity is not None and number == "singular" and entity.kind != SpeakerKind.PERSON:
        # "he"/"she" is a person: the latest agreeing person speaker or mention, not the ministry
        spoken = [e for e in reversed(reg.speakers[-6:]) if e.kind == SpeakerKind.PERSON]
        mentioned = [e for _, e in reg._before(pos)[:40] if e.kind == SpeakerKind.PERSON]
        entity = next((e for e in [*spoken, *mentioned] if e.agrees(gender, number)), None)  # never the org
    if entity is not None and number == "singular" and entity.kind == SpeakerKind.PERSON:
        entity.gender = entity.gender or gender
    return entity


def _singular(
    reg: Registry, subjects: list[tuple[int, Entity]], subject_positions: list[int], last_spoke: int, gender: str, pos: int
) -> Entity | None:
    """The narrated subject since the latest claim that agrees, else None (the caller falls back)."""
    end = bisect_left(subject_positions, pos)
    for p, subject in reversed(subjects[max(0, end - 5) : end]):
        if p <= last_spoke:
            break
        if subject.agrees(gender, "singular"):
            return subject
    return None


_MARGIN: Final = 1  # a challenger must lead by this much: on a tie the usual reading stands
_SENTENCE_BREAK: Final = re.compile(r"[.!?][”\"’]?\s+(?=[“\"‘(]?[A-Z0-9])|\n+")


def _breaks(text: str, a: int, b: int) -> int:
    """How many sentence breaks stand between ``a`` and ``b`` (0: the same sentence). A full stop after
    a title or a short capitalised abbreviation (``Coun. Ann Okafor``, ``Dr. Lee``) breaks nothing."""
    if a >= b:
        return 0
    count = 0
    for m in _SENTENCE_BREAK.finditer(text, a, b):
        if text[m.start()] == ".":
            word = text[text.rfind(" ", a, m.start()) + 1 : m.start()].strip("“\"(")
            if word.lower() in lx.TITLE_WORDS or (word[:1].isupper() and len(word) <= 4 and "\n" not in m.group()):
                continue
        count += 1
    return count


def _named_just_before(reg: Registry, text: str, last_spoke: int, gender: str, pos: int) -> Entity | None:
    """The one named person the sentence right before ``pos``'s sentence mentions in narration (not in a
    quotation) after the latest claim, agreeing with the pronoun: ``…, including Coun. Ann Okafor.`` then
    ``“…,” she said``. None when that sentence names nobody agreeing, or two people (no clear reading)."""
    found: list[Entity] = []
    for p, entity in reg._before(pos):
        if p <= last_spoke:
            break
        gap = _breaks(text, p, pos)
        if gap > 1:
            break
        if gap == 0 or _inside_quotation(text, p):
            continue
        if entity.kind == SpeakerKind.PERSON and entity.named and entity not in found:
            found.append(entity)
    if len(found) != 1 or not found[0].agrees(gender, "singular"):
        return None
    return found[0]


class _Features:
    """Scored features of a person a singular pronoun may mean (guideline §3, the person the copy is
    about): recency in sentences of the latest narrated mention, whether that mention is a subject,
    whether the person spoke last, and whether the person was introduced in the sentence just before."""

    def __init__(
        self,
        reg: Registry,
        subjects: list[tuple[int, Entity]],
        subject_positions: list[int],
        last_spoke: int,
        text: str,
        pos: int,
    ) -> None:
        self.reg, self.text, self.pos, self.last_spoke = reg, text, pos, last_spoke
        end = bisect_left(subject_positions, pos)
        self.subjects = subjects[max(0, end - 8) : end]

    def _anchors(self, entity: Entity) -> tuple[int, int, bool]:
        """The entity's latest narrated mention, latest subject position (-1: none) and whether it spoke last."""
        latest = next(
            (p for p, e in self.reg._before(self.pos) if e is entity and not _inside_quotation(self.text, p)), -1
        )
        subject = next((p for p, e in reversed(self.subjects) if e is entity), -1)
        last = self.reg.speakers[-1] if self.reg.speakers else None
        return latest, subject, last is entity and self.last_spoke > 0

    def recency(self, entity: Entity) -> int:
        """3 for the sentence just before, down to 0 for three sentences back or more (or never)."""
        latest, subject, spoke = self._anchors(entity)
        anchor = max(latest, subject, self.last_spoke if spoke else -1)
        return 3 - min(_breaks(self.text, anchor, self.pos), 3) if anchor >= 0 else 0

    def score(self, entity: Entity) -> int:
        latest, subject, spoke = self._anchors(entity)
        as_subject = (subject >= 0 and subject >= latest) or spoke
        first = self.reg.first_mention(entity)
        introduced = first is not None and _breaks(self.text, first, self.pos) == 1
        return self.recency(entity) + int(as_subject) + int(spoke) + int(introduced)


def _deep_in_sentence(text: str, pos: int) -> bool:
    """``pos`` stands more than three words into its sentence: a body named there (``… a row between
    China and the U.S.``) is what the sentence talks about, not the subject the narration turned to
    (``The Marine Safety Board concluded …``, ``But the board …``)."""
    start = max(text.rfind(mark, 0, pos) for mark in (". ", "\n", "? ", "! "))
    return len(text[start + 1 : pos].split()) > 3


def _inside_quotation(text: str, pos: int) -> bool:
    """``pos`` is inside a quotation opened earlier in its paragraph (curly marks, or odd straight ones)."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
