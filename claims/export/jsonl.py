"""JSON Lines: one object per claim, the CSV's keys with native types (numbers, arrays, null).

No BOM and no formula neutralisation: JSON is read by programs, which get the text exactly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, BinaryIO

from claims.export.columns import SCHEMA_VERSION
from claims.export.record import ExportRecord


def as_dict(r: ExportRecord) -> dict[str, Any]:
    """The record under the column keys (see ``docs/export.md``)."""
    return {
        "claim_id": r.claim_id,
        "article_url": r.article_url,
        "outlet": r.outlet,
        "published_at": r.published_at,
        "language": r.language,
        "speaker": r.speaker,
        "speaker_role": r.speaker_role,
        "cue": r.cue,
        "claim_text": r.claim_text,
        "kind": r.kind,
        "via": r.via,
        "checkworthiness": round(r.checkworthiness, 3),
        "status": r.status,
        "reviewer": r.reviewer,
        "reviewed_at": r.reviewed_at,
        "note": r.note,
        "evidence_urls": r.evidence_urls,
        "crossref_urls": r.crossref_urls,
        "start": r.start,
        "end": r.end,
        "schema_version": SCHEMA_VERSION,
    }


class JsonlWriter:
    def __init__(self, out: BinaryIO) -> None:
        self._out = out

    def begin(self) -> None:
        pass

    def write(self, records: Iterable[ExportRecord]) -> None:
        lines = [json.dumps(as_dict(r), ensure_ascii=False, separators=(",", ":")) for r in records]
        if lines:
            self._out.write(("\n".join(lines) + "\n").encode("utf-8"))

    def end(self) -> None:
        pass
