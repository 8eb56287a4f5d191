"""feedparser entries → article references: dates, bozo, summaries, guid fallback."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest

from claims.ingest.feeds import parse_feed, strip_html
from tests.flows.site import FIXTURES

BASE = "http://127.0.0.1:9"


def feed(name: str) -> bytes:
    return (FIXTURES / "feeds" / name).read_bytes().replace(b"{base}", BASE.encode())


def test_arabic_rss_entries() -> None:
    parsed = parse_feed(feed("ar.rss"), url=f"{BASE}/feeds/ar.rss")
    assert parsed.bozo is None and parsed.lang == "ar" and parsed.title == "الخبر اليوم — آخر الأخبار"
    first, second, third, _ = parsed.entries
    assert first.url == f"{BASE}/pages/ar-water-minister.html?utm_source=rss&utm_medium=feed"
    assert first.published == datetime(2024, 6, 3, 6, 15, tzinfo=UTC)  # +0300 → UTC, aware
    assert first.summary == "قال وزير الموارد المائية إن مخزون السدود يكفي حتى نهاية الصيف."
    assert second.published is None  # an Arabic pubDate feedparser cannot read
    assert third.url == f"{BASE}/pages/ar-basra-desalination.cp1256.html"  # no <link>: the permalink guid


def test_atom_entries_with_html_summaries() -> None:
    parsed = parse_feed(feed("en.atom"), url=f"{BASE}/feeds/en.atom")
    assert len(parsed.entries) == 5 and parsed.lang == "en"
    assert parsed.entries[0].summary == "The head of the port authority said an audit found no missing funds."
    assert parsed.entries[1].published == datetime(2024, 5, 20, 6, 30, tzinfo=UTC)


def test_malformed_feed_is_logged_not_dropped(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="claims.ingest.feeds"):
        parsed = parse_feed(feed("malformed.rss"), url="broken")
    assert parsed.bozo and "not well-formed" in parsed.bozo
    assert [e.url for e in parsed.entries] == [f"{BASE}/pages/en-health-ministry.html"]
    assert "malformed" in caplog.text


def test_entry_without_link_or_url_guid_is_skipped_and_relative_links_resolve() -> None:
    body = b"""<rss version="2.0"><channel><title>t</title>
    <item><title>no link</title><guid isPermaLink="false">id-1</guid></item>
    <item><title>relative</title><link>/news/2</link></item></channel></rss>"""
    parsed = parse_feed(body, url="https://example.org/rss.xml")
    assert parsed.skipped == 1 and [e.url for e in parsed.entries] == ["https://example.org/news/2"]


def test_not_a_feed_reports_bozo() -> None:
    parsed = parse_feed(b"<html><body>hello</body></html>", url="x")
    assert parsed.entries == () and parsed.bozo


def test_strip_html() -> None:
    assert strip_html("<p>a&nbsp;<b>b</b> .</p><img src=x>") == "a b."
    assert strip_html("") is None and strip_html("<br>") is None
