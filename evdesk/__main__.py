"""`evdesk` and `python -m evdesk`: the CLI with a subcommand, the counter window without one."""

from __future__ import annotations

import os
import sys


def prepare_process() -> None:
    """What every evdesk process sets before it builds a model. evdesk uses no pydantic plugins; looking
    for them reads every installed package's metadata (about 70 ms of each start)."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl+C before a command handles it (while evdesk is still importing): no traceback
        sys.stderr.write("\nevdesk: interrupted\n")
        return 130


def _main(argv: list[str] | None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen evdesk is also what starts a spawned batch worker, and multiprocessing's resource tracker:
        # PyInstaller's freeze_support runs those (and exits) before evdesk reads its own command line.
        import multiprocessing

        multiprocessing.freeze_support()
    prepare_process()
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0].startswith("-psn_"):  # macOS Finder passes -psn_… to apps it opens
        from evdesk.app import run_window

        return run_window()
    if args[0] == "--self-check":
        from evdesk.selfcheck import run_self_check

        return run_self_check()
    from evdesk.cli import run_cli

    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
