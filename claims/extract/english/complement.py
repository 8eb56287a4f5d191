"""English complements: where the content after a reporting verb starts and ends.

Time adjuncts, addressees and ``in a statement`` are skipped; verbs that report only with a clause
(``confirmed that …``) give nothing without one, and a stance verb's bare object (``condemned the
attack``) states nothing (guideline §4.4), while its ``as`` judgement does.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from claims.extract.english import lexicon as lx
from claims.extract.english.flow import noun_reading
from claims.extract.english.noun_phrases import EnCtx, is_cap
from claims.extract.english.spans import ADJUNCT_STARTS, CLAUSE_END, DAYS, QUOTES, infinitive
from claims.extract.english.speaker_candidates import narrated_verb
from claims.extract.english.tokens import START, Tok
from claims.extract.english.verbs import CLAUSE_STOP, addressee_end, finite_ed
from claims.extract.english.words import ARTICLES, POSSESSIVE_PRONOUNS


def clause_limit(toks: list[Tok], k: int, later: list[int], end: int) -> int:
    """Content runs to the sentence end, or to the coordination before a later finite cue
    (``say that … pledged delegates alone, and they say …``: the first later cue may be no verb at all).
    A narrator's twist (``…, only to be told …``, ``…, only to find …``) ends it too: what befell the
    speaker next, never his words."""
    twist = _twist_start(toks, k)
    if twist is not None:
        end = min(end, twist)
    for nxt in later:
        m = nxt - 1
        while m > k and (
            toks[m].lw in lx.PRONOUNS
            or toks[m].lw in lx.AUXILIARIES
            or toks[m].lw in ("and", "but")
            or toks[m].text == ","
        ):
            m -= 1
        if m < nxt - 1 and any(toks[x].lw in ("and", "but") for x in range(m + 1, nxt)):
            return toks[m + 1].start
        if (
            nxt > k + 3
            and toks[nxt].lw in lx.REPORTING_VERBS
            and toks[nxt - 1].lw in lx.PRONOUNS
            and toks[nxt - 2].lw in _SUBORDINATE
            and toks[nxt - 3].text.isalnum()
            and toks[nxt - 3].lw not in _NOT_BEFORE_SUBORDINATE  # "say that, even if they thought …, …"
        ):
            # "urged the board to act as he claimed the quay …": a subordinate clause with its own cue and
            # subject is a new statement; the request ends before it
            return toks[nxt - 3].end
        if toks[nxt - 1].lw in lx.PRONOUNS:
            # "guaranteed … but when he was refused bail he said …": the conjunction before a subordinate
            # clause that leads to the next cue's subject ends this content
            x = next(
                (
                    x
                    for x in range(nxt - 2, max(k + 2, nxt - 14), -1)
                    if toks[x].lw in ("and", "but") and toks[x + 1].lw in _SUBORDINATE
                ),
                None,
            )
            if x is not None:
                return toks[x - 1].start if toks[x - 1].text == "," else toks[x].start
    return end


def _twist_start(toks: list[Tok], k: int) -> int | None:
    """Where ``, only to <verb>`` begins after the cue at ``k``, else None."""
    for x in range(k + 1, len(toks) - 2):
        if toks[x].text == "," and toks[x + 1].lw == "only" and toks[x + 2].lw == "to":
            return toks[x].start
    return None


_NOT_BEFORE_SUBORDINATE: Final = frozenset(["that", "even", "and", "but", "or", "just"])
_SUBORDINATE: Final = frozenset(["when", "after", "before", "once", "as", "if", "while", "because", "since"])


CLAIMED_ACTS: Final = frozenset(["responsibility", "credit"])  # "claimed responsibility": an act (events too)


def _made_clear(toks: list[Tok], m: int, limit: int) -> bool:
    """``made it clear``, ``makes plain``: a phrasal report whose verb has no ``-ed`` of its own."""
    if toks[m].lw not in ("made", "makes") or m + 2 >= limit:
        return False
    nxt = toks[m + 1].lw
    return nxt in ("clear", "plain") or (nxt == "it" and toks[m + 2].lw in ("clear", "plain"))


_BEFORE_DEMONSTRATIVE_THAT: Final = frozenset(
    ["at", "in", "on", "by", "of", "for", "with", "from", "after", "before", "since", "until", "like", "so", "such"]
)
_SAY_LEMMAS: Final = frozenset(["say", "add"])
_CLAUSE_DETERMINERS: Final = ARTICLES | POSSESSIVE_PRONOUNS | {"many", "some", "most", "all", "several", "few", "no"}


def _relative_that(tok: Tok) -> bool:
    """The word after ``that`` makes it a relative pronoun (a complementiser is followed by its clause's
    subject): an auxiliary (``a budget that had …``), or a reporting verb whose antecedent is a text
    (``the report that said …``). An ``-ed`` word may be the subject's adjective (``its view that closed
    games …``): not read as a verb here."""
    if not tok.text.islower():
        return False
    return tok.lw in lx.AUXILIARIES or (tok.lw in lx.REPORTING_VERBS and tok.lw.endswith(("ed", "said")))


def content_start(ctx: EnCtx, toks: list[Tok], j: int, end: int, lemma: str) -> int | None:
    """Skip adjuncts (``on Monday``, ``in a statement``, ``to reporters``, the addressee of ``told``)."""
    limit = bisect_left(toks, end, key=START)
    if lemma in lx.CLAUSE_ONLY and infinitive(toks, j):
        return None  # "hopes to make the case to women that …": an intention, not a statement
    if lemma == "hint" and j + 1 < limit and toks[j].lw == "at" and toks[j + 1].lw.endswith("ing"):
        return toks[j + 1].start  # "hinted at extending the curfew": what the hint was
    if lemma == "continue":  # "continued that …", "…, he continued, “…”"; never "continued her campaign"
        m = j
        while m < limit and toks[m].text == ",":
            m += 1
        if m >= limit or not (toks[m].lw == "that" or toks[m].text == ":" or toks[m].text in QUOTES):
            return None
    if lemma in lx.JUDGEMENT_VERBS:  # the scan for "as" only for the verbs it concerns
        if not any(toks[x].lw == "as" for x in range(j + 1, min(limit - 1, j + 10))):
            return None  # "identified the body", "cited a ruling that …": no judgement, nothing reported
    if lemma == "appeal":  # "issued a warning | to anglers …", "appealed for | calm" (frames.py)
        return appeal_start(toks, j, limit)
    if lemma in lx.REQUEST_VERBS and not _request(toks, j, limit):
        return None  # "asked about the fire", "requested a delay": no words reported
    if lemma == "question":  # "questioned why the report was late": the question is the content
        return toks[j].start if j < limit and toks[j].lw in ("why", "whether", "how") else None
    if lemma == "rule":  # "ruled out the involvement of …": a denial; the particle belongs to the cue
        if j < limit and toks[j].lw == "that":
            return toks[j].start  # "the court ruled that …": the finding is what it said
        if j + 1 >= limit or toks[j].lw != "out":
            return None
        j += 1
    if lemma == "expect" and not (j < limit and toks[j].lw == "that"):
        return None  # "expected a rise", "is expected to …": only "expected that …" states a belief
    if lemma == "make":  # "made it clear (to them) that …": "it clear" belongs to the cue
        if j < limit and toks[j].lw in ("clear", "plain"):
            j -= 1  # "made clear (its view) that …": no "it" before the adjective
        elif j + 1 >= limit or toks[j].lw != "it":
            return None
        j += 2
        if not any(toks[m].lw == "that" or toks[m].text == ":" for m in range(j, min(limit, j + 6))):
            return None  # "made it clear in the statement" with no clause: nothing reported
    if lemma == "point":  # "pointed out (that) …": the particle belongs to the cue
        if j + 1 < limit and toks[j].lw == "to" and _pointed_to_clause(toks, j + 1, limit):
            return toks[j + 1].start  # "pointed to the audit he ordered, which found …": what it shows
        if j >= limit or toks[j].lw != "out":
            return None
        j += 1
        if j < limit and toks[j].text == ",":
            j += 1
    if lemma == "call" and j < limit and toks[j].lw not in ("on", "for", "upon") and _summons(toks, j, limit):
        return None  # "called the witness to give evidence": a summons, no statement
    if lemma == "call" and j < limit and _convenes(toks, j, limit):
        return None  # "called a 4pm press conference", "called a snap election": an act, no statement
    if lemma == "claim" and j < limit and toks[j].lw in CLAIMED_ACTS:
        return None  # "claimed responsibility for the fire that …": an act, not a statement (the "that" is the fire's)
    # "said Thursday during a taping of a town hall in Buffalo, New York, that …": an adjunct chain
    # (opened by a time word or a preposition) may run long before its complementiser
    reach = _ADJUNCT_REACH if j < limit and (toks[j].lw in ADJUNCT_STARTS or toks[j].lw in DAYS) else 14
    if lemma in lx.REQUEST_VERBS or lemma == "reason":
        reach = 1  # "asked her to pose a question: …", "citing a lack of evidence that …": the object says it
    for m in range(j, min(limit, j + reach)):
        w = toks[m].lw
        if w == "that" and m > j:
            if toks[m - 1].lw in _BEFORE_DEMONSTRATIVE_THAT:
                continue  # "at that time", "so that …": a demonstrative or a purpose clause, no complementiser
            if m + 1 < limit and _relative_that(toks[m + 1]):
                break  # "a budget that had …", "the text that said …": a relative clause inside the content
        if w == "that":
            return toks[m].start
        if m == j and (w in _NOMINATIVE or w == "i" or (lemma in _SAY_LEMMAS and w in _CLAUSE_DETERMINERS)):
            break  # "said he did not think at that time that …", "said many traders sell fish that …":
            # the clause starts right after the cue (say/add take no object before a complementiser)
        if toks[m].text == ":" and m + 1 < limit:
            return toks[m + 1].start
        if (
            (w in lx.REPORTING_VERBS and not noun_reading(toks, m))  # "rejected the reports that …"
            or toks[m].text in CLAUSE_END
            or w in CLAUSE_STOP
            or (finite_ed(toks[m]) and not (m + 1 < limit and toks[m + 1].lw == "by"))  # "a forum organised by …"
            or _made_clear(toks, m, limit)  # "said the governor made it clear that …": a report inside
        ):
            break  # "said staff were exhausted and that …": the complement began before that "that"
    m = j
    while m < limit and toks[m].text == ",":
        m += 1
    while m + 1 < limit and toks[m].lw in DAYS and (toks[m + 1].text == "," or toks[m + 1].text.islower()):
        m += 1  # "said Wednesday, “…”", "said yesterday the players were tired": when, not what
        while m < limit and toks[m].text == ",":
            m += 1
    if lemma in lx.ADDRESSEE_VERBS:
        m = addressee_end(toks, m, limit)
    if m + 1 < limit and toks[m].lw == "as" and toks[m + 1].lw == "follows":
        m += 2  # "It read as follows:" — the words follow the colon
    while m < limit and toks[m].lw in ADJUNCT_STARTS and m + 1 < limit:
        if lemma in lx.INFINITIVE_CLAIMS and infinitive(toks, m):
            break  # "claims to have received it from …, while …": the infinitive is what is claimed
        stop = next(
            (x for x in range(m + 1, min(limit, m + 8)) if toks[x].text == "," and not _in_number(toks, x)),
            None,
        )
        if stop is None:
            if toks[m + 1].lw in DAYS or toks[m].lw == "on":
                m += 2
                continue
            break
        m = stop + 1
    while m < limit and toks[m].text == ",":
        m += 1
    if m + 1 < limit and toks[m].lw == "against" and lemma in _AGAINST_CUES:
        m += 1  # "advised against travel to …": the preposition belongs to the cue (guideline §4.2)
    if m >= limit:
        return None
    if lemma == "express" and (wish := _expressed_wish(toks, m, limit)) is not None:
        return wish  # "expressed his eagerness to “push for pay rises …”": what he is eager to do
    if lemma == "express" and expressed_feeling(toks, m, limit):
        return toks[m].start  # "expressed frustration over …": the feeling voiced is the statement
    if lemma == "express" and _quoted_expression(toks, m, limit):
        return toks[m].start  # "expressed his “gratitude” to …": the quoted word is his, said
    if lemma in lx.CLAUSE_ONLY and (said := _by_saying(toks, m, limit)) is not None:
        return said  # "responded (first) by saying he …": what the participle says is the reply
    if (
        lemma in lx.CLAUSE_ONLY
        and not _toll(toks, m, limit, lemma)
        and not _gerund_clause(toks, m, limit, lemma)
        and toks[m].text not in QUOTES
        and toks[m].text != ":"  # "Hewitt writes:" and the words in the next paragraph
        and not _judged_as(toks, m, limit, lemma)
        and not bare_clause(toks, m, limit)
    ):
        return None
    if lemma in lx.STANCE_VERBS and not infinitive(toks, m) and bare_object(toks, m, limit):
        return None  # "condemned the attack", "complained about parking": a stance, no statement (§4.4)
    if toks[m].lw in _BARE_PRONOUNS and (m + 1 >= limit or toks[m + 1].text in CLAUSE_END):
        return None  # "Estrada denied this.": the pronoun points back, it states nothing of its own
    if toks[m].lw in ("off", "up", "out", "back") and not _quantity_after(toks, m, limit):
        return None  # "called off", "backed up": a phrasal verb, no statement
    if lemma == "call" and toks[m].lw in ("it", "him", "her", "them"):
        return None
    return toks[m].start


def _quantity_after(toks: list[Tok], m: int, limit: int) -> bool:
    """``said out of the 900 clerks …``, ``said up to 40 clerks remain``: the particle opens a quantity,
    the clause the cue reports."""
    nxt = toks[m + 1].lw if m + 1 < limit else ""
    after = toks[m + 2].lw if m + 2 < limit else ""
    return (toks[m].lw, nxt) in (("out", "of"), ("up", "to")) and (after[:1].isdigit() or after in ARTICLES)


def appeal_start(toks: list[Tok], j: int, limit: int) -> int | None:
    """Where an appeal's content starts: after the speech noun of a light verb (``issued a warning`` |
    ``to anglers not to …``), after the preposition of a verb of appealing (``appealed for`` | ``calm``)."""
    if toks[j - 1].lw in lx.APPEAL_VERBS:
        m = j + 1 if j < limit and toks[j].lw in ("for", "to") else j
        return toks[m].start if m < limit else None
    for m in range(j, min(limit - 1, j + 4)):
        if appeal_noun(toks[m].lw, toks[j - 1].lw):
            return toks[m + 1].start
    return None


def appeal_noun(word: str, verb: str) -> bool:
    """``issued an appeal``, ``directed a call``: a noun of appeal after a verb of issuing (``call`` only
    after a verb that sends one out, never ``made a call``, a telephone call)."""
    return word in lx.APPEAL_NOUNS or (word in lx.CALL_NOUNS and verb in lx.CALL_ISSUERS)


def expressed_feeling(toks: list[Tok], m: int, limit: int) -> bool:
    """``expressed (his sincere) condolences to …``, ``expressed frustration over …``: a feeling voiced about
    something or to someone is the subject's statement, though no clause follows; a listed feeling takes
    any preposition, any other noun only one of attitude (``over``, ``at``, ``about``)."""
    for x in range(m, min(limit - 2, m + 4)):
        u = toks[x]
        if not (u.text.isalpha() and u.text.islower()):
            return False
        nxt = toks[x + 1].lw
        if nxt in _FEELING_PREPOSITIONS and (u.lw in lx.FEELING_NOUNS or nxt in _ATTITUDE_PREPOSITIONS):
            return x + 2 < limit and toks[x + 2].text[:1].isalnum()
    return False


def _quoted_expression(toks: list[Tok], m: int, limit: int) -> bool:
    """``expressed (particularly) his “gratitude” to …``: what was expressed opens with a word in quotation
    marks, so the words are the subject's own (an act of thanking alone, ``expressed her thanks``, is none)."""
    for x in range(m, min(limit - 1, m + 4)):
        u = toks[x]
        if u.text in ("“", '"'):
            return toks[x + 1].text[:1].isalpha()
        if not (u.text.isalpha() and u.text.islower()):
            return False
    return False


