"""What one line of a scraped page looks like: the evidence ``claims.text.lines`` decides from.

Length, terminal punctuation, function words and verbs (word lists in ``wordlists/``), digits, dates and
times, template markup, URL and handle shapes, site vocabulary (the words a page uses about itself
and to its reader), English title case, and whether the site repeats the line on other pages.
Also the shapes of article metadata (dateline, byline, date, caption, source), which stay in the
article text and are labelled. All lookups run on the folded key (``normalize_for_matching``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from claims.text.normalize import normalize_for_matching

_DATA = Path(__file__).with_name("wordlists")


@dataclass(frozen=True)
class Lexicon:
    """The word lists, folded like ``normalize_for_matching`` so lookups need no second pass."""

    function_words: frozenset[str]
    verbs: frozenset[str]
    chrome: dict[str, int]  # folded word or phrase → weight (2 furniture only, 1 also in prose)
    phrases: dict[str, tuple[tuple[str, int], ...]]  # first word → the several-word entries it starts
    imperatives: frozenset[str]  # the page talking to its reader, at a line's start


def _words(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    fw = {normalize_for_matching(w) for w in _words("function_words_ar.txt") + _words("function_words_en.txt")}
    verbs = {normalize_for_matching(w) for w in _words("verbs_ar.txt") + _words("verbs_en.txt")}
    chrome: dict[str, int] = {}
    for entry in _words("chrome_ar.txt") + _words("chrome_en.txt") + _words("chrome_fr.txt"):
        weight, _, phrase = entry.partition(" ")
        chrome[normalize_for_matching(phrase)] = int(weight)
    imperatives = _folded_words("imperatives.txt")
    phrases: dict[str, list[tuple[str, int]]] = {}
    for words, points in chrome.items():
        if " " in words:
            phrases.setdefault(words.split(" ", 1)[0], []).append((words, points))
    by_first = {first: tuple(entries) for first, entries in phrases.items()}
    return Lexicon(frozenset(fw), frozenset(verbs), chrome, by_first, imperatives)


def _folded_words(name: str) -> frozenset[str]:
    """A word list's entries folded for matching (lines are compared in their folded form)."""
    return frozenset(normalize_for_matching(w) for w in _words(name))


@lru_cache(maxsize=1)
def _self_reference() -> tuple[str, ...]:
    """How a page names itself at the start of its notices ("this article", "هذا المحتوى"), folded."""
    return tuple(normalize_for_matching(p) for p in _words("self_reference.txt"))


@lru_cache(maxsize=1)
def listing_labels() -> frozenset[str]:
    """Labels a tag, category or archive page prints before its subject ("Tag", "Daily Archives"), folded."""
    return _folded_words("listing_labels.txt")


_LISTING_LABEL_WORDS = 8  # "Daily Archives: June 15, 2019": a label and its subject, no sentence


def listing_label(f: LineFeatures) -> bool:
    """The heading of a listing page: a listing label, a colon, its subject ("Tag: libya")."""
    label, colon, rest = f.key.partition(":")
    return bool(colon) and bool(rest.strip()) and f.words <= _LISTING_LABEL_WORDS and label.strip() in listing_labels()


@lru_cache(maxsize=1)
def _page_nouns() -> frozenset[str]:
    """The nouns a page calls itself by after "this" ("this story", "هذا الخبر"), folded."""
    return _folded_words("page_nouns.txt")


_THIS_RE = re.compile(r"(?:^|\s)(?:this|هذا|هذه)\s+([^\s!.:]+)\s*[!.:]?$")


def _about_this_page(f: LineFeatures) -> bool:
    """A button's words: five at most, opening with site vocabulary, ending on "this <page noun>"
    ("Share this story!", "شارك هذا الخبر!"). The story never ends a line on itself so briefly."""
    m = _THIS_RE.search(f.key)
    return f.words <= 5 and f.chrome > 0 and not f.quote and bool(m) and m.group(1) in _page_nouns()


