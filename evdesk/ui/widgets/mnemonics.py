"""Alt+letter mnemonics for the form's labels, in whatever language the labels are in.

Some labels are the rules' own terms ("Vehicle price after discounts"), translated elsewhere, so the
letters are chosen here rather than by the translator: in order of importance, the first free letter
that starts a word, else any free letter, moving an earlier label to another of its letters when that
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
    left. Texts are plain (no "&" of their own). In order of importance, each text takes the first free letter
    that starts one of its words, else any free letter of it; when all of its letters are taken, an earlier
    text moves to another of its own letters if that frees one (a maximum matching: as many texts as the
    alphabet allows get a letter, and every text that had one keeps one)."""
    texts = list(texts)
    taken = {letter.casefold() for letter in reserved}
    choices = []
    for text in texts:
        starts = [i for i, ch in enumerate(text) if _usable(ch) and (i == 0 or not text[i - 1].isalnum())]
        others = [i for i, ch in enumerate(text) if _usable(ch) and i not in starts]
        choices.append(list(dict.fromkeys(text[i].casefold() for i in starts + others)))
    owner: dict[str, int] = {}  # letter → the text that has it

    def place(index: int, seen: set[str]) -> bool:
        for letter in choices[index]:
            if letter in taken or letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], seen):
                owner[letter] = index
                return True
        return False

    for index in range(len(texts)):
        place(index, set())
    letter_of = {index: letter for letter, index in owner.items()}
    marked = []
    for index, text in enumerate(texts):
        escaped = text.replace("&", "&&")
        letter = letter_of.get(index)
        if letter is None:
            marked.append(escaped)
            continue
        starts = [i for i, ch in enumerate(text) if ch.casefold() == letter and (i == 0 or not text[i - 1].isalnum())]
        choice = starts[0] if starts else next(i for i, ch in enumerate(text) if ch.casefold() == letter)
        position = choice + text[:choice].count("&")  # each "&" before it became "&&"
        marked.append(escaped[:position] + "&" + escaped[position:])
    return marked
