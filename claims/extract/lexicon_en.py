"""English lexicons for attribution, as data: reporting verbs, titles, organisation words, collectives.

The verb list follows the GenderGapTracker and PARC practice (a hand-filtered allow-list of
reporting verbs in their finite forms); titles and organisation words let the rules split a
role from a name (``U.S. Secretary of State Antony Blinken``) without a parser.
"""

from __future__ import annotations

# Finite reporting forms → lemma. Participles (saying, adding) are in PARTICIPLE_CUES.
REPORTING_VERBS: dict[str, str] = {
    form: lemma
    for lemma, forms in {
        "say": "said says say",
        "tell": "told tells",
        "state": "stated states",
        "add": "added adds",
        "stress": "stressed stresses",
        "affirm": "affirmed affirms",
        "argue": "argued argues",
        "claim": "claimed claims",
        "deny": "denied denies",
        "warn": "warned warns",
        "note": "noted notes",
        "announce": "announced announces",
        "explain": "explained explains",
        "insist": "insisted insists",
        "assert": "asserted asserts",
        "acknowledge": "acknowledged acknowledges",
        "admit": "admitted admits",
        "confirm": "confirmed confirms",
        "report": "reported reports",
        "write": "wrote writes",
        "tweet": "tweeted tweets",
        "post": "posted",
        "declare": "declared declares",
        "emphasise": "emphasised emphasized emphasises emphasizes",
        "accuse": "accused accuses",
        "predict": "predicted predicts",
        "estimate": "estimated estimates",
        "suggest": "suggested suggests",
        "urge": "urged urges",
        "describe": "described describes",
        "reiterate": "reiterated reiterates",
        "repeat": "repeated repeats",
        "vow": "vowed vows",
        "pledge": "pledged pledges",
        "promise": "promised promises",
        "threaten": "threatened threatens",
        "condemn": "condemned condemns",
        "criticise": "criticised criticized criticises criticizes",
        "reply": "replied replies",
        "respond": "responded responds",
        "concede": "conceded concedes",
        "allege": "alleged alleges",
        "maintain": "maintained maintains",
        "caution": "cautioned cautions",
        "indicate": "indicated indicates",
        "contend": "contended contends",
        "observe": "observed observes",
        "remark": "remarked remarks",
        "recall": "recalled recalls",
        "call": "called calls",
        "disclose": "disclosed discloses",
        "reveal": "revealed reveals",
        "forecast": "forecast forecasts",
        "project": "projected projects",
        "agree": "agreed",
        "believe": "believes",
        "complain": "complained complains",
        "counter": "countered counters",
        "dismiss": "dismissed dismisses",
        "reject": "rejected rejects",
        "welcome": "welcomed welcomes",
        "assure": "assured assures",
        "hint": "hinted hints",
        "signal": "signalled signaled signals",
        "quote": "quoted quotes",
    }.items()
    for form in forms.split()
}

# Verbs that need "that", a quote or ":" after them to report speech (else they narrate acts).
CLAUSE_ONLY: frozenset[str] = frozenset(
    "report post agree believe recall indicate project forecast estimate signal hint counter assure observe "
    "remark reveal disclose announce confirm admit acknowledge state welcome reject dismiss".split()
)

PARTICIPLE_CUES: frozenset[str] = frozenset(
    "saying adding noting stressing warning insisting arguing explaining calling urging describing accusing "
    "claiming denying citing telling".split()
)

AUXILIARIES: frozenset[str] = frozenset("has have had also later previously earlier separately again has_".split())

# Lower-cased words that belong to a role, never to a name.
TITLE_WORDS: frozenset[str] = frozenset(
    """president prime minister secretary general secretary-general spokesman spokeswoman spokesperson
    chief head director executive ceo cfo coo chairman chairwoman chair governor mayor ambassador envoy
    commander gen colonel col lt lieutenant major maj sgt sergeant captain capt adm admiral dr doctor prof
    professor mr mrs ms miss sir dame lord lady sheikh king queen prince princess crown emir sultan senator
    sen rep representative congressman congresswoman lawmaker mp councilmember councilman councilwoman
    council vice deputy assistant acting caretaker former foreign finance defense defence health interior
    economy energy oil trade tourism state analyst economist official officer researcher lawyer attorney
    judge prosecutor engineer manager founder coach leader speaker commissioner coordinator adviser advisor
    aide negotiator correspondent reporter editor journalist activist resident witness mission senior top
    national medical city county regional general-secretary president-elect chancellor premier ayatollah
    pope cardinal bishop rabbi imam cleric pastor father mother nurse surgeon consultant strategist
    partner expert scientist historian author member board arabic-language opposition army military police
    justice education labour labor transport agriculture environment housing information culture
    communications water electricity planning industry investment commerce security intelligence
    humanitarian affairs relations external internal public social care services development
    vice-president deputy-chief managing""".split()
)

ORG_WORDS: frozenset[str] = frozenset(
    """ministry bank fund agency association army military forces force union organization organisation
    council department office authority committee commission company corp corporation inc ltd group party
    government police court hospital university institute center centre federation league movement front
    service services nhs imf opec un who unicef unrwa unifil nato eu reuters ap afp bbc cnn xinhua tass
    network foundation coalition alliance cabinet parliament congress senate assembly administration board
    exchange bureau guard guards brigades directorate secretariat presidency embassy consulate mission
    monitor observatory watch trust airline airlines bloomberg times post journal press news television tv
    radio channel kremlin pentagon whitehouse hamas hezbollah houthis taliban commission""".split()
)

COLLECTIVE_WORDS: frozenset[str] = frozenset(
    """officials analysts experts residents witnesses diplomats bankers economists sources traders activists
    doctors medics lawmakers operators contractors protesters investors people families critics observers
    workers farmers officers soldiers leaders ministers members survivors relatives parents students
    teachers nurses employees staff authorities negotiators mediators organisers organizers participants
    campaigners locals villagers refugees patients analysts executives shareholders scientists researchers
    historians""".split()
)

PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "singular"),
    "she": ("f", "singular"),
    "they": ("", "plural"),
    "it": ("", "org"),
    "we": ("", "plural"),
}

FEMININE_TITLES: frozenset[str] = frozenset(
    "mrs ms miss spokeswoman chairwoman congresswoman councilwoman queen princess dame lady madam".split()
)
MASCULINE_TITLES: frozenset[str] = frozenset(
    "mr spokesman chairman congressman councilman king prince sir lord sheikh".split()
)

# Openings of an introductory phrase before the subject: "In a statement, the ministry said …".
INTRO_WORDS: frozenset[str] = frozenset(
    """in on at after before during speaking earlier later meanwhile however but and separately also asked
    responding citing last this since while when as following despite under with yet so then still""".split()
)

# Words that cannot be part of a name even when capitalised (sentence starts, days, months).
NOT_NAMES: frozenset[str] = frozenset(
    """the a an this that these those it he she they we i his her their its our but and or so yet if when
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec read more
    related advertisement according""".split()
)

# Subjects that are not sources (guideline §4.4: unsourced reports get no claim).
NOT_SOURCES: frozenset[str] = frozenset("reports report rumours rumors media studies data figures polls".split())

NAME_PARTICLES: frozenset[str] = frozenset("al el bin ibn de da di van von der den la le du abu abd abdel bint".split())

REFUSALS: tuple[str, ...] = (
    "declined to comment", "declined to say", "declined to elaborate", "declined to give", "did not respond",
    "could not be reached", "refused to comment", "would not comment", "would not say", "not immediately respond",
)
