"""``claims dashboard``: run the Streamlit review dashboard on 127.0.0.1 (after checking the database).

The command execs ``python -m streamlit run dashboard/server.py`` (the server replaces this
process), so importing the CLI never imports Streamlit.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from claims.cli._app import app
from claims.cli._common import database_url, out_console, user_errors


def app_path() -> Path:
    """``dashboard/app.py`` of the installed ``dashboard`` package (the page script)."""
    import dashboard

    return Path(dashboard.__file__).resolve().parent / "app.py"


def server_path() -> Path:
    """``dashboard/server.py``: the page script wrapped with security headers and one-line errors."""
    return app_path().with_name("server.py")


def streamlit_command(port: int, address: str = "127.0.0.1") -> list[str]:
    """The ``streamlit run`` command line (headless, loopback, no usage statistics, no Deploy button)."""
    return [
        sys.executable, "-m", "streamlit", "run", str(server_path()),
        "--server.headless", "true",
        "--server.address", address,
        "--server.port", str(port),
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal",
    ]  # fmt: skip


@app.command("dashboard")
def dashboard_command(
    port: int = typer.Option(8501, "--port", min=1, max=65535, help="Port on 127.0.0.1."),
) -> None:
    """Start the reviewer dashboard on http://127.0.0.1:PORT (the database must be migrated)."""
    from claims import db
    from claims.errors import InputError
    from flows.server import port_in_use

    with user_errors():
        db.require_migrated(database_url())
        if port_in_use(port):
            raise InputError(f"port {port} on 127.0.0.1 is already in use (another dashboard?): pass --port")
    out_console.print(f"Dashboard: http://127.0.0.1:{port}  (Ctrl+C to stop)")
    sys.stdout.flush()
    command = streamlit_command(port)
    # Replace this process with Streamlit: a SIGTERM from a supervisor reaches the server itself
    # instead of leaving it orphaned behind a dead parent.
    os.execv(command[0], command)
