"""English speakers credited to the wrong person (enfix1): our own sentences, invented names. Shapes,
each from fresh pages whose speakers were judged:
- a new unnamed person whose head the extractor did not know (``A senior citizen said …``, ``a mother
  of two``) gave no claim, so the next ``he/she said`` went to the speaker before;
- ``The regional head of the <Body> said``: a heading title of a body is a person (the one named before
  with that office, else the description), never the body;
- ``Okafor, managing editor of <Body> said:`` (no closing comma): the name, not the body's tail;
- ``said <Body> Spokesperson, <Name>``: the name after the comma;
- ``<Name> while talking to <X> said``: the participle phrase is no speaker;
- ``a newsletter called The Voice``: ``called`` names a thing, nothing is said;
- ``denied sending the text that said …``: the text's words are no complement of the denial.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "Short test story\n\n"

# (id, text, [(content start, speaker)] that must be present)
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "senior-citizen-then-he",
        '"Business is open as usual," a resident said.\nA senior citizen said the patrols had brought some '
        'calm.\n"We feel safer now," he said.',
        [("the patrols had", "A senior citizen"), ("We feel safer now", "A senior citizen")],
    ),
    (
        "mother-of-two-then-she",
        '"Business is open as usual," a resident said.\nA mother of two said the patrols had brought some '
        'calm.\n"I was scared," she said.',
        [("the patrols had", "A mother of two"), ("I was scared", "A mother of two")],
    ),
    (
        "regional-head-of-a-body",
        "Flooding closed the bridge on Monday. The regional head of the Coastal Rescue Service said 30 "
        "people had been moved to shelters.",
        [("30 people", "the regional head of the Coastal Rescue Service")],
    ),
    (
        "local-head-named-before",
        "Ibrahim Lema, local head of the Coastal Rescue Service (CRS), told Reuters the blast was loud.\n"
        "The local head of the CRS said 20 people had been taken to hospital.",
        [("20 people", "Ibrahim Lema")],
    ),
    (
        "surname-role-of-body-said-colon",
        'The paper ran the story on Friday.\nOkafor, managing editor of Lagoon Weekly Newspapers said: "We '
        'stand by every word."\n"Obviously we learned of it late," he said.',
        [("We stand by every word", "Okafor"), ("Obviously we learned", "Okafor")],
    ),
    (
        "said-body-spokesperson-comma-name",
        'The Rescue-Alliance has rejected the claims.\n"We moved 30 people to shelters," said '
        "Rescue-Alliance Spokesperson, Tomas Kibwe.",
        [("We moved 30 people", "Tomas Kibwe")],
    ),
    (
        "while-talking-to-said",
        "Trade Minister Asad Malik while talking to the radio station said that the budget was on track.\n"
        "He also said that taxes would fall.",
        [("that the budget", "Asad Malik"), ("that taxes would fall", "Asad Malik")],
    ),
]

# (id, text, speakers that must not appear among attributions)
NOT_SPEAKERS: list[tuple[str, str, list[str]]] = [
    (
        "regional-head-not-the-body",
        "The regional head of the Coastal Rescue Service said 30 people had been moved to shelters.",
        ["Coastal Rescue Service"],
    ),
    (
        "called-names-a-thing",
        "A monthly school newsletter called The Voice will reach parents in May, upsetting some teachers.",
        ["A monthly school newsletter"],
    ),
    (
        "while-speaking-not-the-speaker",
        "Trade Minister Asad Malik while speaking to reporters said that the budget was on track.",
        ["speaking to reporters"],
    ),
    (
        "role-with-article-stays-the-subject",
        'Lawyers had been "vilified" in The Daily Clarion, a barrister for the Norland Bar Association has '
        "told a court.",
        ["Daily Clarion", "The Daily Clarion"],
    ),
]


def _attributions(text: str) -> list[tuple[str, str]]:
    claims = extract_claims(clean_text(H + text + "\n"))
    return [(c.content, c.speaker) for c in claims if c.kind in (ClaimKind.DIRECT, ClaimKind.INDIRECT)]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    got = _attributions(text)
    for start, speaker in expected:
        assert any(c.startswith(start) and s == speaker for c, s in got), (start, speaker, got)


@pytest.mark.parametrize(("text", "banned"), [(t, b) for _, t, b in NOT_SPEAKERS], ids=[c[0] for c in NOT_SPEAKERS])
def test_not_speaker(text: str, banned: list[str]) -> None:
    got = _attributions(text)
    assert not any(s in banned for _, s in got), got


def test_text_that_said_is_no_complement() -> None:
    got = _attributions(
        "Deputy mayor Rose Atieno has denied sending the text that said the club would fold before the season."
    )
    assert not any(c.startswith("that said") for c, _ in got), got
