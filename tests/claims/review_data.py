"""Test data for the review tests: articles with claims of chosen check-worthiness, and users."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from claims import repository
from claims.actors import Login
from claims.types import ClaimKind, Role, SpeakerKind
from tests.factories import login_as, make_candidate, make_document

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)

EN_TEXT = (
    "The minister said on Monday that inflation had fallen to 3 percent.\n\n"
    "Opposition leader Sam Reed said the figure was wrong.\n\n"
    "The central bank said rates would stay unchanged, a spokesperson added."
)
EN_CLAIMS = (
    ("inflation had fallen to 3 percent", "The minister"),
    ("the figure was wrong", "Sam Reed"),
    ("rates would stay unchanged", "Central Bank"),
)


def seed_article(
    session: Session,
    *,
    url: str,
    text: str = EN_TEXT,
    claims: tuple[tuple[str, str], ...] = EN_CLAIMS,
    lang: str = "en",
    outlet: str = "Daily Example",
    published_at: datetime | None = None,
    checkworthiness: tuple[float, ...] = (),
) -> list[int]:
    """Store one article and its claims; returns the claim ids in the order given."""
    doc = make_document(text, lang=lang, outlet=outlet, title=f"Title of {url}")
    art = repository.store_article(session, doc=doc, url=url, published_at=published_at).article_id
    cands = [
        make_candidate(
            doc,
            content,
            speaker=speaker,
            speaker_mention=speaker,
            speaker_kind=SpeakerKind.PERSON,
            cue="said",
            kind=ClaimKind.INDIRECT,
            checkworthiness=checkworthiness[i] if i < len(checkworthiness) else 0.5,
        )
        for i, (content, speaker) in enumerate(claims)
    ]
    ids = repository.replace_claims(session, article_id=art, candidates=cands)
    by_content = {c: i for i, (c, _) in enumerate(claims)}
    from claims.models import Claim

    rows = [session.get(Claim, i) for i in ids]
    return [r.id for r in sorted(rows, key=lambda r: by_content[r.content])]  # type: ignore[union-attr,misc]


def seed_users(session: Session) -> dict[str, Login]:
    """The desk's members, each with a live login (what the review calls take), committed."""
    users = {
        name: login_as(session, name, role)
        for name, role in (("alice", Role.REVIEWER), ("bob", Role.REVIEWER), ("carol", Role.REVIEWER),
                           ("eve", Role.EDITOR))
    }  # fmt: skip
    session.commit()
    return users
