"""A claim while the rules still work on it, and its conversion into the frozen output model.

Rules work on a folded copy of the text; ``finished`` maps their offsets back to the stored
text, trims punctuation and whitespace at the span's edges, and guarantees the contract
``doc.text[start:end] == content`` for every candidate it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from claims.candidates import ClaimCandidate, CleanDocument
from claims.extract.core.checkworthiness import score_checkworthiness
from claims.extract.core.entities import Entity
from claims.text.normalize import Folded, strip_invisible, unhashtag
from claims.types import ClaimKind, SpeakerKind

EXTRACTOR_NAME: Final = "claims-rules"
EXTRACTOR_VERSION: Final = "0.22.0"

_EDGE: Final = " \t\n\r.,،;؛:!?؟…-–—_*|/\\"
_QUOTES: Final = "«»“”„\"'‘’"


@dataclass
class Draft:
    speaker: Entity
    start: int  # folded offsets of the content
    end: int
    kind: ClaimKind
    cue: str = ""
    mention: str = ""
    via: str = ""
    confidence: float = 0.8
    # How the speaker was found, for the confidence model (issue 11 item 3): "named" (a name in the
    # sentence), "title" (a title or description only), "org", "group", "pro-drop", "pronoun",
    # "nested", "source", "continuation"; "" when the rule did not say.
    resolution: str = ""
    # Score margin between the chosen speaker phrase and the runner-up reading, or leaving the
    # subject implicit (arabic/speaker_candidates); None when no phrase was read (pro-drop).
    margin: float | None = None
    # Highest confidence the calibrated model may give this claim (None: no bound): a rule that knows its
    # reading is weak (an English request whose requester is only a pronoun or carried over) says so here,
    # because the model's prior is one feature among many and cannot hold the claim low by itself.
    ceiling: float | None = None


@dataclass(slots=True)
class Finished:
    """A claim's output fields before the one validation into :class:`ClaimCandidate`: calibration reads
    them (the names are the model's) and sets ``confidence``, so no claim is built and copied again."""

    speaker: str
    speaker_mention: str
    speaker_role: str
    speaker_kind: SpeakerKind
    cue: str
    content: str
    start: int
    end: int
    kind: ClaimKind
    via: str
    confidence: float
    checkworthiness: float
    checkworthy_reasons: tuple[str, ...]
    # how the speaker was found and the margin of its reading (``Draft``): evidence for the
    # confidence model only, not part of the stored claim
    resolution: str = ""
    margin: float | None = None
    ceiling: float | None = None
    # the article an unnamed description had in the text (``the`` government): only the stored claim shows
    # it, so the confidence model reads the speaker as it was fitted on
    article: str = ""

    def candidate(self) -> ClaimCandidate:
        return ClaimCandidate(
            speaker=f"{self.article} {self.speaker}" if self.article else self.speaker,
            speaker_mention=self.speaker_mention,
            speaker_role=self.speaker_role,
            speaker_kind=self.speaker_kind,
            cue=self.cue,
            content=self.content,
            start=self.start,
            end=self.end,
            kind=self.kind,
            via=self.via,
            confidence=self.confidence,
            checkworthiness=self.checkworthiness,
            checkworthy_reasons=self.checkworthy_reasons,
            extractor=EXTRACTOR_NAME,
            extractor_version=EXTRACTOR_VERSION,
        )


def hand_over(drafts: list[Draft], fuller: dict[int, Entity]) -> None:
    """Give each draft whose speaker is a key of ``fuller`` (by ``id``) that fuller entity, which keeps
    the role and gender the shorter form was known by when it had none: one speaker, every claim."""
    for d in drafts:
        target = fuller.get(id(d.speaker))
        if target is not None:
            target.role = target.role or d.speaker.role
            target.gender = target.gender or d.speaker.gender
            d.speaker = target


def finished(
    doc: CleanDocument,
    folded: Folded,
    drafts: list[Draft],
    keys: list[str],
    extra_names: frozenset[str] = frozenset(),
) -> list[Finished]:
    """Drafts → each claim's fields in document order (exact spans into ``doc.text``, duplicates removed),
    before the one validation (:meth:`Finished.candidate`); ``confidence`` is still the rules' prior."""
    # the article's own name words; ``extra_names`` (hundreds of places) is searched beside them
    # rather than copied into one set per article
    names = frozenset(w for w in " ".join(keys).lower().split() if len(w) > 2)
    out: list[Finished] = []
    # names (speaker, role, via), mentions and cues repeat from claim to claim: each cleaned once, names in a
    # cache of their own, since they also lose hashtag marks and a mention keeps them as printed
    names_shown: dict[str, str] = {}
    words_shown: dict[str, str] = {}
    seen: set[tuple[int, int, str, str]] = set()
    same = folded.same_offsets  # no diacritic dropped: folded offsets are the stored text's
    orig = (lambda i: i) if same else folded.orig
    for d in sorted(drafts, key=lambda d: (orig(d.start), d.kind == ClaimKind.EVENT)):
        start, end = (d.start, d.end) if same else (folded.orig(d.start), folded.orig_end(d.end))
        start, end = trim_span(doc.text, start, end, keep_quotes=d.kind != ClaimKind.DIRECT)
        if end - start < 2:
            continue
        key = (start, end, d.speaker.canonical, d.kind)
        if key in seen:
            continue
        seen.add(key)
        content = doc.text[start:end]
        score, reasons = score_checkworthiness(
            content, doc.lang, names, key=folded.text[d.start : d.end].lower(), more_names=extra_names
        )
        speaker = d.speaker
        role = speaker.role if speaker.kind == SpeakerKind.PERSON else ""
        out.append(
            Finished(
                _shown(names_shown, speaker.canonical, name=True),
                _shown(words_shown, d.mention),
                _shown(names_shown, role, name=True),
                speaker.kind,
                _shown(words_shown, d.cue),
                content,
                start,
                end,
                d.kind,
                _shown(names_shown, d.via, name=True),
                round(min(max(d.confidence, 0.0), 1.0), 3),
                score,
                reasons,
                d.resolution,
                d.margin,
                d.ceiling,
                speaker.article or "",
            )
        )
    return out


def _shown(cache: dict[str, str], text: str, *, name: bool = False) -> str:
    """``text`` as shown; a name (speaker, role, via) also loses its hashtag marks (``#يحيى_رسول``)."""
    clean = cache.get(text)
    if clean is None:
        clean = strip_invisible(text)
        if name and ("#" in clean or "_" in clean):
            clean = " ".join(unhashtag(clean).split())
        cache[text] = clean
    return clean


def trim_span(text: str, start: int, end: int, *, keep_quotes: bool) -> tuple[int, int]:
    """Drop edge whitespace and punctuation; outer quote marks only when asked to (direct quotes)."""
    edge = _EDGE if keep_quotes else _EDGE + _QUOTES
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    if keep_quotes:
        start, end = _balance_quotes(text, start, end)
    return start, end


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """A lone trailing or leading quote mark is an edge, not part of a partial quote."""
    span = text[start:end]
    for open_, close in (("«", "»"), ("“", "”"), ("„", "“")):  # „…“: German, Lithuanian, Czech
        if span.endswith(close) and span.count(open_) < span.count(close):
            end -= 1
            span = text[start:end]
        if span.startswith(open_) and span.count(open_) > span.count(close):
            start += 1
            span = text[start:end]
    if span.count('"') % 2 == 1:
        if span.endswith('"'):
            end -= 1
        elif span.startswith('"'):
            start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end
