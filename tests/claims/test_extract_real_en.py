"""English failure kinds seen on real pages, each reproduced with our own invented sentences.

Every row names one mechanism from the real-page diagnosis (late section headers, unknown cues,
pronouns after a sentence with no claim, data and reports as sources, speaker boundaries, nested
reports, adverbs and datelines as speakers, the outlet's own events). The expected claims are
(speaker, start of the content) in document order, events left aside unless the row is about them.
"""

from __future__ import annotations

import pytest

from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind

H = "Harbour town plans a new quay\n\nThe council met on a wet evening in the old town hall.\n\n"


def _claims(raw: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]


def _events(raw: str) -> list[str]:
    return [c.content for c in extract_claims(clean_text(raw)) if c.kind == ClaimKind.EVENT]


def _check(raw: str, expected: list[tuple[str, str]]) -> None:
    got = _claims(raw)
    assert len(got) == len(expected), got
    for (speaker, content), (want_speaker, want_start) in zip(got, expected, strict=True):
        assert speaker.endswith(want_speaker), (speaker, content)
        assert content.startswith(want_start), (speaker, content)


CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "late-highlights-header-is-no-standfirst",
        H + "Harbour master Lena Okafor said the new quay would open in May.\n\n"
        "Board chair Ivo Rast said the cost had risen by a third.\n\n"
        "Highlights\n\nFerry fares to rise in spring\n\nFishing fleet gets new moorings\n",
        [("Lena Okafor", "the new quay"), ("Ivo Rast", "the cost")],
    ),
    (
        "cue-expressed-hope",
        H + "Mayor Quill Barato expressed his hope that the rail link would reopen before winter.",
        [("Quill Barato", "that the rail link")],
    ),
    (
        "cue-advised-against",
        H + "The Foreign Ministry of Veltania advised against all travel to the border region.",
        [("Foreign Ministry of Veltania", "all travel")],
    ),
    (
        "cue-found-that",
        H + "The Marine Safety Board investigated the collision for a year.\n\n"
        "It found that there was no fault on the part of the two pilots.",
        [("Marine Safety Board", "that there was no fault")],
    ),
    (
        "cue-commented-colon",
        H
        + "Petra Lund, the trust's chief executive, commented: \"Demand keeps rising and our staff "
        + 'are stretched."',
        [("Petra Lund", "Demand keeps rising")],
    ),
    (
        "cue-present-warn",
        H + "Coastguards warn walkers to stay away from the cliff edge during the storm.",
        [("Coastguards", "walkers to stay away")],
    ),
    (
        "adverb-after-name-is-not-speaker",
        H + "Brigadier Tomas Yelden particularly warned young riders to slow down near schools.",
        [("Tomas Yelden", "young riders")],
    ),
    (
        "inverted-said-name-after-infinitive-clause",
        H + "Patrols on the bridge will be stepped up during the fair, to catch speeding drivers, "
        "said Colonel Tarek Vellan, head of the traffic unit.",
        [("Tarek Vellan", "Patrols on the bridge")],
    ),
    (
        "ministry-with-acronym",
        H + "The Ministry of Transport (MOTV) announced that the new timetable has been approved.",
        [("Ministry of Transport", "that the new timetable")],
    ),
    (
        "place-words-inside-title-chain",
        H
        + "New South Wales Deputy Commissioner of police Mara Lind said the two men had been charged "
        + "with fraud.",
        [("Mara Lind", "the two men")],
    ),
    (
        "pronoun-after-spokesman-sentence-without-claim",
        H + "Dr Ada Kerr, the clinic's chief executive, said demand had doubled this winter.\n\n"
        "A spokesman for the Transport Office dismissed the leaked memo.\n\n"
        'He said: "We do not recognise these numbers and will publish our own."',
        [("Ada Kerr", "demand had doubled"), ("Transport Office", "We do not recognise")],
    ),
    (
        "figures-from-an-organisation-show",
        H
        + "The figures from the Health Board show only 70 per cent of patients were seen within four hours.",
        [("Health Board", "only 70 per cent")],
    ),
    (
        "report-as-source",
        H + "A leaked report claimed that 80 per cent of patients waited too long.",
        [("leaked report", "that 80 per cent")],
    ),
    (
        "report-as-source-after-comes-as",
        H + "The news comes as a leaked report showed that no clinic in the region met its target.",
        [("a leaked report", "that no clinic")],
    ),
    (
        "show-narrates-without-a-document-subject",
        H + "The harbour master showed the visitors around the new quay on Friday.",
        [],
    ),
    (
        "dateline-city-is-not-the-company",
        "Velto shares fall\n\nOSLO (Reuters) -Velto appeared to play down talk about its chief after its "
        "shares fell 4% on Monday.\n\n"
        "The company initially declined to comment on the report, but later issued a statement saying: "
        '"We do not comment on rumours."',
        [("Velto", "We do not comment")],
    ),
    (
        "standfirst-repeated-by-the-body",
        "Port chief warns of delays\n\nPort chief Ola Brant warned that the autumn schedule would "
        "slip by weeks.\n\n"
        "Staff report\n\nBERGEN - Port chief Ola Brant warned that the autumn schedule would slip by weeks. "
        "Crews were short, he said.",
        [("Ola Brant", "that the autumn"), ("Ola Brant", "Crews were short")],
    ),
    (
        "while-participle-after-a-post-posed-cue",
        H
        + "Around 65 percent of the budget goes on repairs, the minister Ola Brant said while "
        + "warning against "
        "the loss of spare capacity.",
        [("Ola Brant", "Around 65 percent"), ("Ola Brant", "the loss of spare")],
    ),
    (
        "while-participle-after-a-quote",
        H
        + 'Port director Ola Brant runs the port. "We are the only port that grew last year," she '
        + "said while noting that "
        "early investment beats hesitation.",
        [("Ola Brant", "We are the only port"), ("Ola Brant", "that early investment")],
    ),
    (
        "he-or-she-is-never-an-organisation",
        H + '"We will not sell the quay," she said.',
        [],
    ),
    (
        "name-closing-with-an-apostrophe",
        H + "The new quay will be built in two stages, Harbour Minister Samir Ra'uf' told the state-owned "
        "Coast News Agency.",
        [("Samir Ra'uf'", "The new quay")],
    ),
    (
        "uncued-paragraph-going-on-after-an-indirect-statement",
        H + "Returning officer Ana Korr said the count would finish by noon.\n\n"
        "The ballot boxes will be sealed and taken to the counting hall.\n\n"
        "Turnout was lower than in 2019.\n\n"
        "The results will be published online.",
        [("Ana Korr", "the count would"), ("Ana Korr", "The ballot boxes")],
    ),
    (
        "it-came-as-an-organisation-with-acronym-announced",
        H + "It came as the Harbour Ministry of Fisheries and Ports (HMFP) announced that the new quay has "
        "been approved.",
        [("Harbour Ministry of Fisheries and Ports", "that the new quay")],
    ),
    (
        "collective-from-two-places",
        H + "Three men from Leeds and York deny planning a robbery at the quay.\n\n"
        "The prosecution will begin to outline its case on Monday.",
        [("Three men from Leeds and York", "planning a robbery")],
    ),
    (
        "unnamed-source-keeps-its-article",
        H + "Ferries will resume on Monday, a port official told Wirenews.\n\n"
        "An appeals judge has warned jurors that the evidence is secret.",
        [("a port official", "Ferries will resume"), ("An appeals judge", "that the evidence")],
    ),
    (
        "alleging-after-a-narrated-charge",
        "Smugglers charged\n\nPORTVILLE, May 3, (AFP): Port police on Wednesday charged three men "
        "over the theft, "
        "alleging all were members of a smuggling ring.",
        [("Port police", "all were members")],
    ),
    (
        "post-posed-said-after-a-reported-clause",
        H + "The city's officials have confirmed that all bridges are safe, said the Transport Minister.",
        [("Transport Minister", "The city's officials"), ("city's officials", "that all bridges")],
    ),
    (
        "report-in-a-relative-clause-and-the-claim-it-reports",
        H
        + "Two analysts told Wirenews they linked the drop to the Daily Courier report that said Mr "
        + "Alder had "
        "told friends he may retire.",
        [
            ("Two analysts", "they linked the drop"),
            ("Daily Courier", "Mr Alder had told"),
            ("Alder", "friends he may retire"),
        ],
    ),
    (
        "post-posed-cue-then-a-when-clause-with-its-own-that",
        H
        + "Officers are being unfairly blamed for doing their job, a police union said after two "
        + "officers were told last week that they would face no action.",
        [("a police union", "Officers are being unfairly")],
    ),
    (
        "it-is-the-organisation-the-narration-turned-to",
        H
        + "The Port Authority said the crew had been tired.\n\n"
        + "The Marine Safety Board concluded its inquiry in March.\n\n"
        + "It found that there was no fault on the part of the two pilots.",
        [("Port Authority", "the crew"), ("Marine Safety Board", "that there was no fault")],
    ),
    (
        "cue-inside-a-quotation-running-on",
        H
        + 'A Harbour Board spokesperson said: "At the end of our inquiry, we found that the crew acted '
        + "properly. We thank the witnesses.\n\n"
        + '"Our report will be published in full."',
        # round 6: an unnamed spokesperson is a person cited by whom they speak for (was the board itself)
        [("Harbour Board spokesperson", "At the end of our inquiry"), ("Harbour Board spokesperson", "Our report will")],
    ),
    (
        "split-quote-with-refuting-participle",
        H + '"All stations are open as usual," the minister Hal Brenner said, refuting claims of closures '
        "over the storm.",
        [("Hal Brenner", "All stations"), ("Hal Brenner", "claims of closures")],
    ),
    (
        "concessive-clause-is-not-content",
        H + "Although profit fell by half, chief financial officer Tom Reyes said last year brought results "
        '"back to normal levels."',
        [("Tom Reyes", "last year brought")],
    ),
    (
        "told-an-organisation-after-content",
        H + "The museum is open to visitors every day, Culture Minister Ivo Rast told the state news agency.",
        [("Ivo Rast", "The museum is open")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_real_en_case(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    _check(raw, expected)


def test_undated_narration_is_an_event() -> None:
    """The outlet's own checkable statements need no date or figure (``He has pleaded not guilty.``)."""
    raw = (
        H + "Harbour master Lena Okafor said the quay had been damaged by the storm.\n\n"
        "The bridge was closed to traffic shortly afterwards.\n\n"
        "The skipper has pleaded not guilty."
    )
    assert _events(raw) == [
        "The council met on a wet evening in the old town hall",
        "The bridge was closed to traffic shortly afterwards",
        "The skipper has pleaded not guilty",
    ]


def test_a_charge_before_an_allegation_is_an_event() -> None:
    raw = (
        "Smugglers charged\n\nPORTVILLE, May 3, (AFP): Port police on Wednesday charged three men "
        "over the theft, "
        "alleging all were members of a smuggling ring."
    )
    assert [e.endswith("charged three men over the theft") for e in _events(raw)] == [True]


def test_stances_credits_and_reader_lines_are_no_events() -> None:
    """A stance with no statement, a refusal, a rumour, a credit line or a reader prompt: no event."""
    raw = (
        H + "The harbour board welcomed the decision.\n\n"
        "The ferry company declined to comment on the plans.\n\n"
        "There were reports that the fleet would move north.\n\n"
        "Staff writer Ana Ruiz contributed to this report.\n\n"
        "Please tell us what you think of the new quay."
    )
    assert _events(raw) == ["The council met on a wet evening in the old town hall"]


def test_drafts_say_how_the_speaker_was_found() -> None:
    """``Draft.resolution`` tells the confidence model (and a reviewer) how each speaker was reached."""
    from claims.candidates import CleanDocument
    from claims.extract.core.entities import Entity
    from claims.extract.english.extract import extract_english
    from claims.text.normalize import fold
    from claims.types import SpeakerKind

    text = (
        H + "Returning officer Ana Korr said the count would finish by noon.\n\n"
        "The ballot boxes will be sealed and taken to the counting hall.\n\n"
        '"We are ready," she said.\n\n'
        "Election officials said turnout was high."
    )
    doc = CleanDocument(text=text, lang="en", title="")
    drafts, _ = extract_english(doc, fold(text), Entity("", SpeakerKind.OUTLET))
    got = [(d.speaker.canonical, d.resolution) for d in drafts if d.kind != ClaimKind.EVENT]
    assert got == [
        ("Ana Korr", "named"),
        ("Ana Korr", "continuation"),
        ("Ana Korr", "pronoun"),
        ("Election officials", "group"),
    ]
