"""Arabic speaker phrases: personal names, the registry, and the types every phrase rule shares.

No parser is available offline, so a speaker phrase is read with word classes: a title head
(``وزير``) takes office words, nisba adjectives, genitives and places (``titles``); the
name that follows runs until a particle, a ``و``-word or a surname with ``ال``. Every named person
is registered under its fullest name and its surname-like suffixes, which is how ``خاجي`` later
resolves to ``علي أصغر خاجي``; a title alone resolves to the person registered with that role.
Organisations, collectives and construct plurals (``مسؤولو الوزارة``) are in ``organisations``;
the entry point that picks among them is ``mentions.parse_mention``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.cue_forms import fold_set
from claims.extract.arabic.words import (
    ALI,
    COLLECTIVES,
    COMPLEMENTISERS,
    CONNECTORS,
    DEFINITE_GIVEN,
    FEMALE_GIVEN,
    FORMS_OF_ADDRESS,
    FRAME_WORDS,
    GIVEN,
    NATIONALITIES,
    OCCASION_PRONOUNS,
    OFFICE,
    ORG_HEADS,
    PATRONYMICS,
    PLACE_HEADS,
    PLACES,
    STOPS,
    TIME_WORDS,
    TITLES,
    is_cue,
    is_name_token,
    is_nisba,
)
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity, Registry
from claims.extract.core.tokens import QUOTE_CHARS, Tok
from claims.text.normalize import Folded
from claims.types import SpeakerKind

__all__ = [
    "ALI",
    "Ctx",
    "Mention",
    "parse_name",
    "registry_match",
]


HONORIFICS: Final = fold_set(lx.HONORIFIC_PRONOUNS)
_TAG_WORDS: Final = fold_set(lx.TAG_WORDS)  # a hashtag label: the slogan after it is no name
_NAME_TITLES: Final = frozenset({"امير"})  # also a name part: حسين أمير عبد اللهيان
_SAYING_WORDS: Final = frozenset(("قوله", "قولها", "قولهم", "تاكيده", "تاكيدها", "تصريحه", "تصريحها"))


_QUOTES_RE: Final = re.compile("[" + "".join(sorted(QUOTE_CHARS)) + "]")  # translate is slow on Arabic text


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
        self.announced: Draft | None = None  # "قال X:" closing its line: the claim whose words follow below
        self.unfolded = folded.same_offsets
        self.spells_ta_marbuta = "ة" in text  # a page that writes ة as ه tells no pronoun from it
        self.unstopped_lines = False  # a page with no full stops: each line is a sentence (register.units_of)

    def orig(self, start: int, end: int) -> str:
        """Original letters for a folded span, whitespace collapsed and quote marks removed."""
        if self.unfolded:  # no diacritic dropped: folded offsets are the original's
            raw = _QUOTES_RE.sub("", self.text[start:end])
        else:
            raw = _QUOTES_RE.sub("", self.text[self.folded.orig(start) : self.folded.orig_end(end)])
        return " ".join(raw.split()).strip(" ()")


def _two_definite_names(toks: list[Tok], j: int, limit: int) -> bool:
    """After a title, two definite name words (no office, title or known nisba) and a plain one,
    clearly closed: a Sudanese or Maghreb name (``التهامي الزين حجر``), not a title's genitive."""
    if j + 3 > limit:
        return False
    a, b = toks[j].text, toks[j + 1].text
    definite = all(
        w.startswith("ال") and is_name_token(w) and w not in OFFICE and w not in TITLES and w not in NATIONALITIES
        and w not in PLACES and not w.endswith("ه")
        for w in (a, b)
    )
    return definite and _plain_name(toks[j + 2].text) and _clear(toks, j + 3, limit)


def _no_place_after(toks: list[Tok], k: int, limit: int) -> bool:
    """After a place head: the end, punctuation, a complementiser or a ل/ب-prefixed word, never a
    name, a definite word or a listed place (``دولة قطر``, ``ولاية الخرطوم`` name a place)."""
    if k >= limit:
        return True
    w = toks[k].text
    if not w[0].isalpha() or w in COMPLEMENTISERS:
        return True
    return w[0] in "لب" and not w.startswith("ال") and w not in PLACES and w not in GIVEN


