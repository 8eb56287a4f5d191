"""Same-claim scores are the same in every process (PYTHONHASHSEED), as a desk's links must be.

The soft Dice of two key lists summed 1 (a key found) and 0.8 (a near spelling) over a set, in the
set's order, which a string hash randomised per process decides: the last bits of the sum moved, and
a comparison at a threshold (two shared keys, ``0.8 * 2``) flipped. pairs4's links differed between two
runs of the same code (ninth session); the counts are now kept as integers and weighed after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json
from claims.linking.score import _soft_dice
a = ["alpha1", "bravo22", "charlie3", "delta44", "echo555", "foxtrot6", "golf777", "hotel88", "india9"]
b = ["alpha1", "bravo2x", "charlie3", "delta4x", "echo555", "foxtrotx", "golf777", "hotel8x", "indiax"]
out = []
for n in range(2, len(a) + 1):
    for shift in range(len(a)):
        ka = (a[shift:] + a[:shift])[:n]
        kb = (b[shift:] + b[:shift])[:n]
        out.append([x.hex() for x in _soft_dice(ka, kb)])
print(json.dumps(out))
"""


def _run(seed: int) -> list:
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_soft_dice_is_bit_identical_whatever_the_hash_seed() -> None:
    first = _run(0)
    assert all(_run(seed) == first for seed in range(1, 12))
