"""Arabic content boundaries: where a claim's content starts after its cue, speaker and frame.

The complementiser (أن/إن/بأن) stays in the content; the preposition of a phrasal cue (شدد على) goes to
the cue; a frame (في تصريح لـ…, خلال…) between the speaker and the content is skipped (guideline §4.2).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from claims.extract.arabic import lexicon as lx
from claims.extract.arabic.cue_forms import CueForm, cue_forms, f, fold_set
from claims.extract.arabic.words import (
    APPEAL_VERBS,
    CHANNEL_WORDS,
    COMPLEMENTISERS,
    FRAME_B_WORDS,
    GIVEN,
    MEDIA_HEADS,
    ORG_HEADS,
    PLACES,
    STATEMENT_WORDS,
    TIME_WORDS,
    TITLES,
    derived_verbal_noun,
    is_cue,
)
from claims.extract.core.tokens import QUOTE_CHARS, Tok

QUESTION_OPENERS: Final = fold_set(lx.QUESTION_OPENERS)

OPENING_QUOTES: Final = frozenset('«“"')

FRAME_OPENERS: Final = fold_set(
    (
        "في",
        "خلال",
        "عبر",
        "لدى",
        "أثناء",
        "عقب",
        "اليوم",
        "أمس",
        "يوم",
        "مساء",
        "صباح",
        "مساء",
        "على",
        "أمام",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
        "ظهر",
        "ليل",
        "فجر",
        "بعد",
        "قبل",
        "منذ",  # "كشفت اللجنة، منذ قليل، عن …": a time adjunct between the speaker and the preposition
        "ردا",  # "وقال X ردا على سؤال …، إن …": a reply's frame
        "تعليقا",
        "تعقيبا",
    )
)
TURN_MARKERS: Final = tuple(f(p) for p in lx.TURN_MARKERS)
NOT_FRAME_L: Final = frozenset({"لا", "لم", "لن", "لكن", "لقد", "له", "لها"})
CONTENT_PREPS: Final = frozenset({"علي", "عن", "الي", "من", "بالقول"})
CUT_WORDS: Final = frozenset(
    {"كما", "فيما", "بينما", "حيث", "اذ", "لكنه", "لكنها", "ولكنه", "ولكنها", "غير", "الا"}
)


# "فإن" and its pronoun forms (فإنه, فإنها …): the complementiser after a comma that closes a fronted
# phrase; derived from the complementisers, no list of its own
FA_INNA: Final = frozenset("ف" + c for c in COMPLEMENTISERS if c.startswith("ان"))

_FRAME: Final = 16  # words a frame usually takes before the content
_LONG_FRAME: Final = 40


def content_marker(tok: Tok, form: CueForm) -> bool:
    w = tok.text
    return (
        w in COMPLEMENTISERS
        or w == ":"
        or w in QUOTE_CHARS
        or w in form.preps
        or ("ب" in form.preps and w.startswith("ب") and len(w) > 3 and prep_b(w))
    )


def _quoted_addressee_end(toks: list[Tok], j: int, n: int) -> int | None:
    """``لقناة «الجزيرة» …``: a ل-word with a quoted name after it (whom it was told to); where the
    words after the closing mark start, or None."""
    if j + 3 >= n or toks[j + 1].text not in QUOTE_CHARS:
        return None
    close = next((m for m in range(j + 2, min(n, j + 7)) if toks[m].text in QUOTE_CHARS), None)
    return close + 1 if close is not None and close + 1 < n and toks[close + 1].text[0].isalpha() else None


def _wish_clause(toks: list[Tok], j: int, n: int) -> tuple[int, str] | None:
    """``وتمنى الوزير "لو أن …"``: ``لو`` before a complementiser opens the content (a wish or a
    counterfactual), so it stays in it (the quotation mark does not)."""
    k = j + 1 if toks[j].text in QUOTE_CHARS else j
    if k + 1 < n and toks[k].text == "لو" and toks[k + 1].text in COMPLEMENTISERS:
        return toks[k].start, ""
    return None


def written_prep(orig: Callable[[int, int], str], after_cue: list[Tok], start: int, prep: str) -> str:
    """The preposition :func:`content_start` found, as the page writes it: the first token after the cue
    and before the content that spells it (``إلى`` written ``الى``), else the folded form itself."""
    tok = next((t for t in after_cue if t.end <= start and t.text == prep), None)
    return orig(tok.start, tok.end) if tok else prep


def content_start(toks: list[Tok], j: int, n: int, form: CueForm) -> tuple[int, str] | None:
    """Where the content starts after the speaker (and any frame), and the cue's preposition."""
    if j >= n:
        return None
    wish = _wish_clause(toks, j, n)
    if wish is not None:
        return wish
    marker = marker_at(toks, j, n, form)
    if marker is not None:
        return marker
    comma = toks[j].text in ("،", ",") and j + 1 < n
    if comma:
        j += 1
        marker = marker_at(toks, j, n, form)
        if marker is not None:
            return marker
        if toks[j].text in FA_INNA and form.complement == "clause":
            return toks[j].start, ""  # "وقال الشهود، فإن …": the clause opened as after بحسب X، فإن
    w = toks[j].text
    relay = _relay_phrase_end(toks, j, n)
    if relay is not None:  # "وطالب X وفق ما نشرته «الصحيفة»، بأخذ …": the source phrase, then the object
        found = marker_at(toks, relay, n, form) or (
            (toks[relay].start, "") if not form.prep_required and toks[relay].text[0].isalpha() else None
        )
        if found is not None:
            return found
    frame = None if comma or form.complement != "np" or form.prep_required else statement_frame(toks, j, n)
    if frame is not None:
        # "نفت الوزارة في بلاغ لها ما تم تداوله …": a short frame right after the speaker, then the
        # object ("، في بيان نشرته على …،" after a comma is a longer frame: the rules below)
        t = toks[frame].text
        if _told_medium(t) and t.endswith("نا") and frame + 1 < n:
            frame += 1  # "في تصريح لوكالتنا": our own outlet is one word; the object follows
            t = toks[frame].text
        if (
            t[0].isalpha()
            and not is_cue(t)
            and not _told_medium(t)
            and t not in FRAME_OPENERS
            and not any(  # "في بيان نشرته على موقعها، أن …": the frame goes on to a comma and the clause
                toks[m].text in COMPLEMENTISERS and (m < frame + 3 or toks[m - 1].text in ("،", ","))
                for m in range(frame, min(n, frame + 10))
            )
        ):
            return toks[frame].start, ""  # "في بيان سابق أنها …": an unlisted adjective, then the clause
    if form.lemma == "دعا" and not comma and _lam_purpose(toks, j, n):
        return toks[j].start, ""  # "ودعت الهيئة لعقد اجتماع طارئ": no frame ل but the call's verbal noun
    if w in DASHES and not comma:  # "قال X -في تصريح صحفي اليوم- "…"": a frame set off by dashes
        close = next((m for m in range(j + 2, min(n, j + _FRAME)) if toks[m].text in DASHES), None)
        if close is not None and close + 1 < n and toks[j + 1].text[0].isalpha():
            found = content_start(toks, close + 1, n, form)
            if found is not None:
                return found
    if w in FRAME_OPENERS or (w[0] == "ل" and (len(w) > 2 or w == "ل") and w not in NOT_FRAME_L):
        for m in range(j + 1, min(n, j + _LONG_FRAME)):
            if _closing_quotation(toks, m, n) or _quotation_after_venue(toks, j, m, n):
                return toks[m].start, ""  # "وقال X في مؤتمر صحفي عقده …، وتابعته وكالتنا، "…"."
            if form.prep_required and toks[m - 1].text in ("،", ",") and _object_then_prep(toks, m, n, form):
                return toks[m].start, ""  # "دعا المجلس في بيان صدر، اليوم، الوزارة … بالتدخل": the object
            if form.lemma == "دعا" and _definite_frame_then_call(toks, j, m, n, form):
                return toks[m].start, ""  # "ودعا X خلال المؤتمر الصحفي وسائل الإعلام لزيارة …": the object
            w_m = toks[m].text
            if toks[m - 1].text in ("،", ",") and w_m[:1] == "و" and is_cue(w_m) and not participle(w_m[1:]):
                break  # "أكد X لقناة «Y» إطلاق نار …، وقال إن …": a new clause with its own reporting verb
            if m >= j + _FRAME:  # a long frame (a patron's titles, a date, a bracketed acronym): only a
                w_m = toks[m].text  # complementiser or a colon ends it, and no other report may come first
                if w_m in ".؟?!" or (is_cue(w_m) and not participle(w_m)):
                    break
                if w_m not in COMPLEMENTISERS and w_m != ":":
                    continue
            found = marker_at(toks, m, n, form, strict=True) or _b_after_frame(toks, j, m, form)
            if found is not None and found[1] and (_venue(toks, m + 1, n) or _venue(toks, m - 1, n)):
                found = _marker_after_venue(toks, m + 2, n, form, found[1]) or found
            # "وأشار X، خلال حديث …، أن …": a complementiser after the frame opens the clause even
            # when the cue's preposition was left out, as it does right after the speaker
            if found is not None and (not form.prep_required or found[1] or toks[m].text in COMPLEMENTISERS):
                if any(participle(t.text) for t in toks[j + 1 : m]):
                    later = _after_participle(toks, m, n, form)  # "قال …، محذراً من أن …، إن …"
                    if later is not None:
                        return later
                return found
        if form.complement == "np" and not form.prep_required:
            close = next((m for m in range(j + 1, min(n, j + 10)) if toks[m].text == "،"), None)
            if close is not None and close + 1 < n:
                nxt = close + 1
                if toks[nxt].text in FRAME_OPENERS:  # "، في بيان،"
                    close2 = next((m for m in range(nxt + 1, min(n, nxt + 8)) if toks[m].text == "،"), None)
                    nxt = close2 + 1 if close2 is not None and close2 + 1 < n else nxt
                return toks[nxt].start, ""
            if not comma:
                named = _quoted_addressee_end(toks, j, n)  # "لقناة «الجزيرة» إطلاق نار …": the object
                return toks[named].start if named is not None else toks[j].start, ""
        return None
    if comma and form.complement == "np" and w in ("عن", "من", "في", "ب", "ل", "مع", "بعد"):
        close = next((m for m in range(j + 1, min(n, j + 9)) if toks[m].text == "،"), None)
        if close is not None and close + 1 < n:  # "خديجة الزياني، عن فريق التقدم، الحكومة بـ…"
            return content_start(toks, close + 1, n, form)
    if form.prep_required and w[0].isalpha() and not comma:
        if w in _STANCE_NOUNS and j + 1 < n and toks[j + 1].text[0].isalpha():
            return toks[j].start, ""  # "وأشار المدير ضرورة …": the cue's إلى/على left out before the noun
        asked = _asked_of(toks, j, n, form)
        if asked is not None:
            return toks[asked].start, ""  # "وطالب النواب من المحافظ، في ختام الدورة، تقديم …"
        if _object_then_call(toks, j, n, form):
            return toks[j].start, ""  # "طالبوا المحافظ تقديم توضيحات": the addressee, then the call
        if w in ALL_OF and j + 2 < n:
            return toks[j].start, ""  # "ودعت كافة البلديات المجاورة ضمن … للتعاون": all those called on
        reach = _RELATIVE_REACH if j + 1 < n and toks[j + 1].text in _OBJECT_RELATIVES else 4
        for m in range(j + 1, min(n, j + reach)):  # "دعا الاتحاد الحكومة إلى …": object, then the preposition
            t = toks[m].text
            if m > j + 1 and (t in ".؟?!؛:،," or t in COMPLEMENTISERS):
                break  # "طالبت الجهة التي بثت الخبر بـ…": a relative clause may sit between, no clause end
            if t in form.preps or ("ب" in form.preps and t.startswith("ب") and prep_b(t)):
                return toks[j].start, ""
        if form.lemma == "دعا" and any(_lam_purpose(toks, m, n) for m in range(j, min(n, j + 4))):
            return toks[j].start, ""  # "دعت الإدارة الزوار لمتابعة …": لـ with a verbal noun, as إلى
    if comma and _addressee_after_comma(toks, j, n, form):
        return toks[j].start, ""  # "طالبت الوزارة، الجميع الإبلاغ عن …": the addressee, then the call
    if comma or form.prep_required or form.complement == "clause" or not w[0].isalnum():
        found = scan_complementiser(toks, j, n)
        if found is None and comma and _bare_complement(toks, j, n, form):
            return toks[j].start, ""  # "أعلنت الوزارة، تسجيل 401 إصابة": a verbal noun after the comma
        return found
    if w == "عن" and j + 1 < n and toks[j + 1].text[0].isalpha():
        found = scan_complementiser(toks, j + 1, n)
        if toks[j + 1].text in _NOT_OBJECT_OF_AN:
            if found is not None:
                return found  # "وأكدت الوزارة عن طريق متحدثها أن …": an adverbial, then the content
        elif found is None:
            return toks[j + 1].start, ""  # "وأكدت المنظمة عن رصد …": عن, as after أعلن/كشف, opens the object
    return toks[j].start, ""


