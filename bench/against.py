"""The engine's speed against an earlier commit, measured in the same run: `python -m bench.against REV`.

The commit's tree is exported to a temporary folder and each tree times `evaluate` in its own process, in
alternating rounds (baseline, this tree, this tree with a province), so a busy machine slows all three
alike. Each round is the median over the same 2,000 varied requests; the figures are the median of the
rounds, with each ratio to the baseline.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run inside each tree: its own evdesk and its own bench.engine, the same seeds for the requests.
_ROUND = """
import random, statistics, sys, time
from bench.engine import varied_requests
from evdesk.policy import bundled_policy
from evdesk.rules import SaleRequest, evaluate
provincial = sys.argv[1] == "province"
policy = bundled_policy()
sample = varied_requests(2000)
if provincial:
    from bench.engine import with_province
    rng = random.Random(10)
    sample = [with_province(fields, rng) for fields in sample]
for fields in sample[:300]:
    evaluate(SaleRequest.model_validate(fields), policy)
medians = []
for _ in range(3):
    timings = []
    for fields in sample:
        began = time.perf_counter_ns()
        evaluate(SaleRequest.model_validate(fields), policy)
        timings.append(time.perf_counter_ns() - began)
    medians.append(statistics.median(timings) / 1000)
print(statistics.median(medians))
"""


def _export(revision: str, into: Path) -> Path:
    archive = into / "tree.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", "-o", str(archive), revision], check=True)
    tree = into / "tree"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


def _round(tree: Path, kind: str) -> float:
    done = subprocess.run([sys.executable, "-c", _ROUND, kind], cwd=tree, capture_output=True, text=True,
                          check=True, env={"PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    return float(done.stdout.strip())


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print("usage: python -m bench.against REVISION [ROUNDS]", file=sys.stderr)
        return 2
    revision, rounds = argv[0], int(argv[1]) if len(argv) == 2 else 7
    with tempfile.TemporaryDirectory() as folder:
        baseline_tree = _export(revision, Path(folder))
        figures: dict[str, list[float]] = {"baseline": [], "none": [], "province": []}
        for _ in range(rounds):
            figures["baseline"].append(_round(baseline_tree, "none"))
            figures["none"].append(_round(ROOT, "none"))
            figures["province"].append(_round(ROOT, "province"))
    baseline = statistics.median(figures["baseline"])
    none = statistics.median(figures["none"])
    province = statistics.median(figures["province"])
    print(f"engine against {revision}: {rounds} alternating rounds, median of each round's median over 2,000 "
          f"varied requests")
    print(f"  {revision}: {baseline:.1f} µs")
    print(f"  this tree, no province: {none:.1f} µs ({none / baseline:.3f}× {revision}; aim: at most 1.10)")
    print(f"  this tree, with a province: {province:.1f} µs ({province / baseline:.3f}× {revision}; aim: at most "
          f"1.50)")
    print("  rounds (baseline / none / province): " + "; ".join(
        f"{b:.0f}/{n:.0f}/{p:.0f}" for b, n, p in zip(*figures.values(), strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
