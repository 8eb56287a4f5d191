"""HTTP fetching and decoding for feeds and pages.

Every fetch goes through the address guard (:mod:`claims.ingest.transport`: public addresses
only, every redirect hop re-checked, http(s) only), has a per-read timeout *and* a per-page deadline,
a size cap (checked on the header *and* while streaming, so a lying server cannot push 8 MB at us),
a content-type check and conditional GET; whatever the HTTP client raises becomes a one-line
:class:`FetchError` for that URL alone. Decoding prefers valid multi-byte UTF-8, then tries the BOM,
the declared charset, the ``<meta>`` charset, strict UTF-8 and charset-normalizer in that order,
and refuses a result that looks like mojibake: legacy Arabic pages (windows-1256, ISO-8859-6)
mislabelled as Latin-1 are the common case, and a wrongly decoded article must never be stored.
"""

from __future__ import annotations

import codecs
import re
import socket
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from claims.errors import FetchError, InputError
from claims.ingest.transport import GuardedTransport, page_deadline, time_left
from claims.ssrf import IPNetwork, Resolver

HTML_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES: tuple[str, ...] = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/x-rss+xml",
    "text/html",  # many servers label feeds as HTML; feedparser copes
    "text/plain",
)


MAX_REDIRECTS = 5
FETCHED_SCHEMES = ("http", "https")


class TransientFetchError(FetchError):
    """A failure worth retrying soon: 5xx, 429, a timeout, a dropped connection."""


@dataclass(frozen=True)
class Fetched:
    """One response: the body (empty when 304) and the validators for the next conditional GET."""

    url: str
    final_url: str
    status: int
    content: bytes
    media_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def make_client(
    *,
    timeout: float,
    user_agent: str,
    allow_networks: Sequence[IPNetwork] = (),
    resolve: Resolver = socket.getaddrinfo,
) -> httpx.Client:
    """A client whose every connection passes the address guard; redirects are left to :func:`fetch`.

    ``allow_networks`` (the ``CLAIMS_FETCH_ALLOW_NETWORKS`` setting) lets private networks through,
    for tests on loopback and for intranet deployments; by default only public addresses are reached.
    """
    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
        transport=GuardedTransport(allow=allow_networks, resolve=resolve),
        headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
    )


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        if p.lower().startswith("charset="):
            charset = p.split("=", 1)[1].strip().strip("\"'") or None
    return parts[0].lower(), charset


def check_fetchable(url: str) -> None:
    """Refuse, permanently, a URL that is not http(s) (``file://``, ``ftp://``, a bare path)."""
    scheme = urlsplit(url.strip()).scheme.lower()
    if scheme not in FETCHED_SCHEMES:
        shown = f"{scheme}://" if scheme else "a URL without a scheme"
        raise FetchError(f"refused: only http(s) URLs are fetched, not {shown}")


def fetch(
    client: httpx.Client,
    url: str,
    *,
    accept: Iterable[str] = HTML_TYPES,
    max_bytes: int = 5_000_000,
    etag: str | None = None,
    last_modified: str | None = None,
    deadline: float | None = None,
) -> Fetched:
    """GET ``url`` once, following up to :data:`MAX_REDIRECTS` redirects, each hop re-checked.

    Raises :class:`FetchError` (or :class:`TransientFetchError`) with a one-line reason for *any*
    failure, whatever the HTTP client raised: one bad URL must never sink a batch. ``deadline``
    bounds the whole page, redirects and body included.
    """
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    check_fetchable(url)
    with page_deadline(deadline):
        try:
            request = client.build_request("GET", url, headers=headers)
            for _hop in range(MAX_REDIRECTS + 1):
                resp = client.send(request, stream=True)
                try:
                    if resp.next_request is None:
                        return _read(url, resp, tuple(accept), max_bytes)
                    request = resp.next_request
                finally:
                    resp.close()
                check_fetchable(str(request.url))
            raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")
        except httpx.TimeoutException as exc:
            left = time_left()
            if left is not None and left <= 0:  # the page's clock, not one slow read: give up
                raise FetchError(f"gave up: the page deadline passed ({type(exc).__name__})") from None
            raise TransientFetchError(f"timed out ({type(exc).__name__}: {_one_line(exc)})") from None
        except httpx.DecodingError as exc:
            raise FetchError(f"undecodable body ({_one_line(exc)})") from None
        except (httpx.UnsupportedProtocol, httpx.LocalProtocolError) as exc:
            raise FetchError(f"cannot fetch ({type(exc).__name__}: {_one_line(exc)})") from None
        except httpx.TransportError as exc:
            raise TransientFetchError(f"connection failed ({type(exc).__name__}: {_one_line(exc)})") from None
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
            raise FetchError(f"{type(exc).__name__}: {_one_line(exc)}") from None


