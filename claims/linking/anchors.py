"""Event anchors of a claim: the day, the counterpart, the event's figures, the kind of occasion.

The same words said on another occasion are another claim: a minister repeats a talking point in
a call with Canada on Sunday and with Japan on Wednesday; an "X held a call with Y" sentence recurs
for every call. Neither the day nor the counterpart is usually inside the claim's content, so they
are read from the claim's sentence, else from the article's lede (its first sentences), else
(day only) from the article's publication date. The figures are the precise numbers (with a decimal
part) of the claim's sentence, else of the lede: "raised by 200 basis points on Thursday" recurs
for every hike of that size, the rates each one set do not. The occasion is the kind the sentence,
else the lede, names (``occasions.txt``): a phone call, public remarks, a meeting. Two claims are
*incompatible* only when both sides name an anchor of one kind and the values differ (figures:
several on each side, none shared; occasions: one kind alone on each side); a missing anchor never
counts against a link. An article with no date is dated no earlier than the latest month it gives
figures for (``floor``): its claim on an older month repeats an earlier release, and is not the
claim of a page dated at that release (:func:`restated`).

Anchors are kept with the claim's normalised tokens in ``Claim.match_tokens`` (after
:data:`SEPARATOR`), so candidates bring theirs with no extra read; claims linked before anchors
existed simply have none. Pure functions, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from claims.linking.text import (
    AR_STOP,
    EN_STOP,
    ROLE_WORDS,
    WESTERN_DIGITS,
    glossary,
    is_year,
    keyed_lines,
    place_keys,
    skeleton,
    stem,
    tokens,
)
from claims.text.normalize import normalize_for_matching

SEPARATOR = "|"  # never inside a token (tokens are runs of letters and digits)
SUBJECT = "^"  # marks a counterpart skeleton read from a meeting verb's subject (see ``_parties``)
DESCRIPTOR = "="  # marks a counterpart skeleton read from a nationality or other nisba ("الإيراني")
DAY_TOLERANCE = 1  # days, both days named in the text: a copy published next morning says "yesterday"
PUBLISHED_TOLERANCE = 2  # days, when a side's day is only its publication date (later coverage, weeklies)
LEDE_CHARS = 600  # the lede: where an agency dispatch names the event's day and counterpart

_N = normalize_for_matching
# weekday names → Python weekday (Monday = 0)
_WEEKDAYS = {
    **{_N(w): 0 for w in ("الاثنين", "الإثنين", "monday")},
    **{_N(w): 1 for w in ("الثلاثاء", "tuesday")},
    **{_N(w): 2 for w in ("الأربعاء", "wednesday")},
    **{_N(w): 3 for w in ("الخميس", "thursday")},
    **{_N(w): 4 for w in ("الجمعة", "friday")},
    **{_N(w): 5 for w in ("السبت", "saturday")},
    **{_N(w): 6 for w in ("الأحد", "sunday")},
}
_RELATIVE = {_N("اليوم"): 0, "today": 0, _N("أمس"): -1, _N("امس"): -1, "yesterday": -1}


def _month_table() -> dict[str, int]:
    """Normalised month name → month number, from ``months.txt`` (two-word forms joined by "_")."""
    table: dict[str, int] = {}
    for number, forms in keyed_lines("months.txt"):
        for form in forms:
            table.setdefault(_N(form), int(number))
    return table


def _word_groups(name: str) -> dict[str, frozenset[str]]:
    """The normalised words of each ``group: words`` line group of a data file, read once."""
    groups: dict[str, set[str]] = {}
    for group, words in keyed_lines(name):
        groups.setdefault(group, set()).update(_N(w) for w in words)
    return {group: frozenset(words) for group, words in groups.items()}


_MONTHS = _month_table()
_FUTURE_GROUPS = _word_groups("future.txt")
_FUTURE, _FUTURE_RIGHT_BEFORE = _FUTURE_GROUPS["anywhere"], _FUTURE_GROUPS["right-before"]
# two-word Levantine months are matched on their normalised pair, written with "_" above
_LEVANT = {k.replace("_", " "): v for k, v in _MONTHS.items() if "_" in k}
# Words that introduce the other party of a call or meeting; the next few words name it.
_AR_COUNTERPART = re.compile(
    _N(
        r"(?:(?:ب|ل|و)?نظير(?:ه|ها|ته|تها|يه|يها|هم)\b|"
        r"(?:اتصالا|اتصال|اتصالين|مكالمه|مكالمة)\s+(?:هاتفيا|هاتفي|هاتفيين|هاتفيه|هاتفية|مرئيا|مرئي)(?:(?:[\s،,]+[^\s]+){0,3}?[\s،,]+(?:من|مع|ب)\s|[\s،,]+ب(?=[^\s\d]{3}))|"
        r"(?<![^\s])(?:اتصالا|اتصال|مكالمه|مكالمة)\s+(?:من|مع)\s|"
        r"(?<![^\s])و?(?:اتصل|اتصلت|يتصل|تتصل)\s+(?:[^\s.،,]+[،,]?\s+){0,8}?(?:هاتفيا|هاتفي)[،,]?\s+ب(?=[^\s\d]{3})|"
        r"(?:التقى|التقت|يلتقي|استقبل|استقبلت|يستقبل|لقائه|لقائها|لقاء|اجتماعه|اجتماع|اجتمع|مباحثات|محادثات|مشاورات)\s+(?:مع\s|ب)?)"
    )
)
_EN_COUNTERPART = re.compile(
    r"\b(?:(?:phone |telephone |video )?(?:call|calls|conversation|talks|meeting|meetings|discussions)"
    r"(?:\s+(?:by|over|on)\s+(?:the\s+)?(?:phone|telephone))?\s+(?:with|from)"
    r"|counterpart|(?:met|meets|meeting|received|receives|hosted|hosts)(?:\s+with)?"
    r"|(?:phoned|phones|telephoned|telephones)"
    r"|(?:spoke|speaks|talked|talks)(?:\s+(?:by|over|on)\s+(?:the\s+)?(?:phone|telephone))?\s+(?:with|to))\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*")  # as ``text.tokens`` splits words, with their offsets
_STOP_AT = re.compile(r"[,،.;؛:()\[\]«»\"“”\n]")
_CAPTURE_WORDS = 6
# Nationality adjectives among the role words: no evidence that two speakers are one person, but the
# other party of a call ("نظيره الإيراني", "his Iranian counterpart") is told by its nationality.
_NATIONALITIES = frozenset(
    _N(w) for w in "الكويتي المصري السوري الإيراني التركي egyptian turkish saudi iranian syrian".split()
)
_NOT_PARTY = frozenset(
    _N(w)
    for w in (
        "سمو معالي صاحب السمو فخامه فخامة سعادة سعاده جلالة جلاله دولة دوله الشيخ الأمير الملك الرئيس "
        "رئيس وزير وزيرة وزيره الوزير خارجية خارجيه الخارجية الخارجيه نظيره نظيرته نظيرها اليوم أمس "
        "يوم مساء صباح ليلة هاتفيا هاتفي اتصالا اتصال اتصالين مع من بين خلال his her their the of "
        "minister foreign secretary state counterpart h.h his highness excellency sheikh president "
        "call phone today yesterday on with from and بن ابن بنت آل bin ibn al الشؤون والشؤون شؤون"
    ).split()
) | AR_STOP | EN_STOP | (ROLE_WORDS - _NATIONALITIES)
_CUT_WORDS = frozenset(
    _N(w)
    for w in "في بمقر مقر بحضور وبحضور خلال حول بشأن لبحث لمناقشة تناول تناولا وتناول بحث وبحث جرى وجرى وذلك حيث during about on in at to discuss regarding over".split()
)


@dataclass(frozen=True)
class Anchors:
    """A claim's event anchors: the event day (``day`` absolute, or ``weekday`` alone) and counterparts.

    ``counterparts`` are consonant skeletons of the other party's words (names, country, nationality
    adjective: كندا/الكندي/Canada share ``knd``), so one party named two ways still overlaps.
    """

    day: date | None = None
    weekday: int | None = None
    counterparts: frozenset[str] = frozenset()
    named: bool = True  # False: ``day`` is only the article's publication date
    monthday: tuple[int, int] | None = None  # "March 30" with no year and no publication date to place it
    figures: frozenset[str] = frozenset()  # the event's precise figures (see ``event_figures``)
    occasions: frozenset[str] = frozenset()  # "call", "public", "meeting" (see ``occasions.txt``)
    placed: str = ""  # who placed the call: "out" (the subject made it), "in" (received it), "" unknown
    periods: frozenset[str] = frozenset()  # months a statistic covers, "YYYYMM" ("0000MM": year unknown)
    own: frozenset[str] = frozenset()  # places of the speaker's own role ("Oman's foreign minister": om)
    deceased: frozenset[str] = frozenset()  # whose death a condolence message is about (``deceased_in``)
    floor: str = ""  # an undated article: the latest month it gives figures for, "YYYYMM" (``text_floor``)

    def encode(self) -> str:
        parts = []
        if self.day is not None:
            parts.append(("d" if self.named else "p") + self.day.strftime("%Y%m%d"))
        else:
            if self.weekday is not None:
                parts.append(f"w{self.weekday}")
            if self.monthday is not None:
                parts.append(f"m{self.monthday[0]:02d}{self.monthday[1]:02d}")
        parts.extend("c" + c for c in sorted(self.counterparts))
        parts.extend("f" + f for f in sorted(self.figures))
        parts.extend("o" + o for o in sorted(self.occasions))
        if self.placed:
            parts.append("i" + self.placed)
        parts.extend("y" + y for y in sorted(self.periods))
        parts.extend("s" + x for x in sorted(self.own))
        parts.extend("x" + x for x in sorted(self.deceased))
        if self.floor:
            parts.append("n" + self.floor)
        return " ".join(parts)

    @staticmethod
    def decode(text: str) -> Anchors:
        day, weekday, named, monthday, placed = None, None, True, None, ""
        parts: set[str] = set()
        figures: set[str] = set()
        occasions: set[str] = set()
        periods: set[str] = set()
        own: set[str] = set()
        deceased: set[str] = set()
        floor = ""
        for item in text.split():
            tag, value = item[0], item[1:]
            if tag in "dp" and len(value) == 8 and value.isdigit():
                day = date(int(value[:4]), int(value[4:6]), int(value[6:]))
                named = tag == "d"
            elif tag == "w" and value.isdigit():
                weekday = int(value)
            elif tag == "m" and len(value) == 4 and value.isdigit():
                monthday = (int(value[:2]), int(value[2:]))
            elif tag == "c" and value:
                parts.add(value)
            elif tag == "f" and value:
                figures.add(value)
            elif tag == "o" and value:
                occasions.add(value)
            elif tag == "i" and value:
                placed = value
            elif tag == "y" and len(value) == 6 and value.isdigit():
                periods.add(value)
            elif tag == "s" and value:
                own.add(value)
            elif tag == "x" and value:
                deceased.add(value)
            elif tag == "n" and len(value) == 6 and value.isdigit():
                floor = value
        weekday = weekday if day is None else day.weekday()
        return Anchors(
            day,
            weekday,
            frozenset(parts),
            named,
            monthday,
            frozenset(figures),
            frozenset(occasions),
            placed,
            frozenset(periods),
            frozenset(own),
            frozenset(deceased),
            floor,
        )

    @property
    def empty(self) -> bool:
        return (
            self.day is None
            and self.weekday is None
            and self.monthday is None
            and not self.counterparts
            and not self.figures
            and not self.occasions
            and not self.placed
            and not self.periods
            and not self.own
            and not self.deceased
            and not self.floor
        )


NO_ANCHORS = Anchors()


def _days_apart(a: Anchors, b: Anchors) -> bool:
    if a.day is not None and b.day is not None:
        tolerance = DAY_TOLERANCE if a.named and b.named else PUBLISHED_TOLERANCE
        return abs((a.day - b.day).days) > tolerance
    ma = a.monthday or ((a.day.month, a.day.day) if a.day else None)
    mb = b.monthday or ((b.day.month, b.day.day) if b.day else None)
    if ma is not None and mb is not None and (a.named and b.named):
        gap = abs(_ordinal(ma) - _ordinal(mb))
        return min(gap, 366 - gap) > DAY_TOLERANCE
    wa = a.weekday if a.weekday is not None else None
    wb = b.weekday if b.weekday is not None else None
    if wa is None or wb is None:
        return False
    if a.named and b.named:
        # A side with a weekday and no date (no publication date placed it) names the event's own day
        # in its text, as the other side does: the slack for dates resolved against publication
        # times does not apply, and one day's slack on a weekday alone lets three days in seven agree.
        return wa != wb
    gap = (wa - wb) % 7  # the other side's day is only its publication date: coverage keeps its slack
    return min(gap, 7 - gap) > DAY_TOLERANCE


def _ordinal(monthday: tuple[int, int]) -> int:
    return date(2000, *monthday).timetuple().tm_yday  # a leap year: 29 February has a place


def _share(xs: Iterable[str], ys: Iterable[str]) -> bool:
    for x in xs:
        for y in ys:
            if x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))):
                return True
    return False


MIN_NAME_WORDS = 2  # name words each side must give before disjoint names mean two persons


def _parties_differ(a: Anchors, b: Anchors) -> bool:
    """Both sides name the other party and share no word of it; or both give a name of two words or
    more and the names share none, whatever nationality or description they share ("نظيره الإيراني، X"
    and "نظيره الإيراني، Y" are two ministers of one country)."""
    if not a.counterparts or not b.counterparts:
        return False
    pa, pb = a.counterparts, b.counterparts
    if any(x.startswith(SUBJECT) for x in pa) and any(y.startswith(SUBJECT) for y in pb):
        # both read the object after "استقبل [subject]، اليوم،": the objects tell the parties
        pa = frozenset(x for x in pa if not x.startswith(SUBJECT))
        pb = frozenset(y for y in pb if not y.startswith(SUBJECT))
    xs = [x.lstrip(DESCRIPTOR + SUBJECT) for x in pa]
    ys = [y.lstrip(DESCRIPTOR + SUBJECT) for y in pb]
    if not _share(xs, ys):
        return True
    na = [x.lstrip(SUBJECT) for x in pa if not x.startswith(DESCRIPTOR)]
    nb = [y.lstrip(SUBJECT) for y in pb if not y.startswith(DESCRIPTOR)]
    return len(na) >= MIN_NAME_WORDS and len(nb) >= MIN_NAME_WORDS and not _share(na, nb)


def corroborate(a: Anchors, b: Anchors, bare_weekdays: bool = True) -> bool:
    """Whether the two claims are placed on one occasion: both give a day and the days agree, or
    both name the other party and share one. Only then is a repeated statement linked automatically:
    the same words with no day or party to compare may be the same talking point another day.
    ``bare_weekdays=False``: one weekday named on both sides, no date on either, places nothing (a
    weekly session or briefing falls on the same weekday every week)."""
    if on_one_day(a, b, bare_weekdays):
        return True
    return bool(a.counterparts and b.counterparts and not _parties_differ(a, b))


def on_one_day(a: Anchors, b: Anchors, bare_weekdays: bool = True) -> bool:
    """Whether both sides give the occasion's day (or a statistic's month) and it agrees: the part of
    :func:`corroborate` that does not rest on the other party. Two leaders who call each other every
    few weeks name each other in every call's report; only a day tells one call from the next.
    ``bare_weekdays=False``: one weekday on both sides, no date on either, places nothing."""
    days = (a.day is not None or a.weekday is not None) and (b.day is not None or b.weekday is not None)
    if not bare_weekdays and a.day is None and a.monthday is None and b.day is None and b.monthday is None:
        days = False
    if days and not _days_apart(a, b):
        return True
    return _periods_agree(a.periods, b.periods)


_ONE_OCCASION = frozenset({"meeting", "public"})  # a meeting and the press conference after it


def conflict(a: Anchors, b: Anchors) -> str:
    """"" when the two claims may be one event; else which anchor differs ("day", "counterpart",
    "figures" or "occasion": a phone call against public remarks or an in-person meeting, each side
    naming one kind alone; a meeting and public remarks may be one occasion)."""
    if _days_apart(a, b):
        return "day"
    if _parties_differ(a, b):
        return "counterpart"
    if _figures_differ(a.figures, b.figures):
        return "figures"
    if _periods_differ(a.periods, b.periods):
        return "period"
    if a.deceased and b.deceased and not _share(_no_l(a.deceased), _no_l(b.deceased)):
        return "deceased"  # one sender's condolence template on two deaths: two messages
    if restated(a, b) or restated(b, a):
        return "restated"
    if a.placed and b.placed and a.placed != b.placed and a.counterparts and b.counterparts:
        return "placed"  # one party named on both sides: "X called Y" and "X took a call from Y" are two calls
    if len(a.occasions) == len(b.occasions) == 1 and a.occasions != b.occasions:
        if a.occasions | b.occasions != _ONE_OCCASION:
            return "occasion"
    return ""


def _day_beside(toks: list[str], i: int) -> int | None:
    """The day of the month written next to the month name ``toks[i]``: "18 March", "March 18", "18 مارس"."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks) and toks[j].isdigit() and len(toks[j]) <= 2 and 1 <= int(toks[j]) <= 31:
            return int(toks[j])
    return None


