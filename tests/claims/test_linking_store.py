"""Linking against a real database (SQLite and PostgreSQL): links, clusters, decisions, teasers, copies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import Session, col, select

from claims import linking, repository
from claims.candidates import Teaser
from claims.errors import InputError
from claims.models import Claim, CrossReference, LinkRejection, ReviewEvent
from claims.types import ClaimKind, SpeakerKind
from tests.factories import make_candidate, make_document

AUTO, SUGGEST = 0.82, 0.6

SANA = (
    "التقى الرئيس بشار الأسد معاون وزير الخارجية الإيراني علي أصغر خاجي في دمشق.\n\n"
    "وأكد خاجي صوابية الرؤية السورية حيال مسار التقارب.\n\n"
    "وقال الأسد إن التنسيق مع الجانب الإيراني ضروري في المرحلة المقبلة."
)
IRNA = (
    "أفادت وكالة إرنا أن معاون وزير الخارجية علي أصغر خاجي زار دمشق.\n\n"
    "وأكد علي أصغر خاجي صوابية الرؤية السورية حيال مسار التقارب مع تركيا.\n\n"
    "وبحث الجانبان العلاقات الثنائية."
)
OTHER = (
    "قال وزير الخارجية السوري فيصل المقداد إن الرؤية السورية واضحة في كل الملفات.\n\n"
    "وأكد خاجي أن إيران ستواصل دعم سوريا اقتصاديا خلال العام المقبل."
)


def _store(
    session: Session,
    text: str,
    url: str,
    outlet: str,
    claims: list[dict[str, object]],
    published: datetime | None = None,
    **doc: object,
) -> int:
    d = make_document(text, outlet=outlet, **doc)
    art = repository.store_article(session, doc=d, url=url, published_at=published)
    cands = [make_candidate(d, str(c.pop("content")), **c) for c in claims]
    repository.replace_claims(session, article_id=art.article_id, candidates=cands)
    return art.article_id


def _khaji(content: str, **extra: object) -> dict[str, object]:
    return {"content": content, "speaker": "علي أصغر خاجي", "speaker_mention": "خاجي"} | extra


def test_same_claim_across_outlets_links_and_clusters_on_the_earliest(session: Session) -> None:
    a = _store(
        session, SANA, "https://sana.example/1", "سانا", [_khaji("صوابية الرؤية السورية حيال مسار التقارب")]
    )
    first = linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    assert first.claims == 1 and first.auto == 0
    b = _store(
        session,
        IRNA,
        "https://irna.example/2",
        "إرنا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا", speaker_mention="علي أصغر خاجي")],
    )
    report = linking.link_article(session, article_id=b, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    session.commit()
    assert report.auto == 1, report
    ca = repository.claims_of(session, article_id=a)[0]
    cb = repository.claims_of(session, article_id=b)[0]
    assert ca.cluster_id == cb.cluster_id == ca.id
    views = linking.cross_references_of(session, claim_id=ca.id)  # type: ignore[arg-type]
    assert [(v.kind, v.state, v.claim_id, v.article_outlet) for v in views] == [
        ("same_claim", "auto", cb.id, "إرنا")
    ]


def test_other_claim_of_the_same_speaker_is_not_linked(session: Session) -> None:
    a = _store(
        session, SANA, "https://sana.example/1", "سانا", [_khaji("صوابية الرؤية السورية حيال مسار التقارب")]
    )
    b = _store(
        session,
        OTHER,
        "https://o.example/3",
        "الوطن",
        [_khaji("إيران ستواصل دعم سوريا اقتصاديا خلال العام المقبل")],
    )
    for art in (a, b):
        r = linking.link_article(session, article_id=art, auto_threshold=AUTO, suggest_threshold=SUGGEST)
        assert r.auto == r.suggested == 0
    assert session.exec(select(CrossReference)).all() == []


def test_via_links_the_citing_claim_to_the_agency_article(session: Session) -> None:
    a = _store(
        session,
        SANA,
        "https://sana.example/1",
        "سانا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب", via="وكالة إرنا")],
    )
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    b = _store(
        session,
        IRNA,
        "https://irna.example/2",
        "إرنا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا")],
    )
    report = linking.link_article(session, article_id=b, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    assert report.via == 1
    x = session.exec(select(CrossReference)).one()
    ca, cb = repository.claims_of(session, article_id=a)[0], repository.claims_of(session, article_id=b)[0]
    assert (x.kind, x.from_claim_id, x.to_claim_id) == ("via", ca.id, cb.id)


def test_rejected_suggestion_is_remembered_across_re_extraction(session: Session) -> None:
    a = _store(
        session, SANA, "https://sana.example/1", "سانا", [_khaji("صوابية الرؤية السورية حيال مسار التقارب")]
    )
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    b = _store(
        session,
        IRNA,
        "https://irna.example/2",
        "إرنا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا")],
    )
    linking.link_article(session, article_id=b, auto_threshold=0.99, suggest_threshold=SUGGEST)
    x = session.exec(select(CrossReference)).one()
    assert x.state == "suggested"
    linking.reject_link(session, xref_id=x.id, user="rana")  # type: ignore[arg-type]
    session.commit()
    assert session.exec(select(LinkRejection)).one().decided_by == "rana"
    assert x.decided_by == "rana" and session.exec(select(ReviewEvent)).all() == []
    # the article is extracted again: new claim ids, the old link row is gone, the rejection is not
    doc = make_document(IRNA, outlet="إرنا")
    repository.replace_claims(
        session,
        article_id=b,
        candidates=[
            make_candidate(doc, "صوابية الرؤية السورية حيال مسار التقارب مع تركيا", speaker="علي أصغر خاجي")
        ],
    )
    again = linking.link_article(session, article_id=b, auto_threshold=0.99, suggest_threshold=SUGGEST)
    assert again.suggested == 0 and again.auto == 0


def test_confirm_joins_clusters_and_reject_splits_them(session: Session) -> None:
    a = _store(
        session, SANA, "https://sana.example/1", "سانا", [_khaji("صوابية الرؤية السورية حيال مسار التقارب")]
    )
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    b = _store(
        session,
        IRNA,
        "https://irna.example/2",
        "إرنا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا")],
    )
    linking.link_article(session, article_id=b, auto_threshold=0.99, suggest_threshold=SUGGEST)
    x = session.exec(select(CrossReference)).one()
    linking.confirm_link(session, xref_id=x.id, user="omar")  # type: ignore[arg-type]
    ids = {c.cluster_id for c in session.exec(select(Claim)).all()}
    assert len(ids) == 1 and None not in ids
    linking.reject_link(session, xref_id=x.id, user="rana")  # type: ignore[arg-type]
    session.commit()
    assert {c.cluster_id for c in session.exec(select(Claim)).all()} == {None}
    assert x.decided_by == "rana" and x.state == "rejected"


def test_teasers_resolve_now_or_when_the_article_arrives(session: Session) -> None:
    a = _store(session, SANA, "https://sana.example/1", "سانا", [], title="الأسد يستقبل خاجي في دمشق")
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    b = _store(session, IRNA, "https://irna.example/2", "إرنا", [], title="خاجي يزور دمشق")
    resolved, unresolved = linking.store_teasers(
        session,
        article_id=b,
        teasers=[
            Teaser(text="الاسد يستقبل خاجى فى دمشق"),
            Teaser(text="إيران تدعم سوريا اقتصادياً في العام المقبل"),
        ],
    )
    assert (resolved, unresolved) == (1, 1)
    linking.link_article(session, article_id=b, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    c = _store(
        session, OTHER, "https://o.example/3", "الوطن", [], title="إيران تدعم سوريا اقتصاديا في العام المقبل"
    )
    report = linking.link_article(session, article_id=c, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    assert report.related_resolved == 1
    targets = {x.text: x.to_article_id for x in session.exec(select(CrossReference)).all()}
    assert targets == {"الاسد يستقبل خاجى فى دمشق": a, "إيران تدعم سوريا اقتصادياً في العام المقبل": c}


def test_syndicated_copy_is_grouped_at_article_level(session: Session) -> None:
    wire = "AP — " + " ".join(
        f"Blinken said the talks in Cairo were constructive, sentence {i}." for i in range(30)
    )
    a = _store(session, wire, "https://ap.example/1", "AP", [], lang="en", title="Blinken in Cairo")
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    copy = wire.replace("AP — ", "By The Associated Press. ") + " Copyright 2026."
    b = _store(
        session, copy, "https://local.example/9", "Local Daily", [], lang="en", title="Blinken in Cairo"
    )
    report = linking.link_article(session, article_id=b, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    assert report.syndicated == 1
    x = session.exec(select(CrossReference)).one()
    assert (x.kind, x.from_article_id, x.to_article_id) == ("syndicated", b, a)


def test_link_all_rebuilds_and_keeps_decisions(session: Session) -> None:
    a = _store(
        session,
        SANA,
        "https://sana.example/1",
        "سانا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب")],
        published=datetime(2026, 11, 2, tzinfo=UTC),
    )
    b = _store(
        session,
        IRNA,
        "https://irna.example/2",
        "إرنا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا")],
        published=datetime(2026, 11, 1, tzinfo=UTC),
    )
    seen: list[tuple[int, int]] = []
    report = linking.link_all(
        session, auto_threshold=AUTO, suggest_threshold=SUGGEST, progress=lambda i, n: seen.append((i, n))
    )
    assert seen == [(1, 2), (2, 2)] and report.auto == 1
    cb = repository.claims_of(session, article_id=b)[0]
    assert {c.cluster_id for c in session.exec(select(Claim)).all()} == {
        cb.id
    }  # earliest published is canonical
    again = linking.link_all(session, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    assert again.auto == 1 and len(session.exec(select(CrossReference)).all()) == 1
    assert linking.pending_articles(session) == []
    assert a != b


def test_an_auto_link_raises_both_claims_priority_by_cluster_size(session: Session) -> None:
    a = _store(
        session, SANA, "https://sana.example/1", "سانا", [_khaji("صوابية الرؤية السورية حيال مسار التقارب")]
    )
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    b = _store(
        session,
        IRNA,
        "https://irna.example/2",
        "إرنا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا")],
    )
    session.flush()
    before = {c.id: c.priority for c in session.exec(select(Claim)).all()}
    linking.link_article(session, article_id=b, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    session.commit()
    after = {c.id: c.priority for c in session.exec(select(Claim)).all()}
    from claims.priority import claim_priority

    for c in session.exec(select(Claim)).all():
        assert after[c.id] != before[c.id]
        assert after[c.id] == claim_priority(c, 2, None)


def test_via_also_links_when_the_agency_article_came_first(session: Session) -> None:
    b = _store(
        session,
        IRNA,
        "https://irna.example/2",
        "إرنا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا")],
    )
    linking.link_article(session, article_id=b, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    a = _store(
        session,
        SANA,
        "https://sana.example/1",
        "سانا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب", via="إرنا")],
    )
    report = linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    x = session.exec(select(CrossReference)).one()
    ca, cb = repository.claims_of(session, article_id=a)[0], repository.claims_of(session, article_id=b)[0]
    assert report.via == 1 and (x.kind, x.from_claim_id, x.to_claim_id) == ("via", ca.id, cb.id)


def test_a_cross_language_match_is_only_suggested(session: Session) -> None:
    a = _store(
        session, SANA, "https://sana.example/1", "سانا", [_khaji("صوابية الرؤية السورية حيال مسار التقارب")]
    )
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    en = "Envoy Ali Asghar Khaji affirmed the soundness of the Syrian vision. He met Assad in Damascus."
    d = make_document(en, lang="en", outlet="Tehran Times", title="Khaji in Damascus")
    art = repository.store_article(session, doc=d, url="https://tt.example/3").article_id
    cand = make_candidate(d, "the soundness of the Syrian vision", speaker="Ali Asghar Khaji", cue="affirmed")
    repository.replace_claims(session, article_id=art, candidates=[cand])
    report = linking.link_article(session, article_id=art, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    assert (report.auto, report.suggested) == (0, 1)
    x = session.exec(select(CrossReference)).one()
    assert x.state == "suggested" and x.score >= AUTO
    with pytest.raises(InputError, match="rejected"):
        linking.reject_link(session, xref_id=x.id, user="rana")  # type: ignore[arg-type]
        linking.confirm_link(session, xref_id=x.id, user="omar")  # type: ignore[arg-type]


def test_teaser_with_a_link_resolves_by_url_and_unknown_ids_fail_clearly(session: Session) -> None:
    a = _store(session, SANA, "https://sana.example/1", "سانا", [], title="عنوان آخر تماما")
    linking.link_article(session, article_id=a, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    b = _store(session, IRNA, "https://irna.example/2", "إرنا", [], title="خاجي يزور دمشق")
    assert linking.store_teasers(
        session,
        article_id=b,
        teasers=[Teaser(text="لا يشبه العنوان", url="https://SANA.example/1/?utm_source=x")],
    ) == (1, 0)
    assert linking.store_teasers(
        session,
        article_id=b,
        teasers=[Teaser(text="لا يشبه العنوان", url="https://SANA.example/1/?utm_source=x")],
    ) == (0, 0)
    views = linking.cross_references_of(session, claim_id=_one_claim(session, b))
    assert [(v.kind, v.state, v.article_id, v.text) for v in views] == [
        ("related", "auto", a, "لا يشبه العنوان")
    ]
    with pytest.raises(InputError):
        linking.link_article(session, article_id=999_999, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    with pytest.raises(InputError):
        linking.store_teasers(session, article_id=999_999, teasers=[])
    with pytest.raises(InputError):
        linking.cross_references_of(session, claim_id=999_999)


def _one_claim(session: Session, article_id: int) -> int:
    doc = make_document(IRNA, outlet="إرنا")
    cand = make_candidate(
        doc,
        "معاون وزير الخارجية علي أصغر خاجي زار دمشق",
        speaker="إرنا",
        speaker_kind=SpeakerKind.OUTLET,
        kind=ClaimKind.EVENT,
    )
    return repository.replace_claims(session, article_id=article_id, candidates=[cand])[0]


def test_re_extracting_the_canonical_claims_article_regroups_its_cluster(session: Session) -> None:
    irna2 = IRNA.replace("مع تركيا", "مع أنقرة")
    arts = [
        _store(
            session,
            SANA,
            "https://sana.example/1",
            "سانا",
            [_khaji("صوابية الرؤية السورية حيال مسار التقارب")],
        ),
        _store(
            session,
            IRNA,
            "https://irna.example/2",
            "إرنا",
            [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا")],
        ),
        _store(
            session,
            irna2,
            "https://irna.example/3",
            "إرنا",
            [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع أنقرة")],
        ),
    ]
    for art in arts:
        linking.link_article(session, article_id=art, auto_threshold=AUTO, suggest_threshold=SUGGEST)
    canonical = repository.claims_of(session, article_id=arts[0])[0].id
    assert {c.cluster_id for c in session.exec(select(Claim)).all()} == {canonical}
    repository.replace_claims(session, article_id=arts[0], candidates=[])  # the canonical claim disappears
    session.commit()
    left = session.exec(select(Claim)).all()
    ids = {c.id for c in left}
    assert len(left) == 2 and {c.cluster_id for c in left} <= ids | {
        None
    }  # no cluster points at a deleted claim
    # the same-claim link between the survivors, if any, holds them; else both are singletons (None)
    linked = session.exec(select(CrossReference).where(col(CrossReference.kind).in_(("same_claim", "via")))).all()
    clusters = {c.cluster_id for c in left}
    assert len(clusters) == 1 and (None not in clusters) == bool(linked), (clusters, linked)
