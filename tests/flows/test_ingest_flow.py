"""Real flow runs under the Prefect test harness: feeds over loopback HTTP, declared sources,
failure recording and retry, idempotency, kill-and-rerun equivalence, and the CLI."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from claims import db
from claims.cli import app
from claims.db import session_scope
from claims.ingest.sources import source_health
from claims.models import Article, FetchState
from flows.ingest import ingest
from tests.flows.site import FIXTURES, NewsSite, allow_loopback, news_site
from tests.flows.snapshot import snapshot

AR_ARTICLES = sorted((FIXTURES / "articles").glob("[!e]*.txt"))
pytestmark = pytest.mark.xdist_group("prefect")  # one worker, one harness


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's tables unfolded, whatever the terminal width under pytest."""
    from rich.console import Console

    import claims.cli.ingest

    monkeypatch.setattr(claims.cli.ingest, "out_console", Console(width=220))
    monkeypatch.setattr(claims.cli.ingest, "err_console", Console(width=220, stderr=True))


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[NewsSite]:
    allow_loopback(monkeypatch)
    with news_site() as s:
        yield s


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in AR_ARTICLES[:5]:
        shutil.copy(path, folder / path.name)
    shutil.copy(FIXTURES / "pages" / "ar-central-bank.html", folder / "ar-central-bank.html")
    return folder


def by_path(report: object, site: NewsSite) -> dict[str, str]:
    return {o.url.removeprefix(site.base): o.status for o in report.outcomes}  # type: ignore[attr-defined]


@pytest.mark.usefixtures("fast_fetch")
def test_feeds_end_to_end_idempotent_and_failures_retried_next_run(db_url: str, site: NewsSite) -> None:
    ar = ingest(feed=site.url("/feeds/ar.rss"), database_url=db_url)
    assert by_path(ar, site) == {
        "/pages/ar-water-minister.html?utm_source=rss&utm_medium=feed": "added",
        "/pages/ar-central-bank.html": "added",
        "/pages/ar-basra-desalination.cp1256.html": "added",  # windows-1256 behind a Latin-1 header
        "/flaky/ar-flaky.html": "added",  # 500, 500, then 200
    }
    assert site.hits["/flaky/ar-flaky.html"] == 3 and ar.error is None
    en = ingest(feed=site.url("/feeds/en.atom"), database_url=db_url)
    statuses = by_path(en, site)
    assert [statuses[p] for p in ("/slow/hangs.html", "/big/huge.html", "/files/report.pdf")] == [
        "failed"
    ] * 3
    reasons = {o.url.removeprefix(site.base): o.reason for o in en.failed}
    assert "timed out" in reasons["/slow/hangs.html"] and "too large" in reasons["/big/huge.html"]
    assert "application/pdf" in reasons["/files/report.pdf"]

    with session_scope(db_url) as s:
        basra = s.exec(
            select(Article).where(
                Article.canonical_url == site.url("/pages/ar-basra-desalination.cp1256.html")
            )
        ).one()
        assert "محطات لتحلية مياه البحر" in basra.text and "Ø" not in basra.text and "Ç" not in basra.text
        assert str(basra.published_at).startswith("2024-06-02 18:00")
    before = snapshot(db_url, with_fetch_state=False)

    # Second run: both feeds answer 304 (ETag), nothing new is stored; the three failures are retried.
    again_ar = ingest(feed=site.url("/feeds/ar.rss"), database_url=db_url)
    again_en = ingest(feed=site.url("/feeds/en.atom"), database_url=db_url)
    assert again_ar.outcomes == [] and again_ar.error is None
    assert sorted(by_path(again_en, site).values()) == ["failed"] * 3
    assert snapshot(db_url, with_fetch_state=False) == before
    with session_scope(db_url) as s:
        feed_state = s.exec(select(FetchState).where(FetchState.url == site.url("/feeds/ar.rss"))).one()
        assert feed_state.status == "not_modified" and feed_state.etag == '"ar.rss-v1"'
        slow = s.exec(select(FetchState).where(FetchState.url == site.url("/slow/hangs.html"))).one()
        assert (slow.status, slow.attempts) == ("failed", 2)
        pending = {h.name: h.failures_pending for h in source_health(s, include_adhoc=True)}
        assert pending[f"adhoc:feed:{site.url('/feeds/en.atom')}"] == 3

    # The slow page now answers in time: the next run picks it up although the feed is unchanged.
    site.hang_seconds = 0
    third = ingest(feed=site.url("/feeds/en.atom"), database_url=db_url)
    assert by_path(third, site)["/slow/hangs.html"] == "added"
    with session_scope(db_url) as s:
        slow = s.exec(select(FetchState).where(FetchState.url == site.url("/slow/hangs.html"))).one()
        assert slow.status == "ok" and slow.article_id is not None


