"""Extraction with a lexicon layer (the desk's accepted entries) laid over the built-in word lists.

Why one instance of a language's rules per layer: the rules read their word lists as module
constants built at import (``words.TITLES`` with its derived feminine forms, the conjugation index
of ``cue_forms``, folded sets), so a lookup in the hot loop is one global read and extraction speed
does not depend on layering. A layered lexicon therefore gets its own copy of the language package:
the package's own compiled code executed once more in fresh module objects whose ``lexicon``
module holds ``tables(merge(BUILTIN, overlay))``. The copy is built whole, under a lock, before any
thread uses it, and is read-only afterwards (the thread-safety rule of ``docs/extractor.md``); it
is kept per layer (a few at most), so an article never re-merges or re-derives a table. The
built-in package is never touched: with no layer (or an empty one) extraction runs the original
modules, and its output is the same, byte for byte.

Speaker aliases are the one table the rules do not read: :func:`apply_aliases` resolves a claim's
speaker after the rules, to the canonical name the desk chose, but only when the article itself
gives that name (the guideline's speaker is "the fullest name the article gives").
"""

from __future__ import annotations

import builtins
import importlib
import importlib.machinery
import pkgutil
import threading
import types
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claims.candidates import ClaimCandidate
from claims.extract.arabic.lexicon import ArabicLexicon
from claims.extract.core.draft import EXTRACTOR_VERSION
from claims.extract.core.lexicon import LexiconError
from claims.extract.english.lexicon import EnglishLexicon
from claims.text.normalize import fold

__all__ = ["ArabicLexicon", "EnglishLexicon", "LexiconError", "LexiconLayer", "apply_aliases", "rules"]

_PACKAGES = {"ar": "claims.extract.arabic", "en": "claims.extract.english"}
_KEEP = 4  # rule instances kept (one per recent layer and language)


@dataclass(frozen=True)
class LexiconLayer:
    """Word lists laid over the built-ins, in the built-ins' own format, with the revision they are at.

    ``revision`` names the layer in every claim's ``extractor_version`` (``0.8.0+desk.7``), so a
    claim says what produced it. An empty layer is no layer: :attr:`version` is the plain version.
    """

    revision: int
    arabic: ArabicLexicon = field(default_factory=ArabicLexicon)
    english: EnglishLexicon = field(default_factory=EnglishLexicon)

    @property
    def empty(self) -> bool:
        return self.arabic == ArabicLexicon() and self.english == EnglishLexicon()

    @property
    def version(self) -> str:
        return EXTRACTOR_VERSION if self.empty else f"{EXTRACTOR_VERSION}+desk.{self.revision}"

    def overlay(self, lang: str) -> ArabicLexicon | EnglishLexicon:
        return self.arabic if lang == "ar" else self.english