def parse_name(
    toks: list[Tok], j: int, limit: int, *, after_title: bool = False, subject: bool = False
) -> tuple[int, bool]:
    """End index of a personal name starting at ``j`` and whether a clear boundary closed it.

    ``subject``: the slot right after a cue, where a ب/ل/ك word that no pronoun or feminine ending
    closes (``برانكو``, ``كارلوس``) starts an unlisted foreign name when name words and a
    complementiser follow, as after a title (``بصراحة``, ``بدوره`` stay adverbs)."""
    if j >= limit:
        return j, True
    first = toks[j].text
    if (
        first[:1] in "لبك"
        and first not in GIVEN
        and not (after_title and (_prefixed_name(toks, j, limit) or _short_stem(first, toks, j, limit)))
        and not (subject and _prefixed_subject(toks, j, limit))
    ):
        return j, True  # a preposition-prefixed word never starts a name (بدر after a title does)
    if (
        after_title
        and first.startswith("ال")
        and first not in OFFICE
        and j + 2 < limit
        and toks[j + 1].text in PATRONYMICS
        and is_name_token(toks[j + 2].text)
    ):
        end, clear = parse_name(toks, j + 1, limit)  # "الداه ولد سيدي": a definite given name, then its father's
        if end > j + 2:
            return end, clear
    if after_title and _two_definite_names(toks, j, limit):
        return j + 3, True  # "الدكتور التهامي الزين حجر": two definite name words, then the family name
    if (
        first.startswith("ال")
        and first not in OFFICE
        and not is_nisba(first)
        and is_name_token(first)
        and not (first.endswith("ه") and first not in DEFINITE_GIVEN)  # "البراءة": a feminine noun
    ):
        # "الطيب زيتوني": a definite first name, when a plain word and a boundary follow
        if j + 2 <= limit and j + 1 < limit and _plain_name(toks[j + 1].text) and _clear(toks, j + 2, limit):
            return j + 2, True
        if after_title and j + 1 < limit and _plain_name(toks[j + 1].text):
            end, clear = parse_name(toks, j + 1, limit)  # "العميد الحسن عبد الرحمن النور"
            if end > j + 1 and clear and end - j <= 4:
                return end, clear
            return j + 2, False  # "الطيب زيتوني خصص …": an unclear edge keeps the two sure words
    k, prev_conn, words = j, False, 0
    while k < limit and words < 5 and k - j < 8:
        w = toks[k].text
        inner_given = k > j and not prev_conn and w in DEFINITE_GIVEN and k + 1 < limit
        if inner_given and (_plain_name(toks[k + 1].text) or toks[k + 1].text in CONNECTORS):
            k, words = k + 1, words + 1  # "محمد الأمين بوزيدي": a definite given name inside a name
            continue
        conn = w in CONNECTORS and k + 1 < limit and toks[k + 1].text[0].isalpha()
        inner = k > j and w in _NAME_TITLES and k + 1 < limit and toks[k + 1].text[0].isalpha()
        compound = k == j and k + 1 < limit and toks[k + 1].text in THEOPHORIC and w[0] != "و"
        # "سيمون أمين،": a given name that is also a title or a verb ends a name before a comma
        closing_given = k > j and w in GIVEN and k + 1 < limit and toks[k + 1].text in ("،", ",")
        # "مهندس المشروع قاسم القاضي إلى": a definite title word after a given name, then a boundary,
        # is a surname (القاضي, الوزير); the sentence goes on with a preposition or punctuation
        closing_given = closing_given or (
            k == j + 1
            and (toks[j].text in GIVEN or (after_title and _plain_name(toks[j].text)))
            and w.startswith("ال")
            and w in TITLES
            and (
                k + 1 >= limit
                or toks[k + 1].text in _SURNAME_ENDS
                or not toks[k + 1].text[0].isalpha()
                # "سمير الشيخ وزير النقل": an indefinite title in apposition follows the surname
                or (toks[k + 1].text in TITLES and not toks[k + 1].text.startswith("ال"))
            )
        )
        # "وزير الري ، كمال عبد الرحيم السيد ،": after a name of two words or more, a definite title
        # word closed by punctuation is the surname, not the start of another title
        closing_given = closing_given or (
            k > j + 1
            and not prev_conn
            and w.startswith("ال")
            and w in TITLES
            and k + 1 < limit
            and toks[k + 1].text in ("،", ",", ".")
            and all(is_name_token(t.text) or t.text in THEOPHORIC for t in toks[j:k])
        )
        # "محي الدين دولة لتلفزيون …": a place head (دولة, ولاية) that names no place after a name of
        # two words or more is the family name; the name ends with it
        closing_given = closing_given or (
            k >= j + 2 and not prev_conn and w in PLACE_HEADS and _no_place_after(toks, k + 1, limit)
        )
        if k == j and after_title and _short_verb(toks, k, limit):
            break  # "الوالي رد على …": a two-letter word (a doubled-root verb: رد, ظل, عد) names no one
        if _patronymic_last(toks, j, k, limit) and not prev_conn:
            return k + 1, True
        held = prev_conn or conn or inner or compound or closing_given or _inner_given(toks, j, k, limit)
        if not held and not is_name_token(w):
            verb_name = after_title and k == j and w in GIVEN and k + 1 < limit
            # "صباح الجبوري" is a name, "صباح الغد" the morning: a time word never takes a time word
            verb_name = verb_name and not (w in FRAME_WORDS and toks[k + 1].text in TIME_WORDS)
            if not (verb_name and is_name_token(toks[k + 1].text)) and not (
                after_title and k == j and _common_given(toks, k, limit)
            ):
                break  # "المتحدث باسم الوزارة أشرف القدرة": a given name that is also a verb
        if (
            w[0] == "و"
            and w not in GIVEN
            and not prev_conn
            and not conn
            and not _waw_surname(toks, j, k, limit, after_title)
            and not (after_title and k == j and waw_given_end(toks, j, limit) is not None)
        ):
            break
        if k > j and len(w) > 5 and w.endswith(("هما", "تهم", "تهن")) and w not in GIVEN:
            break  # "ليلى منصور استقالتهما": a noun with a dual or plural pronoun is the object
        if w.endswith(_POSSESSED) and len(w) > 5 and w not in GIVEN:
            break  # "قائد الكتيبة مسؤوليته عن …": a noun with a pronoun is the object, no name
        if (after_title or subject) and k == j and _possessed_object(w):
            break  # "وأبدى مدرب الفريق رضاه التام", "ووصفت حالتهما الصحية بأنها": an object with its pronoun
        if k > j and verbal_noun(w):
            return k, False  # "السفير القبرصي سبل تعزيز التعاون": a verbal noun, the object goes on
        if k > j + 1 and _accusative_pair(toks, k, limit):
            return k, False  # "تلقى الرئيس سامي نور اتصالا هاتفيا": the object and its adjective
        if words >= 2 and _feminine_construct(toks, k, limit):
            return k, False  # "استنكر … سامي أبو زيد جريمة الاحتلال": a name of two words, then the object
        if k > j and abstract_noun(w) and _continues(toks, k + 1, limit):
            return k, False  # "سامي حداد جاهزية الفريق": after a name, an abstract noun heads the object
        if k > j and _state_participle(w):
            return k, True  # "عباس مرتضى مدافعاً عن …": a participle of state says how, after the name
        if words >= 2 and _derived_perfect(w, toks, k + 1, limit):
            return k, True  # "أن الوزير سامي نور اعترض على …": the verb of an SVO clause follows the name
        if pronoun_pp(w) or w in COLLECTIVES or (k > j and w in OCCASION_PRONOUNS):
            # "X خلاله …": "during it" after the name is the occasion, never a name word
            break  # "المسؤول عنها", "الطرفين": a preposition with a pronoun, a group noun: no name
        if w.startswith(("لل", "بال")) and not prev_conn:
            break  # "لويد أوستن للصحفيين": a preposition with the article ends a name
        if k > j and len(w) > 4 and w[0] == "ل" and (w[1:] in ORG_HEADS or _title_stem(w[1:])):
            break  # "حيدر فاروق لوكالة الأنباء", "سعيد جابر لمراسلنا": the addressee, ل + a head or title
        if w in THEOPHORIC and k > j and not prev_conn and words < 3:
            k += 1  # "فضل الله برمة ناصر", "نور الدين بوطيبة": the compound goes on
            continue
        if w.startswith("ال") and not prev_conn and not conn:
            if k == j and (w in OFFICE or is_nisba(w) or (w.endswith("ه") and w not in DEFINITE_GIVEN)):
                break  # an office, an adjective or a feminine noun (البراءة) never starts a name
            if k == j and definite_masdar(w):
                break  # "وجدد التأكيد على أن": the verb's verbal-noun object, never a name
            if words >= 3 and w.endswith("ه") and w not in DEFINITE_GIVEN and w[:-1] not in NATIONALITIES:
                return k - 1, False  # "سامي حداد نجاح العملية": a noun and its feminine genitive, the object
            if words >= 4:
                return j + 3, False  # "محافظ … محمد جابر عوض سير العمل": five words run into the object
            k += 1
            more = _patronym_after(toks, k, limit) if words <= 2 else k
            return more, _clear(toks, more, limit)
        k += 1
        prev_conn = conn
        words += 0 if conn else 1
    if prev_conn:
        k -= 1
    clear = _clear(toks, k, limit)
    if not clear and words > 3:
        k = j + 3  # an unclear right edge: most full names have three words
    return k, clear


