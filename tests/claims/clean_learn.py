"""Training and honest measurement of the cleaner's line model (``claims.text.line_model``).

Labels come from the read gold of real pages (``fixtures/real/local/dev*``): a line is chrome when the gold's
``boilerplate`` lists it, related when it is one of the gold's ``cross_refs``, kept otherwise. The honest
estimate of pages nobody read is leave-one-set-out: train on every other set, measure on the held one, for
the rules alone, the model alone and the two combined (``claims.text.line_model.combine``).

    python -m tests.claims.clean_learn loso [SET_DIR …]      # the LOSO table
    python -m tests.claims.clean_learn frozen DUMP_DIR        # old rules (``rules_dump``) alone and + model
    python -m tests.claims.clean_learn train [SET_DIR …]     # fit on all sets, write the shipped weights

The rules were tuned on every read set, so their LOSO row flatters them; ``frozen`` measures the rules as
they stood before each set was read (dumped by ``tests.claims.rules_dump`` into ``DUMP_DIR/rules_<set>.json``)
alone and combined with the model trained without that set: the honest estimate for the combination.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from claims.candidates import CleanDocument, Teaser
from claims.text.clean import _own_break, assemble, clean_text
from claims.text.line_features import LineFeatures, features
from claims.text.line_model import _WEIGHTS, NAMES, LineModel, combine, vectors
from claims.text.lines import LineVerdict
from tests.claims.clean_eval import Figures, _same_headline, measure, pairs

CHROME_AT = 0.85
RELATED_AT = 0.6
L2 = 10.0

KEEP, CHROME, RELATED = 0, 1, 2


@dataclass
class Page:
    page: Path
    gold: Path
    raw: str
    lines: list[str]
    at: list[int]
    raw_lines: list[str]
    feats: list[LineFeatures]
    labels: list[int]


def load(root: Path) -> list[Page]:
    out = []
    for page, gold_path in pairs(root):
        if page.suffix != ".txt":
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = page.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        raw_lines = raw.split("\n")
        at = [i for i, line in enumerate(raw_lines) if line.strip()]
        lines = [raw_lines[i].strip() for i in at]
        chrome = {line.strip() for line in gold.get("boilerplate", []) if line.strip()}
        refs = [r for r in gold.get("cross_refs", []) if r.strip()]
        labels = [
            CHROME if line in chrome else RELATED if any(_same_headline(r, line) for r in refs) else KEEP
            for line in lines
        ]
        out.append(Page(page, gold_path, raw, lines, at, raw_lines, [features(line) for line in lines], labels))
    return out


def matrix(pages: list[Page]) -> tuple[np.ndarray, np.ndarray]:
    rows = [v for p in pages for v in vectors(p.feats)]
    return np.array(rows, dtype=float).reshape(-1, len(NAMES)), np.array([y for p in pages for y in p.labels])


def _fit_logistic(z: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Newton's method on the L2-penalised log loss (bias not penalised)."""
    x = np.hstack([np.ones((len(z), 1)), z])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -40, 40)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def fit(pages: list[Page], *, l2: float = L2, chrome_at: float = CHROME_AT, related_at: float = RELATED_AT) -> LineModel:
    x, y = matrix(pages)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    chrome = _fit_logistic(z, (y == CHROME).astype(float), l2)
    related = _fit_logistic(z, (y == RELATED).astype(float), l2)
    return LineModel(
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        chrome=tuple(float(v) for v in chrome),
        related=tuple(float(v) for v in related),
        chrome_at=chrome_at,
        related_at=related_at,
    )


def model_alone(p: Page, model: LineModel) -> CleanDocument:
    """The page cleaned by the model's labels only (no rules): the model's own figures."""
    probs = model.probabilities(p.feats)
    kept: list[int] = []
    teasers: list[Teaser] = []
    for n, (pc, pr) in enumerate(probs):
        if pc >= 0.5 and pc >= pr:
            continue
        if pr >= 0.5:
            teasers.append(Teaser(text=p.lines[n], url=None))
            continue
        kept.append(n)
    text = ""
    for a, b in zip(kept, [*kept[1:], None], strict=True):
        text += p.lines[a]
        if b is not None:
            text += _own_break(p.raw_lines[p.at[a]], p.raw_lines[p.at[b]]) if b == a + 1 and p.at[b] == p.at[a] + 1 else "\n\n"
    return CleanDocument(text=text, title=None, lang="ar", outlet=None, teasers=tuple(teasers), boilerplate=(), metadata=())


