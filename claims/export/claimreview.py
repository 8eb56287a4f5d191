"""schema.org ClaimReview JSON-LD: one review per exported claim, built through pydantic models.

The output is one JSON array (valid JSON-LD, streamed element by element). The claim's speaker is
the ``Claim``'s author (a ``Person`` with ``jobTitle`` from the role, or an ``Organization``; an
event, the outlet's own assertion, falls back to the outlet and then to the site's domain), its
appearances are the article and the same claim in other articles that have a public http(s) URL
(a ``file://`` path is the desk's own disk, never published), ``firstAppearance`` the earliest of
those, the review's ``url`` its address under the desk's site (:data:`REVIEW_URL`), its rating a
number and a name (:data:`RATINGS`), and the review's author is the desk's organisation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Annotated, Any, BinaryIO, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from claims.errors import InputError
from claims.export.record import Appearance, ExportRecord
from claims.urls import site_domain

Text = Annotated[str, StringConstraints(min_length=1)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
IsoDate = Annotated[
    str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$")
]
# (ratingValue, alternateName) on a scale from worstRating 1 to bestRating 2: the desk has two
# verdicts, and a five-point "1 = False" would claim more than "Disputed" (contested or unconfirmed).
RATINGS = {"verified": (2, "Verified"), "disputed": (1, "Disputed")}
# Where the desk publishes a review: ``organization_url`` + this path (docs/export.md).
REVIEW_URL = "{organization_url}/claim-reviews/claim-{claim_id}"


class _Node(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid", frozen=True)


class Person(_Node):
    type: Literal["Person"] = Field("Person", alias="@type")
    name: Text
    jobTitle: str | None = None


class Organization(_Node):
    type: Literal["Organization"] = Field("Organization", alias="@type")
    name: Text
    url: Url | None = None
    description: str | None = None  # an organisation's "role", e.g. a ministry's department


class CreativeWork(_Node):
    type: Literal["CreativeWork"] = Field("CreativeWork", alias="@type")
    url: Url
    datePublished: IsoDate | None = None


class ClaimItem(_Node):
    type: Literal["Claim"] = Field("Claim", alias="@type")
    author: Person | Organization | None = None  # None only when nothing names who asserts it
    datePublished: IsoDate | None = None
    appearance: list[CreativeWork] | None = Field(None, min_length=1)  # None: seen in no public page
    firstAppearance: CreativeWork | None = None


class Rating(_Node):
    type: Literal["Rating"] = Field("Rating", alias="@type")
    ratingValue: Literal[1, 2]
    bestRating: Literal[2] = 2
    worstRating: Literal[1] = 1
    alternateName: Literal["Verified", "Disputed"]


class ClaimReview(_Node):
    context: Literal["https://schema.org"] = Field("https://schema.org", alias="@context")
    type: Literal["ClaimReview"] = Field("ClaimReview", alias="@type")
    url: Url | None = None  # None only without an organisation URL to put it under
    identifier: Text
    claimReviewed: Text
    inLanguage: Literal["ar", "en"]
    datePublished: IsoDate | None = None
    itemReviewed: ClaimItem
    reviewRating: Rating
    author: Organization
    reviewBody: str | None = None


def _work(a: Appearance) -> CreativeWork:
    return CreativeWork(url=a.url, datePublished=a.published_at)


def _author(r: ExportRecord) -> Person | Organization | None:
    """Who asserts the claim; an event with no speaker is the outlet's, or its site's."""
    name = r.speaker.strip() or r.outlet.strip() or site_domain(r.article_url) or ""
    if not name:
        return None
    if r.speaker_kind == "person" and r.speaker.strip():
        return Person(name=name, jobTitle=r.speaker_role or None)
    return Organization(name=name, description=r.speaker_role or None)


def build(r: ExportRecord, *, organization: str, organization_url: str | None) -> ClaimReview:
    """The ClaimReview for one record (raises pydantic's ValidationError on a malformed one)."""
    public = [a for a in (Appearance(r.article_url, r.published_at), *r.same_claim) if site_domain(a.url)]
    dated = [a for a in public if a.published_at is not None]
    first = min(dated, key=lambda a: (a.published_at, a.url)) if dated else (public[0] if public else None)
    value, name = RATINGS[r.status]
    base = (organization_url or "").strip().rstrip("/")
    return ClaimReview(
        url=REVIEW_URL.format(organization_url=base, claim_id=r.claim_id) if base else None,
        identifier=f"claim-{r.claim_id}",
        claimReviewed=r.claim_text,
        inLanguage=r.language,  # type: ignore[arg-type]
        datePublished=r.reviewed_at,
        itemReviewed=ClaimItem(
            author=_author(r),
            datePublished=first.published_at if first else None,
            appearance=[_work(a) for a in public] or None,
            firstAppearance=_work(first) if first else None,
        ),
        reviewRating=Rating(ratingValue=value, alternateName=name),  # type: ignore[arg-type]
        author=Organization(name=organization, url=organization_url or None),
        reviewBody=r.note or None,
    )


def as_jsonld(review: ClaimReview) -> dict[str, Any]:
    return review.model_dump(by_alias=True, exclude_none=True)


class ClaimReviewWriter:
    """Streams a JSON array of ClaimReview objects, one per line."""

    def __init__(self, out: BinaryIO, *, organization: str, organization_url: str | None) -> None:
        self._out = out
        self._org = organization
        self._org_url = organization_url
        self._first = True

    def begin(self) -> None:
        self._out.write(b"[")

    def write(self, records: Iterable[ExportRecord]) -> None:
        parts = []
        for r in records:
            try:
                review = build(r, organization=self._org, organization_url=self._org_url)
            except ValidationError as exc:  # one line naming the claim and the field, no traceback
                problem = exc.errors()[0]
                where = ".".join(str(p) for p in problem["loc"])
                raise InputError(
                    f"claim {r.claim_id} cannot be written as ClaimReview: {where}: {problem['msg']}"
                ) from None
            doc = json.dumps(as_jsonld(review), ensure_ascii=False)
            parts.append(("\n" if self._first else ",\n") + doc)
            self._first = False
        if parts:
            self._out.write("".join(parts).encode("utf-8"))

    def end(self) -> None:
        self._out.write(b"\n]\n")
