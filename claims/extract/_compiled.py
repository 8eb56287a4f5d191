"""The guard of the optional mypyc build (``make compile``): compiled modules run only while fresh.

Why a guard: ``make compile`` leaves a C extension (``words.cpython-311-….so``) next to each compiled
``words.py``, and Python imports the extension before the source. Edit ``words.py`` without
recompiling and the old code would go on running, silently. So the build writes a manifest
(``_compiled.json``, next to this file) with the SHA-256 of every source the compiled code was built
from (the compiled modules and every ``claims`` module they import, directly or not) and the list of
the extensions it made. At import of ``claims.extract`` (its ``__init__`` calls :func:`activate`
first), every source is hashed again; the compiled modules are used only when every hash matches and
every extension in the package is one the manifest lists.

Otherwise (a source edited, a manifest missing, an extension nobody listed) *all* compiled modules
are refused, not only the edited one: mypyc compiles the modules as one group whose functions call
each other directly in C, so a compiled neighbour would still reach the stale code. The package then
runs as pure Python (an import hook that loads each module of ``claims.extract`` from its ``.py``),
with a ``RuntimeWarning`` that says which file is stale and how to rebuild. ``CLAIMS_PURE=1`` in the
environment asks for pure Python on purpose (no warning).

This module is never compiled itself (nor are the package ``__init__`` files).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

PACKAGE = "claims.extract"
ROOT = Path(__file__).resolve().parent  # claims/extract
MANIFEST = ROOT / "_compiled.json"
FORMAT = 1  # manifest layout version


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extensions(root: Path = ROOT) -> list[Path]:
    """Every extension module file under ``root`` (whatever built it)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return sorted(p for p in root.rglob("*") if p.name.endswith(suffixes) and p.is_file())


@dataclass(frozen=True)
class State:
    """``compiled``: the extensions are fresh and in use; ``pure``: none built (or pure asked for);
    ``stale``: extensions present but refused (``reason`` says why)."""

    mode: str
    reason: str = ""


def check(root: Path = ROOT, manifest: Path | None = None) -> State:
    """Whether the extensions under ``root`` match the sources they were built from."""
    found = extensions(root)
    if not found:
        return State("pure")
    manifest = manifest or root / MANIFEST.name
    top = root.parent.parent  # the folder that holds the ``claims`` package
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return State("stale", f"{_rel(found[0], top)} and no readable build manifest {_rel(manifest, top)}")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return State("stale", f"build manifest {_rel(manifest, top)} is of another format")
    if data.get("python") != sys.implementation.cache_tag:
        return State("stale", f"built for {data.get('python')}, running {sys.implementation.cache_tag}")
    listed = set(data.get("extensions", []))
    for ext in found:
        if _rel(ext, top) not in listed:
            return State("stale", f"{_rel(ext, top)} is not from the recorded build")
    for name, recorded in sorted(data.get("sources", {}).items()):
        path = top / name
        if not path.is_file():
            return State("stale", f"{name} (compiled) no longer exists")
        if digest(path) != recorded:
            return State("stale", f"{name} changed since it was compiled")
    return State("compiled")


def _rel(path: Path, top: Path) -> str:
    try:
        return path.resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        return str(path)


class SourceOnly(importlib.abc.MetaPathFinder):
    """Loads the modules of one ``claims.extract`` folder from their ``.py`` files, never from an
    extension beside them. Keyed to the folder, so another ``claims`` tree in the same process
    (``fixtures/extraction/ab_speed.py``) is left alone."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(PACKAGE + ".") or not isinstance(path, list | tuple):
            return None
        leaf = fullname.rpartition(".")[2]
        for entry in path:
            folder = Path(str(entry)).resolve()
            if folder != self.root and self.root not in folder.parents:
                continue
            source = folder / f"{leaf}.py"
            if source.is_file():
                return importlib.util.spec_from_file_location(fullname, source)
        return None


def activate(root: Path = ROOT) -> State:
    """Check the build once, at import of ``claims.extract``; refuse stale extensions (warning)."""
    if os.environ.get("CLAIMS_PURE", "") not in ("", "0"):
        state = State("pure", "CLAIMS_PURE is set")
        if extensions(root):
            _source_only(root)
        return state
    state = check(root)
    if state.mode == "stale":
        _source_only(root)
        warnings.warn(
            f"claims.extract: compiled modules refused, running pure Python ({state.reason}); "
            "rebuild with `make compile` or remove them with `make uncompile`",
            RuntimeWarning,
            stacklevel=2,
        )
    return state


def _source_only(root: Path) -> None:
    resolved = root.resolve()
    if not any(isinstance(f, SourceOnly) and f.root == resolved for f in sys.meta_path):
        sys.meta_path.insert(0, SourceOnly(root))
