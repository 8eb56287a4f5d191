"""The export library on SQLite and PostgreSQL: exact round trips, filters, snapshot, batching."""

from __future__ import annotations

import csv
import io
import itertools
import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlmodel import Session

from claims.actors import OPERATOR
from claims.errors import InputError
from claims.export import HEADER, SCHEMA_VERSION, ExportFilter, count_claims, export_claims
from claims.export.csv_writer import restore_cell
from claims.models import Claim, CrossReference, ReviewEvent
from tests.claims.export_helpers import article, claim, decide, decided

TRICKY_TEXT = 'قال "الوزير"، إن الاتفاق, "نهائي"\nوسطر ثانٍ\r\nوثالث؛ ok "quoted" — done'
TRICKY_NOTE = 'Per the ministry\'s transcript: "we never said that", see p. 3,\nline 2'


def run(session: Session, fmt: str = "csv", **kw: Any) -> bytes:
    filters = kw.pop("filters", ExportFilter())
    out = io.BytesIO()
    export_claims(session, actor=OPERATOR, filters=filters, fmt=fmt, out=out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def parse_csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def ids(data: bytes) -> list[int]:
    return [int(r["claim_id"]) for r in parse_csv(data)]


def test_csv_round_trip_gives_back_every_field_exactly(session: Session) -> None:
    row = decided(
        session,
        TRICKY_TEXT,
        url="https://hashtag.example/a?id=1&x=2",
        outlet='وكالة "سانا", دمشق',
        speaker_role="وزير الخارجية، والمغتربين",
        cue="أكد",
        via="إرنا",
        start=12,
        end=80,
        actor="رنا",
        note=TRICKY_NOTE,
        evidence=["https://e.example/1", "https://e.example/2?a=1,2"],
        at=datetime(2026, 11, 3, 14, 5, 9, tzinfo=UTC),
    )
    session.commit()
    data = run(session)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].split(",") == list(HEADER)
    [got] = parse_csv(data)
    assert got == {
        "claim_id": str(row.id),
        "article_url": "https://hashtag.example/a?id=1&x=2",
        "outlet": 'وكالة "سانا", دمشق',
        "published_at": "2026-11-01T08:30:00Z",
        "language": "ar",
        "speaker": "علي أصغر خاجي",
        "speaker_role": "وزير الخارجية، والمغتربين",
        "cue": "أكد",
        "claim_text": TRICKY_TEXT,
        "kind": "indirect",
        "via": "إرنا",
        "checkworthiness": "0.75",
        "status": "verified",
        "reviewer": "رنا",
        "reviewed_at": "2026-11-03T14:05:09Z",
        "note": TRICKY_NOTE,
        "evidence_urls": "https://e.example/1\nhttps://e.example/2?a=1,2",
        "crossref_urls": "",
        "start": "12",
        "end": "80",
        "schema_version": str(SCHEMA_VERSION),
    }
    assert got["claim_text"].encode() == TRICKY_TEXT.encode()  # byte-exact, CRLF inside the cell kept
    assert text.endswith("\r\n") and "\r\n" in text.split("\r\n", 1)[0] + "\r\n"  # RFC 4180 record ends


def test_bom_is_optional(session: Session) -> None:
    decided(session)
    session.commit()
    assert run(session, bom=False).startswith(b"claim_id,")
    assert not run(session, "jsonl").startswith(b"\xef\xbb\xbf")  # JSON never gets one


INJECTIONS = [
    '=HYPERLINK("http://x")',
    "+1+2",
    "-2+3",
    "@SUM(A1)",
    "\tcmd",
    "\rcmd",
    "  =1+1",
    "\u200f=1",
    "\uff1d1+1",
    "'=1+1",
    "\n=1",
]