def _patronymic_last(toks: list[Tok], j: int, k: int, limit: int) -> bool:
    """``يحيى ولد سالم الأمين إن …``: in a patronymic name (ولد, بن, بنت …), a definite word that is
    also a title (``الأمين``, ``الشيخ``) right after the father's given name, then the cue's
    complementiser or preposition, is the name's last word, not a title starting."""
    w = toks[k].text
    return (
        k > j + 1
        and w.startswith("ال")
        and w in TITLES
        and k + 1 < limit
        and (toks[k + 1].text in _SURNAME_ENDS or toks[k + 1].text in COMPLEMENTISERS)
        and toks[k - 1].text in GIVEN
        and any(t.text in PATRONYMICS for t in toks[j : k - 1])
        and all(is_name_token(t.text) or t.text in THEOPHORIC for t in toks[j:k])
    )


def _accusative_pair(toks: list[Tok], k: int, limit: int) -> bool:
    """``اتصالا هاتفيا``, ``ترحيبا كبيرا``: an indefinite accusative noun and its accusative adjective
    (both with the tanween alif), never two words of a name."""
    w = toks[k].text
    nxt = toks[k + 1].text if k + 1 < limit else ""
    accusative = len(w) >= 5 and w.endswith("ا") and w not in GIVEN
    return accusative and len(nxt) >= 5 and nxt.endswith("ا") and nxt not in GIVEN


