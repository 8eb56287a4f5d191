"""``claims demo``: a working desk in one command — migrate, a demo editor, the fixtures, the dashboard."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer

from claims.cli._app import app
from claims.cli._common import err_console, fail

DEMO_USER, DEMO_PASSWORD = "demo", "demo-demo"


@app.command("demo")
def demo(
    articles: Path = typer.Option(Path("fixtures/articles"), help="Folder of articles to ingest."),
    port: int = typer.Option(8501, help="Dashboard port on 127.0.0.1."),
    serve: bool = typer.Option(True, help="Start the dashboard at the end (--no-serve to stop after ingesting)."),
) -> None:
    """Migrate the database, add the demo editor, ingest the fixture articles, start the dashboard."""
    if not articles.is_dir():
        raise fail(f"no such folder: {articles} (run this from the repository's top folder)")
    steps = [
        ["db", "upgrade"],
        ["users", "add", DEMO_USER, "--role", "editor", "--password", DEMO_PASSWORD, "--exist-ok"],
        ["ingest", str(articles)],
    ]
    if serve:
        steps.append(["dashboard", "--port", str(port)])
    for step in steps:
        err_console.print(f"[bold]$ claims {' '.join(step)}[/]")
        if step[0] == "dashboard":
            err_console.print(f"Dashboard: http://127.0.0.1:{port}  (login: {DEMO_USER} / {DEMO_PASSWORD})")
        code = subprocess.call([sys.executable, "-m", "claims", *step])
        if code != 0:
            raise typer.Exit(code)
