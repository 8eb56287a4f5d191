"""The ``claims`` command line: one Typer app, one module per command group.

Every public module in this package registers its commands on ``claims.cli._app.app`` when imported;
they are all imported here. Heavy imports (Prefect, Streamlit) happen inside the commands, so
``claims --help`` stays fast and ``import claims`` never loads Prefect or Streamlit.
"""

from __future__ import annotations

import importlib
import pkgutil

from claims.cli._app import app

for _module in pkgutil.iter_modules(__path__):
    if not _module.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_module.name}")


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