def _day_in(text: str, published: date | None) -> tuple[date | None, int | tuple[int, int] | None]:
    """The day a sentence names: a date (ISO, or day + month), a weekday, or today/yesterday."""
    iso = _ISO_DATE.search(text)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))), None
        except ValueError:
            pass
    for m in _NUMERIC_DATE.finditer(text):
        found = _numeric_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if found is not None:
            return found, None
    toks = tokens(text)
    joined = " ".join(toks)
    for name, month in _LEVANT.items():
        m = re.search(r"\b(\d{1,2}) " + name, joined)
        if m and published is not None:
            return _resolve(int(m.group(1)), month, published), None
    for i, t in enumerate(toks):
        month = _MONTHS.get(t)
        if month is None:
            continue
        day = _day_beside(toks, i)
        if day is not None:
            year = None
            for j in (i + 1, i + 2):
                if j < len(toks) and toks[j].isdigit() and 1900 < int(toks[j]) < 2100:
                    year = int(toks[j])
            if year is not None:
                try:
                    return date(year, month, day), None
                except ValueError:
                    continue
            if published is not None:
                return _resolve(day, month, published), None
            try:
                date(2000, month, day)
            except ValueError:
                continue
            return None, (month, day)
    for t in toks:
        if t in _WEEKDAYS:
            wd = _WEEKDAYS[t]
            if published is None:
                return None, wd
            if _ahead(text, wd):  # "scheduled for Tuesday": the next such day, not the last one
                return published + timedelta(days=(wd - published.weekday()) % 7), None
            back = (published.weekday() - wd) % 7
            return published - timedelta(days=back), None
    for t in toks:
        if t in _RELATIVE and published is not None:
            return published + timedelta(days=_RELATIVE[t]), None
    return None, None


