"""Arabic speaker phrases: split titles from names, recognise organisations and collectives.

No parser is available offline, so a speaker phrase is read with word classes: a title head
(``وزير``) takes office words, nisba adjectives, genitives and places (``الخارجية السوري``); the
name that follows runs until a particle, a ``و``-word or a surname with ``ال``. Every named person
is registered under its fullest name and its surname-like suffixes, which is how ``خاجي`` later
resolves to ``علي أصغر خاجي``; a title alone resolves to the person registered with that role.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.extract import lexicon_ar as lx
from claims.extract.arabic_words import (
    ALI,
    COLLECTIVES,
    COMPLEMENTISERS,
    CONNECTORS,
    EVENT_VERBS,
    FRAME_WORDS,
    GIVEN,
    NATIONALITIES,
    OFFICE,
    ORG_HEADS,
    PLACE_HEADS,
    PLACES,
    SINGULAR_SOURCES,
    STATEMENT_WORDS,
    STOPS,
    TITLES,
    in_lexicon,
    indefinite_nisba,
    is_cue,
    is_name_token,
    is_nisba,
    masculine,
    title_word,
)
from claims.extract.entities import Entity, Registry
from claims.extract.forms import fold_set
from claims.extract.tokens import QUOTE_CHARS, Tok
from claims.text.normalize import Folded
from claims.types import SpeakerKind

__all__ = [
    "ALI",
    "Ctx",
    "Mention",
    "backward_name",
    "parse_mention",
    "parse_name",
    "registry_match",
    "title_end",
]


HONORIFICS = fold_set(lx.HONORIFIC_PRONOUNS)
_NAME_TITLES = frozenset({"امير"})  # also a name part: حسين أمير عبد اللهيان
_SAYING_WORDS = frozenset(("قوله", "قولها", "قولهم", "تاكيده", "تاكيدها", "تصريحه", "تصريحها"))


_NO_QUOTES = str.maketrans("", "", "".join(QUOTE_CHARS))


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
        self.skip_until = 0  # an interview answer already taken whole: its later sentences are read

    def orig(self, start: int, end: int) -> str:
        """Original letters for a folded span, whitespace collapsed and quote marks removed."""
        raw = self.text[self.folded.orig(start) : self.folded.orig_end(end)].translate(_NO_QUOTES)
        return " ".join(raw.split()).strip(" ()")


def parse_name(toks: list[Tok], j: int, limit: int, *, after_title: bool = False) -> tuple[int, bool]:
    """End index of a personal name starting at ``j`` and whether a clear boundary closed it."""
    if j >= limit:
        return j, True
    first = toks[j].text
    if first[:1] in "لبك" and first not in GIVEN and not (after_title and _prefixed_name(toks, j, limit)):
        return j, True  # a preposition-prefixed word never starts a name (بدر after a title does)
    if first.startswith("ال") and first not in OFFICE and not is_nisba(first) and is_name_token(first):
        # "الطيب زيتوني": a definite first name, when a plain word and a boundary follow
        if j + 2 <= limit and j + 1 < limit and _plain_name(toks[j + 1].text) and _clear(toks, j + 2, limit):
            return j + 2, True
    k, prev_conn, words = j, False, 0
    while k < limit and words < 5 and k - j < 8:
        w = toks[k].text
        conn = w in CONNECTORS and k + 1 < limit and toks[k + 1].text[0].isalpha()
        inner = k > j and w in _NAME_TITLES and k + 1 < limit and toks[k + 1].text[0].isalpha()
        if not prev_conn and not conn and not inner and not is_name_token(w):
            break
        if w[0] == "و" and w not in GIVEN and not prev_conn and not conn:
            break
        if w.startswith(("لل", "بال")) and not prev_conn:
            break  # "لويد أوستن للصحفيين": a preposition with the article ends a name
        if w in _THEOPHORIC and k > j and not prev_conn and words < 3:
            k += 1  # "فضل الله برمة ناصر", "نور الدين بوطيبة": the compound goes on
            continue
        if w.startswith("ال") and not prev_conn and not conn:
            if k == j and (w in OFFICE or is_nisba(w)):
                break
            k += 1
            return k, _clear(toks, k, limit)
        k += 1
        prev_conn = conn
        words += 0 if conn else 1
    if prev_conn:
        k -= 1
    clear = _clear(toks, k, limit)
    if not clear and words > 3:
        k = j + 3  # an unclear right edge: most full names have three words
    return k, clear


_THEOPHORIC = fold_set(("الله", "الدين", "الرحمن", "الإسلام", "الهدى", "العابدين"))


def _prefixed_name(toks: list[Tok], j: int, limit: int) -> bool:
    """``وزير الخارجية بدر عبد العاطي أن``: a ب/ل/ك word, one to three name words, a complementiser."""
    k = j + 1
    while k < limit and k - j <= 3 and (_plain_name(toks[k].text) or toks[k].text in CONNECTORS):
        k += 1
    if k < limit and toks[k].text.startswith("ال") and is_name_token(toks[k].text):
        k += 1  # a definite surname closes the name: بدر عبد العاطي
    return k > j + 1 and k < limit and (toks[k].text in COMPLEMENTISERS or toks[k].text in ("،", ","))


def _plain_name(w: str) -> bool:
    return is_name_token(w) and not w.startswith("ال") and w[0] != "و"


def _clear(toks: list[Tok], k: int, limit: int) -> bool:
    if k >= limit:
        return True
    w = toks[k].text
    return not w[0].isalpha() or not is_name_token(w) or w[0] == "و"


def registry_match(
    ctx: Ctx, toks: list[Tok], i: int, limit: int, kind: SpeakerKind | None = None
) -> tuple[Entity, int] | None:
    """Longest registered alias starting at token ``i`` (a leading و/ف clitic allowed)."""
    if i >= limit:
        return None
    first = toks[i].text
    firsts = ctx.reg.first_words
    for head in (first, first[1:] if len(first) > 3 and first[0] in "وف" else None):
        if head is None or head not in firsts:
            continue
        top = min(limit, i + firsts[head])
        for k in range(top, i, -1):
            key = " ".join([head, *(t.text for t in toks[i + 1 : k])])
            entity = ctx.reg.lookup(key)
            if entity is not None and (kind is None or entity.kind == kind):
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
    w = toks[i].text
    head = in_lexicon(w, TITLES) or in_lexicon(w, ORG_HEADS) or in_lexicon(w, COLLECTIVES) or w
    if head in HONORIFICS:
        speaker = ctx.reg.implicit("", "singular", toks[i].start)
        return Mention(speaker, i + 1, toks[i].start, toks[i].end) if speaker is not None else None
    if head in TITLES:
        return _titled(ctx, toks, i, limit, register)
    known = registry_match(ctx, toks, i, limit)
    if known is not None:
        entity, end = known
        return Mention(entity, end, toks[i].start, toks[end - 1].end)
    if head in ORG_HEADS:
        return _orgs.organisation(ctx, toks, i, limit)
    if head in COLLECTIVES or head in SINGULAR_SOURCES:
        return _orgs.collective(ctx, toks, i, limit, head)
    if head in STATEMENT_WORDS:
        return _orgs.statement(ctx, toks, i, limit)
    if head in GIVEN or (head in ("ابو", "ام", "بو") and i + 1 < limit and _plain_name(toks[i + 1].text)):
        end, _ = parse_name(toks, i, limit)
        if end > i:
            return person(ctx, toks, i, end, None, register)
    return None


def title_end(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> tuple[int, set[str]]:
    """End of the title phrase whose head is at ``i`` (offices, nisbas, genitives, places), and its nisbas."""
    j = i + 1
    nisbas: set[str] = set()
    firsts = ctx.reg.first_words
    while j < limit:
        w = toks[j].text
        if (
            (w in firsts or w[1:] in firsts)
            and registry_match(ctx, toks, j, limit, SpeakerKind.PERSON) is not None
            and not _genitive_slot(toks, j)
        ):
            break  # a known name: "الوزير العتيقي"
        if title_word(w):
            if is_nisba(w):
                nisbas.add(masculine(w))
            j += 1
            base = w[1:] if w[0] == "ل" and (w[1:] in ORG_HEADS or w[1:] in PLACE_HEADS) else w
            if (base in ORG_HEADS or base in PLACE_HEADS) and not base.startswith("ال") and j < limit:
                if _plain_name(toks[j].text) and toks[j].text not in GIVEN:
                    j += 1  # construct state with a proper name: حركة حماس, مجمع سوناطراك
        elif (
            w in PLACE_HEADS
            and j + 1 < limit
            and (
                is_name_token(toks[j + 1].text)
                or toks[j + 1].text in PLACES
                or toks[j + 1].text.startswith("ال")
            )
        ):
            j += 2  # إقليم كوردستان, منطقة الرياض
        elif indefinite_nisba(w) and not toks[j - 1].text.startswith("ال"):
            j += 1  # مسؤول أمني إسرائيلي
        elif w in ("في", "ب", "لدي", "من") and (m := _in_phrase(toks, j + 1, limit)) > j + 1:
            j = m  # "أستاذ العلوم السياسية في جامعة بغداد الدكتور …", "القيادي في «التيار الصدري» …"
        elif w in ("الي", "في", "لدي") and j + 1 < limit and _place_like(toks[j + 1].text):
            j += 1
        elif (
            w[0] == "و"
            and j + 1 < limit
            and toks[j + 1].text.startswith("ال")
            and w[1:] not in GIVEN
            and is_name_token(w[1:])
            and toks[j - 1].text.startswith("ال")
        ):
            j += 2  # وزير التجارة وترقية الصادرات
        else:
            break
    return j, nisbas


def backward_name(ctx: Ctx, toks: list[Tok], i: int, limit: int) -> None:
    """``استقبل سامح شكري وزير الخارجية``: a name right before an indefinite title is that title's holder."""
    head = toks[i].text
    if head.startswith("ال") or i < 2:
        return
    k = i
    while k > 0 and i - k < 3 and _plain_name(toks[k - 1].text) and toks[k - 1].text not in TITLES:
        k -= 1
    if i - k < 2:
        return
    before = toks[k - 1].text if k > 0 else "،"
    if not (
        not before[0].isalnum() or before in EVENT_VERBS or is_cue(before) or before in ("مع", "بين", "عن")
    ):
        return
    if registry_match(ctx, toks, k, i, SpeakerKind.PERSON) is not None:
        return
    j, nisbas = title_end(ctx, toks, i, limit)
    role = ctx.orig(toks[i].start, toks[j - 1].end)
    person(
        ctx, toks, k, i, (role, in_lexicon(head, TITLES) or head, frozenset(nisbas), _key(toks, i, j)), True
    )


