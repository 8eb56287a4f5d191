"""Scraped text → ``CleanDocument``: site chrome dropped, teasers set aside, headline kept apart.

Works line by line, because scrapers (and trafilatura) hand over one paragraph per line and
chrome is always whole lines. Letters of kept lines are never changed: spans point into the
result, and reviewers must see the article as published.
"""

from __future__ import annotations

import re

from claims.candidates import CleanDocument, Teaser
from claims.text.lang import detect_lang
from claims.text.normalize import normalize_for_matching
from claims.types import Lang

_SITE_ICON_RE = re.compile(r"^\s*site (?:icon|logo)\s+(.+?)\s*$", re.IGNORECASE)

# Whole-line chrome, matched against the normalised line (see normalize_for_matching).
CHROME_PATTERNS: tuple[str, ...] = (
    r"^site (icon|logo)\b",
    r"^exit mobile version$",
    r"^(skip to (main )?content|toggle navigation|menu|search|home|الرئيسيه|القائمه|بحث)$",
    r"^(advertisement|إعلان|اعلان|sponsored|محتوى ممول)$",
    r"^\d+\s*(تعليق|تعليقات|comments?|views?|مشاهده|مشاهدات|shares?)$",
    r"^(لا توجد تعليقات|اضف تعليق|اترك تعليقا|leave a (comment|reply)|no comments( yet)?|comments?)\.?$",
    r"^(share|print|tweet|email|شارك|مشاركه|شارك الخبر|طباعه|اطبع|ارسل|نسخ الرابط|copy link)\b.{0,40}$",
    r"(جميع الحقوق محفوظه|all rights reserved|copyright|©)",
    r"^(الوسوم|الكلمات المفتاحيه|كلمات مفتاحيه|tags|topics)\s*:",
    r"^(رئيس التحرير|مدير التحرير|رئيس مجلس الاداره|editor[- ]in[- ]chief|managing editor)\b.{0,80}$",
    r"(اشترك في النشره|subscribe to (our|the) newsletter|sign up for (our|the)|newsletter)",
    r"^https?://\S*\s*(لتصلك|تابع|follow|join)",
    r"^(follow us|تابعونا)\b",
    r"^skip (links|navigation)$|^(sign in|sign up|log in|register|subscribe)$",
    r"\b(uses? cookies|cookie (policy|settings)|we value your privacy|ملفات تعريف الارتباط)\b",
    r"^exclusive news, data and analytics for financial market professionals$",
    r"^(facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|email|فيسبوك|تويتر|واتساب|تلغرام|تيليغرام)"
    r"(\s*[|·•,،/-]?\s*(facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|email|فيسبوك|تويتر|واتساب|تلغرام|تيليغرام))+$",
)
_CHROME_RE = re.compile("|".join(f"(?:{p})" for p in CHROME_PATTERNS))

# A promo: a messaging app named together with an invitation to follow or join.
_PROMO_APP_RE = re.compile(
    r"(تلغرام|تيليغرام|تلجرام|تليجرام|تيليجرام|واتساب|واتس اب|telegram|whatsapp|يوتيوب|youtube)"
)
_PROMO_CALL_RE = re.compile(r"(تابع|تابعونا|قناتنا|اشترك|انضم|لتصلك|follow|join|subscribe|our channel)")

# Teaser markers: the marker is dropped, the headline after it is kept as a cross-reference.
_TEASER_RE = re.compile(
    r"^\s*(?:[إاأ]قر[أا][\u064b-\u0652]*|طالع|شاهد)\s+[أا]يض[\u064b-\u0652]*ا[\u064b-\u0652]*\s*[:：\-–]?\s*"
    r"|^\s*(?:read more|read also|also read|related|see also|more|watch)\s*[:：\-–]\s*",
    re.IGNORECASE,
)
# Headers of a related-articles block: the lines under them are teasers even without a marker.
_RELATED_HEADER_RE = re.compile(
    r"^(اخبار ذات صله|مواضيع ذات صله|مقالات ذات صله|اقرا المزيد|اقرا ايضا|المزيد من الاخبار|"
    r"related( articles| stories| news| content| coverage)?|more (stories|from .{1,30})|you may also like|"
    r"read more|most read|الاكثر قراءه)\s*:?$"
)
_URL_RE = re.compile(r"https?://\S+")
_TERMINAL_RE = re.compile(r"[.!?؟…\"”»:]\s*$")