def _ahead(text: str, weekday: int) -> bool:
    """Whether the first weekday ``text`` names is announced ahead: a word of ``future.txt`` before
    it in its own sentence ("the call will take place on Tuesday", "سيجريان مكالمة الثلاثاء") or right
    after it ("الثلاثاء المقبل"). "said on Monday that he will …" names the day it was said."""
    for sentence in _SENTENCE_END.split(text):
        toks = tokens(sentence)
        for i, t in enumerate(toks):
            if _WEEKDAYS.get(t) == weekday:
                if i and toks[i - 1] in _FUTURE_RIGHT_BEFORE:
                    return True  # "set for Tuesday"
                return any(x in _FUTURE for x in toks[:i]) or (i + 1 < len(toks) and toks[i + 1] in _FUTURE)
    return False


def _resolve(day: int, month: int, published: date) -> date | None:
    """The latest date with this day and month on or shortly after the publication date."""
    for year in (published.year + 1, published.year, published.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= published + timedelta(days=2):
            return d
    return None


def _nisba(token: str) -> bool:
    return token.startswith("ال") and token.endswith(("ي", "يه")) and len(token) > 4


# Verbs of meeting whose subject follows them (VSO): "التقى الوزير X، اليوم، Y" met Y.
_MEETING_VERBS = frozenset(_N(w) for w in "التقى التقت يلتقي استقبل استقبلت يستقبل اجتمع".split())


@lru_cache(maxsize=4096)
def _descriptor(token: str) -> bool:
    """A word that describes the party rather than names it: a country, a people or nationality
    (``places.txt``, "الإيراني"), or a nisba the glossary knows ("الدولية", "الأمريكية"). A nisba
    family name ("الشيباني") is a name."""
    if token in _NATIONALITIES or place_keys([token]):
        return True
    return _nisba(token) and stem(token) in glossary()


def _phrase(folded: str, start: int, own: frozenset[str]) -> tuple[set[str], int, bool, int | None]:
    """The party phrase at ``folded[start:]``, up to the next stop: (skeletons of its words, where it
    ends, whether its last word is the speaker's own name, where the next phrase of the sentence
    starts: after a comma that ended this phrase, else None)."""
    window = folded[start : start + 200]
    stop = _STOP_AT.search(window)
    rest = window[: stop.start()] if stop else window
    nxt = start + stop.end() if stop and stop.group() in ",،" else None
    found: set[str] = set()
    n, after_nisba, end, last_own = 0, False, start, False
    for i, w in enumerate(_WORD.finditer(rest)):
        t = w.group()
        if after_nisba and t.startswith("ال") and not _nisba(t):
            nxt = None
            break  # "نظيره الكندي العلاقات الثنائية": the party ended with its nationality
        if t in _CUT_WORDS or t in _WEEKDAYS or t in _RELATIVE or n >= _CAPTURE_WORDS or i > 12:
            nxt = None if n else nxt  # a phrase cut short is no subject to read past
            break
        end = start + w.end()
        bare = t[1:] if t.startswith("و") and len(t) > 3 else t  # "ووزيرة" is "and the minister"
        if t in _NOT_PARTY or bare in _NOT_PARTY or t[0].isdigit():
            continue
        n += 1
        after_nisba = after_nisba or _nisba(t)
        sk = skeleton(t)
        last_own = sk in own
        if len(sk) >= 2 and not last_own:
            found.add(DESCRIPTOR + sk if _descriptor(t) else sk)
    return found, end, last_own, nxt


def _parties(text: str, own: frozenset[str]) -> tuple[frozenset[str], int]:
    """Skeletons of the words after a call/meeting trigger (titles and the speaker's own name left
    out), and where in the normalised text the last party phrase ends (0 when there is none).

    After a meeting verb, a phrase ending with the speaker's own name is the verb's subject ("التقى
    نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين X، اليوم، Y"): the party is the next phrase with
    party words. After any other trigger such a phrase is the speaker at the other end of the call
    ("تلقى الأمير اتصالا من الأمين العام للمنظمة X" read for X's claims): his own title words are no
    party, and the party (the subject before the trigger) is not read, so the claim names none.
    """
    folded = _N(text)
    found: set[str] = set()
    frame_end = 0
    for rx in (_AR_COUNTERPART, _EN_COUNTERPART):
        for m in rx.finditer(folded):
            start = m.end()
            verb = m.group().split()[0] in _MEETING_VERBS  # "اتصالا من X": X is the party, own or not
            after = _after_time(folded, start) if verb else None
            words, end, spoken = (set(), 0, True) if after is None else _read(folded, after, own, verb, True)
            if spoken or not words:  # no time phrase or no party after it, or the speaker: read the subject
                words, end, _ = _read(folded, start, own, verb, False)
            else:  # the subject's words too, marked: a report without the time phrase reads them as the party
                words = words | {SUBJECT + w.lstrip(DESCRIPTOR) for w in _phrase(folded, start, own)[0]}
            found |= words
            frame_end = max(frame_end, end)
    return frozenset(found), frame_end


def _read(
    folded: str, start: int, own: frozenset[str], verb: bool, subject: bool
) -> tuple[set[str], int, bool]:
    """The party words from ``start`` on, where the frame ends, and whether the first phrase read
    names the speaker himself."""
    first_own = None
    for _ in range(4):
        words, end, last_own, nxt = _phrase(folded, start, own)
        first_own = last_own if first_own is None else first_own
        if verb and nxt is not None and (last_own or (subject and not words)):
            start, subject = nxt, True  # the subject, then a time or place phrase: read on
            continue
        if last_own:  # "تلقى X اتصالا من [the speaker]": the phrase names the speaker himself
            return set(), end, bool(first_own)
        words, end = _apposition(folded, end, nxt, words, own)
        return words, end, bool(first_own)
    return set(), 0, bool(first_own)


_TIME_WORDS = frozenset(_WEEKDAYS) | frozenset(_RELATIVE)
_CLAUSE_END = re.compile(r"[.!?؟\n]")


def _after_time(folded: str, start: int) -> int | None:
    """After a meeting verb, where the words after a time phrase set off by a comma start ("استقبل
    وزير الدولة، وزير الخارجية X، اليوم الثلاثاء، نظيره Y": after "اليوم"), else None. The verb's
    subject comes first, titles and all; the other party is the object after the time."""
    stop = _CLAUSE_END.search(folded, start, start + 250)
    window = folded[start : stop.start() if stop else start + 250]
    words, after = 0, None
    for w in _WORD.finditer(window):
        t = w.group()
        if after is None:
            if t in _TIME_WORDS:
                if not words or not window[: w.start()].rstrip().endswith(("،", ",")):
                    return None
                after = start + w.end()
                comma = re.match(r"(?:\s*[^\s،,]+){0,4}?\s*[،,]", window[w.end() :])
                if comma is None:  # a time phrase set off on both sides: "، اليوم الثلاثاء، Y"
                    return None
                after += comma.end()
            words += 1
        elif start + w.start() >= after and not (t in _TIME_WORDS or t in _MONTHS or t.isdigit()):
            # the object: a noun phrase, not "وبحث معه …" (the object came before the time)
            return after if not t.startswith("و") else None
    return None


def _apposition(
    folded: str, end: int, nxt: int | None, words: set[str], own: frozenset[str]
) -> tuple[set[str], int]:
    """The party's words with those after the comma that ended its phrase, and where they end: a
    title ("مع الشيخ X، رئيس مجلس الوزراء، تناول …": part of the frame, not of the party) or, after a
    nationality alone, the name ("من نظيره الإيراني، X": the nationality then only describes)."""
    found = set(words)
    for _ in range(2):
        if nxt is None:
            break
        first = _WORD.search(folded, nxt, nxt + 40)
        if first is None:
            break
        t = first.group()
        title = t in ROLE_WORDS
        nationality = len(words) == 1 and t[0] != "و" and (
            next(iter(words)).startswith(DESCRIPTOR) or _nisba(folded[max(0, end - 30) : end].split()[-1])
        )
        if not title and not nationality:
            break
        more, more_end, last_own, after = _phrase(folded, nxt, own)
        if last_own or not more or (not title and len(more) > 3) or (title and after is None):
            break  # a title that ends the sentence: no statement follows the frame, keep it to compare
        if not title:
            found = (found - words) | {DESCRIPTOR + w.lstrip(DESCRIPTOR) for w in words} | more
        words = set() if title else more  # after a title, only another title is read
        end, nxt = more_end, after
    return found, end


def _counterparts(text: str, own: frozenset[str]) -> frozenset[str]:
    return _parties(text, own)[0]


def event_topic(content: str) -> list[str]:
    """The tokens of an event sentence after its "X called / met Y" frame (all of them when it has none).

    Two calls of one minister share the frame word for word (names, titles, "during a phone call
    with"); what was discussed is what tells one event sentence from another.
    """
    end = frame_end(content)
    return tokens(_N(content)[end:]) if end else tokens(content)


@lru_cache(maxsize=4096)
def frame_end(content: str) -> int:
    """Where an event sentence's "X called / met Y" frame ends in its normalised text (0: no frame)."""
    return _parties(content, frozenset())[1]


def _session_words() -> tuple[frozenset[str], frozenset[str]]:
    groups = _word_groups("recurring.txt")
    return groups["session"], groups["periodic"]


_SESSIONS, _PERIODIC = _session_words()
SESSION_REACH = 2  # words between a session noun and its periodic adjective ("regular weekly meeting")


def periodic_session(text: str) -> bool:
    """Whether a text names a session held on a schedule (``recurring.txt``): "its weekly meeting",
    "اجتماعه الأسبوعي", "the regular weekly briefing". Its report reads the same every week, on the
    same weekday: only a date places it. A periodic word alone ("monthly inflation") is no session."""
    toks = tokens(text)
    for i, t in enumerate(toks):
        if t in _PERIODIC:
            near = toks[max(0, i - SESSION_REACH) : i] + toks[i + 1 : i + 1 + SESSION_REACH]
            if any(x in _SESSIONS for x in near):
                return True
    return False


MIN_FIGURES = 2  # precise figures each side must state before disjoint figures mean two events


def _is_decimal(token: str) -> bool:
    whole, dot, frac = token.partition(".")
    return bool(dot and whole.isdigit() and frac.isdigit())


def event_figures(text: str) -> frozenset[str]:
    """The precise figures a text states: numbers with a decimal part (a rate of 19.25 %, inflation
    of 1.87 %, an index at 112.64), as canonical values. They measure the event itself; whole
    numbers in a lede are as often counts, days, times, ages or the size of a move (200 basis points)
    that the next decision repeats."""
    return frozenset(f"{float(t):.4f}".rstrip("0").rstrip(".") for t in tokens(text) if _is_decimal(t))


@lru_cache(maxsize=1)
def _occasion_table() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Token → kind and (token, token) → kind, from ``occasions.txt`` (normalised, not stemmed)."""
    single: dict[str, str] = {}
    pairs: dict[tuple[str, str], str] = {}
    for kind, forms in keyed_lines("occasions.txt"):
        for form in forms:
            words = [t for part in form.split("_") for t in tokens(part)]
            if len(words) == 1:
                single.setdefault(words[0], kind)
            elif len(words) == 2:
                pairs.setdefault((words[0], words[1]), kind)
    return single, pairs


def occasions_in(text: str) -> frozenset[str]:
    """The kinds of occasion a text names (``occasions.txt``): a phone call, public remarks, or both."""
    single, pairs = _occasion_table()
    toks = tokens(text)
    found = {single[t] for t in toks if t in single}
    found.update(pairs[p] for p in zip(toks, toks[1:], strict=False) if p in pairs)
    return frozenset(found)


_PLACED = (
    ("out", re.compile(_N(r"\bو?(?:اجرى|اجرت|يجري|تجري|اجريا)\s+(?:[^\s.!?؟]+\s+){0,14}?(?:اتصالا|اتصال|اتصالين|مكالمه|مكالمة)\b"))),
    ("in", re.compile(_N(r"\bو?(?:تلقى|تلقت|يتلقى|تتلقى|تلقي)\s+(?:[^\s.!?؟]+\s+){0,14}?(?:اتصالا|اتصال|اتصالين|مكالمه|مكالمة)\b"))),
    ("out", re.compile(r"\b(?:made|placed|makes|places)\s+a\s+(?:phone\s+|telephone\s+|video\s+)?call\b", re.I)),
    ("in", re.compile(r"\b(?:received|receives|took)\s+a\s+(?:phone\s+|telephone\s+|video\s+)?call\b", re.I)),
)


def call_placed(text: str) -> str:
    """Who placed the call a text tells of: "out" when its subject made it (أجرى اتصالا, made a call),
    "in" when the subject received it (تلقى اتصالا, received a call); "" when it says neither or both
    (a readout of two calls)."""
    folded = _N(text)
    found = {kind for kind, rx in _PLACED if rx.search(folded)}
    return found.pop() if len(found) == 1 else ""


def _figures_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both reports state several precise figures and share none: the lending rate at 22.25 % and at
    19.25 % are two decisions, whatever else the two share (the size of the hike, the weekday). Two
    reports of one event repeat at least one of its figures, in any language."""
    return len(a) >= MIN_FIGURES and len(b) >= MIN_FIGURES and not a & b


_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")


def _numeric_date(first: int, second: int, year: int) -> date | None:
    """A ``dd/mm/yyyy`` or ``mm/dd/yyyy`` date, read only when the order is certain: one part above
    twelve, or both equal ("03/04/2031" is March or April, and no day is read from it)."""
    if first > 12 and second <= 12:
        day, month = first, second
    elif second > 12 and first <= 12:
        day, month = second, first
    elif first == second:
        day = month = first
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_in(text: str) -> int | None:
    """The weekday a text names ("Thursday 18 March": a date and its weekday), if any."""
    return next((_WEEKDAYS[t] for t in tokens(text) if t in _WEEKDAYS), None)
_SENTENCE_END = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[!?؟\n])+")  # a decimal point ends no sentence


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or line) holding the span ``text[start:end]`` starts and ends."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    return left, m.start() if m else len(text)


