"""Arabic phrasal sources: ``وفقاً لـ``, ``بحسب``, ``نقلاً عن`` and the pronoun-bearing ``حسب تعبيره``.

A source phrase next to someone else's words is a ``via``; with no other speaker in the
sentence the cited source is the speaker (guideline §4.3).
"""

from __future__ import annotations

import re
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.content import content_start
from claims.extract.arabic.cue_forms import f
from claims.extract.arabic.cues import find_cues
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.noun_phrases import Ctx, Mention
from claims.extract.arabic.speaker_candidates import resolution_of
from claims.extract.arabic.statements import statement
from claims.extract.arabic.words import COMPLEMENTISERS, MEDIA_HEADS, is_cue
from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import QUOTE_CHARS, Tok, tokenize
from claims.text.segment import Span
from claims.types import ClaimKind, SpeakerKind

_PRONOUN_RE: Final = re.compile(
    r"(?<!\w)(?:[وف])?("
    + "|".join(re.escape(f(p)) for p in sorted(lx.PRONOUN_SOURCE_PHRASES, key=len, reverse=True))
    + r")(?!\w)"
)
_SOURCE_RE: Final = re.compile(
    r"(?<!\w)(?:[وف])?("
    + "|".join(
        re.escape(f(p)) + (r"(?=\w)" if f(p).endswith(" ل") else r"(?!\w)")
        for p in sorted(lx.SOURCE_PHRASES, key=len, reverse=True)
    )
    + ")"
)
# Document words between a source phrase and its source: "وفقاً لبيان صادر عن الوزارة".
_DOCUMENT_WORDS: Final = frozenset(
    f(w)
    for w in [
        "بيان",
        "البيان",
        "تصريح",
        "تصريحات",
        "تقرير",
        "التقرير",
        "إحصائيات",
        "إحصاءات",
        "معطيات",
        "أرقام",
        "بيانات",
        "صادر",
        "الصادر",
        "عن",
        "ما",
        "ذكرته",
        "أعلنته",
        "نشرته",
        "أفادت",
        "ذكرت",
        "أعلنت",
        "نشرت",
        "أوردت",
        "مصدر",
        "لبيان",
        "لتصريح",
        "لتصريحات",
        "لتقرير",
        "لإحصائيات",
        "لأرقام",
        "لمعطيات",
        "لبيانات",
        "لما",
    ]
)
_EDGE: Final = " .،؛:!؟?…"


_PRONOUN_HINTS: Final = ("تعبير", "قول", "قوال", "وصف", "كما قال")
_SOURCE_HINTS: Final = ("حسب", "وفق", "نقلا", "لسان", "طبقا", "استنادا", "بناء")


def _holds_any(text: str, hints: tuple[str, ...]) -> bool:
    for hint in hints:  # a loop, not any() over a generator: it runs on every sentence
        if hint in text:
            return True
    return False


def opening_pronoun_phrase(text: str) -> tuple[int, int, int] | None:
    """``(offset of the content, the phrase's start and end)`` of a sentence opened by ``ووفقاً لأقواله؛ فإن …`` or
    ``وبحسب تعبيره، فإن …``: what follows the phrase and its punctuation is the current speaker's."""
    if not _holds_any(text[:24], _PRONOUN_HINTS):
        return None
    m = _PRONOUN_RE.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    start = m.end() + len(rest) - len(rest.lstrip(" ؛،,:"))
    if rest[:1] not in "؛،,: " or len(text) - start < 8 or text[start:].split(" ", 1)[0] not in _OPENING_MARKERS:
        return None
    return start, m.start(1), m.end(1)


_OPENING_MARKERS: Final = frozenset(("فان", "فإن", "ان", "إن", "أن", "بان"))


def pronoun_phrase(text: str) -> tuple[int, str] | None:
    """``(offset, phrase)`` of a closing ``حسب تعبيره``; offset 0 when the sentence is only that phrase."""
    if not _holds_any(text, _PRONOUN_HINTS):
        return None  # a cheap test first: the regex is a long alternation
    for m in _PRONOUN_RE.finditer(text):
        tail = text[m.end() :].strip(_EDGE + '"”»')
        if tail:
            continue
        head = text[: m.start()].strip(_EDGE)
        return (0 if not head else m.start(), m.group(1))
    return None


