"""Arabic phrasal sources: ``وفقاً لـ``, ``بحسب``, ``نقلاً عن`` and the pronoun-bearing ``حسب تعبيره``.

A source phrase next to someone else's words is a ``via``; with no other speaker in the
sentence the cited source is the speaker (guideline §4.3).
"""

from __future__ import annotations

import re

from claims.extract import lexicon_ar as lx
from claims.extract.arabic_np import Ctx, parse_mention
from claims.extract.draft import Draft
from claims.extract.forms import f
from claims.extract.tokens import Tok, tokenize
from claims.text.segment import Span
from claims.types import ClaimKind

_PRONOUN_RE = re.compile(
    r"(?<!\w)(?:[وف])?("
    + "|".join(re.escape(f(p)) for p in sorted(lx.PRONOUN_SOURCE_PHRASES, key=len, reverse=True))
    + r")(?!\w)"
)
_SOURCE_RE = re.compile(
    r"(?<!\w)(?:[وف])?("
    + "|".join(
        re.escape(f(p)) + (r"(?=\w)" if f(p).endswith(" ل") else r"(?!\w)")
        for p in sorted(lx.SOURCE_PHRASES, key=len, reverse=True)
    )
    + ")"
)
# Document words between a source phrase and its source: "وفقاً لبيان صادر عن الوزارة".
_DOCUMENT_WORDS = frozenset(
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
_EDGE = " .،؛:!؟?…"


_PRONOUN_HINTS = ("تعبير", "قول", "وصف", "كما قال")
_SOURCE_HINTS = ("حسب", "وفق", "نقلا", "لسان", "طبقا", "استنادا", "بناء")


def pronoun_phrase(text: str) -> tuple[int, str] | None:
    """``(offset, phrase)`` of a closing ``حسب تعبيره``; offset 0 when the sentence is only that phrase."""
    if not any(h in text for h in _PRONOUN_HINTS):
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
    if not any(h in text for h in _SOURCE_HINTS):
        return out
    for m in _SOURCE_RE.finditer(text):
        after = tokenize(ctx.f, span.start + m.end(), end_limit)
        skip = 0
        while skip < min(3, len(after)) and after[skip].text in _DOCUMENT_WORDS:
            skip += 1
        if skip >= len(after):
            continue
        mention = parse_mention(ctx, after, skip, len(after))
        w = after[skip].text
        for head in ("ا" + w, "ال" + w[2:], w[1:]) if mention is None and len(w) > 3 and w[0] == "ل" else ():
            # "وفقاً للمتحدث باسم …": the phrase took one ل of لل; the title follows
            sliced = [
                *after[:skip],
                Tok(head, after[skip].end - len(head), after[skip].end),
                *after[skip + 1 :],
            ]
            mention = parse_mention(ctx, sliced, skip, len(sliced))
            if mention is not None:
                break
        if mention is None:
            continue
        source = mention.entity
        cue = ctx.orig(span.start + m.start(1), span.start + m.end(1)).strip()
        if made:
            for d in made:
                if not d.via and d.speaker is not source:
                    d.via = source.canonical
            continue
        phrase_start = span.start + m.start()
        if m.start() > len(text) // 3:
            start, end = span.start, phrase_start
        else:
            start, end = mention.end_char, end_limit
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
                confidence=0.75,
            )
        )
        break
    return out
