"""Matching keys for claims: normalised tokens, light stems, glossary concepts and name skeletons.

Pure functions, no database. Same-language pairs are compared on stems with synonyms folded to
glossary concepts; cross-language pairs (Arabic ↔ English) only share what the small bilingual
glossary (``glossary.txt``) covers plus names, matched by a consonant skeleton (خاجي ↔ Khaji → "kj").
That is the whole bilingual mechanism: honest, offline, and limited to its vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from claims.text.normalize import normalize_for_matching

WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TOKEN_RE = re.compile(r"[^\W_]+(?:[.,][0-9]+)*", re.UNICODE)
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
# a one- or two-letter Arabic proclitic written onto a figure (بـ12,5 → ب12,5 after folding): the figure
_PROCLITIC_NUMBER_RE = re.compile(r"(?<![^\W\d_])[وفبلك]{1,2}(?=[0-9])")
# a decimal comma (12,5 in Maghreb and European copy); a comma before three digits groups thousands
_DECIMAL_COMMA_RE = re.compile(r"(?<![0-9,.])([0-9]+),([0-9]{1,2}|[0-9]{4,})(?![0-9]|[.,][0-9])")


def _words(text: str) -> list[str]:
    return text.split()


AR_STOP = frozenset(
    normalize_for_matching(w)
    for w in _words(
        "في من على إلى الى عن أن إن ان كان كانت التي الذي الذين هذا هذه ذلك تلك مع أو ثم قد ما كما "
        "بين حول خلال بعد قبل عند كل تم أيضا أيضاً حيث وذلك اليوم أمس إنه أنه انه فيما وفي ومن وعلى "
        "وأن بأن لها له هو هي هم إلي عليه عليها فيه منها منه التى بها به الى ضمن لدى نحو عبر وقال "
        "قال قالت وأضاف أضاف وأكد أكد أكدت مؤكدا مؤكداً وأشار أشار أشارت إذ اذ لقد يوم"
    )
)
EN_STOP = frozenset(
    _words(
        "the a an of to in on for and or that this these those is are was were be been being will "
        "would shall should can could may might by with as at from it its has have had their his "
        "her he she they we our us them him said says say told added stated according which who "
        "whom whose after over into than then there here also about such very just all any some "
        "more most other only so do does did up out if but because while when where what how mr ms "
        "dr al"
    )
)
# Titles and roles around a speaker's name: never evidence that two names are one person.
ROLE_WORDS = frozenset(
    normalize_for_matching(w)
    for w in _words(
        "الرئيس رئيس رئيسة وزير وزيرة الوزير الوزيرة وزارة الوزارة المتحدث الناطق باسم مدير محافظ "
        "العميد اللواء الشيخ الأمير الملك السفير النائب عضو الأمين العام السيد الدكتور مساعد معاون "
        "نائب مسؤول مصدر الخارجية الداخلية المالية التموين الطاقة الفلاحة الإسكان البيئة والبيئة "
        "التغير المناخي الاتحادية الكويتي المصري السوري الإيراني التركي حكومة الحكومة في و من "
        "president prime minister secretary foreign health finance mayor spokesman spokeswoman "
        "spokesperson chief director mission head official officials source sources prince king "
        "sheikh ambassador general gen col dr mr mrs ms sir state of the u s us uk egyptian turkish "
        "saudi iranian syrian senior hospital tourism deputy al bin ibn"
    )
) - {""}
NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "nor",
        "cannot",
        "without",
        "denied",
        "deny",
        "denies",
        "refused",
        "rejects",
        "rejected",
    }
    | {
        normalize_for_matching(w)
        for w in [
            "لا",
            "لن",
            "لم",
            "ليس",
            "ليست",
            "لسنا",
            "غير",
            "بدون",
            "نفى",
            "ينفي",
            "نفت",
            "رفض",
            "يرفض",
            "رفضت",
        ]
    }
)
_AR_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_AR_SUFFIXES = ("يات", "ات", "ون", "ين", "ها", "هم", "ية", "يه", "ه", "ي")
_EN_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def is_arabic(text: str) -> bool:
    return bool(_ARABIC_RE.search(text))


def tokens(text: str) -> list[str]:
    """Normalised word tokens (Arabic letters unified, digits made Western, lower case).

    They never contain spaces, so ``" ".join`` stores them losslessly (``Claim.match_tokens``). A
    figure is one value however it is written: a proclitic letter on it dropped (بـ12,5), a decimal
    comma made a point (12,5 → 12.5; 1,000 keeps its thousands comma).
    """
    folded = normalize_for_matching(text).translate(WESTERN_DIGITS)
    if any(c.isdigit() for c in folded):
        folded = _DECIMAL_COMMA_RE.sub(r"\1.\2", _PROCLITIC_NUMBER_RE.sub("", folded))
    return _TOKEN_RE.findall(folded)


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """A light stem: Arabic clitics and a few suffixes off, English plural/tense endings off."""
    if _ARABIC_RE.match(token):
        for p in _AR_PREFIXES:
            if token.startswith(p) and len(token) - len(p) >= (3 if len(p) > 1 else 4):
                token = token[len(p) :]
                break
        for s in _AR_SUFFIXES:
            if token.endswith(s) and len(token) - len(s) >= 3:
                return token[: -len(s)]
        return token
    if token.startswith("al-"):
        token = token[3:]
    for suffix, repl in _EN_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 4:
            return token[: -len(suffix)] + repl
    return token


_SKELETON = str.maketrans(
    {
        "ب": "b",
        "ت": "t",
        "ث": "t",
        "ج": "g",
        "ح": "",
        "خ": "k",
        "د": "d",
        "ذ": "d",
        "ر": "r",
        "ز": "s",
        "س": "s",
        "ش": "s",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "d",
        "ع": "",
        "غ": "g",
        "ف": "f",
        "ق": "k",
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "",
        "و": "",
        "ي": "",
        "ا": "",
        "ء": "",
        "ئ": "",
        "ؤ": "",
        "a": "",
        "e": "",
        "i": "",
        "o": "",
        "u": "",
        "y": "",
        "w": "",
        "h": "",
        "c": "k",
        "q": "k",
        "v": "f",
        "p": "b",
        "z": "s",
        "x": "ks",
        "j": "g",
        "-": "",
        "'": "",
    }
)


_DOUBLE_RE = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """Consonant skeleton shared by a name's Arabic and Latin spellings (لافروف, Lavrov → "lfrf")."""
    if _ARABIC_RE.match(token):
        for p in ("وال", "بال", "لل", "ال"):
            if token.startswith(p) and len(token) - len(p) >= 3:
                token = token[len(p) :]
                break
    elif token.startswith("al-"):
        token = token[3:]
    return _DOUBLE_RE.sub(r"\1", token.translate(_SKELETON))


