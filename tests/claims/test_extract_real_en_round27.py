"""English round 27: who is the speaker — an abbreviated rank, a title list or a description before the
name it introduces, read as the speaker instead of the named person.

Our own invented sentences; no article sentence is used here. Each case fails with the extractor before
round 27 unless marked as a guard.

- ``according to Norland State Police Col. Ivan Lorz``: the dot of an abbreviated rank (``Col.``,
  ``Gen.``) never ends the source; the person named after it is the source.
- ``according to Chief Political, Legal and Security Minister Ivan Lorz``: commas inside a capitalised
  title list never end the source (a lone capitalised word such as ``Political`` is no speaker).
- ``according to legislator and chairman of the harbour committee, Ivan Lorz.``: a lower-case description
  then a comma and the name that ends the sentence: the name is the source.
"""

from __future__ import annotations

import pytest

from tests.claims.english_shapes import attributions

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "according-to-abbreviated-rank",
        "According to Norland State Police Col. Ivan Lorz, details of the raid will be released later.",
        [("Ivan Lorz", "details of the raid")],
    ),
    (
        "according-to-title-list-with-commas",
        "The quay will reopen in June, according to Chief Political, Legal and Security Minister Ivan Lorz.",
        [("Ivan Lorz", "The quay will reopen")],
    ),
    (
        "according-to-description-comma-name",
        "The vote will delay 40 items of the harbour budget, according to legislator and chairman of the "
        "harbour committee, Ivan Lorz.",
        [("Ivan Lorz", "The vote will delay")],
    ),
    (
        "along-with-companions-speak-together",
        "The Norland Football Federation, along with FIFA and UEFA, have warned the government that "
        "federations enjoy autonomy.",
        [("Norland Football Federation + FIFA + UEFA", "that federations enjoy autonomy")],
    ),
    (
        "together-with-one-companion",
        "Ivan Lorz, together with his deputy Ann Cole, said the quay would reopen.",
        [("Ivan Lorz + Ann Cole", "the quay would reopen")],
    ),
    (
        "head-of-a-described-group-is-its-named-chairman",
        "Harbour Minister Ann Cole met Ivan Lorz, chairman of the Norland Harbour Federation, on Monday.\n\n"
        '"We will keep the quay open," the head of the largest Norland harbour group said.',
        [("Ivan Lorz", "We will keep the quay open")],
    ),
    (
        "the-television-station-is-the-credited-outlet",
        "A diver died on Monday, KNOR-TV reported.\n\n"
        "The quay will stay closed until June, according to the television station.",
        [("KNOR-TV", "A diver died on Monday"), ("KNOR-TV", "The quay will stay closed")],
    ),
    (
        "counsel-to-a-body-mid-clause-is-the-named-lawyer",
        "The judge adjourned after counsel to the HFC, Ivan Lorz, asked for a short adjournment.\n\n"
        "According to the HFC counsel, the witness refused to appear.",
        [("Ivan Lorz", "the witness refused to appear")],
    ),
    (
        "fronted-participle-before-a-second-act",
        "Ivan Lorz met Tom Welby on Monday.\n\n"
        "Meeting with Welby, Lorz expressed his sympathies and hoped the quay would reopen.",
        [("Ivan Lorz", "the quay would reopen")],
    ),
    (
        "the-party-controlled-authority-is-the-named-council",
        "Norland County Council met on Monday.\n\n"
        "The Conservative-controlled authority recently predicted a potential overspend of up to £4 million.",
        [("Norland County Council", "a potential overspend")],
    ),
    (
        "the-statement-is-the-releaser-s",
        "Mayor Ivan Lorz released a statement on Monday condemning the loss of boats.\n\n"
        "Lorz thanked the Norland Navy for its donation of two boats to the Harbour Police.\n\n"
        "“We consider this donation further proof of the navy’s full support,” the statement said.",
        [("Ivan Lorz", "We consider this donation")],
    ),
    (
        "he-is-the-person-after-but-not-the-place",
        "Sri Lanka is registering a record 30% rise in fish prices but yet the Governor of the Central Bank "
        "Ivan Lorz seems to be calm.\nHe believes that prices may fall soon as the rise has hit its peak.",
        [("Ivan Lorz", "that prices may fall soon")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [(b, e) for _, b, e in CASES], ids=[c[0] for c in CASES])
def test_english_round27(body: str, expected: list[tuple[str, str]]) -> None:
    got = attributions(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker, got
        assert content.startswith(want_start), got


def test_the_newspaper_is_never_a_wire() -> None:
    # guard: a wire quoted before is an agency, not "the newspaper"
    got = attributions(
        "A diver died on Monday, the Associated Press reported.\n\n"
        "The newspaper reported that the quay will stay closed until June."
    )
    assert all(s != "Associated Press" for s, c in got if c.startswith("that the quay")), got


def test_the_authority_is_never_a_company() -> None:
    # guard: with no council or authority named, "the authority" stays a description
    got = attributions(
        "The Norland Ports Company met on Monday.\n\n"
        "The authority recently predicted a potential overspend of up to £4 million."
    )
    assert got and got[-1][0] != "Norland Ports Company", got


def test_according_to_two_sources_in_a_list_keep_the_first() -> None:
    # guard: "according to the police, the quay …": a comma after a source with no name after it ends it
    got = attributions("The Norland Police Service met on Monday.\n\nAccording to the police, the quay was closed.")
    assert got and got[0][0] == "Norland Police Service", got
