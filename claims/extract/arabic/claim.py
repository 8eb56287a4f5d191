"""One finite Arabic reporting cue → a draft claim: its subject (VSO, SVO, quoted, coordinated or
pro-drop by agreement), its cue text with the phrasal preposition, and where its content starts."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.content import (
    ALL_OF,
    DASHES,
    FRAME_OPENERS,
    TURN_MARKERS,
    content_marker,
    content_start,
    marker_at,
    prep_b,
    statement_frame,
    written_prep,
)
from claims.extract.arabic.cue_forms import CueForm, f, fold_set
from claims.extract.arabic.cues import SAYING, SPEECH_OBJECTS, Cue, lone_mark
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.noun_phrases import Ctx, Mention, _plain_name, person, registry_match
from claims.extract.arabic.speaker_candidates import Choice, choose_subject, mark_salient, resolution_of
from claims.extract.arabic.speaker_repair import DOUBT_CEILING, repair
from claims.extract.arabic.speaker_shape import phrase_shape
from claims.extract.arabic.statements import statement
from claims.extract.arabic.subjects import (
    fronted_topic,
    left_subject,
    quote_ends_before,
    quoted_name,
    quoted_organisation,
    sentence_initial,
    skip_apposition,
)
from claims.extract.arabic.titles import quoted_name_end
from claims.extract.arabic.words import (
    APPEAL_VERBS,
    CHANNEL_WORDS,
    COMPLEMENTISERS,
    DATA_WORDS,
    GIVEN,
    OCCASION_PRONOUNS,
    PLACE_HEADS,
    PLACES,
    SINGULAR_SOURCES,
    STOPS,
    TITLES,
    in_lexicon,
    is_cue,
    is_name_token,
    is_nisba,
)
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity, group_of
from claims.extract.core.tokens import QUOTE_CHARS, START, Tok
from claims.types import ClaimKind, SpeakerKind


def _coordinated(ctx: Ctx, toks: list[Tok], subject: Mention, j: int, n: int) -> Mention | None:
    """``X ونظيره Y`` / ``X ووزير … Y``: a second titled person joined by و makes the subject a group
    (guideline §2: two speakers together are one claim, names joined in the order first named)."""
    word = toks[j].text if j < n else ""
    if len(word) < 4 or not word.startswith("و") or subject.entity.kind != SpeakerKind.PERSON:
        return None
    shifted = list(toks)
    shifted[j] = Tok(word[1:], toks[j].start + 1, toks[j].end)
    bare = None if in_lexicon(word[1:], TITLES) else _title_without_pronoun(word[1:])
    if bare is not None:  # "ونائبته ليلى منصور": his deputy, a title with a possessive pronoun
        shifted[j] = Tok(bare, toks[j].start + 1, toks[j].start + 1 + len(bare))
    if in_lexicon(shifted[j].text, TITLES):
        second = parse_mention(ctx, shifted, j, n)
    else:  # "وأكد الوزير والحياري …": a person named before, joined by و
        hit = registry_match(ctx, shifted, j, n, SpeakerKind.PERSON)
        second = Mention(hit[0], hit[1], toks[j].start, toks[hit[1] - 1].end) if hit is not None else None
    if second is None or second.entity is subject.entity or second.entity.kind != SpeakerKind.PERSON:
        return None
    if not (subject.entity.named and second.entity.named):
        return None
    return Mention(group_of([subject.entity, second.entity]), second.end, subject.start_char, second.end_char)


def _title_without_pronoun(w: str) -> str | None:
    """``نائبته`` → ``نائبه``, ``نظيره`` → ``نظير``: a title carrying a possessive pronoun."""
    for suffix, restore in (("تها", "ه"), ("ته", "ه"), ("ها", ""), ("ه", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)] + restore
            if in_lexicon(stem, TITLES):
                return stem
    return None


# "لكنه دعا مقدمي البرامج إلى …", "إنها طالبت الحكومة بـ …": the particle's pronoun is the verb's
# subject; the noun after the verb is its object, never the speaker
_PRONOUN_SUBJECTS: Final = fold_set(
    ("لكنه", "لكنها", "ولكنه", "ولكنها", "إنه", "إنها", "فإنه", "فإنها", "لأنه", "لأنها", "أنه", "أنها")
)


# "ومع ارتفاع الأسعار يطالب السكان …": a prepositional adjunct fronted before a sentence's verb
_ADJUNCT_PREPS: Final = fold_set(
    ("مع", "ومع", "وفي", "في", "وبعد", "بعد", "وأمام", "أمام", "ووسط", "وسط", "وبسبب")
)
_ADJUNCT_SPAN: Final = 6  # words of the adjunct: a preposition and its noun phrase, never a clause


def _fronted_adjunct(toks: list[Tok], k: int) -> bool:
    """``ومع ارتفاع درجات الحرارة يطالب المواطنون …``: the sentence opens with a preposition and a short
    noun phrase (no comma, no complementiser, no other cue), then the imperfect verb with its subject
    after it: the verb opens the sentence's main clause, a report like a sentence-initial one."""
    if not 2 <= k <= _ADJUNCT_SPAN or toks[0].text not in _ADJUNCT_PREPS:
        return False
    return all(t.text[0].isalpha() and t.text not in COMPLEMENTISERS and not is_cue(t.text) for t in toks[1:k])


