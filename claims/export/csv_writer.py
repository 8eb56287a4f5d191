"""CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a BOM (so Excel shows Arabic), no formula injection.

Scraped text and reviewer notes are untrusted; a spreadsheet runs a cell that starts with ``=``.
OWASP's rule: a cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
single quote. We also look past leading whitespace and invisible marks (``" =cmd"``, an Arabic
letter mark before ``=``; some importers trim them) and at full-width ``＝＋－＠``. A cell that starts
with a quote followed by such a cell is quoted too, so :func:`restore_cell` undoes it exactly.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from typing import BinaryIO

from claims.export.columns import HEADER, LIST_SEPARATOR, SCHEMA_VERSION
from claims.export.rows import ExportRecord

BOM = "\ufeff"
_TRIGGERS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
_CONTROL_TRIGGERS = frozenset("\t\r")


def needs_neutralising(value: str) -> bool:
    """Would a spreadsheet (or an importer that trims) read ``value`` as a formula?"""
    if not value:
        return False
    first = value[0]
    if first.isalnum():  # fast path: most cells start with a letter or a digit
        return False
    if first in _CONTROL_TRIGGERS:
        return True
    if first == "'":  # so that restore_cell can tell our quote from the text's own
        return needs_neutralising(value[1:])
    for ch in value:
        if ch in _TRIGGERS:
            return True
        if not (ch.isspace() or unicodedata.category(ch) == "Cf"):  # look past spaces, bidi/zero-width marks
            return False
    return False


def neutralise(value: str) -> str:
    """``value`` made inert for spreadsheets (a leading ``'``); unchanged when already safe."""
    return "'" + value if needs_neutralising(value) else value


def restore_cell(value: str) -> str:
    """The original of a neutralised cell (the inverse of :func:`neutralise`)."""
    if value.startswith("'") and needs_neutralising(value[1:]):
        return value[1:]
    return value


def iso(value: datetime | None) -> str:
    """ISO 8601 UTC to the second, ``Z``-suffixed; empty for unknown."""
    return "" if value is None else value.isoformat(timespec="seconds").replace("+00:00", "Z")


def number(value: float) -> str:
    return format(round(value, 3), "g")


def cells(r: ExportRecord) -> list[object]:
    """One CSV row in :data:`~claims.export.columns.COLUMNS` order (untrusted text neutralised)."""
    n = neutralise
    return [
        r.claim_id, n(r.article_url), n(r.outlet), iso(r.published_at), r.language, n(r.speaker),
        n(r.speaker_role), n(r.cue), n(r.claim_text), r.kind, n(r.via), number(r.checkworthiness), r.status,
        n(r.reviewer), iso(r.reviewed_at), n(r.note), n(LIST_SEPARATOR.join(r.evidence_urls)),
        n(LIST_SEPARATOR.join(r.crossref_urls)), r.start, r.end, SCHEMA_VERSION,
    ]  # fmt: skip


class CsvWriter:
    """Writes batches of records as encoded CSV to a binary stream (one ``write`` per batch)."""

    def __init__(self, out: BinaryIO, *, bom: bool = True) -> None:
        self._out = out
        self._buf = io.StringIO()
        self._csv = csv.writer(self._buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self._bom = bom

    def begin(self) -> None:
        if self._bom:
            self._buf.write(BOM)
        self._csv.writerow(HEADER)
        self._flush()

    def write(self, records: Iterable[ExportRecord]) -> None:
        self._csv.writerows(cells(r) for r in records)
        self._flush()

    def end(self) -> None:
        self._flush()

    def _flush(self) -> None:
        self._out.write(self._buf.getvalue().encode("utf-8"))
        self._buf.seek(0)
        self._buf.truncate()
