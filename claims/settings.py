"""One settings object for the library, the flows, the dashboard and the CLI (env prefix ``CLAIMS_``).

Read lazily through :func:`get_settings`, never at import time, so tests and commands can set the
environment first. Core functions take plain values; only the shells (CLI, flows, dashboard) read this.
"""

from __future__ import annotations

from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMS_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=Path("data"), description="Where the SQLite file, Prefect state and logs live.")
    database_url: str = Field(default="", description="SQLAlchemy URL; empty means a SQLite file in data_dir.")
    log_level: str = Field(
        default="WARNING",
        description="Logging level for the CLI and flows, and for the libraries under them (alembic, Prefect, "
        "httpx): their INFO lines are noise to a desk, so they show only when asked for.",
    )
    lease_minutes: int = Field(default=10, ge=1, description="How long opening a claim reserves it for one reviewer.")
    undo_minutes: float = Field(
        default=5, gt=0, le=24 * 60, description="How long the reviewer who decided a claim may undo that decision."
    )
    skip_timezone: str = Field(
        default="UTC",
        description="A skipped claim stays out of that reviewer's queue until midnight in this time zone (IANA name).",
    )
    default_language: str = Field(
        default="en", description="Dashboard language (ar | en) of a user who has not chosen one."
    )
    login_hours: float = Field(default=12, gt=0, le=24 * 30, description="How long a dashboard login lasts.")
    login_max_failures: int = Field(default=5, ge=1, description="Failed logins in a row that lock an account name.")
    login_max_client_failures: int = Field(
        default=30, ge=1, description="Failed logins that lock a client address (a newsroom may share one)."
    )
    login_lockout_minutes: float = Field(
        default=15, gt=0, description="First lock; doubles with each further failure, up to 24 hours."
    )
    db_lock_timeout_seconds: float = Field(
        default=60.0,
        gt=0,
        description="How long a command waits for a SQLite database another program holds locked "
        "(SQLite retries with backoff) before it stops with one line.",
    )
    fetch_timeout_seconds: float = Field(default=20.0, gt=0, description="HTTP timeout for feeds and pages.")
    fetch_max_bytes: int = Field(default=5_000_000, gt=0, description="Pages larger than this are refused.")
    fetch_deadline_seconds: float = Field(
        default=60.0, gt=0, description="Total time one page may take: every attempt, redirect and read."
    )
    fetch_max_failures: int = Field(
        default=5, ge=1, description="Failed runs in a row after which a web URL is marked dead, not retried."
    )
    fetch_allow_networks: str = Field(
        default="",
        description="Comma-separated CIDRs fetches may reach besides public addresses (e.g. 127.0.0.0/8).",
    )
    user_agent: str = Field(default="claims-bot/0.1 (+fact-checking desk)", description="HTTP User-Agent.")
    sources_file: Path = Field(default=Path("sources.toml"), description="Declared feeds, URL lists and folders.")
    link_auto_threshold: float = Field(default=0.82, ge=0, le=1, description="Same-claim score linked automatically.")
    link_suggest_threshold: float = Field(default=0.6, ge=0, le=1, description="Same-claim score suggested to reviewers.")
    organization: str = Field(default="Claims Desk", description="Author of exported ClaimReview records.")
    organization_url: str = Field(default="https://example.org", description="URL of that organisation.")

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("skip_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (an IANA name such as UTC or Asia/Damascus)") from None
        return value

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in ("ar", "en"):
            raise ValueError("must be ar or en")
        return value

    @field_validator("fetch_allow_networks")
    @classmethod
    def _networks(cls, value: str) -> str:
        from claims.ssrf import parse_networks

        parse_networks(value)  # a bad CIDR is refused when settings load, with the entry named
        return value

    @property
    def allowed_networks(self) -> tuple[IPv4Network | IPv6Network, ...]:
        """``fetch_allow_networks`` parsed."""
        from claims.ssrf import parse_networks

        return parse_networks(self.fetch_allow_networks)

    @field_validator("database_url")
    @classmethod
    def _usable_url(cls, value: str) -> str:
        from claims.dburl import normalize_database_url

        return normalize_database_url(value) if value.strip() else ""

    @property
    def resolved_database_url(self) -> str:
        """The database URL, defaulting to ``sqlite:///<data_dir>/claims.db``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'claims.db').resolve()}"

    @property
    def prefect_home(self) -> Path:
        """Prefect keeps its own state here, never in the product's database."""
        return (self.data_dir / "prefect").resolve()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read from the environment on first use."""
    return Settings()