def claim(
    ctx: Ctx, toks: list[Tok], cue: Cue, turn: bool, limit_char: int, run_on: bool = False
) -> Draft | None:
    n = len(toks)
    while n and toks[n - 1].start >= limit_char:
        n -= 1
    form, k = cue.form, cue.k
    if form.lemma == "حمل" and not _held_responsible(toks, k, n):
        return None  # حمّل is a report only as "held … responsible"
    if form.lemma == "وجه" and not any("تهم" in t.text for t in toks[k + 1 : k + 8]):
        return None  # وجّه is a report only as "brought a charge" (guideline §4.12)
    j = k + 1
    subject: Mention | None = None
    j = _skip_adverbs(ctx, toks, j, n)
    j = _skip_talk(toks, j, n)
    latter = _latter(toks, j, n)  # "وأشارت هذه الأخيرة إلى …": the person last named, as a pronoun
    same = _same_speaker(ctx, toks, j, latter) if latter else None  # "وأكد هذا المصدر": by its noun
    occasion = 0 if latter else _occasion_pronoun(ctx, toks, j, n, form)  # "أعرب خلاله عن …": pro-drop too
    latter = latter or occasion
    j = latter or j
    choice = None
    # "أطلق رئيس الاتحاد عمر البناء تحذيرا من …": the subject ends where the warning starts
    sub_n = next((m for m in range(j, n) if toks[m].text in SPEECH_OBJECTS), n) if form.lemma == "اطلق" else n
    sub_n = _called_plural(toks, j, sub_n, form)
    origin = _origin_phrase(toks, j, sub_n)  # "أكد المزارع X من قرية Y في Z أن …": where X is from
    pronoun_subject = k > 0 and toks[k - 1].text in _PRONOUN_SUBJECTS
    topic = None if cue.clitic else fronted_topic(ctx, toks, k, form)
    if topic is not None:
        subject = Mention(topic.entity, j, topic.start_char, topic.end_char)  # the addressee follows the verb
    elif same is not None:
        subject = same
    elif latter:
        pass  # resolved below by agreement, as a dropped pronoun
    elif j < n and not content_marker(toks[j], form) and not pronoun_subject:
        choice = _subject_before_origin(ctx, toks, j, sub_n, form, origin) if origin is not None else None
        if choice is None:
            origin = None
            choice = choose_subject(ctx, toks, j, sub_n, form)  # scored readings (speaker_candidates)
        subject = choice.mention
        if subject is None and toks[j].text.startswith("ال") and toks[j].text[2:] in DATA_WORDS:
            subject = statement(ctx, toks, j, sub_n, issuer_only=True)  # "أظهرت البيانات الصادرة عن …"
    elif j + 3 < n and form.lemma == "علم" and toks[j].text in QUOTE_CHARS:
        subject = _learned_by(ctx, toks, j, n)  # "وعلم «هنا عمان» أن …": the paper learned
    elif j + 3 < n and toks[j].text in QUOTE_CHARS and toks[j + 2].text in QUOTE_CHARS:
        subject = quoted_name(ctx, toks, j, n, form)
    elif j + 3 < n and toks[j].text in QUOTE_CHARS:
        subject = quoted_organisation(ctx, toks, j, n)
    if subject is None and j + 2 < n and not pronoun_subject and toks[j].text in ("،", ",") + tuple(QUOTE_CHARS):
        late = _set_off_subject(ctx, toks, j, n, form)  # "وأشار، «X» مدير …، إلى أن …"
        if late is not None:
            subject, j = late, late.end
    if subject is not None and _accused(form, toks, subject, n):
        subject = None  # "واتهمت الحكومة بالتلكؤ": that is the accused; the accuser is pro-drop
    if subject is not None and run_on and _called_on_all(form, toks, j, subject, n):
        subject = None  # "…، ودعت كافة البلديات للتعاون": those called on; the caller goes on speaking
    if subject is not None and cue.clitic and _called_party(ctx, form, toks, subject, n):
        subject = None  # "وطالبت جماعة X بالكف عن …": the party the speaker goes on calling on
    if subject is not None:
        j = skip_apposition(ctx, toks, subject.end, sub_n, subject)
        j = max(j, sub_n) if sub_n < n else j
        pair = _coordinated(ctx, toks, subject, j, n)
        if pair is not None:
            subject = pair
            j = skip_apposition(ctx, toks, pair.end, n, pair)
    if subject is not None and origin is not None and subject.end == origin[0]:
        j = origin[1]  # past the place the speaker comes from, to the complementiser or colon
    j = _skip_talk(toks, j, n)
    if subject is not None and j + 1 < n and toks[j].text in DASHES and toks[j + 1].text in form.preps:
        j += 1  # "ونقلت وكالة X- عن مصدر …": a dash between the subject and the cue's own preposition
    if subject is not None:
        j = _past_occasion(toks, j, n)
    left = left_subject(ctx, toks, k) if subject is None else None
    c = kana_clause(toks, k) if subject is None and left is None else 0
    if c:  # "…، وكان X كشف عن …": the subject between the clause's كان and the cue
        left = left_subject(ctx, toks[c:], k - c)
    initial = sentence_initial(toks, k, cue.clitic) or (subject is not None and _fronted_adjunct(toks, k))
    if form.imperfect and left is None and not initial and not quote_ends_before(toks, k):
        return None  # an imperfect inside a clause ("… يكشف مرة أخرى …") is not a report
    found = content_start(toks, j, n, form)
    if found is None and j < n and toks[n - 1].text == ":" and n == len(toks):
        found = (toks[n - 1].end, "")  # "قال محافظ المدينة X:" closing the line: the words follow below it
    if found is None and form.lemma == "ذكر" and j == k + 1:
        found = _reminded_of(ctx, toks, k, n)
    opens_clause = cue.clitic or k == 0 or toks[k - 1].text in ("،", ",")  # not "3400 طالب،"
    if subject is None and left is None and _inside_name(toks, k, n, cue):
        return None  # "برئاسة هاني طالب بلان رئيس اللجنة": a cue form that is a name word between names
    if found is None and subject is None and left is None and j == k + 1 and opens_clause:
        found = _bare_clause(toks, j, n)
    if found is None and occasion and subject is None and j < n and toks[j].text[0].isalpha():
        found = (toks[j].start, "")  # "عقدت الوزارة مؤتمراً أوضحت خلاله الخسائر …": the object is said
    if found is None and form.complement == "clause" and _unmarked_speech(toks, j, n):
        if (subject is not None and subject.entity.named) or (subject is None and cue.clitic and j == k + 1):
            found = (toks[j].start, "")  # "وقال X تأتي أهمية …": his words, neither marked nor with أن
    if found is None and form.complement == "clause" and subject is not None and subject.entity.named:
        bare = _unmarked_clause(toks, j, n)  # "وقال الحداد سيناقش المجلس …", "وأضاف الحداد ركز اللقاء على …"
        found = (toks[bare].start, "") if bare is not None else None
    if found is None and subject is not None and j + 2 < n and toks[j].text in _THERE_IS and form.complement == "clause":
        found = (toks[j].start, "")  # "وأضاف الوزير هناك سعي لـ …": an existential clause, no complementiser
    if found is None and ctx.unstopped_lines and initial:
        found = _rest_of_line(toks, j, n)
    if found is None and _postposed(toks, k, n):
        found = (toks[0].start, "")  # "…، كما أفاد البيان الصادر عن الوزير اليوم.": the content is before
    if found is None:
        if not quote_ends_before(toks, k):
            if choice is not None and choice.reading == "parser" and subject is not None and not run_on:
                mark_salient(ctx, subject)  # "أوضح X فئات …": no claim, but X is who talks next
            return None
        found = (
            (toks[j].start if toks[j].text[0].isalpha() else toks[j].end) if j < n else toks[-1].end,
            "",
        )  # "«…»، قال الوزير." — content before
    start, prep = found
    start = _past_relay(ctx, toks, start, n)
    start, prep = _past_cognate(toks, k, n, start, prep, form)
    start = _past_charged(toks, k, n, start)
    cue_tok = toks[k]
    cue_text = ctx.orig(cue_tok.start + (1 if cue.clitic else 0), cue_tok.end)
    if k + 1 < n and toks[k + 1].text in SAYING:
        cue_text = ctx.orig(cue_tok.start + (1 if cue.clitic else 0), toks[k + 1].end)  # "تبع قائلا"
    if prep:
        cue_text += " " + written_prep(ctx.orig, toks[k + 1 : n], start, prep)
    subject = subject or left or _indefinite_before(ctx, toks, k, form) or _speech_giver(ctx, toks, k, form)
    if subject is None and cue.clitic and not run_on:
        subject = _opening_subject(ctx, toks, k, form)  # "ورفضت وزارة البيئة … واشترطت أن …"
    if form.lemma in ("علم", "اظهر") and (subject is None or subject.entity.kind != SpeakerKind.ORGANIZATION):
        return None  # "علمت «عكاظ» أن" (the outlet learned); "علّمت التجربة القادة أن" is no report
    ceiling, salient = None, None
    if subject is not None:  # a phrase that cannot be a speaker by its shape is repaired (speaker_repair)
        stop = next((i for i in range(k + 1, n) if toks[i].start >= start), n)
        old_end = subject.end
        fix = repair(ctx, toks, k, subject, stop, form, turn)
        if fix is not None and fix.mention is not None and fix.mention.end < old_end <= stop:
            stop = fix.mention.end  # cut shorter: the content starts where the subject now ends
        if fix is not None:
            subject, salient, ceiling = fix.mention, fix.implicit, fix.ceiling
            if fix.content_from is not None and fix.content_from < start:  # "أكدت اعتماد منظومة …"
                start, cue_text = fix.content_from, ctx.orig(cue_tok.start + (1 if cue.clitic else 0), cue_tok.end)
        if subject is not None and subject.end != old_end:  # the name the content had swallowed, or a cut
            moved = content_start(toks, subject.end, n, form) or _np_object(toks, subject.end, n, form)
            if moved is not None:
                start, prep = moved
                cue_text = ctx.orig(cue_tok.start + (1 if cue.clitic else 0), cue_tok.end)
                if prep:
                    cue_text += " " + written_prep(ctx.orig, toks[k + 1 : n], start, prep)
    if subject is not None:
        speaker = subject.entity
        mention = ctx.orig(subject.start_char, subject.end_char)
        confidence = 0.9
        if speaker.kind == SpeakerKind.PERSON and form.agreement in ("ms", "fs") and speaker.named:
            speaker.gender = form.gender  # the verb's agreement is the best evidence of gender
    elif k > 0 and toks[k - 1].text in RELATIVES:
        antecedent = _antecedent(ctx, toks, k, form, start)
        if antecedent is None:
            return None  # "ابن المواطن الذي أعلن عن إصابته": the relative's own noun is its subject
        speaker = antecedent.entity  # "صحيفة «X»، أمس، والتي قالت فيه إن …": the antecedent said it
        mention, confidence = ctx.orig(antecedent.start_char, antecedent.end_char), 0.8
    else:
        implicit = salient or ctx.reg.implicit(form.gender, form.number, cue_tok.start, turn=turn)
        current = ctx.reg.speakers[-1] if ctx.reg.speakers else None
        if implicit is None or (run_on and (current is None or not _fits(current, form))):
            return None  # a run-on cue that does not fit the current speaker belongs to the content
        speaker = implicit
        mention, confidence = "", 0.7
        if salient is None and phrase_shape(implicit.canonical).implausible:
            ceiling = DOUBT_CEILING  # the agreeing entity is a phrase no one can be: say so
    if form.imperfect:
        confidence -= 0.15
    draft = Draft(
        speaker, start, start, ClaimKind.INDIRECT, cue=cue_text, mention=mention, confidence=confidence
    )
    draft.resolution = resolution_of(speaker, bool(mention))
    draft.ceiling = ceiling
    chosen = choice.mention if choice is not None else None
    if choice is not None and chosen is not None and subject is not None:
        # the scored reading is the speaker (not a left subject after an accusation)
        draft.margin = choice.margin if subject.start_char == chosen.start_char else None
    return draft


