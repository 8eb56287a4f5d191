"""Who is the subject of an English cue: several readings of the words before the verb, scored.

``spans.subject_start`` gives one reading of the subject (the last comma-separated noun phrases
before the verb). Real pages write subjects it misreads, and each misreading has a shape:

- a relative clause with commas of its own (``X, who lost her son in Leeds, Yorkshire, in May,
  said``): the last comma part is inside the relative clause, the subject is the phrase before
  ``, who``;
- a capitalised opener glued to the name (``Even X, a loyal ally, said``, ``After X argued that``):
  the sentence's first word is capitalised only because it opens the sentence, and the article
  writes it in lower case elsewhere (or it is a function word): no part of a name;
- an introductory phrase before an ``and said`` subject (``In an interview on Monday, the
  senator criticised … and said``): the subject opens after the comma that closes it.

Each reading is a candidate token range with features — what it can be (a name's shape, a title
before a name, an organisation or collective head, a pronoun) and what it cannot be (a phrase
inside a relative clause, an opener glued to a name, a possessive that owns the head noun, a
lower-case clause) — and the best is kept with its margin over the runner-up, which goes into the
claim's confidence. Only the chosen range is resolved (resolving registers names), so a rejected
reading leaves no trace in the registry.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from typing import Final

from claims.extract.english import lexicon as lx
from claims.extract.english.noun_phrases import is_cap, is_title, name_span, possessive
from claims.extract.english.tokens import Tok
from claims.extract.english.verbs import finite_ed

OPENERS: Final = lx.CLAUSE_OPENERS  # "After", "Even": a sentence opener, never part of a name after it
_RELATIVES: Final = frozenset(["who", "which", "whose", "whom"])
_SUBORDINATORS: Final = frozenset(
    ["while", "whereas", "when", "although", "though", "as", "since", "because"]
)


@dataclass(frozen=True)
class Choice:
    """The chosen subject range ``toks[start:end]``, its score margin over the runner-up reading
    (None when only one reading existed), and which reading won."""

    start: int
    end: int
    margin: float | None
    reading: str


@dataclass(frozen=True)
class _Candidate:
    reading: str
    start: int
    end: int
    score: float


def choose_subject(toks: list[Tok], lb: int, subj: int, left: int, lower_words: Container[str]) -> Choice:
    """The best reading of the subject before a cue: ``toks[subj:left]`` is the parser's reading,
    ``lb`` where the clause may start (after a dateline or a quotation), ``lower_words`` the words
    the article writes in lower case (evidence that a capitalised opener is no name)."""
    candidates = [_Candidate("parser", subj, left, _score(toks, subj, left, lb, lower_words))]
    rel = _relative_before(toks, lb, left)
    if rel is not None:
        a, b = rel
        candidates.append(_Candidate("before-relative", a, b, _score(toks, a, b, lb, lower_words) + 0.5))
    if _glued_opener(toks, subj, left, lb, lower_words):
        candidates.append(
            _Candidate("without-opener", subj + 1, left, _score(toks, subj + 1, left, lb, lower_words))
        )
    last = _after_intro(toks, lb, subj, left)
    if last is not None:
        # after an introductory phrase the subject is the last comma part: "…, Sussex, Harlow says"
        score = _score(toks, last, left, lb, lower_words) + 1.0
        candidates.append(_Candidate("after-intro", last, left, score))
    timed = _after_time_adjunct(toks, lb, subj, left)
    if timed is not None:
        # "In a joint letter on Friday harbour master Ann Cole said": the adjunct closes at its time word
        score = _score(toks, timed, left, lb, lower_words) + 1.0
        candidates.append(_Candidate("after-time-adjunct", timed, left, score))
    if _fronted_word(toks, subj, left, lb):
        # "Afterwards, Rhys Morgan said": the word set off at the sentence's start is no part of the subject
        score = _score(toks, subj + 2, left, lb, lower_words)
        candidates.append(_Candidate("after-fronted-word", subj + 2, left, score))
    named = _trailing_titled_name(toks, subj, left)
    if named is not None:
        score = _score(toks, named, left, lb, lower_words)
        candidates.append(_Candidate("trailing-name", named, left, score))
    if (
        left - 1 > subj
        and toks[left - 1].lw in lx.PRONOUNS
        and toks[left - 2].text.isalpha()
        and not any(is_cap(t) for t in toks[lb : left - 1])
    ):
        # "but when he was refused bail he said": a subordinate clause with no comma, then the subject
        # (with a name in the zone, the old reading finds it: "Clinton beamed as she noted …")
        score = _score(toks, left - 1, left, lb, lower_words)
        candidates.append(_Candidate("last-pronoun", left - 1, left, score))
    if left - 2 > subj and toks[left - 1].lw in lx.PRONOUNS and toks[left - 2].text == ",":
        # "Our harbour, he said, “needs …”": a cue set inside the sentence; the words before the comma
        # are the start of what was said, the pronoun alone is the subject
        score = _score(toks, left - 1, left, lb, lower_words)
        candidates.append(_Candidate("pronoun-after-comma", left - 1, left, score))
    inserted = _inserted_cue_subject(toks, subj, left)
    if inserted is not None:
        # "Mayor Baker, officials said, has grown wary …": the cue sits between the sentence's subject and
        # its verb; the phrase between the comma and the cue is who said it, the words before it what
        score = _score(toks, inserted, left, lb, lower_words) + 2.5
        candidates.append(_Candidate("inserted-cue", inserted, left, score))
    opened = _dash_apposition(toks, subj if subj < left - 1 and toks[subj].text not in _DASHES else lb, left)
    if opened is None and subj > lb:
        opened = _dash_apposition(toks, lb, left)
        subj = lb if opened is not None else subj
    if opened is not None:
        # "The panel - also comprising judges A, B and C - said": the dashes close an apposition right
        # before the cue; the subject is the phrase before them, never a name listed inside
        score = _score(toks, subj, opened, lb, lower_words) + 2.0
        candidates.append(_Candidate("before-dashes", subj, opened, score))
    head = _name_before_apposition(toks, lb, subj, left)
    if head is not None:
        # "Hale, during a town hall in Dayton, Ohio, said", "Ben Loft, a nominal Republican who voted …,
        # said": the name opening the clause, not a word of the phrase set off after it
        candidates.append(_Candidate("before-apposition", head[0], head[1], _score(toks, *head, lb, lower_words)))
    during = _name_before_participle(toks, lb, left)
    if during is not None:
        # "Minister Asad Malik while talking to the radio station said": the participle phrase is when he
        # said it, never who said it
        score = _score(toks, *during, lb, lower_words) + 2.0
        candidates.append(_Candidate("before-while", during[0], during[1], score))
    roled = _name_before_role(toks, lb, subj, left)
    if roled is not None:
        # "Okafor, managing editor of Lagoon Weekly Newspapers said:": the closing comma left out, the
        # parser's reading is the body's tail; the name before the role is who speaks
        score = _score(toks, *roled, lb, lower_words) + 2.0
        candidates.append(_Candidate("before-role", roled[0], roled[1], score))
    if len(candidates) == 1:
        return Choice(subj, left, None, "parser")
    candidates.sort(key=lambda c: c.score, reverse=True)
    best, runner_up = candidates[0], candidates[1]
    return Choice(best.start, best.end, round(best.score - runner_up.score, 3), best.reading)


_DASHES: Final = ("-", "—", "–")


def _dash_apposition(toks: list[Tok], lb: int, left: int) -> int | None:
    """``The panel - also comprising judges A, B and C - said``: a dash right before the cue closing a
    phrase another dash opened, after a phrase of its own: where the opening dash stands (else None)."""
    if left - lb < 5 or toks[left - 1].text not in _DASHES:
        return None
    mark = toks[left - 1].text
    opened = next((x for x in range(left - 2, lb, -1) if toks[x].text == mark), None)
    if opened is None or opened - lb < 1 or opened + 1 >= left - 1:
        return None
    if any(t.text in _DASHES for t in toks[lb:opened]):
        return None
    if _clause_inside(toks, opened + 1, left - 1) or any(predicate_verb(t) for t in toks[opened + 1 : left - 1]):
        return None  # "As the Post—even the devil can quote figures—observed": an aside, no apposition
    return opened


_FINITE_AUX: Final = frozenset(
    "is are was were has have had will would can could should may might must does did do".split()
)


def predicate_verb(tok: Tok) -> bool:
    """A lower-case finite verb that can carry a clause's predicate (``has``, ``would``, ``grew``)."""
    return tok.text.islower() and (tok.lw in _FINITE_AUX or finite_ed(tok))


