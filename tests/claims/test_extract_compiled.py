"""The optional mypyc build of ``claims/extract`` (``make compile``) never runs stale code.

An extension (``tokens.cpython-311-….so``) beside ``tokens.py`` is imported before the source, so
an edited source would silently go on running as its old compiled self. ``claims/extract/_compiled``
refuses every extension unless the build manifest's hashes match the sources on disk; the package
then loads each module from its ``.py`` with a ``RuntimeWarning``. These tests hold in a pure tree and
in a compiled one (the end-to-end check on a real build runs only when this tree is compiled).
"""

from __future__ import annotations

import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import claims
import claims.extract
from claims.extract import _compiled

ROOT = Path(claims.__file__).resolve().parent.parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]

_PROBE = """
import warnings, sys
warnings.simplefilter("always")
import claims.extract as x
import claims.extract.core.tokens as t
from claims.candidates import CleanDocument
found = x.extract_claims(CleanDocument(text="The minister said on Monday that taxes would rise.", lang="en"))
print(x.BUILD.mode, t.__file__.endswith(".py"), len(found))
"""


def _copy_tree(dest: Path, *, compiled: bool) -> Path:
    """A copy of the ``claims`` package (with this tree's build artefacts when ``compiled``)."""
    skip = ["__pycache__"] if compiled else ["__pycache__", f"*{SUFFIX}", "*.so", "_compiled.json"]
    shutil.copytree(ROOT / "claims", dest / "claims", ignore=shutil.ignore_patterns(*skip))
    return dest