def _np_object(toks: list[Tok], j: int, n: int, form: CueForm) -> tuple[int, str] | None:
    """``أعلنت المحافظة إطلاق مشروع …``: a cue that takes a noun phrase, its object right after the
    subject (no marker): the content starts there."""
    if form.complement != "np" or j >= n or not toks[j].text[0].isalpha():
        return None
    return toks[j].start, ""


_ORIGIN_SPEAKER: Final = 7  # words of the speaker phrase before its place of origin
_ORIGIN_SPAN: Final = 8  # words of "من قرية X في Y" before the complementiser or colon
_ORIGIN_STOPS: Final = frozenset(("،", ",", ":", ".", "؛", "؟", "?", "!"))
_ORIGIN_MARKS: Final = fold_set(("أن", "إن", "بأن", "انه", "انها", "بانه", "بانها", "انهم", "بانهم", ":"))


def _origin_phrase(toks: list[Tok], j: int, n: int) -> tuple[int, int] | None:
    """``قال أربعة مزارعين من بلدة X: «…»``, ``أكد المزارع X من قرية Y في Z أن …``: after the speaker, ``من``
    with a place (a place head such as ``قرية``/``مدينة``, or a known place) tells where the speaker
    comes from; a complementiser or colon (or an opening quotation mark) right after the place's few
    words opens the content. Returns where ``من`` stands (the speaker ends there) and where the
    content marker stands, or None when no such phrase closes the speaker."""
    for m in range(j + 1, min(n - 2, j + 1 + _ORIGIN_SPEAKER)):
        w = toks[m].text
        if w in _ORIGIN_STOPS or w in COMPLEMENTISERS or w in QUOTE_CHARS or is_cue(w):
            return None  # the speaker phrase ends before any place of origin
        if w != "من":
            continue
        place = toks[m + 1].text
        if place not in PLACE_HEADS and place not in PLACES:
            return None
        for e in range(m + 2, min(n, m + 2 + _ORIGIN_SPAN)):
            t = toks[e].text
            if t in _ORIGIN_MARKS or (t in QUOTE_CHARS and e > m + 2 and toks[e - 1].text != "،"):
                return m, e
            if not t[0].isalpha() or is_cue(t) or t in COMPLEMENTISERS:
                return None
        return None
    return None


def _subject_before_origin(
    ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm, origin: tuple[int, int]
) -> Choice | None:
    """The subject read as if the place of origin were not there (``المزارع X أن …``): the readings see
    the content marker right after the speaker. None unless a reading ends exactly where ``من`` stands."""
    m, e = origin
    if e >= n:
        return None
    choice = choose_subject(ctx, toks[:m] + toks[e:n], j, m + n - e, form)
    return choice if choice.mention is not None and choice.mention.end == m else None


_CALLED_SPAN: Final = 7  # words of a title and a name before the people called on


def _called_plural(toks: list[Tok], j: int, n: int, form: CueForm) -> int:
    """``وحث الوزير X المواطنين على …``: after an appeal verb, a definite sound plural in the oblique
    (``ال…ين``) right after a name word and right before the verb's own preposition is the people
    called on, the object; the subject ends before it (a name word does not take the plural ending)."""
    if form.lemma not in APPEAL_VERBS or not form.preps:
        return n
    for m in range(j + 1, min(n - 1, j + _CALLED_SPAN)):
        w = toks[m].text
        prev = toks[m - 1].text
        if prev.startswith(("ال", "وال")) or not prev[0].isalpha():
            continue  # "دعا الوزير السفراء المعتمدين إلى": an adjective of the object (title rules)
        if len(w) >= 7 and w.startswith("ال") and w.endswith("ين") and toks[m + 1].text in form.preps:
            return m
    return n


_KANA: Final = fold_set(("وكان", "وكانت", "وكانوا"))
_KANA_SPAN: Final = 7  # words of the subject between كان and the verb


