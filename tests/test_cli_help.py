"""Every ``claims`` command explains itself: help text on each command, group and option, all listed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from claims.cli import app

runner = CliRunner()
ROOT = typer.main.get_command(app)


def walk(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command and group under ``command`` (Typer vendors its own click, so duck-typed)."""
    yield path, command
    if hasattr(command, "commands"):
        for name, sub in sorted(command.commands.items()):
            yield from walk(sub, (*path, name))


COMMANDS = [(path, cmd) for path, cmd in walk(ROOT) if path]


def test_there_are_commands_to_check() -> None:
    assert {"db", "export"} <= {path[0] for path, _ in COMMANDS}


def test_claims_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    for name, command in ROOT.commands.items():
        if not command.hidden:
            assert name in result.output, f"`claims --help` does not list {name}"


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help(path: tuple[str, ...], command: Any) -> None:
    text = (command.help or command.short_help or "").strip()
    assert text, f"`claims {' '.join(path)}` has no help text"
    result = runner.invoke(app, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and text.split("\n")[0][:40] in " ".join(result.output.split())
    undocumented = [
        p.name
        for p in command.params
        if p.param_type_name == "option" and not getattr(p, "hidden", False) and not (p.help or "").strip()
    ]
    assert not undocumented, f"`claims {' '.join(path)}` options without help: {undocumented}"