def claim_anchors(
    text: str,
    start: int,
    end: int,
    published: datetime | date | None,
    speaker: str = "",
    kind: str = "",
    role: str = "",
) -> Anchors:
    """Anchors of the claim at ``text[start:end]``: its sentence first, then the lede, then the date.
    ``role``: the speaker's role as the article gives it; the places it names are his own (``own``)."""
    pub = published.date() if isinstance(published, datetime) else published
    # a joint speaker ("X + Y", "the two ministers stressed"): the first is the speaker, the other his
    # counterpart, whose name in a call phrase is the party
    own = frozenset(skeleton(t) for t in tokens(speaker.split(" + ")[0]))
    if 0 <= start <= end <= len(text):
        left, right = _sentence_bounds(text, start, end)
        sentence = text[left:right]
        # the sentence without the words said; an event sentence (the outlet's narration) is all frame
        frame = sentence if kind == "event" else text[left:start] + " " + text[end:right]
    else:
        sentence = frame = text[start:end]
    lede = text[:LEDE_CHARS]
    source = sentence
    day, partial = _day_in(sentence, pub)
    if day is None and partial is None:
        source = lede
        day, partial = _day_in(lede, pub)
    named = day is not None or partial is not None
    if not named:
        day = pub
    weekday = partial if isinstance(partial, int) else None
    monthday = partial if isinstance(partial, tuple) else None
    if monthday is not None:  # "Thursday 18 March" with no year: the weekday still places it
        # a dateline's "1 October" with no year, the weekday named in the lede ("until Saturday
        # morning"): with no year the weekday is what tells one night's alert from another's
        weekday = _weekday_in(source)
        if weekday is None and source is sentence:
            weekday = _weekday_in(lede)
    parties = _counterparts(sentence, own) or _preceding_parties(text, start, own) or _lede_parties(lede, own)
    figures = event_figures(sentence) or _lede_figures(lede)
    # the occasion is told by the frame ("told reporters", "in a call with"): a call the words speak
    # of ("the call will take place on Tuesday") is what was said, not where
    if start < end and start < LEDE_CHARS and kind != "event":  # the lede without the words said
        occasions = occasions_in(frame) or occasions_in(lede[:start] + " " + lede[min(end, LEDE_CHARS) :])
    else:
        occasions = occasions_in(frame) or _lede_occasions(lede)
    placed = call_placed(sentence) or call_placed(lede)
    periods = periods_in(sentence, pub) or _lede_periods(lede, pub)
    weekday = day.weekday() if day is not None else weekday
    own_places = place_keys(tokens(role)) if role else frozenset()
    deceased = deceased_in(sentence, own) or _lede_deceased(lede, own)
    floor = text_floor(text) if day is None else ""
    return Anchors(
        day, weekday, parties, named, monthday, figures, occasions, placed, periods, own_places, deceased,
        floor,
    )  # fmt: skip


