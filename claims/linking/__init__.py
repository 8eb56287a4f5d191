"""Cross-references: the same claim across outlets, the cited source (``via``), related articles, copies.

Public API (the ingestion flow, the CLI and the dashboard call these; none of them commits):

- :func:`store_teasers` then :func:`link_article` right after an article's claims are stored;
- :func:`link_all` for ``claims link --all``;
- :func:`cross_references_of` for the claim view; :func:`confirm_link` / :func:`reject_link` for reviewers;
- :func:`score_pair` (pure) for anyone comparing two claims.
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
