"""Reading a policy's files before any parser sees them: bounded, regular files only, UTF-8, and a TOML
shape a parser can take without recursing or slowing to a crawl.

A policy file comes from outside (a download, an e-mail): whatever it holds, it is refused in well under
a second with one line saying why, never a traceback, a hang or gigabytes of memory. Each guard here
answers one way a hostile or broken file got through before:
- a device (`/dev/zero`) read without end, and a named pipe (FIFO) blocked the open: the file is opened
  without blocking and must be a regular file of at most `MAX_FILE_BYTES`;
- 500 nested `[` ended in RecursionError inside tomllib: nesting is limited to `MAX_NESTING`;
- a dotted key of 20,000 parts took tomllib 5 s and 2.3 GB (its key checks are quadratic in the parts):
  keys are limited to `MAX_KEY_PARTS` parts.
The limits are far above what a real policy needs (its deepest value is 7 levels down, its longest key 4
parts, the file some 30 KB).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NESTING = 32
MAX_KEY_PARTS = 32
MAX_SHOWN_CHARS = 120


class FileRefused(Exception):
    """The file cannot be used; `str(error)` is the problem, without the file's name."""


def shown(text: str, limit: int = MAX_SHOWN_CHARS) -> str:
    """`text` fit for a one-line message: what does not print (a newline, a lone surrogate, a control
    character) is written as an escape, and a long text is cut."""
    if text.isprintable() and len(text) <= limit:
        return text
    escaped = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text[:limit])
    return escaped + ("…" if len(text) > limit else "")


MAX_CSV_LINE_CHARS = 131_072  # csv's own default field limit, as this reader always had it


def csv_rows(text: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    """A data file's rows after its header, which must be `columns`, each with its line number; empty lines
    are skipped. Any malformed line (a line over 131,072 characters, a stray quote…) is a ValueError naming the
    line, never a csv.Error. The line's length is checked here rather than left to csv's own field limit, which
    is the whole process's: the stock-list reader raises it, and the answer must not depend on what ran before."""
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_CSV_LINE_CHARS:
            raise ValueError(f"line {number}: a line of {len(line):,} characters (at most {MAX_CSV_LINE_CHARS:,})")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header) != columns:
            found = ", ".join(shown(h, 40) for h in header or ())
            raise ValueError(f"expected the columns {', '.join(columns)}, found {found or 'none'}")
        for row in reader:
            if row:
                yield reader.line_num, row
    except csv.Error as error:
        raise ValueError(f"line {reader.line_num}: {shown(str(error), 120)}") from None


def check_csv_row(line: int, row: list[str], columns: int, max_chars: int) -> None:
    """A data file's row has its columns and no field longer than `max_chars`; ValueError names the line."""
    if len(row) != columns:
        raise ValueError(f"line {line}: {len(row)} fields, expected {columns}")
    too_long = next((value for value in row if len(value) > max_chars), None)
    if too_long is not None:
        raise ValueError(f"line {line}: a field of {len(too_long):,} characters (at most {max_chars:,})")


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Opened without blocking, so a FIFO is
    refused instead of waiting for a writer; read at most `limit + 1` bytes, so a file that grows while
    it is read (or lies about its size) cannot make us read more."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise FileRefused(f"cannot be read ({shown(error.strerror or type(error).__name__)})") from None
    except ValueError:  # a NUL character in the path
        raise FileRefused("cannot be read (the file name holds a NUL character)") from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise FileRefused("is not a regular file (a folder, a device or a pipe)")
        if status.st_size > limit:
            raise FileRefused(f"is {status.st_size:,} bytes, over the limit of {limit:,}")
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    except OSError as error:
        raise FileRefused(f"cannot be read ({shown(error.strerror or type(error).__name__)})") from None
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise FileRefused(f"is over the limit of {limit:,} bytes")
    return data


def decode_utf8(data: bytes) -> str:
    """UTF-8 text, with or without a byte-order mark (Windows Notepad writes one). NUL characters are
    refused here with the line they are on: no text format we read allows them."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise FileRefused(f"is not UTF-8 text (line {line})") from None
    nul = text.find("\0")
    if nul >= 0:
        raise FileRefused(f"holds a NUL character (line {text.count(chr(10), 0, nul) + 1})")
    return text


# --- The TOML shape, checked on the text before tomllib parses it --------------------------------

# What the scan skips: strings (each becomes one `s`, so a quoted key part still counts as a part) and
# comments. Multi-line forms first; an escaped quote (an odd run of backslashes) does not end a string.
_SKIPPED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*+"{0,2}"""'
    r"|'''(?:[^']|'(?!''))*+'{0,2}'''"
    r'|"(?:[^"\\\n]|\\.)*+"'
    r"|'[^'\n]*+'"
    r"|#[^\n]*+",
    re.DOTALL,
)
# A dotted key: bare or quoted parts joined by dots. The look-behind and the possessive quantifiers keep
# the scan linear on any input (no retry inside a long word).
_DOTTED = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]++(?:[ \t]*+\.[ \t]*+[A-Za-z0-9_-]++)++")
_BRACKET = re.compile(r"[\[\]{}]")


def _without_strings_and_comments(text: str) -> str:
    # Newlines inside a multi-line string stay, so a line number found in the result is the file's.
    return _SKIPPED.sub(lambda match: "" if match.group().startswith("#") else "s" + "\n" * match.group().count("\n"),
                        text)


def check_toml_shape(text: str) -> None:
    """Refuse nesting deeper than `MAX_NESTING` and keys of more than `MAX_KEY_PARTS` parts. A lexical
    scan, linear in the text; tomllib then parses and reports everything else."""
    bare = _without_strings_and_comments(text)
    depth = 0
    for match in _BRACKET.finditer(bare):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_NESTING:
            line = bare.count("\n", 0, match.start()) + 1
            raise FileRefused(f"is nested more than {MAX_NESTING} levels deep (line {line})")
    for match in _DOTTED.finditer(bare):
        if match.group().count(".") >= MAX_KEY_PARTS:
            line = bare.count("\n", 0, match.start()) + 1
            raise FileRefused(f"has a dotted key of more than {MAX_KEY_PARTS} parts (line {line})")