@lru_cache(maxsize=256)
def text_floor(text: str) -> str:
    """The latest month with its year that a text gives figures for ("YYYYMM"; a whole year counts
    as its December), "" when it names none. An article with no date is published no earlier than
    that: a note on January 2032 prices that recalls January 2031's rate was written in 2032."""
    months = [_last_month(p) for sentence in _SENTENCE_END.split(text) for p in periods_in(sentence, None)]
    return max((m for m in months if not m.startswith("0000")), default="")


def _last_month(period: str) -> str:
    return period[:4] + "12" if period.endswith("00") else period


RELEASE_MONTHS = 3  # a statistic for a month is published within this many months after it


def _month_index(period: str) -> int:
    return int(period[:4]) * 12 + int(period[4:]) - 1


def restated(undated: Anchors, other: Anchors) -> bool:
    """Whether ``undated``'s claim repeats an older figure that ``other`` reported when it was news.

    An article with no date is no earlier than the latest month it gives figures for (``floor``);
    a claim of it whose stated periods all come before that month recalls an earlier release (the
    base a new note compares with). It is that release's claim only in a copy of that release, and
    a copy gives the same latest month: so it is another occasion when the other side is dated at
    the earlier release (within ``RELEASE_MONTHS`` after one of the claim's periods) and before the
    undated article's latest month. An undated copy of a dated release has the release's own floor,
    and the dated copy comes after it: untouched."""
    if undated.day is not None or not undated.floor or other.day is None:
        return False
    known = [p for p in undated.periods if not p.startswith("0000")]
    if not known or any(_last_month(p) >= undated.floor for p in known):
        return False
    dated = other.day.year * 12 + other.day.month - 1
    if dated >= _month_index(undated.floor):
        return False
    return any(_first_month(p) <= dated <= _month_index(_last_month(p)) + RELEASE_MONTHS for p in known)