def keyed_lines(name: str) -> list[tuple[str, list[str]]]:
    """The ``key: form form | form`` lines of a data file of this package, "#" lines and blank lines
    skipped: (key, forms), the forms split on spaces and bars, as written. Every linking word list
    (glossary, numbers, places, directions, months, occasions, future markers) is in this format."""
    out = []
    for line in Path(__file__).with_name(name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and ":" in line:
            key, forms = line.split(":", 1)
            out.append((key.strip(), forms.replace("|", " ").split()))
    return out


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    """Stem → concept id, from ``glossary.txt`` (``concept: ar forms | en forms``)."""
    table: dict[str, str] = {}
    for concept, forms in keyed_lines("glossary.txt"):
        for form in forms:
            for tok in tokens(form):
                table.setdefault(stem(tok), f"@{concept}")
    return table


def _content_key(tok: str) -> str:
    if tok in AR_STOP or tok in EN_STOP:
        return ""
    s = stem(tok)
    return glossary().get(s, s)


def _neutral_key(tok: str) -> str:
    if tok in AR_STOP or tok in EN_STOP:
        return ""
    concept = glossary().get(stem(tok))
    if concept is not None or tok[0].isdigit():
        return concept or tok
    sk = skeleton(tok)
    return "~" + sk if len(sk) >= 2 else ""


def _crossing_key(tok: str) -> str:
    """A word's key when two languages are scored: its neutral key, a country named by its own
    word in either script (``places.txt``: المغربية and Moroccan, البريطاني and British) as one
    place. Only for scoring: candidate bands and the prefilter keep the neutral keys."""
    key = _neutral_key(tok)
    if key.startswith("~") and (place := _place_table()[0].get(stem(tok))) is not None:
        return "@place_" + place
    return key


_CACHE_LIMIT = 500_000
_CONTENT: dict[str, str] = {}
_NEUTRAL: dict[str, str] = {}
_CROSSING: dict[str, str] = {}


def _keys(toks: list[str], cache: dict[str, str], fn: Callable[[str], str]) -> list[str]:
    """Per-word keys through a plain dict (a word's key never changes; ~0.1 µs a word when cached)."""
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    out = []
    for t in toks:
        k = cache.get(t)
        if k is None:
            k = cache[t] = fn(t)
        if k:
            out.append(k)
    return out


def content_keys(text: str | list[str]) -> list[str]:
    """Same-language keys: stems without stop words, synonyms folded to glossary concepts."""
    return _keys(tokens(text) if isinstance(text, str) else text, _CONTENT, _content_key)


def neutral_keys(text: str | list[str]) -> list[str]:
    """Language-neutral keys: glossary concepts, numbers, and consonant skeletons of other words (names)."""
    return _keys(tokens(text) if isinstance(text, str) else text, _NEUTRAL, _neutral_key)


def crossing_keys(text: str | list[str]) -> list[str]:
    """Neutral keys with countries as places (:func:`_crossing_key`): what two languages are scored on."""
    return _keys(tokens(text) if isinstance(text, str) else text, _CROSSING, _crossing_key)


def numbers(text: str | list[str]) -> frozenset[str]:
    toks = tokens(text) if isinstance(text, str) else text
    return frozenset(t.replace(",", "") for t in toks if t[0].isdigit())


_BASIS_POINTS = (("نقطه", "اساس"), ("نقاط", "اساس"), ("basis", "points"), ("basis", "point"), ("bps",), ("bp",))


def _canonical_number(token: str) -> str:
    """``2.0`` and ``2`` are one value; thousands commas dropped."""
    raw = token.replace(",", "")
    try:
        value = float(raw)
    except ValueError:
        return raw
    return f"{value:.4f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=1)
def number_words() -> dict[tuple[str, ...], str]:
    """Number words (the stems of one or two tokens) → their value, from ``numbers.txt``."""
    table: dict[tuple[str, ...], str] = {}
    for value, forms in keyed_lines("numbers.txt"):
        for form in forms:
            key = tuple(stem(t) for part in form.split("_") for t in tokens(part))
            if key:
                table.setdefault(key, value)
    return table


def _number_at(toks: list[str], i: int) -> tuple[str, int] | None:
    """(value, tokens used) of a number written at ``toks[i]``: digits, or a number word or pair."""
    t = toks[i]
    if t[0].isdigit():
        return t, 1
    words = number_words()
    s = stem(t)  # clitics off: "للأحد عشر" is "الأحد عشر"
    if i + 1 < len(toks) and (pair := words.get((s, stem(toks[i + 1])))) is not None:
        return pair, 2
    single = words.get((s,))
    return (single, 1) if single is not None else None


@lru_cache(maxsize=1)
def _place_table() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Stem → place key and (stem, stem) → place key, from ``places.txt`` (names and adjectives alike)."""
    single: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for key, forms in keyed_lines("places.txt"):
        for form in forms:
            words = [stem(t) for part in form.split("_") for t in tokens(part)]
            if len(words) == 1:
                single.setdefault(words[0], key)
            elif len(words) == 2:
                pairs.setdefault((words[0], words[1]), key)
    return single, pairs


def place_keys(toks: list[str]) -> frozenset[str]:
    """The countries and territories a claim names (``places.txt``; cities count as their country)."""
    single, pairs = _place_table()
    stems = [stem(t) for t in toks]
    found = {single[s] for s in stems if s in single}
    found.update(pairs[p] for p in zip(stems, stems[1:], strict=False) if p in pairs)
    return frozenset(found)


@lru_cache(maxsize=1)
def _direction_table() -> dict[str, str]:
    """Stem → direction ("up", "down", "same"), from ``directions.txt``."""
    table: dict[str, str] = {}
    for direction, forms in keyed_lines("directions.txt"):
        for form in forms:
            for tok in tokens(form):
                table.setdefault(stem(tok), direction)
    return table


def directions(toks: list[str]) -> frozenset[str]:
    """Which ways the claim says something moved (``directions.txt``): up, down, unchanged."""
    table = _direction_table()
    return frozenset(d for t in toks if (d := table.get(stem(t))) is not None)


def is_year(value: str) -> bool:
    """A whole number that reads as a year (1900–2100): the context of a figure, not a figure."""
    return value.isdigit() and 1900 <= int(value) <= 2100


def number_slots(text: str | list[str]) -> dict[str, frozenset[str]]:
    """Each number's canonical value → the words around it (its "slot": what the number measures).

    Basis points become percent (``200 نقطة أساس`` and ``2%`` are one value); number words count
    (``الأشهر الثمانية`` states 8, see ``numbers.txt``). The slot is the nearest word on each side
    that is not a number, as a light stem; a unit word after the number is part of it.
    """
    toks = tokens(text) if isinstance(text, str) else text
    out: dict[str, set[str]] = {}
    skip_to = 0
    for i, t in enumerate(toks):
        if i < skip_to:
            continue
        found = _number_at(toks, i)
        if found is None:
            continue
        t, used = found
        skip_to = i + used
        value = _canonical_number(t)
        nxt = toks[i + 1 : i + 3]
        for unit in _BASIS_POINTS:
            if tuple(nxt[: len(unit)]) == unit:
                try:
                    value = _canonical_number(str(float(t.replace(",", "")) / 100))
                except ValueError:
                    pass
                break
        slot = out.setdefault(value, set())
        for j in (i - 1, i + used):
            if 0 <= j < len(toks) and not toks[j][0].isdigit():
                slot.add(stem(toks[j]))
    return {v: frozenset(s) for v, s in out.items()}


_PRIVATIVE = normalize_for_matching("غير")


def negated(text: str | list[str]) -> bool:
    """Whether the content says no. غير before a definite adjective is no negation but the prefix
    "non-" of a compound (المواد غير الغذائية "non-food items", الصادرات غير النفطية "non-oil exports"),
    as English "non-food" is none; before an indefinite predicate (غير صحيح "untrue") it says no."""
    toks = tokens(text) if isinstance(text, str) else text
    return any(
        t in NEGATIONS and not (t == _PRIVATIVE and i + 1 < len(toks) and toks[i + 1].startswith("ال"))
        for i, t in enumerate(toks)
    )
