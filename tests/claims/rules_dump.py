"""The rules' verdicts per line for every page of a set, as JSON on stdout: run inside an *old* tree.

The rules of ``claims.text.lines`` were tuned on every read set, so their figures there flatter them. An
honest figure for the rules on unseen pages is the rules as they stood before a set was read, on that set;
``tests.claims.clean_learn frozen`` then adds the line model (trained without the set) to those verdicts:

    git archive <commit before devNN was read> | tar -x -C /tmp/old
    (cd /tmp/old && PYTHONPATH=. python /path/to/tests/claims/rules_dump.py DIR/devNN) > /tmp/rules_devNN.json

Only reads ``claims.text.clean`` and ``tests.claims.clean_eval.pairs``, which old trees have.
"""

import json
import sys
from pathlib import Path

import claims.text.clean as clean
from tests.claims.clean_eval import pairs

captured: dict[str, tuple[list[str], list[bool], list[list[str]]]] = {}
_classify = clean.classify


def _spy(lines, **kw):  # type: ignore[no-untyped-def]
    verdicts = _classify(lines, **kw)
    captured["v"] = (list(lines), list(kw.get("soft", ())), [[v.label, v.kind, v.teaser] for v in verdicts])
    return verdicts


def main(root: Path) -> None:
    clean.classify = _spy  # type: ignore[assignment]
    out = {}
    for page, _gold in pairs(root):
        clean.clean_text(page.read_text(encoding="utf-8"))
        lines, soft, verdicts = captured["v"]
        out[page.name] = {"lines": lines, "soft": soft, "verdicts": verdicts}
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
