"""Which addresses a fetch may connect to: public unicast only, unless the allow-list says otherwise.

URL lists, feed entries and redirects are written by strangers, so a URL naming the cloud metadata
service (169.254.169.254), a router on 192.168.x or the desk's own database must be refused before
a socket is opened. Names are judged by what they *resolve to*, never by how they are spelled:
``0x7f000001``, ``2130706433``, ``127.1`` and ``metadata.google.internal`` all reach private
addresses, and an IPv6 address can carry an IPv4 one inside it (``::ffff:169.254.169.254``, 6to4,
Teredo, NAT64), which is judged too. A host with any refused address is refused as a whole, so a
name that answers one public and one private address cannot be used to slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from claims.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
AddrInfo = tuple[Any, ...]  # one entry of socket.getaddrinfo: (family, type, proto, canonname, sockaddr)
Resolver = Callable[..., Sequence[AddrInfo]]

ALLOW_SETTING = "CLAIMS_FETCH_ALLOW_NETWORKS"
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class RefusedAddressError(FetchError):
    """The URL's host is, or resolves to, an address fetches must not reach (permanent)."""


def parse_networks(text: str | Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDRs from ``"127.0.0.0/8, ::1/128"`` (or a list of them); a bad entry raises ``ValueError``."""
    items = text.split(",") if isinstance(text, str) else list(text)
    out: list[IPNetwork] = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        try:
            out.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(f"{item!r} is not an IP network such as 127.0.0.0/8 or ::1/128") from None
    return tuple(out)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo client, NAT64), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _kind(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public unicast address (``"private"``, ``"loopback"``…), or None if it is."""
    for name, flag in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
    ):
        if flag:
            return name
    if not ip.is_global:  # e.g. 100.64.0.0/10, shared address space
        return "non-public"
    return None


def refusal(ip: IPAddress | str, allow: Sequence[IPNetwork] = ()) -> str | None:
    """Why a fetch must not connect to ``ip`` (one phrase), or None when it may.

    >>> refusal("169.254.169.254")
    'a link-local address'
    >>> refusal("127.0.0.1", allow=parse_networks("127.0.0.0/8")) is None
    True
    """
    ip = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    if isinstance(ip, ipaddress.IPv6Address) and ip.scope_id:
        ip = ipaddress.IPv6Address(str(ip).split("%", 1)[0])
    inner = _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
    if any(ip in net or (inner is not None and inner in net) for net in allow):
        return None
    if inner is None:
        kind = _kind(ip)
    else:  # judged by the IPv4 address inside (a mapped address *is* that address)
        kind = _kind(inner) or (None if inner == getattr(ip, "ipv4_mapped", None) else _kind(ip))
    return None if kind is None else f"a {kind} address"


def resolve_checked(
    host: str,
    port: int,
    allow: Sequence[IPNetwork] = (),
    *,
    resolve: Resolver = socket.getaddrinfo,
) -> list[AddrInfo]:
    """Resolve ``host`` once and return its addresses, or raise :class:`RefusedAddressError`.

    The caller connects to exactly these addresses, so nothing can change between the check and
    the connection (a second lookup is how DNS rebinding gets past a guard).
    """
    try:
        infos = list(resolve(host, port, type=socket.SOCK_STREAM))
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve {host}: {exc}") from None
    if not infos:
        raise FetchError(f"cannot resolve {host}: no address")
    for info in infos:
        address = info[4][0]
        why = refusal(address, allow)
        if why is not None:
            shown = f"{host} is" if host == address else f"{host} resolves to {address},"
            raise RefusedAddressError(
                f"refused: {shown} {why} (only public addresses are fetched; "
                f"{ALLOW_SETTING} lists networks to allow)"
            )
    return infos
