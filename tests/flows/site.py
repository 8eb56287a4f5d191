"""A small news site on loopback (pytest-httpserver, threaded) serving the feed and page fixtures.

Shared by the library tests (tests/claims/test_ingest_*.py) and the flow tests. Besides the good
pages it has the bad ones the issue names: a page that fails with 500 twice then succeeds, one
that hangs past the timeout, an 8 MB page, a binary file, a feed that is down, a malformed feed.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from claims.settings import get_settings
from claims.ssrf import parse_networks

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
# The site listens on 127.0.0.1 only; fetches are allowed there and nowhere else private, so a
# redirect to another loopback address (127.0.0.2) stands for a private network in the tests.
LOOPBACK_CIDR = "127.0.0.1/32"
LOOPBACK = parse_networks(LOOPBACK_CIDR)


def allow_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let flows and commands under test fetch from the site (CLAIMS_FETCH_ALLOW_NETWORKS)."""
    monkeypatch.setenv("CLAIMS_FETCH_ALLOW_NETWORKS", LOOPBACK_CIDR)
    get_settings.cache_clear()
HANG_SECONDS = 3.0  # longer than the tests' fetch timeout (1 s)
DRIP_TICK = 0.2  # one byte per tick: every read is well inside a 1 s read timeout
DRIP_SECONDS = 20.0
BIG_BYTES = 8 * 1024 * 1024


def article_page(name: str) -> bytes:
    """An HTML page built from a fixture article (distinct text from the other pages)."""
    lines = (FIXTURES / "articles" / name).read_text(encoding="utf-8").splitlines()
    body = "\n".join(f"<p>{line}</p>" for line in lines if line.strip())
    head = f'<head><meta charset="utf-8"><title>{lines[0]}</title></head>'
    return f'<html lang="ar" dir="rtl">{head}<body><article>{body}</article></body></html>'.encode()


