"""Pure pair scoring: how likely two claims carry the same truth conditions, in [0, 1].

Content similarity (soft Dice over stems with rapidfuzz token matching, blended with rapidfuzz's
token-sort ratio) times speaker agreement (same entity id, else normalised names or, across
languages, name skeletons; a bare title such as "His Majesty" against a name it fits is uncertain,
``titles.txt``). Different numbers or one-sided negation cut the score: "cut by 2
million" and "cut by 1 million" share every word and are different claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from claims.linking.anchors import (
    NO_ANCHORS,
    Anchors,
    conflict,
    event_topic,
    frame_end,
    on_one_day,
    periodic_session,
    split_stored,
    stated_times,
    times_differ,
)
from claims.linking.text import (
    AR_STOP,
    EN_STOP,
    ROLE_WORDS,
    content_keys,
    crossing_keys,
    directions,
    is_arabic,
    is_year,
    keyed_lines,
    negated,
    neutral_keys,
    number_slots,
    place_keys,
    skeleton,
    stem,
    tokens,
)

NEUTRAL_SPEAKER = 0.95  # outlet / event claims, or no speaker: neither agreement nor disagreement
DISAGREEING_SPEAKER = 0.45  # keeps "same words, other speaker" under any sane suggest threshold
UNNAMED_SPEAKER = 0.75  # an event sentence against a speaker's claim, the sentence not naming the speaker
UNCOMPARED_SPEAKER = 0.75  # an organisation's Latin acronym against an organisation named in Arabic script
UNCERTAIN_SPEAKER = 0.75  # a bare title ("His Majesty") against a name the title fits ("King X", "X III")
MISMATCH_PENALTY = 0.4  # different numbers, one side negated, or opposite directions
ANCHOR_PENALTY = 0.4  # another day or another counterpart: the same words said on another occasion
PLACE_PENALTY = 0.4  # both contents name places and share none: they speak of different things
WEAK_DICE = 0.4  # below this overlap of content keys the wording alone does not make two statements one
MIN_SHARED_KEYS = 2  # content keys two statements must share (a fuzzy match counts 0.8) unless one has fewer
VERBATIM = 0.95  # content this close is the same sentence, whatever its occasion (``link``: auto-linked)
MIN_TOPIC_KEYS = 3  # content keys after a call/meeting frame before a sentence says more than "it took place"


@dataclass(frozen=True)
class ClaimSide:
    """What scoring needs of one claim (a ``Claim`` row or a fixture line)."""

    content: str
    speaker: str = ""
    speaker_id: int | None = None
    kind: str = "indirect"
    speaker_kind: str = "person"
    lang: str | None = None
    aliases: tuple[str, ...] = field(default=())
    stored_tokens: str | None = None  # ``Claim.match_tokens`` when known: skips normalising again
    anchors: Anchors | None = None  # event day and counterpart (else read from ``stored_tokens``)

    @cached_property
    def _stored(self) -> tuple[str, Anchors] | None:
        return split_stored(self.stored_tokens) if self.stored_tokens is not None else None

    @cached_property
    def toks(self) -> list[str]:
        return self._stored[0].split() if self._stored is not None else tokens(self.content)

    @cached_property
    def event(self) -> Anchors:
        if self.anchors is not None:
            return self.anchors
        return self._stored[1] if self._stored is not None else NO_ANCHORS

    @cached_property
    def language(self) -> str:
        return self.lang or ("ar" if is_arabic(self.content) else "en")

    @cached_property
    def keys(self) -> list[str]:
        return content_keys(self.toks)

    @cached_property
    def neutral(self) -> list[str]:
        return neutral_keys(self.toks)

    @cached_property
    def crossing(self) -> list[str]:
        return crossing_keys(self.toks)

    @cached_property
    def topic(self) -> list[str]:
        """An event sentence's tokens after its "X called / met Y" frame (see ``anchors.event_topic``)."""
        return event_topic(self.content) if self.kind == "event" else self.toks

    @cached_property
    def bare_frame(self) -> bool:
        """An event sentence that is its "X called / met Y" frame and little more: "the president
        received a phone call from his Chilean counterpart". Every call of the two reads so."""
        if self.kind != "event":
            return False
        return frame_end(self.content) > 0 and len(set(content_keys(self.topic))) < MIN_TOPIC_KEYS

    @cached_property
    def periodic(self) -> bool:
        """An event sentence naming a session held on a schedule ("the cabinet held its weekly meeting")."""
        return self.kind == "event" and periodic_session(self.content)

    @cached_property
    def neutral_set(self) -> frozenset[str]:
        return frozenset(self.neutral)

    @cached_property
    def numbers(self) -> dict[str, frozenset[str]]:
        return number_slots(self.toks)

    @cached_property
    def times(self) -> frozenset[str]:
        """When the content itself places what it speaks of (weekday, date, clock time)."""
        return stated_times(self.content, self.toks)

    @cached_property
    def values(self) -> frozenset[str]:
        """The content's specific values: its numbers other than years, its dates and clock times (a
        weekday is no specific value: one day in seven agrees by chance)."""
        return frozenset(v for v in self.numbers if not is_year(v)) | {t for t in self.times if t[0] != "w"}

    @cached_property
    def places(self) -> frozenset[str]:
        """Countries and territories the content names (``places.txt``)."""
        return place_keys(self.toks)

    @cached_property
    def directions(self) -> frozenset[str]:
        """Which ways the content says something moved (``directions.txt``)."""
        return directions(self.toks)

    @cached_property
    def negated(self) -> bool:
        return negated(self.toks)

    @cached_property
    def speaker_keys(self) -> frozenset[str]:
        """The speaker's name words across scripts: skeletons (roles dropped) and glossary concepts."""
        names = (self.speaker, *self.aliases)
        words = [t for n in names for t in tokens(n) if t not in ROLE_WORDS and stem(t) not in ROLE_WORDS]
        skeletons = {sk for t in words if len(sk := skeleton(t)) >= 2}
        concepts = {k for n in names for k in neutral_keys(n) if k.startswith("@")}
        return frozenset(skeletons | concepts)

    @property
    def speaker_surname(self) -> str:
        """Skeleton of the last name word (roles dropped): first names alone never make two speakers one."""
        return _surname(self.speaker)

    @property
    def speaker_neutral(self) -> bool:
        return not self.speaker.strip() or self.kind == "event" or self.speaker_kind == "outlet"