DASHES: Final = frozenset(("-", "–", "—"))  # a frame or an aside set off by dashes
_OBJECT_RELATIVES: Final = fold_set(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"))
_RELATIVE_REACH: Final = 9  # words of an object with its relative clause before the cue's preposition
ALL_OF: Final = fold_set(("كافة", "جميع", "كل"))  # "all of": a quantifier opening a call's addressee

# "ضرورة", "أهمية": nouns of necessity and importance that open what a speaker urged (أشار إلى ضرورة …,
# شدد على أهمية …); right after the speaker they are the content even when the page drops the preposition
_STANCE_NOUNS: Final = fold_set(("ضرورة", "أهمية", "وجوب", "حتمية"))
_NOT_OBJECT_OF_AN: Final = fold_set(("طريق", "كثب", "قرب", "بعد"))  # عن طريق/كثب/قرب/بعد: adverbial phrases


_NOT_COMPLEMENT: Final = fold_set(
    (
        *("الذي", "التي", "الذين", "اللذان", "اللتان", "وهو", "وهي", "هو", "هي", "وذلك", "ذلك", "كما"),
        *("وكان", "كان"),
    )
)


def _bare_complement(toks: list[Tok], j: int, n: int, form: CueForm) -> bool:
    """After the speaker and a comma, a noun-phrase cue (أعلن، كشف، أكد) takes a bare verbal noun as its
    object when no complementiser follows; a relative clause, a particle or another verb is no object."""
    w = toks[j].text
    return (
        form.complement == "np"
        and not form.prep_required
        and j + 1 < n
        and w[0].isalpha()
        and w not in _NOT_COMPLEMENT
        and not is_cue(w)
        and w not in FRAME_OPENERS
    )


def _b_after_frame(toks: list[Tok], j: int, m: int, form: CueForm) -> tuple[int, str] | None:
    """``وطالب الحزب خلال مؤتمره الصحفي بالإفراج عن …``, ``وأشاد الوزير في كلمته بجهود …``: after a
    frame, a word carrying the ب a ب-cue requires opens its complement (the strict marker leaves
    ب-words out, as a frame holds them too: ``بمناسبة``, ``بحضور``, ``بمدينة`` are the frame's own)."""
    w = toks[m].text
    if not form.prep_required or "ب" not in form.preps or m < j + 2 or w in FRAME_B_WORDS:
        return None
    if not w.startswith("ب") or len(w) < 4 or not prep_b(w) or toks[m - 1].text in ("في", "من", "الي", "علي"):
        return None
    return toks[m].start + 1, "ب"


def _addressee_after_comma(toks: list[Tok], j: int, n: int, form: CueForm) -> bool:
    """A verb of calling on someone (``طالب``, ``دعا``, ``ناشد``), its speaker and a comma, then the
    addressee as its object: the call follows as the cue's preposition a few words on (``، المواطنين
    إلى الالتزام``) or as a bare verbal noun (``، الجميع الإبلاغ عن …``). The addressee and the call are
    the content, as for ``دعا الاتحاد الحكومة إلى …`` without the comma. A relative clause, a frame, a
    date or another verb after the comma is no addressee."""
    if form.lemma not in APPEAL_VERBS or form.participle or j + 1 >= n:
        return False
    w = toks[j].text
    if not w[0].isalpha() or w in _NOT_COMPLEMENT or w in TIME_WORDS or w in FRAME_OPENERS or is_cue(w):
        return False
    if w in COMPLEMENTISERS or w in TITLES or (w[0] == "ل" and not w.startswith("ال")):
        return False  # "، لوكالة …": whom it was said to; "، رئيس …": an apposition
    if _object_then_prep(toks, j, n, form):
        return True
    nxt = toks[j + 1].text  # the bare call: a definite verbal noun right after the addressee
    return w.startswith("ال") and nxt.startswith("ال") and len(nxt) > 4 and not is_cue(nxt) and j + 2 < n


def scan_complementiser(toks: list[Tok], j: int, n: int) -> tuple[int, str] | None:
    """``وتوقع خبراء مصرفيون تحدثوا لمصراوي أن …``: a complementiser a few words on, no cue between."""
    for m in range(j, min(n, j + 14)):
        w = toks[m].text
        if w in COMPLEMENTISERS:
            return toks[m].start, ""
        if w == ":" and m + 1 < n:
            return toks[m + 1].start, ""
        if w in ".؟?!؛" or (w[0] in "وف" and is_cue(w) and not participle(w[1:])):
            return None  # a new clause with its own reporting verb
    return None


def _closing_quotation(toks: list[Tok], m: int, n: int) -> bool:
    """A quotation opened after a comma at ``m`` and closed at the sentence's end: after a long frame
    with no complementiser, it is the statement (the frame is where and when it was said)."""
    if toks[m].text not in OPENING_QUOTES or toks[m - 1].text not in ("،", ",") or m + 3 >= n:
        return False
    last = n - 1 if toks[n - 1].text[0].isalnum() or toks[n - 1].text in QUOTE_CHARS else n - 2
    return toks[last].text in QUOTE_CHARS


def _quotation_after_venue(toks: list[Tok], j: int, m: int, n: int) -> bool:
    """``وكتب عبر صفحته الرسمية في فيسبوك "…"``: a quotation right after a frame that names where it
    was posted (a venue noun within the frame), closed at the sentence's end (or cut by the page)."""
    if toks[m].text not in OPENING_QUOTES or m + 3 >= n or not toks[m - 1].text[0].isalpha():
        return False
    last = n - 1 if toks[n - 1].text[0].isalnum() or toks[n - 1].text in QUOTE_CHARS else n - 2
    closed = toks[last].text in QUOTE_CHARS and last - m >= 4  # "تعليقا على … “…”.": the whole rest
    if not closed and not any(_venue(toks, v, m) for v in range(j + 1, m)):
        return False
    if any(t.text in COMPLEMENTISERS or t.text == ":" or t.text.endswith("مسؤوليه") for t in toks[j:m]):
        return False  # "حمّل X، اليوم، Y مسؤولية … "جسر …"": the charge started the content; a quoted name
    rest = toks[m + 1 : n]
    return not any(t.text in ".؟?!" for t in rest[:-2]) and not any(is_cue(t.text) for t in rest[:2])


def _after_participle(toks: list[Tok], m: int, n: int, form: CueForm) -> tuple[int, str] | None:
    """The main cue's own complement after a participial aside: the marker right after a later comma."""
    for c in range(m + 1, min(n - 1, m + 24)):
        w = toks[c].text
        if w in ".؟?!؛" or is_cue(w):
            return None
        if w in ("،", ","):
            found = marker_at(toks, c + 1, n, form, strict=True)
            if found is not None and toks[c + 1].text in COMPLEMENTISERS:
                return found
    return None


def participle(word: str) -> bool:
    form = cue_forms().get(word)
    return form is not None and form.participle


def marker_at(toks: list[Tok], j: int, n: int, form: CueForm, strict: bool = False) -> tuple[int, str] | None:
    w = toks[j].text
    if w in COMPLEMENTISERS:
        return toks[j].start, ""
    if w == ":" and j + 1 < n:
        return toks[j + 1].start, ""
    if not strict and form.complement == "clause" and direct_question(toks, j, n):
        return toks[j].start, ""  # "وأضاف X هل توجد دولة …؟": a direct question, no marks around it
    if w in QUOTE_CHARS and not strict:
        return toks[j].start, ""
    if w == "(" and bracket_quote(toks, j, n):
        return toks[j + 1].start, ""
    if w in form.preps and j + 1 < n and w in CONTENT_PREPS:
        return toks[j + 1].start, w
    if "ب" in form.preps and w.startswith("ب") and len(w) > 2 and not strict and prep_b(w):
        return toks[j].start + 1, "ب"
    if "الي" in form.preps and not strict and _lam_for_ila(w):
        return toks[j].start, "ل"  # "وأشار X للدور الذي …": the short ل stands for إلى
    return None


_RELAY_OPENERS: Final = fold_set(("وفق", "وفقا", "وفقاً", "بحسب", "حسب", "حسبما", "طبقا", "نقلا"))
_RELAY_SPAN: Final = 9  # words of "وفق ما نشرته صحيفة «…»" before the comma that closes it


def _relay_phrase_end(toks: list[Tok], j: int, n: int) -> int | None:
    """``X وفق ما نشرته «الصحيفة»، بأخذ …``: a source phrase between the speaker and the cue's object,
    closed by a comma, names who relayed the words (``attach_sources`` gives it as ``via``); the object
    starts after the comma. The index after the comma, or None."""
    if toks[j].text not in _RELAY_OPENERS:
        return None
    for m in range(j + 1, min(n - 1, j + _RELAY_SPAN)):
        t = toks[m].text
        if t in ("،", ","):
            return m + 1
        if t in ".؟?!؛:" or t in COMPLEMENTISERS:
            return None
    return None


def _lam_for_ila(w: str) -> bool:
    """``للدور``, ``للأهمية``: ل joined to a definite noun stands for إلى after a cue that takes it
    (``أشار لـ``, ``لفت لـ``); never a medium the words were told to (``للوكالة``) or a statement noun
    (``للبيان``), which open a frame, not the object."""
    return (
        len(w) >= 5
        and w.startswith("لل")
        and not _told_medium(w)
        and "ال" + w[2:] not in STATEMENT_WORDS
        and w[2:] not in STATEMENT_WORDS
    )


def direct_question(toks: list[Tok], j: int, n: int) -> bool:
    """An interrogative word (``question_openers``) whose sentence goes on to a question mark: the
    speaker's own question, quoted without marks; only a clause cue takes it (an object cannot be one)."""
    if toks[j].text not in QUESTION_OPENERS:
        return False
    return any(t.text in ("؟", "?") for t in toks[j + 1 : n])


# A communiqué named in a frame (``في بلاغ لها``, ``عبر تغريدة``) and what may qualify it.
_FRAME_NOUNS: Final = fold_set(
    ("بيان", "بلاغ", "تصريح", "تصريحات", "منشور", "تغريدة", "تدوينة", "رسالة", "إعلان", "مؤتمر", "ندوة")
)
_FRAME_MODIFIERS: Final = fold_set(
    ("لها", "له", "لهم", "رسمي", "رسمية", "صحفي", "صحفية", "صحافي", "صحافية", "مقتضب", "مقتضبة", "مشترك")
)


def _told_medium(w: str) -> bool:
    """``لصحيفة``, ``لوكالة``, ``لمراسلنا``: ل with a medium's head (or our own reporter) after a
    statement noun says whom the statement was given to, so the frame goes on past it; it is never the
    verb's object."""
    if len(w) < 4 or w[0] != "ل":
        return False
    rest = "ا" + w[1:] if w.startswith("لل") else w[1:]
    bare = rest[2:] if rest.startswith("ال") else rest
    return bare in MEDIA_HEADS or rest in MEDIA_HEADS or rest.endswith("نا")


def statement_frame(toks: list[Tok], j: int, n: int) -> int | None:
    """``في بلاغ لها``, ``في بيان رسمي``, ``عبر تغريدة``: the index after a frame of at most four words
    (the preposition, an indefinite communiqué noun and up to two qualifiers), or None."""
    if j + 2 >= n or toks[j].text not in ("في", "عبر") or toks[j + 1].text not in _FRAME_NOUNS:
        return None
    k = j + 2
    while k < n and k - j < 4 and toks[k].text in _FRAME_MODIFIERS:
        k += 1
    return k if k < n else None


_CALL_REACH: Final = 5  # words of the called-on object before its ل/إلى


def _definite_frame_then_call(toks: list[Tok], j: int, m: int, n: int, form: CueForm) -> bool:
    """``خلال المؤتمر الصحفي وسائل الإعلام لزيارة …``: a frame of one opener and definite words, then
    an indefinite noun (the object called on) with the call's ل-verbal noun or preposition a few words
    on: the frame ends where the definite words do, with no comma to mark it."""
    w = toks[m].text
    if m < j + 2 or not toks[m - 1].text.startswith("ال") or w.startswith(("ال", "لل")):
        return False
    if not all(t.text.startswith("ال") for t in toks[j + 1 : m]):
        return False
    if not w[0].isalpha() or w[0] in "لب" or w in COMPLEMENTISERS or is_cue(w) or w in FRAME_OPENERS:
        return False
    for x in range(m + 1, min(n, m + _CALL_REACH)):
        t = toks[x].text
        if t in form.preps or _lam_purpose(toks, x, n):
            return True
        if not t[0].isalpha():
            return False
    return False


def _lam_purpose(toks: list[Tok], m: int, n: int) -> bool:
    """``لمتابعة القنوات``, ``للالتزام بالتعليمات``, ``لتجنب الطرق``: after دعا, ل with a verbal noun
    and its object is what the call asks for, like إلى; not ``لجنة``, ``لبنان``, ``لهم`` (a body, a
    place, a pronoun) or a ل-addressee (``للصحفيين``)."""
    w = toks[m].text
    if len(w) < 4 or w[0] != "ل" or m + 1 >= n or not toks[m + 1].text[0].isalpha():
        return False
    rest = w[1:]
    if rest.startswith("ل"):  # للالتزام: ل + the article
        rest = "ا" + rest
    bare = rest[2:] if rest.startswith("ال") else rest
    if w in PLACES or w in STATEMENT_WORDS or w in GIVEN or rest in GIVEN or w in FRAME_OPENERS:
        return False
    if rest in ORG_HEADS or rest in TITLES or rest in PLACES or bare in ORG_HEADS or bare in TITLES:
        return False
    if bare in MEDIA_HEADS or rest.endswith("نا") or bare in CHANNEL_WORDS:
        return False  # "لوكالة الأنباء", "لمراسلنا", "لقناة …": whom it was said to
    if bare.endswith("ين") or rest.endswith(("ه", "ها", "هم", "هما")) and len(rest) <= 3:
        # "للمواطنين": whom the call is addressed to (a plural after ل is genitive, ين; a word in ون is
        # a verbal noun: "للتعاون"); "له", "لها": a pronoun
        return False
    return len(bare) >= 3 and not is_cue(w)


def _object_then_call(toks: list[Tok], j: int, n: int, form: CueForm) -> bool:
    """A verb of calling on someone with no preposition, then a definite addressee and a bare verbal
    noun with its own object (``طالبوا المحافظ تقديم توضيحات``, the Maghreb's double object): the
    addressee and the call are the content, as with ``طالب المحافظ بتقديم …``."""
    if form.lemma not in APPEAL_VERBS or form.participle or j + 2 >= n:
        return False
    w = toks[j].text
    if not w.startswith("ال") or w in TIME_WORDS or w in _NOT_COMPLEMENT or is_cue(w):
        return False
    return derived_verbal_noun(toks[j + 1].text) and toks[j + 2].text[0].isalpha()


def _asked_of(toks: list[Tok], j: int, n: int, form: CueForm) -> int | None:
    """``طالب X من المحافظ تقديم …``, ``… من الوزارة، خلال الاجتماع، اتخاذ …``: a verb of calling on
    someone, من and a definite addressee (one to three words), an optional frame set off by commas,
    then a bare verbal noun: the call starts at the verbal noun (من X is whom it asks). Returns the
    verbal noun's index."""
    if form.lemma not in APPEAL_VERBS or form.participle or toks[j].text != "من" or j + 3 >= n:
        return None
    m = j + 1
    while m < n and m - j <= 3 and toks[m].text.startswith("ال") and not is_cue(toks[m].text):
        m += 1
    if m == j + 1 or m >= n:
        return None
    if toks[m].text in FRAME_OPENERS:  # "في ختام الدورة …،": where and when it was asked
        close = next((k for k in range(m + 1, min(n, m + _FRAME)) if toks[k].text in ("،", ",")), None)
        if close is None or any(is_cue(t.text) or t.text in COMPLEMENTISERS for t in toks[m:close]):
            return None
        m = close + 1
    elif toks[m].text in ("،", ","):
        m += 1
    if m + 1 < n and derived_verbal_noun(toks[m].text) and toks[m + 1].text[0].isalpha():
        return m
    return None


def _object_then_prep(toks: list[Tok], m: int, n: int, form: CueForm) -> bool:
    """After a frame closed by a comma, a cue that needs its preposition (دعا إلى/بـ، طالب بـ) takes
    the object that starts at ``m`` when the preposition follows within a few words (an apposition or
    a further comma may sit between): ``، الحكومة المحلية في المدينة ، بالتدخل``. A date (``، اليوم``),
    another frame, a clause or a new report is no object."""
    w = toks[m].text
    if not w[0].isalpha() or w in TIME_WORDS or w in FRAME_OPENERS or w in COMPLEMENTISERS or is_cue(w):
        return False
    for k in range(m + 1, min(n, m + 12)):
        t = toks[k].text
        if t in form.preps and t in CONTENT_PREPS:
            return True
        if "ب" in form.preps and t.startswith("ب") and len(t) > 2 and prep_b(t):
            return True
        if t in ".؟?!؛:" or t in COMPLEMENTISERS or t in QUOTE_CHARS or is_cue(t):
            return False
    return False


def prep_b(w: str) -> bool:
    """``بضرورة``, ``بالإفراج``: the cue's ب; not ``بيان`` or ``بيروت`` that only start with the letter."""
    rest = w[1:]
    return (
        w not in STATEMENT_WORDS
        and rest not in ORG_HEADS
        and rest not in TITLES
        and w not in PLACES
        and (
            rest.startswith("ال")
            or len(rest) >= 4
            or (len(rest) == 3 and w not in GIVEN and rest not in GIVEN)
        )
    )  # بوقف, بدعم: three-letter verbal nouns too


def clause_start(toks: list[Tok], k: int, floor: int) -> int:
    """Start of the clause holding the cue at ``k``: back over ``،`` / ``كما`` / ``و``."""
    pos = toks[k].start
    m = k - 1
    if m > 0 and toks[m].text in ("انه", "انها") and toks[m - 1].text in ("غير", "الا"):
        m -= 1  # "…، غير أنه نبه": the contrast belongs to neither claim
        pos = toks[m].start
    while m >= 0 and (toks[m].text in CUT_WORDS or toks[m].text in "،,؛;" or toks[m].text in TURN_MARKERS):
        pos = toks[m].start
        m -= 1
    return max(pos, floor)


_BRACKET_WORDS: Final = 4  # "(د ب أ)", "(السبت)", "(واس)": codes and asides are shorter


def bracket_quote(toks: list[Tok], j: int, n: int) -> bool:
    """``وقال X في تصريح لمراسلنا ( هذا الخبر غير صحيح ، …``: a round bracket where the content is due,
    holding a clause (four words or more) or left open past the sentence, is a quotation mark, as
    some outlets print them; an agency code, a day or an acronym in brackets is short."""
    if j + 1 >= n:
        return False
    words = 0
    for m in range(j + 1, n):
        w = toks[m].text
        if w == ")":
            return words >= _BRACKET_WORDS
        words += w[0].isalnum()
    return words >= _BRACKET_WORDS - 1


_PRONOUN_ENDS: Final = ("هما", "هم", "ها", "ه")
VENUE_NOUNS: Final = frozenset(lx.VENUE_NOUNS)


def _venue(toks: list[Tok], m: int, n: int) -> bool:
    """``على موقعها``, ``على حسابه``, ``على هامش``, ``عبر صفحتها على فيسبوك``: a venue noun (its owner's
    pronoun allowed) next to the preposition makes it part of a venue adjunct, not the cue's
    complement (``على ضرورة``)."""
    if m >= n:
        return False
    w = toks[m].text
    if w.startswith("ال"):
        w = w[2:]
    return w in VENUE_NOUNS or any(w.endswith(p) and w[: -len(p)] in VENUE_NOUNS for p in _PRONOUN_ENDS)


def _marker_after_venue(toks: list[Tok], m: int, n: int, form: CueForm, prep: str) -> tuple[int, str] | None:
    """After a venue adjunct, the complement is the next complementiser, colon or the same preposition
    again (``في بيان نشرته على موقعها، أن …``, ``في تغريدة على حسابه … على ضرورة …``)."""
    for c in range(m, min(n, m + _FRAME)):
        w = toks[c].text
        if w in ".؟?!؛" or (is_cue(w) and not participle(w)):
            return None
        if w == prep or (not form.prep_required and (w in COMPLEMENTISERS or w == ":")):
            return marker_at(toks, c, n, form, strict=True)
    return None
