"""Alt+letter mnemonics for the form's labels, in whatever language the labels are in.

Some labels are the rules' own terms ("Vehicle price after discounts"), translated elsewhere, so the
letters are chosen here rather than by the translator: in order of importance, a free letter that
starts a word, else any free letter, moving an earlier label to another of its letters when that
lets a later one have one. Letters the menu bar uses are left to it (an Alt+F shared with File would
open neither). There are more fields than letters, so the last few get none: that is better than two
fields on one key.
"""

from __future__ import annotations

from collections.abc import Iterable


def strip_mnemonic(text: str) -> str:
    """The text as read aloud or named in a message: "&Make" → "Make", "Q&&A" → "Q&A"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic_of(text: str) -> str | None:
    """The (lower-case) letter after a single "&", if any."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].casefold()


def _usable(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()  # an accented letter is not on every keyboard


def with_mnemonics(texts: Iterable[str], reserved: Iterable[str] = ()) -> list[str]:
    """Each text with an "&" before a letter no other text (nor `reserved`) has; unchanged when no letter is
    left. Texts are plain (no "&" of their own).

    A maximum matching of texts to letters (as many texts as the alphabet allows get one), built so that the
    important texts, earlier in the list, keep a letter starting one of their words where they can: a later
    text never takes an earlier one's word start if a letter inside its own words is free."""
    texts = list(texts)
    taken = {letter.casefold() for letter in reserved}
    starts: list[list[str]] = []
    others: list[list[str]] = []
    for text in texts:
        first = [ch.casefold() for i, ch in enumerate(text) if _usable(ch) and (i == 0 or not text[i - 1].isalnum())]
        starts.append(list(dict.fromkeys(first)))
        others.append([letter for letter in dict.fromkeys(ch.casefold() for ch in text if _usable(ch))
                       if letter not in first])
    owner: dict[str, int] = {}  # letter → the text that has it

    def place(index: int, letters: list[str], moves: list[list[str]], seen: set[str]) -> bool:
        """Kuhn's augmenting path: `index` takes one of `letters`, an owner moving to another of its `moves`."""
        for letter in letters:
            if letter in taken or letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], moves[owner[letter]], moves, seen):
                owner[letter] = index
                return True
        return False

    # In order of importance, each text first tries for a word start, an earlier text moving only to another
    # of its word starts; failing that, any letter of its own (those inside its words before a word start
    # someone would give up), earlier texts moving to any of theirs. An augmenting path never leaves a text
    # without its letter, and the full search for each text makes the matching maximum (Kuhn).
    anywhere = [first + rest for first, rest in zip(starts, others, strict=True)]
    for index in range(len(texts)):
        if not place(index, starts[index], starts, set()):
            place(index, others[index] + starts[index], anywhere, set())
    letter_of = {index: letter for letter, index in owner.items()}
    marked = []
    for index, text in enumerate(texts):
        escaped = text.replace("&", "&&")
        letter = letter_of.get(index)
        if letter is None:
            marked.append(escaped)
            continue
        at_start = [i for i, ch in enumerate(text) if ch.casefold() == letter and (i == 0 or not text[i - 1].isalnum())]
        choice = at_start[0] if at_start else next(i for i, ch in enumerate(text) if ch.casefold() == letter)
        position = choice + text[:choice].count("&")  # each "&" before it became "&&"
        marked.append(escaped[:position] + "&" + escaped[position:])
    return marked
