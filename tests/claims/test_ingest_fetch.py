"""HTTP fetching and decoding against a real loopback server: caps, types, retries, charsets."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from claims.errors import FetchError, InputError
from claims.ingest.fetch import (
    FEED_TYPES,
    TransientFetchError,
    decode_bytes,
    fetch,
    fetch_with_retries,
    looks_like_mojibake,
    make_client,
)
from tests.flows.site import FIXTURES, HANG_SECONDS, LOOPBACK, NewsSite, news_site

CP1256_PAGE = FIXTURES / "pages" / "ar-basra-desalination.cp1256.html"


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with news_site() as s:
        yield s


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with make_client(timeout=1.0, user_agent="claims-test", allow_networks=LOOPBACK) as c:
        yield c


def test_fetches_an_arabic_page_with_validators(site: NewsSite, client: httpx.Client) -> None:
    got = fetch(client, site.url("/pages/ar-water-minister.html"))
    assert got.status == 200 and got.media_type == "text/html" and got.charset == "utf-8"
    text, codec = decode_bytes(got.content, header_charset=got.charset)
    assert codec == "utf-8" and "مخزون السدود" in text


def test_windows_1256_page_with_a_lying_latin1_header_decodes_to_arabic(
    site: NewsSite, client: httpx.Client
) -> None:
    got = fetch(client, site.url(f"/pages/{CP1256_PAGE.name}"))
    assert got.charset == "iso-8859-1"
    text, codec = decode_bytes(got.content, header_charset=got.charset)
    assert codec == "cp1256"
    assert "أعلن محافظ البصرة أسعد العيداني" in text
    assert not looks_like_mojibake(text)


def test_legacy_arabic_without_any_declaration_is_detected() -> None:
    raw = CP1256_PAGE.read_bytes().replace(b"; charset=windows-1256", b"")
    text, codec = decode_bytes(raw)
    assert codec == "cp1256" and "محطات لتحلية مياه البحر" in text
    iso = raw.decode("cp1256").encode("iso8859-6", errors="replace")
    text, codec = decode_bytes(iso, header_charset="ISO-8859-6")
    assert codec == "iso8859-6" and "محافظ البصرة" in text


@pytest.mark.parametrize(
    "wrong",
    [
        "وزير الخارجية".encode().decode("cp1252", errors="replace") * 3,  # UTF-8 read as windows-1252
        "وزير الخارجية قال".encode("cp1256").decode("latin-1") * 2,  # windows-1256 read as Latin-1
        "text with a \ufffd replacement",
    ],
)
def test_mojibake_is_recognised(wrong: str) -> None:
    assert looks_like_mojibake(wrong)


def test_real_accents_are_not_mojibake() -> None:
    assert not looks_like_mojibake("Le président Macron a reçu à l'Élysée le ministre égyptien.")


def test_binary_and_empty_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="empty"):
        decode_bytes(b"   ")


def test_500_twice_then_success_is_retried_with_backoff(site: NewsSite, client: httpx.Client) -> None:
    started = time.monotonic()
    got = fetch_with_retries(client, site.url("/flaky/ar-flaky.html"), attempts=3, backoff=0.1)
    assert got.status == 200 and site.hits["/flaky/ar-flaky.html"] == 3
    assert time.monotonic() - started >= 0.3  # 0.1 + 0.2 s of backoff


def test_retries_give_up_with_the_reason(site: NewsSite, client: httpx.Client) -> None:
    site.flaky_failures = 10
    with pytest.raises(TransientFetchError, match="HTTP 500 after 2 attempts"):
        fetch_with_retries(client, site.url("/flaky/ar-flaky.html"), attempts=2, backoff=0.01)


def test_a_hanging_page_times_out(site: NewsSite, client: httpx.Client) -> None:
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="timed out"):
        fetch(client, site.url("/slow/hangs.html"))
    assert time.monotonic() - started < HANG_SECONDS


@pytest.mark.parametrize("path", ["/big/huge.html", "/big/chunked.html"])
def test_an_8mb_page_is_refused_by_the_size_cap(site: NewsSite, client: httpx.Client, path: str) -> None:
    with pytest.raises(FetchError, match="too large"):
        fetch(client, site.url(path), max_bytes=5_000_000)


def test_binary_content_type_is_refused(site: NewsSite, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match="refused content type 'application/pdf'"):
        fetch(client, site.url("/files/report.pdf"))


def test_not_found_is_permanent_and_not_retried(site: NewsSite, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match="HTTP 404") as info:
        fetch_with_retries(client, site.url("/gone.html"), attempts=3, backoff=0.01)
    assert not isinstance(info.value, TransientFetchError)
    assert site.hits["/gone.html"] == 1


def test_conditional_get_returns_304_with_the_etag(site: NewsSite, client: httpx.Client) -> None:
    first = fetch(client, site.url("/feeds/ar.rss"), accept=FEED_TYPES)
    assert first.etag and first.last_modified
    again = fetch(
        client,
        site.url("/feeds/ar.rss"),
        accept=FEED_TYPES,
        etag=first.etag,
        last_modified=first.last_modified,
    )
    assert again.not_modified and again.content == b""


def test_connection_refused_is_transient(client: httpx.Client) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(TransientFetchError, match="connection failed"):
        fetch(client, f"http://127.0.0.1:{port}/x.html")


def test_a_redirect_loop_is_one_permanent_failure(site: NewsSite, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match=r"too many redirects \(more than 5\)") as info:
        fetch_with_retries(client, site.url("/loop/a.html"), attempts=3, backoff=0.01)
    assert not isinstance(info.value, TransientFetchError) and site.hits["/loop/a.html"] == 6


def test_a_bad_gzip_body_is_one_permanent_failure(site: NewsSite, client: httpx.Client) -> None:
    with pytest.raises(FetchError, match="undecodable body") as info:
        fetch_with_retries(client, site.url("/gzip/bad.html"), attempts=3, backoff=0.01)
    assert not isinstance(info.value, TransientFetchError) and "\n" not in str(info.value)


def test_a_dripping_page_is_abandoned_at_the_page_deadline(site: NewsSite, client: httpx.Client) -> None:
    # one byte every 0.2 s: no single read ever waits the 1 s timeout, so only a page clock stops it
    started = time.monotonic()
    with pytest.raises(FetchError, match="page deadline") as info:
        fetch_with_retries(client, site.url("/drip/slow.html"), attempts=3, backoff=0.05, deadline=2.0)
    elapsed = time.monotonic() - started
    assert 1.9 <= elapsed < 2.8, elapsed
    assert not isinstance(info.value, TransientFetchError) and site.hits["/drip/slow.html"] == 1


def test_a_utf8_page_labelled_windows_1256_is_read_as_utf8(site: NewsSite, client: httpx.Client) -> None:
    got = fetch(client, site.url("/pages/utf8-labelled-1256.html"))
    assert got.charset == "windows-1256"
    text, codec = decode_bytes(got.content, header_charset=got.charset)
    assert codec == "utf-8" and "القمح" in text and not looks_like_mojibake(text)
    wrong = "القمح".encode().decode("cp1256")  # what trusting the header gives: Arabic-looking junk
    assert wrong not in text
