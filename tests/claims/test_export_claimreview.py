"""ClaimReview JSON-LD on both back ends: every record validates against the pydantic models."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import ValidationError
from sqlmodel import Session

from claims.actors import OPERATOR
from claims.export import ExportFilter, export_claims
from claims.export.claimreview import ClaimReview, build
from claims.export.rows import Appearance, ExportRecord
from claims.models import CrossReference
from tests.claims.export_helpers import article, claim, decided


def reviews(session: Session, **kw: Any) -> list[dict[str, Any]]:
    out = io.BytesIO()
    filters = kw.pop("filters", ExportFilter(statuses=("verified", "disputed")))
    export_claims(session, actor=OPERATOR, filters=filters, fmt="claimreview", out=out, **kw)
    data = json.loads(out.getvalue().decode("utf-8"))
    assert isinstance(data, list)
    return data


def test_each_claim_becomes_a_valid_claimreview(session: Session) -> None:
    person = decided(
        session,
        "صوابية الرؤية السورية",
        url="https://hashtag.example/a",
        published_at=datetime(2026, 11, 1, 8, 30, tzinfo=UTC),
        note="مطابق للبيان الرسمي",
    )
    decided(
        session,
        "the talks resume next week",
        "disputed",
        lang="en",
        speaker="Foreign Ministry",
        speaker_kind="organization",
        speaker_role="spokes office",
        note="denied by the ministry",
    )
    earlier = claim(
        session,
        article(session, url="https://wire.example/first", published_at=datetime(2026, 10, 31, tzinfo=UTC)),
        "x",
    )
    later = claim(
        session,
        article(session, url="https://late.example/copy", published_at=datetime(2026, 11, 5, tzinfo=UTC)),
        "y",
    )
    session.add_all(
        [
            CrossReference(
                kind="same_claim", state="confirmed", from_claim_id=person.id, to_claim_id=later.id
            ),
            CrossReference(kind="same_claim", state="auto", from_claim_id=earlier.id, to_claim_id=person.id),
            CrossReference(
                kind="via", state="auto", from_claim_id=person.id, to_url="https://irna.example/src"
            ),
        ]
    )
    session.commit()

    docs = reviews(session, organization="مرصد التحقق", organization_url="https://desk.example")
    parsed = [ClaimReview.model_validate(d) for d in docs]  # the contract: every record validates
    first, second = parsed
    assert first.identifier == f"claim-{person.id}" and first.claimReviewed == "صوابية الرؤية السورية"
    assert first.reviewRating.alternateName == "Verified" and second.reviewRating.alternateName == "Disputed"
    assert first.author.name == "مرصد التحقق" and first.author.url == "https://desk.example"
    assert first.datePublished == "2026-11-02T10:00:00Z" and first.reviewBody == "مطابق للبيان الرسمي"

    item = first.itemReviewed
    assert item.author.type == "Person" and item.author.jobTitle == "معاون وزير الخارجية الإيرانية"  # type: ignore[union-attr]
    urls = [a.url for a in item.appearance]
    assert urls == ["https://hashtag.example/a", "https://late.example/copy", "https://wire.example/first"]
    assert "https://irna.example/src" not in urls  # the cited source is not an appearance of the claim
    assert item.firstAppearance.url == "https://wire.example/first"
    assert item.datePublished == "2026-10-31T00:00:00Z"

    org = second.itemReviewed.author
    assert (
        org.type == "Organization" and org.name == "Foreign Ministry" and org.description == "spokes office"
    )  # type: ignore[union-attr]
    assert second.inLanguage == "en"
    assert docs[0]["@context"] == "https://schema.org" and docs[0]["itemReviewed"]["@type"] == "Claim"


def test_an_empty_export_is_an_empty_array(session: Session) -> None:
    assert reviews(session) == []


def _record(**overrides: Any) -> ExportRecord:
    fields: dict[str, Any] = {
        "claim_id": 1,
        "article_url": "https://a.example/x",
        "outlet": "",
        "published_at": None,
        "language": "ar",
        "speaker": "خاجي",
        "speaker_kind": "person",
        "speaker_role": "",
        "cue": "أكد",
        "claim_text": "نص",
        "kind": "indirect",
        "via": "",
        "checkworthiness": 0.5,
        "status": "verified",
        "reviewer": "rana",
        "reviewed_at": "2026-11-02T10:00:00Z",
        "note": "",
        "evidence_urls": [],
        "start": 0,
        "end": 2,
    }
    return ExportRecord(**(fields | overrides))


def test_malformed_records_are_refused_not_published() -> None:
    ok = build(_record(), organization="Desk", organization_url="https://desk.example")
    assert (
        ok.itemReviewed.firstAppearance.url == "https://a.example/x" and ok.itemReviewed.datePublished is None
    )
    with pytest.raises(ValidationError):
        build(_record(claim_text=""), organization="Desk", organization_url=None)
    with pytest.raises(ValidationError):
        build(_record(speaker=""), organization="Desk", organization_url=None)
    with pytest.raises(ValidationError):
        build(_record(same_claim=[Appearance("not a url", None)]), organization="Desk", organization_url=None)
    with pytest.raises(ValidationError):
        build(_record(), organization="", organization_url=None)