def _inserted_cue_subject(toks: list[Tok], subj: int, left: int) -> int | None:
    """``Mayor Baker, officials said, has grown wary``: the cue word at ``left`` is set off by a comma and
    a finite verb of the sentence follows it — the cue is inserted into someone else's clause. The
    speaker is the last comma part before the cue (one to six words, no quotation mark), never the
    sentence's subject before that comma."""
    if left + 2 >= len(toks) or toks[left + 1].text != "," or not predicate_verb(toks[left + 2]):
        return None
    comma = next((x for x in range(left - 1, subj, -1) if toks[x].text == ","), None)
    if comma is None or comma == subj or not 1 <= left - comma - 1 <= 6:
        return None
    if any(not (t.text[:1].isalnum() or t.text in (".", "-")) for t in toks[comma + 1 : left]):
        return None
    return comma + 1


def _score(toks: list[Tok], a: int, b: int, lb: int, lower_words: Container[str]) -> float:
    """How much ``toks[a:b]`` looks like a speaker phrase, and how little like something else."""
    if b <= a:
        return -5.0
    words = toks[a:b]
    score = 0.0
    span = name_span(toks, a, b)
    if span is not None:
        score += 2.0 if span[1] - span[0] >= 2 else 1.2
        if span[0] > a and is_title(toks[span[0] - 1]):
            score += 0.5  # "Rep. Ann Cole": a title right before the name
    last = words[-1].lw
    if last in lx.ORG_WORDS or last in lx.COLLECTIVE_WORDS or last in lx.TITLE_WORDS:
        score += 1.5
    if b - a == 1 and last in lx.PRONOUNS:
        score += 1.5
    # what it cannot be
    if _inside_relative(toks, lb, a):
        score -= 3.0  # "X, who lost her son in Leeds, Yorkshire, said": "Yorkshire" is the clause's
    if _glued_opener(toks, a, b, lb, lower_words):
        score -= 1.5  # "Even X", "After X": the opener is no part of the name
    if possessive(words[-1]):
        score -= 3.0  # "Varley's" owns what follows; it says nothing
    if a > lb and place_pair_comma(toks, a - 1):
        score -= 2.5  # "in Dayton, Ohio": the state of a place, never who speaks
    if a == lb and b - a > 1 and _intro_opener(toks[a]) and any(t.text == "," for t in toks[a:b]):
        score -= 2.0  # "Speaking at a rally in Novi, Michigan, Trump": the intro phrase is no subject
    if _fronted_word(toks, a, b, lb):
        score -= 2.0  # "Afterwards, Rhys Morgan": one word and a comma before a name is an adverb
    if _clause_inside(toks, a, b):
        score -= 2.0  # "After he oversaw the swearing in Mr Justice Cole": a clause, not a phrase
    lower = sum(1 for t in words if t.text[:1].islower() and t.lw not in _NP_GLUE)
    if lower > 3:
        score -= 0.3 * (lower - 3)  # a long lower-case phrase reads as a clause
    return score


