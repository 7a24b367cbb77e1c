"""`evdesk --self-check`: prove that this copy of evdesk (a checkout, a wheel or a frozen app) has what
it needs: the policy data, a working rules engine, the deal records, country names, the French
translations, the icon, printing, and a window that opens.

The release job runs it on the frozen app on every platform, so a file left out of the bundle (a Qt
plugin, a `.qm`, pycountry's database) fails the build instead of a dealer's first launch. It reads only
bundled files, writes only to throwaway temporary folders (settings, a test PDF), never beside the
executable, and touches no network.

Each check prints one line, `ok …` or `FAILED …`, then a summary; the exit code is 0 only if all held.
Qt is imported inside the checks, so a broken Qt install is reported as a failed check, not a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

SALE_DATE = dt.date(2026, 5, 1)  # inside EVAP's 2026 amount year and the first quota year


@dataclass(frozen=True)
class Case:
    """One sale with the answers the federal rules give it (domain.md), to catch a broken engine or
    policy file in the shipped app; the engine's own tests cover the rules in depth."""

    name: str
    request: dict[str, Any]
    eligible: bool
    amount: str
    tariff_percent: str | None = None
    quota_applies: bool | None = None


# A first incentive for an individual, rules of origin met: what `evdesk check` assumes by default.
_DEAL: dict[str, Any] = {"sale_date": SALE_DATE, "prior_incentives": 0, "fta_origin_met": "yes"}
_US_BEV: dict[str, Any] = {**_DEAL, "powertrain": "BEV", "origin": "US", "assembly": "US"}
_CN_BEV: dict[str, Any] = {**_DEAL, "powertrain": "BEV", "origin": "CN", "assembly": "CN",
                           "vehicle_price": "40000.00"}

CASES: tuple[Case, ...] = (
    Case("US-assembled BEV at FTV $45,000.00", {**_US_BEV, "vehicle_price": "45000.00"}, True, "5000.00"),
    Case("US-assembled BEV at FTV $50,000.01 (over the cap)", {**_US_BEV, "vehicle_price": "50000.01"},
         False, "0.00"),
    Case("Dodge Charger assembled in Canada at $70,000 (no cap)",
         {**_DEAL, "powertrain": "BEV", "origin": "US", "assembly": "CA", "make": "Dodge", "model": "Charger",
          "trim": "R/T", "model_year": 2026, "vehicle_price": "70000.00"},
         True, "5000.00", tariff_percent="0"),
    Case("China-assembled BEV within the quota", {**_CN_BEV, "quota_position": "within"}, False, "0.00",
         tariff_percent="6.1", quota_applies=True),
    Case("China-assembled BEV over the quota", {**_CN_BEV, "quota_position": "over"}, False, "0.00",
         tariff_percent="106.1", quota_applies=True),  # covered by the quota, though it took no place in it
    Case("US-assembled HEV", {**_US_BEV, "powertrain": "HEV", "vehicle_price": "40000.00"}, False, "0.00"),
    Case("39-month lease of a US-assembled BEV", {**_US_BEV, "vehicle_price": "45000.00", "lease_months": 39},
         True, "4062.50"),
)


class CheckFailed(Exception):
    """A check ran and found a wrong answer (as opposed to crashing)."""


@dataclass
class _State:
    policy: Any = None
    app: Any = None
    settings_dir: tempfile.TemporaryDirectory[str] | None = None
    results: list[tuple[str, bool, str]] = field(default_factory=list)


def _same_number(actual: object, expected: str) -> bool:
    return actual is not None and Decimal(str(actual)) == Decimal(expected)


def check_policy(state: _State) -> str:
    from evdesk.policy import bundled_policy

    state.policy = bundled_policy()
    return f"policy {state.policy.data.id} {state.policy.version} loaded"


def _check_case(state: _State, case: Case) -> str:
    from evdesk.rules import evaluate
    from evdesk.rules.request import SaleRequest

    if state.policy is None:
        raise CheckFailed("no policy (see above)")
    result = evaluate(SaleRequest(**case.request), state.policy)
    wrong = []
    if result.rebate.eligible is not case.eligible:
        wrong.append(f"eligible {result.rebate.eligible}, expected {case.eligible}")
    if not _same_number(result.rebate.amount, case.amount):
        wrong.append(f"rebate {result.rebate.amount}, expected {case.amount}")
    if case.tariff_percent is not None and not _same_number(result.tariff.rate_percent, case.tariff_percent):
        wrong.append(f"tariff {result.tariff.rate_percent}%, expected {case.tariff_percent}%")
    if case.quota_applies is not None and result.quota.applies is not case.quota_applies:
        wrong.append(f"quota applies {result.quota.applies}, expected {case.quota_applies}")
    if wrong:
        raise CheckFailed("; ".join(wrong))
    summary = f"eligible={case.eligible} ${case.amount}"
    if case.tariff_percent is not None:
        summary += f", tariff {case.tariff_percent}%"
    if case.quota_applies is not None:
        summary += f", quota applies={case.quota_applies}"
    return f"{case.name}: {summary}"


