"""What every `evdesk` command shares: one-line input errors, strict argument types, the policy loader."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from evdesk.policy import Policy
    from evdesk.updates.in_use import PolicyInUse


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


def load_policy_in_use(path: Path | None, option: str = "--policy", version: str | None = None) -> PolicyInUse:
    """The policy a command answers under: a file given with `--policy` (unsigned), a kept one by
    `--policy-version`, else the policy in use (the newest accepted: signed, bundled or imported)."""
    from evdesk.policy import PolicyError
    from evdesk.updates.in_use import kept_policy, loaded_file, policy_in_use
    from evdesk.updates.store import AmbiguousPolicy

    if path is not None and version is not None:
        raise InputError(f"{option} and --policy-version: give one of them")
    try:
        if path is not None:
            return loaded_file(path)
        if version is not None:
            return kept_policy(version)
        return policy_in_use()
    except PolicyError as error:
        raise InputError(f"{option if path is not None else '--policy-version'}: {error.problems[0]}") from None
    except AmbiguousPolicy as error:
        raise InputError(f"--policy-version: {version} names several kept policies ({error}): give the start of "
                         "its sha256 instead") from None
    except LookupError:
        raise InputError(f"--policy-version: no policy {version} is kept on this machine (see `evdesk policy "
                         "history`)") from None


def load_policy_option(path: Path | None, option: str = "--policy", version: str | None = None) -> Policy:
    return load_policy_in_use(path, option, version).policy
