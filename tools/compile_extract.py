"""Compile the extractor (``claims/extract``) with mypyc: ``make compile`` runs this.

    .venv/bin/python tools/compile_extract.py [--force] [--list]
    .venv/bin/python tools/compile_extract.py --clean

Optional: the pure-Python package is the reference and stays complete; this only adds a C
extension beside each compiled module (``words.cpython-311-x86_64-linux-gnu.so``; the modules'
shared code in ``_native__mypyc…so``) and the manifest ``claims/extract/_compiled.json`` that
``claims/extract/_compiled.py`` checks at import (stale extensions are refused, never run). All
artefacts are gitignored; ``--clean`` (``make uncompile``, part of ``make clean``) removes them.

Does nothing when the build on disk is fresh (``--force`` rebuilds). On any failure the partial
artefacts are removed, so the package goes on as pure Python, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["CLAIMS_PURE"] = "1"  # importing the guard imports claims.extract: never a stale build's warning

from claims.extract import _compiled as guard  # noqa: E402  (pure at this point: nothing built yet)

PACKAGE_DIR = ROOT / "claims" / "extract"
GROUP = "claims.extract._native"  # the shared library: claims/extract/_native__mypyc.*.so

# Modules that stay pure Python, and why.
PURE = {
    "claims/extract/_compiled.py": "the stale-build guard itself: must run before any extension loads",
    "claims/extract/layered.py": "re-executes the language packages' sources with an import hook",
    "claims/extract/arabic/lexicon.py": "pydantic models of the word lists (read once at import)",
    "claims/extract/english/lexicon.py": "pydantic models of the word lists (read once at import)",
    "claims/extract/core/lexicon.py": "pydantic loading and merging of the word lists",
}


def compiled_sources() -> list[Path]:
    """Every module of the package but the pure ones and the packages' ``__init__`` (whose extension
    would load before the guard could look)."""
    return sorted(
        p
        for p in PACKAGE_DIR.rglob("*.py")
        if p.name != "__init__.py" and "__pycache__" not in p.parts and _rel(p) not in PURE
    )


def _rel(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def dependencies(sources: list[Path]) -> list[Path]:
    """The sources and every ``claims`` module they import, directly or not (with the packages'
    ``__init__`` files): what the compiled code was type-checked and built against."""
    seen: set[Path] = set()
    todo = list(sources)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
        for name in _imports(path, package):
            parts = name.split(".")
            for depth in range(1, len(parts) + 1):  # the package __init__ files along the way too
                base = ROOT.joinpath(*parts[:depth])
                for candidate in (base.with_suffix(".py"), base / "__init__.py"):
                    if candidate.is_file() and candidate not in seen:
                        todo.append(candidate)
    return sorted(seen)


def _imports(path: Path, package: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names)  # `from pkg import module`
    return {n for n in names if n == "claims" or n.startswith("claims.")}


def clean(folders: bool = False) -> list[Path]:
    """Remove the extensions and the manifest (with ``folders``, mypyc's ``build/`` and mypy's cache
    too); returns what was removed."""
    gone = [*guard.extensions(PACKAGE_DIR), *(p for p in [guard.MANIFEST] if p.exists())]
    for path in gone:
        path.unlink()
    for folder in (ROOT / "build", ROOT / ".mypy_cache") if folders else ():
        if folder.exists():
            shutil.rmtree(folder)
            gone.append(folder)
    return gone


# One C file per module (``multi_file``) compiled on every core: setuptools compiles the sources of
# an extension one after the other, and the single-file build of the whole group is a 26 MB C file
# that gcc -O3 takes many minutes over on one core.
_PARALLEL_CC = """
import os
from concurrent.futures import ThreadPoolExecutor
from setuptools._distutils import ccompiler