def check_signed_policy_bundle(state: _State) -> str:
    """Signed policy updates work in this copy (python-tuf, securesystemslib and cryptography are bundled):
    the shipped trusted root parses and is self-signed, and the bundled policy, signed by a throwaway
    publisher into a bundle, installs through the same Updater verification as any update. Everything
    happens in a temporary folder: neither the user's data nor the network is touched. (Owned by the
    policy-updates work, evdesk/updates/.)"""
    import tuf
    from tuf.api.metadata import Metadata, Root

    from evdesk.paths import seeds_path
    from evdesk.policy import bundled_policy
    from evdesk.updates.client import install_bundle
    from evdesk.updates.keys import init_keys
    from evdesk.updates.publish import publish
    from evdesk.updates.store import PolicyStore
    from evdesk.updates.trust import TRUST_ROOT_VARIABLE

    shipped = Metadata[Root].from_bytes(seeds_path("trust", "root.json").read_bytes())
    shipped.signed.verify_delegate("root", shipped.signed_bytes, shipped.signatures)
    now = dt.datetime.now(dt.UTC)
    previous = os.environ.get(TRUST_ROOT_VARIABLE)
    with tempfile.TemporaryDirectory(prefix="evdesk-selfcheck-", ignore_cleanup_errors=True) as folder:
        work = Path(folder)
        init_keys(work / "publisher", now)
        publish(seeds_path("policy.toml"), work / "publisher", out=work / "policy.evpolicy", now=now)
        os.environ[TRUST_ROOT_VARIABLE] = str(work / "publisher" / "root.json")
        try:
            outcome = install_bundle(work / "policy.evpolicy", store=PolicyStore(work / "store"), now=now)
        finally:
            if previous is None:
                os.environ.pop(TRUST_ROOT_VARIABLE, None)
            else:
                os.environ[TRUST_ROOT_VARIABLE] = previous
    if outcome.status != "installed" or outcome.policy.sha256 != bundled_policy().sha256:
        raise CheckFailed(f"the signed bundle gave {outcome.status} {outcome.policy.version}")
    return (f"a signed policy bundle installs (python-tuf {tuf.__version__}; shipped trusted root "
            f"v{shipped.signed.version})")
def check_records(state: _State) -> str:
    """The deal records: the schema steps are in this copy (Alembic runs them from files, which a frozen
    app must carry as data), a new SQLite database is made, a deal saved and read back exactly, and the
    PostgreSQL driver's libpq loads. In a throwaway folder; no server is contacted."""
    import psycopg

    from evdesk.present.format import Formatter
    from evdesk.present.report import to_json
    from evdesk.records.database import open_records
    from evdesk.records.deals import ANSWER_LANGUAGE, get_deal, save_deal
    from evdesk.records.migrate import head, migrations_dir
    from evdesk.rules import evaluate
    from evdesk.rules.request import SaleRequest

    if state.policy is None:
        raise CheckFailed("no policy (see above)")
    request = SaleRequest(**CASES[0].request)
    answer = to_json(evaluate(request, state.policy), Formatter(ANSWER_LANGUAGE))
    with tempfile.TemporaryDirectory(prefix="evdesk-selfcheck-", ignore_cleanup_errors=True) as folder, \
            open_records(f"sqlite:///{os.path.join(folder, 'deals.sqlite')}") as records:
        number = save_deal(records, request, answer, state.policy).number
        deal = get_deal(records, number)
        if deal.answer != answer or deal.sale_request() != request:
            raise CheckFailed("a saved deal did not read back as it was saved")
    return (f"deal records: schema {head()} from {migrations_dir()}, a deal saved and read back; "
            f"PostgreSQL driver {psycopg.__version__} ({psycopg.pq.__impl__} libpq {psycopg.pq.version()})")


