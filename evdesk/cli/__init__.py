"""The `evdesk` command line: one module per command group (`check`, `policy`, `deals`), each registering its
subcommands here.

Exit codes: 0 for any answer (an ineligible vehicle is an answer), 2 for bad input, with one line on
stderr naming the field; never a traceback.
"""

from __future__ import annotations

import os
import sys

from evdesk import __version__
from evdesk.cli import check, deals, policy
from evdesk.cli.common import InputError, Parser

COMMAND_GROUPS = (check, policy, deals)


def build_parser() -> Parser:
    parser = Parser(prog="evdesk", description="What a Canadian EV sale is worth: rebate, tariff, quota.")
    parser.add_argument("--version", action="version", version=f"evdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def run_cli(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        return args.handler(args)
    except InputError as error:
        print(f"evdesk: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `evdesk check … | head`: the reader left; that is not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (silences the flush at exit)
        return 0
