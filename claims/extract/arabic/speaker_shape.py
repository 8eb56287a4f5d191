"""How plausible a phrase is as a speaker, by its shape alone.

The rules that find a subject read what follows a cue; on pages nobody tuned for they sometimes return
a phrase that cannot be anyone: an addressee with its ل (``لتلفزيون الخبر``), a verb swallowed with
its preposition (``عادت بلوهراني``, ``تقدمت به``), a participle (``صادر`` of ``بيان صادر عن``), a
verbal noun that is the cue's object (``تقديم توضيحات``), a relational or direction noun (``رفقة``,
``شمال``), a single letter, a head or a form of address with nothing after it (``مكتب``, ``السيد``),
an adjective left without its noun (``الإستقلالي``). Each is a feature; their weights
(``speaker_shape_weights.json``, fitted on labelled speakers of the read sets, page-grouped) give the
probability that the phrase is a wrong speaker, and ``speaker_repair`` acts when it is high.

Lexicons are evidence here, not gates: a list hit is one feature and shape features carry most weight.
"""

from __future__ import annotations

import json
import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.noun_phrases import pronoun_pp, verbal_noun
from claims.extract.arabic.words import (
    COLLECTIVES,
    CONNECTORS,
    DATA_WORDS,
    DIRECTIONS,
    EVENT_VERBS,
    FEMALE_GIVEN,
    FORMS_OF_ADDRESS,
    GIVEN,
    KIN_QUALIFIERS,
    MEDIA_HEADS,
    NATIONALITIES,
    OFFICE,
    ORG_HEADS,
    PLACES,
    TITLES,
    fold_set,
    is_cue,
    is_name_token,
    is_nisba,
    kin_head,
)
from claims.text.normalize import fold_text

# By the package, not ``__file__``: a compiled module's ``__file__`` is its extension (docs/extractor.md)
_HERE: Final = files("claims.extract.arabic")
_DATA: Final = tomllib.loads((_HERE / "speaker_shape.toml").read_text(encoding="utf-8"))
RELATIONAL: Final = fold_set(_DATA["relational"])
OBJECT_NOUNS: Final = fold_set(_DATA["object_nouns"])
SITE_WORDS: Final = fold_set(_DATA["site_words"])
ADJECTIVES: Final = fold_set(_DATA["adjectives"])
VERBS: Final = fold_set(_DATA["verbs"])
TRAILING: Final = fold_set(_DATA["trailing"])
SHORT_PPS: Final = fold_set(_DATA["short_pps"])
COURTESY: Final = fold_set(lx.BUILTIN.courtesy_titles) | FORMS_OF_ADDRESS
_NOUNS: Final = TITLES | ORG_HEADS | MEDIA_HEADS | COLLECTIVES | PLACES | OFFICE
_MODEL: Final = json.loads((_HERE / "speaker_shape_weights.json").read_text(encoding="utf-8"))

FEATURES: Final = (
    "clitic",  # the first word carries ل/ب/ك before a noun: an addressee or a genitive
    "verb",  # a finite verb inside the phrase
    "participle",  # one indefinite participle (صادر, مرفوع)
    "verbal_noun",  # a verbal noun heads it (تقديم, اعتماد): the cue's object
    "lexical",  # a relational, direction, object or site word heads it
    "one_letter",  # a broken token
    "bare_head",  # one indefinite head or title, no genitive (رئيس, مكتب)
    "address_alone",  # one courtesy title or form of address (السيد, الدكتورة)
    "adjective_alone",  # one nisba of a common noun or nationality (الإستقلالي)
    "title_name_follows",  # a title nobody named while a name-shaped run follows in the subject slot
    "pp_early",  # a preposition with a pronoun first or second (فيها بزيارة, حدد له المهام): a clause, no one
    "trailing_word",  # a name closed by an adjunct head or a preposition it swallowed (عمار يوسف بحسب)
    "trailing_noun",  # a name closed by a definite plural noun, the cue's object (… دامبيري العصابات)
)