def _patronym_after(toks: list[Tok], k: int, limit: int) -> int:
    """``فاطمة السالمة سيدي محمود إنها …``: Maghreb and Mauritanian names go on after a definite word
    with the father's given names; one or two given names that a complementiser or a name closer ends
    belong to the name (else the definite word is the surname)."""
    m = k
    while m < limit and m - k < 2 and toks[m].text in GIVEN:
        m += 1
    if m == k or m >= limit:
        return k
    after = toks[m].text
    return m if after in COMPLEMENTISERS or after in _NAME_CLOSERS or after in (".", "؛") else k


# What may follow a name's last word: punctuation, a frame or an addressee, not a complementiser
# (``أكد محمد على أن`` keeps ``على`` a preposition).
_NAME_CLOSERS = frozenset(("،", ",", ":", "في", "خلال", "عبر", "امام"))


_WAW_CLOSERS: Final = frozenset(("،", ",", ":"))


def _waw_surname(toks: list[Tok], j: int, k: int, limit: int, after_title: bool = False) -> bool:
    """``ليلى وديعة، الناطقة …``, ``سالم وهبي إن``: a و-word right after a known given name, then a
    comma or the complementiser, is the surname; a second person would be a known given name
    (``أحمد ومحمد``), a title or a relative with a pronoun (``ليلى وزوجها``). After a title, the name
    may also close the sentence (``… المبعوثة الأممية جوليا وليامز.``), and its given name may be one
    no list holds when it is the title's holder closed that way, a comma, the complementiser, a frame
    word or the cue's preposition with the complementiser."""
    w = toks[k].text
    if k != j + 1 or len(w) < 4:
        return False
    ends_sentence = after_title and (k + 1 >= limit or toks[k + 1].text == ".")
    unknown_given = toks[j].text not in GIVEN
    if unknown_given and not (after_title and _plain_name(toks[j].text)):
        return False
    rest = w[1:]
    if rest in GIVEN or rest.startswith("ال") or in_title_words(rest) or rest.endswith(_KIN_PRONOUNS):
        return False
    if (ends_sentence or unknown_given) and (rest.endswith("ه") or is_cue(w)):
        return False  # "ووفده", "ووزيرته": a noun with a pronoun or a feminine noun is a second party
    if ends_sentence:
        return True
    nxt = toks[k + 1].text
    if nxt in _WAW_CLOSERS or nxt in COMPLEMENTISERS:
        return True
    # a given name no list holds, in the holder's slot after a title: the surname may also close on
    # a frame word (``المبعوث الخاص ستيف ويتكوف خلال مقابلة``) or the cue's preposition and the
    # complementiser (``… ويتكوف إلى أن``)
    return unknown_given and (
        nxt in _WAW_NAME_ENDS
        or (nxt in _CUE_PREPOSITIONS and k + 2 < limit and toks[k + 2].text in COMPLEMENTISERS)
    )