def test_declared_sources_run_by_name_and_report_health(
    db_url: str, site: NewsSite, corpus: Path, tmp_path: Path
) -> None:
    from claims.ingest.sources import load_sources, sync_sources

    toml = tmp_path / "sources.toml"
    toml.write_text(
        f'[[source]]\nname = "desk"\nkind = "files"\npath = "{corpus}"\ninterval = "1h"\n\n'
        f'[[source]]\nname = "wire"\nkind = "feed"\nurl = "{site.url("/feeds/down.rss")}"\n'
        'cron = "0 * * * *"\n',
        encoding="utf-8",
    )
    with session_scope(db_url) as s:
        sync_sources(s, load_sources(toml))
    desk = ingest(source="desk", database_url=db_url)
    assert desk.count("added") == 6 and not desk.failed
    wire = ingest(source="wire", database_url=db_url)  # 503: the task retries twice, then gives up
    assert wire.error and "HTTP 503" in wire.error and wire.outcomes == []
    assert site.hits["/feeds/down.rss"] == 3
    with session_scope(db_url) as s:
        health = {h.name: h for h in source_health(s)}
    assert health["desk"].status == "ok" and health["desk"].articles == 6 and health["desk"].claims > 0
    assert health["desk"].last_success_at is not None
    assert health["wire"].status == "failing" and "HTTP 503" in (health["wire"].last_error or "")
    assert health["wire"].failures_pending == 1  # the feed itself, retried on the next run


def test_killed_flow_rerun_equals_an_uninterrupted_run(
    db_url: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref_url = f"sqlite:///{tmp_path / 'reference.db'}"
    db.upgrade(ref_url)
    ingest(paths=[str(corpus)], batch_size=2, database_url=ref_url)

    import claims.linking

    real = claims.linking.link_article
    calls = {"n": 0}

    def crash_after_three(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("worker killed mid-batch")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(claims.linking, "link_article", crash_after_three)
    with pytest.raises(RuntimeError, match="killed mid-batch"):
        ingest(paths=[str(corpus)], batch_size=2, database_url=db_url)
    with session_scope(db_url) as s:
        assert len(s.exec(select(Article)).all()) == 3
        crashed = source_health(s, include_adhoc=True)[0]
        assert crashed.status == "failing" and "killed mid-batch" in (crashed.last_error or "")
    monkeypatch.setattr(claims.linking, "link_article", real)
    rerun = ingest(paths=[str(corpus)], batch_size=2, database_url=db_url)
    assert rerun.skipped == 3 and rerun.count("added") == 3
    assert snapshot(db_url) == snapshot(ref_url)


def test_claims_ingest_command_runs_the_flow_and_prints_what_was_added(
    db_url: str, corpus: Path, tmp_path: Path
) -> None:
    # ./sources.toml (the test runs in tmp_path) declares the folder: the run counts for that source.
    (tmp_path / "sources.toml").write_text(f'[[source]]\nname = "desk"\nkind = "files"\npath = "{corpus}"\n')
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(corpus)])
    assert result.exit_code == 0, result.output
    assert "6 added" in result.output and "البنك المركزي يثبت أسعار الفائدة" in result.output
    with session_scope(db_url) as s:
        desk = {h.name: h for h in source_health(s)}["desk"]
    assert desk.articles == 6 and desk.status == "ok"
    again = runner.invoke(app, ["ingest", str(corpus)])
    assert (
        again.exit_code == 0
        and "0 added (0 claims), 0 duplicates, 6 already stored, 0 failed" in again.output
    )
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nope")])
    assert missing.exit_code == 1 and "no such file or folder" in missing.output