def _first_month(period: str) -> int:
    """The month index a period starts in (a whole year: its January)."""
    return _month_index(period[:4] + "01" if period.endswith("00") else period)


def _death_words() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    """(condolence words, the pattern of a death noun before its deceased, title and kinship words)."""
    groups = _word_groups("deaths.txt")
    # longest first, then alphabetical: the alternation tries longer nouns first and reads the same every run
    nouns = sorted({w.replace("_", r"\s+") for w in groups["death"]}, key=lambda n: (-len(n), n))
    arabic = [n for n in nouns if not n.isascii()]
    latin = [n for n in nouns if n.isascii()]
    pattern = re.compile(
        r"(?<![^\s])(?:[وبل])?(?:" + "|".join(arabic) + r")\s+|\b(?:" + "|".join(latin) + r")\s+of\s+",
        re.IGNORECASE,
    )
    return groups["condolence"], pattern, groups["title"]


_CONDOLENCE, _DEATH_OF, _DEATH_TITLES = _death_words()


def deceased_in(text: str, own: frozenset[str] = frozenset()) -> frozenset[str]:
    """Skeletons of the name of whoever died, in a text of condolence ("a cable of condolence to X
    following the death of Y", "تعزية ... على إثر وفاة Y"): empty when the text names no condolence
    or no death noun. Titles, kinship words and the sender's own name words are left out; a country
    or nationality only describes (``DESCRIPTOR``), as for a call's party."""
    folded = _N(text)
    if not any(t in _CONDOLENCE for t in tokens(folded)):
        return frozenset()
    found: set[str] = set()
    for m in _DEATH_OF.finditer(folded):
        window = folded[m.end() : m.end() + 200]
        stop = _STOP_AT.search(window)
        n = 0
        for w in _WORD.finditer(window[: stop.start()] if stop else window):
            t = w.group()
            if t in _CUT_WORDS or n >= _CAPTURE_WORDS:
                break
            if t in _DEATH_TITLES or t in _NOT_PARTY or t[0].isdigit() or _descriptor(t):
                continue
            n += 1
            sk = skeleton(t)
            if len(sk) >= 2 and sk not in own:
                found.add(sk)
    return frozenset(found)


