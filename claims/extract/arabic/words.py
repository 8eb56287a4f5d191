"""Arabic word classes in folded spelling, and the small predicates the phrase rules are built from."""

from __future__ import annotations

from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.cue_forms import cue_forms, fold_set

GOVERNOR: Final = "والي~"  # the title governor, told apart from وإلى (arabic_register._mark_governor)
_BASE_TITLES: Final = fold_set(lx.PERSON_TITLES)
# The feminine of an office is an office (معاون → معاونة): derived, not listed one by one; words whose
# feminine is also a common noun or adjective (مساعدة "aid", الحاكمة "ruling") are left out.
_NO_FEMININE: Final = fold_set(
    ("مساعد", "المساعد", "حاكم", "الحاكم", "الرائد", "القائد", "قائد", "ولي", "د", "محافظ", "المحافظ")
)  # المحافظة is the province far more often than a woman governor
TITLES: Final[frozenset[str]] = (
    _BASE_TITLES
    | {t + "ه" for t in _BASE_TITLES - _NO_FEMININE if len(t) > 2 and t[-1] not in "اويهى"}
    | {GOVERNOR}
)
OFFICE: Final[frozenset[str]] = fold_set(lx.OFFICE_WORDS)
ORG_HEADS: Final[frozenset[str]] = fold_set(lx.ORG_HEADS)
MEDIA_HEADS: Final = fold_set(
    ("وكالة", "الوكالة", "قناة", "القناة", "صحيفة", "الصحيفة", "جريدة", "الجريدة", "مجلة", "المجلة")
    + ("موقع", "الموقع", "إذاعة", "الإذاعة", "بوابة", "البوابة", "شبكة", "الشبكة")
)
PLACE_HEADS: Final = fold_set(lx.PLACE_HEADS)
HEADS: Final = ORG_HEADS | PLACE_HEADS  # an organisation's or a place's head noun
COLLECTIVES: Final = fold_set(lx.COLLECTIVES) | fold_set(lx.DUAL_COLLECTIVES)
DUALS: Final = fold_set(lx.DUAL_COLLECTIVES)
PEOPLE_PLURALS: Final = fold_set(lx.PEOPLE_PLURALS)
QUANTIFIERS: Final = fold_set(lx.QUANTIFIERS)
SINGULAR_SOURCES: Final = fold_set(lx.SINGULAR_SOURCES)
KIN_NOUNS: Final = fold_set(lx.KIN_NOUNS)
KIN_QUALIFIERS: Final = fold_set(lx.KIN_QUALIFIERS)
CONNECTORS: Final[frozenset[str]] = fold_set(lx.NAME_CONNECTORS)
PATRONYMICS: Final = fold_set(lx.PATRONYMICS)  # "son/daughter of": the word before is a given name
GIVEN: Final = fold_set(lx.GIVEN_NAMES) | {"علي~"}
FEMALE_GIVEN: Final = fold_set(lx.FEMALE_GIVEN_NAMES)
DEFINITE_GIVEN: Final = fold_set(lx.DEFINITE_GIVEN_NAMES)
ALI: Final = "علي~"  # the name علي, told apart from the preposition على that folds to the same letters
# "X هل توجد …؟": a question ends a name
STOPS: Final[frozenset[str]] = fold_set(lx.NAME_STOPS) | fold_set(lx.QUESTION_OPENERS)
PLACES: Final[frozenset[str]] = fold_set(lx.PLACES)
MASCULINE_PLACES: Final = fold_set(lx.MASCULINE_PLACES)
EVENT_VERBS: Final[frozenset[str]] = fold_set(lx.EVENT_VERBS)
TOPIC_VERBS: Final = fold_set(lx.TOPIC_VERBS)
FRAME_B_WORDS: Final = fold_set(lx.FRAME_B_WORDS)  # ب-words of a frame (بمناسبة, بحضور), no cue complement
APPEAL_VERBS: Final = fold_set(lx.APPEAL_VERBS)  # lemmas whose object is the addressee of a call
COMPLEMENTISERS: Final[frozenset[str]] = fold_set(lx.COMPLEMENTISERS)
NATIONALITIES: Final[frozenset[str]] = fold_set(lx.NATIONALITIES)
FRAME_WORDS: Final = fold_set(lx.FRAME_OPENERS)
TIME_WORDS: Final = fold_set(lx.TIME_WORDS) | fold_set(lx.WEEKDAYS)  # a bare time adverb (اليوم, الأحد)
SPATIAL_PREPOSITIONS: Final = fold_set(lx.SPATIAL_PREPOSITIONS)  # where, not who (register: no mention)
DIRECTIONS: Final = fold_set(lx.DIRECTIONS)  # شمال, جنوبي …: a place's part, never a name
OCCASION_PRONOUNS: Final = fold_set(lx.OCCASION_PRONOUNS)  # خلاله, فيه: the occasion just told, never a name
FORMS_OF_ADDRESS: Final = fold_set(lx.FORMS_OF_ADDRESS)  # معالي, سعادة: a style before a title or a name
TITLE_LINKS: Final = frozenset(
    {
        "باسم",
        "لشؤون",
        "للشؤون",
        "العام",
        "العامه",
        "عام",
        "عامه",
        "سابقا",
        "السابق",
        "ذاته",
        "ذاتها",
        "نفسه",
        "نفسها",
    }
)
PLURAL_FEMININE_ORGS: Final = frozenset({"السلطات", "سلطات", "القوات", "قوات"})
STATEMENT_WORDS: Final = fold_set(("بيان", "البيان", "بياناً", "بلاغ", "البلاغ"))
# Documents that speak for their issuer only when it is named (بيانات صادرة عن الهيئة, تقرير لوزارة …).
DATA_WORDS: Final = fold_set(("بيانات", "أرقام", "إحصاءات", "إحصائيات", "تقرير", "معطيات", "دراسة"))
CHANNEL_WORDS: Final = fold_set(
    (
        "بيان",
        "تصريح",
        "تصريحات",
        "حديث",
        "مؤتمر",
        "كلمة",
        "لقاء",
        "مقابلة",
        "اتصال",
        "تغريدة",
        "منشور",
        "رسالة",
        "إحاطة",
        "جلسة",
        "اجتماع",
    )
)


