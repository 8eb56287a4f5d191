"""Prefect's environment, set before Prefect is first imported (its settings are read at import).

Prefect keeps its state under the data folder (never ``~/.prefect``), sends no telemetry, and gets
a generous start-up timeout for its temporary server: on a loaded 2-core machine a fresh server
took ~18 s against a default of 20 s. Values already in the environment win.
"""

from __future__ import annotations

import os
from pathlib import Path


def configure() -> None:
    """Set Prefect's environment defaults (no effect on a Prefect already imported)."""
    from claims.settings import Settings

    settings = Settings()  # fresh, not the cached one: the environment may change in tests
    home = Path(os.environ.setdefault("PREFECT_HOME", str(settings.prefect_home)))
    home.mkdir(parents=True, exist_ok=True)  # Prefect creates its home but not the data folder above it
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", settings.log_level)  # CLAIMS_LOG_LEVEL=INFO shows Prefect's