def kana_clause(toks: list[Tok], k: int) -> int:
    """``…، وكان مجلس الأمن كشف عن …``: after a comma, و+كان and a short subject with no comma,
    complementiser or quotation mark, then the cue: a past-perfect report of its own (the opener the
    sentence start has in ``left_subject``). The index of the comma, else 0."""
    for m in range(k - 2, max(0, k - 2 - _KANA_SPAN), -1):
        w = toks[m].text
        if w in _KANA:
            return m if m > 0 and toks[m - 1].text in ("،", ",") else 0
        if w in ("،", ",") or w in COMPLEMENTISERS or w in QUOTE_CHARS or is_cue(w):
            return 0
    return 0


def _inside_name(toks: list[Tok], k: int, n: int, cue: Cue) -> bool:
    """A bare cue form (no و/ف) right after a given name, with no subject on either side, and a name
    word and then a title or a comma after it: one word of a person's name (طالب, صالح, أمين)."""
    if cue.clitic or k == 0 or k + 2 >= n or toks[k - 1].text not in GIVEN:
        return False
    nxt, after = toks[k + 1].text, toks[k + 2].text
    if not nxt[0].isalpha() or nxt.startswith("ال") or nxt in STOPS or nxt in COMPLEMENTISERS:
        return False
    return after in TITLES or after in ("،", ",")


def _set_off_subject(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> Mention | None:
    """``وأشار ، «سامي الورفلي» مدير الإسعاف ، إلى أن …``: a subject set off from its cue by a comma or
    by quotation marks round a person's name (one to four name words). Read only when the cue's own
    marker (its preposition, a complementiser or a colon) follows the subject and its apposition, so
    that a clause after the comma (``وأضاف، الحكومة ستقترض …``) stays the content."""
    m = j + 1 if toks[j].text in ("،", ",") else j
    if m + 1 >= n:
        return None
    mention: Mention | None
    lone = lone_mark(toks, m, n)
    if lone:  # "وبيّن ” الوزير أن …": a stray mark no other mark in the sentence answers, then the subject
        mention = choose_subject(ctx, toks, m + 1, n, form).mention
    elif toks[m].text in QUOTE_CHARS:
        close = quoted_name_end(toks, m, n)
        first = toks[m + 1].text if close is not None else ""
        if close is None or first.startswith("ال") or not (_plain_name(first) or first in GIVEN):
            return None
        inner = person(ctx, toks, m + 1, close, None, False)
        mention = Mention(inner.entity, close + 1, inner.start_char, inner.end_char)
    elif m > j:
        mention = choose_subject(ctx, toks, m, n, form).mention
    else:
        return None
    if mention is None or mention.end >= n:
        return None
    e = skip_apposition(ctx, toks, mention.end, n, mention)
    if e < n and toks[e].text in ("،", ","):
        e += 1
    found = marker_at(toks, e, n, form, strict=True) if e < n else None
    if found is None or (form.prep_required and not found[1] and toks[e].text not in COMPLEMENTISERS):
        return None
    if toks[m].text in QUOTE_CHARS and not lone:  # register the name only once it is the subject
        entity = person(ctx, toks, m + 1, mention.end - 1, None, True).entity
        mention = Mention(entity, mention.end, mention.start_char, mention.end_char)
    return Mention(mention.entity, e, mention.start_char, mention.end_char)


_ANTECEDENT_WORDS: Final = 8  # words of the antecedent phrase before the relative
_ANTECEDENT_SKIP: Final = fold_set((*lx.TIME_WORDS, *lx.WEEKDAYS, "أمس", "امس", "،", ","))


def _antecedent(ctx: Ctx, toks: list[Tok], k: int, form: CueForm, start: int) -> Mention | None:
    """``نشرته صحيفة «X»، أمس، والتي قالت فيه إن …``, ``أصدر البنك المركزي تقريره، والذي توقع أن …``: a
    reporting verb right after a relative joined by و and set off by a comma (a clause that adds what the
    antecedent said) whose content is a clause (a complementiser, a colon or a quotation): the speaker
    is the antecedent, a speaker phrase that ends at the comma (past a time word), or the owner of a
    statement noun that does (``تقريره الفصلي``: the bank's report). None otherwise: ``المواطن الذي
    أعلن عن إصابته`` names the one who announced, no claim."""
    at = next((m for m in range(k + 1, len(toks)) if toks[m].start >= start), None)
    if at is None:
        return None
    marks = (toks[at].text, toks[at - 1].text)
    if not any(w in COMPLEMENTISERS or w == ":" or w in QUOTE_CHARS for w in marks):
        return None
    e = k - 1
    if e < 1 or toks[e - 1].text not in ("،", ",") or toks[e].text[:1] != "و":
        return None  # "…، الذي قال …" without و may describe the antecedent as much as report it
    while e > 0 and toks[e - 1].text in _ANTECEDENT_SKIP:
        e -= 1
    owned = next((s for s in range(max(0, e - 3), e) if _owned_statement(toks[s].text)), None)
    if owned is not None and all(toks[m].text.startswith("ال") for m in range(owned + 1, e)):
        e = owned  # "تقريره الفصلي": the report's owner, named before it, said it
    for i in range(max(0, e - _ANTECEDENT_WORDS), e):
        if any(t.text in ("،", ",", ".", ":", "؛") or is_cue(t.text) for t in toks[i:e]):
            continue
        m = parse_mention(ctx, toks, i, e, register=False)
        if m is None or not _fits(m.entity, form):
            continue
        if m.end == e or (toks[m.end].text == "في" and e - m.end <= _PLACE_WORDS):
            return parse_mention(ctx, toks, i, m.end)  # "المجلس الوطني في دولة X ، الذي …": where it sits
    return None


_PLACE_WORDS: Final = 4  # "في دولة X": a place after the antecedent, before the relative


def _owned_statement(w: str) -> bool:
    """``تقريره``, ``بيانها``: a statement noun with its owner's pronoun."""
    return any(w.endswith(p) and w[: -len(p)] in _STATEMENT_STEMS for p in ("ها", "ه", "هم"))


_STATEMENT_STEMS: Final = fold_set((*lx.STATEMENT_NOUNS, *lx.REPORT_NOUNS))


RELATIVES: Final = fold_set(
    ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "والذي", "والتي")
)


_THERE_IS: Final = fold_set(("هناك", "ثمة"))  # "there is": only a clause opens with it, never a name or frame


_UNMARKED_WORDS: Final = 4  # words of a clause said without أن or quotation marks, at least


def _unmarked_speech(toks: list[Tok], j: int, n: int) -> bool:
    """``أوضح الدكتور X تأتي أهمية المؤتمر …``, ``وقال رأينا في الأيام …``: right after the speaker, a
    clause that opens with a finite verb (an imperfect ت/ي-verb, or a first-person plural past in
    ``-نا``) and holds no complementiser, colon or quotation mark is the speaker's own words (direct
    speech the page left unmarked), not a frame or a date."""
    if n - j < _UNMARKED_WORDS or not toks[j].text[0].isalpha():
        return False
    rest = [t.text for t in toks[j:n]]
    if any(w in COMPLEMENTISERS or w == ":" or w in QUOTE_CHARS for w in rest):
        return False
    w = rest[0]
    if w in STOPS or w in GIVEN or is_cue(w) or w.startswith("ال"):
        return False
    imperfect = w[0] in "تي" and len(w) >= 4 and not is_name_token(w)
    first_plural = w.endswith("نا") and len(w) >= 5
    return imperfect or first_plural


