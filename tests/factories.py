"""Small builders for test data (documents, candidates) with overridable fields."""

from __future__ import annotations

from typing import Any

from claims.candidates import ClaimCandidate, CleanDocument
from claims.types import ClaimKind, SpeakerKind

ARABIC_TEXT = (
    "استقبل الرئيس السوري بشار الأسد معاون وزير الخارجية الإيرانية علي أصغر خاجي.\n\n"
    "وأكد الرئيس الأسد أهمية التنسيق في المرحلة القادمة.\n\n"
    "بدوره، أكد خاجي صوابية الرؤية السورية."
)


def make_document(text: str = ARABIC_TEXT, **overrides: Any) -> CleanDocument:
    fields: dict[str, Any] = {"text": text, "title": "الأسد يستقبل خاجي", "lang": "ar", "outlet": "هاشتاغ"}
    return CleanDocument(**(fields | overrides))


def make_candidate(doc: CleanDocument, content: str, **overrides: Any) -> ClaimCandidate:
    start = doc.text.index(content)
    fields: dict[str, Any] = {
        "speaker": "بشار الأسد",
        "speaker_mention": "الرئيس الأسد",
        "speaker_kind": SpeakerKind.PERSON,
        "cue": "أكد",
        "content": content,
        "start": start,
        "end": start + len(content),
        "kind": ClaimKind.INDIRECT,
        "confidence": 0.9,
        "checkworthiness": 0.5,
        "extractor": "test",
        "extractor_version": "0",
    }
    return ClaimCandidate(**(fields | overrides))
