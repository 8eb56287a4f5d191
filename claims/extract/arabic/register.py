"""Arabic pass 1: sentences with their tokens, and every name the article gives, before any claim.

Titled names (``الرئيس السوري بشار الأسد``), names after a ل-prefixed title (``سؤال للنائبة …``),
organisations named in full and ``والإيراني X`` coordinations enter the registry; then every later
occurrence of a registered alias is recorded as a mention, so pro-drop and short names resolve.
"""

from __future__ import annotations

import re
from typing import Final

from claims.extract.arabic.cues import find_cues
from claims.extract.arabic.mentions import parse_mention
from claims.extract.arabic.noun_phrases import (
    ALI,
    Ctx,
    _plain_name,
    parse_name,
    person,
    registry_match,
)
from claims.extract.arabic.organisations import ORG_ADJECTIVES, collective, organisation
from claims.extract.arabic.titles import backward_name
from claims.extract.arabic.words import (
    COLLECTIVES,
    COMPLEMENTISERS,
    EVENT_VERBS,
    GIVEN,
    GOVERNOR,
    OFFICE,
    ORG_HEADS,
    PLACE_HEADS,
    PLACES,
    SPATIAL_PREPOSITIONS,
    STOPS,
    TIME_WORDS,
    TITLES,
    TRIGGERS,
    in_lexicon,
    is_cue,
    is_name_token,
    is_nisba,
)
from claims.extract.core.entities import Entity
from claims.extract.core.tokens import QUOTE_CHARS, Tok, tokenize
from claims.text.segment import Span, paragraphs, split_paragraph
from claims.types import SpeakerKind


def units_of(ctx: Ctx) -> list[tuple[int, Span, list[Tok], bool]]:
    """(paragraph index, sentence span, tokens, is-heading) for every sentence."""
    out: list[tuple[int, Span, list[Tok], bool]] = []
    tatweel = "\u0640" in ctx.text  # looked for once per article, not in the whole text per sentence
    ctx.unstopped_lines = _unstopped_page(ctx.f)
    if ctx.unstopped_lines:
        lines = _line_sentences(ctx.f)
    else:
        paras = _bullet_lines(ctx.f, paragraphs(ctx.f))
        lines = [  # a line split off a long paragraph keeps that paragraph's heading test
            (line, _is_heading(ctx.f[p.start : p.end], last=i + 1 == len(paras)))
            for i, p in enumerate(paras)
            for line in _unstopped_lines(ctx.f, p)
        ]
    for pi, (para, heading) in enumerate(lines):
        for span in _stray_stops(ctx.f, split_paragraph(ctx.f, para.start, para.end)):
            toks = tokenize(ctx.f, span.start, span.end)
            sentence = ctx.f[span.start : span.end]
            if " و " in sentence:
                toks = _join_detached_conjunctions(ctx.f, toks)
            if tatweel and (" ل " in sentence or " ب " in sentence):
                toks = _join_detached_proclitics(ctx, toks)
            if "علي" in sentence:
                toks = _mark_ali(ctx, toks)
            if "والي " in sentence:
                toks = _mark_governor(ctx, toks)
            out.append((pi, span, toks, heading))
    return out


BULLETS: Final = frozenset("▪▫•●◾◼■◆►✓✔")


def _bullet_lines(text: str, paras: list[Span]) -> list[Span]:
    """A paragraph that opens with a drawn bullet (``▪️…``) is one item per line: the segmenter may
    glue the next line to an item that ends without a stop (``…، ونطالب بوقف العدوان`` then
    ``الرئيس التركي: …``), and an item is never one sentence with what follows it."""
    if not any(text[p.start : p.start + 1] in BULLETS for p in paras):
        return paras  # most pages: no drawn bullets, one pass over the paragraph starts
    out: list[Span] = []
    for p in paras:
        if text[p.start : p.start + 1] not in BULLETS or "\n" not in text[p.start : p.end]:
            out.append(p)
            continue
        start = p.start
        for line in text[p.start : p.end].split("\n"):
            end = start + len(line)
            if line.strip():
                lead = len(line) - len(line.lstrip())
                out.append(Span(start + lead, len(text[:end].rstrip()) if end > start else end))
            start = end + 1
    return out