_POSSESSIVES: Final = ("هما", "هم", "ها", "ه")


def kin_head(w: str) -> bool:
    """``والده``, ``والدته``, ``شقيقها``, ``محاميه``: a relative or a personal role with a possessive
    pronoun (the pronoun's ت is the ة of the feminine noun it follows)."""
    for suffix in _POSSESSIVES:
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) >= 2:
            return stem in KIN_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in KIN_NOUNS)
    return False


def strip_clitic(word: str) -> str:
    if len(word) > 3 and word[0] in "وف":
        return word[1:]
    return word


def in_lexicon(word: str, lexicon: frozenset[str]) -> str | None:
    """``word`` or ``word`` without a leading و/ف when that form is in ``lexicon``."""
    if word in lexicon:
        return word
    if len(word) > 3 and word[0] in "وف" and word[1:] in lexicon:
        return word[1:]
    return None


def is_nisba(word: str) -> bool:
    return word.startswith("ال") and len(word) >= 5 and word.endswith(("ي", "يه"))


def place_nisbas(words: list[str]) -> set[str]:
    """``في العراق`` → ``العراقي``, ``في سوريا`` → ``السوري``: inside a role, a country after في is
    also the country's adjective, so the office named with either form is one office."""
    out: set[str] = set()
    for k in range(len(words) - 1):
        place = words[k + 1]
        if words[k] == "في" and place in PLACES:
            stem = place[:-1] if place.endswith("ا") and len(place) > 4 else place
            out.add(stem + "ي" if stem.startswith("ال") else "ال" + stem + "ي")
    return out


def masculine(nisba: str) -> str:
    """Nisbas compare across gender: الإيرانية and الإيراني are one adjective."""
    return nisba[:-1] if nisba.endswith("يه") else nisba


# A cue form, bare or behind a و/ف clitic (``strip_clitic``): one set lookup instead of two and a call.
_CUE_WORDS: Final = frozenset(cue_forms()) | frozenset(c + w for w in cue_forms() for c in "وف" if len(w) > 2)


