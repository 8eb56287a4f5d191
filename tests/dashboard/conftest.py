"""Dashboard fixtures: a seeded SQLite file, CLAIMS_DATABASE_URL pointing at it, a fresh resource cache."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from claims import db
from claims.settings import get_settings
from tests.dashboard.seed import PASSWORD, Seeded, seed

APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seeded]:
    """Seed once per worker (migrations, hashing, extraction, linking take seconds); tests get a copy."""
    path = tmp_path_factory.mktemp("seed") / "desk.db"
    data = seed(f"sqlite:///{path}")
    assert not path.with_name("desk.db-wal").exists() or path.with_name("desk.db-wal").stat().st_size == 0
    return path, data


@pytest.fixture
def seeded(
    seeded_template: tuple[Path, Seeded], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Seeded]:
    template, data = seeded_template
    target = tmp_path / "desk.db"
    shutil.copyfile(template, target)
    url = f"sqlite:///{target}"
    data = dataclasses.replace(data, url=url)
    monkeypatch.setenv("CLAIMS_DATABASE_URL", url)
    get_settings.cache_clear()
    st.cache_resource.clear()
    yield data
    st.cache_resource.clear()
    db.dispose_engines()
    get_settings.cache_clear()


@pytest.fixture
def seeded_pg(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Seeded]:
    """The same desk on a throwaway PostgreSQL database."""
    data = seed(pg_url)
    monkeypatch.setenv("CLAIMS_DATABASE_URL", pg_url)
    get_settings.cache_clear()
    st.cache_resource.clear()
    yield data
    st.cache_resource.clear()
    get_settings.cache_clear()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def seeded_any(request: pytest.FixtureRequest) -> Seeded:
    """The seeded desk on each back end."""
    return request.getfixturevalue("seeded" if request.param == "sqlite" else "seeded_pg")


@pytest.fixture
def app(seeded: Seeded) -> AppTest:
    """The app, run once: the login page."""
    return AppTest.from_file(str(APP), default_timeout=60).run()


@pytest.fixture
def login() -> Callable[[str], AppTest]:
    """Log in as ``name`` (password :data:`PASSWORD`) and return the app on its first page.

    The test also requests a seeding fixture (``seeded``, ``seeded_pg`` or ``seeded_any``).
    """

    def _login(name: str) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=60).run()
        at.text_input(key="login_name").input(name)
        at.text_input(key="login_password").input(PASSWORD)
        at.button[0].click().run()
        assert not at.exception, at.exception
        return at

    return _login