def clean_text(
    raw: str, *, lang: Lang | None = None, title: str | None = None, outlet: str | None = None
) -> CleanDocument:
    """Split ``raw`` into article text, title, teasers and dropped chrome (guideline §2, §4.6)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    kept: list[str] = []
    teasers: list[Teaser] = []
    boilerplate: list[str] = []
    in_related = False
    title_key = normalize_for_matching(title) if title else None
    for line in raw.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        key = normalize_for_matching(stripped)
        icon = _SITE_ICON_RE.match(stripped)
        if icon and outlet is None:
            outlet = icon.group(1)
        if _is_chrome(key):
            boilerplate.append(stripped)
            continue
        marker = _TEASER_RE.match(stripped)
        if marker and stripped[marker.end() :].strip():
            teasers.append(_teaser(stripped[marker.end() :]))
            continue
        if _RELATED_HEADER_RE.match(key):
            boilerplate.append(stripped)
            in_related = True
            continue
        if in_related:
            if not _is_paragraph(stripped):
                teasers.append(_teaser(stripped))
                continue
            in_related = False
        if title_key is not None and key == title_key and not kept:
            continue  # the page repeats its headline as the first line
        kept.append(stripped)
    if title is None:
        title = _take_headline(kept)
    text = "\n\n".join(kept)
    return CleanDocument(
        text=text,
        title=title,
        lang=lang or detect_lang(text or (title or "")),
        outlet=outlet,
        teasers=tuple(teasers),
        boilerplate=tuple(boilerplate),
    )


def _is_chrome(key: str) -> bool:
    if _CHROME_RE.search(key):
        return True
    return len(key) < 160 and bool(_PROMO_APP_RE.search(key)) and bool(_PROMO_CALL_RE.search(key))


def _teaser(text: str) -> Teaser:
    url_match = _URL_RE.search(text)
    url = url_match.group().rstrip(").,]") if url_match else None
    if url_match:
        text = (text[: url_match.start()] + text[url_match.end() :]).strip(" ()[]-–|")
    return Teaser(text=text.strip(), url=url)


# Lines above the body that are not the headline: bylines, datelines, reading times.
_BYLINE_RE = re.compile(
    r"^(by|كتب|كتبت|بقلم|written by|reporting by|published|updated|issued on|آخر تحديث|نشر في|تاريخ النشر)\b"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\b\d+\s*(min|mins|minutes?|دقائق|دقيقة)\b",
    re.IGNORECASE,
)


_SENTENCE_END_RE = re.compile(r"[.…]\s*$")  # headlines may ask or exclaim; body sentences end in a stop
_SEPARATOR_RE = re.compile(r"\s[|>›»/•]\s|\|")  # navigation and breadcrumb lines


def _take_headline(kept: list[str]) -> str | None:
    """Remove and return the headline: a headline-like line above the first body paragraph.

    Scraped pages put a masthead, navigation, the outlet's name and section labels above the
    headline; those are short or carry separators, so the first line of five words or more that is
    neither a byline nor a dateline is the headline; failing that, the last such shorter line.
    """
    body_at = next((i for i, line in enumerate(kept) if _is_body(line)), len(kept))
    head = [(i, line) for i, line in enumerate(kept[:body_at]) if _may_be_headline(line)]
    for index, line in head:
        if len(line.split()) >= 5:
            return kept.pop(index)
    if head and len(head[-1][1].split()) >= 2:
        return kept.pop(head[-1][0])
    return None


def _is_body(line: str) -> bool:
    """A paragraph of the article: very long, or ending in a full stop (headlines may ask or exclaim)."""
    words = len(line.split())
    return words > 30 or (words >= 4 and bool(_SENTENCE_END_RE.search(line)))  # not a menu's "U.S."


def _may_be_headline(line: str) -> bool:
    return not _SEPARATOR_RE.search(line) and not _BYLINE_RE.search(line)



def _is_paragraph(line: str) -> bool:
    """Body text rather than a listed headline: long, or ending like a sentence."""
    return len(line.split()) > 25 or (len(line.split()) > 8 and bool(_TERMINAL_RE.search(line)))