@dataclass(frozen=True)
class PairScore:
    score: float
    content: float
    speaker: float
    cross_language: bool


def name_spelling(key: str) -> str:
    """A name skeleton (``~…``) as both scripts spell it: Arabic writes Latin "ch" as تش (Charles,
    تشارلز: ``krls`` / ``tsrls``), and an opening "El"/"Al" of a foreign name as the article إل, which
    the skeleton drops (Elizabeth, إليزابيث: ``lsbt`` / ``sbt``). Both sides are folded alike: "ts"
    to "k", an opening "l" dropped; a key of fewer than three letters is left as it is."""
    if not key.startswith("~"):
        return key
    body = key[1:].replace("ts", "k")
    body = body[1:] if body.startswith("l") else body
    return "~" + body if len(body) >= 3 else key


def _matched(sa: set[str], sb: set[str]) -> float:
    """Keys of ``sa`` found in ``sb``: 1 when equal or one name spelt in two scripts
    (:func:`name_spelling`), 0.8 when rapidfuzz ratio ≥ 85 (Arabic morphology)."""
    rest = list(sb - sa)
    spelt = {name_spelling(k) for k in rest if k.startswith("~")}
    exact = fuzzy = 0  # counted, then weighed: a float sum over a set's order differs in its last bits
    for k in sa:
        if k in sb or k.startswith("~") and name_spelling(k) in spelt:
            exact += 1
        elif (
            len(k) >= 4
            and k[0] not in "@~"
            and rest
            and process.extractOne(k, rest, scorer=fuzz.ratio, score_cutoff=85)
        ):
            fuzzy += 1
    return exact + 0.8 * fuzzy


