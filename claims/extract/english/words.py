"""English role and description words: abbreviated titles, role acronyms, lone sources, plural heads.

Pure functions on words and tokens (no registry), shared by the speaker-phrase rules and pass 1.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Final

from claims.extract.english import lexicon as lx

if TYPE_CHECKING:
    from claims.extract.english.tokens import Tok


@lru_cache(maxsize=4096)
def role_acronyms(role: str) -> frozenset[str]:
    """Initials of runs of capitalised words in a role: ``Artificial Intelligence`` → ``ai``; function
    words inside a run give no initial (``Director General of Harbours`` → ``dgh``)."""
    out: set[str] = set()
    run: list[str] = []
    # "Director-General" is two capitalised words for its initials (``DG``), as "Director General" is
    words = [*_split_caps_hyphens(role.replace(",", " , ")).split(), ","]
    for n, w in enumerate(words):
        if w[:1].isupper():
            run.append(w)
            continue
        if run and w in _ACRONYM_GLUE and words[n + 1][:1].isupper():
            continue  # "of" between two capitalised words keeps the run going
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + 4) + 1):
                out.add("".join(x[0] for x in run[i:j]).lower())
        run = []
    return frozenset(out)


_ACRONYM_GLUE: Final = frozenset(["of", "for", "and", "the", "on"])


def _split_caps_hyphens(role: str) -> str:
    """``Director-General`` → ``Director General``: a hyphen between capitalised parts joins two words of
    an office; other hyphens (``al-Sabah``, ``co-founder``) stay."""
    if "-" not in role:
        return role
    out = []
    for w in role.split():
        parts = w.split("-")
        out.append(" ".join(parts) if len(parts) > 1 and all(p[:1].isupper() for p in parts) else w)
    return " ".join(out)


def office_initials(word: str) -> str:
    """The initials an office abbreviation spells, lower-cased, or ``""`` when ``word`` has no such
    shape: all capitals (``DGH``, ``DG``) or capitals with a lower-case glue letter between them (``CoP``
    for Commissioner of Police, ``CoS``): the capitals are the initials of the office's capitalised words."""
    if not word.isalpha() or not 2 <= len(word) <= 6 or not word[0].isupper() or not word[-1].isupper():
        return ""
    caps = [c for c in word if c.isupper()]
    lows = [c for c in word if c.islower()]
    if len(caps) < 2 or len(lows) > 1 or (lows and lows[0] not in "oft"):
        return ""
    return "".join(caps).lower()

_ABBREVIATED: Final = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "brig": "brigadier",
    "det": "detective",
    "insp": "inspector",
    "supt": "superintendent",
    "cllr": "councillor",
    "dr": "doctor",
    "prof": "professor",
    "rev": "reverend",
    "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
}


def abbreviated_title(word: str) -> bool:
    """``Col``, ``Gen``, ``Dr``: a capitalised title abbreviation (the dot after it ends no phrase)."""
    return word[:1].isupper() and word.lower() in _ABBREVIATED and word.lower() != "spokesperson"


_SPELT_OUT: Final = {"ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating"}


@lru_cache(maxsize=4096)
def role_key(role: str) -> str:
    """A role's words for title-only mentions: lower case, abbreviations spelt out (``Gov.`` → governor)."""
    words = [w.strip(".,()'’").replace("’", "'") for w in role.lower().split()]
    words = [w.removesuffix("'s") for w in words if w]
    extra = [_ABBREVIATED[w] for w in words if w in _ABBREVIATED]
    for short, long in _SPELT_OUT.items():
        if all(w in words for w in long.split()):
            extra.append(short)  # "chief executive" is also "the CEO"
    return " ".join([*words, *extra])


_LONE_SOURCES: Final = frozenset(
    """
    source person diplomat insider official aide adviser advisor witness resident banker trader negotiator
    mediator officer executive lawmaker
    """.split()
)
_SOURCE_TAILS: Final = frozenset(
    ["close", "familiar", "with", "in", "at", "from", "based", "briefed", "involved", "knowledgeable", "near",
     "inside", "of", "on", "within", "privy", "present", "speaking"]
)


