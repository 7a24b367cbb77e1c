"""Every answer reads as it did before the engine was made faster: the complete JSON, the plain text and the
result view's rich text, in English and French, for a few thousand generated requests; refused input gives
the same problems. The baseline was recorded from the code before any speed-up (tests/rules/golden_cases.py
says how, and how to look at one case).

When an answer is meant to change (a merge that rewords or fills something on purpose), re-record the
digests on that code, before any speed-up is applied, with one command from the top of the worktree:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.rules.golden_cases record

It keeps the stored requests (`--new-cases` draws them again) and rewrites the digests in
tests/rules/golden/; commit them on their own, apart from any speed-up."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from evdesk.policy import Policy
from tests.rules.golden_cases import JUDGED_ON, digests, judged_on, load_baseline, load_cases


@pytest.fixture(scope="module")
def cases() -> list[dict[str, Any]]:
    return load_cases()


@pytest.fixture
def french(qapp: Any) -> Iterator[Any]:
    from evdesk.ui.i18n import use_language

    @contextlib.contextmanager
    def in_french() -> Iterator[None]:
        assert use_language("fr"), "the French catalogue did not load: run `make i18n`"
        try:
            yield
        finally:
            use_language("en")

    yield in_french
    use_language("en")


def test_every_answer_reads_as_recorded(policy: Policy, cases: list[dict[str, Any]], french: Any) -> None:
    baseline = load_baseline()
    assert len(baseline) == len(cases)
    differing = []
    with judged_on(JUDGED_ON):
        found_all = digests(cases, policy, french)
    for index, (case, expected, found) in enumerate(zip(cases, baseline, found_all, strict=True)):
        if found != expected:
            changed = sorted(name for name in expected.keys() | found.keys() if found.get(name) != expected.get(name))
            differing.append(f"case {index} ({case['kind']}): {', '.join(changed)}")
    assert not differing, (
        f"{len(differing)} of {len(cases)} cases read differently "
        f"(`{sys.executable} -m tests.rules.golden_cases show N` prints one):\n" + "\n".join(differing[:30]))


def test_the_golden_set_reaches_the_answers_that_matter(policy: Policy, cases: list[dict[str, Any]]) -> None:
    """A golden set that only met refused deals would hold however the rebate changed."""
    from pydantic import ValidationError

    from evdesk.rules import SaleRequest, evaluate

    seen: Counter[str] = Counter()
    for case in cases:
        try:
            request = SaleRequest.model_validate(case["fields"])
        except ValidationError:
            seen["refused input"] += 1
            continue
        evaluation = evaluate(request, policy)
        seen[{True: "eligible", False: "not eligible", None: "not known"}[evaluation.rebate.eligible]] += 1
        seen["lease"] += request.is_lease
        seen["lease with a share"] += bool(evaluation.rebate.lease_share and evaluation.rebate.lease_share < 100)
        seen["assembled in China"] += evaluation.request.assembly == "CN" or any(
            c.rule == "quota.powertrain" for c in evaluation.explanation)
        seen["free trade partner"] += evaluation.tariff.treatment == "fta_preferential"
        seen["China surtax"] += evaluation.tariff.treatment == "mfn_plus_surtax"
        seen["a province's program"] += len(evaluation.programs) > 1
        seen["a provincial amount"] += any(p.amount for p in evaluation.programs[1:])
        seen["a VIN"] += request.vin is not None
        seen["a listed trim"] += any(c.rule == "vehicle.listed" and c.outcome.value == "pass"
                                     for c in evaluation.explanation)
        seen["over the cap"] += evaluation.rebate.over_cap_by is not None
    assert len(cases) >= 3000
    for kind in ("eligible", "not eligible", "not known"):
        assert seen[kind] >= 300, (kind, seen)
    for kind in ("lease", "lease with a share", "assembled in China", "free trade partner", "China surtax",
                 "a province's program", "a provincial amount", "a VIN", "a listed trim", "over the cap"):
        assert seen[kind] >= 50, (kind, seen)
    assert seen["refused input"] >= 60, seen
