"""Prefect's environment, set before Prefect is first imported (its settings are read at import).

Prefect keeps its state under the data folder (never ``~/.prefect``), sends no telemetry, and gets
a generous start-up timeout for its temporary server: on a loaded 2-core machine a fresh server
took ~18 s against a default of 20 s. Values already in the environment win.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from claims.errors import ClaimsError


def configure() -> None:
    """Set Prefect's environment defaults (no effect on a Prefect already imported)."""
    from claims.settings import Settings

    settings = Settings()  # fresh, not the cached one: the environment may change in tests
    home = Path(os.environ.setdefault("PREFECT_HOME", str(settings.prefect_home)))
    home.mkdir(parents=True, exist_ok=True)  # Prefect creates its home but not the data folder above it
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", settings.log_level)  # CLAIMS_LOG_LEVEL=INFO: Prefect's too


class _ClaimsErrorsInOneLine(logging.Filter):
    """A ``ClaimsError`` is a message for the desk (a locked database, an unknown source), not a bug:
    Prefect logs the failed task or flow with that message and without the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], ClaimsError):
            record.exc_info, record.exc_text = None, None
        return True


def claims_errors_in_one_line() -> None:
    """Install the filter on Prefect's run loggers (idempotent; call after Prefect is imported)."""
    for name in ("prefect.task_runs", "prefect.flow_runs"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _ClaimsErrorsInOneLine) for f in logger.filters):
            logger.addFilter(_ClaimsErrorsInOneLine())
