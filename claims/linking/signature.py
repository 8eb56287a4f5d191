"""MinHash LSH band keys (datasketch MinHash), stored as plain integers so any database can index them.

A claim's key set is hashed into ``NUM_PERM`` minimum values; each band of ``ROWS`` values becomes
one signed 64-bit key. Two claims are candidates when they share a band key: with 16 bands of 2
rows, sets of Jaccard 0.3 collide with probability 1-(1-0.3²)^16 ≈ 0.78, 0.5 → 0.99, 0.1 → 0.15.
Keys are seeded by a *space* ("claim", "text", "title", "teaser") so indexes never mix.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import numpy as np
from datasketch import MinHash

NUM_PERM = 32
ROWS = 2
BANDS = NUM_PERM // ROWS

_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=20261129)
_MASK63 = np.uint64((1 << 63) - 1)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F], dtype=np.uint64)
_SPACES = {"claim": 1, "text": 2, "title": 3, "teaser": 4}


def _crc(data: bytes) -> int:
    return zlib.crc32(data)


def minhash(keys: Iterable[str]) -> np.ndarray | None:
    """The MinHash values of a key set, or None when it is empty (nothing to index)."""
    items = sorted({k.encode("utf-8") for k in keys})
    if not items:
        return None
    m = MinHash(
        num_perm=NUM_PERM, hashfunc=_crc, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme
    )
    m.update_batch(items)
    return m.hashvalues.astype(np.uint64)


def band_keys(keys: Iterable[str], *, space: str, rows: int = ROWS) -> list[int]:
    """The LSH band keys of a key set in ``space`` (signed 64-bit, stable across processes)."""
    values = minhash(keys)
    if values is None:
        return []
    bands = values.reshape(-1, rows)
    salt = np.uint64(_SPACES[space] * 1_000_003)
    idx = np.arange(bands.shape[0], dtype=np.uint64)
    with np.errstate(over="ignore"):
        acc = salt * _MIX[0] + idx * _MIX[1]
        for col in range(rows):
            acc = (acc ^ bands[:, col]) * _MIX[col % 2]
            acc ^= acc >> np.uint64(29)
    signed = (acc & _MASK63).astype(np.int64)
    return sorted({int(v) for v in signed})