def _fronted_word(toks: list[Tok], a: int, b: int, lb: int) -> bool:
    """``Afterwards, Rhys Morgan``: one capitalised word opening the sentence, a comma, then a name that
    runs to the verb. A single word is never an apposition to the name after it (``Cole, 54,`` puts the
    name first), so by its position it is a sentence adverb, whatever the word."""
    if a != lb or b - a < 3 or toks[a + 1].text != ",":
        return False
    first = toks[a].text
    if not (first[:1].isupper() and first.isalpha()) or is_title(toks[a]):
        return False
    if any(t.text == "," for t in toks[a + 2 : b]):
        return False
    # "Yesterday, the Chief Justice indicated": a definite description headed by an office or a body
    head = toks[b - 1].lw
    described = toks[a + 2].lw == "the" and (head in lx.TITLE_WORDS or head in lx.ORG_WORDS)
    return described or name_span(toks, a + 2, b) is not None


_TIME_WORDS: Final = frozenset([*lx.WEEKDAYS, "yesterday", "today", "tonight"])


def _after_time_adjunct(toks: list[Tok], lb: int, subj: int, left: int) -> int | None:
    """``In a joint letter on Friday harbour master Ann Cole …``: an introductory phrase the page wrote
    without its comma ends at its time word; the subject starts after it (a name must follow)."""
    if subj != lb or not _intro_opener(toks[lb]) or any(t.text == "," for t in toks[lb:left]):
        return None
    x = next((x for x in range(lb + 1, left - 1) if toks[x].lw in _TIME_WORDS or _day_part(toks, x)), None)
    if x is None or name_span(toks, x + 1, left) is None:
        return None
    return x + 1