def _soft_dice(a: list[str], b: list[str]) -> tuple[float, float]:
    """Soft Dice and containment of two key lists (symmetric)."""
    sa, sb = set(a), set(b)
    if not sa or not sb:
        return 0.0, 0.0
    matched = min((_matched(sa, sb) + _matched(sb, sa)) / 2, min(len(sa), len(sb)))
    return 2 * matched / (len(sa) + len(sb)), matched / min(len(sa), len(sb))


def content_similarity(a: ClaimSide, b: ClaimSide) -> float:
    """Shared meaning of two contents in [0, 1], calibrated (square root) so paraphrases reach ~0.82."""
    cross = a.language != b.language
    ka, kb = (a.crossing, b.crossing) if cross else (a.keys, b.keys)
    if a.kind == b.kind == "event":  # two calls share their frame word for word: compare what was discussed
        key = crossing_keys if cross else content_keys
        ta, tb = key(a.topic), key(b.topic)
        if len(ta) >= 3 and len(tb) >= 3:
            ka, kb = ta, tb
    names = {"~" + x for x in (a.speaker_surname, b.speaker_surname) if x}
    if cross and names:  # the speaker's own name in the text is scored by speaker agreement, not twice
        ka, kb = [k for k in ka if k not in names] or ka, [k for k in kb if k not in names] or kb
    dice, contain = _soft_dice(ka, kb)
    weak = weak_wording(dice, contain, len(set(ka)), len(set(kb))) and not a.values & b.values
    if cross:
        sim = 0.6 * dice + 0.4 * contain
    else:
        sort = fuzz.token_sort_ratio(" ".join(ka), " ".join(kb)) / 100
        sim = 0.45 * dice + 0.3 * contain + 0.25 * sort
    sim = min(sim, 1.0) ** 0.5
    if numbers_conflict(a.numbers, b.numbers):
        sim *= MISMATCH_PENALTY
    if a.negated != b.negated:
        sim *= MISMATCH_PENALTY
    if a.directions and b.directions and not a.directions & b.directions:
        sim *= MISMATCH_PENALTY  # "raised its rates" / "held its rates"
    if times_differ(a.times, b.times):
        sim *= MISMATCH_PENALTY  # "planned for Tuesday" / "scheduled for 17:00"
    if weak:
        sim *= MISMATCH_PENALTY
    return sim


def weak_wording(dice: float, contain: float, na: int, nb: int) -> bool:
    """Whether two contents share too little wording to be one statement on its strength alone:
    a Dice overlap under ``WEAK_DICE`` (a short sentence whose few words recur inside a longer,
    different one: "Putin will talk to Trump on Monday" / "European leaders talked to Trump ahead of
    Monday's call with Putin"), or fewer than ``MIN_SHARED_KEYS`` keys in common ("the conversation
    is being prepared" / "the meeting should be prepared"). Square-root calibration lifts such pairs
    to a suggestion; a specific value both state (a figure other than a year, a day, a clock time)
    is the evidence that keeps them (``content_similarity``)."""
    shorter = min(na, nb)
    matched = contain * shorter
    # a hair of tolerance: ``matched`` comes back through a division, and 1.6 must stay 1.6
    return dice < WEAK_DICE - 1e-9 or matched < 0.8 * min(MIN_SHARED_KEYS, shorter) - 1e-9


