"""Line classifier for scraped pages: body, metadata, boilerplate or related headline, by evidence.

Why not a phrase list: site furniture differs per outlet and a list of phrases catches a fraction of
it (88 % of real chrome lines stayed, issue 15). Chrome and related lists are recognisable by
*shape* and *position* instead: menus are runs of short lines without function words above the
body, tag lists and share buttons are short lines below it, related lists are runs of
headline-shaped lines (no full stop, few function words, no verb) after the body or between
sections, widgets carry template code or the site's talk to its reader ("our newsletter", "تابعونا").

Each line gets features from itself (length, terminal punctuation, function words and verbs from
the word lists in ``wordlists/``, digits/dates/times, template markup, URL and handle shapes, site
vocabulary) and a decision from its neighbourhood (runs of short lines, position relative to the
body, lines repeated across pages of the same site). A line that reads as a sentence is body unless
the site-vocabulary evidence outweighs it: losing an article sentence is worse than keeping chrome.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from claims.text.line_features import (
    CALENDAR_WORDS,
    LineFeatures,
    features,
    furniture_date,
    lexicon,
    listing_label,
    metadata_kind,
    outlet_words,
    prompt_words,
    strong_chrome,
)
from claims.text.normalize import normalize_for_matching

Label = Literal["body", "title", "metadata", "boilerplate", "related"]

_TEASER_MARKER_RE = re.compile(
    r"^\s*قراء[ةه] المزيد\s*[:：\-–]\s*"  # "Read more:" over a link, inside the body or below it
    r"|^\s*(?:[إاأ]قر[أا][\u064b-\u0652]*|طالع|شاهد)(?:\s*/\s*ي)?\s+[أا]يض[\u064b-\u0652]*ا[\u064b-\u0652]*\s*(?:[:：\-–]|\.{2,}|…)?\s*"
    r"|^\s*(?:read more|read also|also read|related|see also|more|watch)\s*[:：\-–]\s*"
    # the link text set against the marker with a wide gap instead of a colon ("Also Read  Headline")
    r"|^\s*(?:read more|read also|also read|see also)(?:\s{2,}|\t)(?=\S)",
    re.IGNORECASE,
)
# Headers of a related-articles block (folded): lines under them are teasers, the header is chrome.
_RELATED_HEADER_RE = re.compile(
    r"^(?:(?:\S+ )?ذات صله|موضوعات متعلقه|اخبار متعلقه|"
    r"مواضيع قد تعجبك|قد يعجبك ايضا|قد يهمك ايضا|قد يهمك|اقرا المزيد|اقرا ايضا|اقرا كذلك|المزيد من الاخبار|"
    r"المزيد من .{1,30}|الاكثر قراءه|الاكثر مشاهده|اخترنا لك|ننصحك بقراءه|اهم الاخبار|اخر الاخبار|احدث الاخبار|"
    r"اخبار ذات علاقه|(?:مواضيع|موضوعات|اخبار|مقالات|قصص) (?:اضافيه|اخري|مشابهه|متعلقه)|"
    r"related(?: articles| stories| news| content| coverage| posts)?|recommended(?: stories| for you| reading)?|"
    r"more (?:stories|news|from .{1,30}|on this story|on this topic)|you may also like|you might also like|"
    r"read more|read also|read next|check also|most read|most popular|editor'?s picks|top stories|top news|latest news|latest|also read)\s*[:：]?$"
)
_PERIOD_END_RE = re.compile(r"[.…]['\"”»’)\]]*\s*$")
_BRACKETED_CUT_RE = re.compile(r"[(\[]\s*(?:…|\.{3})\s*[)\]]\s*$")  # "(…)" closing a headline

def related_header(f: LineFeatures) -> bool:
    """A line heading a related-articles block: a header ("Related", "اقرأ أيضا") or a marker with no headline."""
    marker = _TEASER_MARKER_RE.match(f.text)
    if marker:
        return not f.text[marker.end() :].strip()
    return bool(_RELATED_HEADER_RE.match(f.key.strip(" :：-–|•·")))


def marked_teaser(f: LineFeatures) -> bool:
    """A headline behind a teaser marker on its own line ("Read more: …", "اقرأ أيضا: …")."""
    marker = _TEASER_MARKER_RE.match(f.text)
    return bool(marker) and bool(f.text[marker.end() :].strip())


# --- decisions ---------------------------------------------------------------------------------


@dataclass
class LineVerdict:
    """A line's label and why: ``kind`` names the metadata kind or the chrome evidence."""

    text: str
    label: Label
    kind: str = ""
    teaser: str = ""  # for ``related``: the headline, marker stripped


def _own_evidence(f: LineFeatures, v: LineVerdict, repeated: Collection[str]) -> None:
    """What the line says about itself: a marked teaser, a related header, chrome, or metadata."""
    marker = _TEASER_MARKER_RE.match(f.text)
    if marker and f.text[marker.end() :].strip():
        rest = features(f.text[marker.end() :].strip(), repeated)
        if strong_chrome(rest) or rest.chrome >= 2:
            v.label, v.kind = "boilerplate", "marked-non-article"  # "اقرأ أيضا: اشترك في النشرة"
        else:
            v.label, v.kind, v.teaser = "related", "marked", rest.text
        return
    if marker or _RELATED_HEADER_RE.match(f.key.strip(" :：-–|•·")):
        # the marker alone on its line ("شاهد أيضاً", "Read also:") heads the cards below it
        v.label, v.kind = "boilerplate", "related-header"
        return
    meta = metadata_kind(f)
    chrome = strong_chrome(f)
    if listing_label(f):
        v.label, v.kind = "boilerplate", "listing-label"  # "Tag: libya" over a tag page's stories
    elif meta == "date" and furniture_date(f):
        v.label, v.kind = "boilerplate", "furniture-date"
    elif chrome and not (meta and chrome in ("repeated", "site-vocabulary") and f.chrome < 4):
        v.label, v.kind = "boilerplate", chrome  # a dateline repeats on every page and stays metadata
    elif meta:
        v.label, v.kind = "metadata", meta


def classify(
    lines: Sequence[str],
    *,
    title: str | None = None,
    repeated: Collection[str] = (),
    soft: Sequence[bool] = (),
) -> list[LineVerdict]:
    """Label every (stripped, non-blank) line of a page; the title line, when found, is labelled ``title``.

    ``soft[i]`` says that the break after line ``i`` is the print layout's (``claims.text.wrap``):
    the two lines are one sentence, so a body line lends its label to the piece before or after it."""
    feats = [features(line, repeated) for line in lines]
    verdicts = [LineVerdict(text=line, label="body") for line in lines]
    for f, v in zip(feats, verdicts, strict=True):
        _own_evidence(f, v, repeated)
    _marker_over_a_list(feats, verdicts)
    _figure_rows_on_top(feats, verdicts)
    _repeated_on_the_page(feats, verdicts)
    _cards_under_a_top_header(feats, verdicts)
    _site_addressing_reader(feats, verdicts)
    _site_notice_below(feats, verdicts)
    _bilingual_masthead(feats, verdicts)
    _lead_in_to_a_button(feats, verdicts)
    _letter_to_the_reader(feats, verdicts)
    _appeal_over_the_headline(feats, verdicts)
    _byline_cards_at_the_end(feats, verdicts)
    for i, f in enumerate(feats):  # a poll: a question over a run of short answers
        if f.question and not f.prose and verdicts[i].label == "body" and _short_run_after(feats, i, 2):
            verdicts[i].label, verdicts[i].kind = "boilerplate", "poll"
    _read_more_links(feats, verdicts)
    _other_script_on_top(feats, verdicts)
    _cards_over_the_headline(feats, verdicts)
    prose_at = [i for i, f in enumerate(feats) if f.prose and verdicts[i].label == "body"]
    if len(prose_at) >= 2 and _teaser_on_top(feats, verdicts, prose_at[0], prose_at[1]) and not _summary_of_the_lead(feats, prose_at):
        a = prose_at.pop(0)
        v = verdicts[a]
        v.label, v.kind, v.teaser = "related", "excerpt", v.text
        if a > 0 and verdicts[a - 1].label == "body" and _card_headline(feats[a - 1]):
            verdicts[a - 1].label, verdicts[a - 1].kind, verdicts[a - 1].teaser = "related", "card", feats[a - 1].text
    if len(prose_at) >= 2 and _tagline_on_top(feats, verdicts, prose_at[0]):
        v = verdicts[prose_at.pop(0)]
        v.label, v.kind = "boilerplate", "tagline"
    if len(prose_at) >= 2 and _summary_of_the_lead(feats, prose_at):
        prose_at.pop(0)  # the lead cut short above the lead itself: the page's header, not the body's start
    while len(prose_at) >= 2 and feats[prose_at[-1]].ellipsis and prose_at[-2] < prose_at[-1] - 1:
        prose_at.pop()  # a cut preview standing alone below the body is a card's excerpt, not the article's end
    if len(prose_at) >= 4 and _card_opening_another_story(feats, prose_at[-1]):
        k = prose_at.pop()
        verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "related", "excerpt", feats[k].text
        nxt = k + 1
        if nxt == len(feats) - 1 and _next_card_cut(feats[nxt], feats[k]):
            verdicts[nxt].label, verdicts[nxt].kind, verdicts[nxt].teaser = "related", "excerpt", feats[nxt].text
    first = prose_at[0] if prose_at else len(lines)
    last = prose_at[-1] if prose_at else -1
    title_at = _find_title(feats, verdicts, first, title, soft)
    if title is None and title_at is not None and _broken_off_above(verdicts, soft, title_at):
        title_at = None
    if title_at is not None:
        verdicts[title_at].label, verdicts[title_at].kind = "title", "headline"
        if prose_at and prose_at[0] == title_at:  # a headline long enough to read as prose is no paragraph
            prose_at.pop(0)
            first = prose_at[0] if prose_at else len(lines)
            last = last if prose_at else -1
        again = _printed_again(feats, verdicts, title_at)
        if again is not None:  # the page's title, then the site's notices, then the headline on the page
            verdicts[again].label, verdicts[again].kind = "title", "headline-repeat"
            if not _among_paragraphs(feats, verdicts, again):  # among paragraphs, the lead above it stays
                for k in range(title_at + 1, again):  # a byline or date between the copies stays metadata
                    if verdicts[k].label == "body":
                        verdicts[k].label, verdicts[k].kind = "boilerplate", "masthead"
                prose_at = [k for k in prose_at if k > again]
                first = prose_at[0] if prose_at else len(lines)
                last = last if prose_at else -1
    if title is None:
        title_at = _listing_over_the_body(feats, verdicts, first, title_at)
    _below_the_body(feats, verdicts, first, last)
    _header(feats, verdicts, first, title_at)
    _clock_over_the_masthead(feats, verdicts)
    _related_blocks(feats, verdicts, first, last)
    _other_stories_below(feats, verdicts)
    _cards_under_a_label(feats, verdicts, first)
    _cut_headlines_between_paragraphs(feats, verdicts)
    _between_listed_headlines(feats, verdicts)
    _lone_teaser_at_the_end(feats, verdicts, last)
    _cut_previews_at_the_end(feats, verdicts)
    _excerpts_cut_both_ends(feats, verdicts)
    _twice_printed(feats, verdicts, first, last)
    _teaser_cards(feats, verdicts, last)
    _card_runs(feats, verdicts, title_at)
    _section_over_headline(feats, verdicts)
    _runs_and_footer(feats, verdicts, first, last)
    _truncated_copies(feats, verdicts, last)
    _below_the_copyright(feats, verdicts)
    _bullet_under_chrome_at_the_end(feats, verdicts, last)
    _contact_footer(feats, verdicts)
    _outlet_names(feats, verdicts)
    _under_the_comment_form(feats, verdicts)
    _titles_in_a_listing(feats, verdicts, last)
    _name_card_at_the_end(feats, verdicts, last)
    _numbered_reader_comments(feats, verdicts)
    _comment_thread(feats, verdicts)
    _quotes_between_chrome_at_the_end(feats, verdicts)
    _author_note_at_the_end(feats, verdicts)
    _named_card_at_the_end(feats, verdicts)
    _lead_in_to_nothing(feats, verdicts)
    _tables_among_paragraphs(feats, verdicts)
    _wrapped(verdicts, soft)
    _glued_labels(feats, verdicts)
    return verdicts


def _paragraphs(feats: list[LineFeatures], verdicts: list[LineVerdict], lo: int, hi: int) -> int:
    """How many of lines ``lo`` to ``hi - 1`` are the article's paragraphs (prose still labelled body)."""
    return sum(feats[m].prose and verdicts[m].label == "body" for m in range(lo, hi))


def _last_above_chrome(verdicts: list[LineVerdict]) -> int:
    """The page's last line that is not chrome (``-1`` when every line is)."""
    k = len(verdicts) - 1
    while k >= 0 and verdicts[k].label == "boilerplate":
        k -= 1
    return k


_NUMBER_TOKEN_RE = re.compile(r"^\D{0,3}\d[\d.,]*\D{0,2}$")  # "108,22", "1$", "100¥", "€5"
_FIGURE_ROWS = 3


def _figure_row(f: LineFeatures) -> bool:
    """A table's row: two figures or more, figures for two tokens in five at least, and three words at most
    besides them ("USD 1$ in 108,22 in 114.83", a rate widget's line). A sentence has its words."""
    tokens = f.text.split()
    figures = _figures(tokens)
    return figures >= 2 and figures * 5 >= len(tokens) * 2 and len(tokens) - figures <= 3 and not f.sentence_end


def _figures(tokens: list[str]) -> int:
    return sum(bool(_NUMBER_TOKEN_RE.match(t)) for t in tokens)


def _figure_rows_on_top(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Above the page's first paragraph, three figure rows in a row or more (a rate or score widget in the
    header) are chrome, whatever label each took on its own (a date inside a row), and so is the short
    caption right over them. The article's own tables stand among or under its paragraphs."""
    top = next((k for k, f in enumerate(feats) if f.prose), len(feats))
    k = 0
    while k < top:
        m = k
        while m < top and _figure_row(feats[m]):
            m += 1
        if m - k >= _FIGURE_ROWS:
            above = k - 1  # the widget's caption over its rows ("Exchange rates | <date>") goes with them
            if above >= 0 and feats[above].words <= 8 and not (feats[above].prose or feats[above].sentence_end):
                k = above
            for j in range(k, m):
                verdicts[j].label, verdicts[j].kind = "boilerplate", "figure-rows"
        k = max(m, k + 1)



_TABLE_ROWS = 2


def _table_row(f: LineFeatures) -> bool:
    """A row of the article's own table: two figures or more, figures for two tokens in five at least, no stop
    ("صافي الدخل 145.86 218.33 49.7 %", "Revenue 1,542 1,980 28%"); its label may run to several words."""
    tokens = [t for t in f.text.split() if any(c.isalnum() for c in t)]  # a lone "%" or "-" is a cell's mark
    figures = _figures(tokens)
    return figures >= 2 and figures * 5 >= len(tokens) * 2 and not f.sentence_end