_FEELING_PREPOSITIONS: Final = frozenset("over at about regarding to for with on in towards".split())
_ATTITUDE_PREPOSITIONS: Final = frozenset("over at about regarding".split())  # any noun: an attitude to something


def _expressed_wish(toks: list[Tok], m: int, limit: int) -> int | None:
    """``expressed (his) eagerness to …``: a possessive or article, one noun, ``to`` and a quotation or a
    verb; the words after ``to`` are the content (the noun belongs to the cue, like ``hope that``)."""
    if m + 3 >= limit or toks[m].lw not in _WISH_DETERMINERS:
        return None
    noun, to, nxt = toks[m + 1], toks[m + 2], toks[m + 3]
    if not (noun.text.isalpha() and noun.text.islower()) or to.lw != "to":
        return None
    if nxt.text in QUOTES and m + 4 < limit:
        return toks[m + 4].start
    return nxt.start if infinitive(toks, m + 2) else None


_WISH_DETERMINERS: Final = frozenset(["his", "her", "their", "its", "the", "a"])
_ADJUNCT_REACH: Final = 26
_BARE_PRONOUNS: Final = frozenset(["this", "that", "it", "so", "them"])


def _in_number(toks: list[Tok], x: int) -> bool:
    """The comma of ``20,000``: digits right before and after it."""
    return (
        0 < x < len(toks) - 1
        and toks[x - 1].text.isdigit()
        and toks[x + 1].text.isdigit()
        and toks[x - 1].end == toks[x].start
        and toks[x].end == toks[x + 1].start
    )
