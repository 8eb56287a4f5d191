"""No fetch reaches a private address: by literal, odd spelling, name, mapped IPv6 or redirect.

Loopback servers only. Addresses off this machine are judged by calling the guard directly, with
numeric-only resolution (``AI_NUMERICHOST``: no DNS query leaves the machine), or through the real
client stack over ``httpcore.MockBackend``, which opens no socket at all whatever the guard decides.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator, Sequence
from typing import Any

import httpcore
import httpx
import pytest
from pytest_httpserver import HTTPServer

from claims.errors import FetchError
from claims.ingest.fetch import TransientFetchError, fetch, make_client
from claims.ingest.transport import GuardedTransport
from claims.settings import Settings
from claims.ssrf import RefusedAddressError, parse_networks, refusal, resolve_checked
from tests.flows.site import LOOPBACK, NewsSite, news_site, private_server


def numeric_only(host: str, port: int, **kw: Any) -> list[Any]:
    """getaddrinfo that never asks DNS: numeric spellings only (a name raises gaierror)."""
    return socket.getaddrinfo(host, port, flags=socket.AI_NUMERICHOST, **kw)


class FakeDNS:
    """A resolver with fixed answers that records every lookup (the names never reach real DNS)."""

    def __init__(self, answers: dict[str, Sequence[str]]) -> None:
        self.answers = answers
        self.lookups: list[str] = []

    def __call__(self, host: str, port: int, **kw: Any) -> list[Any]:
        self.lookups.append(host)
        out = []
        for address in self.answers[host]:
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
            out.append((family, socket.SOCK_STREAM, 6, "", sockaddr))
        return out


class RecordingBackend(httpcore.MockBackend):
    """httpcore's mock network (canned bytes, no socket) that notes where it was asked to connect."""

    def __init__(self, buffer: list[bytes]) -> None:
        super().__init__(buffer)
        self.connected: list[tuple[str, int]] = []

    def connect_tcp(self, host: str, port: int, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        self.connected.append((host, port))
        return super().connect_tcp(host, port, *args, **kwargs)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with news_site() as s:
        yield s


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",  # shared address space (carrier NAT)
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:169.254.169.254",
        "::ffff:a9fe:a9fe",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "2002:a9fe:a9fe::1",  # 6to4 wrapping 169.254.169.254
        "64:ff9b::a9fe:a9fe",  # NAT64 wrapping it
        "2001:db8::1",
    ],
)
def test_private_and_special_addresses_are_refused(address: str) -> None:
    assert refusal(address) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(address) is None


def test_the_allow_list_lets_exactly_its_networks_through() -> None:
    allow = parse_networks("127.0.0.0/8, ::1/128")
    assert refusal("127.0.0.5", allow) is None and refusal("::1", allow) is None
    assert refusal("::ffff:127.0.0.1", allow) is None  # the mapped form of an allowed address
    assert refusal("10.0.0.1", allow) == "a private address"
    assert refusal("169.254.169.254", allow) == "a link-local address"
    with pytest.raises(ValueError, match="not an IP network"):
        parse_networks("127.0.0.0/8, intranet")


def test_the_allow_list_is_one_setting_that_allows_nothing_by_default() -> None:
    assert Settings().allowed_networks == ()
    assert Settings(fetch_allow_networks="127.0.0.0/8").allowed_networks == parse_networks("127.0.0.0/8")
    with pytest.raises(ValueError, match="not an IP network"):
        Settings(fetch_allow_networks="10.0.0.0/33")


@pytest.mark.parametrize(
    "host", ["0x7f000001", "2130706433", "127.1", "0177.0.0.1", "::ffff:169.254.169.254"]
)
def test_odd_spellings_are_judged_by_the_address_they_reach(host: str) -> None:
    reached = r"(resolves to 127\.0\.0\.1, a loopback|::ffff:169\.254\.169\.254 is a link-local) address"
    with pytest.raises(RefusedAddressError, match=reached):
        resolve_checked(host, 80, resolve=numeric_only)


def test_names_are_judged_by_every_address_they_resolve_to() -> None:
    dns = FakeDNS(
        {
            "metadata.google.internal": ["169.254.169.254"],
            "half.example": ["93.184.216.34", "10.0.0.5"],
            "news.example": ["93.184.216.34"],
        }
    )
    metadata = r"metadata\.google\.internal resolves to 169\.254\.169\.254, a link-local"
    with pytest.raises(RefusedAddressError, match=metadata):
        resolve_checked("metadata.google.internal", 80, resolve=dns)
    with pytest.raises(RefusedAddressError, match=r"10\.0\.0\.5, a private address"):
        resolve_checked("half.example", 443, resolve=dns)
    assert [i[4][0] for i in resolve_checked("news.example", 443, resolve=dns)] == ["93.184.216.34"]


