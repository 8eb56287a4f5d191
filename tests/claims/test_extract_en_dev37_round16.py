"""English shapes from the dev37 read set, round 16. Our own invented sentences; no article sentence is
used here. Each case under CASES fails on main; GUARDS hold what must stay as it was.

- A page whose date bar (``date 2024-05-02``) is glued to the lead's first words: the lead's cue
  (``According to X, …``) still opens its sentence.
- Continental quotation marks (``„…“``, ``„…”``, ``«…»`` with ``«…»`` nested inside): read as a
  quotation, so the cue after the closing mark names the speaker.
- A quotation opened in one paragraph and closed in the next, which has no opening mark of its own
  (``“… .`` then ``… ,” she said.``): both paragraphs are her direct words.
- A plural subject with a bare present verb and a bare clause (``They claim the master was paid``), and a
  plural group opening a sentence with a bare verb (``Fishermen cite …``) is whom the next ``they`` means.
- A mandative subjunctive after ``proposed``/``recommended``/``demanded`` (``proposed the vote be
  delayed``) is the proposal; a narrator's twist (``, only to be told …``) ends the content.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.english_shapes import attributions


def page_attributions(page: str) -> list[tuple[str, str]]:
    """The attributions of a whole page (no headline put above it)."""
    doc = clean_text(page + "\n")
    return [(c.speaker, c.content) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]


def test_date_bar_glued_to_the_lead() -> None:
    page = (
        " date 2024-05-02 According to harbour master Ivo Brandt, the new quay should open before the "
        "summer season.\n\n"
        "The council will vote on the plan next month, and the fishermen have asked for a public meeting.\n"
    )
    assert ("Ivo Brandt", "the new quay should open before the summer season") in page_attributions(page)


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "low-high-marks",
        "„The quay will be busy all year, and the boats will need more room,“ Ivo Brandt said on Monday.",
        [("Ivo Brandt", "The quay will be busy all year, and the boats will need more room")],
    ),
    (
        "low-high-marks-over-paragraphs",
        "Ivo Brandt spoke at the harbour on Monday.\n\n"
        "„The quay will be busy all year. The boats will need more room.\n\n"
        "We will build a second pier before the winter,“ Brandt said.",
        [
            ("Ivo Brandt", "The quay will be busy all year. The boats will need more room"),
            ("Ivo Brandt", "We will build a second pier before the winter"),
        ],
    ),
    (
        "quotation-closed-in-a-paragraph-without-its-own-mark",
        "Ivo Brandt spoke at the harbour on Monday.\n\n"
        "“The quay will be busy all year. The boats will need more room.\n\n"
        "We will build a second pier before the winter,” Brandt said.",
        [
            ("Ivo Brandt", "The quay will be busy all year. The boats will need more room"),
            ("Ivo Brandt", "We will build a second pier before the winter"),
        ],
    ),
    (
        "plural-pronoun-bare-clause",
        "The fishermen said the quay was too small. They claim the harbour master was paid by the builders.",
        [
            ("The fishermen", "the quay was too small"),
            ("The fishermen", "the harbour master was paid by the builders"),
        ],
    ),
    (
        "plural-group-with-bare-verb-then-they",
        "Harbour inspectors said the crane was safe.\n\n"
        "Local residents cite a report written by the old harbour board. They claim the crane was never "
        "tested.",
        [
            ("Harbour inspectors", "the crane was safe"),
            ("Local residents", "the crane was never tested"),
        ],
    ),
    (
        "mandative-subjunctive-and-twist",
        "Ivo Brandt said the boats were late. He proposed the vote be delayed until June 14, only to be "
        "told the hall would be closed.",
        [("Ivo Brandt", "the boats were late"), ("Ivo Brandt", "the vote be delayed until June 14")],
    ),
    (
        "polish-marks",
        "„The quay will be busy all year, and the boats will need more room,” Ivo Brandt said.",
        [("Ivo Brandt", "The quay will be busy all year, and the boats will need more room")],
    ),
    (
        "guillemets-nested",
        "«If the boats really are «too big for the old pier,» why does the board not build a new one? "
        "We want an answer,» Ivo Brandt said.",
        [
            (
                "Ivo Brandt",
                "If the boats really are «too big for the old pier,» why does the board not build a new one? "
                "We want an answer",
            )
        ],
    ),
]


@pytest.mark.parametrize(("name", "body", "want"), CASES, ids=[c[0] for c in CASES])
def test_dev37_round16(name: str, body: str, want: list[tuple[str, str]]) -> None:
    assert attributions(body) == want
