"""RSS/Atom feed bytes → article references, through feedparser.

feedparser's quirks are handled here once: dates come back as *naive UTC* ``struct_time`` (made
aware), a malformed feed sets ``bozo`` yet still yields entries (logged, never dropped), summaries
are raw HTML (stripped), and an entry without a link falls back to a URL-shaped guid.
"""

from __future__ import annotations

import calendar
import html
import logging
import re
import time
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

log = logging.getLogger(__name__)

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?،؛؟])")


@dataclass(frozen=True)
class ArticleRef:
    """One article to ingest, as a feed, URL list or file names it."""

    url: str
    title: str | None = None
    summary: str | None = None
    published: datetime | None = None
    guid: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    lang: str | None
    entries: tuple[ArticleRef, ...]
    bozo: str | None  # the parser's complaint about a malformed feed, if any
    skipped: int = 0  # entries with neither a link nor a URL-shaped guid


def strip_html(fragment: str | None) -> str | None:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace folded."""
    if not fragment:
        return None
    text = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return text or None


def to_datetime(value: time.struct_time | None) -> datetime | None:
    """feedparser's naive-UTC ``struct_time`` as an aware UTC datetime."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _entry_url(entry: Any, base: str | None) -> str | None:
    link = entry.get("link")
    if not link:
        guid = entry.get("id") or ""
        link = guid if guid.startswith(("http://", "https://")) else None
    if not link:
        return None
    return urljoin(base, link.strip()) if base else link.strip()


def _date_of(entry: Any) -> time.struct_time | None:
    with warnings.catch_warnings():  # feedparser warns about its updated→published fallback
        warnings.simplefilter("ignore", DeprecationWarning)
        return entry.get("published_parsed") or entry.get("updated_parsed")


def parse_feed(raw: bytes, *, url: str | None = None, content_type: str | None = None) -> ParsedFeed:
    """Entries of an RSS or Atom document; a malformed feed is logged and parsed as far as it goes."""
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(raw, response_headers=headers)
    bozo = None
    if parsed.get("bozo"):
        bozo = f"{type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"
        log.warning(
            "feed %s is malformed (%s); keeping the %d entries parsed", url or "?", bozo, len(parsed.entries)
        )
    base = url if url and url.startswith(("http://", "https://")) else None
    refs: list[ArticleRef] = []
    skipped = 0
    for entry in parsed.entries:
        link = _entry_url(entry, base)
        if link is None:
            skipped += 1
            log.warning("feed %s: entry %r has no link or URL guid; skipped", url or "?", entry.get("title"))
            continue
        refs.append(
            ArticleRef(
                url=link,
                title=strip_html(entry.get("title")),
                summary=strip_html(entry.get("summary")),
                published=to_datetime(_date_of(entry)),
                guid=entry.get("id") or link,
            )
        )
    feed = parsed.get("feed", {})
    if not parsed.entries and not parsed.get("version"):
        bozo = bozo or "not an RSS or Atom document"
    return ParsedFeed(
        title=strip_html(feed.get("title")),
        lang=(feed.get("language") or None),
        entries=tuple(refs),
        bozo=bozo,
        skipped=skipped,
    )
