"""English role and description words: abbreviated titles, role acronyms, lone sources, plural heads.

Pure functions on words and tokens (no registry), shared by the speaker-phrase rules and pass 1.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from claims.extract import lexicon_en as lx

if TYPE_CHECKING:
    from claims.extract.english_np import Tok


def role_acronyms(role: str) -> set[str]:
    """Initials of runs of capitalised words in a role: ``Artificial Intelligence`` → ``ai``."""
    out: set[str] = set()
    run: list[str] = []
    for w in [*role.replace(",", " , ").split(), ","]:
        if w[:1].isupper():
            run.append(w)
            continue
        for i in range(len(run)):
            for j in range(i + 2, min(len(run), i + 4) + 1):
                out.add("".join(x[0] for x in run[i:j]).lower())
        run = []
    return out

_ABBREVIATED = {
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


_SPELT_OUT = {"ceo": "chief executive", "cfo": "chief financial", "coo": "chief operating"}


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


_LONE_SOURCES = frozenset(
    """
    source person diplomat insider official aide adviser advisor witness resident banker trader negotiator
    mediator officer executive lawmaker
    """.split()
)
_SOURCE_TAILS = frozenset(
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


ROLE_HEADS_ONLY = frozenset(["state", "affairs", "board", "council"])
POSSESSIVE_PRONOUNS = frozenset(["its", "his", "her", "their", "our"])
STATEMENTS = frozenset(["statement", "communique", "communiqué", "readout", "release", "declaration"])
LEADERS = frozenset(["president", "prime", "premier", "chancellor", "king", "emir", "sultan", "leader"])
AGENTS = frozenset(
    """spokesman spokeswoman spokesperson lawyer attorney aide adviser advisor representative""".split()
)
FIRMS = frozenset(
    """
    company firm chipmaker carmaker automaker lender airline retailer insurer startup miner producer operator
    manufacturer conglomerate broadcaster developer utility bank group giant
    """.split()
)
WIRES = frozenset(
    ["reuters", "ap", "afp", "associated press", "agence france-presse", "upi", "dpa", "xinhua"]
)
POLICE = frozenset(["police", "constabulary", "force"])


GENERIC_HEADS = frozenset(
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