def _stray_stops(text: str, spans: list[Span]) -> list[Span]:
    """``… اهتماما كبيرا .للموسم الزراعي …``: a full stop typed after a space and glued to the next word
    is a slip of the keyboard inside one sentence, not its end; the two pieces are one sentence (the
    second alone would read as the outlet's own statement)."""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        glued = last is not None and last.end == span.start and text[span.start].isalpha()
        if last is not None and glued and text[last.end - 2 : last.end] == " .":
            out[-1] = Span(last.start, span.end)
            continue
        out.append(span)
    return out


def _unstopped_lines(text: str, p: Span) -> list[Span]:
    """A line break inside a paragraph after a line that ends with no mark at all (a letter or a figure)
    is where a page lost its full stop: a list of summaries, one per line (``…من الخط`` then ``قال
    الناطق …``). Each such line is a sentence of its own, so a cue opening the next line opens a claim
    instead of reading as a verb inside the line before. Only before a line that opens with a finite
    reporting verb: a line ending mid-sentence before one that opens with a preposition is a sentence the
    page broke (``segment.paragraphs`` joined it on purpose). A line ending with a comma goes on."""
    if "\n" not in text[p.start : p.end]:
        return [p]  # most paragraphs: one line
    out: list[Span] = []
    start = p.start
    for m in re.finditer("\n", text[p.start : p.end]):
        cut = p.start + m.start()
        before = text[start:cut].rstrip()
        if before and before[-1].isalnum() and _opens_with_report(text, cut + 1, p.end):
            out.append(Span(start, start + len(before)))
            start = cut + 1
    out.append(Span(start, p.end))
    return out


_LINE_RE: Final = re.compile(r"\S(?:[^\n]*\S)?")
_UNSTOPPED_MIN_LINES: Final = 5  # body lines of four words or more: fewer is a short note, judged as usual
# Of those lines, the share that ends with a letter or a figure: all but a stray one. A printed column
# copied line by line also ends most lines open (``claims.text.wrap`` joins those), but its paragraphs still
# close on their stops: 0.67-0.90 of its lines are open at column widths 50-90, where a scrape that lost
# its stops has every line open.
_UNSTOPPED_SHARE: Final = 0.95
_LINE_WORDS: Final = 4


def _unstopped_page(text: str) -> bool:
    """A poor scrape that lost its full stops: (nearly) every body line ends with a letter or a figure,
    no mark at all. On such a page the line is the only sentence boundary left, so each line is read as
    a sentence (the print-layout joins of ``segment.paragraphs`` would glue a speaker's statements into
    one run), and a reporting word's place on its line says where a claim opens."""
    lines = [m.group() for m in _LINE_RE.finditer(text)][1:]  # the first line: a headline or dateline
    body = [line for line in lines if len(line.split()) >= _LINE_WORDS]
    if len(body) < _UNSTOPPED_MIN_LINES:
        return False
    return sum(line[-1].isalnum() for line in body) >= _UNSTOPPED_SHARE * len(body)


def _line_sentences(text: str) -> list[tuple[Span, bool]]:
    """Each line of an unstopped page with its heading test. A line that opens with a reporting word
    (``وأضاف …``, ``موضحا أن …``, ``وزاد.``) is prose, never a sub-head. A reporting participle closing
    a line (``… الموارد مشيرا`` then ``كنا نعتمد …``) opens the next line's statement, as it would at that
    line's start: the line is cut before it and the participle goes with the line below."""
    spans = [Span(*m.span()) for m in _LINE_RE.finditer(text)]
    out: list[tuple[Span, bool]] = []
    carry: int | None = None
    for i, line in enumerate(spans):
        start = line.start if carry is None else carry
        carried, carry = carry is not None, None
        end = line.end
        toks = tokenize(text, start, end)
        if len(toks) > 2 and i + 1 < len(spans) and _participle_word(toks[-1].text):
            end, carry = len(text[: toks[-1].start].rstrip()), toks[-1].start
        heading = _is_heading(text[line.start : line.end], last=i + 1 == len(spans))
        out.append((Span(start, end), heading and not carried and not _opens_with_cue(toks)))
    return out


