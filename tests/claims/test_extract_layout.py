"""The extractor's layout: every module imports, no import cycle, and the core knows no language.

Why: cycles made the import order matter (modules imported at their bottom, ``noqa: E402``) and hid
which rules depend on which; a shared core that imported a language package would let the next
language's rules leak into it. The graph is read from the source with ``ast`` (every ``import``,
also inside functions and ``TYPE_CHECKING`` blocks), so a cycle is caught before anything runs.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

PACKAGE = "claims.extract"
ROOT = Path(__file__).resolve().parents[2] / "claims" / "extract"


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join((PACKAGE, *parts))] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The extractor modules ``name`` imports (``from pkg import mod`` counts as importing ``pkg.mod``)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
            targets = [f"{base}.{n}" if f"{base}.{n}" in MODULES else base for n in (a.name for a in node.names)]
            # (``from claims.extract.arabic import lexicon`` imports the module, not only the package)
        else:
            continue
        found.update(t for t in targets if t in MODULES and t != name)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycle() -> list[str] | None:
    """One import cycle of the graph as a list of module names, or None (iterative DFS, three colours)."""
    state: dict[str, int] = {}
    for root in GRAPH:
        if root in state:
            continue
        stack = [(root, iter(sorted(GRAPH[root])))]
        path = [root]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
                path.pop()
            elif state.get(child) == 1:
                return [*path[path.index(child) :], child]
            elif child not in state:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(GRAPH[child]))))
    return None


def test_the_graph_reads_real_imports() -> None:
    """Guard against a parser that finds nothing (then any graph would look acyclic)."""
    assert "claims.extract.arabic.extract" in GRAPH[PACKAGE]
    assert "claims.extract.core.draft" in GRAPH["claims.extract.english.extract"]
    assert len(MODULES) > 30


def test_no_import_cycle() -> None:
    assert _cycle() is None, "import cycle: " + " -> ".join(_cycle() or [])


def test_the_cycle_check_finds_a_cycle() -> None:
    """The check itself can fail: a back edge added to the real graph is reported."""
    saved = GRAPH["claims.extract.core.tokens"]
    GRAPH["claims.extract.core.tokens"] = {*saved, "claims.extract.core.draft"}
    GRAPH.setdefault("claims.extract.core.draft", set())
    draft_saved = GRAPH["claims.extract.core.draft"]
    GRAPH["claims.extract.core.draft"] = {*draft_saved, "claims.extract.core.tokens"}
    try:
        assert _cycle() is not None
    finally:
        GRAPH["claims.extract.core.tokens"] = saved
        GRAPH["claims.extract.core.draft"] = draft_saved


def test_the_core_imports_no_language_rules() -> None:
    """The core may read a language's word lists (data), never its rules."""
    for name, deps in GRAPH.items():
        if name.startswith(f"{PACKAGE}.core"):
            rules = {d for d in deps if not d.startswith(f"{PACKAGE}.core") and not d.endswith(".lexicon")}
            assert not rules, f"{name} imports language rules {sorted(rules)}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_module_imports(name: str) -> None:
    importlib.import_module(name)