_CUE_PREPOSITIONS: Final = frozenset(("الي", "علي", "عن"))


_KIN_PRONOUNS: Final = ("ها", "هم", "هما", "ته", "تها", "تهم", "نا")


_WAW_NAME_ENDS: Final = frozenset(("،", ",", ":", ".", "في", "خلال", "عبر", "امام", "للصحفيين", "لوسائل"))


def waw_given_end(toks: list[Tok], j: int, limit: int) -> int | None:
    """``العقيد وضاح الربيعي، إن``, ``الدكتور ويلهيلم شنايدر إن``: in the name slot after a title, a
    و-word that no lexicon knows starts the holder's name when its shape is a name's, not a second
    office's or verb's: the word without و is no title, office, stop word, cue, ال-word or kin word,
    and one to three name words follow it, closed by a comma, a frame, a complementiser or a cue
    (``وزير التجارة وترقية الصادرات`` has no such close: a genitive noun, then the title goes on).
    Returns the name's end."""
    w = toks[j].text if j < limit else ""
    rest = w[1:]
    if len(w) < 4 or w[0] != "و" or not is_name_token(w) or not is_name_token(rest):
        return None
    if rest.startswith("ال") or in_title_words(rest) or rest.endswith(_KIN_PRONOUNS) or is_cue(w):
        return None
    if rest in GIVEN and w not in GIVEN:
        return None  # "ومحمد": a second person joined by و
    k = j + 1
    while k < limit and k - j <= 3:
        t = toks[k].text
        if t in _WAW_NAME_ENDS or t in COMPLEMENTISERS or is_cue(t):
            break
        if not is_name_token(t) or t[0] == "و" or in_title_words(t):
            return None
        if t.endswith(("ات", "ين", "ون")) and t not in GIVEN and t[2:] not in GIVEN:
            return None  # "وترقية الصادرات", "وشؤون المغتربين": a plural genitive, no surname
        if t.endswith("ه") and not t.endswith("يه") and t not in GIVEN:
            return None  # "وحماية البيئة": a feminine noun, no name word
        k += 1
    if k == j + 1 or k - j > 3:
        return None
    if k < limit and not (toks[k].text in _WAW_NAME_ENDS or toks[k].text in COMPLEMENTISERS or is_cue(toks[k].text)):
        return None
    return k


def in_title_words(w: str) -> bool:
    return w in TITLES or w in OFFICE or w in ORG_HEADS or w in COLLECTIVES or w in STOPS or is_cue(w)


def _inner_given(toks: list[Tok], j: int, k: int, limit: int) -> bool:
    """``محمد أمين بنهاشم،``, ``هيثم محمد علي في``: inside a name, a given name that is also a title
    word or a preposition (أمين, علي) is a name word when a name word and a boundary follow it, or
    when a boundary follows it directly (a preposition is never followed by a frame or a comma)."""
    if k == j or toks[k].text not in GIVEN or k + 1 >= limit or not is_name_token(toks[k - 1].text):
        return False
    nxt = toks[k + 1].text
    if nxt in _NAME_CLOSERS:
        return True
    surname = is_name_token(nxt) and nxt[0] != "و" and nxt not in OFFICE
    if surname and k + 2 < limit and toks[k + 2].text in COMPLEMENTISERS:
        # "عثمان علي فارح بأن": a plain surname, then the complementiser; a feminine or abstract
        # noun there is على's object ("أكد سامي على أهمية أن …")
        return not nxt.startswith("ال") and nxt[-1] not in "هي" and not abstract_noun(nxt)
    return surname and (k + 2 == limit or toks[k + 2].text in _NAME_CLOSERS)


