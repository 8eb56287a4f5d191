"""``claims quality``: score the current extractor on the desk's own gold, per language, and keep the figures.

A thin shell over :func:`claims.quality.measure_quality`; the Stats view charts the stored runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from claims.cli._app import app
from claims.cli._common import StoredSince, database_url, err_console, fail, out_console, user_errors


@app.command("quality")
def quality(
    since: StoredSince = None,
    lang: Annotated[
        str | None, typer.Option(metavar="LANG", help="Only articles in this language: ar or en.")
    ] = None,
    pred_out: Annotated[
        Path | None,
        typer.Option(
            "--pred-out",
            metavar="FILE",
            help="Also write the extracted claims as JSON Lines (for score_claims.py --pred FILE).",
        ),
    ] = None,
) -> None:
    """Re-extract the desk's fully decided articles and print precision, recall and F1 per language.

    The gold is what reviewers decided: Verified and Disputed claims as corrected, and claims they
    added (the share of those is what the extractor missed). Each run is stored for the Stats view.
    """
    from claims import db
    from claims.db import session_scope
    from claims.export import parse_bound
    from claims.gold import GoldScope, start_of
    from claims.quality import added_share, measure_quality, record_runs

    with user_errors():
        GoldScope(lang=lang)  # validates the language before any work
        bound = start_of(parse_bound(since, name="--since")) if since else None
        if pred_out is not None and (pred_out.is_dir() or not pred_out.parent.is_dir()):
            raise fail(f"--pred-out: {str(pred_out)!r} must be a file in an existing folder")
        url = database_url()
        db.require_migrated(url)
        stream = pred_out.open("w", encoding="utf-8") if pred_out is not None else None
        try:
            with session_scope(url) as session, err_console.status("re-extracting the desk's gold articles…"):
                report = measure_quality(session, since=bound, lang=lang, predictions=stream)
            with session_scope(url) as session:
                record_runs(session, report.runs)
                rows = [
                    (r.lang, r.extractor_version, r.articles, r.gold, r.predicted, r.hits,
                     r.precision, r.recall, r.f1, added_share(r))
                    for r in report.runs
                ]  # fmt: skip
        finally:
            if stream is not None:
                stream.close()
    for line in report.failures:
        err_console.print(f"[yellow]extraction failed[/] {line} (scored as no claims)", highlight=False)
    if not rows:
        out_console.print(
            "no gold yet: no article in scope has all its claims decided (review some, then run again)",
            highlight=False,
            soft_wrap=True,
        )
        return
    for lang_, version, articles, gold, predicted, hits, p, r, f1, share in rows:
        plural = "s" if articles != 1 else ""
        out_console.print(
            f"{lang_}  extractor {version}  {articles} article{plural}, {gold} gold claims, "
            f"{predicted} extracted, {hits} matched:  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  "
            f"added by reviewers {share:.1%}",
            highlight=False,
            soft_wrap=True,
        )
