"""Page cleaning, round 16: hard-wrapped English copy read whole, and chrome around English articles.

Every line here is our own writing (outlets, people and places invented). A page copied with its
column's hard line breaks (``… said there was an attempt to⏎close the …``) is one sentence across
the breaks for the cleaner and for the segmenter alike, so the extractor sees the speaker, the cue
and the whole content in one paragraph.
"""

from __future__ import annotations

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.text.segment import paragraphs

WRAPPED = (
    "The harbour authority says there were attempts to close\n"
    "two ferry piers in the district.\n"
    "Speaking on the matter, Tomas Verbeek, harbour authority\n"
    "spokesman, in a statement on Friday, said there was an attempt to block the\n"
    "north pier but the wardens cleared the gate and questioned nine persons.\n"
    "Verbeek added that the wardens prevented another attempt on a\n"
    "pier in the old town.\n"
)


def test_a_hard_wrapped_english_sentence_is_one_paragraph() -> None:
    doc = clean_text(WRAPPED)
    spans = [doc.text[s.start : s.end] for s in paragraphs(doc.text)]
    assert len(spans) == 3
    assert spans[1].startswith("Speaking on the matter") and spans[1].endswith("nine persons.")


def test_a_hard_wrapped_english_claim_keeps_its_speaker_and_its_whole_content() -> None:
    doc = clean_text(WRAPPED)
    claims = extract_claims(doc)
    said = [c for c in claims if "attempt to block the\nnorth pier" in c.content]
    assert said and "Verbeek" in said[0].speaker


def test_english_web_paragraphs_one_a_line_stay_apart() -> None:
    text = (
        "The council met on Monday to discuss the new bridge.\n"
        "Councillor Ana Ruiz said the plan would cost more than expected\n"
        "Residents of the east bank have asked for a public meeting.\n"
    )
    assert len(paragraphs(clean_text(text).text)) == 3