def _day_part(toks: list[Tok], x: int) -> bool:
    """``this morning``, ``last night``, ``Monday evening``: a part of the day its time word names."""
    return toks[x].lw in lx.DAY_PARTS and toks[x - 1].lw in ("this", "last", *_TIME_WORDS)


def _intro_opener(tok: Tok) -> bool:
    """A capitalised word opening an introductory phrase: a preposition or adverb, or a participle
    (``Speaking at …``, ``Addressing …``)."""
    w = tok.lw
    # "Everything", "Nothing": pronouns, never participles
    participle = w.endswith("ing") and not w.endswith("thing") and len(w) > 5 and tok.text[:1].isupper()
    return w in OPENERS or w in lx.INTRO_WORDS or participle


_PLACE_ADVERBS: Final = frozenset(["here", "there", "back", "out", "up", "down", "elsewhere", "over"])


def _place_opener(toks: list[Tok], lb: int) -> bool:
    """``Here in Norwood, Cole …``, ``Back at the quay, Cole …``: a place adverb opening the sentence
    with a preposition of place after it sets a scene; the place is no part of the subject."""
    return (
        toks[lb].lw in _PLACE_ADVERBS
        and toks[lb].text[:1].isupper()
        and lb + 1 < len(toks)
        and toks[lb + 1].lw in lx.LOCATIVE_PREPOSITIONS
    )


def _after_intro(toks: list[Tok], lb: int, subj: int, left: int) -> int | None:
    """``Speaking at a rally in Novi, Michigan, Trump says``: when the parser's reading starts at an
    introductory phrase, the last comma part before the verb (a name) is a reading of its own."""
    if not (_intro_opener(toks[lb]) or _place_opener(toks, lb)):
        return None
    comma = next((x for x in range(left - 1, max(subj, lb + 1) - 1, -1) if toks[x].text == ","), None)
    if comma is None or comma + 1 >= left or name_span(toks, comma + 1, left) is None:
        return None
    return comma + 1


def narrated_verb(tok: Tok) -> bool:
    """A lower-case finite verb by its form: a regular past, an irregular narration verb."""
    w = tok.lw
    return tok.text.islower() and (w in lx.NARRATION_VERBS or finite_ed(tok))


def _trailing_titled_name(toks: list[Tok], a: int, b: int) -> int | None:
    """``After he oversaw the swearing in Mr Justice Cole``: where a title + name that ends the zone
    starts, when a clause comes before it; else None."""
    span = name_span(toks, a, b)
    if span is None or span[1] != b or span[0] <= a:
        return None
    start = span[0]
    while start > a and (is_title(toks[start - 1]) or toks[start - 1].lw in lx.HONORIFICS):
        start -= 1
    if start == span[0] or start <= a or not _clause_inside(toks, a, start):
        return None
    return start


