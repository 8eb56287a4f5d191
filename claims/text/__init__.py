"""Text handling before extraction: cleaning scraped pages, sentence splitting, matching keys, language.

Nothing here changes the letters of the stored text; normalisation only ever produces copies
used for matching (guideline §3).
"""

from __future__ import annotations

from claims.text.clean import clean_text
from claims.text.lang import detect_lang
from claims.text.normalize import normalize_for_matching

__all__ = ["clean_text", "detect_lang", "normalize_for_matching"]
