"""Ingestion: fetch feeds, URL lists and files, and run them through clean → extract → store → link.

Pure library code (no Prefect): ``flows/`` wraps these functions in tasks. Modules:
``fetch`` (HTTP + charset), ``transport`` (the address guard of :mod:`claims.ssrf` and the
page deadline, under every fetch), ``feeds`` (feedparser), ``sources`` (sources.toml, health),
``pipeline`` (the batch steps), ``runs`` (a source's run, start to end).
"""

from claims.ingest.items import Item, items_from_paths
from claims.ingest.pipeline import IngestReport, Outcome, run_pipeline
from claims.ingest.sources import SourceHealth, SourceSpec, load_sources, source_health, sync_sources

__all__ = [
    "IngestReport",
    "Item",
    "Outcome",
    "SourceHealth",
    "SourceSpec",
    "items_from_paths",
    "load_sources",
    "run_pipeline",
    "source_health",
    "sync_sources",
]