def _compile(self, sources, output_dir=None, macros=None, include_dirs=None, debug=0,
             extra_preargs=None, extra_postargs=None, depends=None):
    macros, objects, extra_postargs, pp_opts, build = self._setup_compile(
        output_dir, macros, include_dirs, sources, depends, extra_postargs)
    cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)
    def one(obj):
        if obj in build:  # else up to date
            src, ext = build[obj]
            self._compile(obj, src, ext, cc_args, extra_postargs, pp_opts)
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        list(pool.map(one, objects))
    return objects

if all(hasattr(ccompiler.CCompiler, n) for n in ("_setup_compile", "_get_cc_args", "_compile")):
    ccompiler.CCompiler.compile = _compile  # else (another setuptools) one file after the other
"""


# mypyc (Python < 3.13) compiles ``s.lower()`` on a ``str`` to its own C loop, which lowers letter by
# letter: ``"ΟΔΥΣ".lower()`` gives ``οδυσ`` where CPython, which applies Unicode's final-sigma rule,
# gives ``οδυς``. Without that specialisation mypyc calls the method like any other, so every
# ``.lower()`` in the package (present and future) is CPython's own and the build is byte-identical
# to pure Python. It costs a method call instead of an inline loop (measured: docs/extractor.md).
# mypyc's other case methods agree with CPython (``upper`` has no contextual rule; ``casefold`` and
# ``title`` are not specialised). ``build()`` fails if no generated C is free of the old loop.
_CPYTHON_LOWER = """
from mypyc.primitives import registry
_ops = registry.method_call_ops.get("lower", [])
_kept = [op for op in _ops if op.c_function_name != "CPyStr_Lower"]
if len(_kept) != len(_ops) - 1:
    raise SystemExit("compile: mypyc's str.lower specialisation not found (another mypyc?)")
