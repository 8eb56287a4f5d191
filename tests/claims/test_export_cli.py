"""``claims export`` end to end on both back ends: stdout and files, options, one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from sqlmodel import Session
from typer.testing import CliRunner

from claims.cli import app
from tests.claims.export_helpers import decided

runner = CliRunner()


def invoke(*args: str) -> tuple[int, bytes, str]:
    result = runner.invoke(app, ["export", *args])
    return result.exit_code, result.stdout_bytes, result.stderr


@pytest.fixture
def decided_claims(session: Session, db_url: str) -> dict[str, int]:
    made = {
        "ar": decided(session, "الاتفاق نهائي", lang="ar", outlet="سانا").id,
        "en": decided(session, '=HYPERLINK("http://evil")', lang="en", outlet="Reuters").id,
        "disputed": decided(session, "disputed one", "disputed", note="the ministry denied it").id,
    }
    session.commit()
    return made  # type: ignore[return-value]


def test_csv_to_stdout_is_the_default(decided_claims: dict[str, int]) -> None:
    code, out, err = invoke()
    assert code == 0, err
    assert out.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(out.decode("utf-8-sig"), newline="")))
    assert [int(r["claim_id"]) for r in rows] == [decided_claims["ar"], decided_claims["en"]]
    assert rows[1]["claim_text"] == '\'=HYPERLINK("http://evil")'
    assert "exported 2 claims as csv to stdout" in err


def test_options_select_and_shape_the_output(
    decided_claims: dict[str, int], tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    previous = os.umask(0o022)
    request.addfinalizer(lambda: os.umask(previous))
    target = tmp_path / "out.jsonl"
    code, out, err = invoke(
        "--status", "verified", "--status", "disputed", "--format", "jsonl", "--out", str(target)
    )
    assert code == 0, err
    assert out == b""  # the data went to the file; stdout stays clean
    lines = [json.loads(x) for x in target.read_text(encoding="utf-8").splitlines()]
    assert [x["claim_id"] for x in lines] == list(decided_claims.values())
    assert not list(tmp_path.glob("*.part"))  # the temporary file was moved into place
    assert (
        target.stat().st_mode & 0o044 == 0o044
    )  # readable by others as any file (umask 022), not mkstemp's 0600

    code, out, _ = invoke("--lang", "ar", "--no-bom")
    assert code == 0 and out.startswith(b"claim_id,") and out.count(b"\r\n") == 2

    code, out, _ = invoke("--source", "Reuters", "--format", "claimreview")
    assert code == 0
    [review] = json.loads(out)
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == '=HYPERLINK("http://evil")'

    code, out, _ = invoke("--since", "2026-11-03")
    assert code == 0 and out.count(b"\r\n") == 1  # the header alone: every verdict was on Nov 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "yesterday"], "--since: not a date"),
        (["--until", "2026-13-01"], "--until: not a date"),
        (["--since", "2026-02-01", "--until", "2026-01-01"], "the window is empty"),
        (["--status", "pending"], "cannot export status 'pending'"),
        (["--format", "xlsx"], "unknown format 'xlsx'"),
        (["--lang", "fr"], "unknown language 'fr'"),
        (["--out", "/nonexistent-folder/x.csv"], "does not exist"),
    ],
)
def test_bad_input_is_one_clear_line_and_writes_nothing(args: list[str], message: str) -> None:
    code, out, err = invoke(*args)  # checked before the database is touched
    assert code == 1
    assert out == b""
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_failed_export_keeps_the_previous_file(decided_claims: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    target.write_bytes(b"last good export")
    code, _, _ = invoke("--lang", "fr", "--out", str(target))
    assert code == 1 and target.read_bytes() == b"last good export"


def test_an_unmigrated_database_says_what_to_run(tmp_path: Path) -> None:
    code, out, err = invoke()
    assert code == 1 and out == b""
    assert "claims db upgrade" in err and "Traceback" not in err
