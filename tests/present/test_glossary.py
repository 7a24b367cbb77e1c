"""The glossary finds its words as whole words, in the text's own language, and glosses each once."""

from __future__ import annotations

import pytest

from evdesk.present.glossary import ENTRIES, explained, found_in, glossed_html


@pytest.mark.parametrize(("text", "keys"), [
    ("Freight and PDI", ["pdi"]),
    ("(PDI)", ["pdi"]),
    ("PDIX or XPDI", []),  # a whole word only
    ("pdi", []),  # an acronym as written
    ("The Final Transaction Value is $46,200.00", ["ftv"]),  # a phrase in any case
    ("EVAP rebate: MFN 6.1% unless CUSMA origin is met; FOB under $35,000", ["evap", "mfn", "cusma", "fob"]),
    ("Battery-electric vehicle (BEV)", ["bev"]),
    ("$5,000.00, Eligible", []),
])
def test_words_are_found_as_whole_words(text: str, keys: list[str]) -> None:
    assert [entry.key for entry in found_in(text)] == keys


def test_nothing_to_explain_is_an_empty_tooltip() -> None:
    assert explained("$5,000.00, Eligible") == ""
    assert explained("PDI").startswith("PDI: Pre-delivery inspection")


def test_glossed_html_escapes_and_marks_each_word() -> None:
    html = glossed_html("Freight & PDI <excluded>")
    assert html.startswith("Freight &amp; <span title=\"Pre-delivery inspection")
    assert html.endswith(">PDI</span> &lt;excluded&gt;")
    assert glossed_html("no words here") == "no words here"


def test_every_entry_has_a_word_and_a_meaning() -> None:
    assert len({entry.key for entry in ENTRIES}) == len(ENTRIES)
    assert all(entry.word and len(entry.meaning) > 40 for entry in ENTRIES)
