"""One deployment per enabled source, each with its cron or interval, served by ``prefect.serve``.

Every deployment runs the same ``ingest`` flow with ``source=<name>``; the flow reads the rest
(kind, location, language) from the Source table, which ``claims serve`` mirrors from
``sources.toml`` before serving. Runs then show one by one in the Prefect UI, per source.
"""

from __future__ import annotations

from typing import Any

from claims.ingest.sources import SourceSpec


def deployments(specs: list[SourceSpec], *, flow: Any = None) -> list[Any]:
    """Runner deployments for the enabled sources (a source without a schedule is run on demand)."""
    from flows.ingest import ingest

    flow = flow or ingest
    out = []
    for spec in specs:
        if not spec.enabled:
            continue
        schedule: dict[str, Any] = {}
        if spec.cron:
            schedule["cron"] = spec.cron
        elif spec.interval:
            schedule["interval"] = spec.interval
        out.append(
            flow.to_deployment(
                name=spec.name,
                parameters={"source": spec.name},
                tags=["claims", f"kind:{spec.kind}"],
                description=f"{spec.kind} source {spec.location}",
                **schedule,
            )
        )
    return out


def serve_sources(specs: list[SourceSpec], *, flow: Any = None, limit: int | None = None) -> None:
    """Serve the deployments until SIGTERM/Ctrl-C (Prefect pauses their schedules on the way out)."""
    from prefect import serve

    deps = deployments(specs, flow=flow)
    if not deps:
        from claims.errors import InputError

        raise InputError("no enabled source to serve: enable one in sources.toml")
    serve(*deps, limit=limit, print_starting_message=True)
