"""The `evdesk` command line: one module per command group (`check`, `policy`, `deals`), each registering its
subcommands here.

Exit codes: 0 for any answer (an ineligible vehicle is an answer), 2 for bad input, with one line on
stderr naming the field; never a traceback.
"""

from __future__ import annotations

import codecs
import io
import os
import sys

from evdesk import __version__
from evdesk.cli import batch, check, deals, policy
from evdesk.cli.common import InputError, Parser
from evdesk.problems import escape_unprintable

COMMAND_GROUPS = (check, policy, deals, batch)


def build_parser() -> Parser:
    parser = Parser(prog="evdesk", description="What a Canadian EV sale is worth: rebate, tariff, quota.")
    parser.add_argument("--version", action="version", version=f"evdesk {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def _utf8_stdout() -> None:
    """The answers hold ✓, ≤ and French accents, and JSON is UTF-8: a stream in another encoding (a Windows
    pipe or file is cp1252) would end the answer in a UnicodeEncodeError."""
    stream = sys.stdout
    try:
        utf8 = codecs.lookup(getattr(stream, "encoding", None) or "ascii").name == "utf-8"
    except LookupError:
        utf8 = False
    if not utf8 and isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8")


def run_cli(argv: list[str]) -> int:
    _utf8_stdout()
    try:
        args = build_parser().parse_args(argv)
        return args.handler(args)
    except InputError as error:
        # The one way out for bad input, argparse's own messages included: one line, every character
        # printable (a typed newline or an undecodable byte is shown escaped).
        print(f"evdesk: {escape_unprintable(str(error))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `evdesk check … | head`: the reader left; that is not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (silences the flush at exit)
        return 0
