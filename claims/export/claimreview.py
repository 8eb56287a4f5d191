"""schema.org ClaimReview JSON-LD: one review per exported claim, built through pydantic models.

The output is one JSON array (valid JSON-LD, streamed element by element). The claim's speaker is
the ``Claim``'s author (a ``Person`` with ``jobTitle`` from the role, or an ``Organization``), its
appearances are the article and the same claim in other articles, ``firstAppearance`` the earliest
of those, and the review's author is the desk's organisation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Annotated, Any, BinaryIO, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from claims.export.record import Appearance, ExportRecord

Text = Annotated[str, StringConstraints(min_length=1)]
Url = Annotated[str, StringConstraints(pattern=r"^(https?|file)://\S+$")]
IsoDate = Annotated[
    str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$")
]
RATINGS = {"verified": "Verified", "disputed": "Disputed"}


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
    author: Person | Organization
    datePublished: IsoDate | None = None
    appearance: list[CreativeWork] = Field(min_length=1)
    firstAppearance: CreativeWork


class Rating(_Node):
    type: Literal["Rating"] = Field("Rating", alias="@type")
    alternateName: Literal["Verified", "Disputed"]


class ClaimReview(_Node):
    context: Literal["https://schema.org"] = Field("https://schema.org", alias="@context")
    type: Literal["ClaimReview"] = Field("ClaimReview", alias="@type")
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


def build(r: ExportRecord, *, organization: str, organization_url: str | None) -> ClaimReview:
    """The ClaimReview for one record (raises pydantic's ValidationError on a malformed one)."""
    if r.speaker_kind == "person":
        author: Person | Organization = Person(name=r.speaker, jobTitle=r.speaker_role or None)
    else:
        author = Organization(name=r.speaker, description=r.speaker_role or None)
    own = Appearance(r.article_url, r.published_at)
    appearances = [own, *r.same_claim]
    dated = [a for a in appearances if a.published_at is not None]
    first = min(dated, key=lambda a: (a.published_at, a.url)) if dated else own
    return ClaimReview(
        identifier=f"claim-{r.claim_id}",
        claimReviewed=r.claim_text,
        inLanguage=r.language,  # type: ignore[arg-type]
        datePublished=r.reviewed_at,
        itemReviewed=ClaimItem(
            author=author,
            datePublished=first.published_at,
            appearance=[_work(a) for a in appearances],
            firstAppearance=_work(first),
        ),
        reviewRating=Rating(alternateName=RATINGS[r.status]),  # type: ignore[arg-type]
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
            doc = json.dumps(
                as_jsonld(build(r, organization=self._org, organization_url=self._org_url)),
                ensure_ascii=False,
            )
            parts.append(("\n" if self._first else ",\n") + doc)
            self._first = False
        if parts:
            self._out.write("".join(parts).encode("utf-8"))

    def end(self) -> None:
        self._out.write(b"\n]\n")
