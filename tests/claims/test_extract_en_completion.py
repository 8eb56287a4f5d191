"""English speaker completion over the whole article (``english/completion.py``) and bodies whose
name holds a title word: our own sentences, invented names. Guideline §3: the speaker is the fullest
name the article gives. Shapes, from fresh pages whose speakers were judged (a third of the wrong
names there were a part of the name the page wrote in full):
- a family name alone (``Sawant said``) whose full name stands inside a long title run nobody reads
  as a person (``President of the … Union Navi Mumbai Ravindra Sawant, along with others, …``), a
  suffix kept (``Alfonso Bince Jr.``); two given names before it are two people, left as written;
- a given name alone whose family name follows it once (``Hamdan bin Zayed Al Nahyan``);
- a body's run ending in a body's word with a title word inside it (``Borno State Police Command``):
  no person's name ends in ``Command``.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "Short test story\n\n"

CASES: list[tuple[str, str, list[str]]] = [
    (
        "family-name-after-a-long-title-run",
        "President of the Port Workers Union (PWU) Navi Harbour Ravindra Sawant, along with others, "
        "staged a protest at the dock on Monday.\n\nSawant alleged that wages had not been paid for months.",
        ["Ravindra Sawant"],
    ),
    (
        "family-name-with-a-suffix",
        "The motion was tabled by Sixth District Board Member Alfonso Bince Jr. on Tuesday.\n\n"
        "Bince said the province had waited too long for a police director.",
        ["Alfonso Bince Jr."],
    ),
    (
        "two-given-names-leave-the-family-name",
        "The rally was led by Ann Cole and Ben Cole, both teachers.\n\nCole said the school would reopen.",
        ["Cole"],
    ),
    (
        "title-before-the-family-name-is-no-given-name",
        "Minister Sawant opened the new ward on Monday.\n\nSawant said more beds would follow.",
        ["Sawant"],
    ),
    (
        "given-name-then-the-family-name-once",
        "The envoy met Hamdan bin Zayed Al Nahyan on Monday in the capital.\n\n"
        "Hamdan said the talks had been useful.",
        ["Hamdan bin Zayed Al Nahyan"],
    ),
    (
        "state-inside-a-body-s-name",
        "The Borno State Police Command has said its headquarters did not come under attack.",
        ["Borno State Police Command"],
    ),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_completion(raw: str, expected: list[str]) -> None:
    got = [c.speaker for c in extract_claims(clean_text(H + raw)) if c.kind != ClaimKind.EVENT]
    assert got == expected