_PREPOSITIONS: Final = ("عن", "من", "في", "علي", "الي", "مع", "لدي", "عند", "ل", "ب")
_PRONOUNS: Final = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")  # not ي: منى folds to من + ي


def _possessed_object(w: str) -> bool:
    """``رضاه``, ``رغبته``, ``كلمتها``: a noun carrying a pronoun (after a long vowel or the ت of
    ة), the shape of a verb's object right after a title; no given name is spelt so."""
    if w in GIVEN:
        return False
    return (len(w) == 4 and w.endswith("اه")) or (len(w) >= 5 and w.endswith(("ته", "تها", "تهم", "تهما")))


_PRONOUN_PPS: Final = frozenset(p + s for p in _PREPOSITIONS for s in _PRONOUNS)  # every shape, one lookup


def pronoun_pp(w: str) -> bool:
    """``عنها``, ``منه``, ``لديهم``, ``به``: a preposition carrying a pronoun (a closed class of shapes)."""
    return len(w) > 2 and w in _PRONOUN_PPS  # not لي, بي: the Chinese surname Li, the letters of BBC


def verbal_noun(w: str) -> bool:
    """The masdar تفعيل (تعزيز, تطوير, تنفيذ): three root consonants between ت and ي, never a name
    word unless a listed given name (a vowel letter in a root slot, as in تيتيه, is a foreign name)."""
    if len(w) != 5 or w[0] != "ت" or w[3] != "ي" or w in GIVEN:
        return False
    return w[1] not in "اوي" and w[2] not in "اوي"


def definite_masdar(w: str) -> bool:
    """``التأكيد``, ``التشديد``, ``التحذير``: the definite masdar التفعيل (ال، ت، two root letters, ي,
    the last root letter), whatever the first root letter (a hamza folds to ا, so ``verbal_noun``'s
    vowel test cannot apply); a name of that length has no ي in that slot (التميمي, الترابي)."""
    return len(w) == 7 and w.startswith("الت") and w[5] == "ي" and w not in GIVEN and w not in DEFINITE_GIVEN


def abstract_noun(w: str) -> bool:
    """The abstract noun in ـيّة (``جاهزية``, ``أهمية``, ``مسؤولية``): an object or a content word,
    never a name word unless a listed given name (``نادية``, ``فوزية``)."""
    return len(w) >= 5 and w.endswith("يه") and w[0] not in "و" and not w.startswith("ال") and w not in GIVEN


def _title_stem(w: str) -> bool:
    """A title, or a title with the outlet's ``نا`` (``مراسلنا``): after ل, whom the words were told to."""
    return w in TITLES or (w.endswith("نا") and w[:-2] in TITLES)


def _state_participle(w: str) -> bool:
    """``مدافعاً``, ``مؤكداً``, ``متسائلاً``: the accusative participle مُفاعِلاً (م, a consonant, …ا),
    never a name word (``ماريا``, ``ميلانيا`` have a long vowel after the م)."""
    return len(w) >= 5 and w[0] == "م" and w[1] not in "اي" and w.endswith("ا") and w not in GIVEN


def _derived_perfect(w: str, toks: list[Tok], k: int, limit: int) -> bool:
    """``اعترض``, ``انتقد``, ``استقبل``: the perfect of a derived verb (افتعل with its ت, انفعل with its
    ن, استفعل) after two name words, followed by a preposition or a definite object; names spelt with
    an initial ا (``إسكندر``, ``إدريس``) have no such letters in those slots."""
    if w.startswith("ال") or w[-1] in "يهاة" or w in GIVEN or k >= limit:
        return False
    form_viii_vii = len(w) == 5 and w[0] == "ا" and (w[2] in "تطد" or w[1] == "ن")
    if not (form_viii_vii or (len(w) == 6 and w.startswith("است"))):
        return False
    nxt = toks[k].text
    return nxt in _PREPOSITIONS or nxt.startswith("ال")


