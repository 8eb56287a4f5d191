"""URL canonicalisation and content hashing: the two keys that keep ingestion idempotent."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from claims.errors import InputError

# Parameters that identify a campaign or a click, never the article.
_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|_ga|spm)$", re.I)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """The URL that identifies an article: lower-case host, no tracking parameters, no fragment.

    >>> canonical_url("HTTPS://Example.org:443/a/?utm_source=rss&id=3#top")
    'https://example.org/a?id=3'
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https", "file") or (parts.scheme != "file" and not parts.netloc):
        raise InputError(f"not an http(s) or file URL: {url!r}")
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{parts.port}"
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or ("" if parts.scheme != "file" else "/")
    return urlunsplit((parts.scheme, host, path, query, ""))


def site_domain(url: str | None) -> str | None:
    """The site an http(s) URL belongs to, as a reader names it (``www.`` dropped); else ``None``.

    >>> site_domain("https://WWW.Sana.sy/?p=1")
    'sana.sy'
    """
    parts = urlsplit((url or "").strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    return host.removeprefix("www.") or None


def file_url(path: Path) -> str:
    """A stable ``file://`` URL for a local article file."""
    return path.resolve().as_uri()


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace folded: the same story re-scraped hashes the same."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


def bytes_hash(raw: bytes) -> str:
    """SHA-256 of a raw snapshot, kept so a re-fetch can tell whether the page changed."""
    return hashlib.sha256(raw).hexdigest()