_AGAINST_CUES: Final = frozenset(["advise", "warn", "caution", "urge"])


def _judged_as(toks: list[Tok], m: int, limit: int, lemma: str) -> bool:
    """``dismissed the report as "politically motivated"``: a stance verb's ``as`` judgement is a claim."""
    if lemma not in lx.STANCE_VERBS:
        return False
    return any(toks[x].lw == "as" for x in range(m + 1, min(limit - 1, m + 6)))


def bare_object(toks: list[Tok], m: int, limit: int) -> bool:
    """A noun phrase closing the sentence: no clause (no finite verb, no ``that``, no participle cue), no
    quotation, no ``as …`` judgement or ``for …`` reason (``criticised the attitude of the traders``)."""
    rest = [t for t in toks[m:limit] if t.text[0].isalnum()]
    if len(rest) > 12:
        return False
    if any(_over_reason(toks, x, limit) for x in range(m + 1, limit)):
        return False  # "criticised the minister over the arrest": the grievance is stated
    return not any(
        t.lw in ("as", "for", "that")
        or t.text in QUOTES
        or t.text == ":"
        or t.lw in lx.PARTICIPLE_CUES
        or t.lw in _REASON_PARTICIPLES  # "lamented the mess, citing a lack of money": the stance is argued
        or (t.text.islower() and (t.lw in _CLAUSE_VERBS or finite_ed(t)))
        for t in toks[m:limit]
    )


