"""A desk member's own preferences: the dashboard's interface language (Arabic or English).

Kept on the user row so it follows the person to every browser; changed only by that person's live
login (``claims.auth.authorize`` with :attr:`Action.VIEW`, which every role has).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from claims.actors import Actor
from claims.auth import Action, acting_user
from claims.errors import InputError

LANGUAGES = ("ar", "en")


def set_language(session: Session, *, actor: Actor, language: str, now: datetime) -> str:
    """Store the acting user's interface language; :class:`InputError` for anything but ar or en."""
    if language not in LANGUAGES:
        raise InputError(f"unknown interface language {language!r}: use ar or en")
    user = acting_user(session, actor, Action.VIEW, now)
    user.language = language
    session.add(user)
    session.flush()
    return language
