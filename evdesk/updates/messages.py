"""Messages leave this package as an English template with parameters; each edge translates and fills
them (`Formatter.fill(template, params, "updates")`), as the rules' explanations do."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a text for translation without importing Qt; the edge translates it."""
    return text


@dataclass(frozen=True)
class Message:
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        """The untranslated text, with dates as YYYY-MM-DD (logs, exceptions)."""
        values = {name: (value.isoformat() if isinstance(value, dt.date) else value)
                  for name, value in self.params.items()}
        return self.template.format_map(values)

    def __str__(self) -> str:
        return self.english()


class UpdateRefused(Exception):
    """A policy update, install or import that did not happen; the policy in use stays. `code` names the
    reason for callers that act on it (the window says "offline" differently from a refusal)."""

    def __init__(self, code: str, message: Message):
        self.code = code
        self.message = message
        super().__init__(message.english())
