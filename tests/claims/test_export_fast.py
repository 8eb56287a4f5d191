"""The fast CSV path (``claims.export.csv_fast``) writes exactly the general path's bytes, on both back ends.

The general path builds an ExportRecord per claim and encodes it with ``csv_writer.line``, which a
property test in ``test_export_csv.py`` holds equal to the ``csv`` module. Here generated stores
(tricky text, several verdicts per claim with tied times, claims without an event, JSON evidence
with escapes, cross-references and clusters) are exported both ways with generated filters and
batch sizes, inside one transaction, and the two outputs must be equal; the cross-reference
lookup is held equal to its earlier, simpler form the same way.
"""

from __future__ import annotations

import io
import itertools
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, select
from sqlmodel import Session

from claims.actors import OPERATOR
from claims.export import ExportFilter, csv_fast, export_claims, links, rows
from claims.export.csv_writer import _Memo, cell, line
from claims.export.record import Appearance
from claims.export.sqltext import iso
from claims.models import Article, Claim, CrossReference, ReviewEvent, Source

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
) | st.text(alphabet=st.sampled_from('=+-@\t\r\n "\',،\\ع a1\u200f\u061c\u00a0\uff1d_'), max_size=8)
TIMES = [datetime(2026, 11, d, 10, 0, tzinfo=UTC) for d in (1, 2, 3)] + [
    datetime(2026, 11, 2, 10, 0, 0, 999_000, tzinfo=UTC)
]
OPTIONAL_TIME = st.none() | st.sampled_from(TIMES)
WORTH = st.sampled_from([0.0, 0.0625, 0.1235, 0.5, 1.0, 0.3333333, 1e-4]) | st.floats(0, 1)
FILTERS = st.sampled_from(
    [
        ExportFilter(),
        ExportFilter(statuses=("verified", "disputed")),
        ExportFilter(statuses=("disputed",), lang="en"),
        ExportFilter(statuses=("verified", "disputed"), since=datetime(2026, 11, 2, tzinfo=UTC)),
        ExportFilter(until=datetime(2026, 11, 2, 10, 0, tzinfo=UTC), source="src"),
    ]
)


@st.composite
def stores(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 7))
    claims = []
    for i in range(n):
        claims.append(
            {
                "url": "https://a.example/" + draw(TEXT),
                "outlet": draw(st.none() | TEXT),
                "published_at": draw(OPTIONAL_TIME),
                "lang": draw(st.sampled_from(["ar", "en"])),
                "source": draw(st.booleans()),
                "speaker": draw(TEXT),
                "speaker_role": draw(TEXT),
                "cue": draw(TEXT),
                "content": draw(TEXT),
                "kind": draw(st.sampled_from(["direct", "indirect", "event"])),
                "via": draw(TEXT),
                "checkworthiness": draw(WORTH),
                "status": draw(st.sampled_from(["verified", "disputed", "pending"])),
                "reviewed_by": draw(st.none() | TEXT),
                "reviewed_at": draw(OPTIONAL_TIME),
                "cluster": draw(st.none() | st.integers(0, n - 1)),
                "same_article": i > 0 and draw(st.booleans()),
                "events": draw(
                    st.lists(
                        st.tuples(
                            st.sampled_from(["verify", "dispute", "correct"]),
                            st.sampled_from(TIMES),
                            TEXT,
                            st.none() | TEXT,
                            st.lists(TEXT, max_size=3),
                        ),
                        max_size=3,
                    )
                ),
            }
        )
    links = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["same_claim", "via", "related"]),
                st.sampled_from(["auto", "confirmed", "rejected", "suggested"]),
                st.integers(0, n - 1),
                st.one_of(st.integers(0, n - 1), st.just("url"), st.just("article")),
            ),
            max_size=6,
        )
    )
    return {"claims": claims, "links": links}


def _insert(session: Session, store: dict[str, Any]) -> None:
    source = Source(name="src", kind="feed", location="https://src.example/rss")
    session.add(source)
    session.flush()
    made: list[Claim] = []
    art: Article | None = None
    for i, c in enumerate(store["claims"]):
        if art is None or not c["same_article"]:
            art = Article(
                canonical_url=f"https://canon.example/{i}/{len(made)}{id(store)}",
                url=c["url"],
                outlet=c["outlet"],
                lang=c["lang"],
                published_at=c["published_at"],
                source_id=source.id if c["source"] else None,
                text="t",
                content_hash=f"{i}",
            )
            session.add(art)
            session.flush()
        row = Claim(
            article_id=art.id,  # type: ignore[arg-type]
            extractor="t",
            extractor_version="0",
            start=i,
            end=i + 3,
            speaker_kind="person",
            **{k: c[k] for k in ("speaker", "speaker_role", "cue", "content", "kind", "via")},
            **{k: c[k] for k in ("checkworthiness", "status", "reviewed_by", "reviewed_at")},
        )
        session.add(row)
        session.flush()
        made.append(row)
        for action, at, actor, note, evidence in c["events"]:
            session.add(
                ReviewEvent(
                    claim_id=row.id, actor=actor, at=at, action=action, note=note, evidence_urls=evidence
                )
            )
    for c, row in zip(store["claims"], made, strict=True):
        if c["cluster"] is not None:
            row.cluster_id = made[c["cluster"]].id
    for kind, state, src, dst in store["links"]:
        target: dict[str, Any] = (
            {"to_url": "https://x.example/u"}
            if dst == "url"
            else {"to_article_id": made[0].article_id}
            if dst == "article"
            else {"to_claim_id": made[dst].id}
        )
        session.add(CrossReference(kind=kind, state=state, from_claim_id=made[src].id, **target))
    session.flush()