def places_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both contents name countries or territories and share none: they speak of different things
    ("the situation in Gaza and Yemen" / "the situation in Syria"). A side naming none never differs."""
    return bool(a and b and not a & b)


def numbers_conflict(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> bool:
    """Whether two claims state different values for one quantity.

    Numbers are compared where both sides have them: a value on one side only (a dateline's date, a
    figure one outlet restates) is no contradiction. A value of ``a`` missing from ``b`` contradicts
    when ``b`` has a value of its own in the same slot (a neighbouring word in common: "cut by 2
    million" / "cut by 1 million"), or when the two sides share no value at all. Years are the
    context of a figure, not a figure: two monthly releases of one template share "2025 … 2024",
    and their figures (1.85 % and 1.87 %) still make them two claims.
    """
    if not a or not b:
        return False
    figures_a = {v for v in a if not is_year(v)}
    figures_b = {v for v in b if not is_year(v)}
    if figures_a and figures_b and not figures_a & figures_b:
        return True
    only_a = {v: s for v, s in a.items() if v not in b}
    only_b = {v: s for v, s in b.items() if v not in a}
    if not only_a or not only_b:
        return False
    if len(only_a) == len(a) and len(only_b) == len(b):
        return True
    slots_b = frozenset().union(*only_b.values())
    return any(s & slots_b for s in only_a.values())


_PARTICLES = frozenset({"بن", "ابن", "بنت", "ال", "bin", "ibn", "bint", "al", "el"})
# Head nouns of organisation names: two organisations are one only with the same head noun
# ("وكالة الأنباء القطرية" and "وزارة الخارجية القطرية" share only a nationality adjective).
ORG_HEADS = frozenset(
    stem(t)
    for t in tokens(
        "وكالة وزارة هيئة مجلس ديوان الديوان مكتب مركز منظمة جامعة رئاسة مديرية دائرة بنك البنك المصرف "
        "مصرف لجنة اللجنة حركة حزب جيش الجيش شركة صندوق سفارة قيادة الوكالة الوزارة الهيئة المجلس "
        "agency ministry office council department bank committee organization organisation authority "
        "army movement party company fund embassy commission board court union"
    )
)


def _is_nisba(token: str) -> bool:
    """A definite Arabic relational adjective (القطري, القطرية): a nationality, or a surname."""
    return token.startswith("ال") and (token.endswith("ي") or token.endswith("يه")) and len(token) > 4


@lru_cache(maxsize=100_000)
def _name_tokens(name: str) -> list[str]:
    """A person's name words (stems; roles dropped). A nationality after roles alone is no name:
    in "وزير الخارجية القطري" the last word says which country, not who."""
    out = [stem(t) for t in tokens(name) if len(t) > 1 and stem(t) not in ROLE_WORDS and t not in ROLE_WORDS]
    words = [t for t in tokens(name) if len(t) > 1 and stem(t) not in ROLE_WORDS and t not in ROLE_WORDS]
    if len(words) == 1 and _is_nisba(words[0]) and len(tokens(name)) > 1:
        return []
    return out


def _initials(name: list[str]) -> str:
    return "".join(t[0] for t in name) if len(name) >= 2 else ""


@lru_cache(maxsize=100_000)
def _org_parts(name: str) -> tuple[str, frozenset[str]] | None:
    """(head noun, other words) of an organisation's name, or None when it is not one.

    The head noun leads in Arabic (وزارة الخارجية); in English it may stand anywhere (Foreign
    Ministry, Ministry of Health, the Health Ministry in Gaza).
    """
    stems = [stem(t) for t in tokens(name) if t not in AR_STOP and t not in EN_STOP]
    if not stems:
        return None
    if stems[0] in ORG_HEADS:
        return stems[0], frozenset(stems[1:])
    if not is_arabic(name):
        for i, s in enumerate(stems):
            if s in ORG_HEADS:
                return s, frozenset(stems[:i] + stems[i + 1 :])
    return None


def _orgs_agree(a: str, b: str) -> bool | None:
    """Organisation names: same head noun and one's other words within the other's.

    None when neither is an organisation's name; when only one is, only an acronym agrees (IMF).
    """
    pa, pb = _org_parts(a), _org_parts(b)
    if pa is None and pb is None:
        return None
    if pa is None or pb is None:
        ta, tb = _name_tokens(a), _name_tokens(b)
        return (len(ta) == 1 and ta[0] == _initials(tb)) or (len(tb) == 1 and tb[0] == _initials(ta))
    return pa[0] == pb[0] and (pa[1] <= pb[1] or pb[1] <= pa[1])


@lru_cache(maxsize=100_000)
def translit_key(name: str) -> str:
    """A name across scripts: the consonant skeletons of its words, titles and particles dropped, run together.

    ``عبد الله بن زايد آل نهيان`` and ``Abdullah bin Zayed Al Nahyan`` both give ``bdlsdn``: word
    boundaries (عبد الله / Abdullah) and one-letter skeletons (نهيان → n) no longer decide.
    """
    words = [
        t for t in tokens(name)
        if t not in ROLE_WORDS and stem(t) not in ROLE_WORDS and t not in _PARTICLES and not _is_nisba(t)
    ]  # fmt: skip
    return "".join(skeleton(t) for t in words)


def translit_agree(a: str, b: str) -> bool:
    """Two spellings of one name: equal keys, or one key the start of the other (a name and its fuller form)."""
    ka, kb = translit_key(a), translit_key(b)
    if len(ka) < 4 or len(kb) < 4:
        return False
    if ka == kb or ka.startswith(kb) or kb.startswith(ka):
        return True
    # the article inside a compound name is written in Latin script (Abdul-Rahim), assimilated in Arabic
    la, lb = ka.replace("l", ""), kb.replace("l", "")
    return len(la) >= 4 and len(lb) >= 4 and (la == lb or la.startswith(lb) or lb.startswith(la))


def names_agree(a: str, b: str) -> bool:
    """Two names of one speaker.

    Organisations: same head noun, and one's remaining words within the other's. Persons: they share
    the surname (last word of either), one is the other's initials, or their transliteration keys agree.
    """
    orgs = _orgs_agree(a, b)
    if orgs is not None:
        return orgs
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:  # a role with no name ("وزير الخارجية القطري"): only the same description agrees
        return bool(set(tokens(a)) and set(tokens(a)) == set(tokens(b)))
    if _given_names_differ(ta, tb):
        return False
    shared = set(ta) & set(tb)
    if shared and (ta[-1] in shared or tb[-1] in shared):
        return True
    if (len(ta) == 1 and ta[0] == _initials(tb)) or (len(tb) == 1 and tb[0] == _initials(ta)):
        return True
    return translit_agree(a, b)


def _given_names_differ(ta: list[str], tb: list[str]) -> bool:
    """Two full names (two words or more besides particles) whose first words appear nowhere in the
    other: one family, two persons (فهد بن علي آل ناصر / سعيد بن خالد آل ناصر; Laila and Omar
    Haddad). A surname alone, or a full name with a word before it ("Egyptian Badr X" / "Badr X"),
    says nothing against."""
    wa = [t for t in ta if t not in _PARTICLES]
    wb = [t for t in tb if t not in _PARTICLES]
    if len(wa) < 2 or len(wb) < 2:
        return False
    return wa[0] not in wb and wb[0] not in wa


def names_speaker(event: ClaimSide, claim: ClaimSide) -> bool:
    """Whether an event sentence names the speaker of ``claim``.

    Named: a glossary concept of an organisation's name (لجنة = Committee), the surname (three
    letters or more of skeleton), or a run of the sentence's words, titles and particles skipped,
    spelling the start of the name (عبد الله بن زايد for عبدالله بن زايد آل نهيان; five letters or
    more over two words at least, so a shared first name such as عبدالرحمن alone names no one), or
    the first name right after a title ("Sheikh Abdullah", the Gulf's usual short form).
    """
    if {k for k in claim.speaker_keys if k.startswith("@")} & event.neutral_set:
        return True
    toks = event.toks
    words = [t for t in toks if t not in ROLE_WORDS and stem(t) not in ROLE_WORDS and t not in _PARTICLES]
    skeletons = [skeleton(t) for t in words]
    surname = claim.speaker_surname
    if len(surname) >= 3 and surname in skeletons:
        return True
    first = _first_name(claim.speaker)
    if len(first) >= 3 and any(  # a title and the first name: "Sheikh Abdullah", "الشيخ عبدالله"
        skeleton(t) == first and _is_role(prev) for prev, t in zip(toks, toks[1:], strict=False)
    ):
        return True
    for name in (claim.speaker, *claim.aliases):
        for key, drop in ((translit_key(name), ""), (translit_key(name).replace("l", ""), "l")):
            if len(key) < 5:  # the second key: the article assimilated inside a name (عبد الرحمن)
                continue
            for i in range(len(skeletons)):
                run = ""
                for n, sk in enumerate(skeletons[i : i + 5], 1):
                    run += sk.replace(drop, "") if drop else sk
                    if not key.startswith(run):
                        break
                    if run == key or (n >= 2 and len(run) >= 5):
                        return True
    return False


def speaker_agreement(a: ClaimSide, b: ClaimSide) -> float:
    """1.0 same speaker, ``DISAGREEING_SPEAKER`` another one, ``NEUTRAL_SPEAKER`` when it cannot tell.

    An event sentence (the outlet's narration) has no speaker to disagree with; against a speaker's
    claim it agrees only as far as it names that speaker: "the minister discussed the situation in
    Gaza" is not another minister's statement about Gaza (``UNNAMED_SPEAKER``). Within one language
    only: across languages one extractor's narration ("the UAE's top diplomat underscored …") is the
    other's attributed claim.
    """
    if a.speaker_neutral or b.speaker_neutral:
        event, other = (a, b) if a.speaker_neutral else (b, a)
        if other.speaker_neutral or event.kind != "event" or a.language != b.language:
            return NEUTRAL_SPEAKER  # across languages the extractors differ in what they attribute
        return NEUTRAL_SPEAKER if names_speaker(event, other) else UNNAMED_SPEAKER
    if a.speaker_id is not None and a.speaker_id == b.speaker_id:
        return 1.0
    names_a, names_b = (a.speaker, *a.aliases), (b.speaker, *b.aliases)
    if a.language != b.language:
        if any(translit_agree(x, y) for x in names_a for y in names_b):
            return 1.0
        if _joint_member_agrees(a.speaker, b.speaker, translit_agree):
            return 1.0
        shared = a.speaker_keys & b.speaker_keys
        surnames = {a.speaker_surname, b.speaker_surname} | {k for k in shared if k.startswith("@")}
        if shared & surnames:
            return 1.0
        if _acronym_against_name(a, b):
            return UNCOMPARED_SPEAKER
        return UNCERTAIN_SPEAKER if title_fits(a.speaker, b.speaker) else DISAGREEING_SPEAKER
    if any(names_agree(x, y) for x in names_a for y in names_b):
        return 1.0
    if _joint_member_agrees(a.speaker, b.speaker, names_agree):
        return 1.0
    return UNCERTAIN_SPEAKER if title_fits(a.speaker, b.speaker) else DISAGREEING_SPEAKER


@lru_cache(maxsize=1)
def _title_classes() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Class → (title words, mark words), from ``titles.txt`` (normalised)."""
    words: dict[str, set[str]] = {}
    for group, forms in keyed_lines("titles.txt"):
        words.setdefault(group, set()).update(t for f in forms for t in tokens(f))
    return {
        k: (frozenset(v), frozenset(words.get(k + "-mark", ())))
        for k, v in words.items()
        if not k.endswith("-mark")
    }


@lru_cache(maxsize=100_000)
def _bare_title(speaker: str) -> frozenset[str]:
    """The title classes a speaker made of title words alone belongs to ("صاحب الجلالة", "His
    Majesty": royal); empty when any word of it is a name."""
    toks = [t for t in tokens(speaker) if t not in AR_STOP and t not in EN_STOP]
    if not toks:
        return frozenset()
    return frozenset(k for k, (titles, _) in _title_classes().items() if all(t in titles for t in toks))


def title_fits(a: str, b: str) -> bool:
    """One speaker a bare title, the other a name the title fits: the name carries a title word of the
    same class ("King X", "HM X") or its mark (a regnal number: "X VI"), or is a bare title of that
    class too. Neither the same speaker for certain (a court has a king and a crown prince) nor two."""
    for bare, named in ((a, b), (b, a)):
        classes = _bare_title(bare)
        if not classes:
            continue
        toks = set(tokens(named))
        for k in classes:
            titles, marks = _title_classes()[k]
            if toks & (marks | titles):
                return True
    return False


_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")


def _acronym_against_name(a: ClaimSide, b: ClaimSide) -> bool:
    """Two organisations across scripts, one named by a Latin acronym (HCP, IMF) and the other by its
    name's words in Arabic: the letters of the one cannot be read off the other's words, so the two
    are neither the same speaker nor two (a reviewer confirms any cross-language link)."""
    if a.speaker_kind != "organization" or b.speaker_kind != "organization":
        return False
    for x, y in ((a, b), (b, a)):
        if _ACRONYM_RE.fullmatch(x.speaker.strip()) and is_arabic(y.speaker) and not is_arabic(x.speaker):
            return True
    return False


def _members(speaker: str) -> list[str]:
    return [m for m in (x.strip() for x in speaker.split(" + ")) if m]


def _joint_member_agrees(a: str, b: str, agree: Callable[[str, str], bool]) -> bool:
    """A joint speaker ("X + Y": "the two ministers stressed …") and X, or another pair with X: the
    same words said by X with someone. Which call or meeting it was is the anchors' question
    (``anchors.conflict``: another counterpart, another day), not the speaker's."""
    if " + " not in a and " + " not in b:
        return False
    return any(agree(x, y) for x in _members(a) for y in _members(b))


def _is_role(token: str) -> bool:
    return token in ROLE_WORDS or stem(token) in ROLE_WORDS


@lru_cache(maxsize=100_000)
def _first_name(name: str) -> str:
    """Skeleton of the first name word (roles and particles dropped)."""
    words = [t for t in tokens(name) if not _is_role(t) and t not in _PARTICLES]
    return skeleton(words[0]) if words else ""


@lru_cache(maxsize=100_000)
def _surname(name: str) -> str:
    words = [t for t in tokens(name) if t not in ROLE_WORDS and stem(t) not in ROLE_WORDS]
    return skeleton(words[-1]) if words else ""


def unplaced_repeat(a: ClaimSide, b: ClaimSide, content: float = 0.0) -> bool:
    """Two event sentences whose shared words recur on every occasion of their kind, and no day
    places on one: a bare call frame ("X received a phone call from Y", nothing of what was said) on
    either side, with no day on both that agrees; or a scheduled session on either side ("its weekly
    meeting"), with no date on both that agrees (one weekday recurs with the schedule). The same
    call or session told by two outlets names its day on both, or says what was discussed."""
    if a.kind != "event" or b.kind != "event" or content >= VERBATIM:
        return False  # word for word: one text (an agency copy, the outlet's own update), told once
    if (a.periodic or b.periodic) and not on_one_day(a.event, b.event, bare_weekdays=False):
        return True
    return (a.bare_frame or b.bare_frame) and not on_one_day(a.event, b.event)


PREFILTER_DICE = 0.2  # real paraphrases reach suggestions from 0.2 (0.3 cut one scoring 0.71); fixture pairs ≥ 0.6


def quick_overlap(a: ClaimSide, b: ClaimSide) -> float:
    """Dice of the language-neutral key sets: a cheap bound to skip hopeless candidates before scoring.

    On the pairs fixture every true pair the scorer accepts has ≥ 0.6 (tests/claims/test_linking_scoring.py).
    """
    x, y = a.neutral_set, b.neutral_set
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def score_pair(a: ClaimSide, b: ClaimSide) -> PairScore:
    """The same-claim score of two claims (symmetric)."""
    content = content_similarity(a, b)
    if conflict(a.event, b.event) or unplaced_repeat(a, b, content):
        content *= ANCHOR_PENALTY
    own = a.event.own | b.event.own  # the speaker's own country: his, whatever he speaks of
    if places_differ(a.places - own, b.places - own):
        content *= PLACE_PENALTY
    speaker = speaker_agreement(a, b)
    return PairScore(round(content * speaker, 4), round(content, 4), speaker, a.language != b.language)
