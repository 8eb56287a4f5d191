"""Language of an article by script: Arabic letters against Latin letters.

Script counting is enough for the two languages we support and needs no model; the
first 5,000 characters decide, so a long English tail cannot outvote an Arabic article.
"""

from __future__ import annotations

import re

from claims.types import Lang

_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")


def detect_lang(text: str) -> Lang:
    """``"ar"`` when Arabic letters are at least a third of the letters, else ``"en"``."""
    head = text[:5000]
    arabic = len(_ARABIC_RE.findall(head))
    latin = len(_LATIN_RE.findall(head))
    if arabic == 0 and latin == 0:
        return "en"
    return "ar" if arabic * 2 >= latin else "en"