def check_country_names(state: _State) -> str:
    """pycountry's database and its French catalogue: the frozen app carries only these two files."""
    import gettext

    import pycountry

    country = pycountry.countries.get(alpha_2="DE")
    if country is None or country.name != "Germany":
        raise CheckFailed(f"DE is {country!r} in pycountry's database")
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext(country.name)
    if french != "Allemagne":
        raise CheckFailed(f"French name of Germany is {french!r}")
    return "country names in English and French (pycountry)"


@dataclass(frozen=True)
class VinCase:
    vin: str
    assembly_country: str
    maker: str
    model_year: int
    check_digit: str


# Decoded through `evdesk.vin.decode_vin`, what the form, the CLI and the rules use: our ISO 3779 check
# digit, vininfo's WMI tables (country, maker) and model-year letters, and our ISO 3166 mapping.
VIN_CASES: tuple[VinCase, ...] = (
    VinCase("1G1ZT53826F109149", "US", "Chevrolet", 2006, "valid"),  # a public sample VIN
    VinCase("1G1ZT53816F109149", "US", "Chevrolet", 2006, "invalid"),  # the same with a wrong check digit
    VinCase("LRW3E7FS1PC123456", "CN", "Tesla China", 2023, "valid"),  # China: what the tariff and quota key on
)


def check_vin_decoder(state: _State) -> str:
    from evdesk.vin import decode_vin

    for case in VIN_CASES:
        facts = decode_vin(case.vin)
        years = facts.model_years(latest=case.model_year + 1)  # as on a sale the year before it
        got = (facts.assembly_country, facts.maker, case.model_year in years, facts.check_digit)
        if got != (case.assembly_country, case.maker, True, case.check_digit):
            raise CheckFailed(f"{case.vin} decodes as {facts.assembly_country}, {facts.maker}, model years "
                              f"{years}, check digit {facts.check_digit}; expected "
                              f"{case.assembly_country}, {case.maker}, {case.model_year}, {case.check_digit}")
    return f"VIN decoder ({len(VIN_CASES)} VINs: assembly country, maker, model year, check digit)"


def check_runtime_libraries(state: _State) -> str:
    """What the deal records, signed updates and the batch use, working inside this copy: SQLAlchemy on
    SQLite, alembic, psycopg's binary libpq (no server needed to load it), openpyxl, an Ed25519
    signature through securesystemslib and cryptography, python-tuf, and Python's TLS."""
    import ssl

    import alembic.migration
    import openpyxl
    import psycopg
    import sqlalchemy
    from securesystemslib.signer import CryptoSigner
    from tuf.api.metadata import Metadata, Root  # noqa: F401 (its import is what is checked)

    engine = sqlalchemy.create_engine("sqlite://")
    with engine.connect() as connection:
        if connection.execute(sqlalchemy.text("select 40 + 2")).scalar_one() != 42:
            raise CheckFailed("SQLite through SQLAlchemy answered wrong")
        if alembic.migration.MigrationContext.configure(connection).get_current_revision() is not None:
            raise CheckFailed("alembic found a revision in an empty database")
    if psycopg.pq.__impl__ != "binary":
        raise CheckFailed(f"psycopg runs its {psycopg.pq.__impl__} implementation, not the binary one")
    from evdesk.xlsx_writer import write_xlsx  # its rows go through openpyxl's own XML stream: checked here

    with tempfile.TemporaryDirectory(prefix="evdesk-selfcheck-", ignore_cleanup_errors=True) as folder:
        path = Path(folder) / "check.xlsx"
        write_xlsx(path, ["VIN", "year"], [["1HGCM82633A004352", 2026]])
        if openpyxl.load_workbook(path).active["B2"].value != 2026:
            raise CheckFailed("an XLSX written by evdesk's writer does not read back")
    signer = CryptoSigner.generate_ed25519()
    signature = signer.sign(b"evdesk policy")
    signer.public_key.verify_signature(signature, b"evdesk policy")  # raises if it does not verify
    ssl.create_default_context()
    return (f"records, updates and batch libraries (SQLAlchemy {sqlalchemy.__version__}, psycopg "
            f"{psycopg.__version__} binary, openpyxl, Ed25519 signature, python-tuf, {ssl.OPENSSL_VERSION})")