def test_each_injection_prefix_is_neutralised_and_restorable(session: Session) -> None:
    for text in INJECTIONS:
        decided(session, text, note=text, actor=text[:100], evidence=[text])
    session.commit()
    rows = parse_csv(run(session))
    assert len(rows) == len(INJECTIONS)
    for text, got in zip(INJECTIONS, rows, strict=True):
        for key in ("claim_text", "note", "reviewer", "evidence_urls"):
            assert got[key] == "'" + text, (key, text)
            assert restore_cell(got[key]) == text
    assert [
        json.loads(x)["claim_text"] for x in run(session, "jsonl").splitlines()
    ] == INJECTIONS  # JSON keeps text


def test_only_requested_statuses_appear(session: Session) -> None:
    verified = decided(session, "v")
    disputed = decided(session, "d", "disputed")
    decided(session, "n", "not_a_claim")
    claim(session, article(session), "pending one")
    session.commit()
    assert ids(run(session)) == [verified.id]
    both = ExportFilter(statuses=("verified", "disputed"))
    assert ids(run(session, filters=both)) == [verified.id, disputed.id]
    assert ids(run(session, filters=ExportFilter(statuses=("disputed",)))) == [disputed.id]
    assert count_claims(session, filters=both) == 2


def test_language_source_and_window_filters(session: Session) -> None:
    ar = decided(session, "ar", lang="ar", source="sana-feed", at=datetime(2026, 11, 1, 23, 59, tzinfo=UTC))
    en = decided(session, "en", lang="en", outlet="Reuters", at=datetime(2026, 11, 2, 0, 0, tzinfo=UTC))
    late = decided(session, "late", lang="en", at=datetime(2026, 11, 5, 12, 0, tzinfo=UTC))
    session.commit()
    assert ids(run(session, filters=ExportFilter(lang="ar"))) == [ar.id]
    assert ids(run(session, filters=ExportFilter(lang="en"))) == [en.id, late.id]
    assert ids(run(session, filters=ExportFilter(source="sana-feed"))) == [ar.id]
    assert ids(run(session, filters=ExportFilter(source="Reuters"))) == [en.id]
    assert ids(run(session, filters=ExportFilter(source="nobody"))) == []
    assert ids(run(session, filters=ExportFilter(until=date(2026, 11, 1)))) == [ar.id]
    assert ids(run(session, filters=ExportFilter(since=date(2026, 11, 2), until=date(2026, 11, 2)))) == [
        en.id
    ]
    assert ids(run(session, filters=ExportFilter(since=datetime(2026, 11, 2, 0, 0, 1, tzinfo=UTC)))) == [
        late.id
    ]


def test_bad_filters_are_clear_errors() -> None:
    with pytest.raises(InputError, match="cannot export status 'pending'"):
        ExportFilter(statuses=("pending",))
    with pytest.raises(InputError, match="unknown language"):
        ExportFilter(lang="fr")
    with pytest.raises(InputError, match="window is empty"):
        ExportFilter(since=date(2026, 2, 1), until=date(2026, 1, 1))


def test_corrected_text_and_the_latest_verdict_are_exported(session: Session) -> None:
    row = decided(
        session, "النص الأصلي", note="first look", actor="rana", at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    )
    row.content, row.cue, row.corrected = "النص المصحح", "صرح", True
    session.add(
        ReviewEvent(
            claim_id=row.id,
            actor="editor",
            action="correct",
            at=datetime(2026, 11, 2, 9, 30, tzinfo=UTC),
            before={"content": "النص الأصلي"},
            after={"content": "النص المصحح"},
        )
    )
    decide(
        session,
        row,
        "verified",
        actor="sami",
        note="second look",
        evidence=["https://e.example/s"],
        at=datetime(2026, 11, 2, 11, 0, tzinfo=UTC),
    )
    session.add(
        ReviewEvent(claim_id=row.id, actor="x", action="link_confirm", at=datetime(2026, 11, 3, tzinfo=UTC))
    )
    session.commit()
    [got] = parse_csv(run(session))
    assert (got["claim_text"], got["cue"]) == ("النص المصحح", "صرح")
    assert (got["reviewer"], got["note"], got["reviewed_at"]) == (
        "sami",
        "second look",
        "2026-11-02T11:00:00Z",
    )
    assert got["evidence_urls"] == "https://e.example/s"