def _probe(tree: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean_env = {k: v for k, v in os.environ.items() if k not in ("CLAIMS_PURE", "PYTHONPATH")}
    return subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=tree,
        env={**clean_env, "PYTHONPATH": str(tree), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_an_unrecorded_extension_beside_a_source_is_refused_not_loaded(tmp_path: Path) -> None:
    # Without the guard Python imports tokens<SUFFIX> instead of tokens.py (here a broken file: the
    # import fails; a real stale build would run its old code without a word).
    tree = _copy_tree(tmp_path, compiled=False)
    (tree / "claims/extract/core" / f"tokens{SUFFIX}").write_bytes(b"not an extension")
    done = _probe(tree)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["stale", "True", "1"]
    assert "compiled modules refused" in done.stderr and "claims/extract/core/tokens" in done.stderr


def test_pure_on_request_loads_sources_without_warning(tmp_path: Path) -> None:
    tree = _copy_tree(tmp_path, compiled=False)
    (tree / "claims/extract/core" / f"tokens{SUFFIX}").write_bytes(b"not an extension")
    done = _probe(tree, CLAIMS_PURE="1")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["pure", "True", "1"]
    assert "refused" not in done.stderr


def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    """A package folder with one source, its "extension" and a manifest that records both."""
    package = tmp_path / "claims" / "extract"
    package.mkdir(parents=True)
    source = package / "words.py"
    source.write_text("WORDS = frozenset()\n", encoding="utf-8")
    ext = package / f"words{SUFFIX}"
    ext.write_bytes(b"\x7fELF")
    manifest = package / "_compiled.json"
    manifest.write_text(
        json.dumps(
            {
                "format": _compiled.FORMAT,
                "python": sys.implementation.cache_tag,
                "sources": {"claims/extract/words.py": _compiled.digest(source)},
                "extensions": [f"claims/extract/words{SUFFIX}"],
            }
        ),
        encoding="utf-8",
    )
    return package, source


def test_the_check_accepts_a_build_whose_sources_are_unchanged(tmp_path: Path) -> None:
    package, _ = _fake_build(tmp_path)
    assert _compiled.check(package).mode == "compiled"


def test_the_check_refuses_an_edited_source(tmp_path: Path) -> None:
    package, source = _fake_build(tmp_path)
    source.write_text("WORDS = frozenset({'said'})\n", encoding="utf-8")
    state = _compiled.check(package)
    assert state.mode == "stale" and "claims/extract/words.py changed" in state.reason


def test_the_check_refuses_a_missing_manifest_or_another_python(tmp_path: Path) -> None:
    package, _ = _fake_build(tmp_path)
    manifest = package / "_compiled.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({**data, "python": "cpython-00"}), encoding="utf-8")
    assert "running" in _compiled.check(package).reason
    manifest.unlink()
    assert _compiled.check(package).mode == "stale"


def test_the_check_refuses_an_extension_the_manifest_does_not_list(tmp_path: Path) -> None:
    package, _ = _fake_build(tmp_path)
    (package / f"cues{SUFFIX}").write_bytes(b"\x7fELF")
    state = _compiled.check(package)
    assert state.mode == "stale" and "cues" in state.reason


def test_no_extension_is_plain_pure(tmp_path: Path) -> None:
    package, _ = _fake_build(tmp_path)
    (package / f"words{SUFFIX}").unlink()
    assert _compiled.check(package).mode == "pure"


@pytest.mark.skipif(claims.extract.BUILD.mode != "compiled", reason="this tree is not compiled (make compile)")
def test_a_real_build_runs_compiled_then_falls_back_whole_when_a_source_is_edited(tmp_path: Path) -> None:
    tree = _copy_tree(tmp_path, compiled=True)
    fresh = _probe(tree)
    assert fresh.returncode == 0, fresh.stderr
    assert fresh.stdout.split() == ["compiled", "False", "1"]
    words = tree / "claims/extract/english/words.py"
    words.write_text(words.read_text(encoding="utf-8") + "\n# edited after the build\n", encoding="utf-8")
    stale = _probe(tree)
    assert stale.returncode == 0, stale.stderr
    assert stale.stdout.split() == ["stale", "True", "1"]  # every module from source, not only words
    assert "claims/extract/english/words.py changed since it was compiled" in stale.stderr


_SAME_OUTPUT_PROBE = """
import hashlib, json
from pathlib import Path
import claims.extract as x
from claims.extract.core.files import read_document
from claims.extract.english.lexicon import EnglishLexicon
from claims.extract.english.tokens import tokenize
from claims.candidates import CleanDocument
layer = x.LexiconLayer(1, english=EnglishLexicon(title_words=["reeve"]))
docs = []
for path in sorted(Path("fixtures/articles").glob("*.txt")):
    doc = read_document(path)
    docs += [doc, doc.model_copy(update={"lang": "en" if doc.lang == "ar" else "ar"})]
# Greek capitals: CPython lowers a word-final sigma to ς, mypyc's own str.lower() (Python < 3.13) to σ
greek = "ΟΔΥΣΣΕΑΣ ΣΑΜΑΡΑΣ said on Monday that the talks with ΣΥΡΙΖΑ had failed. ΣΑΣ, he said."
docs.append(CleanDocument(text=greek, lang="en"))
out = [c.model_dump(mode="json") for d in docs for lay in (None, layer) for c in x.extract_claims(d, lay)]
out.append([t.lw for t in tokenize(greek, 0, len(greek))])
print(x.BUILD.mode, len(out), hashlib.sha256(json.dumps(out, ensure_ascii=False).encode()).hexdigest())
"""


@pytest.mark.skipif(claims.extract.BUILD.mode != "compiled", reason="this tree is not compiled (make compile)")
def test_the_compiled_build_extracts_exactly_what_pure_python_extracts() -> None:
    # The fixture articles in their language and forced to the other one, with and without a lexicon
    # layer, and Greek names whose final sigma mypyc's own lower() would get wrong: one digest each way
    # (fixtures/extraction/same_output.py is the full check, on the benchmark corpus and real pages).
    clean_env = {k: v for k, v in os.environ.items() if k not in ("CLAIMS_PURE", "PYTHONPATH")}
    runs = []
    for pure in ("0", "1"):
        done = subprocess.run(
            [sys.executable, "-c", _SAME_OUTPUT_PROBE],
            cwd=ROOT,
            env={**clean_env, "PYTHONPATH": str(ROOT), "CLAIMS_PURE": pure},
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        runs.append(done.stdout.split())
    (mode, n, digest), (pure_mode, pure_n, pure_digest) = runs
    assert (mode, pure_mode) == ("compiled", "pure")
    assert int(n) > 500 and (n, digest) == (pure_n, pure_digest)
