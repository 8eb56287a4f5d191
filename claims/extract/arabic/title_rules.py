"""Arabic title phrases, the registry-aware word tests: a surname after a title, a nisba already
seen in a registered title (a description of its holder), an apposition to the person just named,
a first name known from a fuller name. Split from ``titles`` to keep each module small."""

from __future__ import annotations

from typing import Final

from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.noun_phrases import Ctx, verbal_noun
from claims.extract.arabic.words import (
    COMPLEMENTISERS,
    FRAME_WORDS,
    GIVEN,
    NATIONALITIES,
    OFFICE,
    ORG_HEADS,
    PLACE_HEADS,
    PLACES,
    TITLES,
    is_nisba,
    masculine,
)
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import Tok
from claims.types import SpeakerKind

_HONORIFIC_TITLES: Final = fold_set(
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


def _after_named(ctx: Ctx, toks: list[Tok], i: int) -> bool:
    """``هند عبيد المزروعي، وزيرة دولة لشؤون الأمن الغذائي،``: a title in apposition to a person just
    named holds no name of its own, so its last adjective is no surname."""
    if i < 2 or toks[i - 1].text not in ("،", ","):
        return False
    entity = ctx.reg.lookup(toks[i - 2].text)
    return entity is not None and entity.kind == SpeakerKind.PERSON and entity.named


def _known_nisba(ctx: Ctx, w: str) -> bool:
    """``الوزير الكيني`` after ``وزير الزراعة الكيني بيتر …``: an adjective a registered title carried is
    a description of its holder, not a surname (whatever the country; the nationality list is closed)."""
    if not is_nisba(w):
        return False
    adj = masculine(w)
    return any(adj in e.nisbas for e in ctx.reg.entities if e.kind == SpeakerKind.PERSON and e.named)


def _prepositional(w: str) -> bool:
    """``لاستضافة``, ``للتشاور``, ``لتنسيق``: ل before a verbal noun (names rarely start so)."""
    return len(w) >= 5 and w[0] == "ل" and w[1] in "الت" and w not in GIVEN


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
    if verbal_noun(w[2:]):
        return False  # "مسؤول بالبنك المركزي التعليقَ على …": a verbal noun (التفعيل) is the object, no surname
    if len(w) == 6 and w[2] == "ا" and is_nisba(toks[k - 1].text):
        return False  # "وزير الكهرباء الكويتي الأسبق": an elative أفعل after a nisba is one more adjective
    if is_nisba(w) and toks[k - 1].text in ORG_HEADS:
        return False  # "محافظ البنك المركزي": the organisation's adjective, no surname
    nxt = toks[k + 1].text if k + 1 < limit else "."
    return nxt in COMPLEMENTISERS or not nxt[0].isalpha() or nxt in FRAME_WORDS or w.endswith("ي")