def attach_sources(ctx: Ctx, toks: list[Tok], span: Span, made: list[Draft], end_limit: int) -> list[Draft]:
    """Fill ``via`` from a source phrase, or make the source the speaker when nobody else speaks."""
    text = ctx.f[span.start : end_limit]
    out: list[Draft] = []
    if not _holds_any(text, _SOURCE_HINTS):
        return out
    for m in _SOURCE_RE.finditer(text):
        after = tokenize(ctx.f, span.start + m.end(), end_limit)
        skip = 0
        while skip < min(5, len(after)) and _document_word(after, skip):
            skip += 1
        skip = _skip_addressee(after, skip)
        if skip >= len(after):
            continue
        stop = _clause_opener(after, skip)
        mention = parse_mention(ctx, after, skip, stop) or _quoted_source(ctx, after, skip, stop)
        w = after[skip].text
        for head in ("ا" + w, "ال" + w[2:], w[1:]) if mention is None and len(w) > 3 and w[0] == "ل" else ():
            # "وفقاً للمتحدث باسم …": the phrase took one ل of لل; the title follows
            sliced = [
                *after[:skip],
                Tok(head, after[skip].end - len(head), after[skip].end),
                *after[skip + 1 :],
            ]
            mention = parse_mention(ctx, sliced, skip, stop)
            if mention is not None:
                break
        if mention is None and skip > 0:
            mention = _bare_document(ctx, after, skip)  # "وبحسب البيان، …": the issuer named before
        if mention is None:
            continue
        relayed = _relayed_source(ctx, after, mention)
        via = ""
        if relayed is not None:  # "بحسب ما نقلته وكالة «الأناضول» عن مصادر …": the sources, via the agency
            via, mention = mention.entity.canonical, relayed
        source = mention.entity
        cue = ctx.orig(span.start + m.start(1), span.start + m.end(1)).strip()
        if made:
            if any(d.speaker is source for d in made):
                continue  # "نقلاً عن مسؤول …" already gave the source its own claim (arabic_nested)
            ends = all(not t.text[0].isalpha() for t in after[mention.end :])  # the sentence's last words
            if ends and _guessed_speaker(made, m.start(), len(text)) and _speaker_like(mention) and not _medium(mention):
                # "ويتوقع أن …، بحسب الناطق باسم الهيئة X.": the sentence names its speaker at the end;
                # the pro-drop reading only carried the previous one over
                ctx.reg.spoke(source)
                made[0] = Draft(
                    source,
                    span.start,
                    span.start + m.start(),
                    ClaimKind.INDIRECT,
                    cue=cue,
                    mention=ctx.orig(mention.start_char, mention.end_char),
                    via=via,
                    confidence=0.75,
                    resolution=resolution_of(source, True),
                )
                break
            relay = _relayed_by_medium(ctx, after, skip, mention, made, span.start + m.start(), via)
            if relay is not None:  # "أفادت الوكالة بأن …، وفق ما كشف مصدر في الشرطة للوكالة."
                out.append(relay)
                break
            phrase_at = span.start + m.start()
            for d in made:
                if not d.via and d.speaker is not source:
                    d.via = source.canonical
                    if ends and d.start < phrase_at < d.end:
                        d.end = _before_phrase(ctx.f, d.start, phrase_at)  # "…، حسبما ذكر موقع الوزارة."
            continue
        phrase_start = span.start + m.start()
        if m.start() > len(text) // 3:
            start, end = span.start, phrase_start
        else:
            start, end = _after_source(after, mention), end_limit
        if end - start < 8:
            continue
        ctx.reg.spoke(source)
        out.append(
            Draft(
                source,
                start,
                end,
                ClaimKind.INDIRECT,
                cue=cue,
                mention=ctx.orig(mention.start_char, mention.end_char),
                via=via,
                confidence=0.75,
            )
        )
        out.extend(_source_goes_on(ctx, after, mention, via))
        break
    return out


_QUOTED_NAME: Final = 5  # words of a medium's name in quotation marks ("“الفجر”", "«سكاي نيوز عربية»")


def _quoted_source(ctx: Ctx, after: list[Tok], skip: int, stop: int) -> Mention | None:
    """``وفقاً لما نقلته “الفجر” عن مصدر …``: a medium's name in quotation marks right after the phrase;
    the mention runs past the closing mark so that ``عن`` and the relayed source follow it."""
    if skip + 2 >= stop or after[skip].text not in QUOTE_CHARS:
        return None
    close = next((m for m in range(skip + 2, min(stop, skip + 2 + _QUOTED_NAME)) if after[m].text in QUOTE_CHARS), None)
    if close is None:
        return None
    inner = parse_mention(ctx, after, skip + 1, close)
    if inner is not None and inner.end == close:
        return Mention(inner.entity, close + 1, inner.start_char, inner.end_char)
    if close + 2 >= stop or after[close + 1].text != "عن":
        return None  # an unknown quoted name is a medium only when it relays someone ("… عن مصدر")
    key = " ".join(t.text for t in after[skip + 1 : close])
    canonical = ctx.orig(after[skip + 1].start, after[close - 1].end)
    entity = ctx.reg.lookup(key) or ctx.reg.add(
        Entity(canonical, SpeakerKind.ORGANIZATION, role=canonical, brand=True), [key]
    )
    return Mention(entity, close + 1, after[skip + 1].start, after[close - 1].end)