def lone_source(words: list[str]) -> bool:
    """``source close to the negotiations``, ``Western diplomat``, ``person familiar with the matter``."""
    h = next((x for x, w in enumerate(words) if w in _LONE_SOURCES), None)
    if h is None or h > 3 or len(words) > 9:
        return False
    if h + 1 < len(words) and words[h + 1] not in _SOURCE_TAILS:
        return False
    return all(w not in lx.ORG_WORDS for w in words[:h]) or h + 1 == len(words)


def plural_head(word: str) -> bool:
    """``committees``, ``governors``, ``ministries``: the plural of an organisation or a title word."""
    if not word.endswith("s") or len(word) < 4:
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return (singular in lx.ORG_WORDS or singular in lx.TITLE_WORDS)


ROLE_HEADS_ONLY: Final = frozenset(["state", "affairs", "board", "council"])
POSSESSIVE_PRONOUNS: Final = frozenset(["its", "his", "her", "their", "our"])
STATEMENTS: Final = frozenset(["statement", "communique", "communiqué", "readout", "release", "declaration"])
LEADERS: Final = frozenset(
    ["president", "prime", "premier", "chancellor", "king", "emir", "sultan", "leader"]
)
ARTICLES: Final = frozenset(["the", "a", "an"])  # the articles: no word of a name, never a subject alone

AGENTS: Final = frozenset(
    """spokesman spokeswoman spokesperson lawyer attorney aide adviser advisor representative""".split()
)
FIRMS: Final = frozenset(
    """
    company firm chipmaker carmaker automaker lender airline retailer insurer startup miner producer operator
    manufacturer conglomerate broadcaster developer utility bank group giant maker supplier exporter importer
    processor refiner brewer carrier
    """.split()
)
WIRES: Final = frozenset(
    ["reuters", "ap", "afp", "associated press", "agence france-presse", "upi", "dpa", "xinhua"]
)
POLICE: Final = frozenset(["police", "constabulary", "force"])


GENERIC_HEADS: Final = frozenset(
    """
    official source member resident witness officer expert analyst
    """.split()
)

def partitive(toks: list[Tok], a: int, b: int) -> bool:
    """``One of the sources, a Turkish official``: the apposition after a partitive names the speaker."""
    return b - a > 2 and toks[a + 1].lw == "of" or (b - a == 1 and toks[a].lw in lx.PRONOUNS)


