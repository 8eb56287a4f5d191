"""English speaker phrases decided by shape and position (issue 11 item 2), each with our own sentences.

The kinds come from reading real English news with attribution annotations (PolNeAR train split,
converted by ``fixtures/real/polnear.py``) and the rbe1 dev pages; no article sentence is used here.
Each case fails with extractor 0.8.0:

- ``X of Place`` after a name is where the person is from, not the speaker;
- a capitalised sentence opener (``Even``, ``After``) glued to a name is no part of it;
- a relative clause with commas of its own (``X, who … in Leeds, Yorkshire, in May, said``):
  the phrase inside it is not the subject;
- an introductory phrase before an ``and said`` subject (``In an interview …, the senator … and said``);
- a name inside a quotation is not whom the next ``he``/``she`` means;
- a bare two-word name opening a narrated sentence (``Tom Harlow praised …``) is whom ``he`` means;
- ``he said Okafor``: a pronoun holds the subject slot, the name after the verb is the answer;
- ``Asked who …, he said …``: the fronted participle clause is not the content;
- an organisation noun (``the hospital``) is not the person whose role mentions it;
- ``Ms Carter`` after ``Rebekah Carter``: the honorific tells her gender, so ``he`` is someone else;
- ``Labour MP A B and Green MP C D``: two titled names joined by ``and`` are two people;
- ``A fisherman from Wessex``: a place after a common-noun head says where, the head says who;
- ``Varley's family``: a possessive owns the head that speaks (and ``family`` is no -ly adverb);
- ``Theresa May``: a month after a given name is a surname;
- a quotation over paragraphs (each opens with a mark, only the last closes, then the cue) is the
  speaker's named after the closing mark, when the marks are of one kind;
- a participle (``telling them:``, ``saying that``) hung on a verb that reports nothing is the main
  clause subject's claim; ``with the union saying`` names its own speaker; a clause before a titled
  name (``After he oversaw the vote Councillor Ann Cole gave …``) is not part of the name;
- after an introductory phrase (``Speaking at a rally in Hove, Sussex, Harlow says``) the subject is
  the last comma part; an opener alone (``As stated in …``) is none; a capitalised verb form after a
  capitalised word (``the United States``) is part of a name, no cue; ``what X had said`` is the
  object of the cue, no new claim.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims, rule_claims
from claims.extract.english.speaker_candidates import choose_subject
from claims.extract.english.tokens import tokenize
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "Harbour town plans a new quay\n\nThe council met on a wet evening in the old town hall.\n\n"


def _claims(body: str) -> list[tuple[str, str]]:
    doc = clean_text(H + body + "\n")
    return [(c.speaker, c.content) for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "name-of-place-is-the-person",
        "Rep. Tom Harlow of Wessex, an ally of the harbour board, said the quay would open in May.",
        [("Tom Harlow", "the quay would open in May")],
    ),
    (
        "titled-name-of-place-without-apposition",
        "Councillor Mina Dorsey of Eastfield said the fees were too high.",
        [("Mina Dorsey", "the fees were too high")],
    ),
    (
        "place-complement-not-a-pronoun-antecedent",
        "Councillor Mina Dorsey of Eastfield spoke to the board. She said the fees were too high.",
        [("Mina Dorsey", "the fees were too high")],
    ),
    (
        "glued-adverb-opener",
        "Even Varley, a loyal supporter of the board, said the plan was costly. The council had even asked "
        "him to stay.",
        # the council's request is a claim of its own since round 21 (a named requester, guideline §2)
        [("Varley", "the plan was costly"), ("council", "him to stay")],
    ),
    (
        "glued-subordinator-opener",
        "After Varley argued that the fees were fair, the council voted against him.",
        [("Varley", "that the fees were fair")],
    ),
    (
        "relative-clause-with-its-own-commas",
        "Sara Pell, who lost her son in Leeds, Yorkshire, in May, said the inquiry had failed her family.",
        [("Sara Pell", "the inquiry had failed")],
    ),
    (
        "introductory-phrase-before-and-said",
        "In an interview on Monday, the Wessex senator criticised the harbour plan and said the costs "
        "were hidden.",
        [("Wessex senator", "the costs were hidden")],
    ),
    (
        "names-inside-a-quotation-are-not-she",
        "Lena Okafor spoke first. “The best harbours are in places like Norway, Chile and Japan,” she said.",
        [("Lena Okafor", "The best harbours")],
    ),
    (
        "bare-name-opening-a-narrated-sentence-is-he",
        "Tom Harlow praised the board. “Mina Dorsey has fought for this town,” he said.",
        [("Tom Harlow", "Mina Dorsey has fought")],
    ),
    (
        "irregular-past-after-a-bare-name-makes-it-the-subject",
        "Ann Cole threw her support behind Sen. Tom Reilly on Wednesday.\n\n"
        "“Tom Reilly has stood up for us,” she said.",
        [("Ann Cole", "Tom Reilly has stood up")],
    ),
    (
        "organisation-noun-is-not-the-person-who-spoke-for-it",
        "A hospital spokesman, Daniel Mensah, told reporters that two patients had gone home.\n\n"
        "Three more patients remain in intensive care, the hospital also said.",
        [("Daniel Mensah", "that two patients"), ("hospital", "Three more patients")],
    ),
    (
        "honorific-tells-the-gender-of-a-known-name",
        "The trial of former chief executive Rebekah Carter opened on Tuesday.\n\n"
        "Mr Justice Harlow said the trial would last six weeks.\n\n"
        "He singled out a magazine which features Ms Carter on the cover.\n\n"
        "“Put it out of your minds,” he told the jury.",
        [("Harlow", "the trial would last"), ("Harlow", "Put it out of your minds")],
    ),
    (
        "two-titled-names-joined-by-and-are-two-people",
        "The minister was questioned by Labour MP Sarah Okafor and Green MP Tom Reilly.\n\n"
        "Ms Okafor said the budget had no money for rural clinics.",
        [("Sarah Okafor", "the budget had no money")],
    ),
    (
        "a-place-after-a-common-noun-head-is-where-not-who",
        "A fisherman from Wessex told reporters that the quay was unsafe.",
        [("A fisherman from Wessex", "that the quay was unsafe")],
    ),
    (
        "plural-head-with-a-place-is-a-group",
        "The survey was published on Monday. Most Labour voters in Hull said the economy favoured the "
        "wealthy.",
        [("Most Labour voters in Hull", "the economy favoured")],
    ),
    (
        "intro-adverb-phrase-before-and-pledged",
        "Earlier in the day, Ann Cole met harbour workers and pledged to “protect every job on the quay.”",
        [("Ann Cole", "to “protect every job")],
    ),
    (
        "possessive-owner-is-not-the-speaker",
        "Tom Varley was stopped by police on Monday. Varley's family has called on the police to release "
        "the video.",
        [("Varley's family", "police to release")],
    ),
    (
        "possessive-owner-before-and-told",
        "Varley's younger brother went to school with Okafor, and told stories of the old harbour.",
        [("Varley's younger brother", "stories of the old harbour")],
    ),
    (
        "a-month-after-a-given-name-is-a-surname",
        "Prime Minister Theresa May said the talks would resume. Later, May suggested that a deal was close.",
        [("Theresa May", "the talks would resume"), ("Theresa May", "that a deal was close")],
    ),
    (
        "uk-style-quotation-over-paragraphs-waits-for-its-cue",
        "The harbour board said the crane failed on Friday.\n\n"
        "“The driver heard a bang at about noon and stopped the lift.\n\n"
        "“Nobody was under the load and the dock reopened within the hour,” a port engineer told reporters.",
        [
            ("harbour board", "the crane failed"),
            ("a port engineer", "The driver heard a bang"),
            ("a port engineer", "Nobody was under the load"),
        ],
    ),
    (
        "quoted-excerpt-in-other-marks-keeps-the-earlier-speaker",
        "The Gazette said the vote was close.\n\n"
        '"The count was delayed and the clerk said the papers were wet.\n\n'
        "“The papers were dry when I saw them,” Tom Harlow said.",
        [
            ("Gazette", "the vote was close"),
            ("Gazette", "The count was delayed"),
            ("Tom Harlow", "The papers were dry"),
        ],
    ),
    (
        "telling-after-a-verb-that-reports-nothing",
        "The governor handed the council a list of demands, telling them: “The roads must be repaired "
        "before the rains.”",
        [("governor", "The roads must be repaired")],
    ),
    (
        "saying-that-without-a-comma-after-an-irregular-verb",
        "The mayor spoke of the risks of flooding saying that the river defences were too low.",
        [("mayor", "that the river defences")],
    ),
    (
        "absolute-with-clause-names-its-own-speaker",
        "The Dockers Union balloted its members on Monday.\n\n"
        "Talks between the two sides will resume next week, with the union saying it wants a deal before "
        "Easter.",
        [("Dockers Union", "it wants a deal")],
    ),
    (
        "a-clause-before-a-titled-name-is-not-the-name",
        "After he oversaw the vote Councillor Ann Cole gave the board a list of demands, telling them: "
        "“The quay must open.”",
        [("Ann Cole", "The quay must open")],
    ),
    (
        "a-name-after-and-in-a-run-is-coordinated-not-titled",
        "Councillor Ann Cole said the ports needed money. She has seen the harbours of Norway and Iceland, "
        "the old Baltic docks.\n\n“I am not an engineer,” she said.",
        [("Ann Cole", "the ports needed money"), ("Ann Cole", "I am not an engineer")],
    ),
    (
        "after-an-introductory-phrase-the-last-comma-part-is-the-subject",
        "Speaking at a rally in Hove, Sussex, Harlow says he is making a demand of the council.",
        [("Harlow", "he is making a demand")],
    ),
    (
        "a-title-from-a-place-is-a-description",
        "Councillor from Wessex says he cannot allow the quay to close.",
        [("Councillor from Wessex", "he cannot allow")],
    ),
    (
        "an-opener-alone-is-no-subject",
        "As stated in the council's report, there are conflicting accounts of the fire.",
        [],
    ),
    (
        "a-capitalised-verb-form-inside-a-name-is-no-cue",
        "In the United States the quay plan is popular.",
        [],
    ),
    (
        "what-x-had-said-is-the-object-of-the-cue-not-a-new-claim",
        "Tom Byrne said the plan was sound.\n\n"
        "Ms Walsh said she accepted what Mr Byrne had said, but the cost was too high. “The figures do "
        "not add up,” she added.",
        [
            ("Tom Byrne", "the plan was sound"),
            ("Walsh", "she accepted what"),
            ("Walsh", "The figures do not add up"),
        ],
    ),
    (
        "pronoun-subject-then-an-answer-and-a-fronted-question",
        "Tom Harlow praised the board. Asked who should lead it, he said Okafor. “She knows the harbour,” "
        "he said.",
        [("Tom Harlow", "Okafor"), ("Tom Harlow", "She knows the harbour")],
    ),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_by_shape(body: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(body)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker == want_speaker or speaker.endswith(" " + want_speaker), (speaker, content)
        assert content.startswith(want_start), (speaker, content)


def test_titled_office_of_a_body_keeps_its_name() -> None:
    """``Secretary of State X``, ``Governor of the Bank of Y``: an office before ``of`` is a complement,
    the name after it is the speaker (the ``of Place`` rule needs a name before ``of``)."""
    got = _claims("Secretary of State Ann Cole said the talks would resume in June.")
    assert got == [("Ann Cole", "the talks would resume in June")]


def test_choice_keeps_the_margin_between_readings() -> None:
    """Two readings of ``Even Varley``: the name alone wins, by a margin the claim's confidence hears."""
    text = "Even Varley said the plan was costly."
    toks = tokenize(text, 0, len(text))
    choice = choose_subject(toks, 0, 0, 2, frozenset(["even"]))
    assert (choice.start, choice.end, choice.reading) == (1, 2, "without-opener")
    assert choice.margin is not None and choice.margin > 0
    plain = choose_subject(toks, 0, 1, 2, frozenset())
    assert (plain.start, plain.margin, plain.reading) == (1, None, "parser")


def test_close_readings_lower_the_prior() -> None:
    """A subject chosen by a narrow margin starts from a lower prior than an unchallenged one."""
    close = clean_text(H + "Even Varley said the plan was costly.\n")
    clear = clean_text(H + "Ann Varley said the plan was costly.\n")
    p_close = [c.confidence for c in rule_claims(close) if c.kind != ClaimKind.EVENT]
    p_clear = [c.confidence for c in rule_claims(clear) if c.kind != ClaimKind.EVENT]
    assert p_close and p_clear and p_close[0] < p_clear[0]
