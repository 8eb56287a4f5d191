"""Same-claim links on real article pairs that nobody here wrote (issue 15: links a desk can trust).

The pages are real news text that is not ours to publish, so they live in a gitignored folder
(``fixtures/real/local/pairs`` or ``$CLAIMS_REAL_PAIRS``; ``fixtures/real/MANIFEST.md`` says how to
rebuild it) and these tests skip with that reason on a fresh clone. Where the pages are present,
all of them go through the ingestion steps into one fresh SQLite database
(``fixtures/linking/realpairs.py``) and the links between listed pairs keep their floors, per
language and for the half of the pairs never read while changing the linker, per set of pages
(a fingerprint of the page ids: a set rebuilt with other pages is skipped, not failed). Floors are the
measured figures (tests/perf/RESULTS.md, "Same-claim links on the rebuilt real pairs"); raise them,
never lower them. The report: ``.venv/bin/python fixtures/linking/realpairs.py --show``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures" / "linking"))
import realpairs

ROOT = realpairs.pairs_dir()
# Each set skips on its own: a machine that rebuilt pairs3 and pairs4 but not the first set still
# holds their floors (until the ninth session one absent first set skipped them all)
needs_first_set = pytest.mark.skipif(
    not realpairs.present(ROOT),
    reason=f"no real pairs at {ROOT}: real news text is not committed; "
    "rebuild them from fixtures/real/MANIFEST.md",
)

# Floors per set of pages (``realpairs.fingerprint``: a hash of the sorted page ids): a set rebuilt
# with a page more or less is another set, so its figures are not judged by another set's floors; a
# set whose fingerprint has no floors here is reported and skipped. Per set, group: (pair precision,
# pair recall, claim-link precision), the measured figures rounded down.
FLOORS: dict[str, dict[str, tuple[float, float, float]]] = {
    # ``pairs`` rebuilt 2026-12-06 (59 pages, 41 pairs: rp-egyptdaily-jordan-dos-inflation-oct2025 was
    # not found again, so its same-story pair and the halves after it changed). On that set the linker
    # before the ``links`` branch (ad88d13) measured all 0.70 / 0.84 / 0.74, ar 0.67 / 0.91 / 0.66, en
    # 0.60 / 1.00 / 0.82, ar-en 1.00 / 0.60 / 0.92, diagnosis 0.64 / 0.88 / 0.72, check 0.75 / 0.82 /
    # 0.76: the recall floors below are that set's, not a regression. Measured again on that set (the
    # 60-page set less that page) at c8a8533 and on links7 alike, three claim-link precision floors no
    # longer hold (all 0.836, ar-en 0.86, diagnosis 0.885: extraction changed since); kept as measured.
    "c54a2d2f67ac": {
        "all": (0.84, 0.84, 0.84),
        "ar": (0.76, 0.90, 0.78),
        "en": (1.0, 1.0, 1.0),
        "ar-en": (1.0, 0.60, 0.91),
        "diagnosis": (1.0, 0.87, 0.92),  # read while changing the linker
        "check": (0.75, 0.81, 0.78),  # never read while changing the linker: the honest figure
    },
    # ``pairs`` rebuilt again (60 pages, 42 pairs: that page found again), measured on branch links7
    # (the same figures as before it): the check half is still never read.
    "a2bc57ed0fd8": {
        "all": (0.85, 0.85, 0.83),
        "ar": (0.78, 0.91, 0.78),
        "en": (1.0, 1.0, 1.0),
        "ar-en": (1.0, 0.60, 0.85),
        "diagnosis": (1.0, 0.81, 0.87),
        "check": (0.72, 0.88, 0.80),
    },
    # ``pairs3`` (36 pages, 30 pairs: monthly statistics of other months and years, one minister's
    # calls to other counterparts, one spokesman's announcements of two calls; read whole while
    # changing the linker). Before links7: all 0.70 / 0.50 / 0.72, ar 0.00 / 0.00 / 0.00, en 0.83 /
    # 0.83 / 0.81, ar-en 1.00 / 0.40 / 0.60.
    # Raised on branch linkprec (the statement's own times, thin wording needing a shared value,
    # call verbs naming the party, whole-year periods, statistics vocabulary): measured with
    # ``realpairs.py --pairs`` on this set alone, all 1.00 / 0.71 / 1.00 (34 right claim links, 0 wrong).
    # Raised in the tenth session (branches linkrecall, arcall, cleanfix11, linkprec2: figures as one value
    # however written, an Arabic acronym-less body against its Latin initials, paragraphs whose first words
    # sit on a line of their own, callers speaking in call sentences, a speaker's own country no anchor):
    # all 1.00 / 0.93 / 1.00 (38 right claim links, 0 wrong); ar 1.00 / 0.67, ar-en 1.00 / 1.00.
    "d01ce84e2286": {
        "all": (1.0, 0.92, 1.0),
        "ar": (1.0, 0.66, 1.0),
        "en": (1.0, 1.0, 1.0),
        "ar-en": (1.0, 1.0, 1.0),
        "diagnosis": (1.0, 1.0, 1.0),
        "check": (1.0, 0.85, 1.0),
    },
    # ``pairs4`` (33 pages, 28 pairs; sixth session): never read by anyone changing the linker, measured in
    # aggregate only (its halves mean nothing here). Before links7 (c8a8533): all 0.71 / 0.91 / 0.62, ar
    # 0.70 / 1.00 / 0.61, en 0.67 / 1.00 / 0.78, ar-en 1.00 / 0.50 / 0.33.
    # Ninth session (pages rebuilt, same 33; measured once at the end, 0.15.0 -> 0.16.0 with branch
    # linkprec): pair P / R unchanged at 0.71 / 0.91, claim-link precision 0.59 -> 0.74 (ar 0.59 -> 0.74,
    # ar-en 0.60 -> 1.00); English 0.60 -> 0.50 (one right claim link of three lost, the one wrong kept):
    # held below as a known fall, not a lowered floor. Tenth session (pages rebuilt, same 33; measured once at
    # the end, 0.16.0 -> 0.17.0): pair P / R unchanged at 0.71 / 0.91, claim-link precision 0.74 -> 0.75
    # (ar 0.74 -> 0.76), English unchanged.
    # Twelfth session (0.18.0 -> 0.19.0, branch link17: occasion evidence by shape), measured once at the end and
    # again on the pages rebuilt in the thirteenth: all 1.00 / 0.91 / 0.94 (25 + 6 right claim links, 2 wrong to
    # another story), ar 1.00 / 1.00 / 0.93, en 1.00 / 0.50 / 1.00, ar-en 1.00 / 1.00 / 1.00.
    "0effd9665a69": {
        "all": (1.0, 0.90, 0.93),
        "ar": (1.0, 1.0, 0.92),
        "en": (1.0, 0.50, 1.0),
        "ar-en": (1.0, 1.0, 1.0),
    },
    # ``pairs6`` (23 pages, 24 pairs; twelfth session: Kenyan monthly prices of other years, Kuwaiti cabinet
    # sessions of other weeks, one president's calls on other dates, Oman's budget decree of another year, one
    # spokesman's condemnations of other attacks). First look (0.18.0): all 0.67 / 0.57; then read while
    # changing the linker (link17): all 0.83 / 0.71 / 0.89 (16 right claim links, 1 on a hard negative, 1 to
    # another story), ar 0.75 / 1.00 / 0.87, en 1.00 / 0.50 / 1.00, ar-en 1.00 / 0.50 / 1.00. The pages have
    # no pack: their bytes come from the search record each time (``rebuild.py``), so the floors are keyed, as
    # every set's, to the page ids only.
    "5a7e1418597f": {
        "all": (0.83, 0.71, 0.88),
        "ar": (0.75, 1.0, 0.86),
        "en": (1.0, 0.50, 1.0),
        "ar-en": (1.0, 0.50, 1.0),
    },
    # ``pairs5`` (24 pages, 27 pairs; eleventh session: Tunisian and Indian monthly prices of other months
    # and years, condolence cables on other deaths and from other senders, fog alerts on other nights, one
    # president's calls on other dates). First look (0.17.0): all 0.67 / 0.67 / 0.85, ar 0.50 / 0.75 / 0.73;
    # then read while changing the linker (branches link16, link16b): all 1.00 / 0.83 / 1.00.
    "bd9515b725e8": {
        "all": (1.0, 0.83, 1.0),
        "ar": (1.0, 1.0, 1.0),
        "en": (1.0, 0.75, 1.0),
        "ar-en": (1.0, 0.75, 1.0),
        "diagnosis": (1.0, 0.75, 1.0),
        "check": (1.0, 1.0, 1.0),
    },
}
PAIRS3 = ROOT.parent / "pairs3"
PAIRS4 = ROOT.parent / "pairs4"
PAIRS5 = ROOT.parent / "pairs5"
PAIRS6 = ROOT.parent / "pairs6"


def _floors(root: Path) -> dict[str, tuple[float, float, float]]:
    """The set's floors, or a skip that says which pages it holds."""
    found = realpairs.fingerprint(root)
    if found not in FLOORS:
        pytest.skip(f"{root} holds other pages than any floors were measured on (fingerprint {found})")
    return FLOORS[found]


