"""The outlet's own checkable sentences (``event`` claims), decided by shape, not as a fallback.

An event is a declarative sentence in the outlet's voice that nobody is credited with: it states
something a reader could check (a figure, a date or time, a place, a named actor, or an act told by
an event verb: a visit, a meeting, an inspection, an attack), it is whole (closed by a full stop, or
too long to be a headline), it is no question, no hearsay (``وعلم أن …``) and no report whose speaker
was missed (a sentence holding a finite reporting verb is an attribution, found or not). The span
leaves out the dateline and scrape metadata in front (``date 2025-10-26 وطنا اليوم – …``). When a
sentence opens with the outlet's account of an act and a report follows in a later clause
(``نفذت البلدية حملة …، حيث أفادت أن …``), the opening clause is an event of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.content import DASHES
from claims.extract.arabic.cue_forms import f, fold_set
from claims.extract.arabic.cues import Cue, find_cues
from claims.extract.arabic.noun_phrases import Ctx
from claims.extract.arabic.words import COMPLEMENTISERS, EVENT_VERBS, PLACES, TOPIC_VERBS, strip_clitic
from claims.extract.core.tokens import QUOTE_CHARS, Tok
from claims.text.segment import Span, quote_regions, within

RUMOUR_OPENERS: Final = tuple(f(p) for p in lx.RUMOUR_OPENERS)
RUMOUR_NOUNS: Final = fold_set(lx.RUMOUR_NOUNS)
FRAME_OPENERS: Final = fold_set((*lx.FRAME_OPENERS, "وسط", "مع", "وفي", "ومع", "وبعد", "وعقب"))
_TIME_WORDS: Final = fold_set(
    (
        *("اليوم", "أمس", "غدا", "غداً", "الآن", "مساء", "صباح", "ظهر", "فجر", "الماضي", "الجاري", "الفائت"),
        *("المقبل", "بتاريخ", "عام", "العام", "شهر", "الشهر", "أسبوع", "الأسبوع", "ساعة", "سنوات", "سنة"),
        *("أيام", "يوما", "يوماً", "أشهر", "ساعات", "أعوام", "منذ"),
        *lx.WEEKDAYS,
    )
)
_PARTICLES: Final = fold_set(("كما", "وقد", "قد", "فقد", "ولم", "لم", "ثم", "ولقد", "لقد"))
OCCASION_PREPS: Final = fold_set(lx.OCCASION_PREPS)
_THAT: Final = fold_set(("وذلك",))
_DURING: Final = fold_set(("خلال", "أثناء"))
_CREDIT_RE: Final = re.compile(
    r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(fold_set(lx.PHOTO_CREDITS)))) + r")\s*:"
)
_SOURCE_OPENER_RE: Final = re.compile(  # "ووفقاً لأقواله؛ فإن …", "وبحسب الأرقام، …": someone's words
    r"[وف]?(?:"
    + "|".join(re.escape(f(p)) + ("" if f(p).endswith(" ل") else r"(?!\w)") for p in lx.SOURCE_PHRASES)
    + ")"
)
TEASER_NOUNS: Final = fold_set(lx.TEASER_NOUNS)
CIRCULATION_VERBS: Final = fold_set(lx.CIRCULATION_VERBS)
_ABOUT: Final = f("عن")
CONTINUING: Final = fold_set(("وقد", "فقد", "ولقد", "كما", "ولم"))  # no headline opens so: body text
_DIGIT_RE: Final = re.compile(r"\d")
_MIN_WORDS: Final = 5
_HEADLINE_WORDS: Final = 16  # a line this long without a full stop is body text, not a headline


def event_span(ctx: Ctx, span: Span, toks: list[Tok], cues: list[Cue]) -> Span | None:
    """The event of a sentence that made no attribution, or None when it is no event."""
    text = ctx.f[span.start : span.end]
    if text.endswith(("؟", "?")) or toks[0].text in QUOTE_CHARS:
        return None
    words = _words(text)  # cheap checks first: most sentences leave here
    whole = text.rstrip("\"”»)")[-1:] in ".!…" or words >= _HEADLINE_WORDS or toks[0].text in CONTINUING
    if not whole or words < _MIN_WORDS or _hearsay(text, toks) or _SOURCE_OPENER_RE.match(text):
        return None
    if _cut_teaser(text, words) or _words_of_someone(ctx, span, toks):
        return None
    recall = _recalled(ctx, toks)
    if recall:  # "يذكر أن الاشتباكات أجبرت …": the outlet's background, its clause read past the opener
        told = toks[recall:]
        if _imperfect_that(told) or _talks(told) or _statement_that(told) or not _checkable(ctx, told):
            return None
        return None if _quoted_words(ctx, span) >= _MIN_WORDS else span
    reports = [c.k for c in cues if _report(toks, c)]
    if reports:  # a reporting verb whose speaker was missed: an attribution, not the outlet's fact,
        return _act_before_report(ctx, span, toks, min(reports))  # but the act told before its clause is
    if _imperfect_that(toks) or _talks(toks) or _statement_that(toks) or _in_own_statement(toks):
        return None  # "… معلومات تفيد بأن …", "تحدث الوزير عن …": a statement carried by its verb, no fact
    if _quoted_words(ctx, span) >= _MIN_WORDS:
        return None  # "حيّا الوزير الأسرة التربوية «…»": someone's words, not the outlet's fact
    start = _main_clause(toks, _after_dateline(toks))
    body = toks[start:]
    if _words(ctx.f[body[0].start : span.end]) < _MIN_WORDS or not _checkable(ctx, body) or _caption(ctx, span):
        return None
    if _description(ctx, body):
        return None
    return Span(body[0].start, span.end)


def _description(ctx: Ctx, body: list[Tok]) -> bool:
    """``إذاعة جمعياتية متخصصة …``, ``صحفي ومحرر عام بموقع …``, ``ضربة موجعة لعدد من …``: the sentence
    opens with an indefinite noun and its indefinite adjective or a second noun joined by و, no verb:
    a description (a site's or an author's blurb, a lead's judgement), nothing that took place. The
    noun ends in ة or the nisba ي, which no verb opening a sentence does."""
    if len(body) < 2 or not (body[0].is_word and body[1].is_word):
        return False
    first, second = (ctx.text[ctx.folded.orig(t.start) : ctx.folded.orig_end(t.end)] for t in body[:2])
    if first.startswith("ال") or second.startswith("ال") or first[:1] in "وف":
        return False
    if not first.endswith(("ة", "ي")):
        return False
    return second.endswith(("ة", "ي")) or (second[:1] == "و" and not second[1:].startswith("ال") and len(second) > 3)


_FIRST: Final = itemgetter(0)
# any quotation mark: one search in C instead of a Python test of every character of every sentence
_QUOTE_MARK_RE: Final = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


def _words_of_someone(ctx: Ctx, span: Span, toks: list[Tok]) -> bool:
    """A sentence that is some speaker's words by its shape, though no cue is in it: it opens on a
    complementiser (``أنه "وفقاً لـ …``: a report's clause cut off its cue by a stray full stop), it
    closes a quotation opened in an earlier sentence (one quotation mark, at its end), or it is in the
    first person plural (``كما باشرنا التنسيق …``, ``نحن …``). The outlet states none of these as its own."""
    if toks[0].text in COMPLEMENTISERS and not toks[0].text.startswith("ل"):
        return True
    text = ctx.f[span.start : span.end].rstrip(" .")
    if text[-1:] in QUOTE_CHARS and _QUOTE_MARK_RE.search(text, 0, len(text) - 1) is None:
        return True  # its one quotation mark is its last character
    if not ctx.f.startswith(RECALL_OPENERS, span.start) and _first_person(toks):
        return True  # "كما ذكرنا" is the outlet's own recall, not a speaker's "we"
    return False


def _first_person(toks: list[Tok]) -> bool:
    """``نحن``, ``إننا``, ``لدينا`` anywhere, or a perfect verb in ``-نا`` after ``كما``/``قد`` opening the
    sentence (``كما باشرنا …``, ``وقد قمنا …``); the outlet's own ``كما ذكرنا`` is author voice, read
    before this."""
    if any(t.text in FIRST_PERSON_WORDS for t in toks):
        return True
    i = 0
    while i < len(toks) and toks[i].text in _PARTICLES:
        i += 1
    verb = toks[i].text if i < len(toks) else ""
    return i > 0 and len(verb) >= _FIRST_PERSON_VERB and verb.endswith("نا")


FIRST_PERSON_WORDS: Final = fold_set(lx.FIRST_PERSON_WORDS)
_FIRST_PERSON_VERB: Final = 4  # "قمنا": a three-letter root and its suffix


def _cut_teaser(text: str, words: int) -> bool:
    """A short line ending in an ellipsis (``رئاسة المجلس تدعو المؤسسة القضائية لت…``, ``…، رحلة تدريبية،
    …``): a related story's headline or excerpt cut by the page, not a sentence of the article."""
    return text.rstrip().endswith(("…", "...")) and words < _HEADLINE_WORDS


def _recalled(ctx: Ctx, toks: list[Tok]) -> int:
    """Index of the first word after a recalling author-voice opener and its complementiser (``يذكر
    أن``, ``يشار إلى أن``, ``الجدير بالذكر أن``): what follows is the outlet's background, which it
    states as fact; 0 when the sentence opens otherwise. Hearsay openers (``يقال إن``) are no recall."""
    if not ctx.f.startswith(RECALL_OPENERS, toks[0].start):
        return 0
    that = next((k for k in range(1, min(len(toks) - 1, _RECALL_REACH)) if toks[k].text in _RECALL_THAT), 0)
    if not that or that + 1 >= len(toks) or toks[that + 1].text in _DEMONSTRATIVES:
        return 0  # "يذكر أن هذه التصريحات جاءت وسط جدل": a comment on the story told, no news of its own
    if any(not c.form.participle for c in find_cues(toks[that + 1 :])):
        return 0  # "يذكر أن البلدية أعلنت أمس عن …": a report recalled, background, not the outlet's fact
    return that + 1


_DEMONSTRATIVES: Final = fold_set(("هذه", "هذا", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء"))


RECALL_OPENERS: Final = tuple(
    f(p) for p in lx.AUTHOR_VOICE if not f(p).startswith(tuple(f(r) + " " for r in lx.RUMOUR_OPENERS))
)
_RECALL_THAT: Final = fold_set(("أن", "بأن", "إن"))
_RECALL_REACH: Final = 6  # "تجدر الإشارة إلى أن": the clause's أن within the opener's first words
_CLAUSE_LINKS: Final = fold_set(("حيث", "بعد", "عقب", "ثم", "إذ", "فيما", "بينما"))
_COMMAS: Final = ("،", ",")


def _act_before_report(ctx: Ctx, span: Span, toks: list[Tok], cue_k: int) -> Span | None:
    """``شهد المجلس، أمس الثلاثاء، مشادة بعد أن طالب رئيسه …``, ``وأسفرت التحريات عن …، وخلال التحقيق أقر
    المتهم بـ …``: the sentence opens with the outlet's act (an event verb) and a report comes only in a
    later clause (after a comma or a link such as ``حيث``, ``بعد``) with no claim made of it; the act up
    to that clause is the outlet's event, the report stays out of it."""
    start = _after_dateline(toks)
    cut = next(
        (k for k in range(cue_k - 1, start, -1) if toks[k].text in _COMMAS or toks[k].text in _CLAUSE_LINKS),
        None,
    )
    if cut is None:
        return None
    lead = toks[start:cut]
    if sum(t.is_word for t in lead) < _MIN_WORDS or not _opens_with_event_verb(lead):
        return None
    if not _checkable(ctx, lead):
        return None
    act = Span(lead[0].start, lead[-1].end)
    return None if _quoted_words(ctx, act) >= _MIN_WORDS or _caption(ctx, span) else act


def _talks(toks: list[Tok]) -> bool:
    """A verb of talking with its topic after it (``وتحدث الوزير أمام النواب عن خطة …``, ``وكان مصدر تحدث
    لقناة … عن التوصل …``): the subject's words, never the outlet's act (English ``spoke about``)."""
    for k, tok in enumerate(toks):
        if tok.text in TALK_VERBS or strip_clitic(tok.text) in TALK_VERBS:
            return any(t.text == _ABOUT for t in toks[k + 1 : k + _TALK_REACH])
    return False


def _statement_that(toks: list[Tok]) -> bool:
    """A statement noun with ``أن`` close after it (``وجاء في بيان الشركة أن …``, ``في بيانها، أن …``): the
    statement's words, whatever verb (or misspelt one) carries them; never the outlet's own fact."""
    for k, tok in enumerate(toks):
        if _statement_noun(tok.text):
            ahead = toks[k + 1 : k + _STATEMENT_REACH]
            if any(t.text in COMPLEMENTISERS and not t.text.startswith("ل") for t in ahead):
                return True
    return False


@lru_cache(maxsize=1 << 16)  # a pure function of one word, asked of every word of every sentence
def _statement_noun(word: str) -> bool:
    """``بيان``, ``البيان``, ``ببيانها``, ``تصريحاته``: a statement noun behind its clitics and a pronoun
    (``بيان`` itself opens with ``ب``, so the word is tried with and without a clitic)."""
    stems = (word, word[1:]) if word.startswith(("و", "ف", "ب", "ل")) and len(word) > 4 else (word,)
    return any(_bare_statement_noun(w.removeprefix("ال")) for w in stems)


def _bare_statement_noun(word: str) -> bool:
    return word in STATEMENT_NOUNS or _owned_statement_noun(word)


def _owned_statement_noun(word: str) -> bool:
    """``تصريحه``, ``بيانها``: a statement noun with its owner's pronoun."""
    return any(word.endswith(s) and word[: -len(s)] in STATEMENT_NOUNS for s in _PRONOUN_SUFFIXES)


def _in_own_statement(toks: list[Tok]) -> bool:
    """``كما تأسف الوالي في تصريحه للصحافة لهذه الممارسات``: the sentence is told as said in the
    subject's own statement to someone (``في`` + a statement noun with its pronoun + ``ل`` and the
    addressee) and opens on no event verb, so its matter is that speaker's words or feelings, not an act
    the outlet reports."""
    if _opens_with_event_verb(toks, circulation=True):
        return False  # an act told, the statement its vehicle
    for k in range(len(toks) - 2):
        if toks[k].text not in _IN or not toks[k + 2].text.startswith("ل"):
            continue  # "ونشرت الشركة في بيانها الصادر أمس أرقام …": the statement names no addressee
        if _owned_statement_noun(toks[k + 1].text):
            return True
    return False


_IN: Final = fold_set(("في", "وفي"))
_PRONOUN_SUFFIXES: Final = ("هما", "هم", "ها", "ه")
_STATEMENT_REACH: Final = 5  # "بيان الشركة الصادر أمس أن": the clause within four words of the noun
STATEMENT_NOUNS: Final = fold_set(lx.STATEMENT_NOUNS)


_TALK_REACH: Final = 10  # the topic's "عن" after an addressee and a time ("لقناة المدينة مساء الأحد عن")
TALK_VERBS: Final = fold_set(lx.TALK_VERBS)


def _words(text: str) -> int:
    """Words, not separators (``»`` in a breadcrumb, a lone dash)."""
    return sum(map(str.isalnum, map(_FIRST, text.split())))  # each word's first character, in C


def _imperfect_that(toks: list[Tok]) -> bool:
    """An imperfect verb right before ``أن``/``بأن`` (``معلومات تفيد بأن …``, ``يذكر أن …``): the sentence
    carries a statement (of information, of a source, of the outlet recalling a report), so what
    follows is someone's words, not a fact the outlet tells; a noun before it (``مع الإشارة أن``) or a
    conjunction (``بعد أن``) is no such verb."""
    for k in range(1, len(toks)):
        if toks[k].text not in COMPLEMENTISERS or toks[k].text.startswith("ل"):
            continue
        prev = toks[k - 1].text
        if len(prev) >= 3 and prev[0] in "يت" and prev not in _CLAUSE_LINKS:
            return True
    return False


def _caption(ctx: Ctx, span: Span) -> bool:
    """The line holds a photo credit (``… 2018. تصوير: فلان - رويترز``): a caption, not the outlet's fact."""
    line = ctx.f[ctx.f.rfind("\n", 0, span.start) + 1 : ctx.f.find("\n", span.end) % (len(ctx.f) + 1)]
    return ":" in line and _CREDIT_RE.search(line) is not None


def _hearsay(text: str, toks: list[Tok]) -> bool:
    """``وعلم أن …``, ``وتحدثت أنباء عن …``: unsourced, so neither a claim nor the outlet's fact."""
    return text.startswith(RUMOUR_OPENERS) or any(t.text in RUMOUR_NOUNS for t in toks[:5])


def _main_clause(toks: list[Tok], i: int) -> int:
    """Past a long fronted adverbial (``في ظل تحلّل المؤسسات …، والإفراج عن …، يأتي حكم المحكمة …``):
    the event is the main clause, which opens with an event verb right after a comma."""
    if i >= len(toks) or toks[i].text not in FRAME_OPENERS:
        return i
    for k in range(len(toks) - 2, i, -1):
        if toks[k].text in ("،", ",") and _event_verb(toks[k + 1].text):
            return k + 1
    return i


def _report(toks: list[Tok], cue: Cue) -> bool:
    """A finite reporting verb: an attribution whose speaker was missed, or a report of speech with
    only a noun phrase (``أوضح الوكيل فئات العمالة``). A verb that also tells an act carries no
    statement without a complementiser, colon, quotation or its preposition: ``اختتمت الهيئة حملة
    …`` and ``نقل الوزير رسالة …`` are acts (§4.4: the checkable ones can be events). A verb of
    reacting to a topic (``علّقت الوزارة على الأنباء …``) names with its preposition what it reacted
    to, so only a complementiser, colon or quotation makes it a statement."""
    if cue.form.participle:  # "…، موضحين أنهم …": someone's words hung on the clause (§4.1), not a fact
        return _clause_after(toks, cue.k, cue.form.preps)
    verb = toks[cue.k].text
    topic = reaction_verb(verb)  # "علّقت الوزارة على الأنباء"
    if not topic and not _event_verb(verb) and not _decision(toks, cue.k):
        return True
    preps = () if topic else cue.form.preps
    for tok in toks[cue.k + 1 :]:
        w = tok.text
        if w in COMPLEMENTISERS or w == ":" or w in QUOTE_CHARS or w in preps:
            return True
    return False


def _clause_after(toks: list[Tok], k: int, preps: tuple[str, ...]) -> bool:
    """A participle of saying with its clause right after it (``موضحين أنهم``, ``مشيرين إلى أن``, ``قائلا:``);
    a participle with a noun alone (``معربين عن ارتياحهم``) carries no statement of its own here."""
    ahead = toks[k + 1 : k + 3]
    if ahead and ahead[0].text in preps:
        ahead = ahead[1:]
    return bool(ahead) and (ahead[0].text in COMPLEMENTISERS or ahead[0].text == ":" or ahead[0].text in QUOTE_CHARS)


def _decision(toks: list[Tok], k: int) -> bool:
    """``رفضت المحكمة الجمعة الماضي طلب الدفاع``: a refusal verb that also decides, whose object is no
    verbal noun of speaking (``رفض التعليق``); like an event verb it reports only with a clause, which
    the caller looks for."""
    verb = toks[k].text
    if verb not in DECISION_VERBS and strip_clitic(verb) in DECISION_VERBS:
        verb = strip_clitic(verb)
    if verb not in DECISION_VERBS:
        return False
    return not any(t.text in REFUSED_SPEECH for t in toks[k + 1 : k + _OBJECT_REACH])


_OBJECT_REACH: Final = 8  # the object after the subject and a time ("المحكمة الجمعة الماضي طلب")
DECISION_VERBS: Final = fold_set(lx.DECISION_VERBS)
REFUSED_SPEECH: Final = fold_set(lx.REFUSED_SPEECH)


def occasion_tail(ctx: Ctx, toks: list[Tok], start: int, end: int, regions: list[Span]) -> Span | None:
    """``أكد الوزير …، وذلك خلال مؤتمر صحفي الثلاثاء 3 أيار``: the occasion the outlet adds after a
    report (when, after what) is its own event, and the report ends before it. Only ``وذلك`` + a
    preposition of time or occasion outside quotation marks; ``وذلك من خلال …`` (the means) and
    ``وذلك بسبب …`` (the reason) stay in the speaker's words."""
    for k in range(len(toks) - 1):
        tok = toks[k]
        if tok.start <= start or tok.start >= end or tok.text not in _THAT:
            continue
        if toks[k + 1].text not in OCCASION_PREPS or within(regions, tok.start):
            continue
        tail = [t for t in toks[k:] if t.end <= end]
        if _carries_words(tail):
            return None  # "وذلك بعد ورود معلومات تفيد بأن …": the occasion is hearsay, no checkable act
        if sum(t.is_word for t in tail) >= _MIN_WORDS and _checkable(ctx, tail[1:]):
            return Span(tok.start, end)
        return None
    return None


def _carries_words(toks: list[Tok]) -> bool:
    """Unsourced news or a statement carried by a verb (``معلومات تفيد بأن``, ``تحدث … عن``) in the clause:
    words going round, not an act the outlet tells."""
    return any(t.text in RUMOUR_NOUNS for t in toks) or _imperfect_that(toks) or _talks(toks)


def occasion_frame(ctx: Ctx, toks: list[Tok], claims: list[Span]) -> Span | None:
    """``أكدت قيادات أمنية، خلال جلسة حوارية عُقدت الأربعاء في بغداد، أن …``: the occasion of a report,
    told with its own event verb and a time (a meeting took place), is the outlet's event. The
    occasion runs from its noun to the next comma; none inside a claim's content (the speaker's words)."""
    for k in range(len(toks) - 3):
        if toks[k].text not in _DURING:
            continue
        verb = next((m for m in range(k + 2, min(k + 5, len(toks))) if _event_verb(toks[m].text)), None)
        if verb is None or any(toks[j].text in ("،", ",") for j in range(k + 1, verb)):
            continue
        end = next(
            (j for j in range(verb + 1, len(toks)) if toks[j].text in ("،", ",") or toks[j].text in COMPLEMENTISERS),
            len(toks),
        )
        frame = toks[k + 1 : end]
        timed = any(t.text in _TIME_WORDS or _DIGIT_RE.search(t.text) for t in toks[verb + 1 : end])
        if not timed or sum(t.is_word for t in frame) < _MIN_WORDS:
            continue
        at, stop = frame[0].start, frame[-1].end
        if any(c.start <= at < c.end for c in claims):
            continue
        return Span(at, stop)
    return None


def teaser(toks: list[Tok], cue: Cue) -> bool:
    """``كشف التيار، اليوم، عن موقف زعيمه من …``: a disclosure whose object only names a statement
    (details, a position, the reasons) and says nothing of it (§4.12): no claim; the act is an event."""
    if cue.form.participle or _ABOUT not in cue.form.preps:
        return False
    at = next((k for k in range(cue.k + 1, len(toks)) if toks[k].text == _ABOUT), None)
    if at is None or at + 1 >= len(toks):
        return False
    w = toks[at + 1].text
    w = w[2:] if w.startswith("ال") else w
    if not (w in TEASER_NOUNS or w[:-1] in TEASER_NOUNS or w[:-2] in TEASER_NOUNS):  # موقفه، موقفها
        return False
    return not any(t.text in COMPLEMENTISERS or t.text == ":" or t.text in QUOTE_CHARS for t in toks[cue.k + 1 :])


def _quoted_words(ctx: Ctx, span: Span) -> int:
    """Words of the longest quotation (names in guillemets, «منبر جدة», are short)."""
    regions = quote_regions(ctx.f, span.start, span.end)
    return max((len(ctx.f[r.start : r.end].split()) for r in regions), default=0)


def lead_event(ctx: Ctx, toks: list[Tok], span: Span, cue_k: int, clause_at: int) -> Span | None:
    """``نفذت البلدية حملة لإزالة السيارات، حيث أفادت أن …``: the act told before the report's clause."""
    start = _after_dateline(toks)
    lead = [t for t in toks[start:cue_k] if t.end <= clause_at]
    if sum(t.is_word for t in lead) < _MIN_WORDS or not _opens_with_event_verb(lead):
        return None
    return Span(lead[0].start, clause_at)


_WAS: Final = fold_set(("وكان", "كان", "وكانت", "كانت"))


def _opens_with_event_verb(toks: list[Tok], circulation: bool = False) -> bool:
    """The clause opens with a perfect event verb, after particles (``كما``, ``وقد``) or as
    ``وكان X قد تبنى …`` (the subject between ``كان`` and ``قد``); with ``circulation``, a verb of news
    passed around (``تداولت``) counts too."""
    verb = _circulation_or_event_verb if circulation else _event_verb
    i = 0
    while i < len(toks) and toks[i].text in _PARTICLES:
        i += 1
    if i < len(toks) and verb(toks[i].text):
        return True
    if toks and toks[0].text in _WAS:
        qad = next((k for k in range(1, min(len(toks) - 1, 8)) if toks[k].text == "قد"), None)
        return qad is not None and verb(toks[qad + 1].text)
    return False


def _circulation_or_event_verb(word: str) -> bool:
    return _event_verb(word) or word in CIRCULATION_VERBS or strip_clitic(word) in CIRCULATION_VERBS


def reaction_verb(word: str) -> bool:
    """``علّق``, ``ردّ``, ``عقّب`` (on a topic): a verb of reply, whose act is the speaker's words."""
    return word in TOPIC_VERBS or strip_clitic(word) in TOPIC_VERBS


def _event_verb(word: str) -> bool:
    return word in EVENT_VERBS or strip_clitic(word) in EVENT_VERBS


def _checkable(ctx: Ctx, toks: list[Tok]) -> bool:
    """Something a reader can check: a figure, a time, a place, a registered actor, an act."""
    if _opens_with_event_verb(toks, circulation=True):
        return True
    for tok in toks:
        w = tok.text
        if _DIGIT_RE.search(w) or w in _TIME_WORDS or w in PLACES or strip_clitic(w) in PLACES:
            return True
    return any(ctx.reg.lookup(t.text) is not None for t in toks if t.is_word and len(t.text) > 3)


def _after_dateline(toks: list[Tok]) -> int:
    """Index of the first token after a dateline: scrape metadata (``date 2025-10-26``) and a place,
    agency or byline closed by a dash within the first words (``الرياض - ياسر … مساء -``), or an agency
    closed by a colon within the first few (``وكالة المدينة للأنباء: …``)."""
    i = 0
    if toks and toks[0].text == "date":
        i = 1
        while i < len(toks) and (toks[i].text[0].isdigit() or toks[i].text in DASHES):
            i += 1
    dash = next((k for k in range(min(len(toks) - 1, i + 16), i - 1, -1) if toks[k].text in DASHES), None)
    if dash is not None and dash + 1 < len(toks) and toks[dash + 1].text[0].isalpha():
        return dash + 1
    near = range(i + 1, min(len(toks) - 1, i + _COLON_DATELINE))
    colon = next((k for k in near if toks[k].text == ":"), None)
    if colon is not None and toks[colon + 1].text[0].isalpha():
        return colon + 1  # "وكالة المدينة للأنباء: …": an agency or site named with a colon before the story
    return i


_COLON_DATELINE: Final = 5  # the colon of a dateline comes within the first few words


def narration_verb(toks: list[Tok]) -> int | None:
    """Index of the event verb that opens a sentence's story (``أجرى الوزير X اتصالاً …``), after a
    dateline (``مسقط في 3 فبراير /العمانية/ أجرى …``, the agency between slashes too) and connectives
    (``كذلك أجرى …``); None when the sentence opens otherwise."""
    n = len(toks)
    tried: list[int] = []
    for start in range(3):  # the starts in order, each computed only when the one before found no verb
        if start == 0:
            i = 0
        elif start == 1:
            i = _after_dateline(toks)
        else:
            slashes = [k for k in range(min(n, _SLASH_DATELINE)) if toks[k].text == "/"]
            if len(slashes) < 2:
                break
            i = slashes[1] + 1  # "… /العمانية/ أجرى": the agency named between slashes
        if i in tried:
            continue  # the same start reads the same words: no verb there either
        tried.append(i)
        while i < n and (toks[i].text in _PARTICLES or toks[i].text in _ALSO):
            i += 1
        if i < n and _event_verb(toks[i].text):
            return i
    return None


_SLASH_DATELINE: Final = 10  # "مسقط في 3 فبراير /العمانية/": the agency's slashes come within the first words
_ALSO: Final = fold_set(("كذلك", "وكذلك"))
