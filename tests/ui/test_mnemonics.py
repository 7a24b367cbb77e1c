"""Choosing Alt+letters (evdesk.ui.widgets.mnemonics): as many labels as the alphabet allows get one, never two
on one key, and the important labels (first) keep a letter starting one of their words."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evdesk.ui.widgets.mnemonics import mnemonic_of, strip_mnemonic, with_mnemonics


@pytest.mark.parametrize(("texts", "reserved", "expected"), [
    (["Make", "Model"], "", ["&Make", "M&odel"]),  # Model finds a letter of its own; Make keeps its M
    (["Make", "Mm"], "", ["M&ake", "&Mm"]),  # Mm has only M: Make moves inside its word so both get one
    (["File name"], "f", ["File &name"]),  # the menu's letter is left to it
    (["A", "A"], "", ["&A", "A"]),  # no second A: the later one goes without
    (["Q&A"], "", ["&Q&&A"]),  # a text's own "&" is escaped
    (["Date", "Deal type"], "", ["&Date", "Deal &type"]),
])
def test_letters(texts: list[str], reserved: str, expected: list[str]) -> None:
    assert with_mnemonics(texts, reserved) == expected


def _matching_size(texts: list[str], reserved: set[str]) -> int:
    """The largest number of texts that can have distinct letters (brute augmenting paths)."""
    owner: dict[str, int] = {}

    def place(index: int, seen: set[str]) -> bool:
        for letter in {ch.casefold() for ch in texts[index] if ch.isascii() and ch.isalnum()} - reserved:
            if letter not in seen:
                seen.add(letter)
                if letter not in owner or place(owner[letter], seen):
                    owner[letter] = index
                    return True
        return False

    return sum(place(index, set()) for index in range(len(texts)))


words = st.text(alphabet=string.ascii_lowercase[:8] + " ", min_size=1, max_size=8)


@given(st.lists(words, max_size=12), st.sets(st.sampled_from(string.ascii_lowercase[:8]), max_size=3))
def test_a_maximum_matching_with_distinct_letters(texts: list[str], reserved: set[str]) -> None:
    marked = with_mnemonics(texts, reserved)
    assert [strip_mnemonic(text) for text in marked] == texts
    letters = [mnemonic_of(text) for text in marked if mnemonic_of(text)]
    assert len(letters) == len(set(letters)) and not set(letters) & reserved
    assert len(letters) == _matching_size(texts, reserved)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_two_items_of_a_menu_share_a_letter(window, language: str) -> None:
    """Alt+F, I only highlighted one of "Check inventory…" and "Install policy update…" (and, in French, "Imprimer
    le relevé…"): a letter opens an item only when it is the menu's only one."""
    window.set_language(language)
    try:
        for menu in (window.file_menu, window.edit_menu, window.view_menu, window.language_menu, window.help_menu):
            letters = [mnemonic_of(action.text()) for action in menu.actions() if not action.isSeparator()]
            taken = [letter.casefold() for letter in letters if letter]
            assert len(taken) == len(set(taken)), (menu.title(), [a.text() for a in menu.actions()])
    finally:
        window.set_language("en")