def _grouped_words(name: str, first: str, second: str) -> tuple[frozenset[str], frozenset[str]]:
    """A word list of ``<group> <word>`` entries: the words of its two groups, folded."""
    groups: dict[str, set[str]] = {first: set(), second: set()}
    for entry in _words(name):
        group, _, word = entry.partition(" ")
        groups[group].add(normalize_for_matching(word))
    return frozenset(groups[first]), frozenset(groups[second])


@lru_cache(maxsize=1)
def outlet_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words an outlet names itself with, folded: what it is (وكالة, صحيفة) and that it carries news."""
    return _grouped_words("outlet_words.txt", "noun", "news")


@lru_cache(maxsize=1)
def prompt_words() -> tuple[frozenset[str], frozenset[str]]:
    """A site's prompt to its reader, folded: its opening words (an imperative or "please") and what a form
    asks for."""
    return _grouped_words("prompt_words.txt", "open", "form")


# --- shapes ------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"[\w\u0600-\u06ff'’-]+", re.UNICODE)
_SENTENCE_END_RE = re.compile(r"[.!…。]['\"”»’)\]]*\s*$|[.!…]\s*['\"”»’]\s*$")
_QUESTION_END_RE = re.compile(r"[?؟]['\"”»’)\]]*\s*$")
_ELLIPSIS_END_RE = re.compile(r"(?:\.{3}|…)\s*$")
_QUOTE_RE = re.compile(r"[«»“”\"]")
_TEMPLATE_RE = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\$\{[^}]*\}|\b(?:function\s*\(|var\s+\w+\s*=|document\.|window\.)|"
    r"</?[a-z][a-z0-9]*(?:\s[^>]*)?>|[.#@]?[\w-]+(?:[ .#:>][\w-]+)*\s*\{[^{}]*[:;][^{}]*\}|&(?:nbsp|amp|quot|#\d+);|\bng-[a-z]+|\bv-(?:if|for)\b|\[\[.*?\]\]"
)
_CODE_HINT_RE = re.compile(r"[{}<>$&\[]|function|var |document\.|window\.|ng-|v-")  # cheap gate for _TEMPLATE_RE
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?<!\w)@\w{2,}")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "Content image - Outlet", "Featured image | Outlet": a kind of picture, a dash, a name (folded key; no
# "File photo - …", which is a caption's credit)
_IMAGE_SLOT_RE = re.compile(
    r"^(?!file\b)[^\W\d]+ (?:image|photo|logo|picture|thumbnail)\s*[-–—|]\s*[^\W\d][^.!?؟:]{0,50}$"
)
_URL_GLUED_RE = re.compile(r"^\s*https?://[^\x00-\x7f]")  # "http://لتصلك …": a link widget's label
_NAV_SEP_RE = re.compile(r"\s[|›»>•·/]\s|\|")
_TICKER_RE = re.compile(r"\S\s{3,}\S")
_LIST_COUNTER_RE = re.compile(r"^(?:list\s+(?:\d+\s+of\s+\d+|of\s+\d+\s+items?)|end of list|\d+\s*/\s*\d+)$")
_COUNT_RE = re.compile(r"^\(?\d[\d,.]*\)?\s*\w*$|^\w+\s*\(\d+\)$")  # "0", "12 تعليق", "(3)", "Comments (23)"
_RIGHTS_RE = re.compile(r"rights reserved|الحقوق محفوظه|without permission|حقوق النشر")
_COPYRIGHT_RE = re.compile(r"©|\bcopyright\b|all rights reserved|جميع الحقوق محفوظه|الحقوق محفوظه|حقوق النشر")

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر "
    "كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين "
    "محرم ربيع جمادي رجب شعبان رمضان شوال القعده الحجه"
)
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه"
)
_DATE_WORDS = frozenset(
    (
        _MONTHS
        + " "
        + _WEEKDAYS
        + " am pm gmt utc ago updated published posted last update on at hours hour minutes minute "
        "ص م الموافق منذ ساعه ساعات ساعتين دقيقه دقائق يوم ايام اخر تحديث نشر في تاريخ النشر هـ ه "
        "date p a et est edt bst cet gmt+1 gmt+2 gmt+3 gmt+4 "
        "الثاني الاول مساء صباحا بتوقيت"
    ).split()
)
_DATE_SHAPE_RE = re.compile(
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}:\d{2}|\b\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\b"
)
# what makes a number a date: a full date, a clock time, a year, a month or weekday, "ago"
_CALENDAR_RE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|\b14\d{2}\b")
_CALENDAR_WORDS = frozenset((_MONTHS + " " + _WEEKDAYS + " ago منذ الموافق").split())
CALENDAR_WORDS = _CALENDAR_WORDS  # read by ``claims.text.lines``
_BYLINE_RE = re.compile(
    r"^\(?(?:by|written by|reporting by|reported by|additional reporting by|editing by|edited by|compiled by|"
    r"كتب|كتبت|بقلم|تحرير|اعداد|تقرير|مراسل|مراسله|متابعه|ترجمه)(?![\w-])",  # "By-election …" is a headline
    re.IGNORECASE,
)
_CREDIT_RE = re.compile(r"^[^\s/]{2,20}(?:/[^/]{2,40}){1,4}$")  # "WAM/Name/Name", "REUTERS/Name"
_INITIALS_RE = re.compile(r"^(?:\S{1,2}\s?){1,3}(?:/\s?(?:\S{1,2}\s?){1,3})+$")  # editors' initials: "ع أ/أ ع"
_SOURCE_RE = re.compile(r"^(?:source|sources|المصدر|المصادر|مصدر)\s*[:：]")
# "دمشق-سانا", "تونس ـ العربي الجديد", "CAIRO (Reuters) -", "الشارقة: «الخليج»": a place and an outlet
_DATELINE_RE = re.compile(
    r"^[^\W\d][^\d.!?؟:+]{1,40}?(?:\s*\([^)]{2,30}\))?\s*[-–—ـ]\s*[^\W\d][^.!?؟+]{1,30}?\s*[-–—:]?$"
    r"|^[^\W\d][^().:+]{1,30}\([^)]{2,30}\)\s*[-–—:]?$"
    r"|^[^\W\d][^\d:+]{1,25}:\s*[«\"“(][^»\"”)]{2,25}[»\"”)]\s*[-–—:]?$"
)
_AGENCY_CODE_RE = re.compile(r"^[(/（]\s*[^\s/()]{1,6}(?:\s[^\s/()]{1,6}){0,3}\s*[)/）]$")  # "/قنا/", "(أ ش أ)"
_HYPHENATED_OPENING_RE = re.compile(r"^[A-Za-z]+-[a-z]")
_PLACE_NAME_RE = re.compile(r"^[^\d:.!?؟]{2,20}:\s*[^\d:.!?؟]{2,30}$")  # "الرياض: تركي الشهري"
_CAPTION_HINT_RE = re.compile(r"[/(\[:©]|getty|file photo|supplied\s*$|ارشيفي")  # cheap gate for _CAPTION_RE
_CAPTION_RE = re.compile(
    r"(?:\b(?:reuters|afp|ap|epa|getty|anadolu|wam|spa)\s*/|via getty|getty images|file photo|"
    r"^(?:photo|photograph|image|picture)\s*:|\b(?:photo|picture)s? supplied\s*$|"
    r"©\s*\S+(?:\s\S+){0,3}$|\((?:photo|file)\b|\([^()]{2,40}/[^()]{2,30}\)\s*$|\[file:|"
    r"\[(?:reuters|afp|ap|ap photo|getty images|epa|al jazeera)\]|"
    r"صوره\s*:|\(صوره|الصوره\s*:|تصوير\s*:|مصدر الصوره|\(?ارشيفيه\)?$|\(ارشيفيه\s*[-–/،,][^()]{2,30}\)\s*$|\((?:رويترز|ا ف ب|أ ف ب|ا\.ف\.ب|الاناضول|وام|واس|سانا|reuters|afp|ap|spa|wam|sana|epa|getty)\)\s*$)",
    re.IGNORECASE,
)
# a programmer's name for a slot, alone on its line, maybe in brackets: "(feed_tickers)", "[main_photo_2]"
_IDENTIFIER_RE = re.compile(r"^[(\[{]?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+[)\]}]?$")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
_ALNUM_RE = re.compile(r"[^\W_]")
_PUNCT_RE = re.compile(r"[^\w\s©-]")
_CLITICS = ("و", "ف", "ب", "ل")
_OPENERS = frozenset(
    normalize_for_matching(w)
    for w in "كما بدوره بدورها وبدوره وبدورها ومن وفي وقد وكان وكانت يذكر يشار ويذكر ويشار واضاف واكد وتابع "
    "واشار ولفت وشدد واوضح وقال وقالت فيما بينما وتاتي وياتي وجاء وجاءت حسب وبحسب وفقا".split()
)


@dataclass(frozen=True)
class LineFeatures:
    """What one line looks like, before its neighbours are consulted."""

    text: str
    key: str  # folded, for lexicon and repeated-line lookups
    words: int
    sentence_end: bool
    question: bool
    function_share: float
    verb: bool
    opener: bool  # an Arabic continuation opener (وأضاف، كما، بدوره) or a verb first (Arabic prose is VSO, headlines SVO)
    quote: bool
    chrome: int  # weighted site-vocabulary hits
    whole_chrome: bool  # the line is nothing but site vocabulary ("Share", "إعلان", "Sign In")
    template: bool
    url_only: bool
    nav: bool  # breadcrumb or menu on one line
    date_like: bool
    repeated: bool
    arabic: bool
    ellipsis: bool  # ends cut short ("…", "..."): a teaser's excerpt or a truncated copy
    title_case: bool  # English Headline Capitalisation on most longer words
    early_past_verb: bool  # Arabic: a past-tense verb of the lexicon among the first four words

    @property
    def short(self) -> bool:
        """A label: three words or fewer and not a sentence."""
        return self.words <= 3 and not self.sentence_end

    @property
    def sentence_score(self) -> int:
        s = 2 if self.sentence_end else 0
        s += (self.words >= 12) + (self.words >= 20) + (self.words >= 30) + (self.sentence_end and self.words >= 8)
        s += (self.function_share >= 0.18) + self.verb + self.opener + self.quote
        if self.words < 6:
            s -= 2
        return s

    @property
    def prose(self) -> bool:
        return self.sentence_score >= 4

    @property
    def headline_shaped(self) -> bool:
        """A listed headline: a few words, no full stop, little site vocabulary, not a date."""
        return (
            4 <= self.words <= 20
            and not self.sentence_end
            and self.chrome < 2
            and not self.url_only
            and not self.nav
            and not self.date_like
            and not self.prose
        )


def features(line: str, repeated: Collection[str] = ()) -> LineFeatures:
    """The line's evidence; ``repeated`` holds the folded lines its site repeats on other pages."""
    own = _features(line)
    return replace(own, repeated=True) if own.key in repeated else own