def test_cross_reference_urls_and_same_claim_links(session: Session) -> None:
    main = decided(session, "main claim", url="https://a.example/main")
    other = claim(session, article(session, url="https://b.example/same"), "same elsewhere")
    back = claim(session, article(session, url="https://c.example/back"), "links to main")
    rejected = claim(session, article(session, url="https://d.example/rejected"), "rejected")
    session.add_all(
        [
            CrossReference(kind="same_claim", state="auto", from_claim_id=main.id, to_claim_id=other.id),
            CrossReference(kind="same_claim", state="confirmed", from_claim_id=back.id, to_claim_id=main.id),
            CrossReference(
                kind="same_claim", state="rejected", from_claim_id=main.id, to_claim_id=rejected.id
            ),
            CrossReference(
                kind="same_claim", state="suggested", from_claim_id=rejected.id, to_claim_id=main.id
            ),
            CrossReference(kind="via", state="auto", from_claim_id=main.id, to_url="https://irna.example/x"),
            CrossReference(
                kind="via", state="auto", from_claim_id=other.id, to_url="https://not-ours.example"
            ),
        ]
    )
    session.commit()
    [got] = parse_csv(run(session))
    assert got["crossref_urls"].split("\n") == [
        "https://b.example/same",
        "https://c.example/back",
        "https://irna.example/x",
    ]


def test_cluster_members_count_as_the_same_claim(session: Session) -> None:
    canonical = claim(session, article(session, url="https://a.example/canon"), "canonical")
    member = decided(session, "member", url="https://b.example/member", cluster_id=canonical.id)
    sibling = claim(
        session, article(session, url="https://c.example/sibling"), "sibling", cluster_id=canonical.id
    )
    decide(session, canonical)
    pending_canon = claim(
        session, article(session, url="https://d.example/pending-canon"), "pending canonical"
    )
    lone = decided(
        session, "member of a pending canonical", url="https://e.example/m", cluster_id=pending_canon.id
    )
    session.commit()
    rows = {int(r["claim_id"]): r["crossref_urls"].split("\n") for r in parse_csv(run(session))}
    assert rows[member.id] == ["https://a.example/canon", "https://c.example/sibling"]
    assert rows[canonical.id] == ["https://b.example/member", "https://c.example/sibling"]
    assert rows[lone.id] == [
        "https://d.example/pending-canon"
    ]  # the canonical is pending, its URL still counts
    assert sibling.id not in rows and pending_canon.id not in rows


def test_jsonl_has_the_csv_keys_with_native_types(session: Session) -> None:
    row = decided(
        session, TRICKY_TEXT, evidence=["https://e.example/1", "https://e.example/2"], published_at=None
    )
    session.commit()
    [line] = run(session, "jsonl").decode("utf-8").splitlines()
    got = json.loads(line)
    assert list(got) == list(HEADER)
    assert got["claim_id"] == row.id and got["claim_text"] == TRICKY_TEXT and got["published_at"] is None
    assert (
        got["evidence_urls"] == ["https://e.example/1", "https://e.example/2"]
        and got["checkworthiness"] == 0.75
    )


def test_batches_change_nothing_and_queries_do_not_grow_per_row(session: Session) -> None:
    made = [decided(session, f"claim {i}", evidence=[f"https://e.example/{i}"]) for i in range(30)]
    for a, b in itertools.pairwise(made):
        session.add(CrossReference(kind="same_claim", state="auto", from_claim_id=a.id, to_claim_id=b.id))
    session.commit()
    statements: list[str] = []
    engine = session.get_bind()
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        whole = run(session, batch_size=1000)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert run(session, batch_size=7) == whole and run(session, batch_size=1) == whole
    assert len(parse_csv(whole)) == 30
    assert (
        len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 7
    )  # main + 6 lookups a batch


