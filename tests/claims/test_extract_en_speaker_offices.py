"""English speakers: national offices named by their own word, and an opening phrase with no comma.

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
this change unless marked as a guard.

- ``Taoiseach``, ``Tánaiste`` and ``Governor-General`` are titles (lexicon ``title_words``): ``Taoiseach
  Ola Varley`` names the holder, and a later ``the Taoiseach said`` is that holder.
- ``In response the minister said``, ``In a statement the Minister said``: a capitalised preposition,
  lower-case words and no comma, then ``the`` before the verb: the subject starts at ``the``.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "taoiseach-is-a-title-and-the-role-is-its-holder",
        "Ann Cole asked about the quay during questioning of Taoiseach Ola Varley.\n\n"
        "The Taoiseach said he did not know the full story.",
        [("Ola Varley", "he did not know the full story")],
    ),
    (
        "tanaiste-is-a-title",
        "Tánaiste Ola Varley said the ferry was safe.\n\nThe Tánaiste added that the fees would rise.",
        [("Ola Varley", "the ferry was safe"), ("Ola Varley", "that the fees would rise")],
    ),
    (
        "opening-phrase-without-comma-is-no-speaker",
        "In response the minister said the boats were checked.",
        [("the minister", "the boats were checked")],
    ),
    (
        "opening-phrase-with-article-without-comma",
        "In a statement the Minister said the ferry would sail on Friday.",
        [("the Minister", "the ferry would sail on Friday")],
    ),
    (
        "opening-phrase-then-the-office-holder",
        "Ann Cole asked about the quay during questioning of Taoiseach Ola Varley.\n\n"
        "In response the Taoiseach said he did not know the full story.",
        [("Ola Varley", "he did not know the full story")],
    ),
]

GUARDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "guard-opening-phrase-with-comma",
        "In response, the minister said the boats were checked.",
        [("the minister", "the boats were checked")],
    ),
    (
        "guard-chancellor-already-a-title",
        "Chancellor Ola Varley said the ferry was safe.\n\nThe Chancellor added that the fees would rise.",
        [("Ola Varley", "the ferry was safe"), ("Ola Varley", "that the fees would rise")],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES + GUARDS, ids=[c[0] for c in CASES + GUARDS])
def test_speaker_offices(name: str, body: str, want: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(want), got
    for (speaker, content), (want_speaker, want_start) in zip(got, want, strict=True):
        assert speaker == want_speaker, (name, got)
        assert content.startswith(want_start), (name, got)