def _check(c: dict, floors: tuple[float, float, float], group: str) -> None:
    p_floor, r_floor, lp_floor = floors
    assert c["precision"] is not None and c["precision"] >= p_floor, (group, c["false_pairs"])
    assert c["recall"] is not None and c["recall"] >= r_floor, (group, c["missed_pairs"])
    assert c["link_precision"] is not None and c["link_precision"] >= lp_floor, (group, c["other_pairs"])


@pytest.fixture(scope="module")
def figures() -> dict[str, object]:
    return realpairs.evaluate(ROOT)


@needs_first_set
def test_every_page_is_ingested(figures: dict[str, object]) -> None:
    assert not figures["failed"] and figures["pages"] == len(list((ROOT / "texts").glob("*.txt")))


GROUPS = ("all", "ar", "en", "ar-en", "diagnosis", "check")


@needs_first_set
@pytest.mark.parametrize("group", GROUPS)
def test_real_pair_links_keep_their_floors(figures: dict[str, object], group: str) -> None:
    floors = _floors(ROOT)
    if group not in floors:
        pytest.skip(f"no {group} floor for this set")
    c = figures["cells"][group]  # type: ignore[index]
    shown = ("pairs", "same", "linked_same", "linked_negative", "precision", "recall", "link_precision")
    print(group, {k: c[k] for k in shown})
    _check(c, floors[group], group)


