"""What a run ingests, as items: files and folders, ``.jsonl`` lines, URL lists, feed entries.

An :class:`Item` names an article by URL (``file://`` for local files) and carries whatever is
already in hand (a path, text, fetched bytes); bad input becomes a clear one-line error, or, for
one bad line among many, an item whose ``error`` is recorded like any other failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from claims.errors import ClaimsError, InputError
from claims.ingest.feeds import ArticleRef
from claims.urls import canonical_url, file_url

FILE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
SIDECAR = "meta.json"  # beside local files: {"file.txt": {"outlet": …, "published": ISO 8601, "title": …}}


@dataclass(frozen=True)
class Item:
    """One article to ingest and what we already hold of it (nothing, a path, bytes or text)."""

    url: str  # http(s) or file:// — the identity used for dedup and failure records
    path: str | None = None  # a local .txt/.html file, read when prepared
    text: str | None = None  # plain text in hand (a .jsonl line)
    raw: bytes | None = None  # a fetched page
    fmt: Literal["html", "text"] | None = None
    charset: str | None = None  # the charset the server declared
    title: str | None = None
    published: datetime | None = None
    outlet: str | None = None  # who published it, when the input says (a local file's sidecar)
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None  # why it could not be read or fetched

    @property
    def needs_fetch(self) -> bool:
        return self.error is None and self.path is None and self.text is None and self.raw is None


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files to ingest: directories expand (recursively, sorted) to their .txt/.html/.jsonl files."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
            )
        elif path.is_file():
            if path.suffix.lower() not in FILE_SUFFIXES:
                raise InputError(f"{path}: not a .txt, .html or .jsonl file")
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return out


def items_from_paths(paths: Iterable[str | Path]) -> list[Item]:
    """Items for files: one per .txt/.html file, one per line of a .jsonl file of {url, title, text}."""
    items: list[Item] = []
    sidecars: dict[Path, dict[str, dict[str, object]]] = {}  # read once per folder and run
    for path in expand_paths(paths):
        if path.suffix.lower() == ".jsonl":
            items.extend(_jsonl_items(path))
        else:
            fmt: Literal["html", "text"] = "html" if path.suffix.lower() in (".html", ".htm") else "text"
            if path.parent not in sidecars:
                sidecars[path.parent] = _sidecar(path.parent)
            meta = sidecars[path.parent].get(path.name, {})
            items.append(
                Item(
                    url=file_url(path), path=str(path.resolve()), fmt=fmt,
                    title=_text_field(meta, "title"), published=parse_date(meta.get("published")),
                    outlet=_text_field(meta, "outlet"),
                )
            )  # fmt: skip
    return items


def _sidecar(folder: Path) -> dict[str, dict[str, object]]:
    """The folder's ``meta.json``: what a saved text file cannot say about itself (outlet, date, title).

    A page saved as plain text has lost its byline and date; the sidecar gives them back without
    touching the text (whose offsets gold files and claims point into). Missing: no metadata.
    """
    path = folder / SIDECAR
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a JSON object of file names to metadata ({exc})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise InputError(f"{path}: not a JSON object of file names to metadata")
    return data


def _text_field(meta: dict[str, object], name: str) -> str | None:
    value = meta.get(name)
    return value.strip() or None if isinstance(value, str) else None


def _jsonl_items(path: Path) -> Iterator[Item]:
    base = file_url(path)
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{base}?line={n}"
            try:
                rec = json.loads(line.decode("utf-8"))
                if (
                    not isinstance(rec, dict)
                    or not isinstance(rec.get("text"), str)
                    or not rec["text"].strip()
                ):
                    raise ValueError("needs a non-empty string `text`")
                url = str(rec.get("url") or where)
                canonical_url(url)
            except (ValueError, UnicodeDecodeError, ClaimsError) as exc:
                yield Item(url=where, error=f"{path.name} line {n}: {exc}")
                continue
            title = rec.get("title") if isinstance(rec.get("title"), str) else None
            yield Item(
                url=url, text=rec["text"], fmt="text", title=title, published=parse_date(rec.get("published"))
            )


def read_url_list(path: str | Path) -> list[str]:
    """URLs of a list file, one a line; blank lines and ``#`` comments ignored; a bad line is an error."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such URL list") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: the URL list is not UTF-8") from None
    urls: list[str] = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            canonical_url(line)
        except InputError as exc:
            raise InputError(f"{path} line {n}: {exc}") from None
        if not line.startswith(("http://", "https://")):
            raise InputError(f"{path} line {n}: only http(s) URLs belong in a URL list")
        urls.append(line)
    return urls


def check_feed_url(url: str) -> str:
    """``url`` if it can be a feed (an http(s) URL), else one :class:`InputError` line.

    Checked before any flow starts: a ``file://`` or garbled feed URL is the caller's mistake, not
    a network failure to retry three times.
    """
    try:
        canonical_url(url)
    except InputError:
        raise InputError(f"not a feed URL: {url!r} (give an http(s) URL)") from None
    if not url.strip().lower().startswith(("http://", "https://")):
        raise InputError(f"only http(s) feeds are fetched, not {url!r}")
    return url.strip()


def items_from_refs(refs: Iterable[ArticleRef]) -> list[Item]:
    return [Item(url=r.url, title=r.title, published=r.published) for r in refs]


def items_from_urls(urls: Iterable[str]) -> list[Item]:
    return [Item(url=u) for u in urls]


def parse_date(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