def _clause_inside(toks: list[Tok], a: int, b: int) -> bool:
    """``toks[a:b]`` holds a clause: a finite verb by its form, or a subject pronoun then a lower-case
    word (``he oversaw``)."""
    for x in range(a, b):
        by_next = x + 1 < b and toks[x + 1].lw == "by"
        if narrated_verb(toks[x]) and not by_next and toks[x].lw not in lx.LEADER_PARTICIPLES:
            return True  # "a panel headed by Judge Cole": a participle describing the head, no clause
        if toks[x].lw in _SUBJECT_PRONOUNS and x + 1 < b and toks[x + 1].text[:1].islower():
            return True
    return False


_SUBJECT_PRONOUNS: Final = frozenset(["he", "she", "they", "we", "i"])


_NP_GLUE: Final = frozenset(["the", "a", "an", "of", "for", "and", "in", "at", "on"])


def _relative_before(toks: list[Tok], lb: int, left: int) -> tuple[int, int] | None:
    """``X, who …, said``: the phrase before the first ``, who`` in the subject zone, when the
    relative clause runs on to the verb over commas of its own."""
    rel = next(
        (x for x in range(lb + 1, left - 1) if toks[x].lw in _RELATIVES and toks[x - 1].text == ","), None
    )
    closing = left - 1 if toks[left - 1].text == "," else left
    if rel is None or not any(toks[x].text == "," for x in range(rel + 1, closing)):
        return None
    end = rel - 1
    start = end
    while start > lb and toks[start - 1].text not in (",", ";", ":", "—", "–") and end - start < 10:
        start -= 1
    while start < end and toks[start].lw in lx.INTRO_WORDS and toks[start].text[:1].isupper():
        start += 1  # "But Ann Cole, who …": the conjunction opens the clause, not the name
    return (start, end) if start < end and name_span(toks, start, end) is not None else None


def _inside_relative(toks: list[Tok], lb: int, a: int) -> bool:
    """A ``, who``/``, which`` opened before ``a`` in the same clause and not closed by a cue."""
    return any(toks[x].lw in _RELATIVES and toks[x - 1].text == "," for x in range(max(lb, 1), a))


def _glued_opener(toks: list[Tok], a: int, b: int, lb: int, lower_words: Container[str]) -> bool:
    """The sentence's first word, capitalised only for that, then a capitalised name: ``Even Cole``."""
    if a != lb or b - a < 2 or not toks[a].text[:1].isupper():
        return False
    if toks[a + 1].lw in ("the", "a", "an") and b - a > 2 and toks[a].lw in _SUBORDINATORS:
        return True  # "While the minister lamented …": the opener, then a described subject
    if not is_cap(toks[a + 1]):
        return False
    if is_title(toks[a]) or toks[a].text.isupper():
        return False  # "Senator Cole", "NATO chief …"
    if toks[a].lw in OPENERS or toks[a].lw in lx.INTRO_WORDS:
        return True  # closed-class grammar: "After Cole argued", "Though officials say"
    # a word the article writes in lower case elsewhere, glued to a name that is all the rest
    # ("Even Cole"); "Police Chief Ann Cole" and "White House officials" keep their first word
    return toks[a].lw in lower_words and name_span(toks, a + 1, b) == (a + 1, b)