@pytest.mark.usefixtures("fast_fetch")
def test_claims_ingest_urls_file(db_url: str, site: NewsSite, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# desk list\n{site.url('/pages/ar-water-minister.html')}\n{site.url('/files/report.pdf')}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["ingest", "--urls", str(urls)])
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output and "1 failed" in result.output and "report.pdf" in result.output


def test_by_default_the_flow_reaches_no_private_address(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMS_FETCH_ALLOW_NETWORKS", raising=False)
    with news_site() as site:
        report = ingest(feed=site.url("/feeds/ar.rss"), database_url=db_url)
        assert site.hits["/feeds/ar.rss"] == 0  # refused before connecting, and not retried
    assert report.error and "refused: 127.0.0.1 is a loopback address" in report.error
    assert "\n" not in report.error


def test_page_deadline_and_dead_cap_come_from_the_settings(
    db_url: str, site: NewsSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claims.settings import get_settings

    monkeypatch.setenv("CLAIMS_FETCH_TIMEOUT_SECONDS", "1")
    monkeypatch.setenv("CLAIMS_FETCH_DEADLINE_SECONDS", "2")
    monkeypatch.setenv("CLAIMS_FETCH_MAX_FAILURES", "2")
    get_settings.cache_clear()
    urls = tmp_path / "urls.txt"
    paths = ["/drip/slow.html", "/gone.html", "/pages/ar-water-minister.html"]
    urls.write_text("".join(f"{site.url(p)}\n" for p in paths), encoding="utf-8")
    first = ingest(urls_file=str(urls), database_url=db_url)
    reasons = {o.url.removeprefix(site.base): o.reason or "" for o in first.failed}
    assert "page deadline" in reasons["/drip/slow.html"] and reasons["/gone.html"] == "HTTP 404"
    assert first.count("added") == 1 and first.error is None
    second = ingest(urls_file=str(urls), database_url=db_url)
    assert all("dead after 2 failed runs" in (o.reason or "") for o in second.failed), second.failed
    third = ingest(urls_file=str(urls), database_url=db_url)
    assert third.outcomes == [] and third.given_up == 2 and third.skipped == 1
    assert site.hits["/drip/slow.html"] == 2 and site.hits["/gone.html"] == 2


def test_a_files_run_never_fetches_the_url_of_a_jsonl_line(
    db_url: str, site: NewsSite, tmp_path: Path
) -> None:
    import json

    page = site.url("/pages/ar-water-minister.html")
    text = AR_ARTICLES[0].read_text(encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"url": page, "text": "Advertisement"}) + "\n", encoding="utf-8")
    first = ingest(paths=[str(batch)], database_url=db_url)
    assert [(o.url, o.status) for o in first.outcomes] == [(page, "failed")]
    batch.write_text(json.dumps({"url": "https://example.org/n/2", "text": text}, ensure_ascii=False) + "\n")
    second = ingest(paths=[str(batch)], database_url=db_url)
    assert [(o.url, o.status) for o in second.outcomes] == [("https://example.org/n/2", "added")]
    assert site.hits["/pages/ar-water-minister.html"] == 0


def test_a_file_url_as_feed_is_one_refusal(db_url: str, tmp_path: Path) -> None:
    from claims.errors import InputError
    from claims.ingest.sources import load_sources

    with pytest.raises(InputError, match=r"only http\(s\) feeds are fetched, not 'file:///etc/passwd'"):
        ingest(feed="file:///etc/passwd", database_url=db_url)
    toml = tmp_path / "sources.toml"
    toml.write_text('[[source]]\nname = "x"\nkind = "feed"\nurl = "file:///etc/passwd"\n', encoding="utf-8")
    with pytest.raises(InputError, match="a feed `url` must be http"):
        load_sources(toml)