def _clause_opener(after: list[Tok], skip: int) -> int:
    """Where the words after a source phrase reach the reported clause (``فإن``, ``أن``, a colon): the
    source's name ends before it (``وفقاً لما نقلته الصحيفة عن مصدر حكومي فإن الوزارة …``)."""
    for m in range(skip + 1, len(after)):
        if after[m].text in _OPENING_MARKERS or after[m].text == ":":
            return m
    return len(after)


def _before_phrase(text: str, start: int, at: int) -> int:
    """The content's end before a closing source phrase, without the comma and spaces before it."""
    end = at
    while end > start and text[end - 1] in " ،,":
        end -= 1
    return end


def _source_goes_on(ctx: Ctx, after: list[Tok], mention: Mention, via: str) -> list[Draft]:
    """``…، وفق ما أفاد به مصدر في الجيش اتهم قوات المعارضة بتنفيذ الهجمات، …``: a perfect reporting
    verb right after the closing source (no relative pronoun) is that source's second claim, up to the
    next comma."""
    k = mention.end
    cues = [c for c in find_cues(after[k : k + 1])]
    if not cues or cues[0].clitic or cues[0].form.imperfect or cues[0].form.participle:
        return []
    found = content_start(after, k + 1, len(after), cues[0].form)
    if found is None:
        found = (after[k + 1].start, "") if k + 1 < len(after) and after[k + 1].text[0].isalpha() else None
    if found is None:
        return []
    stops = (t.start for t in after[k + 1 :] if t.start > found[0] and t.text in ("،", ",", ".", "؛"))
    end = next(stops, after[-1].end)
    if end - found[0] < 8:
        return []
    return [
        Draft(
            mention.entity,
            found[0],
            end,
            ClaimKind.INDIRECT,
            cue=ctx.orig(after[k].start, after[k].end),
            mention=ctx.orig(mention.start_char, mention.end_char),
            via=via,
            confidence=0.7,
        )
    ]


def _guessed_speaker(made: list[Draft], phrase_at: int, length: int) -> bool:
    """One claim in the sentence, whose speaker was carried over (pro-drop), and a source phrase in
    the sentence's last two thirds: the source is the speaker, not a ``via``."""
    return len(made) == 1 and made[0].resolution == "pro-drop" and phrase_at > length // 3


def _speaker_like(mention: Mention) -> bool:
    """A named person, or an organisation named in more than one word: who can replace a carried-over
    speaker (``حسب الجنسية``, by nationality, names nobody)."""
    entity = mention.entity
    if entity.kind == SpeakerKind.PERSON:
        return entity.named
    return entity.kind == SpeakerKind.ORGANIZATION and len(entity.canonical.split()) > 1


def _medium(mention: Mention) -> bool:
    """A news agency, paper or channel (``بحسب وكالة الأنباء الألمانية``): an intermediary that carried
    the carried-over speaker's words (guideline §4.3), not a speaker replacing it."""
    # ``keys`` is a set: indexing it raised TypeError; its smallest key is the deterministic choice
    head = mention.entity.head or (min(mention.entity.keys).split(" ", 1)[0] if mention.entity.keys else "")
    return head in MEDIA_HEADS or "ال" + head in MEDIA_HEADS


def _document_word(after: list[Tok], k: int) -> bool:
    """Words between a source phrase and its source: documents (``الإحصاءات``, with or without ال),
    their adjectives (``الأولية الصادرة``), a reporting verb and its ``به`` (``وفق ما أفاد به``)."""
    w = after[k].text
    if w == "مصدر" and k > 0:
        prev = after[k - 1].text
        if _reporting(prev) or (prev in ("به", "بها") and k > 1 and _reporting(after[k - 2].text)):
            return False  # "وفق ما كشف (به) مصدر في الشرطة": after the verb, the source itself
    if w in _DOCUMENT_WORDS or _reporting(w):
        return True
    if w.startswith("ال") and w != "المصدر" and (w[2:] in _DOCUMENT_WORDS or w[:-1] in _DOCUMENT_WORDS):
        return True  # الإحصاءات, الصادرة
    if k == 0:
        return False
    prev = after[k - 1].text
    if w in ("به", "بها", "عنه", "عنها") and _reporting(prev):  # "وفق ما أعلنت عنه الوزارة"
        return True
    return w.startswith("ال") and (w.endswith(("يه", "ي")) and prev.startswith("ال")) and k < 3


