"""Fuzz target: the request model takes any dict of any values and either builds a request or refuses
it with pydantic's ValidationError, whose problems the edges word; nothing else escapes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from evdesk.rules.request import SaleRequest, field_problems
from tests.fuzz.conftest import run_for
from tests.fuzz.strategies import nasty_text, values

FIELDS = sorted(SaleRequest.model_fields)


@pytest.mark.fuzz
def test_the_request_model_accepts_or_refuses_and_never_crashes() -> None:
    @settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.dictionaries(st.one_of(st.sampled_from(FIELDS), nasty_text), values, max_size=8))
    def one(data: dict[object, object]) -> None:
        try:
            SaleRequest.model_validate(data)
        except ValidationError as error:
            for field, problem in field_problems(error).items():
                assert isinstance(field, str) and str(problem).isprintable()

    run_for("request", one)
