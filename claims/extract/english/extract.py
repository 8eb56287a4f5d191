"""English attribution rules: ``X said …``, ``"…," X said``, ``said X``, ``according to X``, pronouns.

Sentence by sentence: each finite reporting verb opens a claim whose speaker is the phrase
before it (or after it, when inverted) and whose content is the quotation before it or the
complement after it; split quotations and trailing participles give one claim per span
(guideline §4.9), coordinated verbs (``said … and warned that …``) one claim each (§4.10).
"""

from __future__ import annotations

import bisect
import re

from claims.candidates import CleanDocument
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity, Registry
from claims.extract.english import lexicon as lx
from claims.extract.english.according import according
from claims.extract.english.complement import bare_clause, bare_object, clause_limit, content_start
from claims.extract.english.flow import (
    citing,
    company_marks_unbracketed,
    continued_quote,
    mixed_quotes_paired,
    noun_claims,
    noun_reading,
    quote_in_quote,
    quoted_passive,
    single_quotes_as_double,
    spokesperson_of,
    standfirst_end,
    told_by,
)
from claims.extract.english.noun_phrases import EnCtx
from claims.extract.english.participle import LEAD_PARTICIPLES, participle_claims
from claims.extract.english.register import register
from claims.extract.english.speaker_candidates import (
    OPENERS,
    Choice,
    choose_subject,
    intro_end,
    predicate_verb,
)
from claims.extract.english.spans import (
    OBJECT_FIRST,
    QUOTES,
    after_dateline,
    after_quote_first,
    appositive_name,
    dateline_end,
    comma_next,
    inverted_end,
    leading_np,
    left_bound,
    quoted_as_saying,
    subject_start,
    tail_only,
    trim_left,
)
from claims.extract.english.tokens import START, Tok, tokenize
from claims.extract.english.verbs import finite_ed
from claims.extract.english.words import AGENTS, DOCUMENTS, STATEMENTS, unsourced_document
from claims.text.normalize import Folded
from claims.text.segment import Span, paragraphs, quote_regions, split_paragraph
from claims.types import ClaimKind, SpeakerKind

_REFUSAL_RE = re.compile("|".join(re.escape(r) for r in lx.REFUSALS), re.IGNORECASE)


def extract_english(doc: CleanDocument, folded: Folded, outlet: Entity) -> tuple[list[Draft], list[str]]:
    """Drafts for an English document (offsets into the folded text; ``finished`` maps them back)."""
    paras = paragraphs(folded.text)
    text = single_quotes_as_double(folded.text, paras)  # same length: offsets stay the folded ones
    text = mixed_quotes_paired(text, paras)  # “…," she said: one pair (same length)
    text = company_marks_unbracketed(text)  # same length too
    ctx = EnCtx(text, Registry())
    units: list[tuple[int, Span, list[Tok]]] = []
    body_from = standfirst_end(text, paras)
    para_ends: dict[int, int] = {}
    para_starts: dict[int, int] = {}
    for pi, para in enumerate(paras):
        if _is_heading(text, para) and not (pi == len(paras) - 1 and _cut_sentence(text, para)):
            continue  # headlines, captions and bylines hold no claims; names in them are re-said below
        if para.end - para.start >= 60 and text.find(text[para.start : para.end], para.end) >= 0:
            continue  # a standfirst the body repeats word for word: the body's copy is the claim
        para_ends[pi] = para.end
        para_starts[pi] = para.start
        for span in split_paragraph(text, para.start, para.end):
            units.append((pi, span, tokenize(text, span.start, span.end)))
    register(ctx, units)
    lead = next(((span, toks) for pi, span, toks in units if pi >= body_from and toks), None)
    if lead is not None:
        ctx.note_lead(lead[1], _token_at(lead[1], dateline_end(text, lead[0].start, lead[0].end)))
    drafts: list[Draft] = []
    last_unit = -10
    consumed = -1
    # UK-style quotation over paragraphs (each opens with a mark, only the last closes, then the cue):
    # the open paragraphs wait for the speaker named after the closing mark (guideline §4.9)
    waiting: list[Draft] = []
    unheard: list[Draft] = []  # waiting paragraphs opened before anyone spoke: kept only once a cue names who
    for index, (pi, span, toks) in enumerate(units):
        if toks and span.start < consumed:
            last_unit = index  # a sentence inside a quotation running on: distance counts from its end
            continue
        if not toks:
            continue
        if pi < body_from:
            continue  # a standfirst above the byline is headline material (guideline §4.13)
        if index - last_unit <= 2 and ctx.reg.speakers:
            open_quote = continued_quote(ctx, span, para_ends[pi])
            if open_quote is not None:  # a quotation running on over paragraphs: same speaker
                draft = Draft(
                    ctx.reg.speakers[-1],
                    *open_quote,
                    ClaimKind.DIRECT,
                    confidence=0.6,
                    resolution="continuation",
                )
                drafts.append(draft)
                if waiting or _opens_new_quote(text, span, para_starts, pi):
                    waiting.append(draft)
                consumed, last_unit = open_quote[1], index
                continue
        if not waiting and _opens_new_quote(text, span, para_starts, pi):
            open_quote = continued_quote(ctx, span, para_ends[pi])
            if open_quote is not None:  # no speaker yet: the quotation waits for the cue after its last mark
                draft = Draft(
                    outlet, *open_quote, ClaimKind.DIRECT, confidence=0.6, resolution="continuation"
                )
                waiting.append(draft)
                unheard.append(draft)
                consumed, last_unit = open_quote[1], index
                continue
        ctx.para_end = para_ends[pi]
        made = _sentence(ctx, span, toks, index - last_unit <= 2)
        if made and max(d.end for d in made) > span.end:
            consumed = max(d.end for d in made)  # 'testified: “… (left open to the paragraph's end)' 
        if waiting:
            same_marks = text[span.start] == text[waiting[0].start - 1]  # “…“…” or "…"…", never mixed
            closing = _closing_claim(text, span, made) if para_starts.get(pi) == span.start else None
            if closing is not None and same_marks:
                for draft in waiting:  # the open paragraphs were this speaker's quotation
                    draft.speaker = closing.speaker
                drafts.extend(unheard)
            waiting, unheard = [], []
        if made:
            event_end = (
                _main_clause_event(toks, made) if _LINK_RE.search(text, span.start, span.end) else None
            )
            if event_end is not None:  # "Shares fell 9% after the firm warned that …": the fall is an event
                drafts.append(Draft(outlet, span.start, event_end, ClaimKind.EVENT, confidence=0.5))
            drafts.extend(made)
            last_unit = index
        elif (
            index - last_unit == 1
            and drafts
            and drafts[-1].kind is not ClaimKind.EVENT
            and (lead := _lead_participle(toks)) is not None
        ):
            # "Adding that repairs would take a year." standing alone after her statement: a participle
            # with no subject of its own goes on in the voice of the sentence before (§4.1)
            drafts.append(
                Draft(
                    drafts[-1].speaker,
                    toks[lead].start,
                    span.end,
                    ClaimKind.INDIRECT,
                    cue=toks[0].text,
                    confidence=0.6,
                    resolution="continuation",
                )
            )
            last_unit = index
        elif (
            index - last_unit == 1
            and units[last_unit][0] in (pi - 1, pi)
            and _goes_on(toks, drafts, text, units[last_unit][0] == pi)
        ):
            # the paragraph after a reported statement goes on in the same voice, no new cue (§4.1)
            speaker = drafts[-1].speaker
            drafts.append(
                Draft(
                    speaker,
                    span.start,
                    span.end,
                    ClaimKind.INDIRECT,
                    confidence=0.5,
                    resolution="continuation",
                )
            )
            last_unit = index
        else:
            _note_subject(ctx, toks)
            if _CREDIT_RE.search(text, para_starts[pi], para_ends[pi]):
                continue  # a photo caption (its credit closes the paragraph): metadata, not narration (§4.6)
            if _is_event(toks, text[span.start : span.start + 1]):
                drafts.append(Draft(outlet, span.start, span.end, ClaimKind.EVENT, confidence=0.5))
            elif (cut := _event_before_report(toks)) is not None:
                drafts.append(Draft(outlet, span.start, cut, ClaimKind.EVENT, confidence=0.5))
            elif (cut := _event_before_participle(toks)) is not None:
                drafts.append(Draft(outlet, span.start, cut, ClaimKind.EVENT, confidence=0.5))
    keys = [k for e in ctx.reg.entities for k in e.keys]
    return drafts, keys