@lru_cache(maxsize=8192)  # a site prints its menus and footers on every page: compute them once
def _features(line: str) -> LineFeatures:
    lex = lexicon()
    key = normalize_for_matching(line)
    bare = _URL_RE.sub(" ", key)
    tokens = [t.strip("'’-_") for t in _TOKEN_RE.findall(bare)]
    tokens = [t for t in tokens if t and _ALNUM_RE.search(t)]
    n = len(tokens)
    fw = sum(1 for t in tokens if _in(t, lex.function_words))
    verb = any(_in(t, lex.verbs) for t in tokens)
    chrome = _chrome_weight(key, tokens, lex)
    stripped_key = key.strip(" :：-–|•·")
    return LineFeatures(
        text=line,
        key=key,
        words=n,
        sentence_end=bool(_SENTENCE_END_RE.search(line)),
        question=bool(_QUESTION_END_RE.search(line)),
        function_share=fw / n if n else 0.0,
        verb=verb,
        opener=bool(tokens) and (tokens[0] in _OPENERS or _ARABIC_RE.match(tokens[0]) is not None and _in(tokens[0], lex.verbs)),
        quote=bool(_QUOTE_RE.search(line)),
        chrome=chrome,
        whole_chrome=stripped_key in lex.chrome or _all_chrome(stripped_key, lex),
        template=_template(line),
        url_only=(bool(_URL_RE.search(key)) and not _TOKEN_RE.search(bare)) or bool(_URL_GLUED_RE.match(line)),
        nav=_is_nav(line),
        date_like=_date_like(tokens, key),
        repeated=False,
        arabic=bool(_ARABIC_RE.search(line)),
        ellipsis=bool(_ELLIPSIS_END_RE.search(line)),
        title_case=_title_case(line),
        early_past_verb=any(t[0] not in "يت" and _in(t, lex.verbs) and len(t) > 2 for t in tokens[:4]),
    )