def _unmarked_clause(toks: list[Tok], j: int, n: int) -> int | None:
    """``وقال الحداد سيناقش المجلس …``, ``وأضاف الحداد، ركز اللقاء على …``, ``وقال X في تصريح صحفي
    سيناقش …``: after a named speaker (a comma or a statement frame between them allowed), a clause
    whose first word is clearly a finite verb is the speaker's words, with no أن, colon or quotation
    marks (agency style). Clearly a verb: a future ``س`` + imperfect, a first-person plural past
    (``استطعنا``) after a fronted ``بالنسبة`` phrase, or a bare three-letter past with a definite
    subject and a preposition right after it. The index the words start at, or None."""
    rest = [t.text for t in toks[j:n]]
    if any(w in COMPLEMENTISERS or w == ":" or w in QUOTE_CHARS for w in rest):
        return None
    if j < n and toks[j].text in ("،", ","):
        j += 1
    j = statement_frame(toks, j, n) or j
    if n - j < _UNMARKED_WORDS or not toks[j].text[0].isalpha():
        return None
    w = toks[j].text
    if w in STOPS or w in GIVEN or w in TITLES or is_cue(w) or w.startswith("ال"):
        return None
    if _future_verb(w) or _past_with_subject(toks, j, n):
        return j
    if w in _AS_FOR and any(_first_plural_past(t.text) for t in toks[j + 2 : min(n, j + 7)]):
        return j  # "بالنسبة إلى قضاء X استطعنا …": a topic fronted before his "we" clause
    return None


def _future_verb(w: str) -> bool:
    """``سيناقش``, ``ستعقد``, ``سنعمل``: the future prefix س on an imperfect, a finite verb."""
    return len(w) >= 5 and w[0] == "س" and w[1] in "يتنا" and w not in GIVEN


def _first_plural_past(w: str) -> bool:
    """``استطعنا``, ``عملنا``: a past verb in the first person plural."""
    return len(w) >= 5 and w.endswith("نا") and w not in STOPS and not w.startswith("ال")


def _past_with_subject(toks: list[Tok], j: int, n: int) -> bool:
    """``ركز اللقاء على …``: a three-letter word (a bare past verb) with a definite noun after it and
    then a preposition: verb, subject, complement. A name or a title there is ruled out before."""
    w = toks[j].text
    if len(w) != 3 or j + 2 >= n or is_nisba(w):
        return False
    subj = toks[j + 1].text
    return subj.startswith("ال") and subj not in STOPS and toks[j + 2].text in _CLAUSE_PREPS


_AS_FOR: Final = fold_set(("بالنسبة", "وبالنسبة"))
_CLAUSE_PREPS: Final = fold_set(("على", "في", "إلى", "من", "عن", "مع"))


def _bare_clause(toks: list[Tok], j: int, n: int) -> tuple[int, str] | None:
    """``…، وأضاف، الحكومة ستقترض …``: the cue, a comma and a clause with no complementiser; the
    subject is the current speaker (pro-drop) and the clause after the comma is what was said. A
    frame or an addressee after the comma (``وأضاف، في تصريح …``) is left to the frame rules."""
    if j + 2 >= n or toks[j].text not in ("،", ","):
        return None
    w = toks[j + 1].text
    if not w[0].isalpha() or w in FRAME_OPENERS or w in COMPLEMENTISERS or (w[0] == "ل" and len(w) > 2):
        return None
    if is_cue(w) or w in RELATIVES:
        return None
    return toks[j + 1].start, ""


def _past_relay(ctx: Ctx, toks: list[Tok], start: int, n: int) -> int:
    """``ووصفت مصادر إعلامية نقلاً عن مسؤولين في الحزب القرار بالخاطئ``: a source phrase right after
    the subject, before an object complement (no complementiser to open the content), is the relay's
    inner link, not what was said; the content starts after its speaker (``nested._quoting_aside``
    gives that source its own claim, ``via`` the subject)."""
    i = bisect_left(toks, start, key=lambda t: t.start)
    if i + 3 >= n or toks[i].text != "نقلا" or toks[i + 1].text != "عن":
        return start
    m = parse_mention(ctx, toks, i + 2, n)
    if m is None or m.end >= n - 1:
        return start
    j = m.end
    while j < n and toks[j].text in ("،", ","):
        j += 1
    return toks[j].start if j < n else start


def _rest_of_line(toks: list[Tok], j: int, n: int) -> tuple[int, str]:
    """On a page that lost its full stops (``register.units_of``) a line opening with a reporting verb
    and its speaker has no complementiser, colon or quotation mark to open the content: what follows
    the speaker on the line is what was said (``وأضاف الوزير بعض الدول تحاول …``). A line that ends
    with the speaker (``وزاد.``, ``كشف الوزير X``) gives an empty content at its end: the line below
    holds the words, as after ``قال X:``."""
    while j < n and not toks[j].text[0].isalnum() and toks[j].text not in QUOTE_CHARS:
        j += 1
    return (toks[j].start, "") if j < n else (toks[n - 1].end, "")


def _postposed(toks: list[Tok], k: int, n: int) -> bool:
    """``الزيادة … جاءت بأمر من الرئيس، كما أفاد البيان الصادر عن الوزير.``: a cue after ``، كما`` at the
    sentence's end, with no statement of its own after it, credits the words before it."""
    if k < 5 or toks[k - 1].text != "كما" or toks[k - 2].text not in ("،", ","):
        return False
    after = toks[k + 1 : n]
    return not any(t.text in COMPLEMENTISERS or t.text == ":" or t.text in QUOTE_CHARS for t in after)


def _fits(entity: Entity, form: CueForm) -> bool:
    """Agreement for a run-on cue; a plural group also takes the feminine singular (``وقالت مصادر …
    وأوضحت``: broken plurals agree in the feminine singular)."""
    if entity.agrees(form.gender, form.number):
        return True
    return form.agreement == "fs" and entity.kind == SpeakerKind.GROUP and entity.number == "plural"


def _indefinite_before(ctx: Ctx, toks: list[Tok], k: int, form: CueForm) -> Mention | None:
    """``وأصدرت عناصر قالت إنها …``: the sentence's opening verb, an indefinite plural noun as its
    subject, and a perfect cue with no subject of its own describing that noun (an asyndetic relative
    clause): the noun speaks, an unnamed group (guideline §4.5)."""
    if k != 2 or form.imperfect or form.participle or form.agreement != "fs":
        return None
    verb, noun = toks[0].text, toks[1].text
    if not (verb[0] == "و" and verb.endswith("ت") and len(verb) > 4) or is_cue(verb):
        return None
    if noun.startswith("ال") or not noun.isalpha() or len(noun) < 4 or noun in STOPS:
        return None
    canonical = ctx.orig(toks[1].start, toks[1].end)
    entity = ctx.reg.lookup(noun) or ctx.reg.add(
        Entity(canonical, SpeakerKind.GROUP, gender="f", number="plural", role=canonical, named=False), [noun]
    )
    return Mention(entity, 2, toks[1].start, toks[1].end)