def check_batch_workers(state: _State) -> str:
    """A stock list long enough for worker processes, answered in them and in this process alone: the same
    rows, worded the same, in the same order. Workers are started as this platform starts them, and also
    spawned (re-running this frozen evdesk, as Windows and macOS do) where the platform forks."""
    import datetime as dt
    from functools import partial

    from evdesk.assumptions import ASSUMED
    from evdesk.batch import RESULT_COLUMNS, RowReader, find_header, result_cells
    from evdesk.batch.parallel import CHUNK_ROWS, answered, start_method, usable_workers
    from evdesk.present.format import Formatter
    from evdesk.xlsx_writer import RowStyles, rendered

    header = ("Stock #", "Powertrain", "Price", "Assembly", "Sale date")
    lines = [header, *((f"S{n}", "BEV", f"{44_000 + 7 * n}", "US", "2026-05-01") for n in range(3 * CHUNK_ROWS))]
    workers = min(usable_workers(), 2)
    # The results workbook's shape: a row's cells, made into XML where it is answered.
    shape = partial(rendered(result_cells, RowStyles.of(RESULT_COLUMNS)), words=Formatter("en").criterion)

    def answers(count: int, start: str | None = None) -> list[object]:
        rows = iter(enumerate(lines, start=1))
        reader = RowReader(find_header(rows), {}, {**ASSUMED, "sale_date": dt.date(2026, 5, 1)})
        return list(answered(rows, reader, state.policy, shape, workers=count, start=start, enough=CHUNK_ROWS))

    alone = answers(0)
    if not workers:
        return "batch in one process (no workers here: one core, or EVDESK_BATCH_WORKERS=0)"
    starts = sorted({start_method(), "spawn"})
    for start in starts:
        if answers(workers, start) != alone:
            raise CheckFailed(f"a stock list answered in {start}ed worker processes differs from one process's")
    return f"batch in {workers} worker processes, {' and '.join(s + 'ed' for s in starts)} ({len(alone)} rows)"


def _prepare_qt_platform() -> None:
    """Offscreen only where no display can exist (a Linux CI box or a container). On Windows and macOS
    the real platform plugin is part of what we check, so the platform is left alone there."""
    if sys.platform in ("win32", "darwin") or "QT_QPA_PLATFORM" in os.environ:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def check_qt(state: _State) -> str:
    from PySide6.QtCore import QSettings, QStandardPaths, qVersion
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is None:
        # Run as `evdesk --self-check`: whatever the window saves while it opens and closes goes to a
        # throwaway folder, not the dealer's profile. INI as the default format also keeps a plain
        # QSettings() out of the Windows registry. (Inside a test session the host's isolation holds.)
        QStandardPaths.setTestModeEnabled(True)
        state.settings_dir = tempfile.TemporaryDirectory(prefix="evdesk-selfcheck-", ignore_cleanup_errors=True)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, state.settings_dir.name)
        state.app = QApplication([sys.argv[0] if sys.argv else "evdesk"])
    elif isinstance(existing, QApplication):
        state.app = existing
    else:  # building a widget now would abort the process (qFatal), not raise
        raise CheckFailed(f"a {type(existing).__name__} is running, widgets need a QApplication")
    return f"Qt {qVersion()} started (platform {QApplication.platformName()})"


def check_translations(state: _State) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from evdesk.paths import resources_path

    if state.app is None:
        raise CheckFailed("no Qt application (see above)")
    qm = resources_path("i18n", "evdesk_fr.qm")
    ours = QTranslator()
    if not qm.is_file():
        raise CheckFailed(f"{qm} is missing (build it with `make i18n`)")
    if not ours.load(str(qm)) or ours.isEmpty():
        raise CheckFailed(f"{qm} does not load as a Qt translation")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator()
    if not qtbase.load("qtbase_fr", qt_dir):
        raise CheckFailed(f"Qt's own French (qtbase_fr.qm) is not in {qt_dir}")
    return "French translations load (evdesk_fr.qm, qtbase_fr.qm)"


def check_collation(state: _State) -> str:
    """The country list sorts as a French reader expects (QCollator through ICU; the Linux bundle carries
    a trimmed ICU data library, packaging/icu_data.py, which must keep this)."""
    import functools

    from PySide6.QtCore import QCollator, QLocale

    if state.app is None:
        raise CheckFailed("no Qt application (see above)")
    collator = QCollator(QLocale("fr_CA"))
    # Canadian French compares accents from the end of the word (côte before coté; root order has them
    # the other way round), so a missing fr_CA collation shows here as well as a missing ICU.
    names = ["Zambie", "États-Unis", "Allemagne", "coté", "côte"]
    got = sorted(names, key=functools.cmp_to_key(collator.compare))
    expected = ["Allemagne", "côte", "coté", "États-Unis", "Zambie"]
    if got != expected:
        raise CheckFailed(f"French order is {got}, expected {expected}")
    return "French collation (États-Unis among the E's, côte before coté)"


