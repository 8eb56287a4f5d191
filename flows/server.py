"""A local ``prefect server start`` for ``claims serve`` when no ``PREFECT_API_URL`` is set.

Schedules never fire on Prefect's ephemeral server, so serving needs a real one. This starts it
on 127.0.0.1 with its state under the data folder, waits for ``/api/health``, and stops it
(SIGTERM to its process group, then SIGKILL) however the caller exits. No Prefect import here.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from claims.errors import ClaimsError


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_in_use(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def _prefect_exe() -> list[str]:
    beside = Path(sys.executable).parent / "prefect"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("prefect")
    if not found:
        raise ClaimsError("cannot find the `prefect` command next to this Python")
    return [found]


def wait_healthy(api_url: str, *, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ClaimsError(f"the Prefect server exited with code {proc.returncode} while starting")
        try:
            if httpx.get(f"{api_url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise ClaimsError(f"the Prefect server at {api_url} was not healthy after {timeout:.0f} s")


def stop(proc: subprocess.Popen[bytes], *, grace: float = 20.0) -> None:
    """SIGTERM the server's process group, then SIGKILL if it lingers."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    except ProcessLookupError:
        pass


@contextmanager
def local_server(home: Path, *, port: int = 4200, startup_timeout: float = 120.0) -> Iterator[str]:
    """Run a Prefect server on 127.0.0.1:``port`` with state in ``home``; yields its API URL."""
    if port_in_use(port):
        raise ClaimsError(
            f"port {port} on 127.0.0.1 is taken: pass --port, or set PREFECT_API_URL to that server"
        )
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_UI_ENABLED=env.get("PREFECT_UI_ENABLED", "true"),
    )
    env.pop("PREFECT_API_URL", None)
    log = (home / "server.log").open("ab")
    proc = subprocess.Popen(
        [*_prefect_exe(), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so stopping it stops its workers too
    )
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        wait_healthy(api_url, timeout=startup_timeout, proc=proc)
        yield api_url
    finally:
        stop(proc)
        log.close()