def before_relative(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    """``pro-democracy groups that coordinate aid across Sudan`` → ``pro-democracy groups``."""
    cut = next((x for x in range(a + 1, b) if toks[x].lw in ("who", "which", "whose", "that")), b)
    return a, cut


NOT_NAMES: Final = lx.NOT_NAMES
# not "known as"/"called": groups are named so too
_GIVEN_AS: Final = frozenset(["name", "names", "identified"])


def given_name(toks: list[Tok], i: int, j: int) -> tuple[int, int] | None:
    """``A survivor from Guinea, who gave his name only as Ibrahim``: the name the source gave.

    Wire copy introduces sources who withhold their full name so; that name, not a place in the
    description (``Guinea``), is the speaker.
    """
    for m in range(i + 1, j - 1):
        if toks[m].lw != "as":
            continue
        back = [t.lw for t in toks[max(i, m - 3) : m]]
        if not any(w in _GIVEN_AS for w in back):
            continue
        a = m + 1
        b = a
        while b < j and toks[b].text[:1].isupper() and toks[b].text.isalpha() and toks[b].lw not in NOT_NAMES:
            b += 1
        if a < b <= a + 3:
            return a, b
    return None


# Wire-copy epithets of international bodies (``the U.N. nuclear watchdog``): each points to the
# body's registered names, so the description resolves to the fullest name the article gives.
EPITHETS: Final[dict[str, tuple[str, ...]]] = {
    "nuclear watchdog": ("international atomic energy agency", "iaea"),
    "atomic watchdog": ("international atomic energy agency", "iaea"),
    "refugee agency": ("united nations high commissioner for refugees", "unhcr"),
    "children's agency": ("united nations children's fund", "unicef"),
    "food agency": ("world food programme", "world food program", "wfp"),
    "health agency": ("world health organization", "who"),
    "migration agency": ("international organization for migration", "iom"),
    "chemical weapons watchdog": ("organisation for the prohibition of chemical weapons", "opcw"),
}
EPITHET_HEADS: Final = frozenset(key.rsplit(" ", 1)[-1] for key in EPITHETS)


def epithet_keys(words: list[str]) -> tuple[str, ...]:
    """Registry keys an epithet at the end of a speaker phrase points to (``…'s nuclear watchdog``)."""
    for size in (3, 2):
        if len(words) >= size:
            keys = EPITHETS.get(" ".join(words[-size:]))
            if keys:
                return keys
    return ()


LOCAL_BODIES: Final = frozenset(["city", "town", "county", "village", "borough", "municipality", "province"])
SPOKES: Final = frozenset(["spokesman", "spokeswoman", "spokesperson", "representative"])
VERBAL: Final = frozenset(
    "would could will should can may might must not is are was were do does did".split()
)
DOCUMENTS: Final = frozenset(
    ["figures", "data", "statistics", "count", "tally", "estimates", "report", "reports", "survey", "poll"]
)
def unsourced_document(toks: list[Tok], a: int, b: int) -> bool:
    """``Figures show``, ``the latest data``: a document noun with only time or status words before it."""
    if b <= a or toks[b - 1].lw not in DOCUMENTS:
        return False
    return all(t.lw in ("the", "a", "an") or t.lw in lx.DOCUMENT_MODIFIERS for t in toks[a : b - 1])


OK_IN_NP: Final = frozenset(
    ["of", "for", "in", "at", "from", "on", "the", "a", "an", "and", "to", "'s", "local", "senior", "top"]
)


def role_before(toks: list[Tok], a: int, ni: int) -> bool:
    """``Army spokesman Nabil Abdallah``, ``NWS meteorologist Kaitlyn Hale``: a role noun before the name."""
    if ni <= a:
        return False
    t = toks[ni - 1]
    if t.text == "." and ni - 2 >= a and (toks[ni - 2].lw in lx.TITLE_WORDS or toks[ni - 2].lw in lx.HONORIFICS):
        return True  # "Police Col. Mara Ilse", "Union spokesman Dr. Alen Mirow": an abbreviated rank, its stop
    if t.lw in lx.ORG_WORDS or t.lw in lx.OFFICE_FIELDS:
        # "Commissioner of police Mara Lind", "Chair of … the House of Delegates Ann Cole": a title's
        # organisation or field, then the name
        return any(
            toks[x].lw in lx.TITLE_WORDS and toks[x + 1].lw in ("of", "for") for x in range(a, ni - 2)
        )
    return t.lw in lx.TITLE_WORDS or (t.text.isalpha() and t.text.islower() and t.lw not in OK_IN_NP)


def number_comma(toks: list[Tok], x: int) -> bool:
    """``1,100``: a comma written between digits with no space is a thousands separator, no cut."""
    return (
        0 < x < len(toks) - 1
        and toks[x - 1].text[-1:].isdigit()
        and toks[x + 1].text[:1].isdigit()
        and toks[x - 1].end == toks[x].start
        and toks[x].end == toks[x + 1].start
    )


def subject_parts(toks: list[Tok], i: int, j: int, keep: set[int]) -> list[tuple[int, int]]:
    """Comma-separated parts of a subject phrase, intro phrases and conjunctions dropped."""
    parts: list[tuple[int, int]] = []
    a = i
    for k in range(i, j + 1):
        if k == j or (
            toks[k].text in (",", "(", ")", "—", "–") and toks[k].start not in keep and not number_comma(toks, k)
        ):
            if k > a:
                parts.append((a, k))
            a = k + 1
    out = []
    for n, (a, b) in enumerate(parts):
        while a < b and toks[a].lw in ("but", "and", "yet", "so", "also", "meanwhile", "however"):
            a += 1
        if a >= b:
            continue
        first = toks[a].lw
        if (first in lx.INTRO_WORDS or (first.endswith("ing") and len(first) > 5)) and n < len(parts) - 1:
            continue
        if first.endswith("ing") and len(first) > 5 and toks[a].text[0].islower() and len(parts) > 1:
            continue  # "A military source, speaking on condition of anonymity, told …"
        if first in ("who", "which", "whose", "whom") and n > 0:
            continue  # a relative clause inside the subject
        out.append((a, b))
    return out