def test_a_loopback_page_is_refused_before_connecting_by_default(site: NewsSite) -> None:
    with make_client(timeout=1.0, user_agent="t") as client:
        with pytest.raises(RefusedAddressError, match=r"127\.0\.0\.1 is a loopback address"):
            fetch(client, site.url("/pages/ar-water-minister.html"))
        port = site.server.port
        with pytest.raises(RefusedAddressError, match=r"2130706433 resolves to 127\.0\.0\.1"):
            fetch(client, f"http://2130706433:{port}/pages/ar-water-minister.html")
    assert site.hits["/pages/ar-water-minister.html"] == 0


def test_an_odd_spelling_reaches_an_allowed_address_it_was_checked_as(site: NewsSite) -> None:
    with make_client(timeout=1.0, user_agent="t", allow_networks=LOOPBACK) as client:
        got = fetch(client, f"http://2130706433:{site.server.port}/pages/ar-water-minister.html")
    assert got.status == 200 and site.hits["/pages/ar-water-minister.html"] == 1


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(site: NewsSite) -> None:
    with private_server() as (internal, internal_hits):
        site.private_target = internal.url_for("/secret")
        with make_client(timeout=1.0, user_agent="t", allow_networks=LOOPBACK) as client:
            with pytest.raises(RefusedAddressError, match=r"127\.0\.0\.2 is a loopback address"):
                fetch(client, site.url("/redirect/private"))
            ok = fetch(client, site.url("/redirect/ok"))  # a redirect within allowed addresses is followed
    assert site.hits["/redirect/private"] == 1 and internal_hits["/secret"] == 0
    assert ok.status == 200 and ok.final_url == site.url("/pages/ar-water-minister.html")


def test_a_redirect_to_the_metadata_service_is_refused_through_the_real_client_stack() -> None:
    dns = FakeDNS({"news.example": ["93.184.216.34"], "metadata.google.internal": ["169.254.169.254"]})
    network = RecordingBackend(
        [
            b"HTTP/1.1 302 Found\r\n",
            b"Location: http://metadata.google.internal/computeMetadata/v1/\r\n",
            b"Content-Length: 0\r\n",
            b"\r\n",
        ]
    )
    metadata = r"metadata\.google\.internal resolves to 169\.254\.169\.254"
    client = httpx.Client(transport=GuardedTransport(resolve=dns, inner=network))
    with client, pytest.raises(RefusedAddressError, match=metadata):
        fetch(client, "http://news.example/story")
    # one connection, to the address that was checked (no second lookup of the name), then refusal
    assert network.connected == [("93.184.216.34", 80)]
    assert dns.lookups == ["news.example", "metadata.google.internal"]


def test_the_connection_goes_to_the_checked_address_and_tls_keeps_the_name() -> None:
    dns = FakeDNS({"news.example": ["93.184.216.34"]})
    network = RecordingBackend(
        [b"HTTP/1.1 200 OK\r\n", b"Content-Type: text/html\r\n", b"Content-Length: 4\r\n", b"\r\n", b"<p/>"]
    )
    with httpx.Client(transport=GuardedTransport(resolve=dns, inner=network)) as client:
        got = fetch(client, "https://news.example/story")
    assert got.status == 200 and got.final_url == "https://news.example/story"
    assert network.connected == [("93.184.216.34", 443)] and dns.lookups == ["news.example"]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.html", "gopher://x/"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    client = make_client(timeout=1.0, user_agent="t")
    with client, pytest.raises(FetchError, match=r"only http\(s\) URLs") as info:
        fetch(client, url)
    assert not isinstance(info.value, TransientFetchError)


def test_a_redirect_to_file_is_refused(site: NewsSite) -> None:
    client = make_client(timeout=1.0, user_agent="t", allow_networks=LOOPBACK)
    with client, pytest.raises(FetchError, match=r"only http\(s\) URLs are fetched, not file://") as info:
        fetch(client, site.url("/redirect/file"))
    assert not isinstance(info.value, TransientFetchError)


def test_https_to_the_checked_address_still_verifies_the_certificate_for_the_name() -> None:
    """The socket goes to the checked IP, yet TLS sends and verifies the host *name* (SNI)."""
    import ssl

    import trustme

    ca = trustme.CA()
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("localhost").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=server_ctx)
    server.expect_request("/p").respond_with_data("<p>ok</p>", content_type="text/html")
    server.start()
    dns = FakeDNS({"localhost": ["127.0.0.1"], "127.0.0.1": ["127.0.0.1"]})
    try:
        transport = GuardedTransport(allow=LOOPBACK, resolve=dns, ssl_context=client_ctx)
        with httpx.Client(transport=transport) as client:
            got = fetch(client, f"https://localhost:{server.port}/p")
            assert got.status == 200 and got.content == b"<p>ok</p>"
            with pytest.raises(TransientFetchError, match="CERTIFICATE_VERIFY_FAILED"):
                fetch(client, f"https://127.0.0.1:{server.port}/p")  # the cert names localhost only
    finally:
        server.clear()
        server.stop()