def _speech_giver(ctx: Ctx, toks: list[Tok], k: int, form: CueForm) -> Mention | None:
    """``ثم ألقى X رئيس الهيئة، كلمة رحب فيها …``, ``افتتح رئيس المجلس الجلسة بكلمة ثمّن خلالها …``:
    a pro-drop cue right after an indefinite speech noun is a relative clause describing the speech,
    and its speaker is who gave it: the person in subject position of the same sentence (right after
    an indefinite word that is no preposition, title or name: the verb), the latest before the noun."""
    if k < 3 or form.imperfect or form.participle:
        return None
    noun = toks[k - 1].text
    bare = noun[1:] if noun[:1] == "ب" and noun[1:] in CHANNEL_WORDS else noun
    if bare not in CHANNEL_WORDS or bare.startswith("ال"):
        return None
    for p in range(k - 3, 0, -1):
        if not _verb_slot(toks[p - 1].text, ctx.orig(toks[p - 1].start, toks[p - 1].end)):
            continue
        m = parse_mention(ctx, toks, p, k - 1)
        is_person = m is not None and m.entity.kind == SpeakerKind.PERSON
        if m is not None and is_person and m.entity.agrees(form.gender, form.number):
            return Mention(m.entity, k, m.start_char, m.end_char)
    return None


def _verb_slot(w: str, written: str) -> bool:
    """An indefinite word that is no preposition, particle, title or name: a verb whose subject follows
    (``ألقى`` folds to ``القي``: its hamza, as written, tells it from the article)."""
    hamza = written.startswith(("أل", "وأل"))
    return (
        w[:1].isalpha()
        and (hamza or not w.startswith(("ال", "وال")))
        and not w.startswith(("ب", "ل", "ك"))
        and w not in STOPS
        and w not in COMPLEMENTISERS
        and in_lexicon(w, TITLES) is None
        and w not in GIVEN
        and not _plain_name(w)
    )


def _reminded_of(ctx: Ctx, toks: list[Tok], k: int, n: int) -> tuple[int, str] | None:
    """``وذكّر بعملية التهريب …``: ذكّر (with shadda, "reminded") and a ب-object right after it is a
    report of what the (pro-drop) speaker recalled; plain ذكر ("mentioned") takes a clause."""
    cue = toks[k]
    spelt = ctx.text[ctx.folded.orig(cue.start) : ctx.folded.orig_end(cue.end)]
    if "\u0651" not in spelt or k + 1 >= n:
        return None
    obj = toks[k + 1]
    if obj.text == "ب" and k + 2 < n:
        return toks[k + 2].start, "ب"
    if len(obj.text) > 3 and obj.text[0] == "ب" and prep_b(obj.text):
        return obj.start + 1, "ب"
    return None


_RESPONSIBLE_WORDS: Final = 20


def _held_responsible(toks: list[Tok], k: int, n: int) -> bool:
    """``حمّل X، وزير …، اليوم …، الجهة …، مسؤولية``: the charge word after subject, role, time and
    object (often set off by commas), before the sentence ends."""
    for t in toks[k + 1 : min(n, k + _RESPONSIBLE_WORDS)]:
        if t.text in ".؟?!؛:":
            return False
        if t.text.endswith("مسؤوليه"):
            return True
    return False


def _accused(form: CueForm, toks: list[Tok], subject: Mention, n: int) -> bool:
    """An accusation takes subject, object, then the charge with ب (``اتهم X Y بـ``, ``حمّل X Y مسؤولية``):
    one noun phrase right before the charge is the accused, so the accuser is implicit (pro-drop)."""
    if form.lemma not in ("اتهم", "حمل") or subject.end >= n:
        return False
    nxt = toks[subject.end].text
    if form.lemma == "حمل":  # "وحمّل المؤسسة الوطنية للنفط مسؤولية …": the held-responsible object
        return nxt.startswith("مسؤولي") and subject.entity.kind != SpeakerKind.PERSON
    return nxt[0] == "ب" and subject.entity.kind != SpeakerKind.PERSON


_LEARNED_WORDS: Final = 4  # the longest quoted paper name read after علم


def _learned_by(ctx: Ctx, toks: list[Tok], j: int, n: int) -> Mention | None:
    """``وعلمت «عكاظ» أن …``, ``وعلم "هنا عمان" أن …``: after علم, a quoted name closed right before the
    complementiser is the paper that learned it (the press's formula), whatever its words or the
    verb's gender: an organisation, as the outlet's own reports are."""
    reach = range(j + 2, min(n, j + 2 + _LEARNED_WORDS))
    close = next((m for m in reach if toks[m].text in QUOTE_CHARS), None)
    if close is None or close + 1 >= n or toks[close + 1].text not in COMPLEMENTISERS:
        return None
    key = " ".join(t.text for t in toks[j + 1 : close])
    known = ctx.reg.lookup(key)
    entity = known if known is not None and known.kind == SpeakerKind.ORGANIZATION else None
    name = ctx.orig(toks[j + 1].start, toks[close - 1].end)
    entity = entity or ctx.reg.add(Entity(name, SpeakerKind.ORGANIZATION, gender="f", head="صحيفه"), [key])
    return Mention(entity, close + 1, toks[j].start, toks[close].end)


_CALLS: Final = frozenset(("دعا", "طالب", "ناشد", "حث"))


def _called_on_all(form: CueForm, toks: list[Tok], j: int, subject: Mention, n: int) -> bool:
    """``أعلنت البلدية أن …، ودعت كافة البلديات المجاورة إلى التعاون``: a call verb that goes on a
    sentence already reporting (a run-on), then "all of" a group: the group is who is called on, the
    object, and the speaker is implicit (the one reporting goes on)."""
    return form.lemma in _CALLS and toks[j].text in ALL_OF and subject.end < n


_SUFFIX_OF: Final = {"fs": ("ت",), "mp": ("وا",), "fp": ("ن",)}


def _opening_subject(ctx: Ctx, toks: list[Tok], k: int, form: CueForm) -> Mention | None:
    """``من جهتها رفضت البلديات المجاورة … واشترطت أن …``: a و-joined cue with no subject of its own
    shares the subject of the verb that opens its sentence (after a turn marker at most), when that
    verb's ending agrees with the cue's (``…ت`` with ``…ت``) and its subject follows it: the sentence
    is about that subject, not about the last speaker (guideline §3). The subject is a speaker phrase
    or a definite ات plural with its adjectives or ``ضمن`` and the body it belongs to."""
    suffixes = _SUFFIX_OF.get(form.agreement)
    if suffixes is None or k < 3:
        return None
    v = 0
    if toks[0].text in TURN_MARKERS:
        v = 1
    elif f"{toks[0].text} {toks[1].text}" in TURN_MARKERS:
        v = 2
    v += v < k and toks[v].text in ("،", ",")
    if v + 2 >= k:
        return None
    verb = toks[v].text
    if not verb.isalpha() or verb.startswith("ال") or not verb.endswith(suffixes) or verb in COMPLEMENTISERS:
        return None
    m = parse_mention(ctx, toks, v + 1, k)
    if m is None:
        m = _plural_of_things(ctx, toks, v + 1, k)
    if m is None or m.entity.kind == SpeakerKind.OUTLET:
        return None
    things = form.agreement == "fs" and m.entity.kind == SpeakerKind.GROUP and toks[v + 1].text.endswith("ات")
    if not (things or m.entity.agrees(form.gender, form.number)):
        return None  # an ات plural takes the feminine singular (البلديات … واشترطت)
    return m