def _titled(ctx: Ctx, toks: list[Tok], i: int, limit: int, register: bool) -> Mention | None:
    """Title phrase (head, offices, nisbas, genitives), then the name; a title alone resolves by role."""
    j, nisbas = title_end(ctx, toks, i, limit)
    title_head = in_lexicon(toks[i].text, TITLES) or toks[i].text
    known = registry_match(ctx, toks, j, limit, SpeakerKind.PERSON)
    if known is not None:
        entity, end = known
        if not entity.role:
            entity.role, entity.role_key = ctx.orig(toks[i].start, toks[j - 1].end), _key(toks, i, j)
        return Mention(entity, end, toks[i].start, toks[end - 1].end)
    end, _ = parse_name(toks, j, limit, after_title=True)
    if end == j and j + 1 < limit and toks[j].text == "،":
        end2, clear = parse_name(toks, j + 1, limit)  # "وزير الطاقة، محمد عرقاب، …"
        if (
            end2 > j + 1
            and clear
            and (end2 >= limit or toks[end2].text in ("،", ".", "؛"))
            and (toks[j + 1].text in GIVEN or end2 - j - 1 >= 2)
        ):
            role = ctx.orig(toks[i].start, toks[j - 1].end)
            return person(
                ctx,
                toks,
                j + 1,
                end2,
                (role, title_head, frozenset(nisbas), _key(toks, i, j)),
                register,
                start_tok=i,
            )
    if end == j and j - 1 > i and _surname(toks, j - 1, limit):
        j, end = j - 1, j  # "الوزير العتيقي": the last definite word is the surname
    role = ctx.orig(toks[i].start, toks[j - 1].end)
    if end == j + 1 and title_head in _HONORIFIC_TITLES:
        known_first = _by_first_name(ctx, toks[j].text)
        if known_first is not None:  # "الأمير فيصل" after "الأمير فيصل بن فرحان"
            return Mention(known_first, end, toks[i].start, toks[j].end)
    if end > j:
        return person(
            ctx, toks, j, end, (role, title_head, frozenset(nisbas), _key(toks, i, j)), register, start_tok=i
        )
    key = _key(toks, i, j)
    described = (
        ctx.reg.by_role(key, NATIONALITIES)
        or ctx.reg.by_description(title_head, frozenset(nisbas), SpeakerKind.PERSON)
        or ctx.reg.by_role(key, NATIONALITIES, loose=True)
    )
    if described is None:
        described = ctx.reg.lookup(key) or ctx.reg.add(
            Entity(
                role,
                SpeakerKind.PERSON,
                gender=_title_gender(title_head),
                role=role,
                role_key=key,
                head=title_head,
                nisbas=frozenset(nisbas),
                named=False,
            ),
            [key],
        )
    return Mention(described, j, toks[i].start, toks[j - 1].end)


