"""English wire-copy patterns, one mechanism per row: title-only mentions, descriptions, pronouns,
``citing``, ``was quoted as saying``, quotations running over paragraphs, datelines and standfirsts.

Each row is a small article; the expected claims are (speaker, the start of the content), in
document order. A row fails alone, so a regression names the mechanism it broke.
"""

from __future__ import annotations

import pytest

from claims.candidates import CleanDocument
from claims.extract import extract_claims
from claims.text.clean import clean_text
from claims.types import ClaimKind
from tests.claims.extract_helpers import assert_speakers_and_starts

E = "Headline for the test case\n\n"

CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "title-only-after-fronted-role",
        E + "The Army chief, Gen. Asim Munir, visited the border on Monday.\n\n"
        "The Army chief said the operation would continue until all militants were cleared.",
        [("Asim Munir", "the operation would")],
    ),
    (
        "title-only-abbreviated-role",
        E + "Gov. Greg Abbott issued a disaster declaration for 60 counties on Tuesday.\n\n"
        '"Texans need to heed evacuation orders," the governor said.',
        [("Greg Abbott", "Texans need")],
    ),
    (
        "title-only-before-the-name-acronym",
        E + "The UAE has launched a fund to develop Arabic-language models, "
        "the country's AI minister announced.\n\n"
        "Omar Al Olama, Minister of State for Artificial Intelligence, said the fund would back start-ups.",
        [("Omar Al Olama", "The UAE has launched"), ("Omar Al Olama", "the fund would")],
    ),
    (
        "spokeswoman-after-fronted-role",
        E + "A spokesman for the ministry, Mumtaz Zahra Baloch, told reporters that talks would continue. "
        "The spokeswoman added that no date had been set.",
        [("Mumtaz Zahra Baloch", "that talks"), ("Mumtaz Zahra Baloch", "that no date")],
    ),
    (
        "the-force-is-the-police",
        E + "Officers were called to King William Street after a disturbance, Lancashire Police said.\n\n"
        "A man was found with stab wounds and taken to hospital, the force said.",
        [("Lancashire Police", "Officers were called"), ("Lancashire Police", "A man was found")],
    ),
    (
        "possessive-institution",
        E + "The pound fell after Egypt's central bank let it float on Wednesday.\n\n"
        "The central bank said the decision was essential to clear the backlog.",
        [("Egypt's central bank", "the decision")],
    ),
    (
        "he-is-a-person-not-the-ministry",
        E + "Interior Minister Mohsin Naqvi visited Peshawar on Monday.\n\n"
        "The Interior Ministry said it had tightened security at checkpoints.\n\n"
        '"We will not back down," he said.',
        [("Interior Ministry", "it had tightened"), ("Mohsin Naqvi", "We will not back down")],
    ),
    (
        "role-noun-before-name-inside-organisation",
        E + "Army spokesman Nabil Abdallah said the RSF had shelled the hospital on Monday.",
        [("Nabil Abdallah", "the RSF had shelled")],
    ),
    (
        "apposition-with-relative-clause",
        E + "Local resistance committees, pro-democracy groups that coordinate aid across Sudan, "
        "said at least 15 people had died of hunger.",
        [("Local resistance committees", "at least 15 people")],
    ),
    (
        "plural-title-group-after-content",
        E + "Prisons are days away from running out of cells, prison governors have warned, "
        "as the government prepares to act.",
        [("prison governors", "Prisons are days away")],
    ),
    (
        "citing-gives-two-claims",
        E + "Sudanese state news agency SUNA, citing the health ministry, reported that cholera cases "
        "had been recorded in three districts.",
        [("SUNA", "that cholera"), ("health ministry", "that cholera")],
    ),
    (
        "citing-documents-names-nobody",
        E + "The army said, citing intelligence reports, that the RSF had regrouped near the city.",
        [("army", "that the RSF")],
    ),
    (
        "quoted-passive-with-intermediary",
        E + "Iranian Foreign Minister Abbas Araqchi was quoted by state news agency IRNA as saying "
        "that Tehran would not negotiate under pressure.",
        [("Abbas Araqchi", "that Tehran")],
    ),
    (
        "quote-running-over-paragraphs",
        E + "Hutchinson County Judge Cindy Irwin visited Stinnett on Tuesday.\n\n"
        '"It\'s devastating," Irwin said. '
        '"These are families who have lived here for generations.\n\n'
        '"We will rebuild, but right now we need everybody to stay safe."',
        [
            ("Cindy Irwin", "It's devastating"),
            ("Cindy Irwin", "These are families"),
            ("Cindy Irwin", "We will rebuild"),
        ],
    ),
    (
        "wire-dateline-in-title-case",
        E + "Port Sudan (AFP) – Hundreds of thousands of civilians in El-Fasher face famine, "
        "the United Nations warned on Tuesday.",
        [("United Nations", "Hundreds of thousands")],
    ),
    (
        "according-to-source-ends-before-time",
        E + "A Ministry of Justice spokesperson said the system was under strain.\n\n"
        "The prison population stood at 87,900, according to figures published by the ministry on Friday.",
        [("Ministry of Justice", "the system"), ("Ministry of Justice", "The prison population")],
    ),
    (
        "according-to-statement-trims-content",
        E + "The Army chief said the operation would go on, according to a statement from the ISPR.",
        [("Army chief", "the operation would go on")],
    ),
    (
        "complement-before-a-late-that",
        E + "Tom Wheatley, the president of the PGA, said staff were exhausted and that violence had risen.",
        [("Tom Wheatley", "staff were exhausted")],
    ),
    (
        "addressee-then-place-then-content",
        E + "UN spokesman Stephane Dujarric told reporters in New York the UN had not been informed.",
        [("Stephane Dujarric", "the UN had not")],
    ),
    (
        "lone-source-description-then-the-source",
        E + "A source close to the negotiations said Hamas had rejected the proposal. "
        "The source said talks would resume next week.",
        [
            ("source close to the negotiations", "Hamas had"),
            ("source close to the negotiations", "talks would"),
        ],
    ),
    (
        "the-sources-after-people-familiar",
        E + "Two people familiar with the matter told Reuters that the talks had stalled. "
        "The sources said Egypt had proposed a new timetable.",
        [("Two people familiar with the matter", "that the talks"), ("Two people familiar", "Egypt had")],
    ),
    (
        "the-statement-is-its-author",
        E + "The Federal Reserve held interest rates steady on Wednesday.\n\n"
        'The statement said the committee "does not expect it will be appropriate" to cut rates yet.',
        [("Federal Reserve", "the committee")],
    ),
    (
        "agent-of-a-named-person-is-not-that-person",
        E + "In a letter, party chairman Yitzhak Goldknopf wrote that UTJ would quit the government.\n\n"
        "A spokesman for Goldknopf told The Times of Israel that the party would vote against all bills.",
        [("Yitzhak Goldknopf", "that UTJ"), ("spokesman for Goldknopf", "that the party")],
    ),
    (
        "the-company-after-a-bare-firm-name",
        E + "Apple said revenue rose 5% in the quarter. The company said iPhone sales were strong.",
        [("Apple", "revenue rose"), ("Apple", "iPhone sales")],
    ),
    (
        "organisation-head-after-a-lowercase-modifier",
        E + "The ultra-Orthodox United Torah Judaism party threatened on Monday to leave the coalition "
        "unless a bill exempting yeshiva students from military service is passed before the recess.",
        [("United Torah Judaism", "to leave the coalition")],
    ),
    (
        "quote-inside-a-quote",
        E + "\"President Erdogan told us plainly, 'We are not going to leave a vacuum for the PKK' - "
        'and he meant it," the official said.',
        [("official", "President Erdogan told us"), ("Erdogan", "We are not going")],
    ),
    (
        "told-by-inside-a-report",
        E + "Several residents said they had been told by contractors that their insurance would not "
        "cover repeated flooding.",
        [("Several residents", "they had been told"), ("contractors", "that their insurance")],
    ),
    (
        "bare-spokesperson-speaks-for-the-firm-in-the-statement",
        E + "Pantex, the plant that assembles nuclear weapons, briefly paused operations overnight but "
        "reopened on Wednesday, a spokesperson said.",
        [("Pantex", "Pantex, the plant")],
    ),
    (
        "bare-spokesman-speaks-for-the-latest-organisation",
        E + "The Interior Ministry said security was tight. "
        "Checkpoints would stay open until Friday, a spokesman said.",
        [("Interior Ministry", "security was tight"), ("Interior Ministry", "Checkpoints would")],
    ),
    (
        "the-two-leaders-are-the-pair-named-together",
        E + "President Joe Biden met Mexican President Andres Manuel Lopez Obrador on Friday.\n\n"
        "The two leaders said in a joint statement that they would curb fentanyl trafficking.\n\n"
        'The Mexican leader later told a news conference that relations had "never been better".',
        [
            ("Joe Biden + Andres Manuel Lopez Obrador", "that they would"),
            ("Andres Manuel Lopez Obrador", "that relations"),
        ],
    ),
    (
        "fronted-participle-then-colon-quote",
        E + "Asked whether tariffs were on the table, President Joe Biden said: "
        '"Everything is on the table."',
        [("Joe Biden", "Everything is on the table")],
    ),
    (
        "addressee-with-a-quoted-programme-name",
        E + "Secretary of State Marco Rubio told CBS's \"Face the Nation\" on Sunday "
        "that the ceasefire was holding.",
        [("Marco Rubio", "that the ceasefire")],
    ),
    (
        "fronted-participle-then-a-short-complement",
        E + "Writing on Telegram, Russian Foreign Ministry spokeswoman Maria Zakharova said the remarks "
        'were "provocative".',
        [("Maria Zakharova", "the remarks were")],
    ),
    (
        "age-and-address-appositions",
        E + "Mr Jones, 32, of Hill Street, told the court that he had acted in self-defence.",
        [("Jones", "that he had acted")],
    ),
    (
        "claimed-responsibility-is-an-act",
        E + "The TTP claimed responsibility for Tuesday's attack in a message to journalists.",
        [],
    ),
]


