"""Small builders for test data (documents, candidates) with overridable fields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session

from claims import auth, logins
from claims.actors import OPERATOR, Login
from claims.candidates import ClaimCandidate, CleanDocument
from claims.types import ClaimKind, SpeakerKind

LOGIN_AT = datetime(2020, 1, 1, tzinfo=UTC)  # before every test's "now", with a lifetime past all of them

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


def login_as(session: Session, name: str, role: str = "reviewer", *, at: datetime = LOGIN_AT) -> Login:
    """A live login of ``name`` as the dashboard holds one (the user is added on first use). No commit."""
    user = auth.get_user(session, name=name) or auth.add_user(
        session, actor=OPERATOR, name=name, password=f"{name}-password-1", role=role
    )
    return Login(logins.start_session(session, user, at, timedelta(days=3650)))