_REASON_PARTICIPLES: Final = frozenset(["citing"])


def _over_reason(toks: list[Tok], x: int, limit: int) -> bool:
    """``over the arrest of …``, ``over his remarks``: a grievance; never a span of time (``over the
    weekend``, ``over the past year``, ``over two days``) or a place (``over Gaza``, capitalised)."""
    if toks[x].lw != "over" or x + 2 >= limit or toks[x + 1].lw not in _OBJECT_OPENERS:
        return False
    head = toks[x + 2]
    return head.text.isalpha() and head.text.islower() and head.lw not in _SPANS_OF_TIME


_SPANS_OF_TIME: Final = frozenset(
    "weekend past last next years months weeks days hours summer winter spring autumn decade period course "
    "holiday holidays night nights years' coming previous".split()
)


def bare_clause(toks: list[Tok], m: int, limit: int, subjunctive: bool = False) -> bool:
    """``admitted the hospitals were letting patients down``: a clause with no ``that`` is still a statement.

    A short subject (a determiner or pronoun, then at most four plain words) followed by a finite ``be``,
    ``have`` or modal is a clause; ``announced the deal`` (no finite verb after the noun phrase) stays an act.
    """
    if is_cap(toks[m]) and not _in_number(toks, m):
        x = m  # "hoped Lind would be released": a name as the clause's subject, then a finite verb
        while x < limit and x - m < 4 and is_cap(toks[x]):
            x += 1
        return x < limit and toks[x].lw in _CLAUSE_VERBS and toks[x].text.islower()
    if toks[m].lw not in _CLAUSE_SUBJECTS:
        return False
    if subjunctive and _subjunctive_clause(toks, m, limit):
        return True
    if toks[m].lw in _NOMINATIVE and m + 1 < limit and toks[m + 1].text.isalpha() and toks[m + 1].text.islower():
        return True  # "added she supports the plan": "she" is never an object, so a clause has begun
    for x in range(m + 1, min(limit - 1, m + 6)):
        if toks[x].lw in _CLAUSE_VERBS and toks[x].text.islower():
            return x > m + 1 or toks[m].lw in _PRONOUN_SUBJECTS
        if _past_with_object(toks, x, limit) and (x > m + 1 or toks[m].lw in _PRONOUN_SUBJECTS):
            return True  # "confirmed it closed the quay", "added the firm stopped paying"
        if not toks[x].text.isalpha() or toks[x].lw in lx.REPORTING_VERBS:
            return False
    return False


