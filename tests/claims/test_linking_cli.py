"""``claims link`` end to end in a subprocess-free CliRunner against a real migrated database."""

from __future__ import annotations

from sqlmodel import Session, select
from typer.testing import CliRunner

from claims.cli import app
from claims.models import Article, CrossReference
from tests.claims.test_linking_store import IRNA, SANA, _khaji, _store


def test_link_then_link_all_reports_and_keeps_one_link(db_url: str, session: Session) -> None:
    _store(
        session, SANA, "https://sana.example/1", "سانا", [_khaji("صوابية الرؤية السورية حيال مسار التقارب")]
    )
    _store(
        session,
        IRNA,
        "https://irna.example/2",
        "إرنا",
        [_khaji("صوابية الرؤية السورية حيال مسار التقارب مع تركيا")],
    )
    session.commit()
    runner = CliRunner()
    first = runner.invoke(app, ["link"])
    assert first.exit_code == 0, first.output
    assert "2 articles, 2 claims: 1 linked automatically" in first.output
    again = runner.invoke(app, ["link"])
    assert "0 articles" in again.output
    rebuilt = runner.invoke(app, ["link", "--all"])
    assert rebuilt.exit_code == 0 and "1 linked automatically" in rebuilt.output
    session.expire_all()
    assert len(session.exec(select(CrossReference)).all()) == 1
    assert all(a.linked_at is not None for a in session.exec(select(Article)).all())


def test_bad_thresholds_and_unmigrated_database_fail_in_one_line(db_url: str, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    bad = runner.invoke(app, ["link", "--auto", "0.5", "--suggest", "0.7"])
    assert bad.exit_code == 1 and "must not be above" in bad.output
    monkeypatch.setenv("CLAIMS_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    from claims.settings import get_settings

    get_settings.cache_clear()
    empty = runner.invoke(app, ["link"])
    assert empty.exit_code == 1 and "claims db upgrade" in empty.output