_ops[:] = _kept
"""
SPECIALISED_LOWER = "CPyStr_Lower("  # in generated C: the letter-by-letter loop is in use
CACHE_DIR = "build/mypyc-cache"  # not .mypy_cache: IR cached by a build without the rule above


def build(sources: list[Path]) -> None:
    """mypyc and the C compiler, in a child process (setuptools' ``build_ext --inplace``)."""
    paths = [_rel(p) for p in sources]
    header_dir = "build/" + GROUP.rpartition(".")[0].replace(".", "/")
    script = (
        _PARALLEL_CC + _CPYTHON_LOWER + "from setuptools import setup\n"
        "from mypyc.build import mypycify\n"
        f"modules = mypycify(['--ignore-missing-imports', '--cache-dir', {CACHE_DIR!r}, *{paths!r}],\n"
        f"                   opt_level='3',\n"
        f"                   group_name={GROUP!r}, multi_file=True)\n"
        # the per-module C files sit in build/, the group's header in build/claims/extract/
        f"for ext in modules:\n"
        f"    ext.include_dirs.append({header_dir!r})\n"
        f"setup(name='claims-extract-compiled', script_args=['build_ext', '--inplace'], ext_modules=modules)\n"
    )
    env = {**os.environ, "CLAIMS_PURE": "1", "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True)
    for c_file in (ROOT / "build").rglob("__native_*.c"):  # the modules' C, not mypyc's runtime beside it
        if SPECIALISED_LOWER in c_file.read_text(encoding="utf-8", errors="replace"):
            raise RuntimeError(f"{_rel(c_file)} lowers letter by letter (mypyc's str.lower)")


def write_manifest(hashes: dict[str, str]) -> None:
    import mypy.version

    data = {
        "format": guard.FORMAT,
        "python": sys.implementation.cache_tag,
        "mypy": mypy.version.__version__,
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "sources": hashes,
        "extensions": [_rel(p) for p in guard.extensions(PACKAGE_DIR)],
    }
    guard.MANIFEST.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


_PROBE = """
import hashlib, json, sys
from pathlib import Path
import claims.extract as x, claims.extract.core.tokens as t
from claims.text.clean import clean_text
from claims.extract.english.lexicon import EnglishLexicon
from claims.extract.english.tokens import tokenize
compiled = not t.__file__.endswith(".py")
texts = sorted(Path("fixtures/articles").glob("*.txt"))[:40]
docs = [clean_text(p.read_text(encoding="utf-8")) for p in texts]
layer = x.LexiconLayer(1, english=EnglishLexicon(title_words=["reeve"]))  # the desk's path: layered copies
out = [c.model_dump(mode="json") for d in docs for lay in (None, layer) for c in x.extract_claims(d, lay)]
# final sigma (ΟΔΥΣ -> οδυς): mypyc's own str.lower() (Python < 3.13) would give οδυσ (see build())
out.append([t.lw for t in tokenize("ΟΔΥΣΣΕΑΣ_ and ΣΑΣ, said", 0, 23)])
print(x.BUILD.mode, compiled, len(out), hashlib.sha256(json.dumps(out).encode()).hexdigest())
"""


def smoke_test() -> str:
    """In fresh interpreters: the compiled modules load, and extract what the pure ones extract
    (fixture articles; ``fixtures/extraction/same_output.py`` is the full check)."""
    env = {k: v for k, v in os.environ.items() if k != "CLAIMS_PURE"}
    env["PYTHONPATH"] = str(ROOT)
    runs = []
    for extra in ({}, {"CLAIMS_PURE": "1"}):
        done = subprocess.run(
            [sys.executable, "-W", "error::RuntimeWarning", "-c", _PROBE],
            cwd=ROOT, env={**env, **extra}, capture_output=True, text=True,
        )
        if done.returncode:
            raise RuntimeError(f"the build does not load: {done.stderr.strip().splitlines()[-1:]}")
        runs.append(done.stdout.split())
    (mode, compiled, n, digest), (_, pure, n_pure, digest_pure) = runs
    if mode != "compiled" or compiled != "True" or pure != "False":
        raise RuntimeError(f"the compiled modules are not the ones loaded ({runs})")
    if (n, digest) != (n_pure, digest_pure):
        raise RuntimeError(f"compiled and pure extraction differ ({n} / {n_pure} claims)")
    return f"{n} claims identical to pure Python"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--force", action="store_true", help="rebuild even when the build is fresh")
    ap.add_argument("--clean", action="store_true", help="remove every compiled artefact and stop")
    ap.add_argument("--list", action="store_true", help="print what is compiled and what stays pure")
    args = ap.parse_args()
    if args.clean:
        gone = clean(folders=True)
        print(f"compile: removed {len(gone)} compiled artefacts" if gone else "compile: nothing to remove")
        return 0
    sources = compiled_sources()
    if args.list:
        print("\n".join(f"compiled  {_rel(p)}" for p in sources))
        print("\n".join(f"pure      {p}: {why}" for p, why in PURE.items()))
        return 0
    state = guard.check(PACKAGE_DIR)
    if state.mode == "compiled" and not args.force:
        print("compile: claims/extract is compiled and up to date")
        return 0
    clean()
    inputs = dependencies(sources)
    hashes = {_rel(p): guard.digest(p) for p in inputs}
    started = time.monotonic()
    try:
        build(sources)
        if {_rel(p): guard.digest(p) for p in inputs} != hashes:
            raise RuntimeError("a source changed during the build")
        write_manifest(hashes)
        checked = smoke_test()
    except subprocess.CalledProcessError as exc:
        clean()
        print(f"compile: mypyc or the C compiler failed (exit {exc.returncode}, above); "
              "claims/extract stays pure Python", file=sys.stderr)
        return 1
    except (RuntimeError, OSError) as exc:
        clean()
        print(f"compile: failed ({exc}); claims/extract stays pure Python", file=sys.stderr)
        return 1
    print(
        f"compile: {len(sources)} modules of claims/extract compiled in {time.monotonic() - started:.0f} s "
        f"({len(PURE)} pure; {len(inputs)} sources guarded); {checked}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
