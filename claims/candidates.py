"""What the pure text pipeline hands to storage: a cleaned document and the claims found in it.

These are frozen pydantic models, the extractor's output contract (guideline §1). They carry
offsets into ``CleanDocument.text`` and nothing about databases; ``claims.models`` holds the rows.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from claims.types import ClaimKind, Lang, SpeakerKind


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Teaser(_Frozen):
    """A related-article line the cleaner set aside (``إقرأ أيضا: …``): a cross-reference, never a claim."""

    text: str  # the teaser's headline, marker stripped, letters untouched
    url: str | None = None  # the link when the page gave one


class MetaLine(_Frozen):
    """A line of article metadata (dateline, byline, date, caption, source): kept in the text, labelled.

    Neither a claim nor chrome (guideline §4.6); ``text[start:end]`` of the document is the line.
    """

    kind: str  # dateline | byline | date | caption | source
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class CleanDocument(_Frozen):
    """An article's text after chrome and teasers are removed: the immutable text spans point into."""

    text: str
    title: str | None = None
    lang: Lang
    outlet: str | None = None
    teasers: tuple[Teaser, ...] = ()
    boilerplate: tuple[str, ...] = ()  # the chrome lines dropped, kept for audit
    metadata: tuple[MetaLine, ...] = ()  # metadata lines of ``text``, labelled
    author: str | None = None
    published: str | None = None  # ISO date or datetime as found, when found


class ClaimCandidate(_Frozen):
    """One attribution (or event) as the extractor found it; ``text[start:end] == content``."""

    speaker: str  # canonical: fullest name in the article, title dropped; group joined by " + "
    speaker_mention: str = ""  # words in the sentence pointing at the speaker; "" when pro-drop
    speaker_role: str = ""
    speaker_kind: SpeakerKind
    cue: str = ""  # reporting verb or phrase as written; "" for continuations and events
    content: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: ClaimKind
    via: str = ""  # canonical name of a cited intermediary
    confidence: float = Field(ge=0.0, le=1.0)
    checkworthiness: float = Field(ge=0.0, le=1.0, default=0.5)
    checkworthy_reasons: tuple[str, ...] = ()
    extractor: str
    extractor_version: str