def _participle_word(word: str) -> bool:
    return any(c.form.participle for c in find_cues([Tok(word, 0, len(word))]))


def _opens_with_cue(toks: list[Tok]) -> bool:
    """The line's first word is a reporting verb or participle (``كشف``, ``وزاد``, ``مشيرا``)."""
    return bool(toks) and any(c.k == 0 for c in find_cues(toks[:2]))


def _opens_with_report(text: str, start: int, end: int) -> bool:
    """The line at ``start`` opens with a finite reporting verb (``قال``, ``بينت``, ``تقر``)."""
    toks = tokenize(text, start, min(end, start + _FIRST_WORDS_CHARS))
    return any(c.k == 0 and not c.form.participle for c in find_cues(toks[:2]))


_FIRST_WORDS_CHARS: Final = 40  # enough for the first word or two of a line


def _join_detached_conjunctions(text: str, toks: list[Tok]) -> list[Tok]:
    """``و الجماعات`` → one token ``والجماعات`` spanning both: many pages type the conjunction apart,
    and every rule (titles, cues, names) reads it attached. Offsets still cover the stored text."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if (
            tok.text == "و"
            and i + 1 < len(toks)
            and toks[i + 1].text[0].isalpha()
            and not text[tok.end : toks[i + 1].start].strip()
        ):
            out.append(Tok("و" + toks[i + 1].text, tok.start, toks[i + 1].end))
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def _join_detached_proclitics(ctx: Ctx, toks: list[Tok]) -> list[Tok]:
    """``لـ القوات`` → one token ``للقوات`` (``بـ الأمس`` → ``بالأمس``, ``لـ #القوات_…`` too): a
    preposition set apart by a tatweel is read joined to its noun, as written without the tatweel
    (after ``ل`` the article's alef goes). Offsets still cover the stored text."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok.text in ("ل", "ب") and i + 1 < len(toks) and toks[i + 1].text[0].isalpha():
            raw = ctx.text[ctx.folded.orig(tok.start) : ctx.folded.orig(toks[i + 1].start)]
            if raw[1:].lstrip("\u0640").strip(" #") == "" and "\u0640" in raw:
                nxt = toks[i + 1].text
                joined = "لل" + nxt[2:] if tok.text == "ل" and nxt.startswith("ال") else tok.text + nxt
                out.append(Tok(joined, tok.start, toks[i + 1].end))
                i += 2
                continue
        out.append(tok)
        i += 1
    return out


def _mark_ali(ctx: Ctx, toks: list[Tok]) -> list[Tok]:
    """``علي`` spelt with ya and followed by a name-like word is the name Ali, not ``على``."""
    for i in [i for i, tok in enumerate(toks) if tok.text == "علي"]:
        tok = toks[i]
        if ctx.text[ctx.folded.orig(tok.end - 1)] != "ي":
            continue
        if i > 0 and toks[i - 1].text in GIVEN and (
            i + 1 == len(toks) or toks[i + 1].text in COMPLEMENTISERS or not toks[i + 1].text[0].isalpha()
        ):
            toks[i] = Tok(ALI, tok.start, tok.end)  # "أحمد علي إن": the preposition never precedes إن
            continue
        prev = toks[i - 1].text if i > 0 else ""
        before_time = i + 1 < len(toks) and toks[i + 1].text in TIME_WORDS
        if before_time and prev and (is_name_token(prev) or is_cue(prev)):
            toks[i] = Tok(ALI, tok.start, tok.end)  # "وقال سامي علي اليوم": على takes no bare time adverb
            continue
        if _middle_ali(ctx, toks, i):
            toks[i] = Tok(ALI, tok.start, tok.end)  # "وزير الزراعة منذر علي الكبيسي": father's name
            continue
        if _apposed_ali(ctx, toks, i):
            toks[i] = Tok(ALI, tok.start, tok.end)  # "قال وزير النفط، علي العمير، إن": a name between commas
            continue
        if i + 1 < len(toks):
            nxt = toks[i + 1].text
            after_title = i > 0 and toks[i - 1].text in TITLES
            if (
                nxt[0].isalpha()
                and nxt not in STOPS
                and nxt not in COMPLEMENTISERS
                and (after_title or not nxt.startswith("ال"))
            ):
                toks[i] = Tok(ALI, tok.start, tok.end)
    return toks


def _middle_ali(ctx: Ctx, toks: list[Tok], i: int) -> bool:
    """``منذر علي الكبيسي``: ya-spelt ``علي`` between a listed first name and a definite name word,
    on a page that spells the preposition ``على`` with its alef maqsura elsewhere, is the father's
    name in a three-part name, not the preposition."""
    if i < 1 or i + 1 >= len(toks):
        return False
    prev = toks[i - 1].text
    before = toks[i - 2].text if i > 1 else ""
    titled = before in TITLES or (is_nisba(before) and is_name_token(prev) and not prev.startswith("ال"))
    if prev not in GIVEN and not titled:
        return False  # "وزير النفط العراقي جبار علي …": an unlisted first name in the title's name slot
    nxt = toks[i + 1].text
    if not (nxt.startswith("ال") and is_name_token(nxt)) or nxt in STOPS or nxt in TIME_WORDS:
        return False
    return "على" in ctx.text


def _apposed_ali(ctx: Ctx, toks: list[Tok], i: int) -> bool:
    """``وزير النفط الكويتي، علي العمير، …``: ya-spelt ``علي`` between commas, right after a definite
    word and before one definite name word, on a page that spells the preposition ``على`` with its
    alef maqsura elsewhere, is the apposed name, not the preposition."""
    if i < 2 or i + 2 >= len(toks) or toks[i - 1].text not in ("،", ","):
        return False
    before, nxt, after = toks[i - 2].text, toks[i + 1].text, toks[i + 2].text
    if not before.startswith("ال") or not nxt.startswith("ال") or not is_name_token(nxt) or nxt in TIME_WORDS:
        return False
    if after not in ("،", ",") and after not in COMPLEMENTISERS:
        return False
    return "على" in ctx.text


def _mark_governor(ctx: Ctx, toks: list[Tok]) -> list[Tok]:
    """``والي`` spelt with a plain alef and ya, before a province or an institution, is the title
    governor (``والي ولاية الخرطوم``, ``والي بنك المغرب``), not ``وإلى`` (and to), which folds alike.
    Before a definite province head (``والي الولاية``, ``والي الإقليم``: the governor of the province
    the page is about), and spelt with a hamza (``وإلي``, a common slip), it is the title only where
    "and to" cannot stand (the plain spelling at the sentence's start too):
    right after a reporting verb (``وأكد وإلي البنك …``) or with a given name after the institution
    (``وإلي البنك المركزي عبد …``)."""
    for i, tok in enumerate(toks[:-1]):
        if tok.text != "والي":
            continue
        spelt = ctx.text[ctx.folded.orig(tok.start) : ctx.folded.orig_end(tok.end)]
        if spelt not in ("والي", "وإلي"):
            continue
        nxt = toks[i + 1].text
        definite_head = nxt[:2] == "ال" and nxt[2:] in PLACE_HEADS  # والي الولاية / الإقليم
        if not (nxt in PLACE_HEADS or nxt in ORG_HEADS or nxt in PLACES or definite_head):
            continue
        if spelt == "وإلي" and not _title_slot(toks, i):
            continue
        if definite_head and not (i == 0 or _title_slot(toks, i)):
            continue
        toks[i] = Tok(GOVERNOR, tok.start, tok.end)
    return toks


def _title_slot(toks: list[Tok], i: int) -> bool:
    """After a reporting verb, or before a given name a few words on (the institution between)."""
    if i > 0 and is_cue(toks[i - 1].text):
        return True
    return any(t.text in GIVEN for t in toks[i + 2 : i + 5]) and all(
        t.text not in ("،", ",", ".") for t in toks[i + 1 : i + 3]
    )


_CLAUSE_LINKS: Final = frozenset(("حيث", "كما", "فيما", "بينما"))  # folded; they join a clause to the one before


def _is_heading(text: str, *, last: bool = False) -> bool:
    """Headlines, standfirsts, sub-heads and tag lines: short, no sentence-final mark. A line that
    opens with و and a reporting verb (``واشار داود الى …``) goes on with the article (no headline
    opens with a conjunction), and one that closes a bracket opened above (``… الموظفون )``) ends a
    quotation. The excerpt's last paragraph with a quotation still open was cut by the excerpt."""
    text = text.rstrip()
    if len(text.split()) >= 16 or text[-1:] in '.!?؟…"”»:':
        return False
    if last and (text.count("«") > text.count("»") or text.count("“") > text.count("”")):
        return False
    first = text.split(" ", 1)[0]
    if len(first) > 3 and first[0] == "و" and is_cue(first):
        return False
    words = text.split(" ", 2)
    if len(words) > 2 and words[0] in _CLAUSE_LINKS and is_cue(words[1]):
        return False  # "حيث دعا عضو المجلس X لـ …" with its stop lost: a clause link opens no headline
    if text.count("،") >= 2 and any(is_cue(w) for w in text.replace("،", " ").split()[:6]):
        return False  # "من جهة أخرى، أعلن الجيش، السبت، عن …": a reporting verb among commas is prose
    return not (text[-1:] == ")" and text.count(")") > text.count("("))


# "والإيراني X": a coordinated nisba before a name. The literal comes first and the check that no word
# character precedes it looks back over it, so the regex engine can jump between occurrences of the
# literal instead of trying the look-behind at every position (15x faster, same matches).
_WAL_NISBA: Final = re.compile(r"وال(?<!\wوال)\w{2,}ي(?!\w)")


def register_names(ctx: Ctx, units: list[tuple[int, Span, list[Tok], bool]]) -> None:
    """Pass 1: every titled name (and every ``والإيراني X`` coordination) enters the registry; then mentions."""
    triggers = TRIGGERS
    if "يدعي" in ctx.f or "المدعو" in ctx.f or "تدعي" in ctx.f:
        for _, _, toks, _ in units:
            for i, tok in enumerate(toks):
                if tok.text in _CALLED and i + 1 < len(toks):
                    _called_name(ctx, toks, i + 1)
    for _, span, toks, _ in units:
        n = len(toks)
        covered = -1
        if _WAL_NISBA.search(ctx.f, span.start, span.end) is None:  # one C-level scan, most sentences
            candidates = [i for i, t in enumerate(toks) if t.text in triggers]
        else:
            candidates = [
                i
                for i, t in enumerate(toks)
                if t.text in triggers
                or (t.text.startswith("وال") and t.text.endswith("ي") and len(t.text) > 5)
            ]  # most words start nothing: find the few that may, without a Python branch per word
        for i in candidates:
            if i < covered:
                continue
            tok = toks[i]
            w = tok.text
            kind = triggers.get(w)
            ctx.reg.at = tok.start  # where a name this candidate adds was met (inside a quotation or not)
            if kind == "t":
                prev = toks[i - 1].text if i else ""
                if (
                    w.startswith("ال")
                    and i != covered  # right after a name: "السيسي الملك الأردني عبد الله الثاني"
                    and (prev.startswith("ال") or (prev.startswith("لل") and "ال" + prev[2:] in TITLES))
                    and prev not in TITLES
                    and prev not in EVENT_VERBS
                    and not is_cue(prev)
                ):
                    continue  # a definite title after a definite noun is an adjective: المؤتمر الصحفي
                backward_name(ctx, toks, i, n)
                m = parse_mention(ctx, toks, i, n)
                covered = m.end if m is not None else covered
                if m is not None and m.entity.named:
                    _nickname(ctx, toks, m.end, n, m.entity)
            elif kind == "o":
                covered = _register_org(ctx, toks, i, n)
            elif kind == "c":
                covered = _register_collective(ctx, toks, i, n)
            elif kind == "tl":
                head = "ال" + w[2:] if w.startswith("لل") else w[1:]
                sliced = [Tok(head, tok.end - len(head), tok.end), *toks[i + 1 : n]]
                m = parse_mention(ctx, sliced, 0, len(sliced))
                covered = i + m.end if m is not None and m.entity.named else covered
            elif w.startswith("وال") and w.endswith("ي") and len(w) > 5 and i + 1 < n:
                end, clear = parse_name(toks, i + 1, n)
                if end > i + 1 and clear and not toks[i + 1].text.startswith("ال"):
                    parse_mention_named(ctx, toks, i, end)
                    covered = end
    ctx.reg.at = None
    nicknames = "الملقب" in ctx.f or "المعروف ب" in ctx.f
    if nicknames:
        for _, _, toks, _ in units:
            for i, tok in enumerate(toks):
                if tok.text in _NICKNAMED and i > 2 and toks[i - 1].text == "،":
                    _nicknamed_name(ctx, toks, i - 1)
    firsts = ctx.reg.first_words
    # registry_match takes a name bare or behind و/ف only: one set lookup per word, no slicing
    starts = {*firsts, *("و" + w for w in firsts), *("ف" + w for w in firsts)}
    for _, _, toks, _ in units:
        n = len(toks)
        hits = [i for i, t in enumerate(toks) if t.text in starts]
        if not hits:
            continue
        i = 0
        for i0 in hits:
            if i0 < i:
                continue
            i = i0
            hit = registry_match(ctx, toks, i, n)
            if hit is None:
                i += 1
                continue
            entity, end = hit
            if not _at_a_place(toks, i, entity):
                ctx.reg.mention(toks[i].start, entity)
            if nicknames and end < n and toks[end].text == "،" and entity.kind == SpeakerKind.PERSON:
                _nickname(ctx, toks, end, n, entity)
            i = end


# "ضابطاً يُدعى X", "المدعو X": the word introduces a person's name (folded: يدعى → يدعي)
_CALLED: Final = frozenset(("يدعي", "تدعي", "المدعو", "المدعوه"))


def _called_name(ctx: Ctx, toks: list[Tok], j: int) -> None:
    """The name after ``يدعى``/``المدعو`` (two to four words) enters the registry as a person."""
    n = len(toks)
    if registry_match(ctx, toks, j, n) is not None:
        return
    end, _ = parse_name(toks, j, n, after_title=True)
    if 2 <= end - j <= 4:
        person(ctx, toks, j, end, None, True)


_NICKNAMED: Final = frozenset(("الملقب", "الملقبه", "المعروف", "المعروفه", "الشهير", "الشهيره"))


def _nickname(ctx: Ctx, toks: list[Tok], j: int, n: int, entity: Entity) -> None:
    """``يوسف أبو العينين، الملقب بـ"القناص"``: the nickname becomes an alias of the person."""
    if j + 4 >= n or toks[j].text != "،" or toks[j + 1].text not in _NICKNAMED or toks[j + 2].text != "ب":
        return
    if toks[j + 3].text not in QUOTE_CHARS:
        return
    close = next((m for m in range(j + 4, min(n, j + 8)) if toks[m].text in QUOTE_CHARS), None)
    if close is not None and close > j + 4:
        ctx.reg.add(entity, [" ".join(t.text for t in toks[j + 4 : close])])


def _nicknamed_name(ctx: Ctx, toks: list[Tok], comma: int) -> None:
    """The name right before ``، الملقب بـ"…"`` (two to four words), registered with its nickname."""
    for k in range(max(0, comma - 4), comma - 1):
        end, _ = parse_name(toks, k, comma)
        if end == comma and (k == 0 or not _plain_name(toks[k - 1].text)):
            known = registry_match(ctx, toks, k, comma)
            entity = known[0] if known is not None and known[1] == comma else person(
                ctx, toks, k, comma, None, True
            ).entity
            _nickname(ctx, toks, comma, len(toks), entity)
            return


def _register_collective(ctx: Ctx, toks: list[Tok], i: int, n: int) -> int:
    """A specific unnamed group (``أهالي ضحايا انفجار مرفأ بيروت``, three words or more) named anywhere,
    so a later ``الأهالي`` points back to it (guideline §3: the fullest name)."""
    w = toks[i].text
    head = w if w in COLLECTIVES else w[1:]
    if head != w:
        toks = [*toks[:i], Tok(head, toks[i].end - len(head), toks[i].end), *toks[i + 1 :]]
    probe = collective(ctx, toks, i, n, head, register=False)
    if probe.end - i < 3:
        return i + 1
    return collective(ctx, toks, i, n, head).end


def _register_org(ctx: Ctx, toks: list[Tok], i: int, n: int) -> int:
    """Organisations named in full anywhere (``بالبنك المركزي المصري``) so later short forms resolve.

    Descriptions (``الوكالة الإيرانية``: definite head and nisbas only) are not registered: they
    must resolve to the organisation named before them when they are used.
    """
    w, offset = toks[i].text, i
    head = in_lexicon(w, ORG_HEADS) or (w[1:] if w[0] in "بل" and w[1:] in ORG_HEADS else w)
    chaired = w[0] == "ب" and head.endswith("ه") and i + 1 < n and in_lexicon(toks[i + 1].text, TITLES)
    if (head in OFFICE and not _named_office_body(toks, i, n)) or chaired:
        return i + 1  # "برئاسة النائب الأول …": chaired by a titled person, not an organisation
    sliced = [Tok(head, toks[i].end - len(head), toks[i].end), *toks[i + 1 : n]]
    rest = [t.text for t in sliced[1:6] if t.text not in QUOTE_CHARS]
    if not rest or not rest[0][0].isalpha() or rest[0] in STOPS:
        return i + 1
    if (
        head.startswith("ال")
        and all(is_nisba(r) for r in rest[:1])
        and (len(rest) < 2 or not rest[1].startswith("ال"))
    ):
        return i + 1
    m = organisation(ctx, sliced, 0, len(sliced))
    return offset + m.end


def _at_a_place(toks: list[Tok], i: int, entity: Entity) -> bool:
    """``أمام مؤسسة تعليمية``: a body after a spatial preposition is where something happened, not
    who acts; it is no mention a later pro-drop cue may take as its subject."""
    return entity.kind == SpeakerKind.ORGANIZATION and i > 0 and toks[i - 1].text in SPATIAL_PREPOSITIONS


def _named_office_body(toks: list[Tok], i: int, n: int) -> bool:
    """``المديرية العامة للأمن الوطني``: a definite office word with an organisation adjective and a
    لل-genitive is a body named in full (the shape ``mentions._unlisted_body`` reads as a body), not
    the office word of a title (``وزير الداخلية``)."""
    return (
        i + 2 < n
        and toks[i].text.startswith("ال")
        and toks[i + 1].text in ORG_ADJECTIVES
        and toks[i + 2].text.startswith("لل")
        and len(toks[i + 2].text) > 4
    )


def parse_mention_named(ctx: Ctx, toks: list[Tok], i: int, end: int) -> None:
    nisba = toks[i].text[1:]
    role = ctx.orig(toks[i].start + 1, toks[i].end)
    person(ctx, toks, i + 1, end, (role, "", frozenset({nisba}), nisba), True)
