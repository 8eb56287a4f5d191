"""English round 24: speakers read too short or not resolved to the named holder.

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 24 unless marked as a guard.

- a definite description resolved by what it describes: ``the Oban-based company`` (a firm noun with only
  descriptive modifiers) is the firm the story opened on, even one introduced by an apposition (``X, the
  rebranded Y that holds a stake in Z Group, posted …``: X, not Z Group named in passing); ``the Head of
  State`` is the named president (the lexicon's ``head_offices``), never a new speaker.
- ``The head of the Norland Police Force``: the person named with a heading title (the lexicon's
  ``head_titles``) whose role names that body, or who was named next to the body; never an unrelated
  president (the description then stays the body, as before).
- coordinated speakers losing members: ``A, B, C and D announced`` keeps all four (not the last two);
  ``attorneys Ian and Mary Brodie`` is two people with the shared surname, each with the full name.
- a reported clause's subject with an apposition: ``NAN reports that X, commander of Y, said`` credits X,
  never the body named in the apposition.
- a fronted time phrase with a part of the day between subject and verb (``X on Thursday evening said``).
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "described-firm-registered-name",
        "Harbour Fisheries Ltd posted a record catch on Monday.\n\n"
        "Profit rose to $3 million in the year to March, the Oban-based company said.",
        [("Harbour Fisheries Ltd", "Profit rose to $3 million")],
    ),
    (
        "head-of-state-is-the-named-president",
        "President Mara Tollen opened the new quay on Friday.\n\n"
        "Speaking at the ceremony, the Head of State said the fees would fall by 10 per cent.",
        [("Mara Tollen", "the fees would fall")],
    ),
    (
        "head-of-a-body-is-the-commissioner-named-with-it",
        "Commissioner Ian Brodie says the Norland Police Force will investigate.\n\n"
        "The head of the Norland Police Force has also noted the anger, stating that the inquiry would "
        "find the cause.",
        [("Ian Brodie", "the Norland Police Force will investigate"), ("Ian Brodie", "that the inquiry")],
    ),
    (
        "head-of-a-body-is-the-holder-whose-role-names-it",
        "Norland Police Commissioner Ian Brodie says the force will investigate.\n\n"
        "The head of the Norland Police Force said the inquiry would find the cause.",
        [("Ian Brodie", "the force will investigate"), ("Ian Brodie", "the inquiry would find")],
    ),
    (
        "guard-head-of-a-body-never-an-unrelated-president",
        "President Ian Brodie says the quay will open.\n\n"
        "The head of the Norland Police Force said the inquiry would find the cause.",
        [("Ian Brodie", "the quay will open"), ("Norland Police Force", "the inquiry would find")],
    ),
    (
        "four-listed-speakers",
        "For their part, Norland, Wester, Easter and Souther announced that none of their sailors had "
        "been hurt.",
        [("Norland + Wester + Easter + Souther", "that none of their sailors")],
    ),
    (
        "three-listed-people",
        "Ann Cole, Tom Welby and Ian Brodie said the quay was unsafe.",
        [("Ann Cole + Tom Welby + Ian Brodie", "the quay was unsafe")],
    ),
    (
        "shared-surname",
        "In a motion, attorneys Ian and Mary Brodie, who represent Tom Welby, accused the council of "
        "leaking the plan.",
        [("Ian Brodie + Mary Brodie", "the council of leaking the plan")],
    ),
    (
        "reported-clause-subject-with-apposition",
        "NAN reports that Ade Bello, commander of Brigade 9 in Oban, said the fight started after a "
        "sailor was shot.",
        [("NAN", "that Ade Bello"), ("Ade Bello", "the fight started")],
    ),
    (
        "weekday-with-part-of-day-before-verb",
        "Port director Ann Cole on Thursday evening said the quay would open in May.",
        [("Ann Cole", "the quay would open in May")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round24(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker or (" + " not in want_speaker and want_speaker in speaker), got
        assert content.startswith(want_start), got


def test_shared_surname_needs_an_unknown_given_name() -> None:
    # guard: a lone word the article used for someone already is that person, not a given name
    body = "Port director Ann Cole met the divers.\n\nCole and Tom Welby said the quay was unsafe."
    got = attributions(body)
    assert got and got[0][0] == "Ann Cole + Tom Welby", got


def test_listed_names_after_a_description_are_no_list_of_speakers() -> None:
    # guard: the names complement "Officials from": they are not the speakers themselves
    got = attributions("Officials from Norland, Wester and Souther said the quay was unsafe.")
    assert all(s != "Norland + Wester + Souther" for s, _ in got), got


def test_described_firm_is_the_story_lead_named_with_an_apposition() -> None:
    # the story opens on the firm (an apposition after its name), another group is named in passing
    text = (
        "Fish firm lifts its profit\n\n"
        "Harbour Fish Norland, the rebranded Oban Seafoods that holds a stake in Welby Group, "
        "posted a gain.\n\n"
        "Profit rose to $3 million in the year to March, the Oban-based company said.\n"
    )
    got = [(c.speaker, c.content) for c in extract_claims(clean_text(text)) if c.kind != ClaimKind.EVENT]
    assert got and got[0][0] == "Harbour Fish Norland" and got[0][1].startswith("Profit rose"), got
