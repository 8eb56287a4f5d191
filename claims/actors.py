"""Who is acting: a desk member through a live dashboard login, or the machine's operator.

Every state-changing call of the library (decisions, corrections, link judgements, leases, user
administration, exports) takes an :data:`Actor` and checks it *at the moment of the act*
(:func:`claims.auth.authorize`), because a dashboard button handler runs before its page has
re-checked anything: the tab may belong to a login that was ended in another tab, by a password
change or by a deactivation since the page was drawn. A :class:`Login` carries the browser's
token, never a cached user row, so the check always reads the login and the user as they are now.

:data:`OPERATOR` is the other, explicit path: whoever runs ``claims users …`` or ``claims export``
on the machine already holds the database itself, so a login would prove nothing. It may administer
users and export, never decide or correct (a verdict is a named desk member's judgement).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Login:
    """A desk member acting through the dashboard login whose browser token this is."""

    token: str = field(repr=False)  # kept out of reprs, logs and tracebacks


@dataclass(frozen=True)
class Operator:
    """The machine's operator at the command line (``claims users``, ``claims export``)."""

    name: str = "operator"


OPERATOR = Operator()
Actor = Login | Operator
