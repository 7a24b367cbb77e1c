"""Transport Canada's EVAP vehicle list, the day it changes: the list as published (the CSV export, or the
page's table saved from a browser as HTML) becomes a new local policy version, a revision of the policy
in use dated today, shown as "vehicle list imported locally on …, unsigned" until a signed policy with a
newer version supersedes it.

What is read (research/policy-facts.md §5.1): one row per trim with the model year, make, model, trim and
fuel type; the page marks a Canadian-made trim with a maple-leaf icon beside the model year (an image or
symbol whose alternative text, title or class names Canada or the maple leaf, or the 🍁 character), the
CSV export with a `canadian_made` column (1/0, yes/no). The incentive columns are not read: the amounts
are the policy's. The page's exact markup was not available when this was written; the reader looks for
the columns by their headings, not by position, and refuses a table it cannot map.

Validated before anything is kept: at least one row and not under half the rows of the list in use
(a page saved while showing one page of 25 rows); every fuel type one the policy's program covers; model
years within five years before and two after the import year; no trim listed twice.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from evdesk.policy import Policy, PolicyError, load_policy
from evdesk.updates.in_use import PolicyInUse
from evdesk.updates.messages import QT_TRANSLATE_NOOP, Message, UpdateRefused
from evdesk.updates.store import Kept, PolicyStore
from evdesk.updates.targets import POLICY_TARGET
from evdesk.updates.versions import next_local_revision

YEARS_BEFORE, YEARS_AFTER = 5, 2  # plausible model years around the import year
MIN_SHARE_OF_CURRENT = 0.5
COLUMNS = ("model_year", "make", "model", "trim", "fuel_type", "canadian_made")
_HEADINGS = {
    "model_year": ("model year", "model_year", "year"),
    "make": ("make",),
    "model": ("model",),
    "trim": ("trim",),
    "fuel_type": ("fuel type", "fuel_type"),
    "canadian_made": ("canadian made", "canadian-made", "canadian_made", "made in canada"),
}
_FUELS = {
    "bev": "BEV", "battery electric": "BEV", "battery electric vehicle": "BEV", "battery-electric": "BEV",
    "phev": "PHEV", "plug-in hybrid": "PHEV", "plug-in hybrid electric vehicle": "PHEV",
    "fcev": "FCEV", "fuel cell": "FCEV", "fuel cell electric vehicle": "FCEV", "hydrogen fuel cell": "FCEV",
}
_YES = {"1", "yes", "y", "true", "oui", "🍁"}
_NO = {"0", "no", "n", "false", "non", ""}
_MAPLE = re.compile(r"maple|canad|érable|erable", re.IGNORECASE)


def _refused(template: str, **params: object) -> UpdateRefused:
    return UpdateRefused("bad_list", Message(template, dict(params)))


@dataclass(frozen=True)
class Row:
    model_year: int
    make: str
    model: str
    trim: str
    fuel_type: str
    canadian_made: bool


@dataclass(frozen=True)
class ReadList:
    rows: list[Row]
    format: str  # "csv" or "html"
    page_date: dt.date | None  # the page's "Date modified", when the saved HTML carries it


# --- the HTML page ---------------------------------------------------------------------------------

@dataclass
class _Cell:
    text: str = ""
    maple: bool = False


class _Tables(HTMLParser):
    """Every table's rows of cells, with whether a cell carries the maple-leaf mark; and the page date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[_Cell]]] = []
        self._depth = 0
        self._cell: _Cell | None = None
        self._in_time = False
        self._time_text = ""
        self.page_date: dt.date | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "table":
            self.tables.append([])
            self._depth += 1
        elif tag == "tr" and self._depth:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self._depth and self.tables[-1]:
            self._cell = _Cell()
            self.tables[-1][-1].append(self._cell)
        elif self._cell is not None and any(_MAPLE.search(values.get(k, ""))
                                            for k in ("alt", "title", "aria-label", "class", "src")):
            self._cell.maple = True
        if tag == "meta" and values.get("name", "").lower() in ("dcterms.modified", "dcterms:modified"):
            self._set_date(values.get("content", ""))
        if tag == "time" and "datemodified" in values.get("property", "").lower():
            self._in_time, self._time_text = True, values.get("datetime", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._depth:
            self._depth -= 1
        elif tag in ("td", "th"):
            self._cell = None
        elif tag == "time" and self._in_time:
            self._in_time = False
            self._set_date(self._time_text)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            if "🍁" in data:
                self._cell.maple = True
            self._cell.text += data.replace("🍁", "")
        if self._in_time:
            self._time_text += data

    def _set_date(self, text: str) -> None:
        match = re.search(r"\d{4}-\d{2}-\d{2}", text)
        if match and self.page_date is None:
            with contextlib.suppress(ValueError):
                self.page_date = dt.date.fromisoformat(match.group())


def _heading_map(headings: list[str]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, heading in enumerate(headings):
        name = " ".join(heading.replace("\u00a0", " ").split()).casefold()
        for column, names in _HEADINGS.items():
            if name in names and column not in found:
                found[column] = index
    required = {"model_year", "make", "model", "trim", "fuel_type"}
    return found if required <= set(found) else None


def _read_html(text: str) -> ReadList:
    parser = _Tables()
    parser.feed(text)
    parser.close()
    for table in parser.tables:
        if not table:
            continue
        columns = _heading_map([cell.text for cell in table[0]])
        if columns is None:
            continue
        rows = []
        for line, cells in enumerate(table[1:], start=2):
            if not any(cell.text.strip() for cell in cells):
                continue
            cells = cells + [_Cell()] * (len(table[0]) - len(cells))
            made = any(cell.maple for cell in cells)
            if "canadian_made" in columns:
                made = made or _yes_no(cells[columns["canadian_made"]].text, line)
            rows.append(_row({c: cells[i].text for c, i in columns.items()}, made, line))
        return ReadList(rows, "html", parser.page_date)
    raise _refused(QT_TRANSLATE_NOOP(
        "updates", "No table in the page has the columns Model year, Make, Model, Trim and Fuel type."))


# --- the CSV export ------------------------------------------------------------------------------

def _read_csv(text: str) -> ReadList:
    reader = csv.reader(io.StringIO(text))
    try:
        headings = next(reader)
    except StopIteration:
        raise _refused(QT_TRANSLATE_NOOP("updates", "The file is empty.")) from None
    columns = _heading_map(headings)
    if columns is None or "canadian_made" not in columns:
        raise _refused(QT_TRANSLATE_NOOP(
            "updates", "The CSV's first line must name the columns {columns}; it has: {found}."),
            columns=", ".join(COLUMNS), found=", ".join(headings))
    rows = []
    for line, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        cells = cells + [""] * (len(headings) - len(cells))
        rows.append(_row({c: cells[i] for c, i in columns.items()},
                         _yes_no(cells[columns["canadian_made"]], line), line))
    return ReadList(rows, "csv", None)


# --- one row -------------------------------------------------------------------------------------

def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _yes_no(text: str, line: int) -> bool:
    value = _clean(text).casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise _refused(QT_TRANSLATE_NOOP("updates", "Line {line}: “{value}” is not yes or no for Canadian-made."),
                   line=line, value=text)


def _row(cells: dict[str, str], canadian_made: bool, line: int) -> Row:
    year_text = _clean(cells["model_year"])
    if not re.fullmatch(r"\d{4}", year_text):
        raise _refused(QT_TRANSLATE_NOOP("updates", "Line {line}: “{value}” is not a model year."),
                       line=line, value=year_text)
    fuel = _FUELS.get(_clean(cells["fuel_type"]).casefold())
    if fuel is None:
        raise _refused(QT_TRANSLATE_NOOP("updates", "Line {line}: “{value}” is not a fuel type of the list "
                                                    "(BEV, PHEV or FCEV)."), line=line, value=cells["fuel_type"])
    make, model = _clean(cells["make"]), _clean(cells["model"])
    if not make or not model:
        raise _refused(QT_TRANSLATE_NOOP("updates", "Line {line}: the make and the model must be given."), line=line)
    return Row(int(year_text), make, model, _clean(cells["trim"]), fuel, canadian_made)


def read_vehicle_list(path: Path) -> ReadList:
    """The list in `path`, as Transport Canada publishes it (CSV export or saved HTML page)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise _refused(QT_TRANSLATE_NOOP("updates", "{file} cannot be read ({problem})."),
                       file=str(path), problem=error.strerror or str(error)) from None
    text = raw.decode("utf-8-sig", errors="replace")
    looks_html = re.search(r"<\s*(!doctype\s+html|html|table)\b", text[:4096] + text[-4096:], re.IGNORECASE)
    return _read_html(text) if looks_html or "<table" in text.lower() else _read_csv(text)


# --- validating and keeping ----------------------------------------------------------------------

def _program_fuels(policy: Policy) -> set[str]:
    return {p.value for window in policy.data.evap.eligible_powertrains.values for p in window.value}


def validate(rows: list[Row], base: Policy, on: dt.date, allow_fewer: bool = False) -> None:
    if not rows:
        raise _refused(QT_TRANSLATE_NOOP("updates", "The list has no vehicles."))
    current = len(base.vehicles.vehicles)
    if not allow_fewer and len(rows) < MIN_SHARE_OF_CURRENT * current:
        raise _refused(QT_TRANSLATE_NOOP(
            "updates", "The list has {rows} vehicles, under half of the {current} in the list in use: a page "
                       "saved while it showed one page of its table? Save the whole table or use the CSV export "
                       "(or confirm that the list really shrank)."), rows=str(len(rows)), current=str(current))
    fuels = _program_fuels(base)
    for row in rows:
        if row.fuel_type not in fuels:
            raise _refused(QT_TRANSLATE_NOOP(
                "updates", "{vehicle}: fuel type {fuel} is not one the program covers ({fuels})."),
                vehicle=_name(row), fuel=row.fuel_type, fuels=", ".join(sorted(fuels)))
        if not on.year - YEARS_BEFORE <= row.model_year <= on.year + YEARS_AFTER:
            raise _refused(QT_TRANSLATE_NOOP(
                "updates", "{vehicle}: model year {year} is outside {first}–{last}."),
                vehicle=_name(row), year=str(row.model_year), first=str(on.year - YEARS_BEFORE),
                last=str(on.year + YEARS_AFTER))
    seen: set[tuple[str, ...]] = set()
    for row in rows:
        key = tuple(" ".join(str(p).split()).casefold() for p in (row.model_year, row.make, row.model, row.trim))
        if key in seen:
            raise _refused(QT_TRANSLATE_NOOP("updates", "{vehicle} is listed twice."), vehicle=_name(row))
        seen.add(key)


def _name(row: Row) -> str:
    return " ".join(str(p) for p in (row.model_year, row.make, row.model, row.trim) if p)


def _csv(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row.model_year, row.make, row.model, row.trim, row.fuel_type, int(row.canadian_made)])
    return out.getvalue()


def _rewrite(text: str, base: Policy, version: str, published: dt.date, list_file: str,
             list_published: dt.date) -> str:
    """The base policy file with a new version, publication date and vehicle list; comments kept."""
    header_end = re.search(r"^\[", text, re.MULTILINE)
    top, rest = (text[:header_end.start()], text[header_end.start():]) if header_end else (text, "")
    source = base.data.vehicle_list.source
    replacements = {
        r'^version\s*=.*$': f'version = "{version}"',
        r"^published\s*=.*$": f"published = {published.isoformat()}",
        r"^vehicle_list\s*=.*$": (f'vehicle_list = {{ file = "{list_file}", source = "{source}", '
                                  f"published = {list_published.isoformat()} }}"),
    }
    for pattern, line in replacements.items():
        top, count = re.subn(pattern, line.replace("\\", "\\\\"), top, count=1, flags=re.MULTILINE)
        if count != 1:
            raise _refused(QT_TRANSLATE_NOOP(
                "updates", "The policy in use cannot be revised here: its {key} is not a one-line key at the top."),
                key=pattern.strip("^").split("\\")[0])
    return top + rest


@dataclass(frozen=True)
class Imported:
    kept: Kept
    policy: Policy
    read: ReadList
    list_date: dt.date


def import_vehicle_list(path: Path, base: PolicyInUse, *, store: PolicyStore | None = None,
                        now: dt.datetime | None = None, allow_fewer: bool = False) -> Imported:
    """Read, validate and keep `path` as a local revision of `base`'s policy (raises UpdateRefused)."""
    store = store or PolicyStore()
    now = now or dt.datetime.now(dt.UTC)
    today = now.astimezone().date()
    read = read_vehicle_list(path)
    validate(read.rows, base.policy, today, allow_fewer)
    current = [Row(v.model_year, v.make, v.model, v.trim, v.powertrain.value, v.canadian_made)
               for v in base.policy.vehicles.vehicles]
    if sorted(read.rows, key=repr) == sorted(current, key=repr):
        raise _refused(QT_TRANSLATE_NOOP("updates", "The list is the same as the one in use: nothing to import."))
    list_date = read.page_date or today
    list_file = f"evap-vehicle-list-{list_date.isoformat()}.csv"
    version = next_local_revision(base.policy.version)
    text = _rewrite(base.policy.path.read_text(encoding="utf-8"), base.policy, version, today, list_file, list_date)
    with tempfile.TemporaryDirectory(prefix="evdesk-import-") as work:
        folder = Path(work)
        (folder / list_file).write_text(_csv(read.rows), encoding="utf-8")
        (folder / POLICY_TARGET).write_text(text, encoding="utf-8")
        try:
            policy = load_policy(folder / POLICY_TARGET)
        except PolicyError as error:
            raise _refused(QT_TRANSLATE_NOOP("updates", "The new policy version does not load ({problem})."),
                           problem=error.problems[0]) from None
        kept = store.keep(policy, kind="imported", source=str(path), now=now, based_on=base.policy.version)
    return Imported(kept, store.load(kept), read, list_date)
