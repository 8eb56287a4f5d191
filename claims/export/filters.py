"""Which claims an export takes: statuses, a decision-time window, a language, a source.

Validated on construction so the CLI and the dashboard get the same one-line errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from claims.errors import InputError
from claims.types import LANGS, ReviewStatus

EXPORTABLE: tuple[str, ...] = (ReviewStatus.VERIFIED.value, ReviewStatus.DISPUTED.value)
"""Only decided claims leave the desk; pending and not-a-claim never do."""


def parse_bound(text: str, *, name: str = "date") -> date | datetime:
    """``YYYY-MM-DD`` (a whole day) or an ISO 8601 datetime (naive means UTC); else :class:`InputError`."""
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name}: not a date (YYYY-MM-DD or an ISO 8601 datetime): {text!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _lower(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time.min, tzinfo=UTC)


def _upper(value: date | datetime) -> datetime:
    """Exclusive upper bound: a date includes its whole day; a datetime includes that instant."""
    if isinstance(value, datetime):
        return _lower(value) + timedelta(microseconds=1)
    return datetime.combine(value + timedelta(days=1), time.min, tzinfo=UTC)


@dataclass(frozen=True)
class ExportFilter:
    """Claims to export. ``since``/``until`` bound the time of the verdict (inclusive, UTC).

    ``source`` matches a declared source's name (``sources.toml``) or an article's outlet.
    """

    statuses: tuple[str, ...] = (ReviewStatus.VERIFIED.value,)
    since: date | datetime | None = None
    until: date | datetime | None = None
    lang: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        statuses = tuple(dict.fromkeys(str(s) for s in self.statuses))
        if not statuses:
            raise InputError("choose at least one status to export: verified or disputed")
        bad = [s for s in statuses if s not in EXPORTABLE]
        if bad:
            raise InputError(f"cannot export status {bad[0]!r}: choose verified or disputed")
        object.__setattr__(self, "statuses", statuses)
        if self.lang is not None and self.lang not in LANGS:
            raise InputError(f"unknown language {self.lang!r}: choose {' or '.join(LANGS)}")
        if self.source is not None and not self.source.strip():
            raise InputError("--source needs a name")
        if self.since is not None and self.until is not None and self.lower_bound >= self.upper_bound:  # type: ignore[operator]
            raise InputError(f"the window is empty: since {self.since} is after until {self.until}")

    @property
    def lower_bound(self) -> datetime | None:
        return None if self.since is None else _lower(self.since)

    @property
    def upper_bound(self) -> datetime | None:
        """Exclusive."""
        return None if self.until is None else _upper(self.until)