def _no_l(names: frozenset[str]) -> list[str]:
    """Name skeletons without "l": a name opening with "إل" loses it as the article in Arabic
    (إليزابيث → zbt, Elizabeth → lzbt), as ``score.translit_agree`` allows for."""
    return [x.replace("l", "") for x in names]


@lru_cache(maxsize=1024)
def _lede_deceased(lede: str, own: frozenset[str]) -> frozenset[str]:
    return deceased_in(lede, own)


@lru_cache(maxsize=1024)
def _lede_parties(lede: str, own: frozenset[str]) -> frozenset[str]:
    return _counterparts(lede, own)  # every claim of one speaker in an article reads the same lede


PRECEDING_SENTENCES = 4  # how far back past the lede a claim's call or meeting sentence is looked for


def _preceding_parties(text: str, start: int, own: frozenset[str]) -> frozenset[str]:
    """The party of the nearest call or meeting sentence before a claim past the lede: a roundup of
    two calls ("X called Y …; he also called Z, and the two stressed …") tells each call's words
    after its own frame, and the lede names only the first call's party. Empty for a claim within the
    lede, when the nearest such sentence is in the lede, or when none comes within a few sentences
    (the lede's party then stands)."""
    if start <= LEDE_CHARS:
        return frozenset()
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 1500), start)]
    bounds = [max(0, start - 1500), *ends]
    for left, right in list(zip(bounds, bounds[1:], strict=False))[::-1][:PRECEDING_SENTENCES]:
        if right <= LEDE_CHARS:
            break  # the lede's own calls: read together below, as for a claim within it
        found = _sentence_parties(text[left:right], own)
        if found:
            return found
    return frozenset()


@lru_cache(maxsize=4096)
def _sentence_parties(sentence: str, own: frozenset[str]) -> frozenset[str]:
    return _counterparts(sentence, own)


@lru_cache(maxsize=1024)
def _lede_figures(lede: str) -> frozenset[str]:
    return event_figures(lede)  # every claim of an article reads the same lede


@lru_cache(maxsize=1024)
def _lede_occasions(lede: str) -> frozenset[str]:
    return occasions_in(lede)


@lru_cache(maxsize=1024)
def _lede_periods(lede: str, published: date | None) -> frozenset[str]:
    """The periods of the lede's first sentence that names one: a release states its month first."""
    for sentence in _SENTENCE_END.split(lede):
        found = periods_in(sentence, published)
        if found:
            return found
    return frozenset()


# Words before a month with no year that make it the period covered ("inflation in May", "خلال شهر
# مايو"); a month name alone may be another word ("may").
_PERIOD_BEFORE = frozenset(_N(w) for w in "في خلال شهر لشهر بشهر الشهر in during for of month".split())
_PROCLITICS = ("و", "ب", "ل")


def _month_of(token: str) -> int | None:
    month = _MONTHS.get(token)
    if month is None and token[:1] in _PROCLITICS and len(token) > 3:
        month = _MONTHS.get(token[1:])  # "وماي 2023", "بسبتمبر"
    return month


_YEAR_NOUNS = frozenset(_N(w) for w in "سنة عام العام year".split())
_YEAR_BEFORE = frozenset(_N(w) for w in "في خلال طوال كامل لكامل for in during over whole full".split())


def _year_noun(token: str) -> tuple[bool, bool]:
    """(a year noun, written with the preposition "for" joined to it: "لسنة", "للعام", "لعام")."""
    if token in _YEAR_NOUNS:
        return True, False
    if token.startswith("لل") and "ال" + token[2:] in _YEAR_NOUNS:
        return True, True
    return (token[:1] == "ل" and token[1:] in _YEAR_NOUNS), True


def _year_periods(toks: list[str]) -> frozenset[str]:
    """Whole years a text names as its period, "YYYY00": "في سنة 2023", "خلال عام 2024", "in the year
    2023" (a year noun after "in / during / for / the whole of"; "لسنة 2025", "للعام 2025": "for" joined
    to the noun). A bare year is as often a comparison ("compared
    with 2022") or a date's year, and is not read."""
    found = set()
    for i, t in enumerate(toks[:-1]):
        noun, joined = _year_noun(t)
        if not noun or not is_year(toks[i + 1]):
            continue
        before = toks[i - 1] if i else ""
        if before == "the" and i >= 2:
            before = toks[i - 2]
        if joined or before in _YEAR_BEFORE:
            found.add(f"{int(toks[i + 1]):04d}00")
    return frozenset(found)