def _plural_of_things(ctx: Ctx, toks: list[Tok], i: int, n: int) -> Mention | None:
    """``البلديات المجاورة``, ``البلديات ضمن الاتحاد``: a definite ات plural, its definite adjectives or
    ``ضمن`` and one definite word; a group (guideline §4.5)."""
    w = toks[i].text
    if not (w.startswith("ال") and w.endswith("ات") and len(w) >= 7) or w[2:] in DATA_WORDS:
        return None
    end = i + 1
    if end + 1 < n and toks[end].text == "ضمن" and toks[end + 1].text.startswith("ال"):
        end += 2
    while end < n and end - i < 3 and toks[end].text.startswith("ال") and toks[end].text.isalpha():
        end += 1
    canonical = ctx.orig(toks[i].start, toks[end - 1].end)
    key = " ".join(t.text for t in toks[i:end])
    entity = ctx.reg.lookup(key) or ctx.reg.add(
        Entity(canonical, SpeakerKind.GROUP, gender="f", number="plural", named=False), [key]
    )
    return Mention(entity, end, toks[i].start, toks[end - 1].end)


def _called_party(ctx: Ctx, form: CueForm, toks: list[Tok], subject: Mention, n: int) -> bool:
    """``… وأشادت الأمانة بالاتفاق. وطالبت جماعة X بالكف عن …``: a و-joined call verb whose would-be
    subject is a party named earlier in the article that has not spoken, with the call's preposition
    right after it, while the current speaker agrees with the verb: the party is the one called on
    (the object), and the speaker goes on (pro-drop). A party new to the article, or one that has
    spoken, stays the subject (``وطالبت منظمة العفو بالإفراج عن …``)."""
    if form.lemma not in _CALLS or subject.end >= n or subject.end < 2:
        return False
    entity = subject.entity
    if entity.kind not in (SpeakerKind.ORGANIZATION, SpeakerKind.GROUP) or ctx.reg.has_spoken(entity):
        return False
    first = ctx.reg.first_mention(entity)
    if first is None or first >= toks[0].start:
        return False
    current = ctx.reg.speakers[-1] if ctx.reg.speakers else None
    if current is None or current is entity or not current.agrees(form.gender, form.number):
        return False
    w = toks[subject.end].text
    return w in form.preps or ("ب" in form.preps and len(w) > 3 and w[0] == "ب" and prep_b(w))


_ADVERBS: Final = fold_set((*lx.TIME_WORDS, *lx.WEEKDAYS, "الأول", "أيضاً", "أيضا", "كذلك", "مجدداً"))


_TALK: Final = fold_set(("حديثه", "حديثها", "حديثهم", "كلمته", "كلمتها", "تصريحه", "تصريحها", "قوله"))


def _skip_talk(toks: list[Tok], j: int, n: int) -> int:
    """``وختمت حديثها بالقول: …``, ``ورد بالقول إن …``: the talk noun and ``بالقول`` belong to the cue;
    so does ``قائلا`` right after the verb (``وتبع قائلا: …``)."""
    if j < n and toks[j].text in SAYING:
        return j + 1
    k = j + 1 if j < n and toks[j].text in _TALK else j
    if k < n and toks[k].text == "بالقول":
        return k + 1
    return j


_ANAPHORIC: Final = tuple(tuple(f(p).split()) for p in lx.ANAPHORIC_SUBJECTS)


_ANAPHORIC_FIRST: Final = frozenset(words[0] for words in _ANAPHORIC if words)
_SAME_DETERMINERS: Final = fold_set(lx.SAME_DETERMINERS)
_SAME_PRONOUNS: Final = fold_set(lx.SAME_PRONOUNS)


def _same_one(first: str, second: str) -> bool:
    """``ذات المتحدث``, ``نفس المصدر``, ``المصدر ذاته``: "the same" and a definite noun."""
    if first in _SAME_DETERMINERS and second not in _SAME_PRONOUNS:
        return second.startswith("ال") and len(second) > 3 and second.isalpha()
    return second in _SAME_PRONOUNS and first.startswith("ال") and len(first) > 3 and first.isalpha()


_DEMONSTRATIVES: Final = fold_set(("هذا", "هذه"))


def _same_speaker(ctx: Ctx, toks: list[Tok], j: int, end: int) -> Mention | None:
    """``وأكد هذا المصدر أن``, ``المصدر ذاته``, ``نفس المصدر``: "this"/"the same" + a noun points back to
    the speaker that noun names (``مصدر أمني``), as the bare noun would (``وأكد المصدر``); else None and the phrase is
    resolved by the verb's agreement like "the latter" (``هذه الأخيرة``)."""
    skip = _SAME_DETERMINERS | _SAME_PRONOUNS | _DEMONSTRATIVES
    noun = [t for t in toks[j:end] if t.text not in skip]
    if not noun or noun[0].text in _ANAPHORIC_FIRST:
        return None
    probe = parse_mention(ctx, noun, 0, len(noun), register=False)
    if probe is None or probe.end != len(noun):
        return None
    if not any(e is probe.entity for e in ctx.reg.entities) or probe.entity.canonical == ctx.orig(
        noun[0].start, noun[-1].end
    ):
        return None  # the noun names nobody fuller ("المسؤول ذاته" is just "the official"): agreement decides
    return Mention(probe.entity, end, toks[j].start, toks[end - 1].end)


def _pointing_noun(w: str) -> bool:
    """A definite source or title word a demonstrative may point back with (``المصدر``, ``المسؤول``)."""
    return w in SINGULAR_SOURCES or (w.startswith("ال") and w in TITLES)


def _latter(toks: list[Tok], j: int, n: int) -> int:
    """``هذه الأخيرة``, ``هذا الأخير``: "the latter" right after the cue; the index after it, else 0.
    "The same" with a definite noun (``ذات المتحدث``, ``المصدر نفسه``, ``نفس المصدر``) points back the
    same way: the source last named, never a new speaker called "the same spokesman"."""
    if j + 2 < n and _same_one(toks[j].text, toks[j + 1].text):
        return j + 2
    if j + 2 < n and toks[j].text in _DEMONSTRATIVES and _pointing_noun(toks[j + 1].text):
        return j + 2  # "هذا المصدر", "هذا المسؤول": "this source", the one just quoted
    if j + 3 < n and is_nisba(toks[j + 1].text) and _same_one(toks[j].text, toks[j + 2].text):
        return j + 3  # "المصدر الرسمي نفسه": the noun keeps its adjective
    if j >= n or toks[j].text not in _ANAPHORIC_FIRST:
        return 0  # no phrase opens with this word (the common case: one set lookup)
    for words in _ANAPHORIC:
        end = j + len(words)
        if end < n and tuple(t.text for t in toks[j:end]) == words:
            return end
    return 0