def _tables_among_paragraphs(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Between two of the article's paragraphs, two table rows in a row or more are the article's table (a
    company's results, a league's standings): its figures are statements a desk checks, whatever label each
    row took on its own (a date, a card's date, a listed headline). A widget's rows stand above the article
    or under it, never between its paragraphs."""
    prose = [k for k, f in enumerate(feats) if f.prose and verdicts[k].label == "body"]
    for a, b in zip(prose, prose[1:], strict=False):
        rows = [k for k in range(a + 1, b) if _table_row(feats[k])]
        if len(rows) < _TABLE_ROWS or rows != list(range(rows[0], rows[-1] + 1)):
            continue
        for k in rows:
            if verdicts[k].label in ("boilerplate", "related", "metadata"):
                verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "body", "table", ""

_MARKER_LABEL_WORDS = 3  # "اقرأ أيضا بنفس القسم", "Read more in this section": a label, not a headline


def _marker_over_a_list(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """A teaser marker followed by a few words that say no news ("… in the same section") right over two
    headline-shaped lines: the marker and its label head the list below, the label is no headline itself.
    A marked headline has its subject and its news; a label of three words at most over headlines does not."""
    n = len(feats)
    for k, v in enumerate(verdicts):
        if v.label != "related" or v.kind != "marked" or k + 2 >= n:
            continue
        rest = features(v.teaser)
        if rest.words > _MARKER_LABEL_WORDS or rest.verb or rest.sentence_end or rest.question or rest.date_like:
            continue
        below = [feats[m] for m in (k + 1, k + 2)]
        if all(verdicts[m].label == "body" for m in (k + 1, k + 2)) and all(
            b.headline_shaped and not b.prose for b in below
        ):
            v.label, v.kind, v.teaser = "boilerplate", "related-header", ""


_CARD_PAIRS = 2  # a slider shows several stories; one headline over one paragraph is the article's own start


def _dated_headline(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> bool:
    """A headline right over the article's date line, dateline or byline, with prose under them."""
    n = len(feats)
    if verdicts[k].label != "body" or not feats[k].headline_shaped or k + 1 >= n:
        return False
    m = k + 1
    while m < n and verdicts[m].label == "metadata" and verdicts[m].kind in ("date", "dateline", "byline"):
        m += 1
    return m > k + 1 and m < n and verdicts[m].label == "body" and feats[m].prose


def _widget_line(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> bool:
    """Chrome, or a label too short for a headline and no sentence ("User Name: Password:")."""
    f = feats[k]
    return verdicts[k].label == "boilerplate" or verdicts[k].label == "body" and f.words <= 3 and not (f.prose or f.sentence_end)


def _cards_over_the_headline(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """At the page's top, pairs of a headline over a paragraph (a slider's cards: each story's headline and
    its lead), then chrome, then a headline over its date line and prose: the article starts at that
    headline; the pairs above the chrome are other stories. An article's own start has one headline, its
    date and its paragraphs, never headlines between its paragraphs above its dated headline."""
    h = next((k for k in range(len(feats)) if _dated_headline(feats, verdicts, k)), None)
    if h is None or h < 2 * _CARD_PAIRS + 1:
        return
    k = h - 1
    while k >= 0 and _widget_line(feats, verdicts, k):
        k -= 1
    if k == h - 1:
        return  # no widget between the cards and the article's headline
    pairs: list[tuple[int, int]] = []
    while k >= 1 and verdicts[k].label == verdicts[k - 1].label == "body" and feats[k].prose:
        head = feats[k - 1]
        if not head.headline_shaped or _reads_on(head):
            break
        pairs.append((k - 1, k))
        k -= 2
    while k >= 0 and verdicts[k].label == "boilerplate":
        k -= 1
    if len(pairs) < _CARD_PAIRS or k >= 0:
        return  # the cards open the page (chrome aside); a paragraph above them is the article's
    for head, lead in pairs:
        verdicts[head].label, verdicts[head].kind, verdicts[head].teaser = "related", "card", feats[head].text
        verdicts[lead].label, verdicts[lead].kind, verdicts[lead].teaser = "related", "excerpt", feats[lead].text


def _clock_over_the_masthead(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page opens (chrome aside) with two date lines or more in a row (today's date, then the local time)
    right over two chrome lines or more (the outlet's name, its editors): the site's clock in its masthead.
    An article's date is one line, and it sits with the headline and the byline, not over the masthead."""
    n = len(feats)
    k = 0
    while k < n and verdicts[k].label == "boilerplate":
        k += 1
    dates = k
    while k < n and verdicts[k].label == "metadata" and verdicts[k].kind == "date":
        k += 1
    if k - dates < 2:
        return
    chrome = k
    while chrome < n and verdicts[chrome].label == "boilerplate":
        chrome += 1
    if chrome - k < 2:
        return
    for j in range(dates, k):
        verdicts[j].label, verdicts[j].kind = "boilerplate", "masthead-clock"


def _other_script_on_top(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Sentences in the other script above every paragraph of the page's own (a theme's licence notice in
    Latin letters on top of an Arabic article): the site's software talking, not the article. Taken for
    the body's first paragraph, such a line would turn the header under it (section, headline, photo
    caption) into a run "between sections" and so into a related list. Needs three paragraphs of the
    page's script below: a bilingual page or a quotation in the other language stays."""
    prose = [k for k, f in enumerate(feats) if f.prose and verdicts[k].label == "body"]
    if len(prose) < 4:
        return
    arabic_page = sum(feats[k].arabic for k in prose) * 2 > len(prose)
    top = [k for k in prose if feats[k].arabic != arabic_page]
    own = [k for k in prose if feats[k].arabic == arabic_page]
    if len(own) < 3 or not top or len(top) > 2:
        return
    for k in top:
        if k < own[0] and not feats[k].quote:
            verdicts[k].label, verdicts[k].kind = "boilerplate", "other-script"


def _repeated_on_the_page(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """A label of four words at most printed three times or more on one page is the page's furniture (an ad
    slot's "Hide Ad" between paragraphs): an article does not say the same few words thrice on their own."""
    counts: dict[str, int] = {}
    for f in feats:
        counts[f.key] = counts.get(f.key, 0) + 1
    for f, v in zip(feats, verdicts, strict=True):
        if v.label == "body" and counts[f.key] >= 3 and 1 <= f.words <= 4 and not f.prose and not f.date_like:
            v.label, v.kind = "boilerplate", "page-repeat"
    # One word printed twice, each time alone between two paragraphs ("Advertisment"): an ad slot's label.
    # A sub-head stands over its own paragraph once; the same bare word twice inside the body is the slot.
    twice = [k for k, f in enumerate(feats) if counts[f.key] == 2 and f.words == 1 and verdicts[k].label == "body"]
    for k in twice:
        if all(_between_paragraphs(feats, verdicts, m) for m in twice if feats[m].key == feats[k].key):
            verdicts[k].label, verdicts[k].kind = "boilerplate", "page-repeat"


def _between_paragraphs(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> bool:
    def prose(m: int) -> bool:
        return 0 <= m < len(feats) and feats[m].prose and verdicts[m].label == "body"

    return not feats[k].date_like and not feats[k].text[:1].isdigit() and prose(k - 1) and prose(k + 1)


# a label glued to what follows: words ending in a lower-case letter, then a capital or an opening quote
_GLUED_RE = re.compile(r"^(\S+(?: \S+){1,2}?[a-z])(?=[A-Z“\"«‘'])")


def _glued_labels(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """A widget's label glued to the start of paragraphs ("Hide Ad" + "The council said …"): the same
    few words start three lines or more, one of them a chrome line; the paragraphs keep their text
    from the glue on, byte for byte. A name that opens several paragraphs ("McAllister") is one word
    and never a chrome line, so it stays."""
    starts: dict[str, list[int]] = {}
    for k, f in enumerate(feats):
        m = _GLUED_RE.match(f.text)
        if m:
            starts.setdefault(m.group(1), []).append(k)
    for prefix, at in starts.items():
        if len(at) < 3 or not any(verdicts[k].label == "boilerplate" for k in at):
            continue
        for k in at:
            v = verdicts[k]
            rest = v.text[len(prefix) :]
            if v.label == "body" and rest.strip() and features(rest).words >= 4:
                v.text = rest


_FORM_KINDS = frozenset(("furniture", "site-vocabulary", "site-talk"))


def _cards_under_a_top_header(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Above the article, under a related header, cards: a headline and its excerpt cut short ("…").
    Every line that is an excerpt or stands right above one is the card's; the first line that is
    neither (the article's own headline, its lead) ends the list. Two-word labels between are skipped."""
    n = len(feats)
    first_prose = next((k for k, f in enumerate(feats) if f.prose and not f.ellipsis and verdicts[k].label == "body"), n)
    for h in range(min(first_prose, n)):
        if verdicts[h].kind != "related-header":
            continue
        k = h + 1
        cards: list[int] = []
        while k < n and verdicts[k].label in ("body", "metadata", "boilerplate"):
            f = feats[k]
            excerpt = f.ellipsis and f.words >= 4
            over_excerpt = k + 1 < n and feats[k + 1].ellipsis and feats[k + 1].words >= 4 and 3 <= f.words <= 20
            if verdicts[k].label == "boilerplate" or f.words <= 2 and not cards:
                k += 1
                continue
            if not (excerpt or over_excerpt) or f.sentence_end and not f.ellipsis:
                break
            cards.append(k)
            k += 1
        if len(cards) >= 2:
            for k in cards:
                verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "related", "card", feats[k].text


_READER_RE = re.compile(r"\b(?:you|your)\b")
_WEB_ADDRESS_RE = re.compile(r"\bwww\.|https?://|\.(?:com|org|net)\b")


def _site_addressing_reader(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page's first or last paragraph, outside quotation marks, speaking to its reader ("you", "your")
    about the site (its app, its address, two words of site vocabulary): the site's notice, not the story's."""
    prose = [k for k, f in enumerate(feats) if f.prose and verdicts[k].label == "body"]
    if len(prose) < 3:
        return
    for k in {prose[0], prose[-1]}:
        f = feats[k]
        if f.quote or f.arabic or not _READER_RE.search(f.key):
            continue
        if f.chrome >= 2 or f.chrome and _WEB_ADDRESS_RE.search(f.key):
            verdicts[k].label, verdicts[k].kind = "boilerplate", "site-talk"


# a site's own address in its notices: "HarbourPost.nl", "www.example.com" (folded key)
_SITE_ADDRESS_RE = re.compile(r"\bwww\.|https?://|\b[a-z][\w-]{2,}\.(?:com|org|net|info|news|[a-z]{2})\b")


def _site_notice_below(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Below every paragraph, a line speaking to the reader ("you") that names the site by its web address
    ("Thank you for supporting Site.nl."): the site's appeal, and the lines under it to the page's end
    that are no paragraph (the appeal's text, cut) are the appeal's too. An article quotes no reader."""
    prose = [k for k, f in enumerate(feats) if f.prose and verdicts[k].label == "body"]
    if len(prose) < 2:
        return
    for k in range(prose[-1] + 1, len(feats)):
        f = feats[k]
        if verdicts[k].label != "body" or f.quote or f.arabic or f.words > 16:
            continue
        if _READER_RE.search(f.key) and _SITE_ADDRESS_RE.search(f.key):
            for m in range(k, len(feats)):
                if verdicts[m].label == "body":
                    verdicts[m].label, verdicts[m].kind = "boilerplate", "site-talk"
            return


_WE_RE = re.compile(r"\b(?:we|us|our|ours)\b")


def _appeal_over_the_headline(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Above the article's headline, a block of sentences speaking to the reader ("you") in the site's
    own voice ("we", "our") is the site's appeal for money or sign-ups, not the article: the page's first
    sentences, every one addressing the reader, one at least in the first person plural, none quoting
    anyone, and a headline (a line of four words or more with no stop, no paragraph) between the block
    and the next paragraph. An opinion piece that opens by speaking to its reader goes on in paragraphs,
    with no headline under its opening."""
    n = len(feats)
    k = 0
    while k < n and not _sentence_line(feats[k]):
        k += 1  # the labels on top ("Advertisement", "Help us now")
    block: list[int] = []
    while k < n and _sentence_line(feats[k]):
        f = feats[k]
        if f.quote or f.arabic or not _READER_RE.search(f.key):
            break
        block.append(k)
        k += 1
    if not 2 <= len(block) <= 4 or not any(_WE_RE.search(feats[m].key) for m in block):
        return
    nxt = next((m for m in range(k, n) if feats[m].prose and verdicts[m].label == "body"), n)
    if not any(
        verdicts[m].label == "body" and feats[m].words >= 4 and not feats[m].sentence_end and not feats[m].prose
        for m in range(k, nxt)
    ):
        return
    if _paragraphs(feats, verdicts, nxt, n) < 3:
        return
    for m in block:
        if verdicts[m].label == "body":
            verdicts[m].label, verdicts[m].kind = "boilerplate", "site-talk"


def _sentence_line(f: LineFeatures) -> bool:
    return f.prose or f.sentence_end and f.words >= 6


# A card's excerpt opening with its byline: "By Name Surname | Agency The minister said …" (the
# name's capitalised words, an optional "| agency", then the excerpt's words)
_BYLINE_EXCERPT_RE = re.compile(r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s")
_BYLINE_EXCERPT_WORDS = 10  # a byline alone has a name and an agency; ten words go on into the excerpt


def _byline_excerpt(f: LineFeatures) -> bool:
    return f.words >= _BYLINE_EXCERPT_WORDS and not f.arabic and _BYLINE_EXCERPT_RE.match(f.text) is not None


def _card_over_byline(f: LineFeatures) -> bool:
    return 3 <= f.words <= 20 and not f.sentence_end and not f.question and not f.prose and f.chrome < 2


def _byline_cards_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page ends on cards of other stories: each a headline (no stop) over its excerpt, and the
    excerpt opens with the story's byline run on into its first sentence ("By <name> | <agency> The …").
    An article's byline stands on its own line and an article sentence opening "By" goes on in lower
    case or after a date; two such cards in a row, under a paragraph, are a listing."""
    n = len(feats)
    cards: list[int] = []
    k = n - 1
    while k >= 1:
        if verdicts[k].label == "boilerplate":
            k -= 1
            if not cards:
                continue
            break
        if not (_byline_excerpt(feats[k]) and _card_over_byline(feats[k - 1])):
            break
        if verdicts[k].label != "body" or verdicts[k - 1].label != "body":
            break
        cards += [k - 1, k]
        k -= 2
    if len(cards) < 4:
        return
    if _paragraphs(feats, verdicts, 0, min(cards)) < 2:
        return
    for m in cards:
        verdicts[m].label, verdicts[m].kind, verdicts[m].teaser = "related", "card", feats[m].text


def _whole_quotation(f: LineFeatures) -> bool:
    """A line that is one quotation from its first letter to its last, with no speaker outside it."""
    t = f.text.strip()
    return len(t) > 2 and t[0] in "\"“" and t[-1] in "\"”" and len(_QUOTE_MARK_RE.findall(t)) == 2


def _quotes_between_chrome_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Below a chrome line, the page's last paragraphs each one bare quotation (no speaker, no cue) and
    a chrome line under them: a widget's sayings ("quote of the day"), not the article's. An article's
    quotation names its speaker in or beside it, between paragraphs, not between two widgets."""
    n = len(feats)
    prose = [k for k in range(n) if feats[k].prose and verdicts[k].label == "body"]
    if len(prose) < 3:
        return
    k = prose[-1]
    run: list[int] = []
    while k >= 0 and verdicts[k].label == "body" and _whole_quotation(feats[k]):
        run.append(k)
        k -= 1
    if not run or k < 0 or verdicts[k].label != "boilerplate":
        return
    below = max(run) + 1
    if below >= n or verdicts[below].label != "boilerplate":
        return
    if _paragraphs(feats, verdicts, 0, k) < 2:
        return
    for m in run:
        verdicts[m].label, verdicts[m].kind = "boilerplate", "widget-quote"


# "Jane Q. Doe is a reporter …", "Jane Doe covers …": a name of two to four capitalised words, then what
# the person is or does, present tense
_AUTHOR_NOTE_RE = re.compile(
    r"^((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s+(?:is\s+(?:a|an|the)|covers|writes|reports)\s+\S"
)
_PRONOUN_OPENING_RE = re.compile(r"^(?:He|She|They|His|Her|Their)\s")
_AUTHOR_NOTE_WORDS = 45


def _author_note_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page's last paragraph presents someone the article never named ("<name> is a reporter
    covering …", "<name> covers …"), perhaps with a sentence more about them ("She previously …"): the
    note on the writer at the foot of the story. A person the article presents in its last paragraph
    was named in it before; the writer is named only in the byline."""
    body = [k for k, (f, v) in enumerate(zip(feats, verdicts, strict=True)) if v.label == "body" and f.prose]
    if len(body) < 4:
        return
    note = body[-1]
    tail = [note]
    if _PRONOUN_OPENING_RE.match(feats[note].text) and len(body) >= 5:
        note = body[-2]
        tail = [note, body[-1]]
    f = feats[note]
    m = _AUTHOR_NOTE_RE.match(f.text)
    if m is None or f.quote or f.words > _AUTHOR_NOTE_WORDS or not f.sentence_end:
        return
    name = m.group(1).split()
    if normalize_for_matching(name[0]) in lexicon().function_words:
        return  # "The Red Crescent is the …": a body the article sets in context, not a person
    surname = name[-1]
    said_before = re.compile(r"\b" + re.escape(surname) + r"\b")
    if any(said_before.search(feats[k].text) for k in body if k < note):
        return
    for k in tail:
        verdicts[k].label, verdicts[k].kind = "boilerplate", "author-note"


_NAME_DASH_RE = re.compile(r"\s*[-–—:|]\s+\S")


def _named_card_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page ends with a short name alone (no verb, no stop), then a last line opening with the same name,
    a dash and what that person is ("<name> - صحفي ومحرر …"): the writer's card under the story. The
    article never prints a name alone and then repeats it to open its last paragraph."""
    k = _last_above_chrome(verdicts)
    if k < 3 or verdicts[k].label != "body":
        return
    name, note = feats[k - 1], feats[k]
    if verdicts[k - 1].label not in ("body", "metadata") or not 2 <= name.words <= 4 or name.verb or name.sentence_end:
        return
    if not note.text.startswith(name.text) or not _NAME_DASH_RE.match(note.text[len(name.text) :]):
        return
    if _paragraphs(feats, verdicts, 0, k - 1) == 0:
        return
    verdicts[k].label, verdicts[k].kind = "boilerplate", "author-note"


_LEAD_IN_WORDS = 8


def _lead_in_to_nothing(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page's last line (chrome aside) a few words ending in a colon, under the article's paragraphs,
    with nothing after it: the lead-in to a video or report the scraper did not keep ("details in the
    following report:"). Not a quotation's opening ("وقال:"), which carries a verb and its speaker."""
    k = _last_above_chrome(verdicts)
    if k < 2 or verdicts[k].label != "body":
        return
    f = feats[k]
    if not _INTRODUCES_LIST_RE.search(f.text) or f.words > _LEAD_IN_WORDS or f.quote or f.early_past_verb or f.opener:
        return
    if _paragraphs(feats, verdicts, 0, k) < 2:
        return
    verdicts[k].label, verdicts[k].kind = "boilerplate", "lead-in"


def _section_over_headline(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """A label of two or three words right above a headline whose byline or date follows within three lines
    (the author's name may stand alone first): the section's name ("City Hall"), wherever a photo caption
    put the first prose above it."""
    for k in range(len(feats) - 2):
        f, v = feats[k], verdicts[k]
        head = feats[k + 1]
        if v.label != "body" or verdicts[k + 1].label != "body" or not (f.short and _label_shaped(f)):
            continue
        byline_soon = any(
            verdicts[m].label == "metadata" and verdicts[m].kind in ("byline", "date")
            for m in range(k + 2, min(k + 5, len(feats)))
        )
        if f.words >= 2 and head.words >= 5 and not head.prose and not head.sentence_end and byline_soon:
            v.label, v.kind = "boilerplate", "label"


_CLAUSE_COMMA_RE = re.compile(r"[،,]\s")


def _shared_words(a: LineFeatures, b: LineFeatures) -> int:
    """Content words (four letters or more) two lines have in common."""
    words_a = {w for w in re.findall(r"\w{4,}", a.key)}
    return len(words_a & set(re.findall(r"\w{4,}", b.key)))


def _card_excerpt(feats: list[LineFeatures], verdicts: list[LineVerdict], j: int) -> bool:
    """Under a card's headline, its excerpt: prose cut short ("…"), or the page's last line stopped mid-word."""
    if j >= len(feats) or verdicts[j].label != "body" or not feats[j].prose:
        return False
    f = feats[j]
    return f.ellipsis or j == len(feats) - 1 and not (f.sentence_end or f.question or f.quote)


def _cards_under_a_label(feats: list[LineFeatures], verdicts: list[LineVerdict], first: int) -> None:
    """Below the article's first paragraphs, a section's label ("FEATURE NEWS", a related header) over
    cards: a headline (no stop) and its excerpt cut short. The label says a list begins; the cut says
    the paragraph is a preview, not the article's. Both lines of each card are teasers."""
    n = len(feats)
    for k in range(max(first, 0) + 2, n - 1):
        above, v, f = verdicts[k - 1], verdicts[k], feats[k]
        label = feats[k - 1].short and (
            above.label == "boilerplate" and above.kind in ("label", "related-header", "run", "footer")
            or above.label == "body" and feats[k - 1].text.isupper()
            # a widget ("Leave a Reply") with nothing but cards under it: the article ended above it
            or above.label == "boilerplate" and above.kind == "furniture" and _only_cards_after(feats, verdicts, k + 2)
        ) or (above.label == "related" and above.kind == "excerpt")  # a card under a card: the list goes on
        headline = v.label == "related" and v.kind == "list" or (
            v.label == "body" and 4 <= f.words <= 20 and not (f.sentence_end or f.question or f.prose or f.chrome)
        )
        if not label or not headline or not _card_excerpt(feats, verdicts, k + 1):
            continue
        if sum(feats[m].prose and verdicts[m].label == "body" for m in range(k - 1)) < 2:
            continue
        if above.label == "body":
            above.label, above.kind = "boilerplate", "related-header"
        v.label, v.kind, v.teaser = "related", "list", f.text
        e = verdicts[k + 1]
        e.label, e.kind, e.teaser = "related", "excerpt", feats[k + 1].text


def _whole_paragraph(f: LineFeatures, v: LineVerdict) -> bool:
    """A paragraph of the article the rules keep, not cut short ("…")."""
    return v.label == "body" and f.prose and not f.ellipsis


def _only_cards_after(feats: list[LineFeatures], verdicts: list[LineVerdict], start: int) -> bool:
    """No whole paragraph of the article from ``start`` on: what the cleaner kept there is cut short
    ("…"), headline-sized, or the page's last line stopped mid-sentence."""
    n = len(feats)
    for m in range(start, n):
        f = feats[m]
        if not _whole_paragraph(f, verdicts[m]):
            continue
        if m == n - 1 and not (f.sentence_end or f.question or f.quote):
            continue
        return False
    return True


_CUT_WORD_RE = re.compile(r"(?<=\s)([a-z]{1,2})(?:\.{3}|…)\s*$")


def _cut_headlines_between_paragraphs(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Between two paragraphs, a headline-sized line cut short in the middle of a word ("… to solve problems
    fa..."): a link to another story set into the article. The cut word (one or two lower-case letters,
    no function word) says the site's card cut it; a sentence that trails off ends on a whole word."""
    fw = lexicon().function_words
    for k in range(1, len(feats) - 1):
        f, v = feats[k], verdicts[k]
        if v.label != "body" or not f.ellipsis or f.words > 14 or f.quote or f.arabic or not f.text[:1].isupper():
            continue
        cut = _CUT_WORD_RE.search(f.text)
        if not cut or cut.group(1) in fw:
            continue
        before, after = feats[k - 1], feats[k + 1]
        if verdicts[k - 1].label == verdicts[k + 1].label == "body" and before.prose and before.sentence_end and after.prose:
            v.label, v.kind, v.teaser = "related", "excerpt", f.text


def _listed(verdicts: list[LineVerdict], m: int) -> bool:
    return 0 <= m < len(verdicts) and verdicts[m].label == "related" and verdicts[m].kind == "list"


def _pictograph_opening(f: LineFeatures) -> bool:
    """The line opens with a pictograph ("🔴 …", "🏆 …"): a listing's badge, never a sentence's first letter."""
    return bool(f.text) and unicodedata.category(f.text[0]) == "So"


def _between_listed_headlines(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """A short line that is no prose between two listed headlines (each maybe printed twice, image and
    link) is one more of them, though it ends on "!" as an exclamatory headline does. And the page's last
    line opening with a pictograph under listed headlines that open with pictographs too is the list's
    next card, however few words the page kept of it."""
    n = len(feats)
    for k in range(1, n):
        f, v = feats[k], verdicts[k]
        if v.label != "body" or f.prose or f.chrome or f.date_like or f.quote or not 4 <= f.words <= 16:
            continue
        lo = k - 1
        while lo >= 0 and feats[lo].key == f.key:
            lo -= 1
        hi = k + 1
        while hi < n and feats[hi].key == f.key:
            hi += 1
        if _listed(verdicts, lo) and _listed(verdicts, hi):
            for m in range(lo + 1, hi):
                verdicts[m].label, verdicts[m].kind, verdicts[m].teaser = "related", "list", feats[m].text
    last = n - 1
    while last >= 0 and verdicts[last].label == "boilerplate" and verdicts[last].kind == "related-header":
        last -= 1
    if last < 2 or verdicts[last].label not in ("body", "boilerplate") or not _pictograph_opening(feats[last]):
        return
    if feats[last].chrome or feats[last].sentence_end:
        return
    above = [m for m in range(last) if _listed(verdicts, m)]
    if above and above[-1] == last - 1 and sum(_pictograph_opening(feats[m]) for m in above) >= 2:
        verdicts[last].label, verdicts[last].kind, verdicts[last].teaser = "related", "list", feats[last].text


def _lone_teaser_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict], last: int) -> None:
    """The page ends, after a paragraph closed by its stop, with one headline (subject first, no stop: an
    Arabic line that does not read on, or English in title case), alone or over its excerpt cut short
    (the excerpt repeats the headline's words and stops mid-sentence): a teaser of the next story."""
    n = len(feats)
    if not 0 <= last < n - 1 or not (feats[last].sentence_end or _closes_quotation(feats[last])):
        return
    if sum(f.prose and v.label == "body" for f, v in zip(feats[: last + 1], verdicts, strict=False)) < 2:
        return  # a page of one paragraph cannot tell a teaser from the site's slogan under it
    tail = [k for k in range(last + 1, n) if verdicts[k].label in ("body", "metadata")]
    signed_off = _signed_off(feats, verdicts, last, tail)
    if signed_off:
        tail = tail[1:]  # the agency's name closing the story, then its date line
        last += 1
    closed = _after_the_closing_line(feats, verdicts, last, tail)
    if signed_off and not closed:
        return
    if closed:
        f = feats[tail[1]]
        if f.words <= 16 and not _EMBED_RE.search(f.text) and not _CLAUSE_COMMA_RE.search(f.text):
            verdicts[tail[1]].label, verdicts[tail[1]].kind, verdicts[tail[1]].teaser = "related", "after-close", f.text
        return
    if not 1 <= len(tail) <= 2 or tail[0] != last + 1:
        return
    h = tail[0]
    f = feats[h]
    if not (f.headline_shaped and f.chrome == 0 and not _reads_on(f) and (f.arabic or f.title_case)):
        return
    if verdicts[h].label != "body" or f.words > 16 or _EMBED_RE.search(f.text) or _CLAUSE_COMMA_RE.search(f.text):
        return  # a comma between clauses or a hashtag: the article's own cut paragraph
    if len(tail) == 1 and (f.words > 10 or len(f.text.split()[-1]) < 2):
        return  # alone, a headline is short and ends on a whole word; a long line ending "في ق" was cut
    if len(tail) == 1 and f.arabic:
        if _outlet_name(f):  # the site's name under its last paragraph: furniture
            verdicts[h].label, verdicts[h].kind = "boilerplate", "masthead"
        return  # alone, an Arabic line without its stop is as often the article's short closing sentence: a
        # teaser needs its card's excerpt under it (English shows its listing's Title Case)
    if len(tail) == 2:
        e = feats[tail[1]]
        if tail[1] != h + 1 or _shared_words(f, e) < 2 or tail[1] != n - 1:
            return
        if (e.sentence_end or e.prose) and not (e.ellipsis and not _BRACKETED_CUT_RE.search(e.text)):
            return  # an excerpt is cut short ("…"); a closed or long line under a sub-head is the article's
        if e.key == f.key:
            return  # the same line twice: a photo's alt text and caption, not a headline over its excerpt
        verdicts[tail[1]].label, verdicts[tail[1]].kind, verdicts[tail[1]].teaser = "related", "card", e.text
    verdicts[h].label, verdicts[h].kind, verdicts[h].teaser = "related", "list", f.text


_CLOSING_QUOTE_RE = re.compile(r"[”»\"]\s*$")


def _closes_quotation(f: LineFeatures) -> bool:
    """A paragraph that ends on its quotation's closing mark, stop left out (Arabic pages often do)."""
    return f.prose and f.quote and bool(_CLOSING_QUOTE_RE.search(f.text))


_FIRST_WORD_RE = re.compile(r"[^\W\d_]+")
# a line stopped by the site's card inside an Arabic word: one or two letters glued to the ellipsis
# ("… لت…", "… ال…"); the article's own trailing "…" follows a whole word
_AR_CUT_WORD_RE = re.compile(r"(?<=\s)([\u0621-\u064a]{1,2})(?:\.{3}|…)\s*$")


def _cut_mid_word(f: LineFeatures) -> bool:
    """The line ends on a word cut short (the card's character limit), not a whole function word ("في…")."""
    m = _AR_CUT_WORD_RE.search(f.text) or _CUT_WORD_RE.search(f.text)
    return bool(m) and normalize_for_matching(m.group(1)) not in lexicon().function_words
_CUT_RUN = 2  # cut previews in a row that share their first word ("AGENCY- …"); three need nothing shared


def _cut_previews_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page ends (chrome aside) with a run of lines cut short ("…") under a paragraph closed by its
    stop: a listing's excerpts, each the opening of another story. One cut line can be the article's own
    (a paywall, a trailing quotation); two in a row that open with the same word (the agency's prefix),
    two each cut inside a word ("… لت…", the card's character limit) or three in a row are the site's."""
    k = _last_above_chrome(verdicts)
    run: list[int] = []
    cut_off = _page_cut_off_card(feats, verdicts, k)
    if cut_off is not None:
        k -= 1  # judged with the run above it: the page stopped inside the listing's last card
    while k >= 0 and verdicts[k].label in ("body", "related") and feats[k].ellipsis and feats[k].words >= 4:
        run.append(k)
        k -= 1
    if len(run) < _CUT_RUN or k < 1 or verdicts[k].label != "body" or feats[k].ellipsis:
        return
    if not (feats[k].sentence_end and feats[k].prose):
        return
    firsts = {m.group().lower() if (m := _FIRST_WORD_RE.search(feats[j].text)) else "" for j in run}
    if len(run) < 3 and (len(firsts) != 1 or "" in firsts) and not all(_cut_mid_word(feats[j]) for j in run):
        return
    if cut_off is not None and len(run) >= 3:
        run.append(cut_off)
    for j in run:
        if verdicts[j].label == "body":
            verdicts[j].label, verdicts[j].kind, verdicts[j].teaser = "related", "excerpt", feats[j].text


def _page_cut_off_card(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> int | None:
    """The page's last line (chrome aside), stopped without a mark right under a preview cut short ("…"): the
    scrape ended inside the listing's next card. It is a card only with the run above it (three cut
    previews at least); alone, a line stopped short is as well the article's own last paragraph cut."""
    if k < 1 or verdicts[k].label != "body" or not feats[k - 1].ellipsis:
        return None
    f = feats[k]
    if f.ellipsis or f.sentence_end or f.question or f.quote or f.chrome or f.words < 4:
        return None
    return k


_BRACKETED_OPEN_RE = re.compile(r"^\s*[(\[]\s*(?:…|\.{3})\s*[)\]]")  # "[…]" opening a line


def _excerpts_cut_both_ends(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page ends (chrome aside) with lines cut at both ends by a bracketed ellipsis ("[…] … […]"): a
    blog's excerpt of another post (a pingback, a related card). The article quotes with a cut at one end
    at most, and never as its last lines under a paragraph of its own."""
    k = _last_above_chrome(verdicts)
    run: list[int] = []
    while k >= 0 and verdicts[k].label == "body" and _BRACKETED_OPEN_RE.match(feats[k].text) and _BRACKETED_CUT_RE.search(feats[k].text):
        run.append(k)
        k -= 1
    if not run or _paragraphs(feats, verdicts, 0, k + 1) == 0:
        return
    for j in run:
        verdicts[j].label, verdicts[j].kind, verdicts[j].teaser = "related", "excerpt", feats[j].text


# "الهاتف : 52911306", "Tel: +44 20 …": a label, a colon, a number of six digits or more
_CONTACT_RE = re.compile(r"^[^\W\d][^:：\d]{0,25}[:：]\s*\+?[\d\s().-]{6,}$")


def _contact_line(f: LineFeatures) -> bool:
    return bool(_CONTACT_RE.match(f.text)) and sum(c.isdigit() for c in f.text) >= 6


def _contact_footer(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page ends with the site's card about itself: two contact lines or more (phone, fax) under its
    name, what it is, who runs it and where. Above the contact lines, up to the last paragraph, lines with
    no verb (a name, an address, a description) belong to that card, not to a related list: another
    story's headline says what happened."""
    n = len(feats)
    k = n - 1
    contacts = 0
    while k >= 0 and (verdicts[k].label == "boilerplate" or _contact_line(feats[k])):
        contacts += _contact_line(feats[k])
        k -= 1
    if contacts < 2:
        return
    for j in range(k + 1, n):
        if _contact_line(feats[j]):
            verdicts[j].label, verdicts[j].kind, verdicts[j].teaser = "boilerplate", "footer", ""
    while k >= 0 and verdicts[k].label in ("body", "related", "boilerplate") and not feats[k].verb and not feats[k].sentence_end:
        if verdicts[k].label == "body" and feats[k].prose:
            break
        if verdicts[k].label != "boilerplate":
            verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "boilerplate", "footer", ""
        k -= 1


def _bullet_under_chrome_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict], last: int) -> None:
    """The page's last line a bulleted headline ("• <subject>: <clause>", no stop) right under a line of site
    furniture below the body ("latest news"): the one item the scraper kept of the site's news list. The
    article's own bullets stand among or right under its paragraphs, not under the site's chrome."""
    k = len(feats) - 1
    if k < 2 or k <= last + 1 or verdicts[k].label != "body" or verdicts[k - 1].label != "boilerplate":
        return
    f = feats[k]
    if not _BULLET_RE.match(f.text) or not f.headline_shaped or f.chrome or _reads_on(f) or f.sentence_end:
        return
    if _EMBED_RE.search(f.text) or f.words > 16:
        return
    verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "related", "list", f.text


# "Read more of this report from …", "Read more on the talks at …": a link's own words, no colon after the marker
_READ_MORE_LINK_RE = re.compile(r"^\s*read more\s+(?:of|on|about|from)\s+(\S.*)$", re.IGNORECASE)


def _read_more_links(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Below the body (two paragraphs above, none below), a short line that opens "Read more of/on/about …" and
    names no site furniture in what it points to is a link to another report (a cross-reference, guideline
    §4.6): its words are the link's. Decided before the body's end is known, since the link may read as prose."""
    prose = [k for k, f in enumerate(feats) if f.prose and verdicts[k].label == "body"]
    for k, (f, v) in enumerate(zip(feats, verdicts, strict=True)):
        m = _READ_MORE_LINK_RE.match(f.text)
        if not m or v.label not in ("body", "boilerplate") or v.kind not in ("", "site-talk", "site-vocabulary"):
            continue
        if any(p > k for p in prose) or sum(p < k for p in prose) < 2:
            continue
        rest = features(m.group(1).strip())
        if f.words <= 14 and not f.quote and rest.chrome == 0 and not strong_chrome(rest):
            v.label, v.kind, v.teaser = "related", "marked", f.text


_OPENING_QUOTE_RE = re.compile(r"^[‘“\"'«]")
_KICKER_RE = re.compile(r"^[A-Z]{2,}(?:\s[A-Z]{2,}){0,3}\s*:\s")  # "FERRY FARES: …", a section's kicker


def _signed_off(feats: list[LineFeatures], verdicts: list[LineVerdict], last: int, tail: list[int]) -> bool:
    """Right under the last paragraph, a name of one or two words with no stop (the agency or outlet
    signing the story off), then a date line, then one line more ending the page: the story's close, its
    date, and the next story's headline (read by ``_after_the_closing_line``)."""
    if len(tail) != 3 or tail != [last + 1, last + 2, last + 3]:
        return False
    f = feats[tail[0]]
    return (
        verdicts[tail[0]].label == "body"
        and 1 <= f.words <= 2
        and not f.sentence_end
        and not f.prose
        and f.text[:1].isupper()
        and verdicts[tail[1]].label == "metadata"
        and verdicts[tail[1]].kind == "date"
    )


def _after_the_closing_line(feats: list[LineFeatures], verdicts: list[LineVerdict], last: int, tail: list[int]) -> bool:
    """The article closed by its credit or date line ("Additional reporting by …", "Published: …") right under
    the last paragraph, then one last line that is a headline (a clause, a quotation or a kicker, not a bare
    name like a tag): the next story's, whatever its capitals, since nothing of the article follows its close."""
    if len(tail) != 2 or tail != [last + 1, last + 2] or tail[1] != len(feats) - 1:
        return False
    closing, f = verdicts[tail[0]], feats[tail[1]]
    if closing.label != "metadata" or closing.kind not in ("byline", "date") or verdicts[tail[1]].label != "body":
        return False
    if not f.headline_shaped or f.chrome or _reads_on(f) or f.sentence_end:
        return False
    return f.arabic or f.title_case or f.verb or f.function_share > 0 or bool(_OPENING_QUOTE_RE.match(f.text) or _KICKER_RE.match(f.text))


_LATIN_WORD_RE = re.compile(r"\b[A-Za-z]{2,}\b")
_ARABIC_WORD_RE = re.compile(r"[\u0621-\u064a]{2,}")


def _bilingual_masthead(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page's first line naming the site in Latin letters and again, with its slogan, in Arabic
    ("Harbour Post | بوست الميناء : أخبار الجزيرة"): two scripts set against a separator, no verb."""
    if not feats or verdicts[0].label != "body":
        return
    f = feats[0]
    if f.verb or f.opener or f.quote or f.words > 12 or not re.search(r"\s[:|–-]\s|\s[:|]", f.text):
        return
    if len(_LATIN_WORD_RE.findall(f.text)) >= 2 and len(_ARABIC_WORD_RE.findall(f.text)) >= 2:
        verdicts[0].label, verdicts[0].kind = "boilerplate", "masthead"


_LETTER_SITE_KINDS = frozenset(("site-talk", "site-vocabulary", "furniture"))


def _salutation_shaped(f: LineFeatures) -> bool:
    """"Dear Reader,", "Thank you,": three words at most closed by a comma, alone on the line."""
    return 1 <= f.words <= 3 and bool(_HANGING_COMMA_RE.search(f.text)) and not f.quote


def _letter_to_the_reader(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The site's letter to its reader (an appeal for support) set in the page: a salutation over prose,
    a valediction at most a dozen lines down, the site's talk between them. Everything from salutation
    to valediction is the letter, and so are the lines under the valediction that are no prose (the
    signatures, the appeal's button) up to the next paragraph. A letter the article quotes has no site
    talk in it and stays."""
    n = len(feats)
    for s in range(n - 2):
        if not _salutation_shaped(feats[s]) or not (feats[s + 1].prose or verdicts[s + 1].kind == "site-talk"):
            continue
        end = next((v for v in range(s + 2, min(s + 14, n)) if _salutation_shaped(feats[v])), None)
        if end is None or not any(verdicts[k].kind in _LETTER_SITE_KINDS for k in range(s, end + 1)):
            continue
        k = end + 1
        while k < n and not feats[k].prose and verdicts[k].label in ("body", "boilerplate", "metadata"):
            k += 1
        for m in range(s, k):
            verdicts[m].label, verdicts[m].kind, verdicts[m].teaser = "boilerplate", "letter", ""
        return


def _lead_in_to_a_button(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The words a widget sets before its button ("Get our news on your phone with" + "Click here"): a line
    without verb, stop or question right above a short line that opens with an imperative and is chrome."""
    imperatives = lexicon().imperatives
    for k in range(len(feats) - 1):
        f, v, nxt = feats[k], verdicts[k], feats[k + 1]
        if v.label != "body" or f.prose or f.verb or f.sentence_end or f.question or f.words > 8:
            continue
        button = verdicts[k + 1].label == "boilerplate" and nxt.words <= 3 and nxt.key.split()[:1]
        if button and nxt.key.split()[0] in imperatives:
            v.label, v.kind = "boilerplate", "button-lead"


def _under_the_comment_form(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """After the article's last prose, under a line of site furniture (``Leave a Reply``), a sentence with
    site vocabulary is the form's notice to its reader: position stands for the missing fourth site word."""
    for k in range(len(feats) - 1, 0, -1):
        f, v = feats[k], verdicts[k]
        if v.label == "body" and not f.prose and _form_notice(feats, verdicts, k):
            v.label, v.kind = "boilerplate", "site-talk"
            continue
        if v.label != "body" or not f.prose:
            continue
        above = verdicts[k - 1]
        if above.label == "boilerplate" and above.kind in _FORM_KINDS and f.chrome >= 3 and f.chrome / f.words >= 0.2:
            v.label, v.kind = "boilerplate", "site-talk"
            continue
        break  # the article's last paragraph: nothing above it is under the form


def _form_notice(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> bool:
    """A short line right under the comment form's label (``Leave a Reply``, a label of three words at most),
    below every paragraph, that ends the page or carries site vocabulary: the form's notice ("your address
    will not be published"). No paragraph follows, so no article sentence can be such a line."""
    f, above, label = feats[k], verdicts[k - 1], feats[k - 1]
    if above.label != "boilerplate" or above.kind not in (*_FORM_KINDS, "footer") or not label.short:
        return False
    if f.words > 12 or f.question or f.date_like or f.opener or f.early_past_verb:
        return False  # "وأكد رئيس البلدية أن …" where the page was cut: the article's sentence, not a notice
    if _cut_sentence(f) or cut_quotation(f):
        return False
    return k == len(feats) - 1 or f.chrome > 0


_NUMBERED_RE = re.compile(r"^(\d{1,3})[.)]\s+\S")
# writing no edited article prints: a letter held four times ("Ooooh", "kkkk"), runs of "!!!", "???", "……"
_INFORMAL_RE = re.compile(r"([^\W\d_])\1{3,}|[!?؟]{3,}|…{2,}|\.{4,}", re.IGNORECASE)


def _numbered_reader_comments(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page closing with readers' comments numbered 1, 2, 3 under a paragraph closed by its stop (an
    article's own list is introduced by a colon): long lines, most without a stop, at least one written as
    no article is (a letter held four times, "!!!") or in another language than the article's (hardly any
    function word of the lexicons where the article's prose has many). Comments are no article text."""
    n = len(feats)
    end = n
    while end > 0 and verdicts[end - 1].label == "boilerplate":
        end -= 1
    start = end
    while start > 0 and _NUMBERED_RE.match(feats[start - 1].text):
        start -= 1
    items = list(range(start, end))
    if len(items) < 2 or start == 0:
        return
    numbers = [int(m.group(1)) for k in items if (m := _NUMBERED_RE.match(feats[k].text))]  # all match
    if numbers != list(range(1, len(items) + 1)):
        return
    above = feats[start - 1]
    if verdicts[start - 1].label != "body" or not above.sentence_end or _INTRODUCES_LIST_RE.search(above.text):
        return
    if sum(feats[k].sentence_end for k in items) * 2 >= len(items) or sum(feats[k].words for k in items) < 8 * len(items):
        return
    prose = sorted(f.function_share for f, v in zip(feats[:start], verdicts[:start], strict=True) if f.prose and v.label == "body")
    article_fw = prose[len(prose) // 2] if prose else 0.0

    def unlike_the_article(f: LineFeatures) -> bool:
        return bool(_INFORMAL_RE.search(f.text)) or article_fw >= 0.2 and f.words >= 8 and f.function_share < 0.1

    if any(unlike_the_article(feats[k]) for k in items):
        for k in items:
            verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "boilerplate", "comments", ""



# a commenter's line: a handle or a name, then when the comment was posted ("jdoe 10 August 2020, 22:10",
# "Sam Reyes March 3, 2021 at 4:15 pm", "user1 3 hours ago")
_POSTED_AT_RE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[صم])?|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)\s*$",
    re.IGNORECASE,
)
_HANDLE_RE = re.compile(r"\s*[^\W\d]")  # a name or handle opens the commenter's line
_COMMENTER_WORDS = 7
_COMMENTERS = 2  # one time-stamped line under an article is its update line; two are a thread


def _commenter_line(f: LineFeatures) -> bool:
    """A handle before a posting date and hour (or "… ago"); a live blog's entries carry the hour alone."""
    posted = _POSTED_AT_RE.search(f.text)
    if f.words > _COMMENTER_WORDS or f.sentence_end or posted is None:
        return False
    before = f.text[: posted.start()]
    dated = "ago" in posted.group().lower() or _calendar_date(f) or f.date_like
    handle = _HANDLE_RE.match(before) is not None
    return bool(dated and handle)


def _comment_thread(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """Readers' comments under the article: from the first of two or more short lines each ending on the time
    it was posted (a commenter's handle and a date and hour) to the page's end, below two of the article's
    paragraphs. What the readers wrote between them reads as prose and is no article text."""
    heads = [k for k, f in enumerate(feats) if _commenter_line(f) and verdicts[k].label != "related"]
    if len(heads) < _COMMENTERS:
        return
    start = heads[0]
    if sum(feats[m].prose and verdicts[m].label == "body" for m in range(start)) < 2:
        return
    for k in range(start, len(feats)):
        if verdicts[k].label in ("body", "metadata"):
            verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "boilerplate", "comments", ""

def _printed_again(feats: list[LineFeatures], verdicts: list[LineVerdict], title_at: int) -> int | None:
    """The headline printed a second time a few lines down, at most one sentence between the copies: the
    first copy is the page's title and what stands between is the site's (notices, ads, story age).
    A copy standing among the paragraphs is the body's own repeat (see ``_among_paragraphs``)."""
    key = feats[title_at].key
    prose = 0
    for k in range(title_at + 1, min(title_at + 9, len(feats))):
        if feats[k].key == key:
            return k
        prose += feats[k].prose and verdicts[k].label == "body"
        if prose > 1:
            return None
    return None


def _among_paragraphs(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> bool:
    """Article prose right above line ``k`` and, right below it, prose that goes on from the paragraph before
    ("وأضاف …", "and …"): a headline copy there is the body's own repeat (an image's alt text), and the
    lead above it is the article's, never the site's notice between two copies of the title."""
    if not 0 < k < len(feats) - 1:
        return False
    above, below = feats[k - 1], feats[k + 1]
    return (
        above.prose
        and verdicts[k - 1].label == "body"
        and below.prose
        and verdicts[k + 1].label == "body"
        and (below.opener or _continues(below))
    )


# one label word, a colon, then two or more names of at most three words between commas
_LABELLED_NAMES_RE = re.compile(r"^[^\W\d]\w{1,20}\s*[:：]\s*[^\W\d][^,،]{0,30}(?:[,،]\s*[^\W\d][^,،]{0,30})+$")
_SLASH_TAGS_RE = re.compile(r"^[^/]{2,30}(?:/[^/]{2,30}){2,}$")


def _below_the_body(feats: list[LineFeatures], verdicts: list[LineVerdict], first: int, last: int) -> None:
    """Under the article: a line in the other script (a widget's Latin text under an Arabic article), a
    path of topic words (``بلد/بلد/موضوع/قسم``, read as a photo credit) and a media length (``الفيديو: 4:38:17``)
    are the site's, never the article's or a teaser."""
    if first > last:
        return
    body = [f for f, v in zip(feats[first : last + 1], verdicts[first : last + 1], strict=True) if v.label == "body" and f.prose]
    arabic_page = sum(f.arabic for f in body) * 2 > len(body)
    for k in range(last + 1, len(feats)):
        f, v = feats[k], verdicts[k]
        near_prose = any(feats[j].prose and verdicts[j].label == "body" for j in (k - 1, k + 1) if 0 <= j < len(feats))
        if v.label == "body" and not f.prose and f.words >= 2 and f.arabic != arabic_page and not cut_quotation(f):
            v.label, v.kind = "boilerplate", "other-script"
        elif v.label == "metadata" and v.kind == "byline" and _SLASH_TAGS_RE.match(f.text) and not near_prose:
            if all(len(part.split()) <= 3 for part in f.text.split("/")) and not any(c.isdigit() for c in f.text):
                v.label, v.kind = "boilerplate", "tags"
        elif v.label == "metadata" and v.kind == "date" and f.chrome and not _calendar_date(f):
            v.label, v.kind = "boilerplate", "duration"
        elif v.label == "metadata" and v.kind == "dateline" and verdicts[k - 1].label == "boilerplate":
            if _LABELLED_NAMES_RE.match(f.text):  # "Section: Island, Transport" under the site's links
                v.label, v.kind = "boilerplate", "tags"


_CALENDAR_DATE_RE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b(?:19|20)\d{2}\b|\b14\d{2}\b")


def _calendar_date(f: LineFeatures) -> bool:
    """A day on the calendar (a full date, a year, a month or weekday), not only a clock or a length."""
    return bool(_CALENDAR_DATE_RE.search(f.key)) or any(w in CALENDAR_WORDS for w in re.findall(r"\w+", f.key))


# what a sentence's piece cut off by the layout was mistaken for; never a title, masthead or metadata
_PIECE_KINDS = frozenset(("label", "list", "footer", "run", "menu", "card-date"))


def _wrapped(verdicts: list[LineVerdict], soft: Sequence[bool]) -> None:
    """A line joined to body text by a layout break is body too: ``كشف معالي الدكتور`` above the name,
    the cut-off end of the last paragraph below it. Spreads both ways along a wrapped run."""
    if not any(soft):
        return
    changed = True
    while changed:
        changed = False
        for i, joined in enumerate(soft[: len(verdicts) - 1]):
            if not joined:
                continue
            a, b = verdicts[i], verdicts[i + 1]
            for body, piece in ((a, b), (b, a)):
                if body.label == "body" and piece.label in ("boilerplate", "related") and piece.kind in _PIECE_KINDS:
                    piece.label, piece.kind, piece.teaser = "body", "", ""
                    changed = True


def _short_run_after(feats: list[LineFeatures], i: int, n: int) -> bool:
    nxt = feats[i + 1 : i + 1 + n]
    return len(nxt) == n and all(f.short and f.words > 0 for f in nxt)


def _card_opening_another_story(feats: list[LineFeatures], k: int) -> bool:
    """The page's last paragraph opens with a dateline of its own ("بلدة – بلد | …") and is cut short ("…"):
    the next story's card under the article, which had its dateline (if any) in its first paragraph."""
    f = feats[k]
    return f.ellipsis and bool(_OPENS_WITH_DATELINE_RE.match(f.text)) and k == max(i for i, g in enumerate(feats) if g.prose)


def _next_card_cut(f: LineFeatures, card: LineFeatures) -> bool:
    """The page's last line is a few letters that start the card above it again: the following card, cut."""
    return f.words <= 2 and len(f.key) >= 3 and card.key.startswith(f.key) and not f.sentence_end


def _summary_of_the_lead(feats: list[LineFeatures], prose_at: list[int]) -> bool:
    """The first paragraph is cut short ("…") and a paragraph below opens with the same words: the site's
    summary of the lead, printed in the header; what stands between it and the full lead is header too."""
    f = feats[prose_at[0]]
    stem = f.key.rstrip(".… ")
    if not f.ellipsis or len(stem.split()) < 6:
        return False
    return any(feats[k].key.startswith(stem) and len(feats[k].key) > len(stem) + 10 for k in prose_at[1:3])


def _teaser_on_top(feats: list[LineFeatures], verdicts: list[LineVerdict], a: int, b: int) -> bool:
    """The page opens with another article's cut preview ("…"), then the masthead (or the site's crumb), then
    the article, its own headline allowed right above its first paragraph."""
    if not feats[a].ellipsis or b <= a + 1:
        return False
    between = verdicts[a + 1 : b]
    if all(v.label == "boilerplate" for v in between):
        return True
    own_headline = b - 1
    return (
        b - 1 > a + 1
        and verdicts[own_headline].label == "body"
        and feats[own_headline].headline_shaped
        and all(v.label == "boilerplate" for v in verdicts[a + 1 : own_headline])
    )


def _card_headline(f: LineFeatures) -> bool:
    """A card's headline over its excerpt: three to twenty words, no stop, no site vocabulary, not a date."""
    return 3 <= f.words <= 20 and not (f.sentence_end or f.prose or f.chrome or f.date_like or f.nav)


def _tagline_on_top(feats: list[LineFeatures], verdicts: list[LineVerdict], a: int) -> bool:
    """The page's first sentence is the site's slogan when only the site's notices stand above it, another
    notice right below it, and it has no verb: a lead or standfirst says what happened."""
    f = feats[a]
    return (
        0 < a < len(feats) - 1
        and all(v.label == "boilerplate" for v in verdicts[:a])
        and verdicts[a + 1].label == "boilerplate"
        and not (f.verb or f.opener or f.quote or f.question)
        and f.words <= 12
    )


def _find_title(
    feats: list[LineFeatures],
    verdicts: list[LineVerdict],
    first: int,
    title: str | None,
    soft: Sequence[bool] = (),
) -> int | None:
    """The headline line: the given title when the page repeats it, else the best headline above the body.

    Above the body a page stacks masthead, menus, a tagline, the section, the headline, a standfirst,
    a caption, the byline and the date: the headline is the headline-shaped line followed soon by the
    byline or date, else the first of the last group of headline-shaped lines above the body.
    """
    if title:
        key = normalize_for_matching(title)
        for i, f in enumerate(feats[: max(first, 0) + 3]):
            if f.key == key:
                return i
            # "Headline | Outlet", or a headline cut short: never a sentence that opens with the headline's words
            if not f.prose and len(key) >= 12 and (f.key.startswith(key) or key.startswith(f.key) and len(f.key) >= 12):
                return i
        return None
    for i in range(1, min(first + 1, len(feats))):
        if verdicts[i].label == "body" and verdicts[i - 1].kind == "navigation" and _crumb_ends_with(feats[i - 1], feats[i]):
            return i  # the crumb's last part is the page's headline, printed again under it
    candidates = [
        i
        for i in range(min(first, len(feats)))
        if verdicts[i].label == "body"
        and 2 <= feats[i].words <= 22
        and not feats[i].opener
        and not (feats[i].nav or feats[i].date_like or feats[i].chrome >= 2 or feats[i].repeated)
        # headlines may ask or exclaim; sentences end in a stop. "… لهذا السبب(…)": the site's bait mark, no stop
        and not (_PERIOD_END_RE.search(feats[i].text) and not _BRACKETED_CUT_RE.search(feats[i].text))
        and not _bullet_run(feats, verdicts, i)
        # a sentence's first piece, broken by the layout, runs on below (Latin copy: Arabic breaks
        # include a column-width guess that a headline over a lead of its width meets)
        and not (i < len(soft) and soft[i] and not feats[i].arabic)
    ]
    # an image's alt text: a line right above a caption, with another headline-shaped line further down
    candidates = [
        i
        for n, i in enumerate(candidates)
        if not (i + 1 < len(feats) and verdicts[i + 1].kind == "caption" and candidates[n + 1 :])
    ]
    for i in candidates:  # a headline is followed soon by its byline, date or dateline
        if feats[i].words >= 5 and _metadata_follows(feats, verdicts, i):
            return i
    # Taglines, tickers and teasers sit among the menus; the headline opens the last group of
    # headline-shaped lines above the body (headline, standfirst, caption), with no chrome between them.
    long_enough = [i for i in candidates if feats[i].words >= 5]
    if not long_enough:
        # "Harbour Board: No comment": a speaker's headline whose one site word made it chrome
        spoken = [i for i in range(min(first, len(feats))) if _speaker_headline(feats[i], verdicts[i])]
        if spoken:
            return spoken[-1]
        # "Board rejects referendum": three or four words right over the lead, no run of labels above them
        over_lead = [i for i in candidates if i == first - 1 and feats[i].words >= 3 and not _label_shaped_run(feats, verdicts, i)]
        return over_lead[0] if over_lead else None
    start = long_enough[-1]
    for i in reversed(long_enough[:-1]):
        between = range(i + 1, start)
        if any(verdicts[j].label == "boilerplate" for j in between) or sum(feats[j].short for j in between) >= 2:
            break  # chrome or a menu run between: the earlier line belongs to the masthead
        start = i
    return start


def _broken_off_above(verdicts: list[LineVerdict], soft: Sequence[bool], i: int) -> bool:
    """Line ``i`` is the rest of a sentence the layout broke off a body line above it (``كشفت⏎الوزارة
    أن …``, a page opening on a wrapped paragraph): no headline, and the line above is no masthead."""
    return 0 < i <= len(soft) and soft[i - 1] and verdicts[i - 1].label == "body"


def _crumb_ends_with(crumb: LineFeatures, f: LineFeatures) -> bool:
    """The breadcrumb's last part is the line (the headline printed under the site's path to it)."""
    parts = re.split(r"\s[/›»>]\s", crumb.key)
    return len(parts) >= 2 and len(f.key) >= 12 and parts[-1].strip() == f.key


def _label_shaped_run(feats: list[LineFeatures], verdicts: list[LineVerdict], i: int) -> bool:
    """The line stands under another short label (a menu's items): no headline of its own."""
    return i > 0 and verdicts[i - 1].label == "body" and feats[i - 1].short


_SPEAKER_LABEL_RE = re.compile(r"^[^\W\d][^:：.!?؟]{1,30}[:：]\s+\S")
# "Crossings to double next spring: Harbour Chair": the headline, then its source after a colon
_SOURCE_LABEL_RE = re.compile(r"^[^\W\d][^:：.!?؟]{10,120}[:：]\s*[^\W\d]\S*(?:\s\S+){0,3}$")


_CRUMB_SEP_RE = re.compile(r"[»›>]")


def _speaker_headline(f: LineFeatures, v: LineVerdict) -> bool:
    """A ``Speaker: words`` (or ``words: Speaker``) line taken for site vocabulary on the weight of a single
    word (``comment``) or of two words also common in prose (``more``, ``home``)."""
    return (
        v.label == "boilerplate"
        and v.kind == "site-vocabulary"
        and f.chrome == 2
        and not f.whole_chrome
        and 4 <= f.words <= 22
        and not (f.nav or f.date_like or f.sentence_end or f.repeated)
        and len(_CRUMB_SEP_RE.findall(f.text)) < 2  # "You are here: Home » World » Africa": a breadcrumb
        and bool(_SPEAKER_LABEL_RE.match(f.text) or _SOURCE_LABEL_RE.match(f.text))
    )


def _metadata_follows(feats: list[LineFeatures], verdicts: list[LineVerdict], i: int) -> bool:
    """A byline, date or dateline comes soon, past captions, chrome and at most two standfirst lines."""
    between = 0
    for f, v in zip(feats[i + 1 : i + 7], verdicts[i + 1 : i + 7], strict=False):
        if v.label == "metadata" and v.kind != "caption":
            return True
        if v.label == "body":
            between += 1
            if f.prose or f.short or between > 2:
                return False
    return False


def _header(feats: list[LineFeatures], verdicts: list[LineVerdict], first: int, title_at: int | None) -> None:
    """Above the body: what precedes the headline is masthead (chrome, a date bar too); labels after it are chrome."""
    top = title_at if title_at is not None else -1
    for i in range(min(first, len(feats))):
        f, v = feats[i], verdicts[i]
        if v.label == "metadata" and v.kind == "date" and i + 1 < len(feats) and verdicts[i + 1].kind == "navigation":
            if all(verdicts[m].label == "boilerplate" for m in range(i)):
                v.label, v.kind = "boilerplate", "furniture-date"  # the site's date bar over its menu or crumb
                continue
        if i > top >= 0 and v.label == "body" and _tag_line(feats, verdicts, i):
            v.label, v.kind = "boilerplate", "tags"
            continue
        if v.label == "metadata" and v.kind == "dateline" and 0 < i < len(feats) - 1:
            if verdicts[i - 1].label == "boilerplate" and verdicts[i + 1].label == "boilerplate":
                v.label, v.kind = "boilerplate", "masthead"  # "AppName (Free)" between the site's notices: no dateline
                continue
        if v.label != "body" and not (v.label == "metadata" and v.kind in ("date", "dateline", "source") and i < top):
            continue  # above the headline a date is the site's date bar, a dateline-shaped line its name
        if i < top:
            if f.ellipsis and f.words >= 6:
                v.label, v.kind, v.teaser = "related", "excerpt", f.text  # a teaser card above the article
            elif _bullet_run(feats, verdicts, i):
                v.label, v.kind, v.teaser = "related", "bullets", _unbullet(f.text)
            else:
                v.label, v.kind = "boilerplate", "masthead"  # a date here is the site's date bar
        elif i > top and v.label == "body" and (f.short or f.repeated) and not f.sentence_end:
            v.label, v.kind = "boilerplate", "label"
        elif top >= 0 and i > top and v.label == "body" and not f.prose and not f.arabic and _lower_case_start(f):
            v.label, v.kind = "boilerplate", "label"  # "and on channel 12" under the headline: a cut widget
        elif title_at is None and v.label == "body" and f.short and _in_short_run(feats, verdicts, i):
            v.label, v.kind = "boilerplate", "menu"


_PUNCTUATION_RE = re.compile(r"[.,:;!?،؛؟\"«»“”'()\-–—|]")


def _tag_line(feats: list[LineFeatures], verdicts: list[LineVerdict], i: int) -> bool:
    """Under the headline and right over the dateline or byline: five words or more with no function word,
    no verb and no punctuation at all, the page's topic tags on one line. A standfirst says something,
    with the little words a sentence needs."""
    f = feats[i]
    nxt = verdicts[i + 1] if i + 1 < len(verdicts) else None
    if nxt is None or nxt.label != "metadata" or nxt.kind not in ("dateline", "byline", "date"):
        return False
    return f.words >= 5 and not (f.function_share or f.verb or f.opener or f.date_like) and not _PUNCTUATION_RE.search(f.text)


def _lower_case_start(f: LineFeatures) -> bool:
    """The line opens in lower case ("and on …"), not with a name like "iPhone"."""
    return f.text[:1].islower() and not f.text[1:2].isupper()


_BULLET_RE = re.compile(r"^\s*[-–—•*·▪►»]\s+")


def _unbullet(text: str) -> str:
    return _BULLET_RE.sub("", text, count=1)


def _bullet_run(feats: list[LineFeatures], verdicts: list[LineVerdict], i: int) -> bool:
    """Two or more bulleted headline-shaped lines in a row: a related list drawn as bullets."""

    def item(k: int) -> bool:
        return (
            0 <= k < len(feats)
            and verdicts[k].label in ("body", "related")
            and bool(_BULLET_RE.match(feats[k].text))
            and feats[k].headline_shaped
        )

    return item(i) and (item(i - 1) or item(i + 1))


def _in_short_run(feats: list[LineFeatures], verdicts: list[LineVerdict], i: int) -> bool:
    lo = i
    while lo > 0 and feats[lo - 1].short and verdicts[lo - 1].label in ("body", "boilerplate"):
        lo -= 1
    hi = i
    while hi + 1 < len(feats) and feats[hi + 1].short and verdicts[hi + 1].label in ("body", "boilerplate"):
        hi += 1
    return hi - lo + 1 >= 3


def _related_blocks(feats: list[LineFeatures], verdicts: list[LineVerdict], first: int, last: int) -> None:
    """Runs of headline-shaped lines after a related header, between sections or after the body."""
    n = len(feats)
    i = max(first, 0)
    while i < n:
        if verdicts[i].label == "body" and not feats[i].prose or verdicts[i].kind in ("related-header", "furniture", "counter"):
            j = i
            while j < n and not (verdicts[j].label == "body" and feats[j].prose) and verdicts[j].label != "title":
                j += 1
            _decide_block(feats, verdicts, i, j, after_body=i > last)
            i = max(j, i + 1)
        else:
            i += 1


_INTRODUCES_LIST_RE = re.compile(r"[:：]\s*$")


def _decide_block(feats: list[LineFeatures], verdicts: list[LineVerdict], lo: int, hi: int, *, after_body: bool) -> None:
    block = range(lo, hi)
    header = any(verdicts[k].kind == "related-header" for k in block)
    heads = [
        k
        for k in block
        if verdicts[k].label == "body"
        and (feats[k].headline_shaped or header and _short_headline(feats[k]) and not _prose_next(feats, verdicts, k))
        and (not _reads_on(feats[k]) or after_body and header and _listed_to_the_end(feats, verdicts, k, hi))
        and not _EMBED_RE.search(feats[k].text)  # a quoted post ("… #Town pic.twitter.com/…"), not a headline
        and not _sentence_piece(feats, k)
        and not prompt(feats[k])
        and not _CREDIT_RE.match(feats[k].key)
    ]
    if after_body:  # a form's or a tip line's prompt under the article is the site's, never the story's
        for k in block:
            if verdicts[k].label == "body" and not feats[k].prose and prompt(feats[k]):
                verdicts[k].label, verdicts[k].kind = "boilerplate", "prompt"
    heads = _under_the_header(feats, verdicts, heads)
    heads = _list_heads(feats, verdicts, heads)
    labelled = len(heads) >= 3 and _label_over_list(feats, verdicts, heads, lo)
    if labelled:  # the list's own label ("Most Shared Photo Galleries") is the listing's evidence
        verdicts[heads[0]].label, verdicts[heads[0]].kind = "boilerplate", "related-header"
        heads = heads[1:]
    if not heads:
        return
    # chrome before or between the headlines (a comment widget that closed the article, a share button or a
    # counter between items); chrome under the run proves nothing: the site's footer follows the article's
    # own last lines (a factbox, captions) just as well
    listy = any(verdicts[k].label == "boilerplate" for k in range(lo, heads[-1]))
    if not header and any(
        verdicts[k].label == "body" and _INTRODUCES_LIST_RE.search(feats[k].text) for k in range(max(lo - 1, 0), heads[0])
    ):
        return  # "وتضمنت القرارات:" / "The measures include:": the lines below are the article's own list
    if not header and any(_introduces_list(feats[k]) for k in heads[:-1]):
        return  # "The chair set out the plan:" is itself headline-sized: the items under it are still the article's
    if not header and not after_body and _article_header_run(feats, verdicts, lo, hi):
        return
    lone_title_case = (
        len(heads) == 1
        and not after_body
        and feats[heads[0]].title_case
        and feats[heads[0]].words >= 8
        and bool(_LINK_LABEL_RE.match(feats[heads[0]].text))
    )  # an English headline dropped between two paragraphs: a teaser only under a link's label ("Read: …");
    # alone between paragraphs, Title Case is just as much the article's own sub-head
    lone_labelled = (
        len(heads) == 1 and not after_body and hi - lo == 1 and bool(_LABELLED_BULLET_RE.match(feats[heads[0]].text))
    )  # "- Earlier story: …" alone between two paragraphs: a teaser whose label stands for the marker
    lone_clip = len(heads) == 1 and _clip_teaser(feats[heads[0]])  # "Board orders … 01:42": a video card
    if not header and _introduced(feats, verdicts, lo):
        return  # "وتتضمن الخطة بنوداً أبرزها" / "… include": the article announces its own list, colon or not
    # Headline-shaped lines alone do not make a list: captions under the article, quotations set apart,
    # an article's own points between its paragraphs look the same. A run of them needs the list's
    # furniture (chrome between items, its own label, a date or time, an excerpt cut short, bullets,
    # English title case, another script than the article's). Below the body, three bare lines are no
    # more a list than two: a factbox, captions or key points under the article look the same.
    support = (
        listy
        or labelled
        or _list_furniture(feats, lo, hi, heads, after_body=after_body)
        or _other_script(feats, verdicts, heads)
        or _other_stories(feats, verdicts, heads, lo, hi)
    )
    if (
        header
        or lone_clip
        or (after_body and len(heads) >= 2 and support)
        or (len(heads) >= 2 and support)
        or lone_title_case
        or lone_labelled
    ):
        for k in heads:
            if header and not any(verdicts[m].kind == "related-header" for m in range(lo, k)):
                if after_body and feats[k].chrome:  # "Print this page" under the last paragraph: no sub-head
                    verdicts[k].label, verdicts[k].kind = "boilerplate", "footer"
                continue  # headline-shaped lines above the header belong to the article (sub-heads)
            if _photo_pair(feats, verdicts, k):
                continue  # a photo's alt text and caption over the story below: the story's, not a teaser
            if any(feats[m].key == feats[k].key and verdicts[m].label in ("body", "title") for m in range(lo)):
                verdicts[k].label, verdicts[k].kind = "boilerplate", "headline-repeat"
                continue  # the page's own headline printed again under its lead: no other story
            verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "related", "list", feats[k].text



_FOREIGN_SHARE = 0.2  # at most this share of a headline's content words in the article: another story's
_FOREIGN_HEADS = 3  # two unrelated lines can be a caption and a quotation; three make a listing
_BODY_KEYS = 20  # the article must say enough for its vocabulary to be evidence


def _article_words(feats: list[LineFeatures], verdicts: list[LineVerdict], lo: int, hi: int) -> set[str]:
    """The content words of the article's paragraphs outside lines ``lo``…``hi``."""
    body: set[str] = set()
    for k, (f, v) in enumerate(zip(feats, verdicts, strict=True)):
        if (k < lo or k >= hi) and f.prose and v.label == "body":
            body |= _content_words(f.text)
    return body


@lru_cache(maxsize=8192)  # each listing test reads the same lines again (the tail once per start)
def _content_words(text: str) -> frozenset[str]:
    """The line's content words, stemmed as the linker stems them (same story, same words)."""
    from claims.linking.text import content_keys  # claims.linking imports this package: bound at first use

    return frozenset(content_keys(text))


def _foreign_heads(feats: list[LineFeatures], heads: list[int], body: set[str], *, distinct: bool = True) -> list[int]:
    """The headlines about something the article never mentions and (``distinct``) about something else than
    those above them."""
    seen: set[str] = set()
    foreign = []
    for k in heads:
        keys = _content_words(feats[k].text)
        limit = _FOREIGN_SHARE * len(keys)
        if keys and len(keys & body) <= limit and (not distinct or len(keys & seen) <= limit):
            foreign.append(k)
        seen |= keys
    return foreign


def _numbered_or_bulleted(f: LineFeatures) -> bool:
    return bool(_NUMBERED_RE.match(f.text) or _BULLET_RE.match(f.text))


def _listing(feats: list[LineFeatures], heads: list[int], body: set[str]) -> list[int]:
    """The headlines off the article's subject when they make a listing (else none): three or more and three
    quarters of the run, each about something else than those before it. (A site's daily series over the
    article, "prices of fish today", "prices of gold today", repeat their words and are not taken: letting
    them in found one such page of 28 fresh ones and flagged a line on a never-read page.)"""
    off = _foreign_heads(feats, heads, body)
    return off if len(off) >= _FOREIGN_HEADS and len(off) * 4 >= len(heads) * 3 else []


def _other_stories(feats: list[LineFeatures], verdicts: list[LineVerdict], heads: list[int], lo: int, hi: int) -> bool:
    """Three headlines or more, nearly all about something the article never mentions and about different things
    from each other: a "latest news" listing with no marker and no furniture (``"Earthquake strikes Tonga"``,
    ``"Gold prices rise"`` over a story about rain). An article's own sub-heads, points and captions
    share its vocabulary; a listing of the site's other stories does not."""
    if len(heads) < _FOREIGN_HEADS or sum(_numbered_or_bulleted(feats[k]) for k in heads) * 2 > len(heads):
        return False  # numbered points are the article's own as often as a "most read" top five
    body = _article_words(feats, verdicts, lo, hi)
    return len(body) >= _BODY_KEYS and bool(_listing(feats, heads, body))


# a paragraph going on from the one above (matched on the folded key): Arabic "و" or "ف" glued to a word of
# three letters or more (وقال، فأكد; not فرض، وصل, verbs of three letters that open a headline), a turn word,
# an English connective or pronoun
CONTINUES_RE = re.compile(
    r"^(?:[وف][\u0621-\u064a]{3,}|(?:وقد|فقد|بدوره|بدورها|كما|ايضا)\b"
    r"|(?:and|but|also|he|she|they|it|his|her|their|meanwhile|however)\b)"
)


def _other_stories_below(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The page's last paragraphs, three or more, each about something the article above never mentions and
    most about different things from each other, all but one cut to a card's length ("…", or no stop): excerpts of
    the site's other stories, long enough to read as paragraphs. An article's closing paragraphs go on with
    its words or from each other (``وأضاف``, ``He added``) and end on stops; its own list under it is
    numbered, bulleted or short lines."""
    tail: list[int] = []  # the paragraphs under the last one that goes on; chrome and teasers found between
    for k in range(len(feats) - 1, -1, -1):
        if verdicts[k].label in ("boilerplate", "related"):
            continue
        f = feats[k]
        if verdicts[k].label != "body" or not (f.prose or f.headline_shaped) or _numbered_or_bulleted(f):
            break
        tail.append(k)
    tail.reverse()
    for start in range(len(tail) - _FOREIGN_HEADS + 1):
        run = tail[start:]
        if sum(feats[m].prose and verdicts[m].label == "body" for m in range(run[0])) < 2:
            continue
        if sum(feats[k].prose for k in run) < _FOREIGN_HEADS:
            continue  # excerpts are paragraph-long; a run of short lines under an article is its own list
        if any(CONTINUES_RE.match(feats[k].key) for k in run):
            continue
        cut = [feats[k].ellipsis or not feats[k].sentence_end for k in run]
        if not cut[0] or cut.count(False) > 1:
            continue  # one card may hold a whole short sentence; the article's last paragraphs end on stops
        body = _article_words(feats, verdicts, run[0], len(feats))
        if len(body) < _BODY_KEYS or len(_foreign_heads(feats, run, body, distinct=False)) < len(run):
            continue  # every paragraph off the article's subject
        if _listing(feats, run, body):  # and enough of them about things the others are not
            for k in run:
                verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "related", "excerpt", feats[k].text
            return


_OWN_HEADLINE_SHARE = 0.5  # a headline in a listing over the article that is mostly the article's words


def _listing_over_the_body(
    feats: list[LineFeatures], verdicts: list[LineVerdict], first: int, title_at: int | None
) -> int | None:
    """A "latest news" listing printed over the article, its first headline taken for the page's title: the
    headline-shaped lines above the first paragraph, nearly all other stories, become related; the title is the
    listed headline made of the article's own words (the listing often holds this article too), else none.
    Returns where the title now is."""
    heads = [
        k
        for k in range(min(first, len(feats)))
        if verdicts[k].label == "title"
        or verdicts[k].label == "body" and feats[k].headline_shaped and not _site_voice(feats[k])
    ]
    if len(heads) < _FOREIGN_HEADS:
        return title_at
    body = _article_words(feats, verdicts, first, first)
    if len(body) < _BODY_KEYS:
        return title_at
    foreign = _listing(feats, heads, body)
    if not foreign:
        return title_at
    for k in foreign:
        verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "related", "list", feats[k].text
    if title_at is None or title_at not in foreign:
        return title_at
    own = [k for k in heads if k not in foreign and _shared_share(feats[k].text, body) >= _OWN_HEADLINE_SHARE]
    if not own:
        return None
    verdicts[own[0]].label, verdicts[own[0]].kind = "title", "headline"
    return own[0]


def _site_voice(f: LineFeatures) -> bool:
    """The site speaking to its reader (a prompt) or a byline: no listed headline."""
    return prompt(f) or metadata_kind(f) is not None


def _shared_share(text: str, body: set[str]) -> float:
    keys = _content_words(text)
    return len(keys & body) / len(keys) if keys else 0.0


_SITE_PRONOUN_RE = re.compile(r"\b(?:you|your|yours|we|us|our)\b")
_PROMPT_WORDS = 12  # a prompt is a short line; a longer one talking to the reader is the article's quotation
# "Originally posted on …", "First published in …": where the copy came from, not another story
_CREDIT_RE = re.compile(r"^(?:originally |first )?(?:posted|published|appeared)(?: first)? (?:on|in|at|by)\b")


def prompt(f: LineFeatures) -> bool:
    """The site asking its reader for something ("Please enter your name here", "Got a story? Send it to us",
    "Enjoyed this?", "Email address:"): a short line opening on an imperative or "please" that talks to the
    reader or asks for a form's field, a question the site puts to its reader, or a field's label ending
    on a colon. No listed headline talks to the reader so."""
    if f.words == 0 or f.words > _PROMPT_WORDS or f.quote or f.arabic:
        return False
    words = f.key.replace("?", " ").replace(":", " ").split()
    opens, asks = prompt_words()
    to_reader = bool(_SITE_PRONOUN_RE.search(f.key))
    form = any(w.strip(".,!") in asks for w in words)
    if f.text.rstrip().endswith((":", "：")) and (form or to_reader or f.words <= 3):
        return True
    if words[0] in opens and (to_reader or form or words[0] == "please"):
        return True
    if "?" not in f.text or words[0] not in opens:
        return False
    return f.words <= 4 or f.words <= 8 and (to_reader or form)  # "Enjoyed this?", "Got a tip? Tell us"


def _listed_to_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int, hi: int) -> bool:
    """Under a related header below the body, the run of unstopped lines goes on to the page's end: a card
    whose line opens with its verb ("Called on …", a summary, not a headline) is still the list's. Prose
    or a stop anywhere under the header would say the article went on."""
    if hi != len(feats):
        return False
    header = max((m for m in range(k) if verdicts[m].kind == "related-header"), default=None)
    if header is None:
        return False
    return all(
        verdicts[m].label != "body" or not (feats[m].prose or feats[m].sentence_end)
        for m in range(header + 1, hi)
    )


# a link's label before an English headline: "Read: …", "Also Read: …", "Watch: …"
_LINK_LABEL_RE = re.compile(r"^\s*(?:also\s+)?(?:read|watch|see|listen)\s*[:：]\s+\S", re.IGNORECASE)
_CYRILLIC_GREEK_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


def _script(f: LineFeatures) -> str:
    if f.arabic:
        return "arabic"
    return "other" if _CYRILLIC_GREEK_RE.search(f.text) else "latin"


def _other_script(feats: list[LineFeatures], verdicts: list[LineVerdict], heads: list[int]) -> bool:
    """Most headlines of the run in a script the article's paragraphs are not written in (Cyrillic
    headlines under an English article): the site's listing in its other language, never the article's."""
    if len(heads) < 2:
        return False
    body = Counter(_script(f) for f, v in zip(feats, verdicts, strict=True) if f.prose and v.label == "body")
    if not body:
        return False
    main = min(body, key=lambda s: (-body[s], s))  # the commonest, ties broken by name: same on every run
    return sum(_script(feats[k]) != main for k in heads) * 2 > len(heads)


def _article_header_run(feats: list[LineFeatures], verdicts: list[LineVerdict], lo: int, hi: int) -> bool:
    """A run above all but one of the article's paragraphs that holds a line printed twice in a row (a photo's
    alt text and caption) is the article's own header (section, headline, photo) under whatever sentence
    stood on top of the page: a related list stands below paragraphs, and its headlines are all different."""
    if sum(feats[m].prose and verdicts[m].label == "body" for m in range(lo)) > 1:
        return False
    prose_below = sum(feats[m].prose and verdicts[m].label == "body" for m in range(hi, len(feats)))
    twice = any(feats[m].key == feats[m + 1].key and feats[m].words >= 2 for m in range(lo, hi - 1))
    return twice and prose_below >= 2


# the last word of a line announcing the list under it (folded)
_INTRO_WORDS = frozenset(
    "include includes including following these are were ابرزها اهمها التاليه التالي كالتالي يلي منها وهي هي تشمل وتشمل".split()
)


def _introduced(feats: list[LineFeatures], verdicts: list[LineVerdict], lo: int) -> bool:
    """The article's line right above the run announces a list of its own (it ends on "include",
    "the following", "أبرزها", "منها"): the lines under it are its points, not other stories."""
    if lo == 0 or verdicts[lo - 1].label != "body":
        return False
    words = feats[lo - 1].key.rstrip(" :：.").split()
    return bool(words) and words[-1] in _INTRO_WORDS


def _list_furniture(feats: list[LineFeatures], lo: int, hi: int, heads: list[int], *, after_body: bool) -> bool:
    """What a listing prints around its headlines: a date or time, an excerpt cut short, bullets on two
    items or more below the body, English headlines in title case on most items. Between paragraphs,
    bullets are the article's own points as often as not ("• Two more boats …"): no evidence there."""
    block = range(lo, hi)
    if any(feats[k].date_like or feats[k].ellipsis for k in block):
        return True
    if after_body and sum(bool(_BULLET_RE.match(feats[k].text)) for k in heads) >= 2:
        return True
    latin = [k for k in heads if not feats[k].arabic]
    return len(latin) >= 2 and sum(feats[k].title_case for k in latin) * 2 > len(latin)


_HANGING_COMMA_RE = re.compile(r"[,،]\s*$")


def _hangs(feats: list[LineFeatures], k: int) -> bool:
    """The line stops where a sentence cannot: on a comma, or on a function word ("the names of") when the
    next line goes on in lower case or hangs too. No headline ends so; a list of names set out line by
    line inside one sentence does."""
    f = feats[k]
    if f.ellipsis or f.sentence_end or f.question:
        return False
    if _HANGING_COMMA_RE.search(f.text):
        return True
    words = f.key.split()
    if not words or words[-1] not in lexicon().function_words or k + 1 >= len(feats):
        return False
    nxt = feats[k + 1]
    return nxt.text[:1].islower() or bool(_HANGING_COMMA_RE.search(nxt.text))


def _sentence_piece(feats: list[LineFeatures], k: int) -> bool:
    """A line that hangs, or that goes on from one that hangs: a piece of one sentence broken into
    paragraphs, the article's, never a listed headline."""
    return _hangs(feats, k) or k > 0 and _hangs(feats, k - 1)


# a clip's length closing the line: "… 01:42", "… 1:02:05"
_CLIP_LENGTH_RE = re.compile(r"\s(?:\d{1,2}:)?\d{1,2}:\d{2}$")


def _clip_teaser(f: LineFeatures) -> bool:
    """A headline ending in a clip's length ("Board orders ferry checks 01:42"): a video card set among the
    paragraphs. Four words or more before the length, none of them a date, and no preposition right before it
    ("… meets again at 10:30"): a time of day belongs to a date line or a sub-head."""
    m = _CLIP_LENGTH_RE.search(f.text)
    if not m or f.date_like or f.sentence_end:
        return False
    words = [normalize_for_matching(w).strip(",.،") for w in f.text[: m.start()].split()]
    if len(words) < 4 or words[-1] in lexicon().function_words:
        return False
    return not any(w in CALENDAR_WORDS for w in words)


def _under_the_header(feats: list[LineFeatures], verdicts: list[LineVerdict], heads: list[int]) -> list[int]:
    """A line of two or three words is a headline only inside the header's list: right under the header or
    under another headline. Past an empty-list notice or the site's logo, it is the site's name or a label."""
    kept: list[int] = []
    for k in heads:
        if feats[k].headline_shaped or k > 0 and (verdicts[k - 1].kind == "related-header" or k - 1 in kept):
            kept.append(k)
    return kept


def _introduces_list(f: LineFeatures) -> bool:
    """A clause closed by a colon ("The chair set out the plan:"): a verb or function words, not a bare label."""
    return bool(_INTRODUCES_LIST_RE.search(f.text)) and f.words >= 4 and (f.verb or f.function_share > 0)


def _photo_pair(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> bool:
    """The same line twice in a row right above prose: an image's alt text and its caption, opening the
    story below (a list prints its headlines twice too, but a list runs on into more headlines)."""

    def prose_at(m: int) -> bool:
        return 0 <= m < len(feats) and feats[m].prose and verdicts[m].label == "body"

    n = len(feats)
    return (k + 1 < n and feats[k + 1].key == feats[k].key and prose_at(k + 2)) or (
        k > 0 and feats[k - 1].key == feats[k].key and prose_at(k + 1)
    )


_EMBED_RE = re.compile(r"(?:^|\s)#\w|\b[\w-]+\.(?:com|org|net)/\S+")
# a bullet, a label of one to three words and a colon, then the headline
_LABELLED_BULLET_RE = re.compile(r"^\s*[-–—•*·▪►»]\s+[^\W\d][^:：.!?؟]{0,30}[:：]\s+\S+(?:\s+\S+){3,}")


def _label_over_list(feats: list[LineFeatures], verdicts: list[LineVerdict], heads: list[int], lo: int) -> bool:
    """The first of a run of headlines is the list's own label ("Most Shared Photo Galleries"): four words at
    most, no function word, no verb, every word capitalised, and it either extends the label right above it
    ("Most Shared") or carries site vocabulary. Under a header already found, a short headline is a headline."""
    k = heads[0]
    f = feats[k]
    if f.words > 4 or f.verb or f.sentence_end or f.question:
        return False
    if any(verdicts[m].kind == "related-header" for m in range(lo, k)):
        return False
    if f.function_share or not f.arabic and not all(w[:1].isupper() for w in f.text.split() if w[:1].isalpha()):
        # "Stories from our partners": site vocabulary on a short line over full-size headlines
        return f.chrome >= 1 and all(feats[m].words >= f.words + 4 for m in heads[1:])
    above = feats[k - 1] if k - 1 >= lo else None
    extends = above is not None and above.short and not above.prose and f.key.startswith(above.key + " ")
    return extends or f.chrome >= 1


_DOSSIER_LABEL_RE = re.compile(r"^(?:من ملف|ملف|dossier|from the file|in depth)\s*[:：]")


def _list_heads(feats: list[LineFeatures], verdicts: list[LineVerdict], heads: list[int]) -> list[int]:
    """The headlines of a list, without the labels around it: a list ends at a label that is nothing but
    site vocabulary (``الكلمات الدالة``, ``Tags``: the tags under it are chrome, never teasers); among
    full-size headlines a line of two or three words is a tag or a name, not a headline; and a dossier
    label (``من ملف : …``) names the series the headlines belong to."""
    if not heads:
        return heads
    header = next((k for k in range(heads[0], heads[-1]) if verdicts[k].kind == "related-header"), None)
    listed = [k for k in heads if header is None or k > header]
    if not listed:
        return heads
    stop = next(
        (
            k
            for k in range(listed[0] + 1, listed[-1])
            if feats[k].whole_chrome and not feats[k].date_like and verdicts[k].kind != "related-header"
        ),
        None,
    )
    for k in heads:
        if _DOSSIER_LABEL_RE.match(feats[k].key):
            verdicts[k].label, verdicts[k].kind = "boilerplate", "related-header"
    kept = [k for k in heads if (stop is None or k < stop) and verdicts[k].label == "body"]
    if any(feats[k].words >= 4 for k in kept):
        kept = [k for k in kept if feats[k].words >= 4 or _PUNCTUATED_RE.search(feats[k].text)]
    return kept


_PUNCTUATED_RE = re.compile(r"[:：?؟!]")

_RELATIVE_TIME_RE = re.compile(r"\bago\b|\bمنذ\b|^اليوم\b|^امس\b|^today\b|^yesterday\b|^\d{1,2}[:.]\d{2}(?:\s*[apم ص]\.?m?\.?)?$")


def _relative_time(f: LineFeatures) -> bool:
    """A listing's timestamp ("2 hours ago", "اليوم, 23:00"), never an article's dateline."""
    return f.date_like and bool(_RELATIVE_TIME_RE.search(f.key))


def _twice_printed(feats: list[LineFeatures], verdicts: list[LineVerdict], first: int, last: int) -> None:
    """Below the body, a headline printed twice within a card (image text and link) is a teaser."""
    if first > last:
        return
    for k in range(last + 1, len(feats)):
        f, v = feats[k], verdicts[k]
        if v.label not in ("body", "boilerplate") or v.kind not in ("", "run", "footer"):
            continue
        if not 2 <= f.words <= 20 or f.chrome or f.date_like or f.sentence_end or f.text.isupper():
            continue  # an upper-case line is a section label, repeated on every card
        for j in range(k + 2, min(k + 4, len(feats))):  # headline, its date, the headline again
            dated = any(feats[m].date_like for m in range(k + 1, j))
            if feats[j].key == f.key and verdicts[j].label in ("body", "boilerplate") and dated:
                v.label, v.kind, v.teaser = "related", "card", f.text
                verdicts[j].label, verdicts[j].kind = "boilerplate", "card-repeat"
                break


# "بغداد اليوم- متابعة كشف …", "LONDON (Reuters) - …": a place or outlet and a dash open another story
_OPENS_WITH_DATELINE_RE = re.compile(r"^[^\W\d][^\d.!?؟:،,+]{1,40}?(?:\s*\([^)]{2,30}\))?\s*[-–—ـ]\s")


def _teaser_cards(feats: list[LineFeatures], verdicts: list[LineVerdict], last: int) -> None:
    """Around a listed headline: its card's date and excerpt are chrome; relative timestamps below the body too.

    An excerpt is prose, so it is dropped only on strong evidence that it belongs to the card: it is
    cut short ("…"), a listing timestamp follows it, or, right under a headline of a related list, it
    opens with a dateline of its own (another story's). Anything else stays in the article.
    """
    n = len(feats)
    for k in range(n):
        f, v = feats[k], verdicts[k]
        if v.label == "metadata" and v.kind == "date" and (
            _relative_time(f) and k > last
            or any(verdicts[j].label == "related" and verdicts[j].kind not in ("marked", "after-close") for j in (k - 1, k + 1) if 0 <= j < n)
        ):
            v.label, v.kind = "boilerplate", "card-date"
    for k in range(n - 1):
        if verdicts[k].label != "related" or verdicts[k].kind == "marked":
            continue
        j = k + 1
        while j < n and verdicts[j].label == "boilerplate" and verdicts[j].kind in ("card-date", "card-repeat"):
            j += 1
        if j < n and verdicts[j].label == "body" and feats[j].prose:
            after = feats[j + 1] if j + 1 < n else None
            opens_elsewhere = verdicts[k].kind == "list" and _OPENS_WITH_DATELINE_RE.match(feats[j].text)
            if feats[j].ellipsis or (after is not None and _relative_time(after)) or opens_elsewhere:
                verdicts[j].label, verdicts[j].kind = "boilerplate", "card-excerpt"
                if after is not None and verdicts[j + 1].label == "metadata":
                    verdicts[j + 1].label, verdicts[j + 1].kind = "boilerplate", "card-date"


_CARD_RUN = 2  # items of one layout in a row; one headline over its date is the article's own header
_CARD_DATE_WORDS = 6


def _card_date(f: LineFeatures, v: LineVerdict) -> bool:
    """A card's timestamp or date ("2 days ago", "March 4, 2024"): a short date line, the listing's."""
    return f.date_like and f.words <= _CARD_DATE_WORDS and v.label in ("metadata", "boilerplate", "body")


def _card_excerpt_line(f: LineFeatures, v: LineVerdict) -> bool:
    """A card's excerpt: the opening of another story cut short ("… which visitors can now…"), not a paragraph
    of the article trailing off (a connective or pronoun opening goes on from the line above)."""
    return v.label == "body" and f.ellipsis and f.words >= 4 and not _continues(f) and not f.opener


def _card_item(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> tuple[int, bool, bool] | None:
    """A card starting at line ``k``: a headline, then its cut excerpt and/or its date line. (end, excerpt, date)."""
    f, n = feats[k], len(feats)
    if verdicts[k].label != "body" or not f.headline_shaped or f.ellipsis or f.question or _reads_on(f) or prompt(f):
        return None
    m = k + 1
    excerpt = m < n and _card_excerpt_line(feats[m], verdicts[m])
    m += excerpt
    dated = m < n and _card_date(feats[m], verdicts[m])
    m += dated
    return (m, excerpt, dated) if excerpt or dated else None


def _card_runs(feats: list[LineFeatures], verdicts: list[LineVerdict], title_at: int | None) -> None:
    """Cards of other stories, item after item in one layout: a headline, its excerpt cut short and/or its
    date ("2 days ago"). Below the body, with no paragraph of the article after them; or between the
    page's headline and the body's first paragraph, every card dated (the article's own header has one
    headline, one standfirst, one date). An article prints no run of headline-sized lines each over a
    date or a cut sentence."""
    n = len(feats)
    k = 0
    while k < n:
        items: list[tuple[int, int, bool, bool]] = []
        m = k
        while m < n:
            item = _card_item(feats, verdicts, m)
            if item is None or items and (item[1], item[2]) != (items[0][2], items[0][3]):
                break
            items.append((m, *item))
            m = item[0]
        if len(items) < _CARD_RUN:
            k += 1
            continue
        end = items[-1][1]
        prose_after = [j for j in range(end, n) if _whole_paragraph(feats[j], verdicts[j])]
        prose_before = any(_whole_paragraph(feats[j], verdicts[j]) for j in range(k))
        below = prose_before and not prose_after
        on_top = not prose_before and title_at is not None and title_at < k and len(prose_after) >= 2 and all(d for *_, d in items)
        if below or on_top:
            for head, stop, excerpt, dated in items:
                verdicts[head].label, verdicts[head].kind, verdicts[head].teaser = "related", "card", feats[head].text
                if excerpt:
                    j = head + 1
                    verdicts[j].label, verdicts[j].kind, verdicts[j].teaser = "related", "excerpt", feats[j].text
                if dated:
                    verdicts[stop - 1].label, verdicts[stop - 1].kind = "boilerplate", "card-date"
        k = end


def _truncated_copies(feats: list[LineFeatures], verdicts: list[LineVerdict], last: int) -> None:
    """Below the body, a line that only repeats the start of another line (a cut preview) is chrome, also
    behind a label the page prints as chrome elsewhere (the outlet's name over its own lead's preview)."""
    kept = [f.key for f, v in zip(feats, verdicts, strict=True) if v.label in ("body", "title", "metadata")]
    labels = {
        f.key for f, v in zip(feats, verdicts, strict=True) if v.label == "boilerplate" and 1 <= f.words <= 4
    }
    for k in range(max(last + 1, 0), len(feats)):
        f, v = feats[k], verdicts[k]
        if v.label != "body" or f.words < 4:
            continue
        stem = f.key.rstrip(".… ")
        behind = [stem[len(lab) + 1 :] for lab in labels if stem.startswith(lab + " ")]
        stems = [stem, *(s for s in behind if len(s.split()) >= 4)]
        if any(other != f.key and other.startswith(s) for s in stems for other in kept):
            v.label, v.kind = "boilerplate", "truncated-copy"


def _prose_next(feats: list[LineFeatures], verdicts: list[LineVerdict], k: int) -> bool:
    """The next line is article prose: a short line right above it is a sub-head, not a list item."""
    return k + 1 < len(feats) and feats[k + 1].prose and verdicts[k + 1].label == "body"


def _short_headline(f: LineFeatures) -> bool:
    """Under a related header, two or three words can be a headline ("Talks stall") if nothing says chrome."""
    return 2 <= f.words <= 3 and f.chrome == 0 and not (f.date_like or f.nav or f.url_only or f.sentence_end)


def _reads_on(f: LineFeatures) -> bool:
    """An unpunctuated line that still reads as article text: a continuation opener, or (Arabic, where
    paragraphs often lack a full stop) a verb among function words, or a past-tense verb among the
    first words, a dateline and a name allowed before it (prose is VSO, headlines put the subject first and the verb in the present).
    English headlines say "says" too, so English relies on punctuation."""
    return (
        f.opener
        or (f.arabic and (f.verb and f.function_share >= 0.2 or f.early_past_verb))
        or _continues(f)
    )


# "and" glued to a present-tense verb or to a definite noun: "ويتوقع …", "والمشروع …" (past verbs such as
# "وأكد" are the lexicon's openers). A name or noun that merely starts with و ("وزير", "واشنطن", "والي") does not match.
_AND_OPENING_RE = re.compile(r"^و(?:[يتن][\u0621-\u064a]{3,}|ال[\u0621-\u064a]{3,})(?:\s|$)")


# Arabic phrases that hand over from the paragraph before ("for his part", "in this context", "besides"), folded
_HANDOVER_RE = re.compile(r"^(?:من (?:جهته|جهتها|جانبه|جانبها|ناحيته|ناحيتها)|في (?:السياق|سياق|المقابل|الاطار|اطار متصل)|الى ذلك|كذلك)(?:\s|$)")


def _continues(f: LineFeatures) -> bool:
    """The line opens as the paragraph before goes on: Arabic "and" glued to a verb or a definite noun, a
    hand-over phrase ("من جهته", "في السياق"), or English in lower case ("and the board …"). No listed
    headline opens so; a paragraph's next line does."""
    if f.arabic:
        return bool(_AND_OPENING_RE.match(f.key) or _HANDOVER_RE.match(f.key))
    return _lower_case_start(f)


def _cut_sentence(f: LineFeatures) -> bool:
    """A reporting verb opening a clause (``وأضاف أن …``) reads on even when the page cut it after two
    words: labels and tags have no verb and no function word."""
    return f.arabic and _reads_on(f) and f.function_share > 0 and not f.repeated and f.chrome == 0


_QUOTE_MARK_RE = re.compile(r"[«»“”\"]")


def cut_quotation(f: LineFeatures) -> bool:
    """A quotation the excerpt stopped a few words in (``"We will not``): it opens with a quote mark that
    never closes and speaks in function words; a label or tag quotes nothing."""
    marks = _QUOTE_MARK_RE.findall(f.text)
    return (
        len(marks) == 1
        and f.text.lstrip()[:1] in "\"“«"
        and f.words >= 2
        and f.function_share > 0
        and f.chrome == 0
        and not f.repeated
    )


def _quotation_cut_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict], i: int) -> bool:
    """The page's last line opens a quotation that never closes (``“Legal procedu``), right under a paragraph:
    the article's next paragraph cut where the page was, however few its words. No label or tag opens
    with a quotation mark."""
    f = feats[i]
    return (
        i == len(feats) - 1
        and i > 0
        and feats[i - 1].prose
        and verdicts[i - 1].label == "body"
        and len(_QUOTE_MARK_RE.findall(f.text)) == 1
        and f.text.lstrip()[:1] in "\"“«"
        and not (f.sentence_end or f.question or f.chrome or f.repeated)
    )


def _tags_between_chrome(feats: list[LineFeatures], verdicts: list[LineVerdict], i: int) -> bool:
    """Below the body, a run of topic words (no function word, no verb, no stop) between two chrome lines
    is the page's tag list printed on one line."""
    f = feats[i]
    if f.function_share or f.verb or f.sentence_end or f.question or not 0 < i < len(feats) - 1:
        return False
    return verdicts[i - 1].label == "boilerplate" and verdicts[i + 1].label == "boilerplate"


def _widget_label_between_chrome(feats: list[LineFeatures], verdicts: list[LineVerdict], i: int) -> bool:
    """Below the body, a few words between two chrome lines, with more page after them, are a widget's
    header ("مقالات قد تعجبك" between "التعليقات" and "اترك تعليقا"), even with a verb: a sentence the
    excerpt cut short is the page's last line, and a sentence opens with its verb or a continuation word."""
    f = feats[i]
    if not 0 < i < len(feats) - 1 or f.words > 8 or f.prose or f.sentence_end or f.quote:
        return False
    if f.opener or f.early_past_verb:
        return False
    return verdicts[i - 1].label == "boilerplate" and verdicts[i + 1].label == "boilerplate"


_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)?$")


def _titled(f: LineFeatures) -> bool:
    """A date or "CODE - words" line that names something besides the day: two words or more that are no
    calendar word, number or ordinal ("June 12th Evening Report", "FRY - Q1 Operational Update")."""
    words = [w for w in re.findall(r"\w+", f.key) if not _ORDINAL_RE.match(w) and w not in CALENDAR_WORDS and len(w) >= 3]
    return len(words) >= 2 and f.chrome == 0 and not _relative_time(f)


def _listing_item(f: LineFeatures, v: LineVerdict) -> bool:
    if v.label == "related" and v.kind == "list":
        return True
    if v.label == "body":
        return f.headline_shaped and not _reads_on(f)
    titled_kind = v.label == "metadata" and v.kind in ("date", "dateline") or v.label == "boilerplate" and v.kind == "card-date"
    return titled_kind and 3 <= f.words <= 16 and not f.sentence_end and _titled(f)


def _titles_in_a_listing(feats: list[LineFeatures], verdicts: list[LineVerdict], last: int) -> None:
    """Below the body, a run of three or more report titles where some carry a date or an issuer's code
    ("June 12th Evening Report", "FRY - Q1 Operational Update") read as the card's date or a dateline:
    the titles of a listing, every one a teaser. A run needs one listed headline or two titled lines:
    an article's closing date line stands alone."""
    if last < 0:
        return
    n = len(feats)
    k = last + 1
    while k < n:
        if not _listing_item(feats[k], verdicts[k]):
            k += 1
            continue
        j = k
        while j < n and _listing_item(feats[j], verdicts[j]):
            j += 1
        run = range(k, j)
        titled = [m for m in run if verdicts[m].label in ("metadata", "boilerplate")]
        listed = [m for m in run if verdicts[m].label == "related"]
        if j - k >= 3 and titled and (listed or len(titled) >= 2):
            for m in run:
                verdicts[m].label, verdicts[m].kind, verdicts[m].teaser = "related", "list", feats[m].text
        k = j


def _name_card_at_the_end(feats: list[LineFeatures], verdicts: list[LineVerdict], last: int) -> None:
    """The page ends, below the body, with a name of two to four words over a line cut mid-sentence that
    names the same person further in ("Hon. Name" over "The chair of …, Hon Name urged"), under the site's
    furniture: a card of the next story. An author's note opens with the name and closes with a stop."""
    n = len(feats)
    if n < 3 or last < 0 or n - 2 <= last:
        return
    h, e = n - 2, n - 1
    name, excerpt = feats[h], feats[e]
    if verdicts[h].label == "related" or verdicts[e].label == "related" or verdicts[h - 1].label != "boilerplate":
        return  # under the site's furniture, not a sub-head over the article's last (cut) paragraph
    if not 2 <= name.words <= 4 or name.verb or name.function_share or name.question or name.date_like:
        return
    if excerpt.words < 6 or excerpt.sentence_end or excerpt.question or excerpt.quote or excerpt.chrome > 1:
        return
    if _shared_words(name, excerpt) < 2 or excerpt.key.startswith(name.key.split()[-1]):
        return
    if excerpt.key.split()[0] == name.key.split()[0]:
        return
    for k in (h, e):
        verdicts[k].label, verdicts[k].kind, verdicts[k].teaser = "related", "card", feats[k].text


def _outlet_name(f: LineFeatures) -> bool:
    """The site's name or tagline ("X News Agency", "an independent news site"): a word saying what the
    outlet is and one saying it carries news, eight words at most, no verb, no colon or stop. A headline
    about an agency says what it did ("Agency warns …"), and the news word is then missing."""
    if f.words > 8 or f.verb or f.early_past_verb or f.opener or f.sentence_end or f.question or ":" in f.text:
        return False
    nouns, news = outlet_words()
    tokens = set(f.key.replace("“", " ").replace("”", " ").split())
    return bool(tokens & nouns) and bool(tokens & news)


def _outlet_names(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """A related line that is the outlet's own name is the site's furniture, not a teaser."""
    for f, v in zip(feats, verdicts, strict=True):
        if v.label == "related" and v.kind == "list" and _outlet_name(f):
            v.label, v.kind, v.teaser = "boilerplate", "masthead", ""


_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def _below_the_copyright(feats: list[LineFeatures], verdicts: list[LineVerdict]) -> None:
    """The site's copyright notice ("© 2031 Name Media", a year or "all rights reserved": a photo's "© AFP"
    has neither) below two paragraphs or more closes the page: what follows is the footer's promos and
    links, even the ones closed by "!" ("Win tickets … and MORE!"). Only when no paragraph with a verb
    follows: an article printed on after the notice keeps its lines."""
    prose = 0
    for c, (f, v) in enumerate(zip(feats, verdicts, strict=True)):  # noqa: B007 (c is read after the break)
        if v.label == "body" and f.prose:
            prose += 1
        if v.kind == "copyright" and prose >= 2 and (_YEAR_RE.search(f.text) or _RIGHTS_RE_FOLDED.search(f.key)):
            break
    else:
        return
    rest = range(c + 1, len(feats))
    if any(verdicts[k].label == "body" and feats[k].prose and feats[k].verb for k in rest):
        return
    for k in rest:
        v = verdicts[k]
        if v.label == "body" or v.label == "related" and v.kind == "list":
            v.label, v.kind, v.teaser = "boilerplate", "footer", ""


_RIGHTS_RE_FOLDED = re.compile(r"rights reserved|الحقوق محفوظه|حقوق النشر")


def _stopped_label(f: LineFeatures) -> bool:
    """A name or two with a stop after it ("فيسبوك ."): a link list's item, too short for a sentence."""
    return f.words <= 2 and f.function_share == 0 and not f.verb and not f.question and not f.quote


def _label_shaped(f: LineFeatures) -> bool:
    """A name or tag: four words at most, no function word, no verb, no sentence end."""
    return f.words <= 4 and f.function_share == 0 and not f.verb and not f.sentence_end


def _runs_and_footer(feats: list[LineFeatures], verdicts: list[LineVerdict], first: int, last: int) -> None:
    """Below the body every label is chrome; inside it, runs of three or more labels are (menus, tags)."""
    for i, (f, v) in enumerate(zip(feats, verdicts, strict=True)):
        if v.label != "body" or f.prose:
            continue
        if f.words == 1 and f.ellipsis:
            v.label, v.kind = "boilerplate", "placeholder"  # "Loading...": a widget waiting for its content
            continue
        if _cut_sentence(f) or cut_quotation(f) or _quotation_cut_at_the_end(feats, verdicts, i):
            continue  # "وأكد أن المنتخب" where the excerpt ends: a sentence cut short, never a label
        if i > last and first <= last and (
            f.short
            or f.repeated
            or f.question and f.words <= 15
            or _label_shaped(f)
            or _stopped_label(f)
            or _tags_between_chrome(feats, verdicts, i)
        ):
            v.label, v.kind = "boilerplate", "footer"
        elif f.short and (f.repeated or _in_short_run(feats, verdicts, i)) and i > first:
            v.label, v.kind = "boilerplate", "run"
        elif f.text.isdigit() and len(f.text) <= 7 and i > first:
            v.label, v.kind = "boilerplate", "label"  # a bare number between stories: a view or comment count
    for i in range(max(last + 1, 0), len(feats)):  # once the labels below the body are known
        if verdicts[i].label == "body" and first <= last and _widget_label_between_chrome(feats, verdicts, i):
            verdicts[i].label, verdicts[i].kind = "boilerplate", "footer"
