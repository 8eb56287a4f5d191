"""The one HTTP transport fetches use: every connection checked by address, every page on a clock.

httpx resolves names deep inside httpcore, so a guard that looks a name up *before* the request
would be judging a different lookup from the one the socket uses (DNS rebinding). Instead the
guard sits where httpcore opens sockets — its ``NetworkBackend.connect_tcp`` — resolves the host
once, refuses the whole host if any address is private (:mod:`claims.ssrf`), and connects to
the very addresses it checked; httpcore still sends the original ``Host`` header and uses the
original name for TLS SNI and certificate checks, since those come from the request, not the socket.
Redirects are followed by :func:`claims.ingest.fetch.fetch` one hop at a time, and each new host
opens a new connection through this same check.

The same streams enforce a per-page deadline: httpx's timeouts bound each read, so a server
dripping one byte a second never trips them; every read, write and handshake here is bounded by the
time left before the deadline set with :func:`page_deadline`.
"""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import httpcore
import httpx

from claims.ssrf import IPNetwork, Resolver, resolve_checked

LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10)
_DEADLINE: ContextVar[float | None] = ContextVar("claims_page_deadline", default=None)


@contextmanager
def page_deadline(seconds: float | None) -> Iterator[None]:
    """Bound all network I/O of this thread to ``seconds`` from now (an outer, earlier deadline wins)."""
    if seconds is None:
        yield
        return
    ends = time.monotonic() + seconds
    outer = _DEADLINE.get()
    token = _DEADLINE.set(ends if outer is None else min(outer, ends))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def time_left() -> float | None:
    """Seconds before the current page deadline (None when there is none); may be negative."""
    ends = _DEADLINE.get()
    return None if ends is None else ends - time.monotonic()


def _bounded(timeout: float | None, error: type[Exception]) -> float | None:
    left = time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise error("page deadline passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the page deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, connecting only to checked addresses (see the module docstring)."""

    def __init__(
        self,
        allow: Sequence[IPNetwork] = (),
        resolve: Resolver = socket.getaddrinfo,
        inner: httpcore.NetworkBackend | None = None,
    ) -> None:
        self.allow = tuple(allow)
        self.resolve = resolve
        self._plain = inner or httpcore.SyncBackend()  # tests pass httpcore.MockBackend: no sockets

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        _bounded(timeout, httpcore.ConnectTimeout)
        infos = resolve_checked(host, port, self.allow, resolve=self.resolve)
        failure: Exception | None = None
        for info in infos:  # numeric addresses: the plain backend does no further lookup
            try:
                stream = self._plain.connect_tcp(
                    info[4][0],
                    port,
                    timeout=_bounded(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            return DeadlineStream(stream)
        raise failure or httpcore.ConnectError(f"no address to connect to for {host}")

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport (request/response mapping, errors) over a :class:`GuardedBackend` pool.

    httpx does not take a network backend, so the pool it builds is replaced by one that does; no
    proxy is ever used (a proxy would connect on our behalf, past the guard).
    """

    def __init__(
        self,
        *,
        allow: Sequence[IPNetwork] = (),
        resolve: Resolver = socket.getaddrinfo,
        inner: httpcore.NetworkBackend | None = None,
        ssl_context: ssl.SSLContext | None = None,
        limits: httpx.Limits = LIMITS,
    ) -> None:
        super().__init__(trust_env=False, limits=limits)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(allow, resolve, inner),
        )