_TAG_RE = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?>")
_MARKUP_TAGS = 4


def _template(line: str) -> bool:
    """Widget code: template placeholders anywhere, or markup with hardly any words outside it, or a line
    mostly made of HTML tags (a comment form's "You may use these tags: <a href=""> <b> …")."""
    if not _CODE_HINT_RE.search(line) or not _TEMPLATE_RE.search(line):
        return False
    if re.search(r"\{\{|\{%|<%|\$\{", line):
        return True
    tags = _TAG_RE.findall(line)
    if len(tags) >= _MARKUP_TAGS and sum(map(len, tags)) * 2 >= len(line):
        return True
    if "{" in line and sum(line.count(c) for c in "{}();=") >= max(6, len(line) // 25):
        return True  # script or style: code punctuation throughout
    return len(_TOKEN_RE.findall(_TEMPLATE_RE.sub(" ", line))) < 4


def _title_case(line: str) -> bool:
    """Headline Capitalisation: most longer words capitalised, and never a verb left in lower case (a headline
    capitalises "Says"; "The Harbour Board said the Ferry" is a sentence that names capitalised bodies)."""
    longer = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line) if len(w) >= 4]
    if len(longer) < 5 or sum(w[0].isupper() for w in longer) / len(longer) < 0.8:
        return False
    verbs = lexicon().verbs
    return not any(w[0].islower() and w.lower() in verbs for w in longer)


