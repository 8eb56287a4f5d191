"""Confidence round 16: attributions close together, and the features the model of 2026-12-08 adds."""

from __future__ import annotations

from claims.candidates import CleanDocument
from claims.extract import extract_claims, rule_claims
from claims.extract.core.confidence import (
    _COMPILED,
    MODELS,
    _speakers,
    attributions_near,
    feature_vector,
    features,
)
from claims.text.normalize import fold

_CLAIM = "Mayor Tom Baker said the harbour would reopen to fishing boats next month."
_SECOND = "Councillor Ann Lee said the coastal road would close for repairs in June."
_FILLER = (
    " The harbour was built in the nineteenth century and has two long piers."
    " Its lighthouse was painted white and red some years ago."
    " Boats of many colours line the quay in the summer months."
)


def _attributions(text: str, lang: str = "en") -> list:
    return [c for c in extract_claims(CleanDocument(text=text, lang=lang)) if c.kind.value != "event"]


def test_attributions_near_counts_the_others_starting_close_by() -> None:
    text = _CLAIM + " " + _SECOND + _FILLER * 3 + " " + _CLAIM.replace("Mayor Tom Baker", "Harbour master Joe Bell")
    claims = [c for c in rule_claims(CleanDocument(text=text, lang="en")) if c.kind.value != "event"]
    assert len(claims) == 3, claims
    assert attributions_near(claims) == [1, 1, 0]
    assert attributions_near([]) == []


def test_a_report_among_reports_ranks_above_the_same_report_alone() -> None:
    """On real pages a claim with other attributions close by is more often right than a lone one (a lone
    "said" is more often a narrated act or a sentence misread as speech): the same claim ranks higher
    beside a second report than beside narration."""
    among = _attributions(_CLAIM + " " + _SECOND + _FILLER)
    alone = _attributions(_CLAIM + _FILLER)
    assert len(among) == 2 and len(alone) == 1, (among, alone)
    assert among[0].content == alone[0].content
    assert among[0].confidence > alone[0].confidence


def test_the_new_features_reach_the_english_model() -> None:
    # English only in round 16 (Arabic kept its earlier entry); round 17's refit (set-grouped CV) writes both
    # languages from one pooled model, so both entries read these features.
    for lang in ("ar", "en"):
        weights = MODELS[lang]["weights"]
        assert {"log_attributions_near", "complementiser", "speaker_in_content", "resolved_source"} <= set(weights)
        assert weights["log_attributions_near"] > 0 and weights["speaker_in_content"] < 0
    doc = CleanDocument(text=_CLAIM, lang="en")
    claim = rule_claims(doc)[0]
    speaker = _speakers([claim], fold(doc.text).text)[claim.speaker]
    assert features(doc, claim, speaker, 3)["log_attributions_near"] > features(doc, claim, speaker)["log_attributions_near"] == 0.0
    model = _COMPILED["en"]
    assert model.probability(feature_vector(doc, claim, speaker, 2)) > model.probability(feature_vector(doc, claim, speaker, 0))


def test_a_speaker_quoted_in_its_own_content_is_doubted() -> None:
    """The speaker's last name inside the content it is credited with is more often a misread subject."""
    plain = _attributions("Mayor Tom Baker said the harbour would reopen to fishing boats next month.")
    inside = _attributions("Mayor Tom Baker said the harbour Baker built would reopen to fishing boats next month.")
    assert len(plain) == 1 and len(inside) == 1
    assert inside[0].confidence < plain[0].confidence
