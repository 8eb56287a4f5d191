"""Page cleaning measured on gold page sets: chrome left, related lists, and no article sentence lost.

The real-page set (real news pages, not ours to publish) lives only on the machine that built it:
``fixtures/real/local/{texts,gold}`` or the folder named by ``CLAIMS_REAL_SET``; without it those
tests skip and say why. The self-written sets (``fixtures/`` and the sets written apart) always run.
Figures are printed (``-s``) and kept in tests/perf/RESULTS.md; the same figures, per language and
with every miss listed, come from ``python -m tests.claims.clean_eval DIR -v``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.claims.clean_eval import Figures, measure_dirs

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures" / "extraction"))
import realset

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
REAL = Path(os.environ.get("CLAIMS_REAL_SET", str(FIXTURES / "real" / "local")))
SELF_WRITTEN = [FIXTURES, *(FIXTURES / name for name in ("heldout", "blind", "blind2", "blind3"))]

# Issue 15's targets on real pages: ≤ 10 % of chrome lines left, related lists P ≥ 0.9 and R ≥ 0.8,
# no article sentence lost. Not all are met (tests/perf/RESULTS.md, "Page cleaning"): each local set
# keeps its measured figures as bounds that may only improve, for the pages they were measured on
# (the set's fingerprint, as in test_real_pages); losing an article sentence is never allowed.
REAL_BOUNDS = {  # chrome left at most, related precision and recall at least (2026-12-06)
    "dev": {"pages": "a8d9849a94e0", "chrome_left": 0.30, "related_p": 1.0, "related_r": 1.0},
    # twelfth session: the learned line model (claims/text/line_model.py) sets aside one more line here that the
    # gold does not list (related P 1/1 -> 2/3) and finds one more listed headline (R 1/7 -> 2/7): a measured
    # trade, declared in tests/perf/RESULTS.md, against heldout10-13 related R 0.31 -> 0.69
    "heldout2": {"pages": "cd8bc00fa3be", "gold": "90e8b0291c79", "chrome_left": 0.00, "related_p": 0.66, "related_r": 0.28},
    "heldout3": {"pages": "7d5fed1e28a7", "gold": "12b0a329b2f1", "chrome_left": 0.07, "related_p": 1.00, "related_r": 1.00},
    # fourth session: a new never-read set, and the dev sets read while changing the cleaner
    "heldout4": {"pages": "ebd7c1f4750f", "gold": "86ddd61abe80", "chrome_left": 0.06, "related_p": 0.25, "related_r": 1.00},
    "dev3": {"pages": "22ac06ef029f", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev4": {"pages": "a9174e60b9d5", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev5": {"pages": "f834d4e2f115", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev6": {"pages": "a510f81f35b1", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev7": {"pages": "a092782b0293", "chrome_left": 0.0, "related_p": 1.0, "related_r": 0.85},
    "dev8": {"pages": "22142e629805", "chrome_left": 0.04, "related_p": 1.0, "related_r": 1.0},
    # pages picked for their furniture (their gold holds the main claims only, so they are no extraction set)
    "devc": {"pages": "2cc74a4a0d09", "chrome_left": 0.05, "related_p": 1.0, "related_r": 1.0},
    # fifth session: new outlets, first measured before anyone read them (chrome left 30 / 37.5 / 15 / 0 %,
    # related R 1.0 / 0.0 / 0.89 / 0.5), then read while changing the cleaner (branch cleanfix3)
    "dev9": {"pages": "0cc03c2179fe", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev10": {"pages": "5aa31dd597f2", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev11": {"pages": "9df549c84a3e", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev12": {"pages": "5e4081f24eb3", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    # sixth session: new outlets, first measured before anyone read them (chrome left 46 / 7.4 / 14 / 7.4 %,
    # related R 0.0 / – / 0.0 / 0.2), then read while changing the cleaner (branches cleanfix4, cleanfix5)
    "dev13": {"pages": "82c6fa83ed84", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev14": {"pages": "a0643ab367e4", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev15": {"pages": "66f0f7c38e0e", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev16": {"pages": "c3d312f884da", "chrome_left": 0.0, "related_p": 1.0, "related_r": 0.6},
    # never read; the same figures before and after this session's cleaning changes
    "heldout5": {"pages": "f7ee578b0f63", "gold": "e0660bb85fa6", "chrome_left": 0.13, "related_p": 1.00, "related_r": 1.00},
    # seventh session: new outlets, first measured before anyone read them (chrome left 7.7 / 28.6 / 0 / 25 / 0 %,
    # related R 0.86 / 0.17 / 0.0 / 0.67 / –, body contents lost 0 / 1 / 0 / 1 / 2), then read (branch cleanfix6)
    "dev17": {"pages": "4a6cd75e414f", "chrome_left": 0.0, "related_p": 1.0, "related_r": 1.0},
    "dev18": {"pages": "f7a58e2cd809", "gold": "944ff4368bd8", "chrome_left": 0.00, "related_p": 1.00, "related_r": 0.83},
    "dev19": {"pages": "205b1ced3eca", "chrome_left": 0.0, "related_p": 1.0, "related_r": 0.0},
    "dev20": {"pages": "f5b2d5519ba3", "chrome_left": 0.0, "related_p": 1.0, "related_r": 0.93},
    "dev21": {"pages": "8820eba33b1e", "gold": "31462642bb91", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    # eighth session (measured with the cleaner of 0.15.0; first look with 0.14.0's: chrome 15/69, related
    # P 0.43 R 0.40, 4 sentences lost); the rebuilt gold of heldout2-5 and dev17-dev21 measured anew
    "dev22": {"pages": "72ae80b8de47", "gold": "11531e78124f", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev23": {"pages": "7c30d1c7c1d2", "gold": "fb462983becf", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev24": {"pages": "2de0b87f4ece", "gold": "4ccf3e2b8f0f", "chrome_left": 0.12, "related_p": 1.00, "related_r": 0.00},
    "dev25": {"pages": "9dc79243ee0e", "gold": "e58d28c4e346", "chrome_left": 0.09, "related_p": 1.00, "related_r": 1.00},
    # tenth session: heldout2-5 above and heldout6-9 here on the tenth writer's gold (packed), never read;
    # dev26-dev31 first looked at with 0.16.0's cleaner (chrome left 12 of 62 and 5 of 37 lines, related R
    # 0.17 and 0.00, body contents lost 4 and 1), then read (branches cleanfix10, cleanfix11)
    "heldout6": {"pages": "5d7305e9f6b4", "gold": "47839c8d8980", "chrome_left": 0.07, "related_p": 1.00, "related_r": 0.71},
    "heldout7": {"pages": "26d7f1b41e57", "gold": "5bf63a4776c2", "chrome_left": 0.13, "related_p": 1.00, "related_r": 1.00},
    "heldout8": {"pages": "9d848e313ad1", "gold": "427c68b30135", "chrome_left": 0.00, "related_p": 1.00, "related_r": 0.75},
    "heldout9": {"pages": "4af833296707", "gold": "7f1600189a46", "chrome_left": 0.56, "related_p": 1.00, "related_r": 0.00},
    "dev26": {"pages": "10039a04fa27", "gold": "72e8264f6388", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev27": {"pages": "fe66c8bdc8fd", "gold": "b9d63eb6485b", "chrome_left": 0.06, "related_p": 1.00, "related_r": 1.00},
    "dev28": {"pages": "731016a9c16c", "gold": "21e72c425512", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev29": {"pages": "29dd8b147017", "gold": "47db573e7c0f", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev30": {"pages": "35962345a140", "gold": "d14e00e71b78", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev31": {"pages": "10cb66ee6dad", "gold": "e7f140322571", "chrome_left": 0.00, "related_p": 1.00, "related_r": 0.80},
    # eleventh session: dev26-dev31 after this session's cleaner rounds (clean16, cleanar16, clean16c); dev32-dev39
    # first looked at with 0.17.0's cleaner (dev32 related P 0/2 R 0/3, dev35 chrome 2/16 related R 4/15, dev36 chrome
    # 5/30 related R 1/9), then read; heldout10-13 never read, measured once at the end (0.17.0 and 0.18.0 alike)
    "dev32": {"pages": "b3e5712f4f18", "gold": "a1130f56282c", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev33": {"pages": "a15ade7380d8", "gold": "bf675ae93919", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev34": {"pages": "80089e71dcdd", "gold": "4880d410f44b", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev35": {"pages": "fa5798ae91d9", "gold": "023772311116", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    # dev36 as rebuilt in the twelfth session: 13 of its 14 pages (the same bounds held on all 14, 73c7ed15aaab)
    "dev36": {"pages": "ffa43a915a99", "gold": "61efdf6ab3d5", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev37": {"pages": "ae060d3f31f7", "gold": "19241668ed9f", "chrome_left": 0.25, "related_p": 1.00, "related_r": 1.00},
    "dev38": {"pages": "842fc9674c09", "gold": "6ef413e5cba5", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "dev39": {"pages": "1413e04472f6", "gold": "52ab991f7dd9", "chrome_left": 0.15, "related_p": 1.00, "related_r": 1.00},
    "heldout10": {"pages": "d3abf79bf5f1", "gold": "370e1f6154ba", "chrome_left": 0.00, "related_p": 1.00, "related_r": 0.00},
    "heldout11": {"pages": "3c89b917db9b", "gold": "4e74bb933dff", "chrome_left": 0.20, "related_p": 0.75, "related_r": 1.00},
    "heldout12": {"pages": "fa4bf6d0d36b", "gold": "5d1069907e45", "chrome_left": 0.34, "related_p": 0.00, "related_r": 1.00},
    "heldout13": {"pages": "de8bbf21a167", "gold": "74bfc6736883", "chrome_left": 0.19, "related_p": 1.00, "related_r": 1.00},
    # twelfth session: never read, built and measured during the session (0.18.0 and 0.19.0 alike); heldout11
    # above rose with the learned line model (related P 0.57 -> 0.75, R 0.44 -> 1.00)
    "heldout14": {"pages": "c7c8b7335229", "gold": "a806f4711b71", "chrome_left": 0.00, "related_p": 1.00, "related_r": 1.00},
    "heldout15": {"pages": "2cb8d750c085", "gold": "442d3e0f6cc2", "chrome_left": 0.24, "related_p": 1.00, "related_r": 0.00},
    "heldout16": {"pages": "6e6e2c4853a5", "gold": "59ad48bd9aef", "chrome_left": 0.03, "related_p": 0.00, "related_r": 1.00},
    # thirteenth session: never read, built and measured at the start and the end (0.19.0 and 0.20.0 alike:
    # chrome left 1/16 and 2/9, no related headline in either gold)
    "heldout17": {"pages": "4030fbbb3162", "gold": "9cad1500b508", "chrome_left": 0.07, "related_p": 1.00, "related_r": 1.00},
    "heldout18": {"pages": "f94b6b757a15", "gold": "c268b9b635b7", "chrome_left": 0.23, "related_p": 1.00, "related_r": 1.00},
    # fifteenth session: fresh pages labelled line by line, blind (fixtures/real/MANIFEST.md, "Line-labelled sets");
    # clean15a read while changing the cleaner (first look: chrome 14.2 %, related P 0.83 R 0.46), clean15c first
    # looked at on 39 pages (related R 0.15) then read, clean15b never read (first look 9.7 %, 0.84, 0.31)
    "clean15a": {"pages": "6ed26970b7c2", "gold": "e62517549712", "chrome_left": 0.11, "related_p": 0.91, "related_r": 0.76},
    "clean15b": {"pages": "c20c4b005057", "gold": "716d0e911b50", "chrome_left": 0.10, "related_p": 0.87, "related_r": 0.38},
    "clean15c": {"pages": "651ab9acfd9d", "gold": "e10fe2ec1aff", "chrome_left": 0.21, "related_p": 0.76, "related_r": 0.23},
}
# Known defects: a body sentence the cleaner still drops on a real page, each a strict xfail so that the
# fix shows (the test then passes and xfail strict turns it red until this entry goes).
BODY_LOSS_KNOWN: dict[str, str] = {
    # a set whose cleaning drops a gold claim for a reason found but not yet fixed: a strict xfail with that
    # reason (dev21's cut last paragraph read as a teaser was one until clean round 12 fixed it)
    "heldout7": "one gold content of 138 lost on a never-read page (0.15.0 to 0.18.0 alike); the set "
    "is never read, so the cause is not looked for: a fix found on read pages will turn this red",
    "heldout13": "two gold contents of 58 lost on never-read pages (0.17.0 and 0.18.0 alike, eleventh session); the set "
    "is never read, so the cause is not looked for",
    "heldout17": "one gold content of 66 lost on a never-read page (0.19.0 and 0.20.0 alike, thirteenth session); the "
    "set is never read, so the cause is not looked for",
    "clean15a": "11 of 408 labelled body lines lost (from 18): sub-heads and standfirsts taken for a title or a label, "
    "pieces of sentences the scraper broke at links; each a line the labeller called the article's",
    "clean15b": "7 of 456 labelled body lines lost on never-read pages; the set is never read, so the cause is not looked for",
    "clean15c": "2 of 279 labelled body lines lost (a sub-head and a broken piece), not fixed this session",
}
# Self-written sets, measured 0.5 % / 0.96 / 0.99 when set.
SELF_CHROME_LEFT_MAX = 0.02
SELF_RELATED_PRECISION_MIN = 0.98
SELF_RELATED_RECALL_MIN = 0.95


def _real_set(name: str) -> Figures:
    sets = realset.local_sets(REAL)
    if name not in sets and (REAL / name / "gold").is_dir():
        sets[name] = REAL / name  # a cleaning-only set (devc) is not one of the extraction sets
    if name not in sets:
        pytest.skip(f"no real-page set {name!r} under {REAL}: real news text is not committed (fixtures/real/MANIFEST.md)")
    if realset.fingerprint(sets[name]) != REAL_BOUNDS[name]["pages"]:
        pytest.skip(f"{name} holds other pages than its bounds were measured on")
    gold = realset.gold_fingerprint(sets[name])
    if REAL_BOUNDS[name].get("gold", gold) != gold:
        # a rebuilt set's writer marks chrome and lists by other calls where the guideline leaves room
        pytest.skip(f"{name}'s gold was written anew (gold {gold}): measure it and give it bounds")
    fig = measure_dirs([sets[name]])
    print(name, "real pages:", fig.summary())
    return fig


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=BODY_LOSS_KNOWN[name]))
        if name in BODY_LOSS_KNOWN
        else name
        for name in sorted(REAL_BOUNDS)
    ],
)
def test_real_pages_keep_every_gold_claim_and_event(name: str) -> None:
    fig = _real_set(name)
    assert fig.body_lost == [], _lines(name, fig.body_lost)


@pytest.mark.parametrize("name", sorted(REAL_BOUNDS))
def test_real_pages_chrome_and_related_lists_keep_their_bounds(name: str) -> None:
    fig, bound = _real_set(name), REAL_BOUNDS[name]
    assert fig.chrome_left_share <= bound["chrome_left"], _lines(name, fig.chrome_left_lines)
    assert fig.related_precision >= bound["related_p"], _lines(name, fig.related_wrong)
    assert fig.related_recall >= bound["related_r"], _lines(name, fig.related_missed)


def _lines(name: str, lines: list[str]) -> list[str] | str:
    """What a failing bound shows: the lines of a read set, only their count for a never-read one, whose
    pages nobody changing the cleaner may see (a failure there is a gate, not a page to tune on)."""
    never_read = name.startswith("heldout") or name == "clean15b"
    return f"{len(lines)} lines of a never-read set (not shown)" if never_read else lines


def _self_written() -> Figures:
    fig = measure_dirs(SELF_WRITTEN)
    print("self-written pages:", fig.summary())
    return fig


def test_self_written_pages_keep_every_gold_claim_and_event() -> None:
    fig = _self_written()
    assert fig.pages >= 80
    assert fig.body_lost == [], fig.body_lost


def test_self_written_pages_chrome_and_related() -> None:
    fig = _self_written()
    assert fig.chrome_left_share <= SELF_CHROME_LEFT_MAX, fig.chrome_left_lines
    assert fig.related_precision >= SELF_RELATED_PRECISION_MIN, fig.related_wrong
    assert fig.related_recall >= SELF_RELATED_RECALL_MIN, fig.related_missed
