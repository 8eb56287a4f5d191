"""Word lists as TOML data files: one format, read once at import, validated, and layered.

Why data files: the lists are edited by people who do not write Python (and, next, by the desk,
whose accepted entries are stored in this same format and applied on top of the built-ins); TOML
keeps the comments that explain a choice, and ``tomllib`` ships with Python. Why a model: a typo
in a key, a number where a word belongs, an empty word or the same word twice is refused with the
file and the entry named, instead of silently matching nothing.

A language declares a :class:`LexiconModel` subclass whose fields are the tables (``list[str]``
word lists, or ``dict`` tables of entries). :func:`merge` lays an overlay on a base: words the base
lacks are appended in the overlay's order, and dict entries of the overlay replace or add entries.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Annotated, Any, Self, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the entry."""


def _words(words: list[str]) -> list[str]:
    """A word list: no empty or blank entry, no entry twice (a repeat is a copy-paste slip)."""
    seen: set[str] = set()
    for i, word in enumerate(words):
        if not word.strip():
            raise ValueError(f"entry {i} is empty")
        if word in seen:
            raise ValueError(f"entry {i} {word!r} is a duplicate")
        seen.add(word)
    return words


Words = Annotated[list[str], AfterValidator(_words)]


class LexiconModel(BaseModel):
    """Tables of one language; every field defaults to empty, so an overlay lists only what it adds."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    @classmethod
    def read(cls, path: Path) -> Self:
        """Parse and validate ``path``; any fault is one :class:`LexiconError` naming file and entry."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise LexiconError(f"{path}: {exc}") from None
        return cls.parse(data, source=str(path))

    @classmethod
    def parse(cls, data: dict[str, Any], *, source: str) -> Self:
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            faults = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in exc.errors()
            )
            raise LexiconError(f"{source}: {faults}") from None


M = TypeVar("M", bound=LexiconModel)


def merge(base: M, overlay: M) -> M:
    """``base`` with ``overlay`` on top: new words appended, dict entries replaced or added."""
    merged: dict[str, Any] = {}
    for name in type(base).model_fields:
        old, new = getattr(base, name), getattr(overlay, name)
        if isinstance(old, list):
            known = set(old)
            merged[name] = [*old, *(w for w in new if w not in known)]
        else:
            merged[name] = {**old, **new}
    return type(base).model_validate(merged)
