"""The words a consumer may not know, in plain words: what EVAP, MFN, FOB, PDI, BEV, CUSMA and the final
transaction value mean (French: NPF, FAB, VEB, ACEUM, « valeur finale de la transaction »). Shown where the
words appear (a tooltip on the word, a short line under a consumer's answer) and in Help → What these words
mean. Each entry's word is a translatable text: the French catalogue gives the French acronym, and a text
is searched for the word of its own language.

The meanings hold no policy numbers (those are in seeds/): they say what a word is, and where the answer
shows its figure. Facts they state come from the research (shared/research/policy-facts.md §1.3–§1.7, §3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from html import escape

from evdesk.present.translation import translate
from evdesk.rules.trace import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Entry:
    key: str
    word: str  # English source text; its translation is the word as French writes it
    meaning: str

    def shown_word(self) -> str:
        return translate("Glossary", self.word)

    def shown_meaning(self) -> str:
        return translate("Glossary", self.meaning)


ENTRIES: tuple[Entry, ...] = (
    Entry("evap", QT_TRANSLATE_NOOP("Glossary", "EVAP"), QT_TRANSLATE_NOOP(
        "Glossary", "The EV Affordability Program: Transport Canada's federal incentive on a new battery-electric, "
                    "fuel-cell or plug-in hybrid vehicle bought or leased in Canada. An enrolled dealer takes it off "
                    "the price at the sale and claims it back; the buyer does not apply.")),
    Entry("ftv", QT_TRANSLATE_NOOP("Glossary", "final transaction value"), QT_TRANSLATE_NOOP(
        "Glossary", "The price the EVAP price cap is tested on, before taxes: the vehicle price after discounts, "
                    "with the other parts of the price the program counts. Each answer lists the parts it "
                    "counted and those it left out.")),
    Entry("pdi", QT_TRANSLATE_NOOP("Glossary", "PDI"), QT_TRANSLATE_NOOP(
        "Glossary", "Pre-delivery inspection: the dealer's preparation of a new vehicle before it is handed over. "
                    "Whether it counts in the final transaction value, with freight, is an assumption each answer "
                    "states, and a dealer can change.")),
    Entry("bev", QT_TRANSLATE_NOOP("Glossary", "BEV"), QT_TRANSLATE_NOOP(
        "Glossary", "Battery-electric vehicle: it runs on its battery alone, charged by plugging it in.")),
    Entry("phev", QT_TRANSLATE_NOOP("Glossary", "PHEV"), QT_TRANSLATE_NOOP(
        "Glossary", "Plug-in hybrid: a battery you charge by plugging in, and a gasoline engine. The incentive "
                    "for one is smaller than for a battery-electric vehicle.")),
    Entry("mfn", QT_TRANSLATE_NOOP("Glossary", "MFN"), QT_TRANSLATE_NOOP(
        "Glossary", "Most-favoured-nation rate: Canada's standard import duty, charged when no free trade "
                    "agreement's lower rate applies. The answer shows the rate.")),
    Entry("cusma", QT_TRANSLATE_NOOP("Glossary", "CUSMA"), QT_TRANSLATE_NOOP(
        "Glossary", "The Canada–United States–Mexico Agreement, the free trade agreement between the three "
                    "countries. A vehicle that meets its rules of origin enters Canada free of duty.")),
    Entry("fob", QT_TRANSLATE_NOOP("Glossary", "FOB"), QT_TRANSLATE_NOOP(
        "Glossary", "Free on board: the vehicle's price where it is shipped from, before freight and insurance to "
                    "Canada. Part of the China EV quota is kept for vehicles under a set FOB price.")),
)


def entries() -> list[tuple[str, str]]:
    """(word, meaning) of every entry, in the language of the moment, for the glossary dialog."""
    return [(entry.shown_word(), entry.shown_meaning()) for entry in ENTRIES]


@cache
def _pattern(word: str) -> re.Pattern[str]:
    # A whole word: "PDI" in "(PDI)", not in "PDIX"; an acronym as written, a phrase in any case.
    flags = 0 if word.isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])", flags)


def found_in(text: str) -> list[Entry]:
    """The entries whose word appears in `text`, in the glossary's order."""
    return [entry for entry in ENTRIES if _pattern(entry.shown_word()).search(text)]


def explained(text: str) -> str:
    """"EVAP: …; PDI: …": a tooltip (or a short line) for the words of `text`; empty when it has none."""
    return "\n".join(translate("Glossary", "{word}: {meaning}").format(word=entry.shown_word(),
                                                                      meaning=entry.shown_meaning())
                     for entry in found_in(text))


def glossed_html(text: str) -> str:
    """`text` escaped for rich text, each glossary word in it carrying its meaning as a tooltip (Qt shows a
    span's `title` when the pointer rests on it)."""
    spans = sorted((match.start(), match.end(), entry) for entry in ENTRIES
                   for match in _pattern(entry.shown_word()).finditer(text))
    if not spans:
        return escape(text)
    parts, last = [], 0
    for start, end, entry in spans:
        if start < last:  # inside a word already glossed
            continue
        parts.append(escape(text[last:start]))
        parts.append(f'<span title="{escape(entry.shown_meaning(), quote=True)}">{escape(text[start:end])}</span>')
        last = end
    parts.append(escape(text[last:]))
    return "".join(parts)
