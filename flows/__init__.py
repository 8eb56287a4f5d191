"""Prefect flows: thin wrappers over the ``claims`` library. Importing this package sets Prefect's
environment (state folder, no telemetry, start-up timeout) before Prefect itself is imported."""

from flows._prefect_env import configure as _configure

_configure()