def place_pair_comma(toks: list[Tok], x: int) -> bool:
    """``in Dayton, Ohio,``, ``from Wilmington, N.C.``: the comma at ``x`` joins a place to its state or
    country — capitalised words after a locative preposition, the comma, then one to three capitalised
    words closed by a comma or the clause's end. Neither side is a subject."""
    if x < 2 or x + 1 >= len(toks) or toks[x].text != "," or not is_cap(toks[x - 1]):
        return False
    k = x - 1
    while k > 0 and x - k < 5 and (is_cap(toks[k - 1]) or (toks[k - 1].text == "." and len(toks[k - 2].text) <= 3)):
        k -= 1  # "in St. Clairsville, Ohio": an abbreviation's full stop is part of the place
    if k == 0 or toks[k - 1].lw not in lx.LOCATIVE_PREPOSITIONS or not toks[k - 1].text.islower():
        return False
    m = x + 1
    while m < len(toks) and m - x <= 3 and (is_cap(toks[m]) or (toks[m].text == "." and len(toks[m - 1].text) <= 3)):
        m += 1
    return m > x + 1 and (m == len(toks) or not toks[m].text[:1].isalnum())


_APPOSITION_OPENERS = frozenset(["a", "an", "the", "who", "during", "in", "at", "on", "speaking", "while"])


def _name_before_apposition(toks: list[Tok], lb: int, subj: int, left: int) -> tuple[int, int] | None:
    """``Hale, during a town hall in Dayton, Ohio, said``, ``Ben Loft, a nominal Republican who voted for
    both parties, said``: a name of its own opening the clause, a comma, then a phrase opened by an
    article, a relative or a preposition that holds a place pair or a relative clause of its own — the
    parser's last comma part is inside that phrase. The name's range, else None."""
    start = intro_end(toks, lb, left)
    comma = next((x for x in range(start + 1, left - 1) if toks[x].text == ","), None)
    if comma is None or subj <= comma or toks[comma + 1].lw not in _APPOSITION_OPENERS:
        return None
    if not toks[comma + 1].text.islower():
        return None
    span = name_span(toks, start, comma)
    if span is None or span[1] != comma:
        return None  # "The 81-year-old Ben Loft,": the part before the comma ends on the name
    inside = range(comma + 1, left)
    rel = next((x for x in inside if toks[x].lw in ("who", "which") and toks[x].text.islower()), left)
    if any(predicate_verb(toks[x]) for x in range(comma + 1, rel)):
        return None  # "Trump, speaking in Charleston, did not mention …, though one of his aides mentioned": a clause
    relative = rel < left
    placed = any(place_pair_comma(toks, x) for x in inside)
    if not (relative or placed):
        return None
    titled = span[0] > start and is_title(toks[span[0] - 1])  # "Vice President Omar Hale": the title goes with him
    return (start if titled else span[0], comma)


_ROLE_PREPOSITIONS: Final = frozenset(["of", "at", "for"])
_WHILE: Final = frozenset(["while", "whilst", "when"])


def _name_before_participle(toks: list[Tok], lb: int, left: int) -> tuple[int, int] | None:
    """``Trade Minister Asad Malik while talking to the radio station said``: a name opening the clause,
    then ``while/whilst/when`` and an ``-ing`` participle with no comma before the cue — the name is the
    subject, the participle phrase an adjunct of time. The name's range (with its title), else None."""
    start = intro_end(toks, lb, left)
    x = next((x for x in range(start + 1, left - 1) if toks[x].lw in _WHILE and toks[x].text.islower()), None)
    if x is None or not (toks[x + 1].text.islower() and toks[x + 1].lw.endswith("ing")):
        return None
    if any(t.text == "," for t in toks[x:left]):
        return None
    span = name_span(toks, start, x)
    if span is None or span[1] != x:
        return None
    return (start if all(is_cap(t) for t in toks[start : span[0]]) else span[0], x)


