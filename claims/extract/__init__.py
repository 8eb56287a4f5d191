"""Find who said what in a cleaned article: ``extract_claims(doc) -> list[ClaimCandidate]``.

Pure and deterministic: no I/O, no clock, no model. Offsets point into ``doc.text``.
``extract_file`` is the one convenience that reads a file (text or HTML) first.
"""

from __future__ import annotations

from pathlib import Path

from claims.extract._compiled import activate

# First, before any module of the package loads: an optional mypyc build (``make compile``) is used
# only while its sources are unchanged; stale extensions are refused with a warning (``_compiled``).
BUILD = activate()

from claims.candidates import ClaimCandidate, CleanDocument  # noqa: E402
from claims.extract.arabic.extract import extract_arabic  # noqa: E402
from claims.extract.arabic.words import PLACES  # noqa: E402
from claims.extract.core.confidence import calibrated  # noqa: E402
from claims.extract.core.draft import EXTRACTOR_NAME, EXTRACTOR_VERSION, Finished, finished  # noqa: E402
from claims.extract.core.entities import Entity  # noqa: E402
from claims.extract.english.extract import extract_english  # noqa: E402
from claims.extract.layered import LexiconLayer, apply_aliases, rules  # noqa: E402
from claims.text.normalize import Folded, fold  # noqa: E402
from claims.types import Lang, SpeakerKind  # noqa: E402

__all__ = ["EXTRACTOR_NAME", "EXTRACTOR_VERSION", "LexiconLayer", "extract_claims", "extract_file"]


def extract_claims(doc: CleanDocument, layer: LexiconLayer | None = None) -> list[ClaimCandidate]:
    """The claims of ``doc`` in document order (attributions and the outlet's own events).

    ``layer`` (the desk's accepted lexicon entries, ``claims.desk_lexicon.current_layer``) is laid
    over the built-in word lists; without one, or with an empty one, the output is the built-ins'.
    """
    if not doc.text.strip():
        return []
    folded = fold(doc.text)
    if layer is None or layer.empty:
        return calibrated(doc, _rule_claims(doc, folded), folded.text)
    found = calibrated(doc, _layered_claims(doc, folded, layer), folded.text)
    return apply_aliases(doc.text, found, dict(layer.overlay(doc.lang).speaker_aliases), layer.version)


def rule_claims(doc: CleanDocument) -> list[Finished]:
    """The claims' fields as the rules found them, before calibration (for fitting the confidence
    model): ``confidence`` still the rules' prior, with how each speaker was found and its margin."""
    if not doc.text.strip():
        return []
    return _rule_claims(doc, fold(doc.text))


def _rule_claims(doc: CleanDocument, folded: Folded) -> list[Finished]:
    outlet = Entity(doc.outlet or "", SpeakerKind.OUTLET)
    extractor = extract_arabic if doc.lang == "ar" else extract_english
    drafts, names = extractor(doc, folded, outlet)
    return finished(doc, folded, drafts, names, PLACES if doc.lang == "ar" else frozenset())


def _layered_claims(doc: CleanDocument, folded: Folded, layer: LexiconLayer) -> list[Finished]:
    """``_rule_claims`` run by the language's rules instance for ``layer`` (``claims.extract.layered``)."""
    outlet = Entity(doc.outlet or "", SpeakerKind.OUTLET)
    instance = rules(doc.lang, layer)
    if doc.lang == "ar":
        drafts, names = instance.module("extract").extract_arabic(doc, folded, outlet)
        return finished(doc, folded, drafts, names, instance.module("words").PLACES)
    drafts, names = instance.module("extract").extract_english(doc, folded, outlet)
    return finished(doc, folded, drafts, names, frozenset())


def extract_file(path: Path, *, lang: Lang | None = None) -> tuple[CleanDocument, list[ClaimCandidate]]:
    """Read a ``.txt`` or ``.html`` file, clean it and extract its claims."""
    from claims.extract.core.files import read_document

    doc = read_document(path, lang=lang)
    return doc, extract_claims(doc)