@dataclass(frozen=True)
class Shape:
    """The phrase's features that fired and the probability that it is a wrong speaker."""

    features: tuple[str, ...]
    p_wrong: float

    @property
    def implausible(self) -> bool:
        return self.p_wrong >= _MODEL["threshold"]


def features(words: list[str]) -> set[str]:
    """Shape features of a speaker phrase given as folded words (no context)."""
    words = [w for w in words if w and w[0].isalpha()]
    out: set[str] = set()
    if not words:
        return {"one_letter"}
    first = words[0]
    if _clitic(first):
        out.add("clitic")
    if any(_verb(w, words[i + 1] if i + 1 < len(words) else "") for i, w in enumerate(words)):
        out.add("verb")
    if any(len(w) == 1 and w != "و" for w in words) or sum(map(len, words)) <= 2:
        out.add("one_letter")
    if first in RELATIONAL or first in DIRECTIONS or first in OBJECT_NOUNS or (first in SITE_WORDS and not _witness(words)):
        out.add("lexical")
    if _verbal_noun(first) or (_if_al(first) and not any(w in GIVEN or w in _NOUNS for w in words[1:])):
        out.add("verbal_noun")
    if pronoun_pp(first) or (len(words) > 1 and (pronoun_pp(words[1]) or words[1] in SHORT_PPS)):
        out.add("pp_early")
    if len(words) > 1 and (words[-1] in TRAILING or pronoun_pp(words[-1])):
        out.add("trailing_word")
    if _trailing_noun(words):
        out.add("trailing_noun")
    if len(words) == 1:
        out |= _alone(first)
    return out


def _witness(words: list[str]) -> bool:
    """``شاهد آخر``, ``شاهد عيان``: the witness, not the page's "watch" link (site words)."""
    return len(words) > 1 and words[1] in KIN_QUALIFIERS


def _trailing_noun(words: list[str]) -> bool:
    """``ميكائيل دامبيري العصابات``: two or more name-shaped words (no article, no head or title word),
    then a definite plural (ـات, or ـون/ـين on a word of seven letters: الأمين, الحسين are names): the
    object the subject phrase ran into. A body's name (``نقابة الصحفيين``) starts with its head word; a
    name with ولد/بن or a quantity (``عدد من``) is no run of plain name words."""
    if not 3 <= len(words) <= 5:
        return False  # two to four name words before the noun, as a name run (speaker_repair)
    last, prev = words[-1], words[-2]
    return (
        last.startswith("ال")
        and ((last.endswith("ات") and len(last) > 5) or (last.endswith(("ون", "ين")) and len(last) >= 7))
        and not prev.startswith("ال")
        and all(_plain_name_word(w) for w in words[:-1])
    )


def shape(words: list[str], context: frozenset[str] = frozenset()) -> Shape:
    """Features of ``words`` (folded) plus the context features the caller saw, scored."""
    fired = tuple(sorted(features(words) | context))
    z = _MODEL["bias"] + sum(_MODEL["weights"].get(name, 0.0) for name in fired)
    return Shape(fired, 1.0 / (1.0 + math.exp(-z)))


@lru_cache(maxsize=4096)
def phrase_shape(text: str, context: frozenset[str] = frozenset()) -> Shape:
    """``shape`` of an unfolded phrase (an entity's canonical name)."""
    return shape(fold_text(text).split(), context)


def _clitic(w: str) -> bool:
    """``للمركز``, ``لتلفزيون``, ``بالوزارة``: a preposition written on a noun. Names that start with
    ل or ب (لشكر, لعقاب, بلال) are kept: the rest of the word must be a known noun or definite."""
    if len(w) > 4 and w.startswith(("لل", "بال", "كال")):
        return True
    return len(w) > 3 and w[0] in "لبك" and w not in GIVEN and w[1:] in _NOUNS