# A photo credit closing a paragraph: "(Reuters photo)", "(File photo)", "Photo: X", "Picture by X."
_CREDIT_RE = re.compile(
    r"(?:\((?:[^()\n]{0,40}\s)?(?:photo|photograph|picture|image|file)\)|"
    r"\b(?:Photo|Picture|Image|Photograph)(?:\s+by|:)\s+[^.\n]{1,60}\.?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


_PAST = frozenset(
    """met began took fell rose killed launched opened led saw struck hit won lost held went came made left sent gave
    began began stormed deployed withdrew signed agreed raised cut announced visited arrived attacked fired seized
    detained arrested injured wounded died voted approved passed rejected closed reached""".split()
)
_TIME = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec yesterday""".split()
)


def _is_event(toks: list[Tok], first_char: str) -> bool:
    """The outlet's own checkable narration: a past-tense act with a date or a number, no reporting cue."""
    if first_char in QUOTES or len(toks) < 6:
        return False
    words = [t.lw for t in toks]
    if toks[-1].text == "?" or not lx.READER_WORDS.isdisjoint(words):
        return False  # a question or "we"/"you": a quotation's words or the page talking to its reader
    sentence = " ".join(words)
    if any(m in sentence for m in lx.NOT_EVENTS):
        return False
    # a figure anywhere (the joined words: a space is no digit) or a date word; tested once, used twice
    dated = any(map(str.isdigit, sentence)) or not _TIME.isdisjoint(words)
    acted = any(
        w in _PAST or (w.endswith("ed") and len(w) > 5 and t.text[0].islower())
        for w, t in zip(words, toks, strict=True)
    )
    if _speech_act(toks) or _reports(toks):
        return False  # a question put or a verb of saying at work: never the outlet's narration
    if _saying_participle(toks) or _reports_toll(toks):
        return False  # "…, stating that …", "the ministry announced the deaths of …": a source's words
    if words[0] in ("here", "below", "above") and words[1] in _BE:
        return False  # "Here is the full statement …": the page pointing at itself, no assertion
    if _hedged(toks):
        return False  # "is understood to have …", "reportedly met …": what the outlet does not vouch for
    if dated and acted:
        return True
    # no date or figure: a narrated clause still reads as the outlet's assertion when its verb is finite,
    # unless it is a stance with no statement ("welcomed the decision"), a refusal, an unsourced rumour or
    # a credit line ("X contributed to this report")
    if not (acted or any(w in _FINITE_ANY for w in words[1:])):
        return False
    if not dated and (
        _progressive(toks) or _comment_opener(words)
    ):
        return False
    if _REFUSAL_RE.search(sentence) or _bare_stance(toks):
        return False  # a refusal to speak; a stance with no statement ("condemned the attack")
    return words[0] not in ("reports", "there")


def _bare_stance(toks: list[Tok]) -> bool:
    """``condemned the attack``, ``criticised the plan``: a stance verb with a bare object, undated (so is an
    undated ``reported …``: the source's report, with no figure or date the outlet could vouch for). Welcoming
    a person (``welcomed the visiting envoy Ana Ruiz``, a capitalised name or title in the object) is the
    act of receiving a guest, which the outlet narrates."""
    for x, t in enumerate(toks):
        lemma = lx.REPORTING_VERBS.get(t.lw)
        if lemma == "report" and t.text.islower() and not _noun_form(toks, x, lemma):
            return True  # "the agency reported strikes near …", undated: its report, not the outlet's act
        if lemma is None or lemma not in lx.STANCE_VERBS or not t.text.islower():
            continue
        if lemma == "welcome" and any(u.text[:1].isupper() for u in toks[x + 1 : x + 6]):
            continue
        return True
    return False


def _hedged(toks: list[Tok]) -> bool:
    """Narration the outlet does not vouch for (guideline §4.4, unsourced rumours): a hedging adverb
    (``reportedly``), a hedged passive raising its subject (``is understood to have visited``, ``are
    believed to``) or an impersonal one (``It has been reported that …``, ``it is thought that …``)."""
    for x, t in enumerate(toks):
        if t.lw in lx.HEDGE_ADVERBS:
            return True
        if t.lw in _UNVERIFIED and x > 1 and any(u.lw in _NEGATIONS for u in toks[max(0, x - 4) : x]):
            return True  # "could not be independently verified": the outlet disclaims it
        if t.lw not in lx.HEDGE_PARTICIPLES or x == 0 or x + 1 >= len(toks):
            continue
        k = x - 1
        while k > 0 and (toks[k].lw.endswith("ly") or toks[k].lw in _HEDGE_SKIPPED):
            k -= 1
        if toks[k].lw not in _BE:
            continue
        nxt = toks[x + 1].lw
        impersonal = nxt == "that" and any(u.lw == "it" for u in toks[max(0, k - 2) : k])
        if nxt == "to" or impersonal:
            return True
    return False


_HEDGE_SKIPPED = frozenset(["also", "now", "still", "widely", "earlier", "once", "long", "first"])


def _event_before_participle(toks: list[Tok]) -> int | None:
    """``The court granted the defence two weeks, adding that …``: the act before the participle of
    saying is the outlet's event; the participle's words are the source's. A head that is itself a
    statement (``issued a statement on Sunday, questioning …``) narrates nothing beyond the words."""
    at = _saying_participle_at(toks)
    if at is None or at < 6 or toks[at - 1].text != ",":
        return None
    head = toks[: at - 1]
    if any(t.lw in STATEMENTS for t in head) or not _is_event(head, head[0].text[:1]):
        return None
    return head[-1].end


def _saying_participle(toks: list[Tok]) -> bool:
    return _saying_participle_at(toks) is not None


def _saying_participle_at(toks: list[Tok]) -> int | None:
    """A participle of saying hung on the clause (``…, stating that …``, ``a release claiming …``,
    ``Adding, that …``): the sentence carries a source's words, so it is that source's claim (§4.1: the
    participle stays inside it), never the outlet's own narration. A participle after ``be``
    (``was saying``) or a determiner (``the warning``) is no such continuation."""
    for x, t in enumerate(toks):
        if not (t.lw in lx.PARTICIPLE_CUES or t.lw in _SAYING_ING) or (x and not t.text.islower()):
            continue
        if x == 0:
            return 0 if len(toks) > 1 and toks[1].text in (",", "that") else None
        prev = toks[x - 1]
        if prev.lw in _BE or prev.lw in _ADJECTIVAL_BEFORE or prev.lw in ("be", "being", "by"):
            continue
        if prev.text == "," or prev.text[:1].isalpha():
            return x
    return None


def _reports_toll(toks: list[Tok]) -> bool:
    """An announcing or reporting verb, active, with a toll after it (``the ministry announced the deaths
    of two men``, ``officials reported four people killed``): the source counted it, not the outlet."""
    for x, t in enumerate(toks):
        if lx.REPORTING_VERBS.get(t.lw) not in ("announce", "report") or not t.text.islower():
            continue
        if x and toks[x - 1].lw in _PASSIVE_BEFORE:
            continue  # "was reported killed" is hedged elsewhere; "and reported" keeps its subject
        if any(u.lw in lx.CASUALTY_WORDS for u in toks[x + 1 : x + 10]):
            return True
    return False


def _event_before_report(toks: list[Tok]) -> int | None:
    """``The firm employed 900 people, and a spokeswoman said in April that …`` (no claim made of the
    report): the narrated clause before the coordination is the outlet's event, the report is not."""
    cue = next((x for x, t in enumerate(toks) if t.text.islower() and t.lw in lx.REPORTING_VERBS), None)
    if cue is None:
        return None
    link = next(
        (x for x in range(cue - 1, 5, -1) if toks[x].lw in ("and", "but") and toks[x - 1].text == ","), None
    )
    if link is None or not _is_event(toks[: link - 1], toks[0].text[:1]):
        return None
    return toks[link - 2].end


def _reports(toks: list[Tok]) -> bool:
    """A reporting verb at work, figures or dates or not (``He also mentioned the 2024 figures``): active
    (no ``was``/``been`` before it: ``was admitted to hospital`` narrates), and a verb that reports only
    with a clause has one (``confirmed that …``; ``announced 200 job cuts`` is an act). Unsourced figures
    that "show" something stay the outlet's own."""
    for x, t in enumerate(toks):
        lemma = lx.REPORTING_VERBS.get(t.lw)
        if lemma is None or not t.text.islower() or unsourced_document(toks, 0, x):
            continue
        before = [u.lw for u in toks[max(0, x - 3) : x] if not u.lw.endswith("ly")][-1:]
        if before and before[0] in _NEGATED_BARE and t.lw == lemma:
            return True  # "would neither confirm nor deny that …": a refusal to speak
        if _noun_form(toks, x, lemma):
            continue  # "a revenue forecast that …", "the claims": a noun, no verb of saying
        if before and before[0] in _NEGATIONS:
            return True  # "has not publicly commented": a refusal to speak, never the outlet's event
        if before and before[0] in _PASSIVE_BEFORE:
            continue
        if lemma == "call" and x + 1 < len(toks) and toks[x + 1].lw in ("for", "on"):
            return True  # "called for calm", "called on residents to …": an appeal
        if lemma == "rule" and (x + 1 >= len(toks) or toks[x + 1].lw != "out"):
            continue  # "the court ruled in May": a ruling narrated, no statement ("ruled out …" is a denial)
        if (lemma in lx.CLAUSE_ONLY or lemma in _ACT_READINGS) and not _reports_clause(toks, x):
            continue
        if lemma in lx.STANCE_VERBS and bare_object(toks, x + 1, len(toks)):
            continue  # "welcomed the envoy": a stance with no statement, an act the outlet narrates (§4.4)
        return True
    return False


def _noun_form(toks: list[Tok], x: int, lemma: str) -> bool:
    """A reporting form read as a noun or adjective: an -s plural after a determiner (``the claims``), a
    participle after a determiner or ordinal (``the first reported case``), or a bare form
    (``forecast``, ``warn``) with no plural or pronoun subject right before it (``a revenue forecast``)."""
    if noun_reading(toks, x):
        return True
    if x > 0 and toks[x].lw.endswith("ed") and toks[x - 1].lw in _ADJECTIVAL_BEFORE:
        return True  # "the first reported death", "a widely quoted figure": an adjective
    if toks[x].lw != lemma or x == 0:
        return False
    if any(u.lw in ("a", "an") for u in toks[max(0, x - 3) : x]):
        return True  # "a sales forecast that …": a singular noun phrase, never a plural subject's verb
    prev = toks[x - 1].lw
    return not (prev in ("they", "we", "i", "you") or (prev.endswith("s") and toks[x - 1].text.isalpha()))


def _reports_clause(toks: list[Tok], x: int) -> bool:
    """A verb that reports only with a clause has one: ``that``/``:`` after it, a clause with no ``that``
    (``hoped the ban would end``), or the clause before it (``…, the report added.``: a post-posed cue)."""
    if any(u.lw == "that" or u.text == ":" for u in toks[x + 1 : x + 12]):
        return True
    if x + 1 < len(toks) and bare_clause(toks, x + 1, len(toks)):
        return True
    named = next((k for k in range(x + 1, min(len(toks), x + 5)) if not toks[k].text[:1].isupper()), x + 1)
    if x + 1 < named < len(toks) and toks[named].lw in _CLAUSE_AUX:
        return True  # "hoped Kemal would be freed": a name, then a finite auxiliary
    tail = [u for u in toks[x + 1 :] if u.text[0].isalnum()]
    return len(tail) <= 3 and any(u.text == "," for u in toks[max(0, x - 5) : x])


# reporting verbs whose bare object most often narrates an act ("called an election", "showed a 3% rise",
# "maintained its lead", "threatened 20 homes"): a report only with a clause, like the clause-only verbs
_ACT_READINGS = frozenset(["call", "show", "read", "maintain", "repeat", "threaten", "quote"])
_CLAUSE_AUX = frozenset("would will could should might may must can is are was were has have had".split())
_ADJECTIVAL_BEFORE = frozenset(
    ["the", "a", "an", "first", "its", "their", "his", "her", "this", "these", "newly", "widely", "often"]
)
_UNVERIFIED = frozenset(["verified", "confirmed", "ascertained", "corroborated"])
_NEGATIONS = frozenset(["not", "never", "n't", "no", "neither", "nor"])
_NEGATED_BARE = frozenset(["not", "never", "n't", "nor"])
_PASSIVE_BEFORE = frozenset(["is", "are", "was", "were", "be", "been", "being", "and", "to", "get", "got"])


def _speech_act(toks: list[Tok]) -> bool:
    """A verb of saying in a form the cue list leaves out: a reporting verb's bare form with a clause or
    an addressee after it (``to state in a letter that …``, ``could not tell reporters how many …``), or
    a question put (``asked whether …``, ``questioned why …``). Who speaks there is the subject, not the
    outlet; no such sentence is the outlet's own narration."""
    lemmas = _REPORTING_LEMMAS
    for x, t in enumerate(toks[:-1]):
        if not t.text.islower():
            continue
        ahead = [u.lw for u in toks[x + 1 : x + 11]]
        if t.lw in lx.QUESTION_VERBS and not _WH.isdisjoint(ahead[:7]):
            return True
        if t.lw in lemmas and x > 0 and toks[x - 1].lw in _BARE_BEFORE and toks[x - 2].lw not in _REFUSING:
            if not _WH.isdisjoint(ahead) or ":" in ahead:
                return True
    return False


_REFUSING = frozenset(["declined", "refused", "declines", "refuses"])
_REPORTING_LEMMAS = frozenset(lx.REPORTING_VERBS.values()) - {
    "read", "show", "find", "call", "project", "post"
}
# "-ing" forms that mostly narrate an act or a state ("agreeing to", "hoping to", "estimating costs")
_NOT_SAYING_ING = frozenset(
    ["find", "post", "project", "continue", "point", "agree", "hope", "believe", "estimate", "forecast", "express"]
)
# "-ing" forms of the reporting verbs ("stating", "questioning", "confirming"), beside PARTICIPLE_CUES
_SAYING_ING = frozenset(
    (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"
    for lemma in _REPORTING_LEMMAS - _ACT_READINGS - _NOT_SAYING_ING
)
_BARE_BEFORE = frozenset(
    ["to", "not", "never", "n't", "could", "would", "will", "did", "can", "cannot", "may"]
)
_WH = frozenset(["that", "whether", "if", "why", "how", "what", "who", "when", "where", "about"])


def _progressive(toks: list[Tok]) -> bool:
    """The main clause's verb is progressive (``have been struggling``, ``are battling``): a state going on,
    with no figure or date nothing a reader could check, unlike an act (``ordered``, ``won``)."""
    main = next((x for x in range(1, len(toks)) if toks[x].text.islower() and _main_verb(toks[x])), None)
    if main is None:
        return False
    x = main + 1 if toks[main].lw in ("has", "have", "had") and main + 1 < len(toks) else main
    if x != main and toks[x].lw != "been":
        return False
    after = toks[x + 1] if x + 1 < len(toks) else None
    return toks[x].lw in _BE and after is not None and after.lw.endswith("ing") and after.text.islower()


def _main_verb(tok: Tok) -> bool:
    return tok.lw in _FINITE_ANY or tok.lw in _PAST or finite_ed(tok)


def _comment_opener(words: list[str]) -> bool:
    """``This is just as …``, ``But it has been …``: a bare this/it subject comments on the sentence before;
    with no figure or date of its own it asserts nothing checkable."""
    k = 1 if words[0] in _CONNECTIVES and len(words) > 2 else 0
    return words[k] in ("this", "it", "that") and words[k + 1] in _FINITE_ANY


_BE = frozenset("is are was were been".split())
_CONNECTIVES = frozenset(["but", "and", "so", "yet", "once"])
_FINITE_ANY = frozenset("is are was were has have had will would could did does stands".split())


def _opens_new_quote(text: str, span: Span, para_starts: dict[int, int], pi: int) -> bool:
    """A paragraph that opens with a quotation mark it never closes, after a paragraph that left no
    quotation open: the first paragraph of a quotation whose cue comes only after its last paragraph."""
    if para_starts.get(pi) != span.start:
        return False
    before = [p for p in para_starts if p < pi]
    if not before:
        return False
    prev = text[para_starts[max(before)] : span.start]
    return prev.count("“") <= prev.count("”") and prev.count('"') % 2 == 0


def _closing_claim(text: str, span: Span, made: list[Draft]) -> Draft | None:
    """The claim of a paragraph that opens with a quotation closed in it (``“…,” an officer told …``)."""
    if text[span.start : span.start + 1] not in QUOTES:
        return None
    return next((d for d in made if d.kind == ClaimKind.DIRECT and d.start <= span.start + 1 and d.cue), None)


def _goes_on(toks: list[Tok], drafts: list[Draft], text: str, same_paragraph: bool = False) -> bool:
    """An uncued sentence right after an indirect statement, told in the future, a modal or the present
    (``The ballots will be sealed …``, ``They are facing charges …``, ``This would leave …``): the
    statement going on, not narration; so is a remark in the first person (``This is our best season.``),
    which the outlet never writes of itself. In the same paragraph ``He will be assessed …`` goes on too.

    Past tense is the outlet's own narration (an event); so is a sentence naming a new person first.
    """
    if not drafts or drafts[-1].kind != ClaimKind.INDIRECT or not drafts[-1].cue or len(toks) < 4:
        return False  # one step only: a continuation does not carry on another
    if text[toks[0].start] in QUOTES:
        return False
    openers = _GOES_ON_OPENERS_SAME if same_paragraph else _GOES_ON_OPENERS
    if toks[-1].text == "?" or not (toks[0].lw in openers or toks[0].lw in _DEICTIC):
        return False
    at = next(
        (x for x, t in enumerate(toks[1:10], 1) if t.text.islower() and (t.lw in _TENSED or _finite(t))), None
    )
    first_person = toks[0].lw in ("this", "that", "it") and not lx.READER_WORDS.isdisjoint(t.lw for t in toks)
    if at is None or not (toks[at].lw in _GOES_ON or (first_person and toks[at].lw in _BE)):
        return False
    if len(toks) < 5 and not first_person:
        return False
    return not any(  # "The prosecution will begin …": an agent of its own acts, not the statement's matter
        t.lw in lx.ORG_WORDS or t.lw in lx.TITLE_WORDS or t.lw in lx.COLLECTIVE_WORDS or t.lw in AGENTS
        for t in toks[1:at]
    )


_DEICTIC = frozenset(["such", "those", "all"])
_GOES_ON_OPENERS = frozenset(["the", "they", "these", "this", "it"])
_GOES_ON_OPENERS_SAME = _GOES_ON_OPENERS | {"he", "she", "that"}
_TENSED = frozenset(["will", "would", "could", "can", "may", "might", "must", "should", "is", "are"])
_GOES_ON = frozenset(["will", "would", "could", "can", "may", "might", "must", "should", "are"])


def _note_subject(ctx: EnCtx, toks: list[Tok]) -> None:
    """``A spokesman for the office dismissed the memo.`` then ``He said: …``: the described agent is who
    ``he`` means, though the sentence itself held no claim (only named people are noted in the first pass).
    """
    if len(toks) < 4 or toks[0].lw not in ("a", "an", "the"):
        return
    verb = next((x for x in range(1, min(len(toks), 10)) if _finite(toks[x])), None)
    if verb is None or verb < 2 or not any(t.lw in AGENTS for t in toks[1:verb]):
        return
    entity = ctx.resolve(toks, 0, verb)
    if entity is None:
        return
    at = bisect.bisect_left(ctx.subject_positions, toks[0].start)
    ctx.subject_positions.insert(at, toks[0].start)
    ctx.subjects.insert(at, (toks[0].start, entity))


def _finite(tok: Tok) -> bool:
    w = tok.lw
    return tok.text.islower() and (w in _PAST or w in lx.REPORTING_VERBS or w in _FINITE or finite_ed(tok))


_FINITE = frozenset(["is", "was", "has", "had", "will", "would", "could", "did", "does"])


def _main_clause_event(toks: list[Tok], made: list[Draft]) -> int | None:
    """The end of a narrated main clause before ``after``/``when`` + the claim's clause, else None."""
    first = min(d.start for d in made)
    links = (
        x
        for x in range(len(toks) - 1, 5, -1)
        if toks[x].start < first and (toks[x].lw in _EVENT_LINKS or _and_then_cue(toks, x))
    )
    x = next(links, 0)
    if x == 0 or not toks[x].text.islower():
        return None
    b = x - 1 if toks[x - 1].text == "," else x
    return toks[b - 1].end if _is_event(toks[:b], toks[0].text[:1]) else None


def _and_then_cue(toks: list[Tok], x: int) -> bool:
    """``X started in the post this week, and told the meeting that …``: an act, then the report."""
    nxt = toks[x + 1] if x + 1 < len(toks) else None
    reported = nxt is not None and nxt.lw in lx.REPORTING_VERBS
    return toks[x].lw == "and" and toks[x - 1].text == "," and reported


_EVENT_LINKS = frozenset(["after", "when", "since", "alleging", "accusing", "telling", "with"])
# "X charged four men, alleging …"; "The council met for the first time since the mayor announced that …"
# "The governor handed over the list, telling them: …"; "Talks resume, with the union saying …"
_LINK_RE = re.compile(r" after | when | since |, alleging |, accusing |, and |, telling |, with ")


def _is_heading(text: str, span: Span) -> bool:
    s = text[span.start : span.end]
    return s.rstrip()[-1:] not in '.!?"”:' and len(s.split()) < 25  # the cheap test first


def _cut_sentence(text: str, span: Span) -> bool:
    """The page's last paragraph, cut before its full stop (an excerpt): a sentence opening with a capital
    and holding a lower-case reporting verb after its first word is prose, not a headline."""
    piece = text[span.start : span.end]
    words = piece.split()
    if len(words) < 5 or not words[0][:1].isupper() or "|" in words or "http" in piece:
        return False
    return any(w in lx.REPORTING_VERBS for w in words[1:])


def _sentence(ctx: EnCtx, span: Span, toks: list[Tok], follows_claim: bool) -> list[Draft]:
    ctx.reg.cursor = span.start
    text = ctx.text
    regions = quote_regions(text, span.start, span.end)
    verbs = lx.REPORTING_VERBS
    unclosed = _unclosed_quote(text, span)
    cues = [
        k
        for k, t in enumerate(toks)
        if (t.lw in verbs or _makes_clear(toks, k))
        and not _in(regions, t.start)
        and not noun_reading(toks, k)
        and not (k > 0 and t.lw == "called" and toks[k - 1].lw == "so")  # "the so called hot spots"
        and t.start < unclosed
        and not (k > 0 and t.text[0].isupper() and toks[k - 1].text[0].isupper())  # "the United States"
    ]
    made: list[Draft] = []
    ctx.second_act = bool(cues) and not lx.SECOND_ACTS.isdisjoint([t.lw for t in toks])
    for n, k in enumerate(cues):
        made.extend(_cue(ctx, span, toks, k, cues[n + 1 :], regions, made))
    according(ctx, span, toks, regions, made)
    if not made and _has_lead_participle(text[span.start : span.end]):
        first = _token_at(toks, after_dateline(ctx, toks, span))
        made.extend(participle_claims(ctx, span, toks, first, regions, made))
    for outer in made:  # "Mikati said …, the NNA reported.": the earlier claim came via the NNA
        for inner in made:
            if (
                inner is not outer
                and outer.start <= inner.start < outer.end
                and not inner.via
                and inner.speaker is not outer.speaker
                and outer.cue
                and inner.end <= outer.end + 2
            ):
                inner.via = outer.speaker.canonical
    made.extend(citing(ctx, toks, made))
    made.extend(noun_claims(ctx, toks, made))
    made.extend(quote_in_quote(ctx, made))
    if not made and follows_claim and ctx.reg.speakers:
        whole = [r for r in regions if r.start - span.start <= 1 and span.end - r.end <= 2]
        if whole:
            r = whole[0]
            made.append(Draft(ctx.reg.speakers[-1], r.start + 1, r.end - 1, ClaimKind.DIRECT, confidence=0.6))
    return made


def _passive_as_saying(toks: list[Tok], k: int) -> bool:
    """``was (yesterday) reported by X as saying``: a passive report whose ``as saying`` names the speaker."""
    x = k - 1
    while x > 0 and (_adverb(toks[x]) or toks[x].lw in _WHEN_WORDS):
        x -= 1
    if x < 1 or toks[x].lw not in ("was", "were", "been", "is", "are"):
        return False
    reach = min(len(toks) - 1, k + 12)
    return any(toks[m].lw == "as" and toks[m + 1].lw == "saying" for m in range(k + 1, reach))


_WHEN_WORDS = frozenset(["yesterday", "today", "earlier", "widely", "reportedly"])


def _adverb(tok: Tok) -> bool:
    """An adverb between a subject and its verb (``has long said``); capitalised, a name (``Long said``)."""
    return tok.lw in lx.AUXILIARIES and tok.text.islower()


def _unclosed_quote(text: str, span: Span) -> int:
    """Where a quotation opens that this sentence never closes (it runs on to later sentences), else the end.

    ``… said: "At the end, we found that …`` : ``found`` is the quoted speaker's word, not a new cue.
    """
    opened = max(text.rfind("“", span.start, span.end), text.rfind('"', span.start, span.end))
    if opened < 0 or text.find("”", opened, span.end) >= 0:
        return span.end
    if text[opened] == '"' and text.count('"', span.start, span.end) % 2 == 0:
        return span.end  # straight marks paired: the last one closes
    return opened


def _has_lead_participle(sentence: str) -> bool:
    return any(p in sentence for p in LEAD_PARTICIPLES)  # one slice, six substring scans


def _token_at(toks: list[Tok], pos: int) -> int:
    return bisect.bisect_left(toks, pos, key=START)


def _in(regions: list[Span], pos: int) -> bool:
    for start, end in regions:  # a loop, not any() over a generator: most sentences have no quotation
        if start < pos < end:
            return True
    return False


def _cue(
    ctx: EnCtx, span: Span, toks: list[Tok], k: int, later: list[int], regions: list[Span], made: list[Draft]
) -> list[Draft]:
    lemma = lx.REPORTING_VERBS.get(toks[k].lw, "make")  # "make" only as "made it clear" (_makes_clear)
    if _attributive_participle(toks, k):
        return []  # "1,280 pledged delegates", "in pledged delegates": an adjective, no one speaking
    if lemma == "read" and not _document_reads(toks, k):
        return []  # "she read the report": only a document (or "it") reads as a statement
    cue_start = k
    while cue_start > 0 and toks[cue_start - 1].lw in ("has", "have", "had"):
        cue_start -= 1
    cue_text = ctx.span(toks[cue_start].start, toks[k].end)
    n = len(toks)
    end_limit = clause_limit(toks, k, later, span.end)
    if ctx.second_act:
        end_limit = _second_act(toks, k, end_limit, regions)
    if lemma == "report" and _passive_as_saying(toks, k):
        return quoted_passive(ctx, span, toks, k, end_limit, cue_text)  # "was reported by X as saying"
    if k > 0 and toks[k - 1].lw in ("been", "was", "were", "is", "are", "be", "being"):
        if lemma == "quote":
            return quoted_passive(ctx, span, toks, k, end_limit, cue_text)
        return told_by(ctx, toks, k, end_limit, made)  # "they had been told by contractors that …"
    doc_start = _document_before(toks, k)
    if (
        doc_start is not None
    ):  # "a newspaper report that said Mr Alder had told friends …": the report's claim
        source = ctx.resolve(toks, doc_start, k - 1)
        start = content_start(ctx, toks, k + 1, end_limit, lemma) if source is not None else None
        if source is None or start is None:
            return []
        nested = next((d for d in reversed(made) if d.start <= toks[k].start < d.end), None)
        via = nested.speaker.canonical if nested is not None and nested.speaker is not source else ""
        ctx.reg.spoke(source)
        return [
            Draft(
                source,
                start,
                end_limit,
                ClaimKind.INDIRECT,
                cue=cue_text,
                via=via,
                confidence=0.6,
                resolution="nested",
            )
        ]
    verb_group = k
    while verb_group > 0 and _adverb(toks[verb_group - 1]):
        verb_group -= 1  # "a charge Abu Dhabi has repeatedly denied": look before the adverbs
    if any(t.lw in OBJECT_FIRST for t in toks[max(0, verb_group - 4) : k]):
        return []  # "…, a claim Hamas denied": the verb's object comes first; no new statement
    lb, quote_before = left_bound(toks, cue_start, regions, after_dateline(ctx, toks, span), ctx.text)
    nested_in: Draft | None = None
    post_posed = (
        cue_start > 2
        and toks[cue_start - 1].text == ","
        and tail_only(toks, inverted_end(toks, k + 1, n), span.end)
        and inverted_end(toks, k + 1, n) > k + 1
        and any(t.lw in lx.REPORTING_VERBS for t in toks[: cue_start - 1])
    )  # "Officials have confirmed that …, said the minister.": a clause, then the cue and its speaker
    if (
        not post_posed  # "Officials have confirmed that …, said the minister": the minister's whole sentence
        and made
        and made[-1].start < toks[cue_start].start < made[-1].end
        and made[-1].kind == ClaimKind.INDIRECT
        and not tail_only(toks, k + 1, span.end)
    ):
        nested_in = made[-1]  # "The NNA reported that Mikati … said …": Mikati's claim, via the NNA
        lb = next((x for x, t in enumerate(toks) if t.start >= nested_in.start), lb)
        if lb < cue_start and toks[lb].lw == "that":
            lb += 1
    j_after = k + 1
    speaker: Entity | None = None
    choice: Choice | None = None
    if nested_in is None and made and k > 0 and toks[k - 1].lw in ("and", "but", "then"):
        quote_before = None
        speaker = made[-1].speaker  # "said … and warned that …"
        made[-1].end = min(made[-1].end, toks[k - 1].start)
    elif (
        nested_in is None
        and made
        and k > 1
        and toks[k - 1].lw in lx.PRONOUNS
        and toks[k - 2].lw in ("and", "but")
    ):
        speaker = made[-1].speaker
        made[-1].end = min(made[-1].end, toks[k - 2].start)
    elif (
        post_posed
        and quote_before is None
        and ctx.resolve(toks, _inverted_start(toks, k, n), inverted_end(toks, k + 1, n))
    ):
        j_after = inverted_end(toks, k + 1, n)
        speaker = ctx.resolve(toks, _inverted_start(toks, k, n), j_after)
        lb = cue_start
    elif (
        quote_before is None
        and nested_in is None
        and cue_start > 4
        and toks[cue_start - 1].text == ","
        and _clause_before(toks, lb, cue_start - 1)
        and inverted_end(toks, k + 1, n) > k + 1
        and tail_only(toks, inverted_end(toks, k + 1, n), span.end)
        and ctx.resolve(toks, _inverted_start(toks, k, n), inverted_end(toks, k + 1, n)) is not None
    ):
        # "The harbour will hire 40 divers who trained in Oban, said port chief Omar Daud on Tuesday.": a
        # whole clause before the comma is no subject; the speaker is named after the cue
        j_after = inverted_end(toks, k + 1, n)
        speaker = ctx.resolve(toks, _inverted_start(toks, k, n), j_after)
        lb = cue_start
    elif k > 1 and toks[k - 1].lw in ("but", "and") and not made:
        # "Fidan on Monday declined to confirm the meeting but said …"; "In an interview on Monday, the
        # senator criticised … and said …": the subject opens after the introductory phrase
        opens = intro_end(toks, lb, k)
        end = opens + 1 if toks[opens].lw in lx.PRONOUNS else leading_np(toks, opens, k)
        speaker = ctx.resolve(toks, opens, end) if end > opens else None
    else:
        left = trim_left(toks, lb, cue_start)
        subj = subject_start(toks, lb, left, ctx.name_commas)
        if left - subj <= 5 and toks[subj].text in QUOTES and toks[subj - 1].text == "," and subj > lb:
            subj += 1  # "… a “false choice, because …,” she said": the closing mark is no part of the subject
        pronoun_subject = left - subj == 1 and toks[subj].lw in lx.PRONOUNS
        if subj < left:
            choice = choose_subject(toks, lb, subj, left, ctx.lower_words)
            only_openers = all(t.lw in OPENERS for t in toks[choice.start : choice.end])
            # "As stated in Davis' commentary, …": an opener alone is no subject
            ctx.inside_report = nested_in is not None
            ctx.quote_start = quote_before.start if quote_before is not None else None
            try:
                speaker = None if only_openers else ctx.resolve(toks, choice.start, choice.end)
            finally:
                ctx.inside_report = False
                ctx.quote_start = None
            relative = next(
                (t.lw for x, t in enumerate(toks[choice.start + 1 : left], choice.start + 1)
                 if t.lw in ("who", "which", "whose", "that") and toks[x - 1].text == ","),
                None,
            )
            if speaker is not None and speaker.kind == SpeakerKind.PERSON and relative == "which":
                return []  # "author of Harbours and Beyond, which … urged …": "which" is never a person
            topic = _as_for_topic(toks, lb, subj) if pronoun_subject else None
            if topic is not None:
                speaker = ctx.resolve(toks, *topic) or speaker  # "As for Tom Welby, he said …": Welby
            elif pronoun_subject and speaker is not None and speaker.kind == SpeakerKind.PERSON:
                speaker = _clause_subject_person(ctx, toks, lb, subj) or speaker
            if speaker is not None and subj > lb and quote_before is None:
                lb = subj  # the words before the subject are the content ("…, the IMF said")
        if speaker is None and pronoun_subject:
            return []  # "he said Ryan": a pronoun holds the subject slot; what follows is the answer
        if (
            speaker is None
            and lemma not in ("tell", "inform")  # "…," the counsel told the court: whom he told
            and (left == lb or quote_before is not None or _comma_before(toks, cue_start))
        ):
            inv_end = inverted_end(toks, k + 1, n)
            if inv_end > k + 1:
                speaker = ctx.resolve(toks, _inverted_start(toks, k, n), inv_end)
                if speaker is not None:
                    j_after = inv_end
                    if quote_before is None and _comma_before(toks, cue_start):
                        lb = cue_start  # "Checks will rise, said Tarek Vellan.": the content is before
    if speaker is None:
        return []
    if nested_in is not None and speaker is nested_in.speaker:
        return []  # "She said she hoped …": her own words inside her claim, one claim per sentence (§4.1)
    if lemma == "show" and not any(t.lw in DOCUMENTS for t in toks[max(0, cue_start - 6) : cue_start]):
        return []  # "figures show …" reports; "the minister showed the plans" narrates an act
    resolution = _resolution(toks, cue_start, speaker, nested_in, made if j_after == k + 1 else [])
    out = _contents(
        ctx,
        span,
        toks,
        k,
        lb,
        j_after,
        end_limit,
        regions,
        speaker,
        cue_text,
        lemma,
        quote_before,
        nested_in,
        made,
    )
    for d in out:
        d.resolution = d.resolution or resolution
        if choice is not None and choice.margin is not None:
            d.margin = choice.margin
            if choice.margin < 1.0:
                d.confidence -= 0.1  # two readings of the subject came close: say so to the reviewer
    if out:
        ctx.reg.spoke(speaker)
        if lemma == "report":
            ctx.report_author = speaker  # "Geo TV reported that …", later "…, the report added"
        ctx.last_spoke = max(toks[k].start, *(d.end for d in out))  # names inside the content are not topics
        if any(t.lw in STATEMENTS for t in toks[:cue_start]) or (
            j_after < n and any(t.lw in STATEMENTS for t in toks[j_after : j_after + 4])
        ):
            ctx.statement_author = speaker  # "In a statement, X said …" / "X said in a statement …"
    return out


_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands dozen dozens".split()
)
_ATTRIBUTIVE_BEFORE = frozenset("in of the a an his her their its our with for".split())


def _attributive_participle(toks: list[Tok], k: int) -> bool:
    """``Sixty pledged delegates were at stake``: an ``-ed`` cue word between a number, an article, a
    possessive or a preposition and a lower-case plural noun modifies the noun; it is no finite verb."""
    if not toks[k].lw.endswith("ed") or k + 1 >= len(toks) or k == 0:
        return False
    noun = toks[k + 1]
    if not (noun.text.isalpha() and noun.text.islower() and noun.lw.endswith("s") and len(noun.lw) > 3):
        return False
    if noun.lw in lx.PRONOUNS or noun.lw in ("this", "these", "those", "thus", "its"):
        return False
    before = toks[k - 1]
    return before.text[:1].isdigit() or before.lw in _NUMBER_WORDS or before.lw in _ATTRIBUTIVE_BEFORE


def _inverted_start(toks: list[Tok], k: int, n: int) -> int:
    """Where the speaker phrase after the cue ``toks[k]`` starts: its appositive name when a description
    comes first (``said his brother, Tom Hale``), else right after the cue."""
    named = appositive_name(toks, k + 1, n)
    return named[0] if named is not None else k + 1


def _second_act(toks: list[Tok], k: int, end: int, regions: list[Span]) -> int:
    """``said the fee was unfair and asked the clerk …``: the speaker's next act (``and asked``, ``and
    urged``) ends the content, once the content holds a clause of its own; else ``end``."""
    for x in range(k + 3, len(toks) - 1):
        tok = toks[x]
        if tok.start >= end:
            break
        if tok.lw != "and" or toks[x + 1].lw not in lx.SECOND_ACTS or _in(regions, tok.start):
            continue
        if any(t.text.islower() and (t.lw in _FINITE_ANY or _main_verb(t)) for t in toks[k + 1 : x]):
            return toks[x - 1].start if toks[x - 1].text == "," else toks[x].start
    return end


def _as_for_topic(toks: list[Tok], lb: int, subj: int) -> tuple[int, int] | None:
    """``As for Tom Welby, he said …``: the topic set off before a pronoun subject is whom the pronoun
    means (it is named for that), whoever the previous sentences were about; its token range, else None."""
    if subj - lb < 4 or toks[lb].lw != "as" or toks[lb + 1].lw != "for" or toks[subj - 1].text != ",":
        return None
    if any(t.text in (",", ";", ":") or t.text in QUOTES for t in toks[lb + 2 : subj - 1]):
        return None
    return lb + 2, subj - 1


_FRONTING = frozenset(
    ["while", "after", "before", "when", "although", "though", "as", "since", "once", "because", "whereas"]
)
_WHERE = frozenset(["where", "whereupon"])


def _clause_subject_person(ctx: EnCtx, toks: list[Tok], lb: int, subj: int) -> Entity | None:
    """``he``/``she`` after a clause in the same sentence that names its own subject: that person.

    ``While Reyes thanked the divers hired by Daud, he said …`` — the fronted clause's subject (not a
    name inside its object); ``Mayor Tom Reyes visited the quay, where he said …`` — the sentence's
    subject before the relative ``where``. A fronted participle with no subject (``After meeting Daud,
    she said …``) names nobody the pronoun can mean: the narration's person, as if the clause were not
    there. Only a person whose known gender (if any) the pronoun allows; else None (the usual reading
    stands)."""
    word = toks[subj].lw
    if word not in ("he", "she") or subj - lb < 3:
        return None
    gender, number = lx.PRONOUNS[word]
    opens = intro_end(toks, lb, subj) if toks[lb].lw not in _FRONTING else lb
    if toks[subj - 1].lw in _WHERE and toks[subj - 2].text == ",":
        start = opens  # "X visited the quay, where he said …": the sentence's subject
    elif toks[lb].lw in _FRONTING and toks[subj - 1].text == ",":
        start = lb + 1  # "While X thanked …, he said …": the fronted clause's subject
        if toks[start].text.islower() and toks[start].lw.endswith("ing"):
            entity = ctx.resolve_pronoun(word, toks[lb].start)  # "After meeting Daud, she …": not Daud
            return entity if entity is not None and entity.kind == SpeakerKind.PERSON else None
    else:
        return None
    end = leading_np(toks, start, subj - 1)
    verb = toks[end] if end < subj - 1 else None
    if verb is None or not (predicate_verb(verb) or (verb.text.islower() and verb.lw in lx.NARRATION_VERBS)):
        return None
    entity = ctx.resolve(toks, start, end)
    if entity is None or entity.kind != SpeakerKind.PERSON or not entity.agrees(gender, number):
        return None
    return entity


def _comma_before(toks: list[Tok], cue_start: int) -> bool:
    """A comma closes what comes before the cue, maybe inside a closing mark (``They “liked it,” said``)."""
    before = toks[cue_start - 1].text if cue_start > 0 else ""
    return before == "," or (before in QUOTES and cue_start > 1 and toks[cue_start - 2].text == ",")


def _clause_before(toks: list[Tok], a: int, b: int) -> bool:
    """``toks[a:b]`` is a clause of its own (a finite verb after its first words, no relative pronoun that
    would make it a long subject): what a post-posed ``, said X`` closes."""
    if b - a < 5 or any(
        toks[x].lw in ("who", "which", "whose", "whom") and toks[x - 1].text == "," for x in range(a + 1, b)
    ):
        return False  # "Ann Cole, who was elected in May, said …": a subject with its relative clause
    return any(
        t.text.islower() and (t.lw in _FINITE_ANY or t.lw in lx.NARRATION_VERBS) for t in toks[a + 1 : b]
    )


def _document_reads(toks: list[Tok], k: int) -> bool:
    """``the statement read``, ``It read as follows:``: ``read`` reports a document's words only after a
    document noun with its determiner, or ``it`` followed by ``as follows`` or a colon."""
    if k == 0:
        return False
    before = toks[k - 1].lw
    if before == "it":
        nxt = [t.lw for t in toks[k + 1 : k + 3]]
        return nxt[:1] == [":"] or nxt == ["as", "follows"]
    written = before in STATEMENTS or before in lx.WRITTEN_NOUNS
    return written and k > 1 and toks[k - 2].lw in _READ_DETERMINERS


_READ_DETERMINERS = frozenset(["the", "a", "its", "his", "her", "their", "this", "that", "joint"])


def _document_before(toks: list[Tok], k: int) -> int | None:
    """``the Mail on Sunday report`` in ``… report that said …``: a document as a relative's subject."""
    if k < 3 or toks[k - 1].lw not in ("that", "which") or toks[k - 2].lw not in DOCUMENTS:
        return None
    a = k - 2
    while a > 0 and k - a < 9:
        t = toks[a - 1]
        inside = (
            t.lw in ("on", "of", "for")
            and a > 1
            and toks[a - 2].text[0].isupper()
            and toks[a].text[0].isupper()
        )
        if t.lw in ("the", "a", "an"):
            return a - 1
        if not (
            t.text[0].isupper() or inside or (t.text.isalpha() and t.text.islower() and t.lw not in _DOC_STOP)
        ):
            break
        a -= 1
    return a if a < k - 2 else None


_DOC_STOP = frozenset(
    ["to", "of", "in", "on", "by", "from", "about", "that", "and", "with", "as", "after", "said"]
)


def _resolution(
    toks: list[Tok], cue_start: int, speaker: Entity, nested_in: Draft | None, made: list[Draft]
) -> str:
    """How the speaker was found (Draft.resolution): nested, pronoun, carried over, or the entity's kind."""
    if nested_in is not None:
        return "nested"
    before = toks[cue_start - 1].lw if cue_start > 0 else ""
    if before in lx.PRONOUNS:
        return "pronoun"
    if before in ("and", "but", "then") and made and made[-1].speaker is speaker:
        return made[-1].resolution or "continuation"
    if speaker.kind == SpeakerKind.PERSON:
        return "named" if speaker.named else "title"
    return "org" if speaker.kind == SpeakerKind.ORGANIZATION else "group"


def _contents(
    ctx: EnCtx,
    span: Span,
    toks: list[Tok],
    k: int,
    lb: int,
    j_after: int,
    end_limit: int,
    regions: list[Span],
    speaker: Entity,
    cue_text: str,
    lemma: str,
    quote_before: Span | None,
    nested_in: Draft | None,
    made_before: list[Draft] = (),  # type: ignore[assignment]
) -> list[Draft]:
    """The content span(s) of one cue: the quotation before it, the complement after it, or the clause before.

    Quotations and complements are the usual cases; the clause before is ``The economy will grow, the
    minister said.``
    """
    out: list[Draft] = []
    if quote_before is not None:
        out.append(
            Draft(
                speaker,
                quote_before.start + 1,
                quote_before.end - 1,
                ClaimKind.DIRECT,
                cue=cue_text,
                confidence=0.85,
            )
        )
        out.extend(after_quote_first(ctx, toks, j_after, end_limit, regions, speaker, cue_text))
        return out
    if lemma == "quote":
        return quoted_as_saying(ctx, toks, j_after, end_limit, speaker, cue_text)
    if nested_in is not None:
        end_limit = nested_in.end
    start = content_start(ctx, toks, j_after, end_limit, lemma)
    before_ok = lb > 0 and nested_in is None
    first_tok = _token_at(toks, after_dateline(ctx, toks, span))
    if before_ok and lb <= 8 and toks[lb - 1].text == ",":
        first = after_dateline(ctx, toks, span)
        # "In most harbours, Haq said, the fees were set fairly.": a fronted adjunct with no verb of its
        # own, and a clause after the cue: the clause is what was said (guideline: the span after the cue)
        adjunct = _adjunct_only(toks, first, lb - 1) and _clause_after(toks, j_after)
        before_ok = not (_adverb_only(toks, first, lb) or adjunct)
    inserted = j_after + 1 < len(toks) and toks[j_after].text == "," and predicate_verb(toks[j_after + 1])
    if before_ok and inserted:
        # "The thing the port needs most, aides said, is a dredger.": the cue sits between a subject and
        # its verb; the predicate after it is what was said (the subject alone says nothing)
        before_ok = False
    if before_ok and lb > 2 and toks[lb - 1].text == "," and toks[lb - 2].lw in _OPEN_LINKS:
        # "… briefed Reyes on the quay, where, he said, the cranes fail": the words before the cue end on a
        # relative or subordinator whose clause is what follows the cue; they are narration, not content
        before_ok = not _clause_after(toks, j_after)
    # "According to Welby, the engineers assured …": the source, never the content
    sourced = first_tok + 1 < lb and toks[first_tok].lw == "according" and toks[first_tok + 1].lw == "to"
    before_ok = before_ok and not sourced
    fronted = first_tok < lb and (toks[first_tok].lw in _CONCESSIVE or _fronted_participle(toks, first_tok))
    if before_ok and fronted:
        # "Although profit fell, Reyes said …": a fronted subordinate clause is no content; nor is the
        # question a fronted participle reports ("Asked who should lead it, he said Okafor.")
        before_ok = False
    addressee = (
        start is not None
        and before_ok
        and lemma in lx.ADDRESSEE_VERBS
        and _addressee_only(toks, j_after, end_limit)
    )  # "The museum is open, the minister told the state news agency.": whom he told, not what
    if (
        start is not None
        and before_ok
        and (comma_next(toks, j_after, end_limit) or tail_only(toks, j_after, end_limit) or addressee)
        and not (j_after < len(toks) and toks[j_after].text in (":", *QUOTES))
    ):
        start = None  # "…, the IMF said on Wednesday, hours after …": the content is before
    if start is not None:
        r = next((r for r in regions if abs(r.start - start) <= 1 and r.end >= end_limit - 2), None)
        open_end = _open_to_paragraph_end(ctx, start) if r is None else None
        if r is not None:
            out.append(
                Draft(speaker, r.start + 1, r.end - 1, ClaimKind.DIRECT, cue=cue_text, confidence=0.85)
            )
        elif open_end is not None:  # 'testified: “I saw … . It was …' + the next paragraph's “…”
            out.append(Draft(speaker, start + 1, open_end, ClaimKind.DIRECT, cue=cue_text, confidence=0.8))
        elif (split := _colon_quote(ctx, toks, start, end_limit, regions)) is not None:
            # "She said that this was not the first flood: “Last year …”": the reported clause, then the
            # quotation the colon opens: two claims of hers, one indirect and one direct
            colon, quote = split
            out.append(Draft(speaker, start, colon, ClaimKind.INDIRECT, cue=cue_text, confidence=0.8))
            out.append(
                Draft(speaker, quote.start + 1, quote.end - 1, ClaimKind.DIRECT, cue=cue_text, confidence=0.8)
            )
        else:
            out.append(
                Draft(
                    speaker,
                    start,
                    end_limit,
                    ClaimKind.INDIRECT,
                    cue=cue_text,
                    confidence=0.8,
                    via=nested_in.speaker.canonical if nested_in else "",
                )
            )
    elif (
        lb > 0
        and nested_in is None
        and not sourced
        and (tail_only(toks, j_after, end_limit) or comma_next(toks, j_after, end_limit) or addressee)
    ):
        # "The economy will grow, the minister said." — the content is before the speaker.
        first = after_dateline(ctx, toks, span)
        end = toks[lb - 1].start if toks[lb - 1].text == "," else toks[lb].start
        if end - first > 8:
            speaker = spokesperson_of(ctx, toks, first, speaker)
            speaker = _outside_content(ctx, toks, lb, k, first, end, speaker, made_before)
            out.append(Draft(speaker, first, end, ClaimKind.INDIRECT, cue=cue_text, confidence=0.75))
            out.extend(after_quote_first(ctx, toks, j_after, end_limit, regions, speaker, cue_text))
            for earlier in made_before:  # "Mikati said …, the NNA reported.": Mikati's span ends at the comma
                if earlier.start < end < earlier.end:
                    earlier.end = end
    return out


def _outside_content(
    ctx: EnCtx, toks: list[Tok], lb: int, k: int, first: int, end: int, speaker: Entity, made: list[Draft]
) -> Entity:
    """``Oslo promised to free them soon, he said.``: a pronoun after the content never means a name the
    content itself holds (what the speaker talks about); it means whom the narration was about before."""
    pron = [x for x in range(lb, k) if toks[x].lw in lx.PRONOUNS]
    # "Oslo promised …": a claim of its own nested inside this content
    spoke_here = sum(1 for d in made if d.speaker is speaker and first <= d.start < end)
    if len(pron) != 1 or ctx.reg.speakers.count(speaker) > spoke_here:
        return speaker
    if not spoke_here and not any(first <= p < end and e is speaker for p, e in ctx.subjects):
        return speaker
    gender, number = lx.PRONOUNS[toks[pron[0]].lw]
    if number != "singular":
        return speaker
    other = next(
        (
            e
            for e in reversed(ctx.reg.speakers[-6:])
            if e is not speaker and e.kind == SpeakerKind.PERSON and e.agrees(gender, number)
        ),
        None,
    )
    return other or speaker


def _open_to_paragraph_end(ctx: EnCtx, start: int) -> int | None:
    """A quotation opened at ``start`` and never closed in its paragraph (it goes on in the next one, which
    opens with a fresh mark): its end is the paragraph's end, else None."""
    text = ctx.text
    mark = text[start : start + 1]
    if mark not in ('"', "“"):
        return None
    closers = '"”' if mark == "“" else '"'
    if any(c in text[start + 1 : ctx.para_end] for c in closers):
        return None
    nxt = text[ctx.para_end : ctx.para_end + 8].lstrip()
    return ctx.para_end if nxt[:1] in ('"', "“") else None


def _fronted_participle(toks: list[Tok], x: int) -> bool:
    """``Asked about the fees, …``, ``Pressed on the delay, …``: a capitalised -ed participle opening the
    sentence, followed by a lower-case word — a circumstance of the cue, not what was said."""
    t = toks[x]
    nxt = toks[x + 1] if x + 1 < len(toks) else None
    return (
        t.text[:1].isupper()
        and t.lw.endswith("ed")
        and len(t.lw) > 4
        and nxt is not None
        and nxt.text[:1].islower()
    )


_CONCESSIVE = frozenset(
    ["although", "though", "while", "whereas", "because", "if", "unless", "since", "despite"]
)


def _addressee_only(toks: list[Tok], j: int, end: int) -> bool:
    """After ``told``: a short noun phrase and the sentence's end (``the state news agency``), no clause."""
    rest = [t for t in toks[j:] if t.start < end and t.text[0].isalnum()]
    return (
        0 < len(rest) <= 7
        and rest[0].lw in ("the", "a", "an")
        and not any(
            t.lw in _ADDRESSEE_STOP
            or (t.text.islower() and "-" not in t.text and (t.lw in _PAST or finite_ed(t)))
            for t in rest
        )
    )


_ADDRESSEE_STOP = frozenset([*_FINITE, "that", "are", "were", "have", "will", "can", "should", "must", "not"])


def _adjunct_only(toks: list[Tok], first: int, b: int) -> bool:
    """``In most harbours``, ``Without passage``: a short phrase before the subject with no finite verb."""
    words = [t for t in toks[:b] if t.start >= first and t.text[0].isalnum()]
    return 0 < len(words) <= 6 and not any(t.text.islower() and _main_verb(t) for t in words)


_OPEN_LINKS = frozenset(["where", "which", "when", "whereas", "because", "although", "though", "while"])


def _clause_after(toks: list[Tok], j: int) -> bool:
    """``…, Haq said, the fees were set fairly.``: a comma after the cue, then three words or more."""
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    # "His wife, he says, plans to leave": with the subject fronted the span after the cue still holds
    # the statement's verb and the most of its words
    return sum(1 for t in toks[j + 1 :] if t.text[:1].isalnum()) >= 3


def _adverb_only(toks: list[Tok], first: int, b: int) -> bool:
    """``Instead, prosecutors said, …``: a connective adverb before the subject is no fronted content."""
    words = [t.lw for t in toks[:b] if t.start >= first and t.text[0].isalnum()]
    return len(words) == 1 and words[0] in lx.SENTENCE_ADVERBS


__all__ = ["extract_english"]


def _colon_quote(
    ctx: EnCtx, toks: list[Tok], start: int, end: int, regions: list[Span]
) -> tuple[int, Span] | None:
    """``… said that this was not the first flood: “Last year …”``: a reported clause closed by a colon that
    opens a quotation running to the sentence's end — (the colon's offset, the quotation)."""
    words = 0
    for x, tok in enumerate(toks):
        if tok.start < start or tok.start >= end:
            continue
        if _in(regions, tok.start):
            return None  # a quotation inside the clause itself: leave the span whole
        if tok.lw in lx.REPORTING_VERBS or tok.lw in lx.PARTICIPLE_CUES:
            return None  # "… said the minister said: “…”": a report nested in this one, its quotation its own
        if tok.text != ":":
            words += 1
            continue
        if words < 4 or x + 1 >= len(toks):
            return None
        nxt = toks[x + 1].start
        quote = next((r for r in regions if r.start == nxt and r.end >= end - 2), None)
        return (tok.start, quote) if quote is not None else None
    return None


def _lead_participle(toks: list[Tok]) -> int | None:
    """``Adding(,) that repairs would take a year.``: a sentence opened by a reporting participle and its
    ``that`` clause, with no subject of its own after it — where the content starts (the ``that``)."""
    if len(toks) < 5 or toks[0].lw not in lx.PARTICIPLE_CUES or not toks[0].text[:1].isupper():
        return None
    x = 2 if toks[1].text == "," else 1
    if toks[x].lw != "that":
        return None
    for y in range(x + 1, len(toks) - 1):
        if toks[y].text == "," and (toks[y + 1].lw in lx.PRONOUNS or toks[y + 1].text[:1].isupper()):
            return None  # "Adding that …, she apologised": the participle is fronted, its subject follows
    return x


def _makes_clear(toks: list[Tok], k: int) -> bool:
    """``made it clear (to them) that …``: a phrasal cue whose verb alone reports nothing."""
    return (
        toks[k].lw in ("made", "makes", "make")
        and k + 2 < len(toks)
        and toks[k + 1].lw == "it"
        and toks[k + 2].lw in ("clear", "plain")
    )
