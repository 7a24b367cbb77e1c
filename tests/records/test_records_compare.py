"""Two answers compared rule by rule: nothing when they agree, each rule whose outcome or text changed,
the rules that appeared or went, and the headline figures."""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from records_helpers import answer_of, sale

from evdesk.policy import Policy, load_policy
from evdesk.records.compare import compare_answers, reproduces


def test_the_same_answer_has_no_changes(policy: Policy) -> None:
    answer = answer_of(sale(), policy)
    assert compare_answers(answer, copy.deepcopy(answer)).same


def test_a_changed_rule_is_named_with_both_outcomes_and_texts(policy: Policy) -> None:
    then = answer_of(sale(vehicle_price="45000"), policy)
    now = answer_of(sale(vehicle_price="51000"), policy)
    comparison = compare_answers(then, now)
    cap = next(change for change in comparison.rules if change.rule == "evap.price_cap")
    assert (cap.kind, cap.then_outcome, cap.now_outcome) == ("changed", "pass", "fail")
    assert "$45,000.00" in (cap.then_text or "") and "$51,000.00" in (cap.now_text or "")
    figures = {(f.section, f.key): (f.then, f.now) for f in comparison.figures}
    assert figures[("rebate", "eligible")] == (True, False)
    assert figures[("rebate", "amount")] == ("5000.00", "0.00")
    assert ("tariff", "rate_percent") not in figures


def test_rules_that_appear_or_go_are_listed(policy: Policy) -> None:
    then = answer_of(sale(), policy)
    now = copy.deepcopy(then)
    removed = now["explanation"].pop(0)
    now["explanation"].append({"rule": "evap.new_rule", "question": "rebate", "outcome": "fail", "text": "New."})
    kinds = {(c.rule, c.kind) for c in compare_answers(then, now).rules}
    assert kinds == {(removed["rule"], "removed"), ("evap.new_rule", "added")}


def test_a_repeated_rule_is_matched_by_its_place() -> None:
    then = {"explanation": [{"rule": "x", "outcome": "pass", "text": "a"}, {"rule": "x", "outcome": "pass",
                                                                           "text": "b"}]}
    now = {"explanation": [{"rule": "x", "outcome": "pass", "text": "a"}, {"rule": "x", "outcome": "fail",
                                                                          "text": "b"}]}
    (change,) = compare_answers(then, now).rules
    assert (change.then_outcome, change.now_outcome, change.then_text) == ("pass", "fail", "b")


def test_todays_policy_with_another_cap_changes_only_what_it_touches(policy: Policy, tmp_path: Any) -> None:
    """A real policy edit: a new policy file with a lower cap answers the saved request differently."""
    import shutil

    text = policy.path.read_text()
    lowered, count = re.subn(r'(\[\[evap\.ftv_cap\.values\]\][^\[]*?value = )"50000\.00"', r'\g<1>"40000.00"', text,
                             count=1)
    assert count == 1, "the policy file's cap is written differently than this test expects"
    (tmp_path / "policy.toml").write_text(lowered)
    shutil.copyfile(policy.path.parent / policy.data.vehicle_list.file, tmp_path / policy.data.vehicle_list.file)
    today = load_policy(tmp_path / "policy.toml")
    request = sale(vehicle_price="45000", sale_date=dt.date(2026, 5, 1))
    comparison = compare_answers(answer_of(request, policy), answer_of(request, today))
    assert {c.rule for c in comparison.rules} >= {"evap.price_cap"}
    assert all(c.rule.startswith(("evap.", "vehicle.")) for c in comparison.rules)


def test_reproduction_ignores_only_the_evdesk_version(policy: Policy) -> None:
    answer = answer_of(sale(), policy)
    other = {**copy.deepcopy(answer), "engine_version": "9.9.9"}
    assert reproduces(answer, other)
    other["explanation"][0]["text"] += "!"
    assert not reproduces(answer, other)


def test_answers_in_two_languages_are_compared_by_outcome_and_values(policy: Policy, qapp: Any) -> None:
    """A deal saved from a French window reads in French: against an English answer every text differs,
    yet nothing changed; the values the texts are made of tell the truth."""
    from evdesk.present.format import Formatter
    from evdesk.present.report import to_json
    from evdesk.rules import evaluate
    from evdesk.ui.i18n import use_language

    request = sale()
    english = to_json(evaluate(request, policy), Formatter("en"))
    use_language("fr")
    try:
        french = to_json(evaluate(request, policy), Formatter("fr"))
        lower = to_json(evaluate(sale(vehicle_price="51000"), policy), Formatter("fr"))
    finally:
        use_language("en")
    assert english["explanation"][0]["text"] != french["explanation"][0]["text"]
    assert not compare_answers(english, french).same  # texts compared: all differ
    assert compare_answers(english, french, texts=False).same
    assert reproduces(english, french, texts=False) and not reproduces(english, french)
    changed = {c.rule for c in compare_answers(english, lower, texts=False).rules}
    assert "evap.price_cap" in changed and "evap.program_dates" not in changed
