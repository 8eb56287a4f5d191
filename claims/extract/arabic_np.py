"""Arabic speaker phrases: split titles from names, recognise organisations and collectives.

No parser is available offline, so a speaker phrase is read with word classes: a title head
(``وزير``) takes office words, nisba adjectives and places (``الخارجية السوري``); the name that
follows runs until a particle, a ``و``-word or a surname with ``ال``. Every named person is
registered under its fullest name and its surname-like suffixes, which is how ``خاجي`` later
resolves to ``علي أصغر خاجي``.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extract import lexicon_ar as lx
from claims.extract.entities import Entity, Registry
from claims.extract.forms import cue_forms, fold_set
from claims.extract.tokens import QUOTE_CHARS, Tok
from claims.text.normalize import Folded
from claims.types import SpeakerKind

TITLES = fold_set(lx.PERSON_TITLES)
OFFICE = fold_set(lx.OFFICE_WORDS)
ORG_HEADS = fold_set(lx.ORG_HEADS)
COLLECTIVES = fold_set(lx.COLLECTIVES)
DUALS = fold_set(lx.DUAL_COLLECTIVES)
SINGULAR_SOURCES = fold_set(lx.SINGULAR_SOURCES)
CONNECTORS = fold_set(lx.NAME_CONNECTORS)
GIVEN = fold_set(lx.GIVEN_NAMES)
STOPS = fold_set(lx.NAME_STOPS)
PLACES = fold_set(lx.PLACES)
EVENT_VERBS = fold_set(lx.EVENT_VERBS)
COMPLEMENTISERS = fold_set(lx.COMPLEMENTISERS)
_TITLE_LINKS = frozenset({"باسم", "لشؤون", "للشؤون", "العام", "العامه"})
_PLURAL_FEMININE_ORGS = frozenset({"السلطات", "سلطات", "القوات", "قوات"})


@dataclass(frozen=True, slots=True)
class Mention:
    entity: Entity
    end: int  # index of the first token after the mention
    start_char: int
    end_char: int


class Ctx:
    """One article under analysis: original text, folded copy, registry."""

    def __init__(self, text: str, folded: Folded, registry: Registry) -> None:
        self.text = text
        self.folded = folded
        self.f = folded.text
        self.reg = registry

    def orig(self, start: int, end: int) -> str:
        """Original letters for a folded span, whitespace collapsed and quote marks removed."""
        raw = self.text[self.folded.orig(start) : self.folded.orig_end(end)]
        raw = "".join(ch for ch in raw if ch not in QUOTE_CHARS)
        return " ".join(raw.split())


def strip_clitic(word: str) -> str:
    if len(word) > 3 and word[0] in "وف":
        return word[1:]
    return word


def is_nisba(word: str) -> bool:
    return word.startswith("ال") and len(word) >= 5 and (word.endswith("ي") or word.endswith("يه"))


def is_cue(word: str) -> bool:
    forms = cue_forms()
    return word in forms or strip_clitic(word) in forms


def _is_name_token(word: str) -> bool:
    return (
        word[0].isalpha()
        and word not in STOPS
        and word not in COMPLEMENTISERS
        and word not in TITLES
        and word not in ORG_HEADS
        and word not in PLACES
        and word not in EVENT_VERBS
        and not is_cue(word)
    )


def parse_name(toks: list[Tok], j: int, limit: int) -> tuple[int, bool]:
    """End index of a personal name starting at ``j`` and whether a clear boundary closed it."""
    k, prev_conn = j, False
    while k < limit and k - j < 5:
        w = toks[k].text
        if not prev_conn and not _is_name_token(w):
            break
        if w[0] == "و" and w not in GIVEN and not prev_conn:
            break
        if w.startswith("ال") and not prev_conn:
            if k == j and (w in OFFICE or is_nisba(w)):
                break
            k += 1
            return k, _clear(toks, k, limit)
        k += 1
        prev_conn = w in CONNECTORS
    if prev_conn:
        k -= 1
    clear = _clear(toks, k, limit)
    if not clear and k - j > 2:
        k = j + 2 if toks[j].text not in CONNECTORS else min(j + 3, k)
    return k, clear


def _clear(toks: list[Tok], k: int, limit: int) -> bool:
    if k >= limit:
        return True
    w = toks[k].text
    return not w[0].isalpha() or not _is_name_token(w) or w[0] == "و"


def registry_match(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> tuple[Entity, int] | None:
    """Longest registered alias starting at token ``i`` (a leading و/ف clitic allowed)."""
    top = min(limit, i + ctx.reg.max_key_tokens)
    for k in range(top, i, -1):
        words = [t.text for t in toks[i:k]]
        for first in (words[0], strip_clitic(words[0])):
            entity = ctx.reg.lookup(" ".join([first, *words[1:]]))
            if entity is not None:
                return entity, k
    return None


def name_keys(words: list[str]) -> list[str]:
    """The full name and its surname-like suffixes (never one that starts right after عبد/أبو)."""
    keys = [" ".join(words)]
    for k in range(1, len(words)):
        if words[k - 1] not in CONNECTORS:
            keys.append(" ".join(words[k:]))
    return keys


def parse_mention(ctx: Ctx, toks: list[Tok], i: int, limit: int, *, register: bool = True) -> Mention | None:
    """A speaker phrase starting at token ``i``: titled person, organisation, collective or known name."""
    if i >= limit or not toks[i].text[0].isalpha():
        return None
    head = strip_clitic(toks[i].text) if toks[i].text not in TITLES | ORG_HEADS else toks[i].text
    if head in TITLES:
        return _titled(ctx, toks, i, limit, register)
    known = registry_match(ctx, toks, i, limit)
    if known is not None:
        entity, end = known
        return Mention(entity, end, toks[i].start, toks[end - 1].end)
    if head in ORG_HEADS:
        return _organisation(ctx, toks, i, limit)
    if head in COLLECTIVES or head in SINGULAR_SOURCES:
        return _collective(ctx, toks, i, limit, head)
    if head in GIVEN:
        end, _ = parse_name(toks, i, limit)
        if end > i:
            return _person(ctx, toks, i, end, None, register)
    return None


def _titled(ctx: Ctx, toks: list[Tok], i: int, limit: int, register: bool) -> Mention | None:
    j = i + 1
    nisbas: set[str] = set()
    while j < limit:
        w = toks[j].text
        if w in OFFICE or w in PLACES or w in TITLES or w in _TITLE_LINKS or is_nisba(w):
            if is_nisba(w):
                nisbas.add(w)
            j += 1
        elif w in ORG_HEADS:
            j += 1
            if not w.startswith("ال") and j < limit and _is_name_token(toks[j].text):
                j += 1  # construct state: حركة حماس, وكالة سانا
        elif w in ("الي", "في", "لدي") and j + 1 < limit and toks[j + 1].text in PLACES:
            j += 2
        elif w.startswith("لل") and len(w) > 4 and w not in STOPS:
            j += 1
        else:
            break
    known = registry_match(ctx, toks, j, limit)
    role = ctx.orig(toks[i].start, toks[j - 1].end)
    title_head = strip_clitic(toks[i].text)
    if known is not None:
        entity, end = known
        if not entity.role:
            entity.role = role
        return Mention(entity, end, toks[i].start, toks[end - 1].end)
    end, _ = parse_name(toks, j, limit)
    if end > j:
        return _person(ctx, toks, j, end, (role, title_head, frozenset(nisbas)), register, start_tok=i)
    # Title only: "وزير الخارجية" → the named holder when the article named one, else the title itself.
    described = ctx.reg.by_description(title_head, frozenset(nisbas), SpeakerKind.PERSON)
    if described is None:
        key = " ".join(t.text for t in toks[i:j])
        described = ctx.reg.lookup(key) or ctx.reg.add(
            Entity(role, SpeakerKind.PERSON, gender=_title_gender(title_head), role=role, head=title_head,
                   nisbas=frozenset(nisbas)),
            [key],
        )
    return Mention(described, j, toks[i].start, toks[j - 1].end)


def _title_gender(head: str) -> str:
    return "f" if head.endswith("ه") and head not in ("الفقيه",) else "m"


def _person(
    ctx: Ctx, toks: list[Tok], j: int, end: int, title: tuple[str, str, frozenset[str]] | None,
    register: bool, start_tok: int | None = None,
) -> Mention:
    words = [t.text for t in toks[j:end]]
    canonical = ctx.orig(toks[j].start, toks[end - 1].end)
    role, head, nisbas = title or ("", "", frozenset())
    entity = Entity(canonical, SpeakerKind.PERSON, gender=_title_gender(head) if head else "", role=role,
                    role_key=" ".join(role.split()), head=head, nisbas=nisbas)
    if register:
        entity = ctx.reg.add(entity, name_keys(words))
    start = toks[start_tok if start_tok is not None else j].start
    return Mention(entity, end, start, toks[end - 1].end)


def _organisation(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> Mention:
    j = i + 1
    words: list[Tok] = [toks[i]]
    while j < limit and len(words) < 6:
        w = toks[j].text
        if w in QUOTE_CHARS or w in "()":
            j += 1
            continue
        if w.startswith("ال") and w not in STOPS and not is_cue(w) or w in PLACES:
            words.append(toks[j])
        elif len(words) == 1 and not toks[i].text.startswith("ال") and _is_name_token(w):
            words.append(toks[j])  # construct state: وكالة سانا
        elif w.startswith("لل") and len(w) > 4:
            words.append(toks[j])  # المكتب الإعلامي للحكومة
        else:
            break
        j += 1
    head = strip_clitic(toks[i].text)
    base = head[2:] if head.startswith("ال") else head
    nisbas = frozenset(t.text for t in words[1:] if is_nisba(t.text))
    proper = [t for t in words[1:] if not t.text.startswith("ال") and t.text not in PLACES]
    end_char = words[-1].end
    if not proper and all(is_nisba(t.text) for t in words[1:]) and head.startswith("ال"):
        described = ctx.reg.by_description(base, nisbas, SpeakerKind.ORGANIZATION)
        if described is not None:
            return Mention(described, j, toks[i].start, end_char)
    gender = "f" if base.endswith("ه") or head in _PLURAL_FEMININE_ORGS else "m"
    canonical = ctx.orig(proper[0].start, proper[-1].end) if proper else ctx.orig(toks[i].start, end_char)
    keys = [" ".join(t.text for t in words)]
    if proper:
        keys.append(" ".join(t.text for t in proper))
    entity = ctx.reg.add(
        Entity(canonical, SpeakerKind.ORGANIZATION, gender=gender, head=base, nisbas=nisbas), keys
    )
    return Mention(entity, j, toks[i].start, end_char)


def _collective(ctx: Ctx, toks: list[Tok], i: int, limit: int, head: str) -> Mention:
    if head in DUALS:
        pair = ctx.reg.implicit("", "dual", toks[i].start)
        if pair is not None:
            return Mention(pair, i + 1, toks[i].start, toks[i].end)
    j = i + 1
    while j < limit and j - i < 3:
        w = toks[j].text
        if not w[0].isalpha() or w in STOPS or w in COMPLEMENTISERS or is_cue(w) or w[0] == "و":
            break
        if not (w.startswith("ال") or w.endswith(("ه", "ون", "ين", "يه"))):
            break
        j += 1
    canonical = ctx.orig(toks[i].start, toks[j - 1].end)
    singular = head in SINGULAR_SOURCES
    kind = SpeakerKind.PERSON if singular else SpeakerKind.GROUP
    key = " ".join(t.text for t in toks[i:j])
    entity = ctx.reg.lookup(key) or ctx.reg.add(
        Entity(canonical, kind, number="singular" if singular else "plural", head=head), [key]
    )
    return Mention(entity, j, toks[i].start, toks[j - 1].end)
