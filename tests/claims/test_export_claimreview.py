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
from claims.export.claimreview import ClaimReview, Organization, build
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
    odd = build(_record(same_claim=[Appearance("not a url", None)]), organization="Desk", organization_url=None)
    assert [a.url for a in odd.itemReviewed.appearance or []] == ["https://a.example/x"]  # dropped, not published
    with pytest.raises(ValidationError):
        build(_record(), organization="", organization_url=None)


# ---------------------------------------------------------------- events without an outlet (item 11)

EVENT_TEXT = "The central bank raised its main rate to 5 percent on Tuesday.\n\nThe minister said growth would return."


def _ingest(session: Session, url: str, outlet: str | None) -> int:
    """An article stored and extracted the way the ingestion flow does it; returns its event claim."""
    from claims import repository
    from claims.candidates import CleanDocument
    from claims.extract import extract_claims

    doc = CleanDocument(text=EVENT_TEXT, lang="en", outlet=outlet, title="Rates")
    art = repository.store_article(session, doc=doc, url=url).article_id
    repository.replace_claims(session, article_id=art, candidates=extract_claims(doc))
    [event] = [c for c in repository.claims_of(session, article_id=art) if c.kind == "event"]
    assert event.id is not None
    return event.id


def _verify_as_editor(session: Session, claim_id: int) -> None:
    from claims import review
    from claims.types import ReviewStatus
    from tests.factories import login_as

    review.decide(
        session, claim_id=claim_id, actor=login_as(session, "hala", "editor"), verdict=ReviewStatus.VERIFIED,
        version=1, now=datetime(2026, 11, 2, 10, tzinfo=UTC),
    )  # fmt: skip
    session.commit()


def test_an_event_from_an_article_without_an_outlet_is_the_sites(session: Session) -> None:
    """The reported crash: a verified event of an outlet-less article had an empty speaker."""
    claim_id = _ingest(session, "https://www.centralnews.example/rates?id=7", outlet=None)
    _verify_as_editor(session, claim_id)
    [doc] = reviews(session, organization="Desk", organization_url="https://desk.example/")
    review = ClaimReview.model_validate(doc)
    assert review.itemReviewed.author == Organization(name="centralnews.example")
    assert review.url == f"https://desk.example/claim-reviews/claim-{claim_id}"
    assert doc["reviewRating"] == {
        "@type": "Rating", "ratingValue": 2, "bestRating": 2, "worstRating": 1, "alternateName": "Verified"
    }  # fmt: skip


def test_an_event_carries_the_outlet_when_there_is_one(session: Session) -> None:
    claim_id = _ingest(session, "https://centralnews.example/rates", outlet="Central News")
    from claims.models import Claim

    stored = session.get(Claim, claim_id)
    assert stored is not None and (stored.speaker, stored.speaker_kind) == ("Central News", "outlet")


def test_an_event_stored_before_the_fix_still_exports(session: Session) -> None:
    """Rows already in a database keep their empty speaker: the export falls back by itself."""
    row = decided(
        session, "the rate rose", url="https://wire.example/x", outlet=None, speaker="", speaker_kind="outlet",
        speaker_role="", kind="event",
    )  # fmt: skip
    session.commit()
    [doc] = reviews(session, organization="Desk", organization_url="https://desk.example")
    assert doc["itemReviewed"]["author"] == {"@type": "Organization", "name": "wire.example"}
    assert doc["identifier"] == f"claim-{row.id}"


def test_a_local_file_is_never_an_appearance(session: Session) -> None:
    on_disk = decided(session, "from a file", url="file:///srv/desk/inbox/leak.txt", outlet=None, kind="event",
                      speaker="", speaker_kind="outlet")  # fmt: skip
    copy = claim(session, article(session, url="https://copy.example/a"), "from a file")
    session.add(CrossReference(kind="same_claim", state="auto", from_claim_id=on_disk.id, to_claim_id=copy.id))
    alone = decided(session, "only on disk", url="file:///srv/desk/inbox/other.txt")
    session.commit()
    out = io.BytesIO()
    export_claims(
        session, actor=OPERATOR, filters=ExportFilter(), fmt="claimreview", out=out, organization="Desk",
        organization_url="https://desk.example",
    )  # fmt: skip
    assert b"file:" not in out.getvalue()
    docs = {d["identifier"]: d for d in json.loads(out.getvalue())}
    first = docs[f"claim-{on_disk.id}"]["itemReviewed"]
    assert [a["url"] for a in first["appearance"]] == ["https://copy.example/a"]
    assert first["firstAppearance"]["url"] == "https://copy.example/a"
    assert "author" not in first  # nothing public names who asserts it: no invented author
    lone = docs[f"claim-{alone.id}"]["itemReviewed"]
    assert "appearance" not in lone and "firstAppearance" not in lone and lone["author"]["name"] == "علي أصغر خاجي"


def test_a_record_that_cannot_be_built_is_one_line_naming_the_claim(session: Session) -> None:
    from claims.errors import InputError

    decided(session, "fine")
    session.commit()
    one_line = r"^claim \d+ cannot be written as ClaimReview: name: String should have at least 1"
    with pytest.raises(InputError, match=one_line):
        reviews(session, organization="", organization_url="https://desk.example")
