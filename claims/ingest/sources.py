"""``sources.toml`` → validated source specs → rows of the Source table, and each source's health.

The file is the desk's declaration of what to watch; the table mirrors it (so runs, articles and
failures can point at a source) and keeps what the file cannot: when a source last ran, succeeded
or failed. :func:`source_health` is the one view of that, shared by ``claims sources`` and the
dashboard.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from sqlalchemy import func
from sqlmodel import Session, col, select

from claims.errors import InputError
from claims.models import Article, Claim, FetchState, Source, utcnow

SourceKind = Literal["feed", "urls", "files"]
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value: int | float | str) -> int:
    """Seconds from ``900``, ``"15m"``, ``"1h"``, ``"1d"``."""
    if isinstance(value, int | float):
        seconds = int(value)
    else:
        m = _INTERVAL.match(value)
        if not m:
            raise ValueError(f"interval {value!r} is not a number of seconds or like '15m', '1h', '1d'")
        seconds = int(float(m.group(1)) * _UNIT[m.group(2)])
    if seconds < 10:
        raise ValueError("interval must be at least 10 seconds")
    return seconds


class SourceSpec(BaseModel):
    """One ``[[source]]`` table of ``sources.toml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    kind: SourceKind
    url: str | None = None
    path: str | None = None
    lang: Literal["ar", "en"] | None = None
    cron: str | None = None
    interval: int | None = None  # seconds
    enabled: bool = True

    @field_validator("interval", mode="before")
    @classmethod
    def _interval(cls, value: object) -> int | None:
        return None if value is None else parse_interval(value)  # type: ignore[arg-type]

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is None:
            return None
        from cronsim import CronSim, CronSimError

        try:
            CronSim(value, datetime.now(UTC))
        except CronSimError as exc:
            raise ValueError(f"cron {value!r}: {exc}") from None
        return value

    @model_validator(mode="after")
    def _location(self) -> SourceSpec:
        if self.kind == "feed" and not self.url:
            raise ValueError("a feed source needs `url`")
        if self.url and not self.url.strip().lower().startswith(("http://", "https://")):
            raise ValueError("a feed `url` must be http(s); local files are a `files` source")
        if self.kind in ("urls", "files") and not self.path:
            raise ValueError(f"a {self.kind} source needs `path`")
        if self.url and self.path:
            raise ValueError("give `url` or `path`, not both")
        if self.cron and self.interval:
            raise ValueError("give `cron` or `interval`, not both")
        return self

    @property
    def location(self) -> str:
        return (self.url or self.path) or ""


def load_sources(path: Path) -> list[SourceSpec]:
    """The sources declared in ``path``; relative paths are taken from the file's folder."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no sources file at {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
    tables = data.get("source", [])
    if not isinstance(tables, list):
        raise InputError(f"{path}: declare sources as [[source]] tables")
    specs: list[SourceSpec] = []
    for i, table in enumerate(tables, 1):
        try:
            spec = SourceSpec.model_validate(table)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "source"
            raise InputError(
                f"{path}: source #{i} ({table.get('name', '?')}): {where}: {first['msg']}"
            ) from None
        if spec.path and not Path(spec.path).is_absolute():
            spec = spec.model_copy(update={"path": str((path.parent / spec.path).resolve())})
        specs.append(spec)
    names = [s.name for s in specs]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise InputError(f"{path}: source names must be unique; repeated: {', '.join(dupes)}")
    return specs


def sync_sources(session: Session, specs: list[SourceSpec], *, disable_missing: bool = True) -> list[Source]:
    """Mirror ``specs`` into the Source table (by name); sources no longer declared are disabled."""
    rows = {s.name: s for s in session.exec(select(Source)).all()}
    out: list[Source] = []
    for spec in specs:
        row = rows.get(spec.name) or Source(name=spec.name, kind=spec.kind, location=spec.location)
        row.kind, row.location, row.lang_hint = spec.kind, spec.location, spec.lang
        row.cron, row.interval_seconds, row.enabled = spec.cron, spec.interval, spec.enabled
        session.add(row)
        out.append(row)
    if disable_missing:
        declared = {s.name for s in specs}
        for name, row in rows.items():
            if name not in declared and row.enabled and not name.startswith("adhoc:"):
                row.enabled = False
                session.add(row)
    session.flush()
    return out


def ensure_adhoc_source(session: Session, *, kind: str, location: str, lang: str | None) -> Source:
    """The source row for a one-off ``claims ingest`` run, so its articles and failures have a home."""
    name = f"adhoc:{kind}:{location}"[:200]
    row = session.exec(select(Source).where(Source.name == name)).first()
    if row is None:
        row = Source(name=name, kind=kind, location=location, lang_hint=lang)  # no schedule: manual
        session.add(row)
        session.flush()
    return row


@dataclass(frozen=True)
class SourceHealth:
    """How a source is doing, for ``claims sources`` and the dashboard's Sources view."""

    source_id: int
    name: str
    kind: str
    location: str
    enabled: bool
    schedule: str  # "cron */30 * * * *", "every 15m", or "manual"
    last_run_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    articles: int
    claims: int
    failures_pending: int
    next_run_at: datetime | None

    @property
    def status(self) -> str:
        """One word: disabled, never run, failing (last run failed), degraded (items pending), ok."""
        if not self.enabled:
            return "disabled"
        if self.last_run_at is None:
            return "never run"
        if self.last_error_at and (self.last_success_at is None or self.last_error_at > self.last_success_at):
            return "failing"
        return "degraded" if self.failures_pending else "ok"


