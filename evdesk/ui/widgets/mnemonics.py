"""Alt+letter mnemonics for the form's labels, in whatever language the labels are in.

Some labels are the rules' own terms ("Vehicle price after discounts"), translated elsewhere, so the
letters are chosen here rather than by the translator: in order of importance, the first free letter
that starts a word, else any free letter. Letters the menu bar uses are left to it (an Alt+F shared
with File would open neither). There are more fields than letters, so the last few get none: that is
better than two fields on one key.
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
    """Each text with an "&" before a letter no earlier text (nor `reserved`) took; unchanged when no
    letter is left. Texts are plain (no "&" of their own)."""
    used = {letter.casefold() for letter in reserved}
    marked = []
    for text in texts:
        word_starts = [i for i, ch in enumerate(text) if _usable(ch) and (i == 0 or not text[i - 1].isalnum())]
        others = [i for i, ch in enumerate(text) if _usable(ch) and i not in word_starts]
        choice = next((i for i in word_starts + others if text[i].casefold() not in used), None)
        escaped = text.replace("&", "&&")
        if choice is None:
            marked.append(escaped)
            continue
        used.add(text[choice].casefold())
        position = choice + text[:choice].count("&")  # each "&" before it became "&&"
        marked.append(escaped[:position] + "&" + escaped[position:])
    return marked
