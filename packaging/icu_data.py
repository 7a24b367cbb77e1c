"""Linux only: a smaller ICU data library for the frozen app, holding what Qt uses ICU for in evdesk.

PySide6's Linux wheel carries its own ICU (the Windows and macOS wheels use the system's), and ICU's
data library, `libicudata.so.NN`, is 31 MB: a third of the bundle. Qt reads little of it. In evdesk,
Qt asks ICU for collation (QCollator sorts the country list the way an English or French reader
expects) and for locale-aware case mapping (compiled into libicuuc, not data); it formats numbers and
dates from its own CLDR tables and decodes only UTF-8. The rest of the data is for what evdesk never
asks of ICU: legacy code-page converters, display names of languages, regions, currencies, units and
time zones, transliteration, spelled-out numbers, and the word and line break rules and dictionaries
(libQt6Core imports no `ubrk_` function).

So this module copies ICU's data package (its "CmnD" table of contents and items, ICU's
`ucmndata.h` layout) keeping the collation of the root, English and French locales and every item
that is not locale data, and links it into a library of the same name and symbol (`icudt73_dat`) with
the C compiler. An item ICU looks for and does not find falls back to the root locale (collation) or
reports an error that Qt handles by falling back to its own code, the path it takes when built without
ICU. The frozen self-check proves the French collation still works.

    python packaging/icu_data.py SOURCE.so OUTPUT_DIR    # writes OUTPUT_DIR/libicudata.so.NN, prints sizes
"""

from __future__ import annotations

import ctypes
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

# Trees under icudtNNl/ whose items evdesk's Qt never loads (Qt calls no ICU break iterator: its text
# layout has its own tables, so brkitr/ goes too).
_DROPPED_TREES = {"curr", "lang", "region", "unit", "zone", "translit", "rbnf", "brkitr"}
# Collation: the root order (every locale falls back to it) and the two languages evdesk speaks.
_KEPT_LOCALE = re.compile(r"^(root|en|en_[A-Za-z0-9_]+|fr|fr_[A-Za-z0-9_]+|res_index|pool)\.res$")
# A locale's own data file at the top of the package: af.res, zh_Hant_TW.res, sr_Latn.res …
_LOCALE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
# Top-level items for ICU services Qt does not call: character names (u_charName), the spoof checker,
# StringPrep profiles and UTS #46 (QUrl has its own IDNA code).
_UNUSED_SERVICE = re.compile(r"^(unames\.icu|confusables.*\.cfu|.*\.spp|uts46\.nrm)$")
_ALIGN = 16


class IcuDataError(Exception):
    pass


def _symbol(library: Path) -> tuple[str, int]:
    """The data symbol (icudtNN_dat) and its size, from the library's dynamic symbol table."""
    nm = shutil.which("nm")
    if nm is None:
        raise IcuDataError("`nm` (binutils) is needed to read the ICU data library")
    listing = subprocess.run([nm, "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True,
                             check=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            return fields[3], int(fields[1], 16)
    raise IcuDataError(f"{library.name} has no icudtNN_dat symbol")


def read_package(library: Path) -> tuple[str, bytes]:
    symbol, size = _symbol(library)
    loaded = ctypes.CDLL(str(library))  # the data library links to nothing: safe to load for reading
    address = ctypes.addressof(ctypes.c_char.in_dll(loaded, symbol))
    return symbol, ctypes.string_at(address, size)


def items(package: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its (name, data) items, in the table of contents' (sorted) order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", package, 0)
    if (magic1, magic2) != (0xDA, 0x27) or package[12:16] != b"CmnD" or package[16] != 1:
        raise IcuDataError("not an ICU common data package (CmnD, format 1)")
    toc = header_size
    (count,) = struct.unpack_from("<I", package, toc)
    entries = [struct.unpack_from("<II", package, toc + 4 + 8 * index) for index in range(count)]
    starts = [toc + data_offset for _, data_offset in entries]
    ends = [*starts[1:], len(package)]
    found = []
    for (name_offset, _), start, end in zip(entries, starts, ends, strict=True):
        name_end = package.index(b"\0", toc + name_offset)
        found.append((package[toc + name_offset:name_end].decode("ascii"), package[start:end]))
    return package[:header_size], found


def wanted(name: str) -> bool:
    """Whether evdesk's Qt may read this item (`icudt73l/coll/fr.res`, `icudt73l/ibm-943_P15A-2003.cnv`)."""
    parts = name.split("/")[1:]  # without the icudtNNl/ prefix
    if len(parts) == 2:
        tree, file = parts
        if tree in _DROPPED_TREES:
            return False
        if tree == "coll":
            return file.startswith("ucadata") or bool(_KEPT_LOCALE.match(file))
        return True
    (file,) = parts
    if file.endswith(".cnv") or _UNUSED_SERVICE.match(file):
        return False
    return not _LOCALE_FILE.match(file) or bool(_KEPT_LOCALE.match(file))


def write_package(header: bytes, kept: list[tuple[str, bytes]]) -> bytes:
    """A package in the same layout: header, count, (name offset, data offset) pairs, the names, then
    each item aligned to 16 bytes. Offsets count from the table of contents, which follows the header."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in kept)
    table_size = 4 + 8 * len(kept)
    data_start = -(-(table_size + len(names)) // _ALIGN) * _ALIGN
    name_offsets, data_offsets, body = [], [], bytearray()
    name_offset = table_size
    for name, data in kept:
        name_offsets.append(name_offset)
        name_offset += len(name) + 1
        data_offsets.append(data_start + len(body))
        body += data + b"\0" * (-len(data) % _ALIGN)
    table = struct.pack("<I", len(kept)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    return header + table + names + b"\0" * (data_start - table_size - len(names)) + bytes(body)


def build_library(symbol: str, package: bytes, soname: str, out_dir: Path) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise IcuDataError("a C compiler (cc) is needed to link the smaller ICU data library")
    out_dir.mkdir(parents=True, exist_ok=True)
    data_file = out_dir / f"{symbol}.dat"
    data_file.write_bytes(package)
    assembly = out_dir / f"{symbol}.S"
    assembly.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f"{symbol}:\n\t.incbin \"{data_file.name}\"\n\t.size {symbol}, . - {symbol}\n"
        "\t.section .note.GNU-stack,\"\",@progbits\n", encoding="ascii")
    library = out_dir / soname
    subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(library),
                    assembly.name], check=True, cwd=out_dir)
    return library


def smaller_icu_data(source: Path, out_dir: Path) -> Path:
    """`source` (libicudata.so.NN) rebuilt in `out_dir` with only the items `wanted` keeps."""
    symbol, package = read_package(source)
    header, found = items(package)
    kept = [(name, data) for name, data in found if wanted(name)]
    return build_library(symbol, write_package(header, kept), source.name, out_dir)


if __name__ == "__main__":
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    built = smaller_icu_data(source, out)
    print(f"{source.name}: {source.stat().st_size / 2**20:.1f} MB -> {built.stat().st_size / 2**20:.1f} MB")
