"""English article flow: where the body starts (standfirsts above the byline) and quotations that run on.

Wire and newspaper pages put a standfirst between the headline and the byline; it repeats the
body (guideline §4.13). A quotation whose closing mark is missing at a paragraph's end goes on in
the next paragraph, which opens with a fresh mark and no cue (``"We will rebuild …`` after
``"It's devastating," Irwin said. "These are families …``): one claim per paragraph, same speaker.

Reports inside reports are here too (guideline §4.3): ``SUNA, citing the health ministry, reported``,
``Araqchi was quoted by IRNA as saying``, ``told by contractors that``, a quotation inside a quotation;
and ``a spokesperson said`` with no one named, which speaks for the organisation the statement is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from claims.extract.core.draft import Draft
from claims.extract.core.entities import Entity
from claims.extract.english import lexicon as lx
from claims.extract.english.anaphora import latest_org
from claims.extract.english.noun_phrases import EnCtx, is_cap, possessive
from claims.extract.english.spans import QUOTES, after_dateline, comma_next, tail_only
from claims.extract.english.speaker_candidates import predicate_verb
from claims.extract.english.tokens import START, Tok, tokenize
from claims.extract.english.words import SPOKES
from claims.text.segment import Span, quote_regions
from claims.types import ClaimKind, SpeakerKind

_BYLINE_RE: Final = re.compile(
    r"(?:By|BY)\s+[A-Z]|(?:Published|Updated|Issued on|Posted|Last updated|First published)\b"
    r"|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{1,2},\s+\d{4})\b"
)
_OPENERS: Final = '"“'
_SUMMARY_HEADERS: Final = frozenset(
    ["key points", "highlights", "in brief", "key takeaways", "at a glance", "summary"]
)
# 'single quotes' inside a quotation; apostrophes between letters stay inside
_INNER_QUOTE_RE: Final = re.compile(
    r"(?<=[\s,:])['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w)){8,300}?)['’](?=[\s,.;:!?—–-]|$)"
)
_CLOSERS: Final = '"”'
_HEAD: Final = 30  # paragraphs looked at for a byline


def standfirst_end(text: str, paras: list[Span]) -> int:
    """Index of the first body paragraph: after the last byline or date line among the first paragraphs."""
    last = -1
    head = paras[:_HEAD]
    for pi, para in enumerate(head):
        if para.end - para.start < 120 and _BYLINE_RE.match(text, para.start, para.end):
            last = pi
    prose = sum(_is_prose(text, para) for para in paras[: max(last, 0)])
    start = last + 1 if prose <= 2 else 0  # more prose above the "byline": the body came first
    prose = 0
    for pi in range(start, len(head)):
        para = paras[pi]
        if para.end - para.start < 20 and text[para.start : para.end].strip().lower() in _SUMMARY_HEADERS:
            return _after_bullets(text, paras, pi + 1)  # "Key Points" bullets restate the story
        prose += _is_prose(text, para)
        if prose >= 2:
            break  # "Highlights" after the story's paragraphs heads a related list, not a summary
    return start


def _is_prose(text: str, para: Span) -> bool:
    """A paragraph of running text: it ends a sentence and has more than seven words."""
    return text[para.end - 1 : para.end] in '.!?"”' and text.count(" ", para.start, para.end) >= 7


def _after_bullets(text: str, paras: list[Span], first: int) -> int:
    """The first paragraph after up to three one-sentence bullets (under 30 words each)."""
    k = first
    while k < len(paras) and k - first < 3:
        line = text[paras[k].start : paras[k].end]
        if len(line.split()) >= 30 or line[:1] in _OPENERS or ". " in line.rstrip(". "):
            break
        k += 1
    return k


_SINGLE_OPEN_RE: Final = re.compile(r"(?:(?<=[:,]\s)|(?<=[:,]))['‘](?=[A-Z0-9])")
_SINGLE_FIRST_RE: Final = re.compile(r"['‘](?=[A-Z0-9])")
_SINGLE_CLOSE_RE: Final = re.compile(r"(?<=[.,!?])['’](?=[\s)]|$)|(?<=\w)['’](?=[,.;:!?](?:\s|$))")


_COMPANY_MARK_ONLY_RE: Final = re.compile(r" \([A-Z]\) ")
_COMPANY_MARK_RE: Final = re.compile(r"\b[A-Z][\w&'-]* (\([A-Z]\)) (?:[A-Z][\w&-]* ){0,2}([A-Z][a-z]+)\b")


def company_marks_unbracketed(text: str) -> str:
    """``Quaycraft (M) Sdn Bhd``: a one-letter country mark in brackets inside a company's name, the name
    closing on a legal-form word (an organisation word), reads without its brackets so the whole name
    stays one run of capitalised words. Same length, so offsets are unchanged."""
    if "(" not in text or not _COMPANY_MARK_ONLY_RE.search(text):  # cheap test first: most pages have none
        return text
    out: list[str] | None = None
    for m in _COMPANY_MARK_RE.finditer(text):
        if m.group(2).lower() not in lx.ORG_WORDS:
            continue
        out = out if out is not None else list(text)
        out[m.start(1)] = out[m.end(1) - 1] = " "
    return text if out is None else "".join(out)


def single_quotes_as_double(text: str, paras: list[Span]) -> str:
    """Quotations typed with single marks (``'We chose it,' said X``, ``saying: ‘…’``) as double marks.

    Only in a paragraph with no double marks (there single marks are quotes inside quotes), only a mark
    that opens the paragraph or follows a colon or comma, closed by a mark after a stop or comma (or before
    one): never an apostrophe (``harbour's``, ``players' union``). Same length, so offsets are unchanged.
    """
    if "'" not in text and "‘" not in text:
        return text
    out: list[str] | None = None
    for para in paras:
        piece = text[para.start : para.end]
        if ("'" not in piece and "‘" not in piece) or '"' in piece or "“" in piece or "”" in piece:
            continue
        pos = para.start
        while True:
            opening = (_SINGLE_FIRST_RE.match(text, pos, para.end) if pos == para.start else None) or (
                _SINGLE_OPEN_RE.search(text, pos, para.end)
            )
            if opening is None:
                break
            closing = _SINGLE_CLOSE_RE.search(text, opening.end() + 1, para.end)
            if closing is None:
                break
            inner = text[opening.end() : closing.start()]
            if len(inner.split()) >= 3 and not _SINGLE_OPEN_RE.search(text, opening.end(), closing.start()):
                out = out if out is not None else list(text)
                out[opening.start()] = "“"
                out[closing.start()] = "”"
            pos = closing.end()
    return text if out is None else "".join(out)


# "date 2025-11-26 According to …": a page's date bar glued to the lead's first words by the scrape
_DATE_BAR_RE: Final = re.compile(r"[ \t]*date \d{4}-\d{2}-\d{2}[ \t]+(?=\S)")


def date_bar_blanked(text: str, paras: list[Span]) -> str:
    """A paragraph opening with a machine date bar (``date 2025-11-26 ``) glued to the lead: the bar
    is blanked, so a cue opening the lead (``According to X, …``, ``Officials said …``) opens its
    sentence again. Same length, so offsets are unchanged."""
    if "date " not in text:
        return text
    out: list[str] | None = None
    for para in paras:
        m = _DATE_BAR_RE.match(text, para.start, para.end)
        if m is None:
            continue
        out = out if out is not None else list(text)
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return text if out is None else "".join(out)


# Continental marks: „…“ (German, Lithuanian, Czech), „…” (Polish, Romanian), «…» (French, Russian)
_LOW_OPEN: Final = "„"
_GUILLEMET_RE: Final = re.compile("[«»]")


def foreign_quotes_as_curly(text: str, paras: list[Span]) -> str:
    """Quotations typed with continental marks (``„We won,“ she said``, ``«We won,» she said``) as the
    English curly pair, so the cue after the closing mark is read as outside the quotation.

    ``„`` opens and the next ``“`` or ``”`` closes (over paragraphs too: a quotation running on is left
    open as in English). Guillemets are rewritten only in a paragraph without English double marks;
    ``«`` nested in ``«…»`` (a quotation inside the quotation) becomes a single mark. Same length.
    """
    if _LOW_OPEN not in text and "«" not in text:
        return text
    out = list(text)
    pos = text.find(_LOW_OPEN)
    while pos >= 0:
        out[pos] = "“"
        close = min((i for i in (text.find("“", pos + 1), text.find("”", pos + 1)) if i >= 0), default=-1)
        nxt = text.find(_LOW_OPEN, pos + 1)
        if close >= 0 and (nxt < 0 or close < nxt):
            out[close] = "”"
        pos = nxt
    for para in paras:
        piece = text[para.start : para.end]
        if "«" not in piece or '"' in piece or "“" in piece or "”" in piece:
            continue
        depth = 0
        for m in _GUILLEMET_RE.finditer(text, para.start, para.end):
            i = m.start()
            if m.group() == "«":
                out[i] = "“" if depth == 0 else "‘"
                depth += 1
            elif depth > 0:
                depth -= 1
                out[i] = "”" if depth == 0 else "’"
            # a stray closing mark is left as it is
    return "".join(out)


_MARKS_RE: Final = re.compile('[“”"]')
_CLOSING_PUNCT: Final = ",.!?;:…—-"


def mixed_quotes_paired(text: str, paras: list[Span]) -> str:
    """A quotation opened with one style of mark and closed with the other (``“We won," she said``,
    ``"We won,” she said``) as a curly pair, so the cue after it is read as outside the quotation.

    Marks pair in order within a paragraph; a paragraph is rewritten only when every mark pairs (a
    quotation running on to the next paragraph is left alone) and each mixed pair closes after a stop or
    comma, where a quotation ends (``“He said "no" to me”`` nests one quotation in another).
    Same length, so offsets are unchanged.
    """
    if "“" not in text and "”" not in text:
        return text
    out: list[str] | None = None
    for para in paras:
        piece = text[para.start : para.end]
        if '"' not in piece or ("“" not in piece and "”" not in piece):
            continue
        fixes: list[tuple[int, str]] = []
        opened: tuple[int, str] | None = None
        ok = True
        for m in _MARKS_RE.finditer(text, para.start, para.end):
            ch = m.group()
            if opened is None:
                if ch == "”":
                    ok = False
                    break
                opened = (m.start(), ch)
                continue
            if ch == "“" or (ch != opened[1] and text[m.start() - 1] not in _CLOSING_PUNCT):
                ok = False  # nested marks ('“He said "no" to me”'): not one quotation typed two ways
                break
            if opened[1] == "“" and ch == '"':
                fixes.append((m.start(), "”"))
            elif opened[1] == '"' and ch == "”":
                fixes.append((opened[0], "“"))
            elif opened[1] == '"' and ch == '"':
                pass
            opened = None
        if not ok or opened is not None or not fixes:
            continue
        out = out if out is not None else list(text)
        for pos, ch in fixes:
            out[pos] = ch
    return text if out is None else "".join(out)


def continued_quote(ctx: EnCtx, span: Span, para_end: int) -> tuple[int, int] | None:
    """``"…`` opening a sentence, no closing mark in its paragraph: the quote's span to the paragraph end."""
    text = ctx.text
    if text[span.start : span.start + 1] not in _OPENERS:
        return None
    regions = quote_regions(text, span.start, para_end)
    if any(r.start == span.start for r in regions):
        return None  # closed: an ordinary quotation, the sentence rules handle it
    tail = text[span.start + 1 : para_end]
    if any(c in tail for c in _CLOSERS):
        return None  # a quotation closed further on, maybe with its own cue
    end = para_end
    while end > span.start + 1 and text[end - 1] in " \n\t.":
        end -= 1
    return (span.start + 1, end) if end - span.start > 6 else None


_NOUN_FORMS: Final = frozenset(
    """
    reports claims notes states calls estimates forecasts projects remarks counters signals promises
    threatens pledges vows welcomes hints posts dismisses repeats
    points requests quotes comments tweets labels finds shows hopes
    """.split()
)
_NOUN_BEFORE: Final = frozenset(
    """
    the a an these those such his her their its our of citing quoting media news press intelligence local
    unconfirmed conflicting recent earlier initial preliminary official other some many several two three
    and or with by in on to from about over for against under after before similar false unverified separate
    multiple new previous public written state social per
    key main major few four five six seven eight nine ten
    """.split()
)


_UNSOURCED: Final = frozenset(
    [*lx.NOT_SOURCES, "documents", "data", "figures", "statistics", "estimates", "footage", "records"]
)


def noun_reading(toks: list[Tok], k: int) -> bool:
    """``citing intelligence reports``, ``the claims``, ``rose to 107.8 points``: an -s form that is a plural
    noun, not a verb — after a determiner, a number or a quantifying adjective."""
    if toks[k].lw not in _NOUN_FORMS or k == 0:
        return False
    before = toks[k - 1]
    if before.lw in lx.REPORTING_VERBS and before.text.islower() and before.lw.endswith("ed"):
        return True  # "rejected reports that …", "dismissed claims that …": the object of the cue before
    return before.lw in _NOUN_BEFORE or before.text[0].isdigit()


_CLAIM_NOUNS: Final = frozenset(["claim", "claims", "allegation", "allegations", "assertion", "assertions"])


def noun_claims(ctx: EnCtx, toks: list[Tok], made: list[Draft]) -> list[Draft]:
    """``Victor Hale's claim that …``, ``an opposition claim that …`` inside another sentence: a claim by
    the named possessor (or the body the modifier names), its content the ``that`` clause up to the next
    comma; the outer claim stays as it is. A possessor nobody names (``a killer's``) is left alone."""
    out: list[Draft] = []
    n = len(toks)
    for x in range(1, n - 2):
        if toks[x].lw not in _CLAIM_NOUNS or toks[x + 1].lw != "that":
            continue
        speaker: Entity | None = None
        if possessive(toks[x - 1]) and is_cap(toks[x - 1]):
            a = x - 1
            while a > 0 and is_cap(toks[a - 1]) and not possessive(toks[a - 1]):
                a -= 1
            words = [t.lw.replace("’", "'").removesuffix("'s") for t in toks[a:x]]
            speaker = ctx.reg.lookup(" ".join(words)) or ctx.reg.lookup(words[-1])
            titled = a > 0 and toks[a - 1].lw in lx.TITLE_WORDS
            if speaker is None and (x - a >= 2 or titled):  # "former minister Victor Hale's claim"
                name = ctx.span(toks[a].start, toks[x - 1].end)
                name = name.removesuffix("'s").removesuffix("’s")
                speaker = ctx.reg.add(Entity(name, SpeakerKind.PERSON), [" ".join(words), words[-1]])
        elif (
            x >= 2
            and toks[x - 2].lw in ("a", "an", "the")
            and toks[x - 1].text.isalpha()
            and toks[x - 1].text.islower()
            and (toks[x - 1].lw in lx.ORG_WORDS or toks[x - 1].lw in lx.COLLECTIVE_WORDS
                 or toks[x - 1].lw in lx.TITLE_WORDS)
        ):
            word = toks[x - 1].text  # "an opposition claim that …"
            speaker = ctx.reg.lookup(word.lower()) or ctx.reg.add(
                Entity(word, SpeakerKind.ORGANIZATION, named=False), [word.lower()]
            )
        if speaker is None or speaker.kind == SpeakerKind.OUTLET:
            continue
        start = toks[x + 1].start
        e = next((y for y in range(x + 3, n) if toks[y].text in (",", ";")), None)
        end = toks[e].start if e is not None else toks[-1].end
        if toks[-1].text in (".", "?", "!") and end == toks[-1].end:
            end = toks[-1].start
        if end - start < 12 or any(d.speaker is speaker and abs(d.start - start) <= 1 for d in made):
            continue
        out.append(
            Draft(speaker, start, end, ClaimKind.INDIRECT, cue=toks[x].text, confidence=0.6, resolution="nested")
        )
    return out


def citing(ctx: EnCtx, toks: list[Tok], made: list[Draft]) -> list[Draft]:
    """``SUNA, citing the health ministry, reported that …``: the cited source's claim, ``via`` the reporter.

    The intermediary is the subject of the reporting verb, so both claims are kept (guideline §4.3).
    """
    if not made or not toks:
        return []
    a0, b0 = toks[0].start, toks[-1].end
    if ctx.text.find("citing", a0, b0) < 0 and ctx.text.find("quoting", a0, b0) < 0:
        return []
    n = len(toks)
    out: list[Draft] = []
    for c in (x for x in range(n) if toks[x].lw in ("citing", "quoting")):
        a = c + 1
        b = a
        while (
            b < n
            and toks[b].text not in (",", ".", ";", ":", "(", ")", '"', "“", "”")
            and toks[b].lw not in ("that", "as", "who", "which")
            and (toks[b].lw not in lx.REPORTING_VERBS or noun_reading(toks, b))
            and b - a < 10
        ):
            b += 1
        if b == a or (
            toks[b - 1].lw in _UNSOURCED and not any(t.text[0].isupper() for t in toks[a : b - 1])
        ):
            continue  # "citing intelligence reports": no one is named
        source = ctx.resolve(toks, a, b)
        if source is None:
            continue
        for d in made:
            if d.speaker is source or d.via or (d.start <= toks[c].start < d.end):
                continue
            if any(o.speaker is source and o.start == d.start for o in out):
                continue
            out.append(
                Draft(source, d.start, d.end, d.kind, cue=d.cue, via=d.speaker.canonical, confidence=0.65)
            )
            break
    return out


def quoted_passive(ctx: EnCtx, span: Span, toks: list[Tok], k: int, end: int, cue_text: str) -> list[Draft]:
    """``Araqchi was quoted by state news agency IRNA as saying that …``: Araqchi's claim, ``via`` IRNA."""
    n = len(toks)
    aux = k - 1
    while aux > 0 and toks[aux].text.islower() and toks[aux].lw not in ("was", "were", "is", "are", "been"):
        aux -= 1  # "was yesterday reported": the adverbs after the auxiliary belong to the verb group
    while aux > 0 and toks[aux - 1].lw in ("been", "has", "have", "had", "also", "later", "widely"):
        aux -= 1
    subject_end = aux
    subject_start = subject_end
    while subject_start > 0 and toks[subject_start - 1].text not in (",", ".", ";", ":", '"', "“", "”"):
        subject_start -= 1
    if subject_start >= subject_end:
        return []
    speaker = ctx.resolve(toks, subject_start, subject_end)
    m = k + 1
    via = None
    if m < n and toks[m].lw == "by":
        b = m + 1
        while b < n and not (toks[b].lw == "as" and b + 1 < n and toks[b + 1].lw == "saying") and b - m < 10:
            b += 1
        via = ctx.resolve(toks, m + 1, b)
        m = b
    perfect = m + 3 < n and toks[m].lw == "as" and toks[m + 1].lw == "having" and toks[m + 2].lw == "said"
    if perfect:
        m += 1  # "was quoted as having said": the perfect form of "as saying"; "as" is one back
    elif speaker is None or m + 2 >= n or toks[m].lw != "as" or toks[m + 1].lw != "saying":
        return []
    if speaker is None:
        return []
    c = m + 2
    if toks[c].text == ":" and c + 1 < n:
        c += 1
    start = toks[c].start
    kind = ClaimKind.INDIRECT
    before = _said_before_subject(ctx, span, toks, subject_start)
    if before is not None and (tail_only(toks, c, end) or comma_next(toks, c, end)):
        # '"…," Cole was quoted as saying at a briefing.': the words before the subject are what was said
        start, end, kind = before
        c = -1
    if start >= end - 2:
        return []
    ctx.reg.spoke(speaker)
    if c >= 0 and toks[c].text in _OPENERS:
        close = max(ctx.text.rfind(q, start + 1, end) for q in _CLOSERS)
        if close > start and not ctx.text[close + 1 : end].strip(" .,"):
            kind, start, end = ClaimKind.DIRECT, start + 1, close
    return [
        Draft(
            speaker,
            start,
            end,
            kind,
            cue=f"{cue_text} as saying",
            via=via.canonical if via is not None and via is not speaker else "",
            confidence=0.7,
        )
    ]


def _said_before_subject(
    ctx: EnCtx, span: Span, toks: list[Tok], subject_start: int
) -> tuple[int, int, ClaimKind] | None:
    """The quotation closed right before a passive report's subject (``"…," Cole was quoted as saying``),
    or the clause before the comma there (``The quay will shut, Cole was quoted as saying.``)."""
    if subject_start == 0:
        return None
    at = toks[subject_start].start
    for r in quote_regions(ctx.text, span.start, at):
        if r.start <= span.start + 1 and not ctx.text[r.end : at].strip(" ,"):
            return r.start + 1, r.end - 1, ClaimKind.DIRECT
    first = after_dateline(ctx, toks, span)
    comma = toks[subject_start - 1]
    if comma.text != "," or comma.start - first <= 8 or any(t.text in QUOTES for t in toks[:subject_start]):
        return None
    if not any(t.text.islower() and predicate_verb(t) for t in toks[: subject_start - 1] if t.start >= first):
        return None  # "On Monday, Cole was quoted as saying …": a fronted adjunct, no clause
    return first, comma.start, ClaimKind.INDIRECT


def told_by(ctx: EnCtx, toks: list[Tok], k: int, end: int, made: list[Draft]) -> list[Draft]:
    """``Residents said they had been told by contractors that …``: the contractors' claim, within theirs."""
    n = len(toks)
    if toks[k].lw not in ("told", "warned", "assured", "informed") or k + 2 >= n or toks[k + 1].lw != "by":
        return []
    b = k + 2
    while b < n and toks[b].lw != "that" and toks[b].text not in (",", ".", ";", ":") and b - k < 10:
        b += 1
    if b >= n or toks[b].lw != "that" or toks[b].start >= end - 2:
        return []
    source = ctx.resolve(toks, k + 2, b)
    if source is None:
        return []
    outer = next((d for d in reversed(made) if d.start <= toks[k].start < d.end), None)
    ctx.reg.spoke(source)
    via = outer.speaker.canonical if outer is not None and outer.speaker is not source else ""
    return [Draft(source, toks[b].start, end, ClaimKind.INDIRECT, cue=toks[k].text, via=via, confidence=0.65)]


def quote_in_quote(ctx: EnCtx, made: list[Draft]) -> list[Draft]:
    """``"Erdogan told us, 'We are not going to leave a vacuum' - and he meant it," the official said``

    The inner quotation is a second claim, by the person the quoted speaker reports, ``via`` that speaker.
    """
    out: list[Draft] = []
    text = ctx.text
    for d in made:
        if d.kind != ClaimKind.DIRECT:
            continue
        for m in _INNER_QUOTE_RE.finditer(text, d.start, d.end):
            toks = tokenize(text, d.start, m.start())
            cue = next(
                (
                    x
                    for x in range(len(toks) - 1, max(-1, len(toks) - 6), -1)
                    if toks[x].lw in lx.REPORTING_VERBS
                ),
                None,
            )
            if cue is None or cue == 0:
                continue
            a = cue
            while a > 0 and toks[a - 1].text not in (",", ".", ";", ":", "-", "—", "–"):
                a -= 1
            b = cue
            while b > a and toks[b - 1].lw in lx.AUXILIARIES and toks[b - 1].text.islower():
                b -= 1
            if b <= a:
                continue
            inner = ctx.resolve(toks, a, b)
            if inner is None or inner is d.speaker:
                continue
            out.append(
                Draft(
                    inner,
                    m.start(1),
                    m.end(1),
                    ClaimKind.DIRECT,
                    cue=toks[cue].text,
                    via=d.speaker.canonical,
                    confidence=0.6,
                )
            )
    return out


def spokesperson_of(ctx: EnCtx, toks: list[Tok], first: int, speaker: Entity) -> Entity:
    """``Pantex … briefly paused operations, a spokesperson said``: the firm the statement is about speaks.

    A spokesperson nobody names speaks for an organisation (``A Ministry of Justice spokesperson`` →
    the ministry); with none given, for the organisation that opens the statement, else the latest one.
    """
    word = (speaker.role or speaker.canonical).lower()
    if speaker.named or word not in SPOKES:
        return speaker
    org = None
    a = bisect_left(toks, first, key=START)
    b = a
    while b < len(toks) and is_cap(toks[b]) and b - a < 5:
        b += 1
    if b > a and (b == len(toks) or toks[b].text in (",", "'s") or possessive(toks[b - 1])):
        found = ctx.reg.lookup(" ".join(t.lw.removesuffix("'s") for t in toks[a:b]))
        if found is not None and found.kind == SpeakerKind.ORGANIZATION:
            org = found
        elif found is None:
            org = ctx.register_org(ctx.span(toks[a].start, toks[b - 1].end).removesuffix("'s"))
    org = org or latest_org(ctx.reg)
    if org is None:
        return speaker
    # the spokesperson is a person cited by whom they speak for ("Pantex spokesperson")
    return ctx.spokes_agent(f"{org.canonical} {word}", word)