def _subjunctive_clause(toks: list[Tok], m: int, limit: int) -> bool:
    """``the case be adjourned``, ``the board be dissolved``: a short subject (a determiner, at most three
    plain words), then a bare ``be`` with a participle after it, the mandative subjunctive."""
    for x in range(m + 1, min(limit - 1, m + 5)):
        if toks[x].lw == "be":
            return x > m + 1 and toks[x + 1].text.isalpha() and toks[x + 1].text.islower()
        if not toks[x].text.isalpha():
            return False
    return False


def _toll(toks: list[Tok], m: int, limit: int, lemma: str) -> bool:
    """``announced the death of two men``, ``reported four people killed``: a toll the source counted is its
    statement (the outlet does not vouch for it, events._reports_toll), though no clause follows."""
    toll = toks[m : min(limit, m + 10)]
    return lemma in ("announce", "report") and any(t.lw in lx.CASUALTY_WORDS for t in toll)


_POINTED_REACH: Final = 12


def _pointed_to_clause(toks: list[Tok], m: int, limit: int) -> bool:
    """``pointed to the ruling he obtained, which halted …``: ``pointed to`` reports a statement (the wire's
    rendering of a verb of indicating) when its object carries a clause of its own, a finite past verb before
    the clause ends; ``pointed to the door``, ``pointed to the availability of weapons``, ``points to the
    pickle a candidate might be in`` (a conjecture, no fact told) state nothing."""
    if not toks[m].text[:1].isalnum():
        return False
    for x in range(m + 1, min(limit, m + _POINTED_REACH)):
        u = toks[x]
        if u.text in (";", ":") or u.text in QUOTES:
            return False
        if u.text.islower() and finite_ed(u):
            return True  # a past the speaker tells ("he obtained", "which halted"), not a conjecture
    return False