def _in(token: str, words: frozenset[str]) -> bool:
    if token in words:
        return True
    return len(token) > 3 and token[0] in _CLITICS and token[1:] in words


def _chrome_weight(key: str, tokens: list[str], lex: Lexicon) -> int:
    """Site vocabulary: phrases as whole words, single words also behind a clitic (للاشتراك)."""
    weight = 0
    padded = " " + _PUNCT_RE.sub(" ", key) + " "
    for first in set(tokens) & lex.phrases.keys():
        for phrase, points in lex.phrases[first]:
            if f" {phrase} " in padded:
                weight += points
    for t in tokens:
        w = lex.chrome.get(t)
        if w is None and len(t) > 3 and t[0] in _CLITICS:
            w = lex.chrome.get(t[1:]) or (lex.chrome.get(t[2:]) if t[1] in _CLITICS else None)
        if w is None and len(t) > 4 and t.startswith("ال"):
            w = lex.chrome.get(t[2:])  # the definite article: "الفيديو" is "فيديو"
        weight += w or 0
    if tokens and tokens[0] in lex.imperatives:
        weight += 2  # the page telling its reader what to do
    if "©" in key:
        weight += 2
    return weight


def _all_chrome(key: str, lex: Lexicon) -> bool:
    """Every word is site vocabulary ("Facebook Twitter WhatsApp", "شارك طباعة")."""
    parts = [p for p in re.split(r"[\s|·•,،/-]+", key) if p]
    return bool(parts) and len(parts) <= 8 and all(p in lex.chrome for p in parts)