CASES += [
    (
        "connective-adverb-before-the-subject",
        E + "Meanwhile, investigators said, most of the shipping records had been destroyed.",
        [("investigators", "most of the shipping")],
    ),
    (
        "source-who-gave-only-a-first-name",
        E + "A nurse from Aleppo, who gave her name only as Amal, told reporters that the clinic had run "
        "out of "
        'fuel.\n\n"We have nothing left for the night shift," she said.',
        [("Amal", "that the clinic"), ("Amal", "We have nothing left")],
    ),
    (
        "he-is-not-a-place-inside-the-last-content",
        E + "Omar Saleh said his customers drive in from as far as Dallas and Houston.\n\n"
        '"People come for the bread and stay for the coffee," he said.',
        [("Omar Saleh", "his customers"), ("Omar Saleh", "People come")],
    ),
    (
        "spokesperson-for-the-organisation",
        E + "Merseyside Police opened an inquiry into the fire on Monday.\n\n"
        "A spokeswoman for the force later confirmed that a teenager had been arrested.",
        [("Merseyside Police", "that a teenager")],
    ),
    (
        "company-spokesperson-is-the-story-company",
        E + "Shares in Nordic Dairy Group fell 6% on Monday after a profit warning.\n\n"
        "Nordic Dairy Group said its milk costs had risen by a third.\n\n"
        "The stock has lost 20% this year, according to LSEG data.\n\n"
        "A company spokesperson said the dividend would be kept.",
        [
            ("Nordic Dairy Group", "its milk costs"),
            ("LSEG", "The stock has lost"),
            ("Nordic Dairy Group", "the dividend"),
        ],
    ),
    (
        "city-of-a-place-is-the-municipality",
        E + "A spokesperson for the city of Fresno said residents could apply for repair grants.",
        [("city of Fresno", "residents could")],
    ),
    (
        "ministry-with-a-list-of-portfolios",
        E + "The Ministry of Labour, Social Affairs and Family said on Sunday that 4,000 permits had been "
        "issued.",
        [("Ministry of Labour, Social Affairs and Family", "that 4,000 permits")],
    ),
    (
        "frequency-adverb-between-auxiliary-and-verb",
        E + "Prime Minister Anna Berg has repeatedly said her government will not raise taxes.\n\n"
        "The opposition accused her of hiding a deficit, a charge Berg has repeatedly denied.",
        [("Anna Berg", "her government"), ("opposition", "her of hiding")],
    ),
    (
        "inverted-speaker-with-two-appositions",
        E + '"Nobody is listening to the fishermen," said Lina Haddad, a spokeswoman for the Coastal Workers '
        "Union of Sidon (CWUS), a group that represents 3,000 boat owners.",
        [("Lina Haddad", "Nobody is listening")],
    ),
    (
        "long-proper-organisation-name",
        E + "In a statement, the U.S. Attorney's Office for the Southern District of Texas said victims can "
        "file claims online.",
        [("U.S. Attorney's Office for the Southern District of Texas", "victims can")],
    ),
    (
        "stance-verb-with-a-bare-object-states-nothing",
        E + "Mayor Tom Reed condemned the vandalism. Several parents complained about traffic.\n\n"
        "Councillor Ruth Obi criticised the budget as a gift to developers.",
        [("Ruth Obi", "the budget as")],
    ),
    (
        "blame-is-an-accusation",
        E + "Baltic Foods cut its forecast on Monday.\n\nIt blamed a 40% rise in grain prices since May.",
        [("Baltic Foods", "a 40% rise")],
    ),
    (
        "participle-after-a-non-reporting-verb",
        E + "Defence Minister Omar Khalid has turned down an invitation to talks in Oslo, saying his "
        "delegation will not sit with the rebels.\n\n"
        "The Transitional Council, which Khalid advises, later issued a statement saying the talks were "
        "premature.",
        [("Omar Khalid", "his delegation"), ("Transitional Council", "the talks were")],
    ),
    (
        "epithet-of-an-agency-named-later",
        E + "Some 40,000 people have fled across the border since Friday, the U.N. migration agency said "
        "in a report seen on Tuesday by reporters.\n\n"
        "A report by the International Organization for Migration estimated that half were children.",
        [
            ("International Organization for Migration", "Some 40,000 people"),
            ("International Organization for Migration", "that half were"),
        ],
    ),
    (
        "subject-of-a-subordinate-clause",
        E + "Tourism bookings in Crete fell 12% last month after the regional council warned that the water "
        "supply could run short.",
        [("regional council", "that the water")],
    ),
    (
        "subordinate-clause-inside-a-relative-clause-is-not-the-subject",
        E + "Residents who fled when the river burst its banks said the water rose within minutes.",
        [("Residents", "the water rose")],
    ),
    (
        "firm-description-names-the-firm-in-the-same-sentence",
        E + "Shares in Lakeside Mills Group fell 7% on Friday, after the flour and pasta maker warned that "
        "wheat costs would erase its margin.",
        [("Lakeside Mills Group", "that wheat costs")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), CASES, ids=[c[0] for c in CASES])
def test_wire_case(name: str, raw: str, expected: list[tuple[str, str]]) -> None:
    assert_speakers_and_starts(raw, expected)


def test_standfirst_above_the_byline_is_not_a_claim() -> None:
    raw = (
        "Israeli forces raid a hospital in northern Gaza\n\n"
        "Palestinian officials say staff and patients were forced out into the cold.\n\n"
        "By Staff Writer\n\n"
        "Published On 13 Dec 2024\n\n"
        "Israeli forces stormed the hospital, and detained dozens of staff, Palestinian officials said."
    )
    got = [c for c in extract_claims(clean_text(raw)) if c.kind != ClaimKind.EVENT]
    assert [c.content[:22] for c in got] == ["Israeli forces stormed"]


def test_key_points_bullets_are_not_claims() -> None:
    text = (
        "Published Thu, Aug 28 2025\n\n"
        "Key Points\n\n"
        "Nvidia reported revenue of $46.7 billion.\n\n"
        "The company said it sold no H20 chips in China.\n\n"
        "Nvidia chief executive Jensen Huang said in a statement on Wednesday that demand was "
        "extraordinary and that the company would keep expanding its data centre capacity in the United "
        "States and in Europe next year."
    )
    doc = CleanDocument(text=text, lang="en", title="Chipmaker shares slide")
    got = [c for c in extract_claims(doc) if c.kind != ClaimKind.EVENT]
    assert [(c.speaker, c.content[:15]) for c in got] == [("Jensen Huang", "that demand was")]


def test_body_before_a_late_date_line_is_kept() -> None:
    """A date line after several body paragraphs is no byline: the paragraphs above it stay claims."""
    body = "".join(f"The minister said exports rose {n}% in the quarter to March.\n\n" for n in range(1, 5))
    got = extract_claims(clean_text("Exports rise\n\n" + body + "Updated 13 Dec 2024\n"))
    assert sum(c.kind != ClaimKind.EVENT for c in got) == 4


def test_narrated_main_clause_before_a_reported_clause_is_an_event() -> None:
    """``Shares fell 7% on Friday, after the maker warned that …``: the fall is the outlet's event."""
    raw = (
        "Miller shares slide\n\n"
        "Shares in Lakeside Mills Group fell 7% on Friday, after the flour and pasta maker warned that "
        "wheat costs would erase its margin."
    )
    got = [(c.kind, c.content[:24]) for c in extract_claims(clean_text(raw))]
    assert got == [
        (ClaimKind.EVENT, "Shares in Lakeside Mills"),
        (ClaimKind.INDIRECT, "that wheat costs would e"),
    ]