_GERUND_CUES: Final = frozenset(["reveal", "disclose", "announce", "confirm", "admit", "acknowledge", "uncover"])
_GERUND_OBJECTS: Final = frozenset(
    "the a an its their his her our this these those some all more over around about nearly almost".split()
)


def _gerund_clause(toks: list[Tok], m: int, limit: int, lemma: str) -> bool:
    """``has revealed issuing over 800 rulings``, ``admitted taking the money``: a verb of disclosure with an
    -ing clause whose understood subject is the speaker states what the speaker did (a reduced ``that``
    clause); the -ing word takes an object (a determiner, a number or a name), so ``announced funding of
    …`` (a noun) is none."""
    if lemma not in _GERUND_CUES or m + 1 >= limit:
        return False
    g, obj = toks[m], toks[m + 1]
    if not (g.text.islower() and g.text.isalpha() and g.lw.endswith("ing") and len(g.lw) > 5):
        return False
    return obj.lw in _GERUND_OBJECTS or obj.text[:1].isdigit() or is_cap(obj)


def _request(toks: list[Tok], j: int, limit: int) -> bool:
    """``asked (the clerk) to file …``, ``requested that …``: the request itself follows (a short object,
    then ``to`` and a verb), never an act on a noun (``asked about the fire``) nor an interviewer's question
    (``asked whether …``: the answer is the claim)."""
    for x in range(j, min(limit, j + 5)):
        if toks[x].lw == "that":
            return True
        if infinitive(toks, x):  # "asked Ann to be the best man": an invitation to a role, no statement
            return not (toks[x + 1].lw == "be" and x + 2 < limit and toks[x + 2].lw in _OBJECT_OPENERS)
        w = toks[x].lw
        if not toks[x].text[:1].isalnum() or w in lx.REPORTING_VERBS or w in _CLAUSE_VERBS or w in _WH:
            return False  # "asked whether they would be able to …": a question, no request
    return False