def describe_schedule(cron: str | None, interval_seconds: int | None) -> str:
    if cron:
        return f"cron {cron}"
    if interval_seconds:
        for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
            if interval_seconds % size == 0:
                return f"every {interval_seconds // size}{unit}"
        return f"every {interval_seconds}s"
    return "manual"


def next_run(row: Source, now: datetime) -> datetime | None:
    """When the schedule fires next (approximate for intervals: last run + interval)."""
    if not row.enabled:
        return None
    if row.cron:
        from cronsim import CronSim

        return next(CronSim(row.cron, now))
    if row.interval_seconds:
        if row.last_run_at is None:
            return now
        return max(now, _aware(row.last_run_at) + timedelta(seconds=row.interval_seconds))
    return None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def source_health(
    session: Session, *, now: datetime | None = None, include_adhoc: bool = False
) -> list[SourceHealth]:
    """Every source with its counts and schedule, by name."""
    now = now or utcnow()
    rows = session.exec(select(Source).order_by(col(Source.name))).all()
    articles = dict(session.exec(select(Article.source_id, func.count()).group_by(Article.source_id)).all())  # type: ignore[call-overload]
    claims = dict(
        session.exec(
            select(Article.source_id, func.count())  # type: ignore[call-overload]
            .select_from(Claim)
            .join(Article, col(Article.id) == col(Claim.article_id))
            .group_by(Article.source_id)
        ).all()
    )
    failed_q = select(FetchState.source_id, func.count()).where(FetchState.status == "failed")  # type: ignore[call-overload]
    failed = dict(session.exec(failed_q.group_by(FetchState.source_id)).all())
    out: list[SourceHealth] = []
    for row in rows:
        if row.name.startswith("adhoc:") and not include_adhoc:
            continue
        assert row.id is not None
        last_error, last_error_at = row.last_error, row.last_error_at
        item = session.exec(
            select(FetchState)
            .where(FetchState.source_id == row.id, col(FetchState.status).in_(("failed", "dead")))
            .order_by(col(FetchState.last_attempt_at).desc())
        ).first()
        if (
            item
            and item.last_attempt_at
            and (last_error_at is None or _aware(item.last_attempt_at) > _aware(last_error_at))
        ):
            last_error, last_error_at = f"{item.url}: {item.last_error}", item.last_attempt_at
        out.append(
            SourceHealth(
                source_id=row.id,
                name=row.name,
                kind=row.kind,
                location=row.location,
                enabled=row.enabled,
                schedule=describe_schedule(row.cron, row.interval_seconds),
                last_run_at=row.last_run_at,
                last_success_at=row.last_success_at,
                last_error=last_error,
                last_error_at=row.last_error_at,
                articles=int(articles.get(row.id, 0)),
                claims=int(claims.get(row.id, 0)),
                failures_pending=int(failed.get(row.id, 0)),
                next_run_at=next_run(row, now),
            )
        )
    return out
