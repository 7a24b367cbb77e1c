"""Generators shared by the fuzz targets: any text a user or a file can hand evdesk."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

# Text as it really arrives: printable words, digits with separators, newlines and control characters,
# lone surrogates (Python's stand-in for undecodable bytes), and bytes decoded with surrogateescape as
# the CLI's argv is on POSIX.
nasty_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec=None, categories=None), max_size=20),
    st.binary(max_size=30).map(lambda raw: raw.decode("utf-8", "surrogateescape")),
    st.sampled_from(["", " ", "\n", "9\nY", "\x00", "\udbcb", "\ufeff", "1e9999", "NaN", "-0", "1_000",
                     "٣٩", "45000.001", "2026-02-30", "99999999999999999999", "CN", "cn", "BEV", "bev"]),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers().map(str),
)

values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), nasty_text,
              st.decimals(allow_nan=True, allow_infinity=True), st.dates(), st.datetimes(),
              st.binary(max_size=10)),
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(nasty_text, children, max_size=3)),
    max_leaves=8,
)

__all__ = ["Decimal", "dt", "nasty_text", "values"]
