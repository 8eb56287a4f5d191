"""The Prefect-free pipeline on real databases (SQLite and PostgreSQL): files, pages, dedup,
failure recording and retry, idempotency, and kill-and-rerun equivalence."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from claims import db
from claims.db import session_scope
from claims.errors import InputError
from claims.ingest.items import Item, expand_paths, items_from_paths, items_from_urls, read_url_list
from claims.ingest.pipeline import FetchOptions, IngestReport, run_pipeline
from claims.models import Article, Claim, CrossReference, FetchState
from claims.urls import file_url
from tests.flows.site import FIXTURES, LOOPBACK, NewsSite, news_site, private_server
from tests.flows.snapshot import snapshot

AR_ARTICLES = sorted((FIXTURES / "articles").glob("[!e]*.txt"))[
    :4
]  # Arabic fixtures (English ones start with en-)
FAST = FetchOptions(timeout=1.0, attempts=3, backoff=0.05, max_bytes=5_000_000, allow_networks=LOOPBACK)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of Arabic article files and HTML pages (one windows-1256)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in AR_ARTICLES:
        shutil.copy(path, folder / path.name)
    for name in ("ar-water-minister.html", "ar-basra-desalination.cp1256.html"):
        shutil.copy(FIXTURES / "pages" / name, folder / name)
    return folder


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with news_site() as s:
        yield s


def test_folder_ingest_stores_articles_with_claims(db_url: str, corpus: Path) -> None:
    report = run_pipeline(db_url, items_from_paths([corpus]))
    assert report.count("added") == 6 and not report.failed, report.outcomes
    assert all(o.claims > 0 for o in report.added)
    with session_scope(db_url) as s:
        cp = s.exec(
            select(Article).where(
                Article.canonical_url == file_url(corpus / "ar-basra-desalination.cp1256.html")
            )
        ).one()
        assert "أسعد العيداني" in cp.text and cp.raw_hash and cp.lang == "ar"
        assert len(s.exec(select(Claim)).all()) == sum(o.claims for o in report.added)


def test_running_twice_adds_nothing(db_url: str, corpus: Path) -> None:
    run_pipeline(db_url, items_from_paths([corpus]))
    before = snapshot(db_url)
    again = run_pipeline(db_url, items_from_paths([corpus]))
    assert again.outcomes == [] and again.skipped == 6
    assert snapshot(db_url) == before


def test_same_text_under_another_name_is_stored_once(db_url: str, corpus: Path) -> None:
    shutil.copy(AR_ARTICLES[0], corpus / "copy-of-first.txt")
    report = run_pipeline(db_url, items_from_paths([corpus]))
    dupes = [o for o in report.outcomes if o.status == "duplicate"]
    assert len(dupes) == 1 and dupes[0].reason and "same text as" in dupes[0].reason
    with session_scope(db_url) as s:
        assert len(s.exec(select(Article)).all()) == 6


def test_jsonl_lines_are_articles_and_a_bad_line_is_a_recorded_failure(db_url: str, tmp_path: Path) -> None:
    text = AR_ARTICLES[1].read_text(encoding="utf-8")
    lines = [
        json.dumps(
            {"url": "https://example.org/news/1?utm_source=x", "title": "خبر", "text": text},
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps({"url": "https://example.org/news/2", "text": ""}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = run_pipeline(db_url, items_from_paths([path]))
    assert [o.status for o in report.outcomes] == ["added", "failed", "failed"]
    assert "batch.jsonl line 2" in (report.failed[0].reason or "")
    with session_scope(db_url) as s:
        art = s.exec(select(Article)).one()
        assert art.canonical_url == "https://example.org/news/1" and art.title == "خبر"
        assert len(s.exec(select(FetchState).where(FetchState.status == "failed")).all()) == 2


def test_a_failure_is_recorded_retried_next_run_and_cleared_when_fixed(db_url: str, corpus: Path) -> None:
    broken = corpus / "zz-broken.txt"
    broken.write_bytes(b"\x00\x01\x02binary junk")
    first = run_pipeline(db_url, items_from_paths([corpus]))
    assert [o.url for o in first.failed] == [file_url(broken)]
    assert "undecodable" in (first.failed[0].reason or "")
    second = run_pipeline(db_url, items_from_paths([corpus]))
    assert [o.status for o in second.outcomes] == ["failed"] and second.skipped == 6
    with session_scope(db_url) as s:
        state = s.exec(select(FetchState).where(FetchState.url == file_url(broken))).one()
        assert (state.status, state.attempts) == ("failed", 2)
    shutil.copy(FIXTURES / "pages" / "ar-central-bank.html", broken)  # fixed (content now readable)
    third = run_pipeline(db_url, items_from_paths([corpus]))
    assert [o.status for o in third.outcomes] == ["added"]
    with session_scope(db_url) as s:
        state = s.exec(select(FetchState).where(FetchState.url == file_url(broken))).one()
        assert state.status == "ok" and state.last_error is None and state.article_id is not None


def test_web_pages_good_and_bad(db_url: str, site: NewsSite) -> None:
    urls = [
        "/pages/ar-water-minister.html?utm_source=rss",
        "/pages/ar-basra-desalination.cp1256.html",
        "/flaky/ar-flaky.html",
        "/slow/hangs.html",
        "/big/huge.html",
        "/files/report.pdf",
        "/gone.html",
    ]
    report = run_pipeline(db_url, items_from_urls(site.url(u) for u in urls), fetch=FAST)
    status = {o.url.removeprefix(site.base): o.status for o in report.outcomes}
    assert status == {
        urls[0]: "added",
        urls[1]: "added",
        urls[2]: "added",  # after two 500s
        urls[3]: "failed",
        urls[4]: "failed",
        urls[5]: "failed",
        urls[6]: "failed",
    }
    assert site.hits["/flaky/ar-flaky.html"] == 3
    with session_scope(db_url) as s:
        reasons = {
            f.url.removeprefix(site.base): f.last_error
            for f in s.exec(select(FetchState).where(FetchState.status == "failed"))
        }
        assert "timed out" in reasons["/slow/hangs.html"]
        assert "too large" in reasons["/big/huge.html"]
        assert "application/pdf" in reasons["/files/report.pdf"]
        assert "HTTP 404" in reasons["/gone.html"]
        stored = {a.canonical_url.removeprefix(site.base): a for a in s.exec(select(Article))}
    assert "/pages/ar-water-minister.html" in stored  # tracking parameters stripped
    basra = stored["/pages/ar-basra-desalination.cp1256.html"]
    assert "محافظ البصرة" in (basra.title or "") and "تحلية مياه البحر" in basra.text


def test_kill_mid_batch_then_rerun_equals_an_uninterrupted_run(
    db_url: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref_url = f"sqlite:///{tmp_path / 'reference.db'}"
    db.upgrade(ref_url)
    items = items_from_paths([corpus])
    run_pipeline(ref_url, items, batch_size=2)

    import claims.linking

    real = claims.linking.link_article
    calls = {"n": 0}

    def crash_on_fourth(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt("killed mid-batch")  # not an Exception: nothing may swallow it
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(claims.linking, "link_article", crash_on_fourth)
    with pytest.raises(KeyboardInterrupt):
        run_pipeline(db_url, items, batch_size=2)
    with session_scope(db_url) as s:
        assert len(s.exec(select(Article)).all()) == 3  # the fourth article's transaction rolled back whole
    monkeypatch.setattr(claims.linking, "link_article", real)
    rerun = run_pipeline(db_url, items, batch_size=2)
    assert rerun.skipped == 3 and rerun.count("added") == 3
    assert snapshot(db_url) == snapshot(ref_url)


def test_bad_inputs_are_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        expand_paths([tmp_path / "missing"])
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"x")
    with pytest.raises(InputError, match=r"not a \.txt, \.html or \.jsonl file"):
        expand_paths([odd])
    urls = tmp_path / "urls.txt"
    urls.write_text("# a comment\nhttps://example.org/a\n\nftp://example.org/b\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 4"):
        read_url_list(urls)


def test_report_summary_counts() -> None:
    from claims.ingest.pipeline import Outcome

    report = IngestReport(
        outcomes=[Outcome("u1", "added", 1, "t", 3), Outcome("u2", "failed", reason="x")], skipped=2
    )
    assert report.summary() == "1 added (3 claims), 0 duplicates, 2 already stored, 1 failed"
    assert Item(url="https://e.org/a").needs_fetch and not Item(url="file:///a", path="/a").needs_fetch


def test_one_bad_url_never_sinks_the_run(db_url: str, site: NewsSite) -> None:
    """A redirect loop, a bad gzip body, a private redirect and a file:// entry among good pages:
    every good page is stored, each bad one is a recorded one-line failure, the run ends normally."""
    with private_server() as (internal, internal_hits):
        site.private_target = internal.url_for("/secret")
        bad = ["/loop/a.html", "/gzip/bad.html", "/redirect/private", "/redirect/file"]
        good = ["/pages/ar-water-minister.html", "/pages/ar-central-bank.html", "/pages/en-port-audit.html"]
        urls = [site.url(p) for p in [good[0], *bad[:2], good[1], *bad[2:], good[2]]]
        report = run_pipeline(db_url, items_from_urls(urls), fetch=FAST)
    assert {o.url.removeprefix(site.base): o.status for o in report.outcomes} == {
        **dict.fromkeys(good, "added"),
        **dict.fromkeys(bad, "failed"),
    }
    assert internal_hits["/secret"] == 0
    reasons = {o.url.removeprefix(site.base): o.reason or "" for o in report.failed}
    assert "too many redirects" in reasons["/loop/a.html"]
    assert "undecodable body" in reasons["/gzip/bad.html"]
    assert "refused: 127.0.0.2 is a loopback address" in reasons["/redirect/private"]
    assert "only http(s) URLs" in reasons["/redirect/file"]
    assert all("\n" not in r for r in reasons.values())
    with session_scope(db_url) as s:
        states = s.exec(select(FetchState).where(FetchState.status == "failed"))
        failed = {f.url.removeprefix(site.base) for f in states}
        assert failed == set(bad) and len(s.exec(select(Article)).all()) == 3


def test_a_utf8_page_labelled_windows_1256_is_stored_as_written(db_url: str, site: NewsSite) -> None:
    report = run_pipeline(db_url, items_from_urls([site.url("/pages/utf8-labelled-1256.html")]), fetch=FAST)
    assert report.count("added") == 1, report.outcomes
    with session_scope(db_url) as s:
        art = s.exec(select(Article)).one()
    wheat = (FIXTURES / "articles" / "youm7-egypt-wheat.txt").read_text(encoding="utf-8").splitlines()
    assert wheat[2].strip() and wheat[2].strip() in art.text  # byte-exact Arabic, not ط§ظ„ mojibake


def test_a_permanent_404_is_given_up_after_the_cap(db_url: str, site: NewsSite) -> None:
    capped = replace(FAST, max_failures=3)
    urls = items_from_urls([site.url("/gone.html")])
    reasons = [run_pipeline(db_url, urls, fetch=capped).failed[0].reason for _ in range(3)]
    assert reasons[:2] == ["HTTP 404", "HTTP 404"]
    assert reasons[2] == "HTTP 404 (dead after 3 failed runs; not retried)"
    fourth = run_pipeline(db_url, urls, fetch=capped)
    assert fourth.outcomes == [] and fourth.given_up == 1 and "1 dead (given up earlier)" in fourth.summary()
    assert site.hits["/gone.html"] == 3
    with session_scope(db_url) as s:
        state = s.exec(select(FetchState).where(FetchState.url == site.url("/gone.html"))).one()
        assert (state.status, state.attempts) == ("dead", 3) and "HTTP 404" in (state.last_error or "")


def test_a_jsonl_line_is_never_marked_dead_and_is_read_again_when_fixed(db_url: str, tmp_path: Path) -> None:
    capped = replace(FAST, max_failures=2)
    path = tmp_path / "batch.jsonl"
    line = {"url": "https://example.org/n/1", "title": "خبر"}
    path.write_text(json.dumps({**line, "text": "Advertisement"}) + "\n", encoding="utf-8")
    for _ in range(3):
        failed = run_pipeline(db_url, items_from_paths([path]), fetch=capped).failed
        assert [o.reason for o in failed] == ["empty: no article text after cleaning"]
    text = AR_ARTICLES[1].read_text(encoding="utf-8")
    path.write_text(json.dumps({**line, "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    fixed = run_pipeline(db_url, items_from_paths([path]), fetch=capped)
    assert [o.status for o in fixed.outcomes] == ["added"] and fixed.given_up == 0


def test_a_folder_sidecar_gives_local_files_their_outlet_date_and_title(db_url: str, corpus: Path) -> None:
    """A saved text file lost its byline and date; ``meta.json`` beside it gives them back, and the
    outlet then speaks the article's event claims (not an empty speaker, not ``file://``)."""
    name = AR_ARTICLES[0].name
    meta = {name: {"outlet": "جريدة المثال", "published": "2025-12-03T08:30:00Z", "title": "عنوان من الملف"}}
    (corpus / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    [item] = [i for i in items_from_paths([corpus]) if i.path and i.path.endswith(name)]
    assert (item.outlet, item.published, item.title) == (
        "جريدة المثال", datetime(2025, 12, 3, 8, 30, tzinfo=UTC), "عنوان من الملف",
    )  # fmt: skip
    run_pipeline(db_url, items_from_paths([corpus]))
    with session_scope(db_url) as s:
        article = s.exec(select(Article).where(Article.canonical_url == file_url(corpus / name))).one()
        assert article.outlet == "جريدة المثال"
        assert article.published_at is not None and article.published_at.replace(tzinfo=UTC) == item.published
        events = s.exec(select(Claim).where(Claim.article_id == article.id, Claim.kind == "event")).all()
        assert events and all(c.speaker == "جريدة المثال" and c.speaker_kind == "outlet" for c in events)
        others = s.exec(select(Article).where(Article.canonical_url != file_url(corpus / name))).all()
        assert all(a.outlet is None or a.outlet != "جريدة المثال" for a in others)  # only the file named


def test_a_broken_sidecar_is_a_one_line_error(corpus: Path) -> None:
    (corpus / "meta.json").write_text("[1, 2", encoding="utf-8")
    with pytest.raises(InputError, match=r"meta\.json"):
        items_from_paths([corpus])


def test_every_demo_article_has_an_outlet_and_a_date() -> None:
    """``claims demo`` ingests fixtures/articles: its queue must show outlets and dates (README)."""
    items = items_from_paths([FIXTURES / "articles"])
    assert items and all(i.outlet and i.published for i in items), [i.url for i in items if not i.outlet]


def test_the_demo_s_teasers_of_demo_articles_open_them(db_url: str) -> None:
    """``make demo`` shows cross-reference cards that open their targets (issue 15): a teaser whose
    headline is a demo article's title resolves to that article, whichever was ingested first; chrome
    and tags never become teasers."""
    run_pipeline(db_url, items_from_paths([FIXTURES / "articles"]))
    with session_scope(db_url) as session:
        xrefs = session.exec(select(CrossReference).where(CrossReference.kind == "related")).all()
        resolved = {x.text: session.get(Article, x.to_article_id) for x in xrefs if x.to_article_id is not None}
        teasers = {x.text for x in xrefs}
    assert len(resolved) >= 2
    for text, article in resolved.items():
        assert article is not None and article.title == text
    assert not teasers & {"اشترك في قائمتنا البريدية", "علاوة الأسرة", "من ملف : أزمة الكهرباء", "موزاييك أف أم"}