def test_progress_reports_running_counts(session: Session) -> None:
    for i in range(5):
        decided(session, f"c{i}")
    session.commit()
    seen: list[int] = []
    n = export_claims(
        session, actor=OPERATOR, filters=ExportFilter(), fmt="csv", out=io.BytesIO(), progress=seen.append,
        batch_size=2,
    )  # fmt: skip
    assert n == 5 and seen == [2, 4, 5]


def test_a_claim_decided_during_an_export_is_wholly_in_or_out(session: Session) -> None:
    first = decided(session, "first", note="old first")
    second = decided(session, "second", note="old second", evidence=["https://old.example"])
    pending = claim(session, article(session), "pending during the export")
    session.commit()
    engine = session.get_bind()

    def decide_elsewhere(written: int) -> None:
        if written != 1:
            return
        with Session(engine) as other:  # another desk member, committing mid-export
            claim2, claim3 = other.get(Claim, second.id), other.get(Claim, pending.id)
            assert claim2 is not None and claim3 is not None
            decide(
                other,
                claim2,
                "verified",
                actor="late",
                note="new second",
                evidence=["https://new.example"],
                at=datetime(2026, 11, 9, tzinfo=UTC),
            )
            decide(other, claim3, "verified", actor="late", at=datetime(2026, 11, 9, tzinfo=UTC))
            other.commit()

    out = io.BytesIO()
    n = export_claims(
        session, actor=OPERATOR, filters=ExportFilter(), fmt="csv", out=out, progress=decide_elsewhere,
        batch_size=1,
    )  # fmt: skip
    rows = parse_csv(out.getvalue())
    assert n == 2 and [int(r["claim_id"]) for r in rows] == [first.id, second.id]
    assert (rows[1]["note"], rows[1]["reviewer"], rows[1]["evidence_urls"]) == (
        "old second",
        "rana",
        "https://old.example",
    )
    after = parse_csv(run(session))  # the next export sees the new decisions
    assert [int(r["claim_id"]) for r in after] == [first.id, second.id, pending.id]
    assert after[1]["note"] == "new second"


def test_claims_decided_and_corrected_through_the_review_module(session: Session) -> None:
    from claims import repository, review
    from claims.types import ReviewStatus
    from tests.factories import login_as, make_candidate, make_document

    doc = make_document()
    art = repository.store_article(session, doc=doc, url="https://hashtag.example/review").article_id
    [claim_id] = repository.replace_claims(
        session, article_id=art, candidates=[make_candidate(doc, "صوابية الرؤية السورية")]
    )
    editor = login_as(session, "hala", "editor")
    session.commit()
    now = datetime(2026, 11, 4, 12, 0, tzinfo=UTC)
    row = session.get(Claim, claim_id)
    assert row is not None
    start = doc.text.index("صوابية الرؤية السورية")
    row = review.correct(
        session,
        claim_id=claim_id,
        actor=editor,
        version=row.version,
        cue="أكد بدوره",
        start=start,
        end=start + len("صوابية الرؤية"),
        now=now,
    )
    review.decide(
        session,
        claim_id=claim_id,
        actor=editor,
        verdict=ReviewStatus.DISPUTED,
        version=row.version,
        note='the ministry said "not so"',
        evidence_urls=["https://mofa.example/statement"],
        now=now,
    )
    session.commit()
    [got] = parse_csv(run(session, filters=ExportFilter(statuses=("disputed",))))
    assert (got["claim_text"], got["cue"], got["start"]) == ("صوابية الرؤية", "أكد بدوره", str(start))
    assert (got["status"], got["reviewer"], got["reviewed_at"]) == (
        "disputed",
        "hala",
        "2026-11-04T12:00:00Z",
    )
    assert (got["note"], got["evidence_urls"]) == (
        'the ministry said "not so"',
        "https://mofa.example/statement",
    )
