"""``claims demo`` as a new user runs it: migrate, demo editor, fixtures through the Prefect flow.

Runs the real command in a subprocess (its own Prefect ephemeral server under the data folder) on a
fresh SQLite database, stopping before the dashboard (``--no-serve``); the dashboard itself is
covered by tests/dashboard.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlmodel import Session, select

from claims import auth, db
from claims.models import Article, Claim

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"


def test_demo_ingests_the_fixtures_and_creates_the_demo_login(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("hashtag-assad-khaji.txt", "en-reuters-opec-cut.txt"):
        shutil.copy(FIXTURES / name, articles / name)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAIMS_", "PREFECT_API"))}
    env |= {"CLAIMS_DATA_DIR": str(tmp_path / "data"), "PREFECT_HOME": str(tmp_path / "prefect")}
    result = subprocess.run(
        [sys.executable, "-m", "claims", "demo", "--articles", str(articles), "--no-serve"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "2 added" in result.stdout

    url = f"sqlite:///{(tmp_path / 'data' / 'claims.db').resolve()}"
    with Session(db.require_migrated(url)) as session:
        assert len(session.exec(select(Article)).all()) == 2
        speakers = set(session.exec(select(Claim.speaker)).all())
        assert "علي أصغر خاجي" in speakers
        user = auth.authenticate(session, name="demo", password="demo-demo")
        assert user is not None and user.role == "editor"
    db.dispose_engines()