def periods_in(text: str, published: date | None) -> frozenset[str]:
    """The months a text stating a figure names as a period, not as a day: "in September 2023", "في شهر أكتوبر 2024",
    "inflation in May" (the year then from the publication date: the last such month on or before
    it; "0000" when there is none). A month next to a day number ("18 March") is a day (``_day_in``).
    Whole years named as the period come with them ("في سنة 2023", "لكامل سنة 2025", "لسنة 2025":
    ``YYYY00``): an annual figure and a monthly one are two statistics, and a note giving December's
    rate beside the whole year's average is the release another note gives the year's average of."""
    toks = tokens(text)
    return _month_periods(toks, published) | _year_periods(toks)


def _month_periods(toks: list[str], published: date | None) -> frozenset[str]:
    found: set[str] = set()
    if not any(t[0].isdigit() and not is_year(t) for t in toks):
        return frozenset()  # no figure: "after he took office in January" dates no statistic
    for i, t in enumerate(toks):
        month = _month_of(t)
        if month is None:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            month = _LEVANT.get(f"{t} {nxt}")
            if month is None:
                continue
            i += 1
        before = toks[i - 1] if i > 0 else ""
        after = toks[i + 1 : i + 3]
        if (before.isdigit() and 1 <= int(before) <= 31) or (
            after and after[0].isdigit() and len(after[0]) <= 2 and 1 <= int(after[0]) <= 31
        ):
            continue  # a day
        if after and _month_of(after[0]) is not None:
            after = after[1:]  # "سبتمبر أيلول 2023": the month in two calendars
        year = int(after[0]) if after and after[0].isdigit() and 1900 < int(after[0]) < 2100 else 0
        if not year:
            if before not in _PERIOD_BEFORE or (len(t) <= 3 and t.isascii() and t != "may"):
                continue  # "may", "mar": a month only with a year or a period word before it
            if _in_base(toks, i):
                continue  # "from 6.35 % reported in December": the month compared with
            if published is not None:
                year = published.year if month <= published.month else published.year - 1
        found.add(f"{year:04d}{month:02d}")
    return frozenset(found)


_BASES = _word_groups("bases.txt")["base"]
BASE_REACH = 5  # words back from a month to the figure and the base word before it


def _in_base(toks: list[str], i: int) -> bool:
    """Whether the month at ``toks[i]`` closes a comparison base: a base word (``bases.txt``), then a
    figure, then the month, within a few words ("from 6.35 percent reported in December")."""
    window = toks[max(0, i - BASE_REACH) : i]
    for j, t in enumerate(window):
        if t in _BASES and any(x[0].isdigit() and not is_year(x) for x in window[j + 1 :]):
            return True
    return False


def _periods_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name the period of a statistic and no month of one is a month of the other (a year
    unknown on one side agrees with any): July 2023 and September 2023 are two releases, and so are
    September 2024 and September 2023, whatever headline figure they share."""
    return bool(a and b) and not any(_same_period(x, y) for x in a for y in b)


def _same_period(x: str, y: str) -> bool:
    """One month (a year unknown on one side agrees), or one whole year (``YYYY00``, never unknown)."""
    return x[4:] == y[4:] and (x[:4] == y[:4] or "0000" in (x[:4], y[:4]))


def _periods_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both name a month with its year, and one is the same: one release, placed like a day."""
    return any(x == y and not x.startswith("0000") for x in a for y in b)


def split_stored(match_tokens: str) -> tuple[str, Anchors]:
    """``Claim.match_tokens`` → (the tokens, the anchors); either part may be empty."""
    toks, sep, rest = match_tokens.partition(SEPARATOR)
    return (toks.strip(), Anchors.decode(rest)) if sep else (match_tokens, NO_ANCHORS)


def join_stored(toks: list[str], anchors: Anchors) -> str:
    """Tokens and anchors as one ``match_tokens`` string (the tokens alone when there are no anchors)."""
    words = " ".join(toks)
    return f"{words} {SEPARATOR} {anchors.encode()}" if not anchors.empty else words


# A clock time as written in a statement ("at 17:00", "الساعة 17:00"); a decimal point never makes one.
_CLOCK = re.compile(r"(?<![\d.:,])([01]?\d|2[0-3])\s?:\s?([0-5]\d)(?![\d:])")


def stated_times(content: str, toks: list[str] | None = None) -> frozenset[str]:
    """When the words said place what they speak of: weekdays (``w1``), day-and-month dates
    (``m0318``) and clock times (``t1700``) inside the content itself, not in its frame.

    These are part of what a statement asserts: "the call is planned for Tuesday" and "the call is
    scheduled for 17:00 Moscow time" are two statements a desk checks apart, whatever else they share
    (see :func:`times_differ`). ``toks``: the content's tokens when already at hand."""
    found = set()
    if ":" in content:
        folded = _N(content).translate(WESTERN_DIGITS)
        found = {f"t{int(m.group(1)):02d}{m.group(2)}" for m in _CLOCK.finditer(folded)}
    toks = tokens(content) if toks is None else toks
    for i, t in enumerate(toks):
        if t in _WEEKDAYS:
            found.add(f"w{_WEEKDAYS[t]}")
            continue
        month = _month_of(t)
        if month is None:
            continue
        day = _day_beside(toks, i)
        if day is not None:
            found.add(f"m{month:02d}{day:02d}")
    return frozenset(found)


_DAY_TAGS = frozenset("wm")


def times_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both statements say when, in no common term: "on Tuesday" / "on Wednesday", "at 17:00" /
    "on Tuesday" (a clock time and a day are two assertions: each is checked on its own). A weekday
    against a date with no weekday is left open (no year to tell them apart); a side saying nothing
    of time never differs."""
    if not a or not b or a & b:
        return False
    kinds_a, kinds_b = {x[0] for x in a}, {y[0] for y in b}
    if kinds_a | kinds_b == _DAY_TAGS and len(kinds_a) == len(kinds_b) == 1:
        return False  # "Tuesday" against "18 March": the same day or not, the texts cannot say
    return True
