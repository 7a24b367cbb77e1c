"""The engine's speed: one `evaluate` with validation (median), and throughput over varied requests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import statistics
import time
from typing import Any

from evdesk.policy import bundled_policy
from evdesk.rules import SaleRequest, evaluate

COUNTRIES = ["CA", "US", "MX", "CN", "DE", "JP", "KR", "GB", "IN", None]
POWERTRAINS = ["BEV", "FCEV", "PHEV", "HEV", "ICE", None]
# Québec most often (the province with the most EV sales), then the other kinds of answer.
PROVINCES = ["QC", "QC", "QC", "QC", "MB", "NL", "PE", "ON", "NS", "SK", "BC", "NB", "YT", "NU"]


def with_province(fields: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same request with a province of registration and what its programs test."""
    price = int(fields["vehicle_price"].split(".")[0])
    return {**fields, "province": rng.choice(PROVINCES),
            "msrp": str(price + rng.choice([0, 1000, 3000])), "msrp_options": rng.choice([None, "0", "2500"]),
            "battery_kwh": rng.choice([None, "7.9", "13.8", "17.8", "82"]),
            "registration_date": rng.choice([None, fields["claim_date"]])}


def varied_requests(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    """Raw field dicts, as the window or the CLI hands them over (so validation is part of the timing)."""
    rng = random.Random(seed)
    start = dt.date(2025, 6, 1)
    requests = []
    for _ in range(count):
        sale = start + dt.timedelta(days=rng.randrange(0, 6 * 365))
        requests.append({
            "powertrain": rng.choice(POWERTRAINS),
            "assembly": rng.choice(COUNTRIES),
            "origin": rng.choice(COUNTRIES),
            "vehicle_price": f"{rng.randrange(25_000, 80_000)}.{rng.randrange(100):02d}",
            "options": str(rng.choice([0, 500, 1500])),
            "dealer_fees": str(rng.choice([0, 499, 899])),
            "freight_pdi": str(rng.choice([0, 1800, 2400])),
            "sale_date": sale.isoformat(),
            "claim_date": (sale + dt.timedelta(days=rng.choice([0, 0, 3, 40]))).isoformat(),
            "lease_months": rng.choice([None, None, 24, 36, 39, 48, 60]),
            "condition": rng.choice(["new", "new", "new", "demonstrator", "used"]),
            "odometer_km": rng.choice([0, 5000, 12000]),
            "buyer": rng.choice(["individual", "individual", "organization", "carsharing"]),
            "prior_incentives": rng.choice([0, 0, 1, 9]),
            "quota_position": rng.choice(["within", "over", "unknown"]),
            "fta_origin_met": rng.choice(["yes", "yes", "no", "unknown"]),
        })
    return requests


def _median_us(policy: object, sample: list[dict[str, Any]]) -> float:
    timings = []
    for fields in sample:
        began = time.perf_counter_ns()
        evaluate(SaleRequest.model_validate(fields), policy)
        timings.append(time.perf_counter_ns() - began)
    return statistics.median(timings) / 1000


def run(throughput_count: int = 100_000, rounds: int = 5) -> dict[str, float]:
    policy = bundled_policy()
    sample = varied_requests(2_000)
    rng = random.Random(10)
    provincial = [with_province(fields, rng) for fields in sample]
    for fields in sample[:200] + provincial[:200]:  # warm caches (pycountry's code list, pydantic's validators)
        evaluate(SaleRequest.model_validate(fields), policy)

    # The same requests without and with a province, in alternating rounds, so both see the same machine.
    without, with_one = [], []
    for _ in range(rounds):
        without.append(_median_us(policy, sample))
        with_one.append(_median_us(policy, provincial))
    median_us = statistics.median(without)
    province_us = statistics.median(with_one)

    timings = []
    for fields in sample:
        began = time.perf_counter_ns()
        evaluate(SaleRequest.model_validate(fields), policy)
        timings.append(time.perf_counter_ns() - began)
    p95_us = statistics.quantiles(timings, n=20)[-1] / 1000

    # Evaluations share the steps that depend on a few fields (`Trace.shared`), and the rounds above answer
    # the same requests again. Here each request is answered once, by a copy of the policy that has answered
    # nothing yet: only what the requests before it in the same pass share, as at a counter's first deals.
    first_sight = [_median_us(dataclasses.replace(policy), varied_requests(2_000, seed=100 + n)) for n in range(rounds)]

    many = varied_requests(throughput_count, seed=7)
    began = time.perf_counter()
    for fields in many:
        evaluate(SaleRequest.model_validate(fields), policy)
    elapsed = time.perf_counter() - began
    return {"median_us": median_us, "p95_us": p95_us, "per_second": throughput_count / elapsed,
            "count": throughput_count, "seconds": elapsed, "province_median_us": province_us,
            "province_ratio": province_us / median_us, "first_sight_us": statistics.median(first_sight)}


def report(figures: dict[str, float]) -> str:
    return (f"engine: one evaluate (validation included): median {figures['median_us']:.1f} µs, "
            f"p95 {figures['p95_us']:.1f} µs; each request seen once, by a policy that has answered none before "
            f"them, {figures['first_sight_us']:.1f} µs\n"
            f"engine: with a province of registration: median {figures['province_median_us']:.1f} µs, "
            f"{figures['province_ratio']:.2f}× the same requests without one\n"
            f"engine: {figures['count']:,} varied requests in {figures['seconds']:.2f} s = "
            f"{figures['per_second']:,.0f} evaluations/s (one core)")