def check_icon(state: _State) -> str:
    from PySide6.QtGui import QIcon, QImageReader

    from evdesk.paths import resources_path

    if state.app is None:
        raise CheckFailed("no Qt application (see above)")
    svg = resources_path("icons", "evdesk.svg")
    if b"svg" not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        raise CheckFailed("Qt's SVG image plugin (imageformats/qsvg) is missing")
    if QIcon(str(svg)).pixmap(32, 32).isNull():
        raise CheckFailed(f"{svg} does not render as an icon (iconengines/qsvgicon missing?)")
    return "window icon renders from evdesk.svg"


def check_printing(state: _State) -> str:
    """The dealer prints or saves the statement: QtPrintSupport must be in the bundle and draw a PDF.
    The PDF goes to a temporary folder and is deleted at once."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    if state.app is None:
        raise CheckFailed("no Qt application (see above)")
    with tempfile.TemporaryDirectory(prefix="evdesk-selfcheck-", ignore_cleanup_errors=True) as folder:
        pdf = os.path.join(folder, "statement.pdf")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf)
        painter = QPainter()
        if not painter.begin(printer):
            raise CheckFailed("QPrinter refused to start a PDF")
        painter.drawText(QPointF(100, 100), "evdesk self-check")
        painter.end()
        size = os.path.getsize(pdf) if os.path.exists(pdf) else 0
    if size == 0:
        raise CheckFailed("the PDF came out empty")
    return "statement printing works (PDF through QtPrintSupport)"


def check_window(state: _State) -> str:
    from PySide6.QtWidgets import QApplication

    from evdesk.ui import MainWindow

    if state.app is None:
        raise CheckFailed("no Qt application (see above)")
    started = time.perf_counter()
    window = MainWindow()
    window.show()
    QApplication.processEvents()
    shown_ms = (time.perf_counter() - started) * 1000
    visible = window.isVisible()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    if not visible:
        raise CheckFailed("the main window did not show")
    return f"main window built and shown in {shown_ms:.0f} ms"


def _checks() -> list[tuple[str, Callable[[_State], str]]]:
    checks: list[tuple[str, Callable[[_State], str]]] = [("policy", check_policy)]
    checks += [(f"case: {case.name}", lambda state, case=case: _check_case(state, case)) for case in CASES]
    checks += [
        ("signed policy update", check_signed_policy_bundle),
        ("deal records", check_records),
        ("country names", check_country_names),
        ("VIN decoder", check_vin_decoder),
        ("runtime libraries", check_runtime_libraries),
        ("batch workers", check_batch_workers),
        ("Qt", check_qt),
        ("translations", check_translations),
        ("collation", check_collation),
        ("icon", check_icon),
        ("printing", check_printing),
        ("main window", check_window),
    ]
    return checks


def _say(line: str) -> None:
    # A windowed Windows exe has no stdout (None); print() then does nothing, which is what we want.
    print(line, flush=True)


def run_self_check() -> int:
    started = time.perf_counter()
    stdout = sys.stdout
    if stdout is not None and hasattr(stdout, "reconfigure"):
        stdout.reconfigure(errors="replace")  # a cp1252 console must not turn a message into a crash
    _prepare_qt_platform()
    state = _State()
    try:
        for name, check in _checks():
            try:
                detail = check(state)
            except CheckFailed as failure:
                state.results.append((name, False, str(failure)))
                _say(f"FAILED {name}: {failure}")
            except Exception as error:  # any crash is a failed check with its reason, not a traceback
                state.results.append((name, False, f"{type(error).__name__}: {error}"))
                _say(f"FAILED {name}: {type(error).__name__}: {error}")
            else:
                state.results.append((name, True, detail))
                _say(f"ok {detail}")
    finally:
        if state.settings_dir is not None:
            state.settings_dir.cleanup()
    failed = sum(1 for _, held, _ in state.results if not held)
    total = len(state.results)
    elapsed = time.perf_counter() - started
    if failed:
        _say(f"self-check: {failed} of {total} checks FAILED ({elapsed:.2f} s)")
        return 1
    _say(f"self-check: all {total} checks held ({elapsed:.2f} s)")
    return 0
