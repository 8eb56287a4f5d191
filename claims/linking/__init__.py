"""Cross-references: the same claim across outlets, the cited source (``via``), related articles, copies.

Public API (the ingestion flow, the CLI and the dashboard call these; none of them commits):

- :func:`store_teasers` then :func:`link_article` right after an article's claims are stored;
- :func:`link_all` for ``claims link [--all]``;
- :func:`cross_references_of` for the claim view; :func:`confirm_link` / :func:`reject_link` for reviewers;
- :func:`score_pair` (pure) for anyone comparing two claims.

A same-claim link needs the same statement (content), a compatible speaker and, where both sides
name them, the same event anchors: the day, the counterpart, the event's precise figures and the
kind of occasion (a phone call, public remarks) (:mod:`claims.linking.anchors`), so one talking
point repeated in two calls is two claims, two rate decisions of one size are two decisions, and
words told to a caller are not the words told to reporters; the same figures in the content
(years are context, number words count), the same direction (raised / held / cut) and the same
countries (``places.txt``). A weekday named with no date to place it is compared exactly. An event
sentence agrees with a speaker's claim only when it names the speaker; one outlet's own two
narrations link only when a day or party places them on one occasion (or as a copy, word for
word); an auto link needs its occasion placed (a copy, verbatim wording, an agreeing day or a
shared party). Syndicated copies are found by containment of the shorter text's shingles in the
longer (:func:`claims.linking.link._syndicated`).

Candidates come from a MinHash LSH *band table* in the database (``claimband``: 16 keys per claim),
not from scanning claims. It was chosen by measurement (tests/perf/RESULTS.md, "Linking"): at 100k
claims a lookup took 0.8 ms against ~300 ms for SQLite FTS5 and PostgreSQL pg_trgm, and unlike an
in-memory datasketch ``MinHashLSH`` (0.2 ms, but a minute and 240 MB to rebuild per 100k claims in
every process) it persists, is shared by the flow, the CLI and the dashboard, and works the same on
SQLite and PostgreSQL. ``claims link --all`` rebuilds it.
"""

from __future__ import annotations

from claims.linking.clusters import confirm_link, reject_link
from claims.linking.link import LinkReport, link_all, link_article, pending_articles
from claims.linking.related import store_teasers
from claims.linking.score import ClaimSide, PairScore, score_pair
from claims.linking.views import XrefView, cross_references_of

__all__ = [
    "ClaimSide",
    "LinkReport",
    "PairScore",
    "XrefView",
    "confirm_link",
    "cross_references_of",
    "link_all",
    "link_article",
    "pending_articles",
    "reject_link",
    "score_pair",
    "store_teasers",
]
