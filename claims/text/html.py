"""HTML page → ``CleanDocument``: trafilatura finds the main text and metadata, ``clean_text`` does the rest.

trafilatura keeps inline ``اقرأ أيضا:`` lines and some share/promo lines, so its output goes
through the same line cleaner as scraped text; its title, date, author and site name become
the document's metadata.
"""

from __future__ import annotations

from collections.abc import Collection

import trafilatura
from trafilatura.metadata import Document

from claims.candidates import CleanDocument
from claims.errors import InputError
from claims.text.clean import clean_text
from claims.types import Lang


def html_to_document(
    html: str | bytes, *, url: str | None = None, lang: Lang | None = None, repeated: Collection[str] = ()
) -> CleanDocument:
    """Main text of an HTML page, cleaned; raises ``InputError`` when the page has no readable text."""
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    # a Document with metadata asked for (a dict only with the deprecated as_dict, None for no text)
    text = extracted.text if isinstance(extracted, Document) else None
    if not text or not isinstance(extracted, Document):
        raise InputError(f"no article text found in the HTML{f' of {url}' if url else ''}")
    doc = clean_text(
        text, lang=lang, title=extracted.title or None, outlet=extracted.sitename or None, repeated=repeated
    )
    updates: dict[str, str] = {}
    if extracted.author:
        updates["author"] = extracted.author
    if extracted.date:
        updates["published"] = extracted.date
    return doc.model_copy(update=updates) if updates else doc