_IN_PREPS = frozenset(("في", "لدي", "ب", "من", "عن"))


def _in_phrase(toks: list[Tok], m: int, limit: int) -> int:
    """End of a prepositional complement inside a title (``في جامعة بغداد``, ``لدى مؤسسة "…"``),
    kept only when a title or a name follows it (directly, or between commas)."""
    start, quoted = m, False
    while m < limit and m - start < 10:
        w = toks[m].text
        if w in QUOTE_CHARS:
            quoted = not quoted
        elif w in ("،", ",") and not quoted and m > start:
            return m if _comma_name(toks, m, limit) else start
        elif (
            not w[0].isalpha()
            or (w in STOPS and w not in _IN_PREPS)
            or w in COMPLEMENTISERS
            or is_cue(w)
            or (
                not quoted
                and m > start
                and not (
                    w.startswith(("ال", "لل"))
                    or w in PLACES
                    or w in ORG_HEADS
                    or w in _IN_PREPS
                    or toks[m - 1].text in ORG_HEADS | PLACE_HEADS
                    or toks[m - 1].text in _IN_PREPS
                )
            )
        ):
            break
        m += 1
        if not quoted and m < limit and (toks[m].text in TITLES or toks[m].text in GIVEN):
            return m
    return start


def _comma_name(toks: list[Tok], m: int, limit: int) -> bool:
    """``…، ريم العتيبي، أن``: two to four name words between commas after a title phrase."""
    end, _ = parse_name(toks, m + 1, limit)
    return 2 <= end - m - 1 <= 7 and (end >= limit or toks[end].text in ("،", ",", ".", "؛"))


