"""`evdesk check … --json` wall time, process start included, against `python -c pass` in the same run.

Runs alternate (pass, check, pass, check…) so a busy moment hurts both alike; the figure is the median. The
first run, in a data folder of its own as after an installation, is reported apart."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

CHECK = [sys.executable, "-m", "evdesk", "check", "--powertrain", "bev", "--price", "45000", "--assembly", "US",
         "--date", "2026-05-01", "--json"]


def _wall(command: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
    return time.perf_counter() - began


def run(runs: int = 15) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="evdesk-bench-cli-") as folder:
        env = {**os.environ, "EVDESK_DATA_DIR": folder}
        first = _wall(CHECK, env)  # a first start: nothing written in the data folder yet
        passes, checks = [], []
        for _ in range(runs):
            passes.append(_wall([sys.executable, "-c", "pass"], env))
            checks.append(_wall(CHECK, env))
    check, bare = statistics.median(checks), statistics.median(passes)
    return {"check_s": check, "pass_s": bare, "first_s": first, "min_s": min(checks), "ratio": check / bare}


def report(figures: dict[str, float]) -> str:
    return (f"cli: evdesk check … --json: median {figures['check_s']:.3f} s wall (min {figures['min_s']:.3f}), "
            f"process start included (aim: at most 0.15 s); python -c pass {figures['pass_s'] * 1000:.0f} ms "
            f"(ratio {figures['ratio']:.1f}); the first run "
            f"{figures['first_s']:.3f} s")