def reference_links(conn: Connection, lo: int, hi: int, rows: list[Any]) -> dict[int, Any]:
    """``links.links`` as it was before its per-row passes were cut: one dict per claim and cluster."""
    own = {r[0]: r[1] for r in rows}
    found: dict[int, tuple[dict[str, None], dict[str, Any]]] = {}

    def add(claim_id: int, url: str | None, published: Any, same: bool) -> None:
        if not url or claim_id not in own or url == own[claim_id]:
            return
        urls, appearances = found.setdefault(claim_id, ({}, {}))
        urls.setdefault(url, None)
        if same:
            appearances.setdefault(url, Appearance(url, iso(published)))

    bounds = {"lo": lo, "hi": hi}
    hits: list[tuple[int, int, tuple[str, Any], bool]] = []
    for link_id, kind, state, src, dst, dst_article, to_url in conn.execute(links._outgoing(), bounds).all():
        if state in links.LIVE_LINKS and src in own:
            target = (
                ("url", to_url) if to_url else ("article", dst_article) if dst_article else ("claim", dst)
            )
            hits.append((link_id, src, target, kind == "same_claim"))
    for link_id, kind, state, dst, src in conn.execute(links._incoming(), bounds).all():
        if state in links.LIVE_LINKS and kind == "same_claim" and dst in own and src is not None:
            hits.append((link_id, dst, ("claim", src), True))
    if hits:
        where = links._resolve(conn, hits)
        for _, claim_id, (what, key), same in sorted(hits, key=lambda h: h[0]):
            url, published = (key, None) if what == "url" else where.get((what, key), (None, None))
            add(claim_id, url, published, same)
    clusters: dict[int, list[int]] = {}
    for r in rows:
        clusters.setdefault(r[-1] if r[-1] is not None else r[0], []).append(r[0])
    named = sorted({r[-1] for r in rows if r[-1] is not None})
    for cluster_id, member_id, url, pub in conn.execute(links._members(), {**bounds, "named": named}).all():
        for claim_id in clusters.get(cluster_id if cluster_id is not None else member_id, ()):
            if member_id != claim_id:
                add(claim_id, url, pub, True)
    return {cid: (list(urls), list(apps.values())) for cid, (urls, apps) in found.items()}


def general(conn: Connection, filters: ExportFilter, batch: int) -> str:
    memo = _Memo()
    return "".join(line(r, memo) for records in rows.stream(conn, filters, batch=batch) for r in records)


def fast(conn: Connection, filters: ExportFilter, batch: int) -> str:
    return "".join(text for _, text in csv_fast.stream(conn, filters, batch=batch))


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        yield conn


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(store=stores(), filters=FILTERS, batch=st.integers(1, 4))
def test_the_fast_path_writes_the_general_paths_bytes(
    connection: Connection, store: dict[str, Any], filters: ExportFilter, batch: int
) -> None:
    transaction = connection.begin()
    try:
        _insert(Session(bind=connection), store)
        expected = general(connection, filters, 1000)
        query = rows.where(select(*rows._MAIN).join(Article), filters).order_by(Claim.id)
        batch_rows = list(connection.execute(query))
        if batch_rows:
            lo, hi = batch_rows[0][0], batch_rows[-1][0]
            expected_links = reference_links(connection, lo, hi, batch_rows)
            assert links.links(connection, lo, hi, batch_rows) == expected_links
        assert fast(connection, filters, batch) == expected
        assert fast(connection, filters, 1000) == expected
    finally:
        transaction.rollback()


@given(st.lists(TEXT, max_size=4), st.booleans())
def test_evidence_cells_read_json_as_the_decoder_does(urls: list[str], ascii_only: bool) -> None:
    assert csv_fast.evidence_cell(json.dumps(urls, ensure_ascii=ascii_only)) == cell("\n".join(urls))


def test_csv_takes_the_fast_path_and_other_formats_the_general_one(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.claims.export_helpers import decided

    decided(session, "x")
    session.commit()

    def refuse(*args: object, **kwargs: object) -> Any:
        raise AssertionError("the general path ran")

    monkeypatch.setattr(rows, "stream", refuse)
    out = io.BytesIO()
    assert export_claims(session, actor=OPERATOR, filters=ExportFilter(), fmt="csv", out=out) == 1
    with pytest.raises(AssertionError, match="general path"):
        export_claims(session, actor=OPERATOR, filters=ExportFilter(), fmt="jsonl", out=io.BytesIO())


def test_the_reader_thread_hands_over_batches_errors_and_stops_when_closed() -> None:
    assert list(csv_fast._ahead(iter(range(50)))) == list(range(50))

    def failing() -> Iterator[int]:
        yield 1
        raise RuntimeError("driver lost the server")

    with pytest.raises(RuntimeError, match="lost the server"):
        list(csv_fast._ahead(failing()))

    closed: list[bool] = []

    def endless() -> Iterator[int]:
        try:
            yield from itertools.count()
        finally:
            closed.append(True)

    reader = csv_fast._ahead(endless())
    assert next(reader) == 0
    reader.close()  # the consumer gave up (a closed pipe): the thread must end, not block on the queue
    assert closed == [True]
    assert not [t for t in threading.enumerate() if t.name == "claims-export-reader"]
