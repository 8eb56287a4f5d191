"""MinHash LSH band keys, stored as plain integers so any database can index them.

A key set is hashed into ``NUM_PERM`` minimum values (32-bit affine permutations of a mixed CRC32,
the scheme datasketch calls ``affine32``, vectorised with numpy so a million claims are signed in
seconds); each band of ``ROWS`` values becomes one signed 64-bit key. Two claims are candidates when
they share a band key: with 16 bands of 2 rows, sets of Jaccard 0.3 collide with probability
1-(1-0.3²)^16 ≈ 0.78, 0.5 → 0.99, 0.1 → 0.15. Keys are seeded by a *space* ("claim", "text",
"title", "teaser") so indexes never mix. Changing any constant here invalidates stored keys:
run ``claims link --all``.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

import numpy as np

NUM_PERM = 32
ROWS = 2
BANDS = NUM_PERM // ROWS

_RNG = np.random.RandomState(20261129)
_A = _RNG.randint(1, 1 << 31, size=NUM_PERM, dtype=np.int64).astype(np.uint32) * np.uint32(2) + np.uint32(1)
_B = _RNG.randint(0, 1 << 31, size=NUM_PERM, dtype=np.int64).astype(np.uint32)
_MASK63 = np.uint64((1 << 63) - 1)
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))
_SPACES = {"claim": 1, "text": 2, "title": 3, "teaser": 4}


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser: spreads CRC32's bits before the affine permutations."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signatures(key_sets: Sequence[Iterable[str]]) -> tuple[np.ndarray, np.ndarray]:
    """MinHash values of many key sets at once: (values[n_nonempty, NUM_PERM], index of each row)."""
    hashes: list[int] = []
    owners: list[int] = []
    starts: list[int] = []
    rows: list[int] = []
    for i, keys in enumerate(key_sets):
        items = {zlib.crc32(k.encode("utf-8")) for k in keys}
        if not items:
            continue
        starts.append(len(hashes))
        rows.append(i)
        hashes.extend(items)
        owners.extend([i] * len(items))
    if not hashes:
        return np.zeros((0, NUM_PERM), dtype=np.uint32), np.zeros(0, dtype=np.int64)
    h = _fmix32(np.asarray(hashes, dtype=np.uint32))
    with np.errstate(over="ignore"):
        permuted = h[:, None] * _A[None, :] + _B[None, :]
    values = np.minimum.reduceat(permuted, np.asarray(starts), axis=0)
    return values, np.asarray(rows, dtype=np.int64)


def _keys_of(values: np.ndarray, space: str, rows: int) -> np.ndarray:
    """Band keys for each row of ``values`` (shape [n, NUM_PERM // rows], signed 64-bit)."""
    n = values.shape[0]
    bands = values.astype(np.uint64).reshape(n, -1, rows)
    salt = np.uint64(_SPACES[space] * 1_000_003)
    idx = np.arange(bands.shape[1], dtype=np.uint64)[None, :]
    with np.errstate(over="ignore"):
        acc = np.broadcast_to(salt * _MIX[0] + idx * _MIX[1], bands.shape[:2]).copy()
        for col in range(rows):
            acc = (acc ^ bands[:, :, col]) * _MIX[col % 2]
            acc ^= acc >> np.uint64(29)
    return (acc & _MASK63).astype(np.int64)


def band_keys_many(key_sets: Sequence[Iterable[str]], *, space: str, rows: int = ROWS) -> list[list[int]]:
    """The band keys of each key set (empty list for an empty set), in input order."""
    out: list[list[int]] = [[] for _ in key_sets]
    values, owners = signatures(key_sets)
    if len(owners):
        keys = _keys_of(values, space, rows)
        for i, row in zip(owners.tolist(), keys.tolist(), strict=True):
            out[i] = sorted(set(row))
    return out


def band_keys(keys: Iterable[str], *, space: str, rows: int = ROWS) -> list[int]:
    """The LSH band keys of one key set in ``space`` (stable across processes and machines)."""
    return band_keys_many([list(keys)], space=space, rows=rows)[0]
