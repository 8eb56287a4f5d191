"""The extractor on real news pages that nobody here wrote (the figure that matters).

The pages are not ours to publish, so they live in a gitignored folder (``fixtures/real/local`` or
``$CLAIMS_REAL_SET``; ``fixtures/real/MANIFEST.md`` says how to rebuild it) and these tests skip
with that reason on a fresh clone. Where the sets are present: no page of any set may crash the
extractor; the dev set (diagnosed, so its figures are tuned ones) and each held-out set keep their
attribution floors; and ``confidence`` must rank right attributions above wrong ones over all the
pages together (each set alone has too few wrong claims left for a stable figure). Floors only
rise; figures per version are in tests/perf/RESULTS.md. The report:
``.venv/bin/python fixtures/extraction/realset.py [--set DIR]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures" / "extraction"))
import realset

ROOT = realset.real_set_dir()
SETS = realset.local_sets(ROOT)
pytestmark = pytest.mark.skipif(
    not SETS,
    reason=f"no real-page set at {ROOT}: real news text is not committed; rebuild it from fixtures/real/MANIFEST.md",
)

# Attribution F1 floors per set and language, for the pages AND the gold they were measured on: a
# set rebuilt with other pages after a machine was lost is reported, not judged by another set's
# floor, and so is a set whose gold was written anew (each rebuild's writer makes other calls where
# the guideline leaves room: heldout4 English read 0.761 on the fifth session's gold and 0.736 on the
# sixth's with the same code). "gold": None marks floors whose gold is lost with its machine; the
# next rebuild of that set is measured and given floors of its own. Measured minus a hair; raise,
# never lower, for one gold. Figures: tests/perf/RESULTS.md.
# Fourteenth session (0.20.0 -> 0.21.0, fuller names and fresh-page repros): raised where the never-read
# figure rose (heldout5 en 0.709 -> 0.720, heldout6 ar 0.813 -> 0.829, heldout8 ar 0.757 -> 0.777, heldout9 en
# 0.675 -> 0.680, heldout10 ar 0.734 -> 0.759, heldout11 en 0.700 -> 0.711, heldout14 ar 0.753 -> 0.774).
# Fifteenth session (0.21.0 -> 0.22.0, fresh-page repros armiss2/enmiss3): heldout5 en 0.720 -> 0.727, heldout10 ar
# 0.759 -> 0.775; no never-read set fell.
F1_FLOORS = {
    "dev": {"pages": "a8d9849a94e0", "gold": None, "ar": 0.97, "en": 0.77},  # second generation (0.9.0)
    # gold rebuilt by a tenth writer (tenth session) and packed (fixtures/real/packs: it comes back with
    # these fingerprints on any machine that saves the texts again); 0.16.0 -> 0.17.0 on it:
    # ar 0.800 / 0.789 / 0.797 / 0.811 -> 0.800 / 0.789 / 0.806 / 0.892,
    # en 0.729 / 0.815 / 0.793 / 0.659 -> 0.729 / 0.831 / 0.812 / 0.709
    "heldout2": {"pages": "cd8bc00fa3be", "gold": "90e8b0291c79", "ar": 0.83, "en": 0.73},  # never read (0.15.0; ar 0.19.0)
    "heldout3": {"pages": "7d5fed1e28a7", "gold": "12b0a329b2f1", "ar": 0.81, "en": 0.83},  # never read (0.15.0; ar 0.19.0)
    "heldout4": {"pages": "ebd7c1f4750f", "gold": "86ddd61abe80", "ar": 0.80, "en": 0.83},  # never read (0.15.0)
    # sixth session: 24 pages from outlets new to the manifest, never read; eighth writer's gold (0.14.0: 0.811 / 0.667)
    "heldout5": {"pages": "f7ee578b0f63", "gold": "e0660bb85fa6", "ar": 0.89, "en": 0.725},
    # the same pages golded by a second writer who never saw the first's gold (fixtures/real/agreement.py)
    "heldout5b": {"pages": "f7ee578b0f63", "gold": "d1699fd51ead", "ar": 0.78, "en": 0.67},
    "dev3": {"pages": "22ac06ef029f", "gold": None, "ar": 0.97},  # new Arabic pages, read and diagnosed (0.10.0)
    "dev4": {"pages": "a9174e60b9d5", "gold": None, "en": 0.91},  # new English pages, read and diagnosed (0.11.0)
    "dev5": {"pages": "f834d4e2f115", "gold": None, "ar": 0.92},  # read and diagnosed (0.10.0: 0.569)
    "dev6": {"pages": "a510f81f35b1", "gold": None, "en": 0.91},  # read and diagnosed (0.10.0: 0.743)
    "dev7": {"pages": "a092782b0293", "gold": None, "ar": 0.89},  # read late in the round (0.10.0: 0.750)
    "dev8": {"pages": "22142e629805", "gold": None, "ar": 0.85},  # read and diagnosed (0.10.0: 0.407)
    # fifth session: 56 outlets new to the manifest, measured first with 0.11.0 before anyone read them
    "dev9": {"pages": "0cc03c2179fe", "gold": "82134b955374", "en": 0.89},  # read (first look 0.749); gold rebuilt in the sixth session
    "dev10": {"pages": "5aa31dd597f2", "gold": "22b812c0ad25", "ar": 0.94},  # read (first look 0.870); gold rebuilt in the sixth session
    "dev11": {"pages": "9df549c84a3e", "gold": "d9ebd6aab699", "en": 0.78},  # read (first look 0.623); gold rebuilt in the sixth session
    "dev12": {"pages": "5e4081f24eb3", "gold": "ea33261f0bad", "ar": 0.92},  # read (first look 0.737); gold rebuilt in the sixth session
    # sixth session: outlets new to the manifest, measured first with 0.12.0 before anyone read them
    "dev13": {"pages": "82c6fa83ed84", "gold": "ca25a2cde3ea", "en": 0.85},  # read and diagnosed (first look 0.751)
    "dev14": {"pages": "a0643ab367e4", "gold": "eef5695f462e", "ar": 0.95},  # read and diagnosed (first look 0.823)
    "dev15": {"pages": "66f0f7c38e0e", "gold": "2914b8dcece6", "en": 0.88},  # read and diagnosed (first look 0.754)
    "dev16": {"pages": "c3d312f884da", "gold": "119337316f05", "ar": 0.95},  # read and diagnosed (first look 0.735)
    # seventh session: outlets new to the manifest, measured first with 0.13.0 before anyone read them;
    # gold rebuilt in the eighth (0.14.0 read 0.920 / 0.781 / 0.920 / 0.782 / 0.788 on it)
    "dev17": {"pages": "4a6cd75e414f", "gold": "f693f24905cc", "ar": 0.92},  # read and diagnosed (first look 0.729)
    "dev18": {"pages": "f7a58e2cd809", "gold": "944ff4368bd8", "en": 0.84},  # read and diagnosed (first look 0.583)
    "dev19": {"pages": "205b1ced3eca", "gold": "ebcadec0296d", "ar": 0.95},  # read and diagnosed (first look 0.723)
    "dev20": {"pages": "f5b2d5519ba3", "gold": "5a0f88708890", "en": 0.83},  # read and diagnosed (first look 0.644)
    "dev21": {"pages": "8820eba33b1e", "gold": "31462642bb91", "ar": 0.80},  # read and diagnosed (first look 0.686)
    # eighth session: outlets new to the manifest, measured first with 0.14.0 before anyone read them
    "dev22": {"pages": "72ae80b8de47", "gold": "11531e78124f", "ar": 0.89},  # read and diagnosed (first look 0.701)
    "dev23": {"pages": "7c30d1c7c1d2", "gold": "fb462983becf", "en": 0.81},  # read and diagnosed (first look 0.681)
    "dev24": {"pages": "2de0b87f4ece", "gold": "4ccf3e2b8f0f", "ar": 0.92},  # read and diagnosed (first look 0.638)
    "dev25": {"pages": "9dc79243ee0e", "gold": "e58d28c4e346", "en": 0.90},  # read and diagnosed (first look 0.660)
    # ninth session: 32 pages from outlets new to the manifest, never read; tenth writer's gold (packed):
    # 0.16.0 -> 0.17.0 ar 0.813 -> 0.813, en 0.784 -> 0.834
    "heldout6": {"pages": "5d7305e9f6b4", "gold": "47839c8d8980", "ar": 0.825},
    "heldout7": {"pages": "26d7f1b41e57", "gold": "5bf63a4776c2", "en": 0.84},
    # tenth session: 32 pages from outlets new to the manifest, never read, measured once at the end
    # (0.16.0 -> 0.17.0: ar 0.757 -> 0.757, en 0.653 -> 0.675); gold packed
    "heldout8": {"pages": "9d848e313ad1", "gold": "427c68b30135", "ar": 0.77},
    "heldout9": {"pages": "4af833296707", "gold": "7f1600189a46", "en": 0.675},
    # tenth session: outlets new to the manifest, first look with 0.16.0 before anyone read them, then read
    # and diagnosed (gold packed)
    "dev26": {"pages": "10039a04fa27", "gold": "72e8264f6388", "ar": 0.86},  # first look 0.701
    "dev27": {"pages": "fe66c8bdc8fd", "gold": "b9d63eb6485b", "en": 0.85},  # first look 0.788
    "dev28": {"pages": "731016a9c16c", "gold": "21e72c425512", "ar": 0.92},  # first look 0.760
    "dev29": {"pages": "29dd8b147017", "gold": "47db573e7c0f", "en": 0.80},  # first look 0.681
    "dev30": {"pages": "35962345a140", "gold": "d14e00e71b78", "ar": 0.93},  # first look 0.769 (main at the time)
    "dev31": {"pages": "10cb66ee6dad", "gold": "e7f140322571", "en": 0.85},  # first look 0.664 (main at the time)
    # eleventh session: outlets new to the manifest, first look with 0.17.0 before anyone read them, then read
    # and diagnosed (gold packed); dev37-dev39 were built after this session's first rounds
    "dev32": {"pages": "b3e5712f4f18", "gold": "a1130f56282c", "ar": 0.96},  # first look .767
    "dev33": {"pages": "a15ade7380d8", "gold": "bf675ae93919", "en": 0.83},  # first look .777
    "dev34": {"pages": "80089e71dcdd", "gold": "4880d410f44b", "ar": 0.97},  # first look .783
    "dev35": {"pages": "fa5798ae91d9", "gold": "023772311116", "ar": 0.87},  # first look .606
    # first look .594; 0.87 on its 14 pages (73c7ed15aaab); rebuilt with 13 (twelfth session, one page lost)
    "dev36": {"pages": "ffa43a915a99", "gold": "61efdf6ab3d5", "en": 0.85},
    "dev37": {"pages": "ae060d3f31f7", "gold": "19241668ed9f", "en": 0.85},  # first look .764
    "dev38": {"pages": "842fc9674c09", "gold": "6ef413e5cba5", "ar": 0.96},  # first look .674
    "dev39": {"pages": "1413e04472f6", "gold": "52ab991f7dd9", "ar": 0.90},  # first look .597
    # eleventh session: 56 pages from outlets new to the manifest, never read, measured once at the end
    # (0.17.0 -> 0.18.0: ar 0.734 -> 0.734 and 0.622 -> 0.622, en 0.690 -> 0.700 and 0.726 -> 0.778); gold packed
    "heldout10": {"pages": "d3abf79bf5f1", "gold": "370e1f6154ba", "ar": 0.77},
    "heldout11": {"pages": "3c89b917db9b", "gold": "4e74bb933dff", "en": 0.705},
    "heldout12": {"pages": "fa4bf6d0d36b", "gold": "5d1069907e45", "en": 0.77},
    "heldout13": {"pages": "de8bbf21a167", "gold": "74bfc6736883", "ar": 0.62},
    # twelfth session: 42 pages from outlets new to the manifest, never read, measured at the start
    # and the end of the session (0.18.0 -> 0.19.0: ar 0.753 -> 0.753 and 0.731 -> 0.731, en 0.789 -> 0.789)
    "heldout14": {"pages": "c7c8b7335229", "gold": "a806f4711b71", "ar": 0.77},
    "heldout15": {"pages": "2cb8d750c085", "gold": "442d3e0f6cc2", "en": 0.78},
    "heldout16": {"pages": "6e6e2c4853a5", "gold": "59ad48bd9aef", "ar": 0.73},
    # thirteenth session: 28 pages from outlets new to the manifest, never read, measured at the start and
    # the end of the session (0.19.0 -> 0.20.0: ar 0.606 -> 0.606, en 0.674 -> 0.670)
    "heldout17": {"pages": "4030fbbb3162", "gold": "9cad1500b508", "ar": 0.60},
    "heldout18": {"pages": "f94b6b757a15", "gold": "c268b9b635b7", "en": 0.66},
}
# Right vs wrong attributions on the never-read sets present as measured, pooled (a model fitted on
# the dev sets, fixtures/extraction/fit_confidence.py): 0.11.0 measured 0.746 / 0.667 on heldout2-4
# (0.10.0 with its own model: 0.702 / 0.683). The fifth session rebuilt heldout2-4's gold (a fourth writer):
# on it 0.11.0 reads 0.746 / 0.654 and 0.12.0 0.748 / 0.657, so the English floor follows the gold, not the code.
# The sixth session's gold (a sixth writer) reads 0.748 / 0.659 with 0.12.0 and 0.757 / 0.663 with 0.13.0.
# heldout5 (new, never read) is reported beside them, not pooled here: its AUROC is 0.607 / 0.656 with
# 0.12.0 and 0.607 / 0.612 with 0.13.0 (tests/perf/RESULTS.md). The seventh session's gold (a seventh
# writer) reads 0.757 / 0.646 with 0.13.0 and 0.774 / 0.673 with 0.14.0 (its model refitted on dev17-dev21).
# The eighth session's gold (an eighth writer) reads 0.774 / 0.687 with 0.14.0. On it the refit of 0.15.0
# (new features, fitted on dev17-dev25) read 0.713 Arabic, below 0.14.0: this gate turned the Arabic refit
# down, and Arabic keeps 0.14.0's model, which reads 0.761 with 0.15.0's rules (a 0.013 fall on ~25 wrong
# claims: the rules changed two Arabic pages); English takes the refit, 0.687 -> 0.706.
# The ninth session's gold (a ninth writer) reads 0.761 / 0.720 with both 0.15.0 and 0.16.0. A model fitted
# from PolNeAR train (837 documents, page-grouped CV 0.714 -> 0.738 there) read 0.623 on the never-read
# English pages (heldout2-5; 0.724 with the model kept): the gate turned it down.
# The tenth session's gold (a tenth writer, packed) reads 0.761 / 0.710 with 0.16.0 and 0.764 / 0.686 with
# 0.17.0: the English fall is the rules', not the model's. 0.17.0 turned 3 wrong English claims right (161/31
# -> 164/29 right/wrong), and they were ones the model had rightly doubted: the wrong claims' mean confidence
# rose 0.751 -> 0.761. A refit on dev26-dev31 and PolNeAR train (anchored, page-grouped CV, five seeds) ranked
# the read pages worse than the model kept (en 0.757 -> 0.749, ar 0.752 -> 0.742), so confidence.json stays
# and the English floor is the figure measured, said as a fall (tests/perf/RESULTS.md).
# The twelfth session's model (conf17: four new features, fitted from zero on dev26-dev39 and PolNeAR train
# with the first-look outputs of 0.16.0 and 0.17.0, set-grouped CV, refitted after the session's rule merges)
# reads 0.814 / 0.702 here, against 0.763 / 0.689 for 0.18.0's (tests/perf/RESULTS.md).
NEVER_READ = ("heldout2", "heldout3", "heldout4")
AUROC_FLOORS = {"ar": 0.81, "en": 0.70}


def _as_measured(name: str) -> bool:
    return name in SETS and _not_measured(name) is None


def _not_measured(name: str) -> str | None:
    """Why the set present under ``name`` is not the one its floors were measured on, or None."""
    pages, gold = realset.fingerprint(SETS[name]), realset.gold_fingerprint(SETS[name])
    if pages != F1_FLOORS[name]["pages"]:
        return f"{name} holds other pages than its floors were measured on (fingerprint {pages})"
    if gold != F1_FLOORS[name]["gold"]:
        return f"{name}'s gold was written anew (gold {gold}, floors measured on {F1_FLOORS[name]['gold']}): measure it and give it floors"
    return None


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, dict]]:
    return {name: realset.evaluate(path) for name, path in SETS.items()}


def test_no_real_page_crashes_the_extractor(figures: dict[str, dict[str, dict]]) -> None:
    crashes = {(name, lang): f["crashes"] for name, per in figures.items() for lang, f in per.items() if f["crashes"]}
    assert not crashes


@pytest.mark.parametrize("name", sorted(F1_FLOORS))
def test_real_page_attribution_floors(figures: dict[str, dict[str, dict]], name: str) -> None:
    if name not in figures:
        pytest.skip(f"{name} set absent under {ROOT}")
    reason = _not_measured(name)
    if reason:
        print(name, {lang: f["attribution"] for lang, f in figures[name].items()})
        pytest.skip(reason)
    for lang, floor in F1_FLOORS[name].items():
        if lang in ("pages", "gold"):
            continue
        got = figures[name][lang]["attribution"]
        print(name, lang, got, figures[name][lang]["event"])
        if (name, lang) in KNOWN_BELOW:  # a measured fall on a never-read set: strict, so a rise turns it red
            assert got["f1"] < floor, f"{name} {lang} is back at its floor: remove it from KNOWN_BELOW"
            pytest.xfail(KNOWN_BELOW[(name, lang)])
        assert got["f1"] >= floor, (name, lang, got)


# Falls below a floor measured on a never-read set, kept as strict expected failures with the reason (a
# floor is never lowered; the entry goes when a change brings the set back)
KNOWN_BELOW: dict[tuple[str, str], str] = {}  # heldout5 ar came back (34/37 of 39, armiss: reports told
# through their document, أثنى على / طلب من / سأل) from the eleventh session's 33/36


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_confidence_ranks_right_above_wrong(figures: dict[str, dict[str, dict]], lang: str) -> None:
    if not all(_as_measured(name) for name in NEVER_READ):
        pytest.skip("the AUROC floor is for the never-read sets pooled, each as measured")
    scored = [pair for name in NEVER_READ for pair in figures[name].get(lang, {}).get("confidence", {}).get("scored", [])]
    value = realset.auroc(scored)
    print(lang, "pooled AUROC", value, "over", len(scored), "claims")
    assert value is not None and value >= AUROC_FLOORS[lang]
