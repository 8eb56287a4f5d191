"""Related-list precision on pages without gold: a verdict on each teaser the cleaner flags, kept per run.

Recall needs full gold (every related headline on the page); precision does not: it needs only a judgment
on what the cleaner flagged. That makes precision cheap to measure on many new pages, which is where the
fixes made page by page did not carry (issue 15). The judgments live in a JSON file beside the pages
(never committed: they quote the pages):

    {"<page id>": [{"teaser": "<flagged text>", "related": true, "class": ""}, …], …}

``related`` is the judge's verdict (``null`` until judged); ``class`` names the shape of a false one
("sub-head", "caption", "tag list", …) so that false teasers can be counted by class. A run adds every
new flag to the file unjudged and reports the judged flags that are no longer flagged, so the same file
gives the figures before and after a change to the cleaner.

    python -m tests.claims.flag_audit DIR --show              # each flagged page, line by line, with labels
    python -m tests.claims.flag_audit DIR --judgments FILE    # precision by language, false by class
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from claims.text.clean import clean_text
from claims.text.lines import classify
from claims.text.wrap import cleaner_breaks

Judgments = dict[str, list[dict[str, object]]]


@dataclass
class Audit:
    """One run's flags scored against the judgments; ``dropped``: judged flags this run no longer makes."""

    pages: Counter[str] = field(default_factory=Counter)  # pages read, by language
    true: Counter[str] = field(default_factory=Counter)
    false: Counter[str] = field(default_factory=Counter)
    unjudged: list[str] = field(default_factory=list)
    false_by_class: Counter[str] = field(default_factory=Counter)
    false_pages_by_class: dict[str, set[str]] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)

    def precision(self, lang: str | None = None) -> float:
        true = self.true[lang] if lang else sum(self.true.values())
        false = self.false[lang] if lang else sum(self.false.values())
        return true / (true + false) if true + false else 1.0

    def summary(self) -> list[str]:
        out = []
        for lang in (*sorted(self.pages), None):
            true = self.true[lang] if lang else sum(self.true.values())
            false = self.false[lang] if lang else sum(self.false.values())
            pages = self.pages[lang] if lang else sum(self.pages.values())
            out.append(
                f"{lang or 'all'}: {pages} pages, {true + false} judged teasers, {true} related, "
                f"{false} not: P {self.precision(lang):.2f}"
            )
        for cls, n in self.false_by_class.most_common():
            out.append(f"  false, {cls or 'unclassed'}: {n} on {len(self.false_pages_by_class[cls])} page(s)")
        out.append(f"unjudged: {len(self.unjudged)}; judged but no longer flagged: {len(self.dropped)}")
        return out


def score(flags: dict[str, tuple[str, list[str]]], judgments: Judgments) -> Audit:
    """Score ``flags`` (page id → (language, teasers)) against ``judgments``; new flags join it unjudged."""
    audit = Audit()
    for page, (lang, teasers) in flags.items():
        audit.pages[lang] += 1
        known = judgments.setdefault(page, [])
        by_text = {str(j["teaser"]): j for j in known}
        for teaser in teasers:
            judged = by_text.get(teaser)
            if judged is None:
                judged = {"teaser": teaser, "related": None, "class": ""}
                known.append(judged)
                by_text[teaser] = judged
            if judged["related"] is None:
                audit.unjudged.append(f"{page}: {teaser}")
            elif judged["related"]:
                audit.true[lang] += 1
            else:
                cls = str(judged.get("class") or "")
                audit.false[lang] += 1
                audit.false_by_class[cls] += 1
                audit.false_pages_by_class.setdefault(cls, set()).add(page)
        for j in known:
            if j["related"] is not None and j["teaser"] not in teasers:
                verdict = "related" if j["related"] else f"not related ({j.get('class') or 'unclassed'})"
                audit.dropped.append(f"{page}: {verdict}: {j['teaser']}")
    return audit


def flags_of(root: Path) -> dict[str, tuple[str, list[str]]]:
    """Each page's language and flagged teasers, as the pipeline cleans the page."""
    out: dict[str, tuple[str, list[str]]] = {}
    for path in sorted(root.glob("*.txt")):
        doc = clean_text(path.read_text(encoding="utf-8"))
        out[path.stem] = (doc.lang, [t.text for t in doc.teasers])
    return out


def show(root: Path) -> None:
    """Each page with a flag, line by line with label and kind, flagged lines marked: what the judge reads."""
    for path in sorted(root.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        if not clean_text(raw).teasers:
            continue
        raw_lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
        at = [i for i, line in enumerate(raw_lines) if line.strip()]
        lines = [raw_lines[i].strip() for i in at]
        soft = cleaner_breaks(lines, [at[i + 1] == at[i] + 1 for i in range(len(at) - 1)])
        print(f"=== {path.stem}")
        for n, v in enumerate(classify(lines, soft=soft)):
            mark = ">>" if v.label == "related" else "  "
            print(f"{mark}{n:3d} {v.label}/{v.kind or '-'}: {v.text[:160]}")


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv if not a.startswith("--") and not a.endswith(".json")]
    if "--show" in argv:
        for root in roots:
            show(root)
        return 0
    file = next((Path(a) for a in argv if a.endswith(".json")), None)
    if file is None:
        print(__doc__)
        return 2
    judgments: Judgments = json.loads(file.read_text(encoding="utf-8")) if file.exists() else {}
    flags: dict[str, tuple[str, list[str]]] = {}
    for root in roots:
        flags.update(flags_of(root))
    audit = score(flags, judgments)
    file.write_text(json.dumps(judgments, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("\n".join(audit.summary()))
    for line in audit.unjudged + audit.dropped:
        print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