_WH: Final = frozenset(["whether", "why", "how", "if", "what", "when", "who", "which"])


def _convenes(toks: list[Tok], m: int, limit: int) -> bool:
    """``called a press conference``, ``called a snap election for June``, ``called a halt to …``: the
    object opens on an indefinite determiner and its head, within a few words, is a gathering or a stoppage
    (``convened.txt``); ``called the plan a disgrace`` and ``called the vote "a down payment"`` name a known
    thing and judge it, and stay cues."""
    if toks[m].lw not in _CONVENING_DETERMINERS:
        return False
    for x in range(m + 1, min(limit, m + _CONVENING_REACH)):
        if toks[x].lw in _CONVENED:
            return True
        if toks[x].lw in ("to", "for", "that", "of"):
            return False
        if toks[x].text in CLAUSE_END and not (
            x + 1 < len(toks) and toks[x - 1].text[-1:].isdigit() and toks[x + 1].text[:1].isdigit()
        ):
            return False  # a stop ends the object; "2.30pm" is a time (its point between digits)
    return False


_CONVENED: Final = lx.word_file("convened.txt")
# indefinite only: a gathering convened is a new one ("called a snap election"); "called the vote "a down
# payment"" names a known thing and judges it
_CONVENING_DETERMINERS: Final = frozenset(["a", "an", "another"])
_CONVENING_REACH: Final = 7  # "a 2.30pm press conference": the head within six tokens of the determiner


def _summons(toks: list[Tok], m: int, limit: int) -> bool:
    """``called the witness to give evidence``: a short object, then ``to`` and a verb. People addressed at
    large (``called residents to stay indoors``, ``called everyone with information … to come forward``)
    are asked, not summoned: a request (guideline §2)."""
    if _addressed_at_large(toks[m]) or (toks[m].lw == "the" and m + 1 < limit and toks[m + 1].lw == "public"):
        return False
    for x in range(m + 1, min(limit, m + 6)):
        if not toks[x].text.isalnum():
            return False
        if infinitive(toks, x):
            return True
    return False


def _by_saying(toks: list[Tok], m: int, limit: int) -> int | None:
    """``by saying …``, ``first by arguing that …`` right after the verb: where the words said start."""
    for x in range(m, min(limit - 2, m + 3)):
        if toks[x].lw == "by" and toks[x + 1].lw in lx.PARTICIPLE_CUES and toks[x + 1].text.islower():
            return toks[x + 2].start
    return None


def _addressed_at_large(t: Tok) -> bool:
    """A bare plural of people, no determiner (``residents``, ``individuals``: the lexicon's collectives
    and ``addressees_at_large``), or a word for everyone."""
    return t.text.isalpha() and t.text.islower() and (t.lw in lx.ADDRESSEES_AT_LARGE or t.lw in lx.COLLECTIVE_WORDS)


def _past_with_object(toks: list[Tok], x: int, limit: int) -> bool:
    """A simple past (regular, or an irregular narration verb) followed by what a verb takes: an object's
    determiner or pronoun, a gerund or an infinitive — never a participle before a preposition
    (``the deal signed in May``)."""
    t = toks[x]
    if not narrated_verb(t) or x + 1 >= limit:
        return False
    nxt = toks[x + 1]
    return (
        nxt.lw in _OBJECT_OPENERS
        or (nxt.lw.endswith("ing") and len(nxt.lw) > 4 and nxt.text.islower())
        or infinitive(toks, x + 1)
    )


_OBJECT_OPENERS: Final = frozenset(
    "the a an its his her their our it them him us this that these those".split()
)
_PRONOUN_SUBJECTS: Final = frozenset(["he", "she", "they", "it", "we", "i", "there"])
_NOMINATIVE: Final = frozenset(["he", "she", "they", "we"])
_CLAUSE_SUBJECTS: Final = frozenset(["the", "its", "his", "her", "their", "our", *_PRONOUN_SUBJECTS])
_CLAUSE_VERBS: Final = lx.CLAUSE_VERBS
