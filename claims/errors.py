"""The errors the library raises on purpose, each with a message a user can act on.

    ClaimsError
    ├── InputError          bad input from a user: missing file, bad URL, undecodable text
    ├── FetchError          a page or feed could not be fetched (status, size, type, timeout)
    ├── StorageError        the database is unreachable or not migrated
    ├── PermissionDenied    the user's role does not allow the action
    │   ├── LoginEnded      the acting login is over (logged out, expired, password changed, deactivated)
    │   └── LoginThrottled  too many failed logins for this name or client: wait, or an admin unlocks
    ├── Conflict            someone else changed the same thing at the same moment; nothing was saved
    │   ├── StaleClaim      a decision was made on an out-of-date version of a claim
    │   └── LeaseHeld       another reviewer holds the claim
    ├── ReviewError         a decision breaks a review rule (e.g. Disputed without a note)
    └── DuplicateClaim      (Conflict and ReviewError) a correction would give another claim's span
                            and speaker: a rule when it was there before, a race when it landed just now

The CLI turns any ``ClaimsError`` into one line on stderr and a non-zero exit.
"""

from __future__ import annotations


class ClaimsError(Exception):
    """Base of every error the library raises deliberately."""


class InputError(ClaimsError):
    pass


class FetchError(ClaimsError):
    pass


class StorageError(ClaimsError):
    pass


class PermissionDenied(ClaimsError):
    pass


class LoginEnded(PermissionDenied):
    """The login an action came through is no longer live; the dashboard logs that tab out."""


class LoginThrottled(PermissionDenied):
    """Too many failed logins: refused without checking the password until the lock ends."""


class Conflict(ClaimsError):
    """Two people changed the same thing at once: the second change is refused whole (reload and redo)."""


class StaleClaim(Conflict):
    pass


class LeaseHeld(Conflict):
    pass


class ReviewError(ClaimsError):
    pass


class DuplicateClaim(Conflict, ReviewError):
    """Both a review rule and, when two editors raced to the same span, the loser's conflict: which
    of the two it was depends only on whether the other commit landed before this check."""