def _continues(toks: list[Tok], k: int, limit: int) -> bool:
    """A noun phrase goes on at ``k`` (a genitive or an adjective), as after ``جاهزية``; a name ends
    at a complementiser, a frame or punctuation (``هانا تيتيه إن``)."""
    if k >= limit:
        return False
    w = toks[k].text
    return w[0].isalpha() and w not in COMPLEMENTISERS and w not in STOPS and w not in FRAME_WORDS


_SURNAME_ENDS: Final = frozenset(("الي", "علي", "في", "عن", "من", "ان", "إن", "بان"))
_POSSESSED: Final = ("يته", "يتها", "يتهم")  # ـيّته: a noun in -iyya with a pronoun (مسؤوليته, شخصيتها)
THEOPHORIC: Final = fold_set(("الله", "الدين", "الرحمن", "الإسلام", "الهدى", "العابدين"))


def _common_given(toks: list[Tok], k: int, limit: int) -> bool:
    """``وزير الموارد المائية صباح مهدي العبودي``: after a title, a common word (صباح, أمل, نصر)
    before a known given name and a third name word is a first name."""
    w = toks[k].text
    return (
        k + 2 < limit
        and w[0].isalpha()
        and not w.startswith(("ال", "و"))
        and w not in COMPLEMENTISERS
        and w not in _TAG_WORDS  # "وزير الصحة هاشتاغ #سامر_…": the tag's label opens no name
        and not is_cue(w)
        and toks[k + 1].text in GIVEN
        and _plain_name(toks[k + 1].text)
        and is_name_token(toks[k + 2].text)
        and toks[k + 2].text not in OFFICE
    )


def _short_stem(first: str, toks: list[Tok], j: int, limit: int) -> bool:
    """``لمى الحسيني`` after a title: ل/ب/ك before a two-letter stem is no preposition + noun (nouns
    have three root letters), so a three-letter word followed by a name word is a given name."""
    return (
        len(first) == 3
        and first not in STOPS
        and j + 1 < limit
        and is_name_token(toks[j + 1].text)
        and toks[j + 1].text not in OFFICE
    )


def _prefixed_name(toks: list[Tok], j: int, limit: int) -> bool:
    """``وزير الخارجية بدر عبد العاطي أن``: a ب/ل/ك word, one to three name words, a complementiser."""
    if toks[j].text in FRAME_WORDS:
        return False  # "لوسائل الإعلام": an addressee
    k = j + 1
    while k < limit and k - j <= 3 and (_plain_name(toks[k].text) or toks[k].text in CONNECTORS):
        k += 1
    if k == j + 1:
        return False  # "لحوار الأديان،": a preposition and a definite noun, no plain name word
    if k < limit and toks[k].text.startswith("ال") and is_name_token(toks[k].text):
        k += 1  # a definite surname closes the name: بدر عبد العاطي
    closer = k < limit and (toks[k].text in COMPLEMENTISERS or toks[k].text in _NAME_CLOSERS)
    # "وزيرة الخارجية كاثرين كولونا أعلنت": a reporting verb right after the name closes it too
    closer = closer or (k < limit and k - j >= 2 and is_cue(toks[k].text) and toks[k].text[0] != "و")
    return k > j + 1 and (closer or (k < limit and toks[k].text in TIME_WORDS))  # "كارلو أنشيلوتي اليوم"


def _prefixed_subject(toks: list[Tok], j: int, limit: int) -> bool:
    """``وقال برانكو إيفانكوفيتش إن``: a ب/ل/ك word right after the cue, not a preposition with a
    feminine noun or a pronoun (``بصراحة``, ``بدوره``), nor with the article or a frame word, then
    a plain name word (``لقاء الوزيرين أن`` is a noun and its genitive) and a complementiser or a
    name closer (``_prefixed_name``)."""
    w = toks[j].text
    if len(w) < 3 or w.endswith("ه") or w[1:].startswith("ال") or w in STOPS or w in FRAME_WORDS:
        return False
    return j + 1 < limit and _plain_name(toks[j + 1].text) and _prefixed_name(toks, j, limit)


# What may close a name after a title: "لويد أوستن للصحفيين", "كارين فوستر في مؤتمر صحفي", "…:".
_NAME_CLOSERS = frozenset(("،", ",", ":", "للصحفيين", "للصحافيين", "للصحافه", "لوسائل", "في", "خلال", "عبر"))


