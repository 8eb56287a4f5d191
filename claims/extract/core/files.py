"""Read an article file (plain text or HTML) into a ``CleanDocument``: the one I/O helper of extraction."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from claims.candidates import CleanDocument
from claims.errors import InputError
from claims.text.clean import clean_text
from claims.types import Lang

HTML_SUFFIXES: Final = frozenset({".html", ".htm", ".xhtml"})
_HTML_SNIFF: Final = (b"<!doctype html", b"<html", b"<body", b"<article", b"<head")


def read_document(path: Path, *, lang: Lang | None = None) -> CleanDocument:
    """Text or HTML (by suffix, else by sniffing the first bytes) → cleaned document."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if path.suffix.lower() in HTML_SUFFIXES or data[:1024].lstrip().lower().startswith(_HTML_SNIFF):
        from claims.text.html import html_to_document

        return html_to_document(data, lang=lang)
    return clean_text(_decode(path, data), lang=lang)


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