def _bare_document(ctx: Ctx, after: list[Tok], skip: int) -> Mention | None:
    """``وبحسب البيان، تم …``, ``ووفق بيان رسمي، أمر …``, ``…، بحسب البيان.``: the phrase cites a
    statement and names no issuer (a qualifier such as ``رسمي`` at most, then a comma or the sentence's
    end): the statement is the one the page already credited — the author of the last one it mentioned,
    else the latest organisation named (for the indefinite form too: a page names its issuer first)."""
    first = after[0].text
    if first not in _BARE_DOCUMENTS:
        return None
    k = skip
    while k < len(after) and after[k].text in _DOCUMENT_QUALIFIERS:
        k += 1
    if k < len(after) and after[k].text not in ("،", ",", ".", "؛"):
        return None
    if first.startswith("ال"):
        return statement(ctx, after, 0, k)
    latest = ctx.reg.latest(SpeakerKind.ORGANIZATION)
    if latest is None or ctx.reg.quoted_only(latest):
        return None
    return Mention(latest, k, after[0].start, after[k - 1].end)


_BARE_DOCUMENTS: Final = frozenset(f(w) for w in ("بيان", "البيان", "بلاغ", "البلاغ"))
_DOCUMENT_QUALIFIERS: Final = frozenset(f(w) for w in ("رسمي", "الرسمي", "صحفي", "الصحفي"))


def _reporting(word: str) -> bool:
    """``أوردته``, ``نقلته``, ``ذكرته``: a reporting verb with its object pronoun, inside ``بحسب ما …``."""
    if is_cue(word):
        return True
    return any(word.endswith(p) and is_cue(word[: -len(p)]) for p in ("ه", "ها"))


def _skip_addressee(after: list[Tok], skip: int) -> int:
    """``وفق ما قاله لـ"سكاي نيوز عربية" المستشار …``: the medium spoken to is no source (§4.3)."""
    if skip == 0 or skip + 2 >= len(after) or not _reporting(after[skip - 1].text):
        return skip
    w = after[skip].text
    if w in ("ل", "لـ") and after[skip + 1].text in QUOTE_CHARS:
        top = min(len(after), skip + 7)
        close = next((m for m in range(skip + 2, top) if after[m].text in QUOTE_CHARS), None)
        if close is not None:
            return close + 1
    return skip


def _relayed_source(ctx: Ctx, after: list[Tok], source: Mention) -> Mention | None:
    """``نقلته وكالة X عن مصادر …``: the agency relays; whoever follows ``عن`` is the speaker."""
    j = source.end
    if j + 1 >= len(after) or after[j].text != "عن":
        return None
    inner = parse_mention(ctx, after, j + 1, _clause_opener(after, j + 1))
    return inner if inner is not None and inner.entity is not source.entity else None


def _after_source(after: list[Tok], mention: Mention) -> int:
    """Content start after a sentence-initial source: past the rest of its phrase up to a comma
    (``بحسب ما أوردته صحيفة X الناطقة بالفرنسية، فإن …``)."""
    j = mention.end
    for m in range(j, min(len(after), j + 6)):
        w = after[m].text
        if w in ("،", ","):
            return after[m + 1].start if m + 1 < len(after) else mention.end_char
        if w in COMPLEMENTISERS or not w[0].isalpha():
            break
    return mention.end_char


def _relayed_by_medium(
    ctx: Ctx, after: list[Tok], skip: int, mention: Mention, made: list[Draft], phrase_at: int, via: str
) -> Draft | None:
    """``أفادت الوكالة بأن …، وفق ما كشف مصدر في الشرطة للوكالة.``: an agency's report whose closing
    phrase names who told it (a reporting verb after ``وفق ما``/``بحسب ما``, then the source, at most
    an addressee after it): the agency's claim ends before the phrase, and the same words are the
    source's claim, via the agency (guideline §4.3)."""
    if len(made) != 1 or via or skip == 0:
        return None
    agency = made[0]
    medium = agency.speaker.brand or agency.speaker.head in MEDIA_HEADS
    if not medium or agency.kind != ClaimKind.INDIRECT or mention.entity is agency.speaker:
        return None
    if not (agency.start < phrase_at <= agency.end):
        return None
    verb = next((t for t in after[:skip] if is_cue(t.text) or _reporting(t.text)), None)
    if verb is None:
        return None
    rest = [t.text for t in after[mention.end :] if t.text[0].isalpha()]
    if len(rest) > 1 or (rest and not (rest[0][0] == "ل" and len(rest[0]) > 3)):
        return None  # more than an addressee ("للوكالة") after the source: another clause
    cut = len(ctx.f[:phrase_at].rstrip(" ،,"))
    if cut - agency.start < 8:
        return None
    agency.end = cut
    return Draft(
        mention.entity,
        agency.start,
        cut,
        ClaimKind.INDIRECT,
        cue=ctx.orig(verb.start, verb.end),
        mention=ctx.orig(mention.start_char, mention.end_char),
        via=agency.speaker.canonical,
        confidence=0.7,
        resolution=resolution_of(mention.entity, True),
    )
