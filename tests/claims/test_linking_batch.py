"""The batched linker (one executemany for merges, links and priorities) against real databases.

Cases the one-claim tests in ``test_linking_store.py`` do not reach: one article joining several
clusters at once, an article linking into two separate clusters, and claims already loaded in the
session seeing the new cluster and priority without a reload.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session, select

from claims import linking, repository
from claims.linking.index import rank_candidates
from claims.models import Claim, CrossReference
from claims.priority import claim_priority
from tests.factories import make_candidate, make_document

AUTO, SUGGEST = 0.82, 0.6
KHAJI = "صوابية الرؤية السورية حيال مسار التقارب مع تركيا"
LAVROV = "روسيا ستواصل دعم الحل السياسي في سوريا خلال العام المقبل"
SPEAKERS = {KHAJI: "علي أصغر خاجي", LAVROV: "سيرغي لافروف"}


def _store(session: Session, n: int, day: int, contents: list[str]) -> int:
    # distinct texts, or the store would take the second article for a duplicate of the first
    lead = f"نشر هذا الخبر في العدد {n} من النشرة الأسبوعية للمنفذ الإعلامي."
    text = "\n\n".join([lead, *(f"وقال {SPEAKERS[c]} إن {c}." for c in contents)])
    doc = make_document(text, outlet=f"outlet {n}", title=f"عنوان {n}")
    art = repository.store_article(
        session, doc=doc, url=f"https://o{n}.example/{n}", published_at=datetime(2025, 3, day, tzinfo=UTC)
    )
    cands = [make_candidate(doc, c, speaker=SPEAKERS[c], speaker_mention=SPEAKERS[c]) for c in contents]
    repository.replace_claims(session, article_id=art.article_id, candidates=cands)
    return art.article_id


def _link(session: Session, article_id: int) -> linking.LinkReport:
    return linking.link_article(
        session, article_id=article_id, auto_threshold=AUTO, suggest_threshold=SUGGEST
    )


def _claims(session: Session, article_id: int) -> list[Claim]:
    return repository.claims_of(session, article_id=article_id)


def _priority(session: Session, c: Claim, size: int, day: int) -> float:
    return claim_priority(c, size, datetime(2025, 3, day, tzinfo=UTC))


def test_one_claim_joins_two_clusters_under_the_earliest_claim(session: Session) -> None:
    a = _store(session, 1, 2, [KHAJI])
    _link(session, a)
    b = _store(session, 2, 1, [KHAJI])  # published a day before a: its claim heads the cluster
    assert _link(session, b).auto == 1
    (a1,), (b1,) = _claims(session, a), _claims(session, b)
    assert a1.cluster_id == b1.cluster_id == b1.id
    xref = session.exec(select(CrossReference)).one()
    linking.reject_link(session, xref_id=xref.id, user="editor")  # type: ignore[arg-type]
    assert a1.cluster_id is None and b1.cluster_id is None
    d = _store(session, 3, 3, [KHAJI])
    report = _link(session, d)  # one claim, two singletons: two auto links, one cluster of three
    assert (report.auto, report.suggested) == (2, 0), report
    (d1,) = _claims(session, d)
    # the claims were loaded before linking: the batched writes kept them current
    assert a1.cluster_id == b1.cluster_id == d1.cluster_id == b1.id
    assert [a1.priority, b1.priority, d1.priority] == [
        _priority(session, a1, 3, 2), _priority(session, b1, 3, 1), _priority(session, d1, 3, 3)
    ]  # fmt: skip
    session.commit()
    session.expire_all()
    stored = {c.id: (c.cluster_id, c.priority) for c in session.exec(select(Claim)).all()}
    assert stored == {
        a1.id: (b1.id, _priority(session, a1, 3, 2)),
        b1.id: (b1.id, _priority(session, b1, 3, 1)),
        d1.id: (b1.id, _priority(session, d1, 3, 3)),
    }


def test_one_article_links_into_two_clusters(session: Session) -> None:
    first = _store(session, 1, 5, [KHAJI, LAVROV])
    _link(session, first)
    second = _store(session, 2, 6, [LAVROV, KHAJI])
    report = _link(session, second)
    assert (report.claims, report.auto) == (2, 2), report
    session.commit()
    session.expire_all()
    by_content = {c.content: c for c in _claims(session, first)}
    for c in _claims(session, second):
        head = by_content[c.content]
        assert c.cluster_id == head.cluster_id == head.id
        assert c.priority == _priority(session, c, 2, 6)
        assert head.priority == _priority(session, head, 2, 5)
    assert len({c.cluster_id for c in by_content.values()}) == 2


@given(
    st.dictionaries(st.integers(0, 30), st.lists(st.integers(1, 200), max_size=40, unique=True)),
    st.lists(st.integers(0, 30), max_size=16, unique=True),
    st.integers(1, 40),
)
def test_candidates_rank_by_shared_bands_then_newest(
    hits: dict[int, list[int]], keys: list[int], limit: int
) -> None:
    counts = {i: sum(i in hits.get(k, ()) for k in keys) for k in keys for i in hits.get(k, ())}
    assert rank_candidates(hits, keys, limit=limit) == sorted(counts, key=lambda i: (-counts[i], -i))[:limit]