def dropped_keep(p: Page, doc: CleanDocument) -> int:
    """Lines the gold keeps (neither chrome nor related) that are missing from the text, the title aside."""
    text_lines = {line.strip() for line in doc.text.split("\n")}
    return sum(
        1 for line, y in zip(p.lines, p.labels, strict=True) if y == KEEP and line not in text_lines and line != (doc.title or "")
    )


def _row(name: str, fig: Figures, dropped: int) -> str:
    return (
        f"| {name} | {fig.chrome_left}/{fig.chrome} = {fig.chrome_left_share:.1%} | {fig.related_precision:.2f} "
        f"({fig.related_hit_pred}/{fig.related_pred}) | {fig.related_recall:.2f} ({fig.related_hit_gold}/{fig.related_gold}) "
        f"| {len(fig.body_lost)}/{fig.body_items} | {dropped} |"
    )


def loso(roots: list[Path], *, verbose: bool = False, **kw: float) -> dict[str, tuple[Figures, int]]:
    sets = {root.name: load(root) for root in roots}
    totals = {k: (Figures(), [0]) for k in ("rules", "model", "combined")}
    print("| set | system | chrome left | related P | related R | body lost | kept lines dropped |")
    for name, held in sets.items():
        train = [p for other, pages in sets.items() if other != name for p in pages]
        model = fit(train, **kw)
        for system in ("rules", "model", "combined"):
            fig, dropped = Figures(), 0
            for p in held:
                if system == "model":
                    doc = model_alone(p, model)
                else:
                    doc = clean_text(p.raw, learned=system == "combined", model=model)
                fig.add(measure(p.page, p.gold, doc))
                dropped += dropped_keep(p, doc)
            totals[system][0].add(fig)
            totals[system][1][0] += dropped
            if verbose or system != "model":
                print(_row(f"{name} {system}", fig, dropped).replace(f"| {name} {system}", f"| {name} | {system}"))
            if verbose and system == "combined":
                for item in fig.chrome_left_lines + fig.related_missed + fig.related_wrong + fig.body_lost:
                    print("    ", item)
    print()
    for system, (fig, dropped) in totals.items():
        print(_row(f"all | {system}", fig, dropped[0]))
    return {k: (f, d[0]) for k, (f, d) in totals.items()}


def frozen(dumps: Path, *, verbose: bool = False, **kw: float) -> dict[str, tuple[Figures, int]]:
    """Old rules alone against old rules + the model trained on the other sets, per dumped set."""
    root = Path("fixtures/real/local")
    sets = {d.name: load(d) for d in sorted(root.glob("dev*"))}
    totals = {k: (Figures(), [0]) for k in ("old rules", "old rules + model")}
    print("| set | system | chrome left | related P | related R | body lost | kept lines dropped |")
    for dump in sorted(dumps.glob("rules_*.json")):
        name = dump.stem.removeprefix("rules_")
        verdicts_of = json.loads(dump.read_text(encoding="utf-8"))
        model = fit([p for other, pages in sets.items() if other != name for p in pages], **kw)
        for system in totals:
            fig, dropped = Figures(), 0
            for p in sets[name]:
                old = verdicts_of[p.page.name]
                if old["lines"] != p.lines:
                    raise ValueError(f"{p.page.name}: the dump's lines are not the page's")
                verdicts = [LineVerdict(text=t, label=lab, kind=kind, teaser=teaser) for t, (lab, kind, teaser) in zip(p.lines, old["verdicts"], strict=True)]
                if system != "old rules":
                    combine(p.feats, verdicts, model, old["soft"])
                doc = assemble(p.raw_lines, p.at, verdicts)
                fig.add(measure(p.page, p.gold, doc))
                dropped += dropped_keep(p, doc)
            totals[system][0].add(fig)
            totals[system][1][0] += dropped
            print(_row(f"{name} | {system}", fig, dropped))
            if verbose and system != "old rules":
                for item in fig.chrome_left_lines + fig.related_missed + fig.related_wrong + fig.body_lost:
                    print("    ", item)
    print()
    for system, (fig, dropped) in totals.items():
        print(_row(f"all | {system}", fig, dropped[0]))
    return {k: (f, d[0]) for k, (f, d) in totals.items()}


def main(argv: list[str]) -> int:
    command, *rest = argv or ["loso"]
    verbose = "-v" in rest
    roots = [Path(a) for a in rest if a != "-v"] or sorted(Path("fixtures/real/local").glob("dev*"))
    if command == "loso":
        loso(roots, verbose=verbose)
    elif command == "frozen":
        frozen(roots[0], verbose=verbose)
    elif command == "train":
        model = fit([p for root in roots for p in load(root)])
        _WEIGHTS.parent.mkdir(exist_ok=True)
        _WEIGHTS.write_text(model.to_json(), encoding="utf-8")
        print(f"wrote {_WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
