"""English miss kinds found on real English pages (poll reports), each with our own invented sentences;
no article sentence is used here. Each case fails with the extractor before round 9:

- a share of those asked as the subject (``Some 22 percent said …``, ``About 40% of voters said …``,
  ``A mere 9 percent say …``): the respondents are a group speaker (guideline §4.5), named by the share
  as written; before, the number in the phrase made it no speaker and the claim was missed.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

_claims = attributions


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "bare-share-subject",
        "Some 22 percent said they would back the harbour plan.",
        [("22 percent", "they would back the harbour plan")],
    ),
    (
        "hedged-share-subject-with-article",
        "A mere 9 percent say they only buy fish from the quay.",
        [("9 percent", "they only buy fish")],
    ),
    (
        "share-of-a-group-with-percent-sign",
        "About 40% of fishermen said the quay was too small for the boats.",
        [("40% of fishermen", "the quay was too small")],
    ),
    (
        "share-of-a-group-after-a-place-opener",
        "In Norwood, just over 60 percent of voters said the new quay favors the wealthy.",
        [("60 percent of voters", "the new quay favors the wealthy")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round9(body: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert want_speaker in speaker, got
        assert content.startswith(want_start), got