def _name_before_role(toks: list[Tok], lb: int, subj: int, left: int) -> tuple[int, int] | None:
    """``Okafor, managing editor of Lagoon Weekly Newspapers said``: a name opening the clause, a comma,
    then a lower-case role (at most four words, ending on a title) ``of/at/for`` a capitalised body that
    runs right up to the cue, with no closing comma — the name is the subject, the role its apposition.
    The name's range, else None."""
    start = intro_end(toks, lb, left)
    comma = next((x for x in range(start + 1, left - 1) if toks[x].text == ","), None)
    if comma is None:
        return None
    span = name_span(toks, start, comma)
    if span is None or span[1] != comma:
        return None
    before = [t.lw for t in toks[max(start, span[0] - 2) : span[0]]]
    if before[-1:] == ["of"] or before == ["of", "the"]:
        return None  # "Governor of the Coastal Province, Admiral of …": the first office's field, no name
    prep = next((x for x in range(comma + 2, min(left - 1, comma + 6)) if toks[x].lw in _ROLE_PREPOSITIONS), None)
    if prep is None or not all(t.text.isalpha() and (t.text.islower() or is_title(t)) for t in toks[comma + 1 : prep]):
        return None
    if any(t.text == "," for t in toks[comma + 1 : left]) and not _portfolio_list(toks, prep + 1, left):
        return None
    if toks[comma + 1].lw in ("a", "an", "the"):
        return None  # "… in The Daily Telegraph, a barrister for the Bar Association has told": the role is the subject
    if toks[prep - 1].lw not in lx.TITLE_WORDS and toks[prep - 1].lw not in lx.HEAD_TITLES:
        return None  # "Okafor, fresh from a win at Leeds said": no role
    body = prep + 1 + (toks[prep + 1].lw == "the")
    if body >= left or not all(is_cap(t) or t.lw in ("of", "and", "&", "for", "the", ",") for t in toks[body:left]):
        return None
    titled = span[0] > start and is_title(toks[span[0] - 1])
    return (start if titled else span[0], comma)


def _portfolio_list(toks: list[Tok], a: int, b: int) -> bool:
    """``Minister for Labour, Youth and Sports said``: the office's fields, capitalised words joined by
    commas and a last ``and`` right up to the cue, are one body of the role, never speakers of their own."""
    commas = [x for x in range(a, b) if toks[x].text == ","]
    return bool(commas) and any(t.lw == "and" for t in toks[commas[-1] + 1 : b]) and all(
        is_cap(t) or t.lw in ("and", "&", "of", ",") for t in toks[a:b]
    )


def intro_end(toks: list[Tok], a: int, b: int) -> int:
    """``In an interview on Monday, the senator …``, ``Meeting with Welby, Lorz …``: where the subject opens
    after an introductory phrase (the token after its comma), else ``a``."""
    if a >= b or not _intro_opener(toks[a]):
        return a
    comma = next(
        (x for x in range(a + 1, min(b, a + 14)) if toks[x].text == "," and not place_pair_comma(toks, x)), None
    )
    return comma + 1 if comma is not None and comma + 1 < b else a


def listed_names(toks: list[Tok], lb: int, end: int) -> list[tuple[int, int]] | None:
    """``Norland, Wester, Easter and Souther announced``: three or more capitalised names (one to three
    words each) joined by commas and a final ``and`` right before the cue are all the speakers, not the
    last two the ``and`` joins; the list opens the clause or follows a phrase closed by a comma."""
    items: list[tuple[int, int]] = []
    pos = end
    joined = False
    while True:
        k = pos
        while k > lb and pos - k < 3 and toks[k - 1].text.isalpha() and is_cap(toks[k - 1]):
            k -= 1
        if k == pos or (k > lb and toks[k - 1].text.isalpha() and is_cap(toks[k - 1])):
            return None  # no name, or a longer capitalised run: a title or a name this reading cannot split
        items.append((k, pos))
        if not joined:
            if k - 1 <= lb or toks[k - 1].lw != "and":
                return None
            joined = True
            pos = k - 2 if toks[k - 2].text == "," else k - 1
            continue
        if k <= lb:
            break
        if toks[k - 1].text != ",":
            return None  # "Officials from A, B and C": the names complement a description, which speaks
        before = k - 2
        if before < lb or not (toks[before].text.isalpha() and is_cap(toks[before])):
            break  # "For their part, A, B and C": the comma closes the phrase before the list
        pos = k - 1
    if len(items) < 3 or any(is_title(toks[x]) for a, b in items for x in range(a, b)):
        return None
    return list(reversed(items))