class _RuleInstance:
    """A language package executed again in private module objects, its lexicon merged with an overlay."""

    def __init__(self, package: str, overlay: ArabicLexicon | EnglishLexicon) -> None:
        from claims.extract.core.lexicon import merge

        self.package = package
        original = importlib.import_module(package)
        self.members = {f"{package}.{m.name}" for m in pkgutil.iter_modules(original.__path__)}
        self.folder = Path(original.__path__[0])
        self.modules: dict[str, types.ModuleType] = {}
        self.builtins = {**builtins.__dict__, "__import__": self._import}

        root = types.ModuleType(package, original.__doc__)
        root.__path__ = list(original.__path__)
        root.__package__ = package
        self.modules[package] = root

        # The lexicon module is copied, not re-run: its models stay the same classes (the overlay's),
        # and every table is rebuilt from the merged lexicon.
        base_lexicon = importlib.import_module(f"{package}.lexicon")
        lexicon = types.ModuleType(base_lexicon.__name__, base_lexicon.__doc__)
        lexicon.__dict__.update(
            {k: v for k, v in vars(base_lexicon).items() if k not in ("__name__", "__doc__")}
        )
        lexicon.BUILTIN = merge(base_lexicon.BUILTIN, overlay)  # type: ignore[attr-defined]
        for name, value in base_lexicon.tables(lexicon.BUILTIN)._asdict().items():  # type: ignore[attr-defined]
            setattr(lexicon, name, value)
        self.modules[lexicon.__name__] = lexicon
        root.lexicon = lexicon  # type: ignore[attr-defined]

    def module(self, name: str) -> types.ModuleType:
        """The instance's copy of ``package.name`` (loaded with everything it imports from the package)."""
        return self._load(f"{self.package}.{name}")

    def _load(self, name: str) -> types.ModuleType:
        if name in self.modules:
            return self.modules[name]
        if name not in self.members:
            raise ImportError(f"{name} is not a module of {self.package}")
        # Always the source, found in the package's folder: with the optional mypyc build (``make
        # compile``) the module imported is an extension (its spec's origin a path that does not
        # exist), which cannot be run again in fresh module objects; the copy runs as Python.
        source = str(self.folder / f"{name.rsplit('.', 1)[1]}.py")
        code = importlib.machinery.SourceFileLoader(name, source).get_code(name)
        assert code is not None  # a source file always compiles to code (or raises)
        module = types.ModuleType(name)
        module.__file__ = source
        module.__package__ = self.package
        module.__builtins__ = self.builtins  # type: ignore[attr-defined]  # its imports come back here
        self.modules[name] = module
        exec(code, module.__dict__)
        setattr(self.modules[self.package], name.rsplit(".", 1)[1], module)
        return module

    def _import(
        self,
        name: str,
        globals_: dict[str, Any] | None = None,
        locals_: Any = None,
        fromlist: Any = (),
        level: int = 0,
    ) -> types.ModuleType:
        if level:
            base = (globals_ or {}).get("__package__") or ""
            parts = base.split(".")
            name = ".".join([*parts[: len(parts) - level + 1], *([name] if name else [])])
        inside = name == self.package or name.startswith(self.package + ".")
        if not inside:
            return builtins.__import__(name, globals_, locals_, fromlist, 0)
        if not fromlist:  # `import claims.extract.arabic.x` would bind the original package: refuse it
            raise ImportError(f"layered rules need `from {name} import …`, not `import {name}`")
        module = self._load(name) if name != self.package else self.modules[name]
        for item in fromlist:
            sub = f"{name}.{item}"
            if sub in self.members:
                self._load(sub)
        return module


_instances: OrderedDict[tuple[str, str], _RuleInstance] = OrderedDict()
_lock = threading.Lock()


def rules(lang: str, layer: LexiconLayer) -> _RuleInstance:
    """The language's rules with ``layer`` on top; built once per distinct overlay, then shared."""
    overlay = layer.overlay(lang)
    key = (lang, overlay.model_dump_json())
    with _lock:
        found = _instances.get(key)
        if found is None:
            found = _RuleInstance(_PACKAGES[lang], overlay)
            # Built whole before any thread sees it: every module, so that an import inside a
            # function never loads one later, mid-extraction.
            for member in sorted(found.members):
                found.module(member.rsplit(".", 1)[1])
            _instances[key] = found
            while len(_instances) > _KEEP:
                _instances.popitem(last=False)
        else:
            _instances.move_to_end(key)
        return found


def apply_aliases(
    text: str, candidates: list[ClaimCandidate], aliases: dict[str, list[str]], version: str
) -> list[ClaimCandidate]:
    """Speakers resolved through the desk's aliases, and every claim stamped with the layer's version.

    A speaker (or its mention) that is a known alias becomes the canonical name only when that name
    is in the article: a mention of someone the article never names in full stays as the article has it.
    """
    if not aliases:
        return [c.model_copy(update={"extractor_version": version}) for c in candidates]
    folded_text = fold(text).text
    by_mention: dict[str, str] = {}
    for canonical, mentions in aliases.items():
        if fold(canonical).text in folded_text:
            for mention in mentions:
                by_mention.setdefault(_key(mention), canonical)
    out = []
    for c in candidates:
        update: dict[str, Any] = {"extractor_version": version}
        known = by_mention.get(_key(c.speaker)) or by_mention.get(_key(c.speaker_mention))
        if known and " + " not in c.speaker and _key(c.speaker) != _key(known):
            update["speaker"] = known
        out.append(c.model_copy(update=update))
    return out


def _key(name: str) -> str:
    return " ".join(fold(name).text.split())
