"""`make bench`: the engine's and the window's speed, printed (never asserted in tests)."""

from __future__ import annotations

import os
import sys

from bench import batch, cli, engine, records, window


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    count = int(os.environ.get("EVDESK_BENCH_COUNT", "100000"))
    print(engine.report(engine.run(count)), flush=True)
    print(cli.report(cli.run()), flush=True)
    paint = window.first_paint()
    print(f"window: first paint {paint['evdesk_s'] * 1000:.0f} ms; a bare PySide6 window "
          f"{paint['bare_s'] * 1000:.0f} ms; ratio {paint['ratio']:.2f} (aim: at most 1.5)", flush=True)
    print(f"window: launch to usable (form built, first answer shown) {paint['usable_s'] * 1000:.0f} ms; "
          f"ratio to the bare window {paint['usable_ratio']:.2f} (aim: at most 4)", flush=True)
    latency = window.field_to_result()
    print(f"window: changed field to updated result: median {latency['median_ms']:.2f} ms, "
          f"p95 {latency['p95_ms']:.2f} ms, max {latency['max_ms']:.2f} ms (aim: within 16 ms)", flush=True)
    print(batch.report(), flush=True)
    for line in records.run():
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
