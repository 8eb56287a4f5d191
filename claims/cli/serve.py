"""``claims serve``: one scheduled deployment per enabled source, on a Prefect server it starts itself.

Schedules do not fire on Prefect's ephemeral server, so when ``PREFECT_API_URL`` is unset this
starts ``prefect server start --host 127.0.0.1`` with its state under the data folder, waits for it
to be healthy, serves, and stops it on exit (Ctrl-C or SIGTERM). The user sets nothing up.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from types import FrameType

import typer

from claims.cli._app import app
from claims.cli._common import database_url, err_console, user_errors


def _sigterm_to_exit(_signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(0)  # so the server is stopped by the ``finally`` below


@app.command("serve")
def serve(
    file: Path = typer.Option(
        None, "--file", help="The sources file (default: CLAIMS_SOURCES_FILE or ./sources.toml)."
    ),
    port: int = typer.Option(
        4200, "--port", help="Port of the local Prefect server (when PREFECT_API_URL is unset)."
    ),
    dask: str = typer.Option(
        None, "--dask", help="Run batch tasks on this Dask scheduler (tcp://host:8786)."
    ),
) -> None:
    """Serve the ingestion flow for every enabled source on its schedule, until stopped."""
    from claims import db
    from claims.ingest.sources import load_sources, sync_sources
    from claims.settings import get_settings

    settings = get_settings()
    url = database_url()
    path = file or settings.sources_file
    with user_errors():
        db.require_migrated(url)
        specs = load_sources(path)
        with db.session_scope(url) as session:
            sync_sources(session, specs)
        if not any(s.enabled for s in specs):
            from claims.errors import InputError

            raise InputError(f"no enabled source in {path}")
        signal.signal(signal.SIGTERM, _sigterm_to_exit)
        if os.environ.get("PREFECT_API_URL"):
            _serve(specs, dask)
            return
        from flows.server import local_server

        home = settings.prefect_home / "server"
        err_console.print(f"starting a Prefect server on 127.0.0.1:{port} (state in {home})…")
        with local_server(home, port=port) as api_url:
            os.environ["PREFECT_API_URL"] = api_url
            err_console.print(f"Prefect UI: {api_url.removesuffix('/api')}")
            try:
                _serve(specs, dask)
            except KeyboardInterrupt:
                pass
            finally:
                err_console.print("stopping the Prefect server…")


def _serve(specs: list, dask: str | None) -> None:  # type: ignore[type-arg]
    if dask:
        os.environ["CLAIMS_DASK_ADDRESS"] = dask  # read by flows.ingest at import, here and in each run
    from flows.serve import serve_sources

    serve_sources(specs)