def is_cue(word: str) -> bool:
    """``word`` or ``strip_clitic(word)`` is a cue form."""
    return word in _CUE_WORDS


# Every class a name word is not (``is_name_token``), as one set built at import.
_NOT_NAME_WORDS: Final = (
    STOPS | COMPLEMENTISERS | TITLES | ORG_HEADS | PLACES | EVENT_VERBS | FRAME_WORDS | _CUE_WORDS
)


def is_name_token(word: str) -> bool:
    """Can ``word`` stand in a name slot? Empty strings (a detached ``و`` minus its letter) cannot.

    Not a stop word, complementiser, title, organisation head, place, event verb, frame opener or cue."""
    return word[:1].isalpha() and word not in _NOT_NAME_WORDS


def indefinite_nisba(word: str) -> bool:
    """``أمني``, ``إسرائيلي`` after an indefinite title (``مسؤول أمني إسرائيلي``)."""
    base = word[:-1] if word.endswith("ه") else word
    return base.endswith("ي") and ("ال" + base in NATIONALITIES or "ال" + base in OFFICE)


def title_word(w: str) -> bool:
    """Words that continue a title before the name: offices, nisbas, places, genitives, ``و``-joined titles."""
    if w in _TITLE_WORDS or is_nisba(w):
        return True
    if w.startswith("ال") and w not in STOPS and not is_cue(w) and w not in FRAME_WORDS:
        return True
    if w.startswith("لل") and len(w) > 4:
        return w not in FRAME_WORDS  # "للصحفيين": an addressee ends the title
    if len(w) > 3 and w[0] in "لب" and (w[1:] in ORG_HEADS or w[1:] in PLACE_HEADS):
        return True
    if len(w) > 5 and w.startswith("بال") and w[3:] in PLACE_HEADS:
        return True  # "المسؤول الأول بالولاية": the listed head of a place, with its article
    if len(w) > 3 and w[0] == "ب" and w[1:] in PLACES:
        return True  # المحكمة الابتدائية بتونس
    return len(w) > 3 and w[0] == "و" and (w[1:] in TITLES or (w[1:].startswith("ال") and w[1:] not in STOPS))


_TITLE_WORDS: Final = OFFICE | PLACES | TITLES | TITLE_LINKS | ORG_HEADS  # title_word's sets, one lookup


def _triggers() -> dict[str, str]:
    """Words (with a leading و/ف, or ب/ل for organisations) that start a title ("t") or organisation ("o")."""
    out: dict[str, str] = {}
    for w in ORG_HEADS:
        if len(w) > 3:
            for p in ("", "و", "ف", "ب", "ل"):
                out.setdefault(p + w, "o")
    for w in TITLES:
        for p in ("", "و", "ف"):
            out[p + w] = "t"
        prefixed = "لل" + w[2:] if w.startswith("ال") else "ل" + w
        if len(w) > 3:
            out.setdefault(prefixed, "tl")  # "سؤال للنائبة ريما الطراونة": a name after a ل-title
    for w in COLLECTIVES - DUALS - SINGULAR_SOURCES:
        if not w.startswith("ال"):
            for p in ("", "و", "ف"):
                out.setdefault(p + w, "c")  # "أهالي ضحايا انفجار مرفأ بيروت", later "الأهالي"
    return out


TRIGGERS: Final = _triggers()


def derived_verbal_noun(w: str) -> bool:
    """``تقديم``, ``توفير``, ``اتخاذ``, ``استئناف``: an indefinite verbal noun of the derived stems
    (تفعيل, إفعال/افتعال/استفعال), the shapes a call's bare object takes (``طالب الوزارة تقديم …``).
    Given names of the same shapes (إيهاب, توفيق) are names. (``noun_phrases.verbal_noun`` is the
    narrower five-letter تفعيل.)"""
    if w.startswith("ال") or len(w) < 5 or not w.isalpha() or w in STOPS or w in GIVEN or is_cue(w):
        return False
    return (w[0] == "ت" and w[-2] == "ي") or (w[0] == "ا" and w[-2] == "ا")