_HONORIFIC_TITLES = fold_set(
    ("الأمير", "الأميرة", "الشيخ", "الشيخة", "الملك", "السلطان", "سمو", "أمير", "الإمام")
)


def _by_first_name(ctx: Ctx, word: str) -> Entity | None:
    """The latest named person whose full name starts with ``word`` and has more words."""
    for entity in ctx.reg._recent():
        if entity.kind != SpeakerKind.PERSON or not entity.named:
            continue
        full = max(entity.keys, key=len, default="")
        if full.startswith(word + " "):
            return entity
    return None


def _place_like(w: str) -> bool:
    return w in PLACES or w in ORG_HEADS or w in PLACE_HEADS


def _key(toks: list[Tok], i: int, j: int) -> str:
    return " ".join(t.text for t in toks[i:j])


def _genitive_slot(toks: list[Tok], j: int) -> bool:
    """Right after an indefinite head (``وزير التموين``) an ال-word is a genitive, not a name."""
    prev = toks[j - 1].text
    return not prev.startswith("ال") and (prev in TITLES or prev in ORG_HEADS)


def _surname(toks: list[Tok], k: int, limit: int) -> bool:
    """Is the definite word at ``k`` (ending a title phrase with no name after it) a surname?"""
    w = toks[k].text
    if not w.startswith("ال") or w in OFFICE or w in TITLES or w in NATIONALITIES or w in PLACES:
        return False
    if _genitive_slot(toks, k) or w.endswith("ه") or not toks[k - 1].text.startswith("ال"):
        return False
    nxt = toks[k + 1].text if k + 1 < limit else "."
    return nxt in COMPLEMENTISERS or not nxt[0].isalpha() or nxt in FRAME_WORDS or w.endswith("ي")


def _title_gender(head: str) -> str:
    return "f" if head.endswith("ه") or head.endswith("تها") else "m"


def person(
    ctx: Ctx,
    toks: list[Tok],
    j: int,
    end: int,
    title: tuple[str, str, frozenset[str], str] | None,
    register: bool,
    start_tok: int | None = None,
) -> Mention:
    words = [t.text for t in toks[j:end]]
    canonical = ctx.orig(toks[j].start, toks[end - 1].end)
    role, head, nisbas, role_key = title or ("", "", frozenset(), "")
    entity = Entity(
        canonical,
        SpeakerKind.PERSON,
        gender=_title_gender(head) if head else "",
        role=role,
        role_key=role_key,
        head=head,
        nisbas=nisbas,
    )
    if register:
        entity = ctx.reg.add(entity, name_keys(words))
    start = toks[start_tok if start_tok is not None else j].start
    return Mention(entity, end, start, toks[end - 1].end)


# Organisations and collectives live in arabic_orgs (imported last: it builds on Ctx and Mention).
from claims.extract import arabic_orgs as _orgs  # noqa: E402