def _is_nav(line: str) -> bool:
    """Menus flattened onto one line: several short segments between separators or wide gaps."""
    for splitter in (_NAV_SEP_RE, _GAP_RE):
        parts = [p.strip() for p in splitter.split(line) if p.strip()]
        if splitter is _NAV_SEP_RE and len(parts) == 2 and all(len(p.split()) <= 3 for p in parts):
            return True  # a breadcrumb: "News|Israel-Palestine conflict"
        if len(parts) >= 3 and max(len(p.split()) for p in parts) <= 12 and sum(len(p.split()) for p in parts) / len(parts) <= 6:
            return True
    if ";" in line and not _SENTENCE_END_RE.search(line):
        # a tag list joined by a CMS ("Topics: harbour;ferries;island board"): three or more names, none a clause
        parts = [p.strip() for p in line.split(";") if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
            return True
    return bool(_TICKER_RE.search(line)) and len(re.split(r"\s{3,}", line.strip())) >= 3


_CRUMB_SEP_RE = re.compile(r"\s[/›»>]\s")


def _breadcrumb(line: str) -> bool:
    """A breadcrumb ending in the page's own headline ("Home / News / Region / Headline: …"): three or more
    labels of at most three words, none closed by a stop, before the last separator. The headline makes
    the line long enough to read as prose; the labels before it do not."""
    parts = [p.strip() for p in _CRUMB_SEP_RE.split(line)]
    return len(parts) >= 4 and all(p and len(p.split()) <= 3 and not _SENTENCE_END_RE.search(p) for p in parts[:-1])


_PLACEHOLDER_RE = re.compile(r"^\s*\[[^\[\]]{1,40}\]\s*$")
# The site's page counter closing a crumb ("Home Blog Page 3", "الرئيسية الأخبار الصفحة 2"): folded key.
_PAGE_CRUMB_RE = re.compile(r"^(?:[^\W\d]+\s){0,4}(?:page|الصفحه|صفحه)\s\d{1,4}$")
# A social platform's credit under an embedded post or video: "Posted by Channel on Wednesday, 11 March 2020",
# "Publiée par Chaîne sur …", "Publicado por … el …" (folded key; a date must follow, see ``strong_chrome``).
_EMBED_CREDIT_RE = re.compile(
    r"^(?:posted|published|shared|uploaded) by \S.{0,60}? on |^publi[ée]e? par \S.{0,60}? (?:sur|le) "
    r"|^publicado por \S.{0,60}? (?:el|en) |^gepostet von \S.{0,60}? am "
)
_GAP_RE = re.compile(r"\s{3,}")


def _is_ticker(line: str) -> bool:
    """A headline ticker on one line: four or more headline-sized pieces between wide gaps, none ending
    like a sentence (a paragraph with a stray double space has one or two gaps, mid-sentence)."""
    parts = [p.strip() for p in _GAP_RE.split(line.strip()) if p.strip()]
    return len(parts) >= 4 and all(2 <= len(p.split()) <= 18 and not p.endswith((".", "،", ",")) for p in parts)


def _date_like(tokens: list[str], key: str) -> bool:
    """A timestamp, date bar or reading-time line: date words and numbers, at most two other words."""
    if not tokens or len(tokens) > 16:
        return False
    if "©" in key:
        return False  # a copyright line carries a year but dates nothing
    if not any(ch.isdigit() for ch in key) and not any(t in _CALENDAR_WORDS for t in tokens):
        return False
    dated = [t for t in tokens if t in _DATE_WORDS or t.isdigit() or _DATE_SHAPE_RE.fullmatch(t)]
    calendar = _CALENDAR_RE.search(key) or any(t in _CALENDAR_WORDS for t in tokens)
    return bool(dated) and bool(calendar) and len(tokens) - len(dated) <= 2


def furniture_date(f: LineFeatures) -> bool:
    """A date bar whose only other words are site furniture ("date 2021-03-04 SPONSORED"): the site's, not a dateline."""
    if not f.date_like or not f.chrome:
        return False
    lex = lexicon()
    tokens = [t.strip("'’-_") for t in _TOKEN_RE.findall(_URL_RE.sub(" ", f.key))]
    rest = [t for t in tokens if t and not (t in _DATE_WORDS or t.isdigit() or _DATE_SHAPE_RE.fullmatch(t))]
    return bool(rest) and all(lex.chrome.get(t) == 2 for t in rest)


@lru_cache(maxsize=8192)  # asked by the rules and again by the line model: decide once per line
def metadata_kind(f: LineFeatures) -> str | None:
    """Article metadata kept in the text and labelled: dateline, byline, date, caption, source."""
    line = f.text.strip()
    if f.words == 0:
        return None
    if _SOURCE_RE.match(f.key) and f.words <= 12:
        return "source"
    if _BYLINE_RE.match(f.key) and (f.words <= 15 or ";" in line and f.words <= 40) and f.chrome < 2:
        if not (f.ellipsis and f.words >= 8):  # "BY NAME THE committee said …": a card's excerpt cut short
            return "byline"
    if (_CREDIT_RE.match(line) or _INITIALS_RE.match(line)) and f.words <= 8:
        return "byline"
    if f.date_like:
        return "date"
    if _CAPTION_HINT_RE.search(f.key) and _CAPTION_RE.search(f.key):
        return "caption"
    if (
        f.words <= 6
        and not f.sentence_end
        and _DATELINE_RE.match(line)
        # "Start-ups", "Follow-up", "By-polls to …": a hyphenated word (opening a headline), not "Place - Agency"
        and not _HYPHENATED_OPENING_RE.match(line)
        and f.chrome == 0
        and not f.nav
    ):
        return "dateline"
    if _AGENCY_CODE_RE.match(line) or (f.words <= 3 and f.chrome == 0 and not f.nav and _PLACE_NAME_RE.match(line)):
        return "dateline"
    return None


@lru_cache(maxsize=8192)  # asked by the rules and again by the line model: decide once per line
def strong_chrome(f: LineFeatures) -> str | None:
    """Chrome on the line's own evidence, wherever it stands; None when the line could be article text."""
    if f.template:
        return "template"
    if f.words == 0:
        return "no-words"
    if _COPYRIGHT_RE.search(f.key) and (f.words <= 15 or _RIGHTS_RE.search(f.key) and f.words <= 40):
        return "copyright"  # a long line ending "© AFP" is a photo caption, not a copyright notice
    if f.url_only:
        return "url"
    if _PLACEHOLDER_RE.match(f.text) and f.words <= 3:
        return "placeholder"
    if f.words <= 6 and not f.verb and _PAGE_CRUMB_RE.match(f.key):
        return "navigation"  # the listing's page number: no article line is a bare "… Page 3"
    if f.words <= 16 and not f.sentence_end and _EMBED_CREDIT_RE.match(f.key) and _CALENDAR_RE.search(f.key):
        return "embed-credit"  # the platform's line under a video or post: no article sentence, no teaser  # "[email protected]", "[Image]": what a scraper leaves where the widget was
    if _IDENTIFIER_RE.match(f.text.strip()):
        return "template"  # "(feed_tickers)": a template's slot name printed instead of its content
    if f.words <= 25 and not f.quote and any(f.key.startswith(p + " ") and not f.key.startswith(p + " of ") for p in _self_reference()):
        return "site-talk"  # "This article is free to read": the page's notice about itself, not the story
    if _about_this_page(f):
        return "site-talk"
    if f.whole_chrome or _LIST_COUNTER_RE.match(f.key):
        return "furniture"
    if f.nav and (not f.prose or _is_ticker(f.text)) or _breadcrumb(f.text):
        return "navigation"
    if _COUNT_RE.match(f.key) and f.chrome:
        return "counter"
    if f.words <= 8 and _IMAGE_SLOT_RE.match(f.key):
        return "image-slot"  # "Content image - Outlet": an image's alt text where the picture was
    if f.chrome and f.words <= 15 and not f.prose and _EMAIL_RE.search(f.text):
        # "Advert enquiries: write to ads@…": the site's address with its own word, no sentence
        return "contact"
    if f.prose or (f.sentence_end and (f.words >= 8 or f.words >= 4 and (f.function_share > 0 or f.verb))):
        # a sentence is chrome only when it talks about the site to its reader (cookies, copyright,
        # newsletters): the site vocabulary must be dense, not one word ("declined to comment"). Eight
        # words closed by a stop are a sentence even when the word lists know none of them (Arabic).
        if f.chrome >= (4 if f.prose else 3) and f.chrome / max(f.words, 1) >= 0.2:
            return "site-talk"
        return None
    if f.chrome >= 2 and (f.words <= 10 or f.chrome / f.words >= 0.15):
        return "site-vocabulary"
    if f.repeated:
        return "repeated"
    return None
