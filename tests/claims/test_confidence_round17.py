"""Confidence round 17: why a speaker might be wrong, by shape (name shape, how far back the speaker was
named, Arabic pro-drop runs and cue-less attributions). Every sentence here is invented."""

from __future__ import annotations

import dataclasses

from claims.candidates import CleanDocument
from claims.extract import extract_claims, rule_claims
from claims.extract.core.confidence import (
    _COMPILED,
    MODELS,
    _speakers,
    feature_vector,
    features,
    unnamed_runs,
)
from claims.text.normalize import fold

_FILLER = (
    " The harbour was built in the nineteenth century and has two long piers."
    " Its lighthouse was painted white and red some years ago."
    " Boats of many colours line the quay in the summer months."
)
_OPENING = "Mayor Tom Baker opened the new quay on Monday."
_CARRIED = " He said the harbour would reopen to fishing boats next month."
_MINISTER = (
    "قال وزير الصحة أحمد الخالدي إن المستشفى الجديد سيفتح أبوابه الشهر المقبل."
    " وأضاف أن الوزارة ستعين مئة طبيب جديد."
    " وأوضح أن العمل في الجناح الشرقي سينتهي قبل الصيف."
    " وأشار إلى أن الحكومة خصصت ميزانية إضافية للمعدات."
)
_SAID = " إن المستشفى الجديد سيفتح أبوابه الشهر المقبل."


def _attributions(text: str, lang: str) -> list:
    return [c for c in extract_claims(CleanDocument(text=text, lang=lang)) if c.kind.value != "event"]


def _found(text: str, lang: str) -> tuple[CleanDocument, list]:
    doc = CleanDocument(text=text, lang=lang)
    return doc, [c for c in rule_claims(doc) if c.kind.value != "event"]


def test_the_model_reads_the_shape_features_with_the_measured_directions() -> None:
    """Set-grouped CV on the first looks at dev26-dev39: a name's shape points to right; a speaker named far
    back (English), a long pro-drop run and a cue-less attribution (Arabic) point to wrong."""
    for lang in ("ar", "en"):
        weights = MODELS[lang]["weights"]
        assert weights["name_shape"] > 0
        assert weights["en_since_named"] < 0 and weights["ar_chain"] < 0 and weights["ar_no_cue"] < 0


def test_a_speaker_carried_from_far_back_ranks_below_one_named_just_before() -> None:
    near = _attributions(_OPENING + _CARRIED, "en")
    far = _attributions(_OPENING + _FILLER * 4 + _CARRIED, "en")
    assert len(near) == 1 and len(far) == 1, (near, far)
    assert near[0].speaker == far[0].speaker and near[0].content == far[0].content
    assert far[0].confidence < near[0].confidence


def test_the_distance_back_to_the_name_is_a_feature_of_english_only() -> None:
    doc, claims = _found(_OPENING + _FILLER * 4 + _CARRIED, "en")
    speakers = _speakers(claims, fold(doc.text).text)
    far = features(doc, claims[0], speakers[claims[0].speaker])["en_since_named"]
    doc, claims = _found(_OPENING + _CARRIED, "en")
    speakers = _speakers(claims, fold(doc.text).text)
    near = features(doc, claims[0], speakers[claims[0].speaker])["en_since_named"]
    assert 0.0 < near < far <= 1.0
    doc, claims = _found(_MINISTER, "ar")
    speakers = _speakers(claims, fold(doc.text).text)
    assert features(doc, claims[-1], speakers[claims[-1].speaker])["en_since_named"] == 0.0


def test_an_arabic_pro_drop_run_grows_and_its_claims_lose_confidence() -> None:
    """The minister is named once, then three pro-drop attributions follow: each is farther from the name."""
    _doc, claims = _found(_MINISTER, "ar")
    assert len(claims) == 4, claims
    assert unnamed_runs(claims) == [0, 1, 2, 3]
    confidences = [c.confidence for c in _attributions(_MINISTER, "ar")]
    assert confidences == sorted(confidences, reverse=True) and confidences[-1] < confidences[0], confidences


def test_unnamed_runs_restart_at_a_mention_and_at_another_speaker() -> None:
    _doc, claims = _found(_MINISTER, "ar")
    first, second = claims[0], claims[1]
    other = dataclasses.replace(second, speaker="سعاد النعيمي")
    assert unnamed_runs([first, second, second, first, second, other, other]) == [0, 1, 2, 0, 1, 1, 2]
    assert unnamed_runs([]) == []


def test_a_title_alone_ranks_below_a_name_in_arabic() -> None:
    named = _attributions("قال أحمد الخالدي" + _SAID, "ar")
    title = _attributions("قال المتحدث" + _SAID, "ar")
    assert len(named) == 1 and len(title) == 1, (named, title)
    assert named[0].content == title[0].content
    assert title[0].confidence < named[0].confidence
    doc, claims = _found("قال أحمد الخالدي" + _SAID, "ar")
    speakers = _speakers(claims, fold(doc.text).text)
    assert features(doc, claims[0], speakers[claims[0].speaker])["name_shape"] == 1.0
    doc, claims = _found("قال المتحدث" + _SAID, "ar")
    speakers = _speakers(claims, fold(doc.text).text)
    assert features(doc, claims[0], speakers[claims[0].speaker])["name_shape"] == 0.0


def test_an_arabic_attribution_without_a_cue_of_its_own_is_doubted() -> None:
    doc, claims = _found("قال أحمد الخالدي" + _SAID, "ar")
    claim = claims[0]
    speaker = _speakers(claims, fold(doc.text).text)[claim.speaker]
    cueless = dataclasses.replace(claim, cue="")
    assert features(doc, cueless, speaker)["ar_no_cue"] == 1.0 and features(doc, claim, speaker)["ar_no_cue"] == 0.0
    model = _COMPILED["ar"]
    assert model.probability(feature_vector(doc, cueless, speaker)) < model.probability(feature_vector(doc, claim, speaker))
