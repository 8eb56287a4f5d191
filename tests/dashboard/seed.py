"""A small desk for the dashboard tests, stored through the library into a SQLite file.

The Arabic seed article is the hashtag-assad-khaji fixture, cleaned by ``claims.text.clean`` and
split by ``claims.extract.extract_claims`` when the extractor is available, else by hand-made
candidates over the same cleaned text. A second, English article carries ``<script>`` and
``<img onerror>`` in its title and text, to prove everything renders as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from claims import db
from claims.actors import OPERATOR
from claims.auth import add_user
from claims.candidates import ClaimCandidate, CleanDocument, Teaser
from claims.linking import link_article, store_teasers
from claims.repository import claims_of, replace_claims, store_article
from claims.text.clean import clean_text
from claims.types import ClaimKind, SpeakerKind
from tests.factories import make_candidate

ROOT = Path(__file__).resolve().parents[2]
SEED_ARTICLE = ROOT / "fixtures" / "articles" / "hashtag-assad-khaji.txt"
SEED_URL = "https://hashtag.example/assad-khaji"
EVIL_URL = "https://evil.example/port"
PASSWORD = "correct-horse-1"
USERS = {"rita": "reviewer", "rami": "reviewer", "eddie": "editor", "ada": "admin"}

# Spans the hand-made fallback uses (all in the cleaned fixture text).
AR_SPANS: tuple[tuple[str, str, str, float], ...] = (
    ("أهمية التنسيق في المرحلة القادمة", "بشار الأسد", "أكد", 0.9),
    ("صوابية الرؤية السورية بخصوص مختلف الملفات التي يتم التفاوض بشأنها", "علي أصغر خاجي", "أكد", 0.7),
    (
        "ارتياح بلاده للتطورات التي تشهدها العلاقات الخارجية السورية على الصعيد العربي خاصة",
        "علي أصغر خاجي",
        "أعرب",
        0.5,
    ),
)
EVIL_TEXT = (
    "The port minister said <script>document.title='pwned'</script> the terminal will reopen next week.\n\n"
    'A spokesperson claimed <img src=x onerror="alert(1)"> that 40 ships were waiting offshore.'
)
EVIL_TITLE = "Port <b>reopens</b> <script>alert('title')</script>"
EVIL_TEASERS = (
    Teaser(text="<script>alert('teaser')</script> Read this", url="javascript:alert(1)"),
    Teaser(text="Ships <img src=x onerror=alert(2)> queue", url="https://evil.example/ships"),
)
ECHO_URL = "https://sana.example/assad-coordination"
ECHO_TEXT = (
    "دمشق - سانا\n\n"
    "أكد الرئيس بشار الأسد أهمية التنسيق في المرحلة القادمة "
    "وخصوصاً فيما يتعلق باجتماعات الرباعية ومسار أستانا."
)


@dataclass(frozen=True)
class Seeded:
    url: str
    arabic_article_id: int
    arabic_claim_ids: list[int]
    evil_article_id: int
    evil_claim_ids: list[int]
    echo_article_id: int


def arabic_candidates(doc: CleanDocument) -> list[ClaimCandidate]:
    """The extractor's candidates when it exists, else the hand-made ones."""
    try:
        from claims.extract import extract_claims  # type: ignore[attr-defined]
    except ImportError:
        extract_claims = None
    if extract_claims is not None:
        found = list(extract_claims(doc))
        if found:
            return found
    return [
        make_candidate(
            doc, content, speaker=speaker, speaker_mention=speaker, speaker_role="", cue=cue,
            checkworthiness=cw, checkworthy_reasons=("statement",),
        )
        for content, speaker, cue, cw in AR_SPANS
    ]  # fmt: skip


def evil_candidates(doc: CleanDocument) -> list[ClaimCandidate]:
    return [
        make_candidate(
            doc, "the terminal will reopen next week", speaker="Port <i>Minister</i>",
            speaker_mention="minister", speaker_role="<b>minister</b>", speaker_kind=SpeakerKind.PERSON,
            cue="said", kind=ClaimKind.INDIRECT,
            checkworthiness=0.2, checkworthy_reasons=("<script>x</script>",),
        ),
        make_candidate(
            doc, "that 40 ships were waiting offshore", speaker="Port spokesperson",
            speaker_mention="spokesperson",
            speaker_role="", cue="claimed", checkworthiness=0.1,
        ),
    ]  # fmt: skip


def seed(url: str) -> Seeded:
    """Migrate ``url`` and store the users and both articles with their claims."""
    db.upgrade(url)
    with db.session_scope(url) as session:
        for name, role in USERS.items():
            add_user(session, actor=OPERATOR, name=name, password=PASSWORD, role=role)
        doc = clean_text(SEED_ARTICLE.read_text(encoding="utf-8"), lang="ar")
        ar = store_article(session, doc=doc, url=SEED_URL, published_at=datetime(2023, 5, 23, 9, tzinfo=UTC))
        replace_claims(session, article_id=ar.article_id, candidates=arabic_candidates(doc))
        store_teasers(session, article_id=ar.article_id, teasers=doc.teasers)
        echo = CleanDocument(
            text=ECHO_TEXT, title="الأسد: التنسيق مهم في المرحلة القادمة", lang="ar", outlet="سانا"
        )
        ec = store_article(
            session, doc=echo, url=ECHO_URL, published_at=datetime(2023, 5, 23, 12, tzinfo=UTC)
        )
        replace_claims(session, article_id=ec.article_id, candidates=arabic_candidates(echo))
        evil_doc = CleanDocument(
            text=EVIL_TEXT, title=EVIL_TITLE, lang="en", outlet="Evil <Times>", teasers=EVIL_TEASERS
        )
        ev = store_article(
            session, doc=evil_doc, url=EVIL_URL, published_at=datetime(2023, 5, 20, tzinfo=UTC)
        )
        replace_claims(session, article_id=ev.article_id, candidates=evil_candidates(evil_doc))
        store_teasers(session, article_id=ev.article_id, teasers=EVIL_TEASERS)
        for article_id in (ar.article_id, ec.article_id, ev.article_id):
            link_article(session, article_id=article_id, auto_threshold=0.82, suggest_threshold=0.6)
        ar_ids = [c.id for c in claims_of(session, article_id=ar.article_id) if c.id is not None]
        ev_ids = [c.id for c in claims_of(session, article_id=ev.article_id) if c.id is not None]
    db.dispose_engines()
    return Seeded(url, ar.article_id, ar_ids, ev.article_id, ev_ids, ec.article_id)