def _verb(w: str, nxt: str) -> bool:
    """A perfect or a cue form inside the phrase: listed verbs and cue forms, or the feminine perfect
    ``فعلت`` followed by its preposition (``تقدمت به``, ``عادت بلوهراني``) — a given name in ـت
    (رفعت, حكمت) is in the name lists."""
    if w in GIVEN or w in FEMALE_GIVEN:
        return False  # أشرف, رفعت: a given name that is also a verb
    if w in VERBS or w in EVENT_VERBS or is_cue(w):
        return True
    if len(w) in (4, 5, 6) and w.endswith("ت") and w not in TITLES:
        return pronoun_pp(nxt) or (len(nxt) > 3 and nxt[0] in "بل" and nxt not in GIVEN)
    return False


def _verbal_noun(w: str) -> bool:
    if w in ORG_HEADS or w in TITLES or w in COLLECTIVES or w in GIVEN or w in DATA_WORDS:
        return False  # "اتحاد", "ائتلاف": heads of organisations share the shape; "تقرير" speaks
    return verbal_noun(w) or _masdar(w)  # not the definite التفعيل: التنظيم is also "the organisation"


def _if_al(w: str) -> bool:
    """إفعال (إطلاق, إعلان): a given name shares the shape (إسلام, إكرام), so it counts only when no
    name or head word follows it in the phrase (``إسلام محمد``, ``إعلام مكتب الوالي`` stay names)."""
    if w in GIVEN or w in _NOUNS:
        return False
    return len(w) == 5 and w[0] == "ا" and w[3] == "ا" and w[1] not in "اوي" and w[2] not in "اوي"


def _masdar(w: str) -> bool:
    """The indefinite verbal nouns of the derived stems by their fixed letters: افتعال (اعتماد), انفعال
    (انسحاب), استفعال (استقبال), تفاعل (تعاون); a foreign name with ا in other slots (إيفكان) is none of
    them. إفعال is ``_if_al``: given names share it (إسلام, إكرام) and so does إعلام, a media office."""
    if w.startswith("ال") or not w.isalpha() or w in GIVEN:
        return False
    if len(w) == 6 and w[0] == "ا" and w[4] == "ا":
        return w[2] in "تطد" or w[1] == "ن"
    if len(w) == 7 and w.startswith("است") and w[5] == "ا":
        return True
    return len(w) == 5 and w[0] == "ت" and w[2] == "ا" and w[1] not in "اوي"


def _alone(w: str) -> set[str]:
    """Features of a one-word phrase."""
    out: set[str] = set()
    if (
        not w.startswith("ال")
        and len(w) == 4
        and w[1] == "ا"
        and w[3] not in "اوي"
        and w not in GIVEN
        and w not in _NOUNS
    ):
        out.add("participle")  # فاعل: صادر, قادم (a name of that shape is a listed given name)
    if not w.startswith("ال") and len(w) == 5 and w[0] == "م" and w[3] == "و" and w not in GIVEN:
        out.add("participle")  # مفعول: مرفوع, منقول
    if (
        not w.startswith("ال")
        and not w.endswith(("ات", "ون", "ين"))
        and (w in TITLES or w in ORG_HEADS or w in OFFICE)
        and not kin_head(w)  # محاميه: "his lawyer", a role with its pronoun, as والده
    ):
        out.add("bare_head")  # رئيس, مكتب: a construct head with no genitive
    if w in COURTESY:
        out.add("address_alone")
    if is_nisba(w) and (w in ADJECTIVES or w in NATIONALITIES or _derived_stem(w)):
        out.add("adjective_alone")
    return out


def _plain_name_word(w: str) -> bool:
    """A word of a name without its article: no head, title, courtesy, connector or preposition word,
    nothing the name lists say cannot stand in a name slot."""
    return (
        not w.startswith("ال")
        and is_name_token(w)
        and w not in _NOUNS
        and w not in COURTESY
        and w not in CONNECTORS
        and w not in TRAILING
    )


def _derived_stem(w: str) -> bool:
    """الاستقلالي ← استقلال: a nisba of a derived verbal noun (six letters or more), a field's adjective."""
    stem = w[2:-1] if w.endswith("ي") else w[2:-2]
    return len(stem) >= 6 and _masdar(stem)
