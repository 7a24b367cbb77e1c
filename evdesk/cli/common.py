"""What every `evdesk` command shares: one-line input errors, strict argument types, the policy loader."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from evdesk.policy import Policy


class InputError(Exception):
    """Bad input: `str(error)` is the one line shown."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, not argparse's usage block
        raise InputError(message)


def date_argument(text: str) -> dt.date:
    # fromisoformat alone also takes 20260302 and 2026-W10-1; the help promises YYYY-MM-DD.
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
            raise ValueError
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a real date in the form YYYY-MM-DD") from None


def whole_number(text: str) -> int:
    if not re.fullmatch(r"-?[0-9]+", text.strip()):  # int() also takes '٣٩' and '1_000'
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number")
    return int(text)


def load_policy_option(path: Path | None, option: str = "--policy") -> Policy:
    from evdesk.policy import PolicyError, bundled_policy, load_policy

    if path is None:
        return bundled_policy()
    try:
        return load_policy(path)
    except PolicyError as error:
        raise InputError(f"{option}: {error.problems[0]}") from None