class NewsSite:
    """The fixtures served over HTTP; ``hits`` counts requests per path."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.base = server.url_for("/").rstrip("/")
        self.hits: Counter[str] = Counter()
        self.flaky_failures = 2
        self.hang_seconds = HANG_SECONDS  # set to 0 to let the slow page answer (a later run retries it)
        self._lock = threading.Lock()
        self._install()

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def _count(self, request: Request) -> None:
        with self._lock:
            self.hits[request.path] += 1

    def _feed(self, name: str, media: str) -> None:
        body = (FIXTURES / "feeds" / name).read_text(encoding="utf-8").replace("{base}", self.base).encode()
        etag = f'"{name}-v1"'

        def handler(request: Request) -> Response:
            self._count(request)
            if request.headers.get("If-None-Match") == etag:
                return Response(status=304, headers={"ETag": etag})
            return Response(
                body,
                content_type=media,
                headers={"ETag": etag, "Last-Modified": "Mon, 03 Jun 2024 10:00:00 GMT"},
            )

        self.server.expect_request(f"/feeds/{name}").respond_with_handler(handler)

    def _static(self, path: str, body: bytes, content_type: str) -> None:
        def handler(request: Request) -> Response:
            self._count(request)
            return Response(body, content_type=content_type)

        self.server.expect_request(path).respond_with_handler(handler)

    def _install(self) -> None:
        self._feed("ar.rss", "application/rss+xml; charset=utf-8")
        self._feed("en.atom", "application/atom+xml")
        self._feed("malformed.rss", "application/rss+xml")
        for page in sorted((FIXTURES / "pages").glob("*.html")):
            # the windows-1256 page is served with a wrong Latin-1 header, as old Arabic sites do
            ctype = "text/html; charset=iso-8859-1" if ".cp1256." in page.name else "text/html; charset=utf-8"
            self._static(f"/pages/{page.name}", page.read_bytes(), ctype)
        self._static(
            "/files/report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40, "application/pdf"
        )

        def down(request: Request) -> Response:
            self._count(request)
            return Response("unavailable", status=503)

        self.server.expect_request("/feeds/down.rss").respond_with_handler(down)

        def gone(request: Request) -> Response:
            self._count(request)
            return Response("not found", status=404)

        self.server.expect_request("/gone.html").respond_with_handler(gone)
        flaky_body = article_page("youm7-egypt-wheat.txt")

        def flaky(request: Request) -> Response:
            self._count(request)
            if self.hits[request.path] <= self.flaky_failures:
                return Response("boom", status=500)
            return Response(flaky_body, content_type="text/html; charset=utf-8")

        self.server.expect_request("/flaky/ar-flaky.html").respond_with_handler(flaky)

        slow_body = article_page("okaz-saudi-housing.txt")

        def hangs(request: Request) -> Response:
            self._count(request)
            time.sleep(self.hang_seconds)
            return Response(slow_body, content_type="text/html; charset=utf-8")

        self.server.expect_request("/slow/hangs.html").respond_with_handler(hangs)
        big = b"<html><body>" + b"<p>" + b"x" * (BIG_BYTES) + b"</p></body></html>"

        def huge(request: Request) -> Response:
            self._count(request)
            return Response(big, content_type="text/html")

        def huge_chunked(request: Request) -> Response:
            self._count(request)

            def gen() -> Iterator[bytes]:
                for i in range(0, len(big), 1 << 16):
                    yield big[i : i + (1 << 16)]

            return Response(
                gen(), content_type="text/html"
            )  # no Content-Length: the cap is enforced while reading

        self.server.expect_request("/big/huge.html").respond_with_handler(huge)
        self.server.expect_request("/big/chunked.html").respond_with_handler(huge_chunked)
        self._install_hostile()

    def _install_hostile(self) -> None:
        """Pages that once sank a run or leaked: a redirect loop, a bad gzip body, a byte-a-tick
        drip, UTF-8 labelled windows-1256, and redirects to a private address and to ``file://``."""

        def loop(request: Request) -> Response:
            self._count(request)
            return Response(status=302, headers={"Location": "/loop/a.html"})

        self.server.expect_request("/loop/a.html").respond_with_handler(loop)

        def bad_gzip(request: Request) -> Response:
            self._count(request)
            return Response(
                b"this is not gzip at all" * 10,
                content_type="text/html; charset=utf-8",
                headers={"Content-Encoding": "gzip"},
            )

        self.server.expect_request("/gzip/bad.html").respond_with_handler(bad_gzip)

        def drip(request: Request) -> Response:
            self._count(request)

            def gen() -> Iterator[bytes]:
                yield b"<html><body><p>"
                for _ in range(int(DRIP_SECONDS / DRIP_TICK)):  # ends by itself: no thread left behind
                    time.sleep(DRIP_TICK)
                    yield b"x"

            return Response(gen(), content_type="text/html; charset=utf-8")

        self.server.expect_request("/drip/slow.html").respond_with_handler(drip)
        utf8 = article_page("youm7-egypt-wheat.txt").replace(b'<meta charset="utf-8">', b"")
        self._static("/pages/utf8-labelled-1256.html", utf8, "text/html; charset=windows-1256")

        def to(location: str) -> Callable[[Request], Response]:
            def handler(request: Request) -> Response:
                self._count(request)
                return Response(status=302, headers={"Location": location})

            return handler

        self.server.expect_request("/redirect/file").respond_with_handler(to("file:///etc/passwd"))
        self.server.expect_request("/redirect/ok").respond_with_handler(to("/pages/ar-water-minister.html"))
        self.private_target = "http://127.0.0.2:9/unset"  # set by tests that start the private server
        self.server.expect_request("/redirect/private").respond_with_handler(
            lambda request: to(self.private_target)(request)
        )


@contextmanager
def private_server() -> Iterator[tuple[HTTPServer, Counter[str]]]:
    """A server on 127.0.0.2 (loopback, yet outside the tests' allow-list) holding a "secret"."""
    server = HTTPServer(host="127.0.0.2", port=0, threaded=True)
    hits: Counter[str] = Counter()

    def secret(request: Request) -> Response:
        hits[request.path] += 1
        return Response("<html><body><p>internal secret</p></body></html>", content_type="text/html")

    server.expect_request("/secret").respond_with_handler(secret)
    server.start()
    try:
        yield server, hits
    finally:
        server.clear()
        server.stop()


@contextmanager
def news_site() -> Iterator[NewsSite]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield NewsSite(server)
    finally:
        server.clear()
        server.stop()