def _occasion_pronoun(ctx: Ctx, toks: list[Tok], j: int, n: int, form: CueForm) -> int:
    """``أعرب خلاله عن …``, ``أكد فيه أن …``: a preposition with a pronoun for the call or meeting just
    told, right after the cue, then the content (the complementiser, the cue's preposition, or an
    object noun no subject reading takes): the subject is dropped and the content starts after the
    phrase. Before a subject (``أعلن فيه الجيش …``) the phrase is left to the subject readings.
    Returns the index after the phrase, else 0."""
    if j + 1 >= n or toks[j].text not in OCCASION_PRONOUNS:
        return 0
    nxt = toks[j + 1].text
    if nxt in COMPLEMENTISERS or nxt in form.preps or nxt == ":" or nxt in QUOTE_CHARS:
        return j + 1
    if not nxt[0].isalpha():
        return 0
    if form.complement != "np" and not _mid_clause(toks, j - 1):
        return 0
    if parse_mention(ctx, toks, j + 1, n, register=False) is None:
        return j + 1  # "أكد فيه حرص المملكة على …": the object noun is the content
    return 0


def _mid_clause(toks: list[Tok], k: int) -> bool:
    """``عقدت الوزارة مؤتمراً … أوضحت خلاله …``: a bare cue (no و, no comma before it) that goes on from
    the clause narrating the occasion; its pronoun phrase points back to that occasion, so the noun
    after it is what was said even for a cue that usually takes a clause."""
    return k > 1 and toks[k].text[0] not in "وف" and toks[k - 1].text[0].isalpha()


_OCCASION_REACH: Final = 16  # words of an occasion phrase before its complementiser


def _past_occasion(toks: list[Tok], j: int, n: int) -> int:
    """``أكد الوالي X خلاله إشرافه على … لوسائل الإعلام أن …``: after the subject, "during it" opens the
    occasion, which runs to the first complementiser (no comma or cue between); the content starts there."""
    if j >= n or toks[j].text not in OCCASION_PRONOUNS:
        return j
    for m in range(j + 1, min(n, j + _OCCASION_REACH)):
        w = toks[m].text
        if w in COMPLEMENTISERS:
            return m
        if w in ("،", ",", ".", ":") or is_cue(w):
            return j
    return j


def _skip_adverbs(ctx: Ctx, toks: list[Tok], j: int, n: int) -> int:
    """``وأكد اليوم الأحد وزير …``: time adverbs between the cue and its subject are skipped."""
    k = j
    while k < n and k - j < 4 and toks[k].text in _ADVERBS:
        k += 1
    if j < k < n - 1 and toks[k].text.isdigit() and toks[k + 1].text[0].isalpha():
        k += 2  # "قال الأربعاء 1 جويلية، وزير الصحة …": a date after the weekday, its month by position
        if k < n and toks[k].text.isdigit():
            k += 1  # and its year
    if k == j or k >= n:
        return j
    if k < n and toks[k].text in ("،", ","):
        k += 1
    probe = parse_mention(ctx, toks, k, n, register=False) if k < n else None
    return k if probe is not None else j



def _past_charged(toks: list[Tok], k: int, n: int, start: int) -> int:
    """``أسندت النيابة إلى المتهمين تهمة التزوير``: the accused, in a prepositional phrase before the
    charge, is not what was said; the content starts at the charge (a word of the root ت-ه-م)."""
    at = next((m for m in range(k + 1, n) if toks[m].start == start), None)
    if at is None or toks[at].text != "الي":
        return start
    for m in range(at + 2, min(n, at + 5)):
        w = toks[m].text
        if _charge_word(w):
            return toks[m].start
        if not w.startswith("ال") or w in COMPLEMENTISERS:
            return start
    return start


def _charge_word(w: str) -> bool:
    """تهمة, تهم, اتهام, اتهامات (with or without the article): the root ت-ه-م."""
    stem = w[2:] if w.startswith("ال") else w
    stem = stem[1:] if stem.startswith("ا") else stem
    return stem.startswith("ته") and "م" in stem[2:4]


_WEAK: Final = frozenset("اوي")


def _past_cognate(toks: list[Tok], k: int, n: int, start: int, prep: str, form: CueForm) -> tuple[int, str]:
    """``نفت الوزارة … نفيا قاطعا توقف الخط``: the verb's own verbal noun in the accusative, with its
    adjective, only says how it was said; the content starts after it (guideline §4.2). Known by
    shape: an indefinite accusative (``…ا``) holding the cue's root letters in order."""
    if prep:
        return start, prep
    at = bisect_left(toks, start, k + 1, n, key=START)  # the token the content starts at, if any
    if at + 1 >= n or toks[at].start != start:
        return start, prep
    w = toks[at].text
    root = [c for c in form.lemma if c not in _WEAK]
    if len(w) < 4 or not w.endswith("ا") or w in COMPLEMENTISERS or len(root) < 2 or not _in_order(root, w):
        return start, prep
    m = at + 1
    if m + 1 < n and toks[m].text.endswith("ا") and toks[m].text not in COMPLEMENTISERS and len(toks[m].text) >= 4:
        m += 1  # "قاطعا", "شديدا"
    found = marker_at(toks, m, n, form, strict=True)
    if found is not None and found[1]:
        return found  # "حذر … تحذيرا شديدا من …": the cue's preposition comes after the verbal noun
    return toks[m].start, prep


def _in_order(letters: list[str], word: str) -> bool:
    it = iter(word)
    return all(c in it for c in letters)


def passive_relay(ctx: Ctx, toks: list[Tok], cue: Cue, limit_char: int) -> Draft | None:
    """``ونُقل عن مصدر أمني … أن …``: the passive "it was relayed from" names no intermediary, only the
    source after ``عن``, so the source is the speaker (guideline §4.3: with no other speaker, the
    cited source speaks). The cue keeps its preposition; skipped time words sit between the source
    and the content as after an active cue."""
    n = len(toks)
    while n and toks[n - 1].start >= limit_char:
        n -= 1
    k = cue.k
    if cue.form.lemma != "نقل" or k + 3 >= n or toks[k + 1].text != "عن":
        return None
    m = parse_mention(ctx, toks, k + 2, n)
    if m is None or m.entity.kind == SpeakerKind.OUTLET:
        return None
    j = skip_apposition(ctx, toks, m.end, n, m)
    while j < n and toks[j].text in _ADVERBS:
        j += 1  # "اليوم الأربعاء": time words between the source and its clause
    if j >= n or toks[j].text not in COMPLEMENTISERS:
        return None
    cue_text = ctx.orig(toks[k].start + (1 if cue.clitic else 0), toks[k + 1].end)
    mention = ctx.orig(m.start_char, m.end_char)
    draft = Draft(m.entity, toks[j].start, toks[j].start, ClaimKind.INDIRECT, cue=cue_text, mention=mention)
    draft.confidence = 0.8
    draft.resolution = resolution_of(m.entity, True)
    return draft
