"""The desk lexicon: word-list entries learned from the desk's corrections, applied at every extraction.

``proposals`` holds the rules (a correction or an added claim → lexicon fragments); ``store`` keeps
the entries in the database with their provenance and decisions and gives extraction the accepted
layer. See ``docs/desk-lexicon.md``.
"""

from claims.desk_lexicon.proposals import Lesson, Proposal, propose
from claims.desk_lexicon.store import (
    ACCEPTED,
    PROPOSED,
    REJECTED,
    accept,
    changes,
    current_layer,
    current_revision,
    edit,
    list_entries,
    refresh_proposals,
    reject,
)

__all__ = [
    "ACCEPTED",
    "PROPOSED",
    "REJECTED",
    "Lesson",
    "Proposal",
    "accept",
    "changes",
    "current_layer",
    "current_revision",
    "edit",
    "list_entries",
    "propose",
    "refresh_proposals",
    "reject",
]