LATER_SETS = {"pairs3": PAIRS3, "pairs4": PAIRS4, "pairs5": PAIRS5, "pairs6": PAIRS6}


@pytest.fixture(scope="module")
def later_figures() -> dict[str, dict[str, object]]:
    return {name: realpairs.evaluate(root) for name, root in LATER_SETS.items() if realpairs.present(root)}


# Groups measured below their floor on a never-read set, kept as strict expected failures with the
# reason (a floor is never lowered; the mark goes when a change brings the group back)
KNOWN_BELOW: dict[tuple[str, str], str] = {}  # ("pairs4", "en") came back above its floor in round 16b


@pytest.mark.parametrize("name", sorted(LATER_SETS))
@pytest.mark.parametrize("group", GROUPS)
def test_later_pair_sets_keep_their_floors(later_figures: dict[str, dict[str, object]], name: str, group: str) -> None:
    if name not in later_figures:
        pytest.skip(f"no pair set at {LATER_SETS[name]}")
    floors = _floors(LATER_SETS[name])
    if group not in floors:
        pytest.skip(f"no {group} floor for this set")
    if (name, group) in KNOWN_BELOW:
        with pytest.raises(AssertionError):
            _check(later_figures[name]["cells"][group], floors[group], group)  # type: ignore[index]
        pytest.xfail(KNOWN_BELOW[(name, group)])
    _check(later_figures[name]["cells"][group], floors[group], group)  # type: ignore[index]


# The second pair set (``pairs2``, 41 pages, 29 pairs: agency copies, rewrites, the same ministers on
# other days; built 2026-12-06 and read while changing the linker): links before that work measured
# all 0.70 / 0.50 / 0.46; the floors are the figures after it (pair P, pair R, claim-link P).
PAIRS2 = ROOT.parent / "pairs2"
PAIRS2_FLOORS = {"all": (1.0, 0.64, 0.92), "ar": (1.0, 0.80, 0.91)}


@pytest.fixture(scope="module")
def figures2() -> dict[str, object]:
    return realpairs.evaluate(PAIRS2)


@pytest.mark.skipif(not realpairs.present(PAIRS2), reason=f"no second pair set at {PAIRS2}")
@pytest.mark.parametrize("group", sorted(PAIRS2_FLOORS))
def test_second_pair_set_keeps_its_floors(figures2: dict[str, object], group: str) -> None:
    _check(figures2["cells"][group], PAIRS2_FLOORS[group], group)  # type: ignore[index]

