"""Lines a site repeats on its pages: its furniture, learned from what is stored for the outlet.

A tagline, a masthead line or a footer label looks like a headline or a sub-head on one page; seen
on several pages of the same site it is the site's own. The classifier takes the set as evidence
(``claims.text.lines``): it labels a repeated *label-shaped* line chrome, never a sentence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable

from claims.text.normalize import normalize_for_matching

MAX_WORDS = 15  # longer lines are article text even when two stories share them (agency copy)
MIN_PAGES = 3  # two pages may be two versions of one story; three are a pattern


def repeated_lines(
    pages: Iterable[Iterable[str]], *, min_pages: int = MIN_PAGES, exclude: Collection[str] = ()
) -> frozenset[str]:
    """Folded lines (``normalize_for_matching``) found on at least ``min_pages`` of ``pages``.

    Only short lines that do not end in a full stop count; ``exclude`` holds folded lines that must
    never be learnt (the stored articles' own headlines, which related lists repeat on every page).
    """
    counts: Counter[str] = Counter()
    for page in pages:
        keys = set()
        for line in page:
            line = line.strip()
            if not line or line.endswith((".", "…")) or len(line.split()) > MAX_WORDS:
                continue
            keys.add(normalize_for_matching(line))
        counts.update(keys)
    return frozenset(k for k, n in counts.items() if n >= min_pages and k not in exclude)