_VERB_PREPS: Final = frozenset(("علي", "في", "عن", "من", "الي", "مع"))


def _short_verb(toks: list[Tok], k: int, limit: int) -> bool:
    """``الوالي رد على المنتخبين``, ``الوزير ظل في …``: after a title, a two-letter word (no listed
    given name or connector) that a preposition or a ب/ل-word follows is a doubled-root verb, not a
    name; a two-letter name part (``هه ردي``) is followed by more name words."""
    w = toks[k].text
    if len(w) > 2 or w in GIVEN or w in CONNECTORS or k + 1 >= limit:
        return False
    nxt = toks[k + 1].text
    return nxt in _VERB_PREPS or (nxt[:1] in "بل" and len(nxt) > 3 and nxt not in GIVEN)


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
        words = [head, *[t.text for t in toks[i + 1 : top]]]
        lookup = ctx.reg.lookup
        for k in range(top, i, -1):
            entity = lookup(" ".join(words[: k - i]))
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


def construct_plural(w: str) -> str | None:
    """The sound masculine plural drops its ``ن`` in construct (``ممثلو النقابات``); the plural of a
    collective (``مهنيون``) or of a title (``مسؤول``, ``ممثل``) names an unnamed group (guideline §4.5)."""
    if not w.endswith("و") or len(w) < 4:
        return None
    full = w + "ن"
    if full in COLLECTIVES or w[:-1] in TITLES or (w[:-1].endswith("ي") and len(w) >= 5):
        return full
    return None


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
    gender = _title_gender(head) if head else ""
    if gender == "f" and start_tok is not None and _pronoun_ending(ctx, toks[start_tok], head):
        gender = "m"  # "نظيره المصري حسن البدري": his counterpart, not a woman
    if words and words[0] in FEMALE_GIVEN:
        gender = "f"  # "النائب زينب …": a masculine title is also a woman's; her given name decides
    entity = Entity(
        canonical,
        SpeakerKind.PERSON,
        gender=gender,
        role=role,
        role_key=role_key,
        head=head,
        nisbas=nisbas,
    )
    if register:
        entity = ctx.reg.add(entity, name_keys(words))
    start = toks[start_tok if start_tok is not None else j].start
    return Mention(entity, end, start, toks[end - 1].end)


def _pronoun_ending(ctx: Ctx, tok: Tok, head: str) -> bool:
    """A title head whose final ``ه`` is the pronoun "his" (``نظيره``, ``نائبه``), not a folded ``ة``:
    the page writes ``ة`` elsewhere, the original word ends in ``ه`` and the stem is a title."""
    if not ctx.spells_ta_marbuta or not head.endswith("ه") or not tok.text.endswith(head):
        return False
    if head.startswith("ال") or head[:-1] not in TITLES:
        return False
    return ctx.orig(tok.start, tok.end).endswith("ه")


def _title_gender(head: str) -> str:
    """A feminine head (ة, ``نائبتها``) is a woman's title; a form of address (``سعادة``) is anyone's."""
    if head in FORMS_OF_ADDRESS:
        return ""
    return "f" if head.endswith("ه") or head.endswith("تها") else "m"


_KUNYA: Final = fold_set(("أبو", "أم"))  # a kunya pair ends a name: "سامي أبو زيد"


def _feminine_construct(toks: list[Tok], k: int, limit: int) -> bool:
    """A feminine noun in construct with a definite genitive (``جريمة الاحتلال``, ``سياسة الحكومة``)
    right after a name ending in a kunya pair (``سامي أبو زيد``) heads the verb's object. Only there: after
    other names an ة-word is as often the next name part (``عطية``, ``معاوية`` before a family name); a given
    name of that shape after a kunya (``فاطمة الزهراء``) is listed."""
    w = toks[k].text
    if not w.endswith("ه") or len(w) < 4 or w in GIVEN or w[0] == "و" or k + 1 >= limit:
        return False
    if k < 2 or toks[k - 2].text not in _KUNYA:
        return False  # after a full name a ة-word is as often its next part (أحمد محمد عطية الخزرجي)
    nxt = toks[k + 1].text
    return nxt.startswith("ال") and len(nxt) > 3 and nxt not in THEOPHORIC