def _read(url: str, resp: httpx.Response, accept: tuple[str, ...], max_bytes: int) -> Fetched:
    """The body of a final (non-redirect) response, within the type and size limits."""
    media, charset = _media_type(resp.headers.get("content-type"))
    validators = (resp.headers.get("etag"), resp.headers.get("last-modified"))
    if resp.status_code == 304:
        return Fetched(url, str(resp.url), 304, b"", media, charset, *validators)
    if resp.status_code >= 500 or resp.status_code == 429:
        raise TransientFetchError(f"HTTP {resp.status_code}")
    if resp.status_code >= 400:
        raise FetchError(f"HTTP {resp.status_code}")
    if 300 <= resp.status_code < 400:
        raise FetchError(f"HTTP {resp.status_code} without a usable Location")
    if media and media not in accept:
        raise FetchError(f"refused content type {media!r} (expected {', '.join(accept)})")
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"too large: {int(declared):,} bytes (cap {max_bytes:,})")
    body = bytearray()
    for chunk in resp.iter_bytes():
        body.extend(chunk)
        if len(body) > max_bytes:
            raise FetchError(f"too large: over {max_bytes:,} bytes")
    if not body:
        raise FetchError("empty response body")
    return Fetched(url, str(resp.url), resp.status_code, bytes(body), media, charset, *validators)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__


def fetch_with_retries(
    client: httpx.Client,
    url: str,
    *,
    attempts: int = 3,
    backoff: float = 0.5,
    deadline: float | None = None,
    **kwargs: object,
) -> Fetched:
    """:func:`fetch` with exponential backoff on transient failures only (5xx, timeouts).

    ``deadline`` (seconds) bounds the page as a whole — every attempt, redirect, read and backoff —
    so a server that drips bytes holds a worker for that long at most, never attempts times timeouts.
    """
    with page_deadline(deadline):
        for attempt in range(1, attempts + 1):
            try:
                return fetch(client, url, **kwargs)  # type: ignore[arg-type]
            except TransientFetchError as exc:
                if attempt == attempts:
                    raise TransientFetchError(f"{exc} after {attempts} attempts") from None
                pause = backoff * 2 ** (attempt - 1)
                left = time_left()
                if left is not None and pause >= left:
                    raise FetchError(f"gave up: the page deadline comes before a retry ({exc})") from None
                time.sleep(pause)
    raise AssertionError("unreachable")


# --- decoding ---------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
# UTF-8 Arabic (D8-DB lead bytes) read as windows-1252 or Latin-1.
_UTF8_AS_LATIN = re.compile(
    "[ØÙÚÛ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
_UTF8_LATIN_AS_LATIN = re.compile("[ÃÂ][\u0080-\u00bf]")
# Single-byte Arabic (windows-1256 / ISO-8859-6) read as Latin-1: runs of accented Latin letters.
_LATIN_RUN = re.compile("[\u00c0-\u00ff]{4,}")
_LETTER = re.compile(r"[^\W\d_]")


def looks_like_mojibake(text: str) -> bool:
    """True when ``text`` carries replacement characters or the tell-tale patterns of a wrong codec."""
    if "\ufffd" in text:
        return True
    if len(_UTF8_AS_LATIN.findall(text)) >= 3 or len(_UTF8_LATIN_AS_LATIN.findall(text)) >= 3:
        return True
    runs = _LATIN_RUN.findall(text)
    if len(runs) >= 2:
        accented = sum(len(r) for r in runs)
        letters = len(_LETTER.findall(text)) or 1
        if accented / letters > 0.15:
            return True
    return False


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label; Latin-1 and ASCII widen to windows-1252 as browsers do."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def declared_charsets(raw: bytes, header_charset: str | None = None) -> list[str]:
    """Charsets the document claims, in order of authority: BOM, HTTP header, XML declaration, meta."""
    found: list[str | None] = []
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            found.append(name)
    found.append(_codec(header_charset))
    head = raw[:4096]
    xml = _XML_ENCODING.match(head)
    found.append(_codec(xml.group(1).decode("ascii")) if xml else None)
    meta = _META_CHARSET.search(head)
    found.append(_codec(meta.group(1).decode("ascii")) if meta else None)
    out: list[str] = []
    for name in found:
        if name and name not in out:
            out.append(name)
    return out


def decode_bytes(raw: bytes, *, header_charset: str | None = None) -> tuple[str, str]:
    """``(text, codec)`` for ``raw``; raises :class:`InputError` rather than return mojibake.

    Bytes that are valid UTF-8 *with* multi-byte sequences are read as UTF-8 whatever charset is
    declared: a single-byte codec such as windows-1256 would decode them without an error into
    Arabic-looking garbage (``ط§ظ„`` for ``ال``) that no mojibake test can tell from text, while
    real windows-1256 or ISO-8859-6 Arabic is, in practice, never valid UTF-8.
    """
    if not raw.strip():
        raise InputError("undecodable: empty document")
    if b"\x00" in raw[:1024] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("undecodable: binary content")
    declared = declared_charsets(raw, header_charset)
    if declared and declared[0] not in ("utf-8", "utf-16") and not raw.isascii():
        text = _try(raw, "utf-8")
        if text is not None:
            return text, "utf-8"
    candidates = [*declared, "utf-8"]
    for name in candidates:
        text = _try(raw, name)
        if text is not None:
            return text, name
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and best.encoding:
        text = _try(raw, best.encoding)
        if text is not None:
            return text, codecs.lookup(best.encoding).name
    for name in ("cp1256", "iso8859-6"):  # the legacy Arabic codecs, as a last resort
        text = _try(raw, name)
        if text is not None and re.search("[\u0621-\u064a]{3}", text):
            return text, name
    raise InputError(
        f"undecodable: no charset gives clean text (declared {', '.join(candidates[:-1]) or 'none'})"
    )


def _try(raw: bytes, name: str) -> str | None:
    try:
        text = raw.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None
    text = text.lstrip("\ufeff")
    return None if looks_like_mojibake(text) else text
