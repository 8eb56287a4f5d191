"""The CSV encoder alone: the csv module's bytes, reversible neutralisation, the documented columns."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claims.export import COLUMNS, HEADER, SCHEMA_VERSION
from claims.export.csv_writer import cell, line, needs_neutralising, neutralise, number, restore_cell
from claims.export.rows import ExportRecord

ROOT = Path(__file__).resolve().parents[2]
TRICKY = st.text(
    alphabet=st.sampled_from("=+-@\t\r\n \"',،;ع a1\u200f\u061c\u00a0\uff1d\uff0b_"), max_size=12
)
TEXT = TRICKY | st.text(max_size=30)


def reference(values: list[object]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(values)
    return buf.getvalue()


@given(TEXT, TEXT)
def test_cells_are_quoted_exactly_as_the_csv_module_quotes(a: str, b: str) -> None:
    assert f"{cell(a)},{cell(b)}\r\n" == reference([neutralise(a), neutralise(b)])


@given(st.lists(TEXT, min_size=11, max_size=11), st.lists(st.text(max_size=20), max_size=3))
def test_a_whole_line_is_what_the_csv_module_writes(texts: list[str], urls: list[str]) -> None:
    t = texts
    r = ExportRecord(
        7,
        t[0],
        t[1],
        "2026-11-01T08:30:00Z",
        "ar",
        t[2],
        "person",
        t[3],
        t[4],
        t[5],
        "indirect",
        t[6],
        0.123456,
        "verified",
        t[7],
        None,
        t[8],
        urls,
        3,
        9,
        [t[9], t[10]],
        [],
    )
    expected = [
        7,
        t[0],
        t[1],
        "2026-11-01T08:30:00Z",
        "ar",
        t[2],
        t[3],
        t[4],
        t[5],
        "indirect",
        t[6],
        "0.123",
        "verified",
        t[7],
        "",
        t[8],
        "\n".join(urls),
        f"{t[9]}\n{t[10]}",
        3,
        9,
        SCHEMA_VERSION,
    ]
    expected = [
        neutralise(v) if isinstance(v, str) and i not in (3, 4, 9, 11, 12, 14) else v
        for i, v in enumerate(expected)
    ]
    assert line(r) == reference(expected)
    [parsed] = list(csv.reader(io.StringIO(line(r), newline="")))
    assert [restore_cell(v) for v in parsed[1:3]] == [t[0], t[1]]


@given(TEXT)
def test_neutralising_is_reversible_and_leaves_no_formula(value: str) -> None:
    safe = neutralise(value)
    assert restore_cell(safe) == value
    if safe:
        assert safe[0] not in "=+-@\t\r"
        stripped = safe.lstrip(" \u00a0\u200f\u061c\n")
        assert not stripped or stripped[0] not in "=+-@\uff1d\uff0b\uff0d\uff20" or safe[0] == "'"


def test_owasp_prefixes_and_their_disguises() -> None:
    for value in ["=1+1", "+1", "-1", "@x", "\tx", "\rx", " =1", "\u00a0\u200f=1", "\n@x", "\uff1d1", "'=1"]:
        assert needs_neutralising(value), value
    for value in ["", "1-2", "a=b", "أكد", "'quoted'", "http://x", " plain", "_x", "(=1)", "\u200f"]:
        assert not needs_neutralising(value), value
        assert neutralise(value) == value


def test_numbers_are_short() -> None:
    assert [number(x) for x in (0.5, 0.75, 1.0, 0.0, 0.3333333)] == ["0.5", "0.75", "1", "0", "0.333"]


def test_the_documented_columns_are_the_exported_columns() -> None:
    doc = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    section = doc.split(f"## CSV columns (schema version {SCHEMA_VERSION})", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `([a-z_]+)` \| (.+) \|$", section, flags=re.M)
    assert [k for k, _ in documented] == list(HEADER)
    assert [d for _, d in documented] == [c.description for c in COLUMNS]


def test_the_cell_memo_stays_bounded_and_right() -> None:
    from claims.export.csv_writer import _Memo

    memo = _Memo()
    for i in range(3 * _Memo.SIZE):
        value = f"=x,{i}"
        assert memo[value] == cell(value) == f"\"'=x,{i}\""
        assert len(memo) <= _Memo.SIZE
    assert memo[None] == ""  # a NULL column
