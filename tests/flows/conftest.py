"""The one Prefect test harness of the suite (session-scoped, ~17 s to start), for tests/flows only.

Prefect's home goes to a temp folder before Prefect is imported. The modules here are in one
xdist group (``pytestmark``) so that one worker starts one harness; note that with pytest 9.2 +
xdist 3.8 ``--dist loadgroup`` does not group (xdist renames ``item._nodeid``, which pytest 9 no
longer reads), so today each xdist worker that runs a test here starts its own harness.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="claims-prefect-home-")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture(scope="session", autouse=True)
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def fast_fetch(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 1 s fetch timeout, so the hanging page fails fast."""
    from claims.settings import get_settings

    monkeypatch.setenv("CLAIMS_FETCH_TIMEOUT_SECONDS", "1")
    get_settings.cache_clear()
