"""The counter window: the sale form on the left, the answer on the right, menus for the deal jacket
(copy, print, PDF), the mode, the language and policy updates.

Data flows one way: form → SaleRequest → evaluate → result view. `refresh()` runs that chain
synchronously on every change; it is what the benchmark times.

This module imports only Qt and a few small modules; the policy, the rules engine and the form come in
when the window builds its content, which `evdesk` asks to happen just after the first paint.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from evdesk.present.language import Language
from evdesk.ui.i18n import system_language, use_language
from evdesk.ui.settings import Mode, Settings
from evdesk.ui.style import follow_theme
from evdesk.ui.widgets.mnemonics import mnemonic_of
from evdesk.ui.widgets.status_line import ElidedLabel, keep_messages_whole

if TYPE_CHECKING:
    from evdesk.policy import Policy
    from evdesk.present.format import Formatter
    from evdesk.rules import Evaluation
    from evdesk.rules.request import SaleRequest
    from evdesk.ui.counter.form import SaleForm
    from evdesk.ui.counter.result_view import ResultView
    from evdesk.ui.inventory import InventoryWindow
    from evdesk.updates.in_use import PolicyInUse

COMPACT_BELOW = 1000  # logical pixels: narrower (a laptop at 150 %), the form's labels go above its fields
DEFAULT_SIZE = (1440, 960)  # on a screen that has room; a smaller one gets its available area
# Before the window is first shown, Qt does not know its frame: a title bar and borders of about this much
# (Windows 11 at 100 %: 31 px and 1 px; macOS: 28 px) are kept free. Once shown, the real frame is used.
FRAME_ALLOWANCE = QMargins(8, 34, 8, 8)


def fitted_geometry(available: QRect, frame: QMargins, wanted: QSize) -> QRect:
    """The client area for a window whose frame (title bar, borders) fits in `available` (the screen minus
    its taskbar or menu bar): `wanted` or less, centred."""
    width = min(wanted.width(), available.width() - frame.left() - frame.right())
    height = min(wanted.height(), available.height() - frame.top() - frame.bottom())
    outer_width = width + frame.left() + frame.right()
    outer_height = height + frame.top() + frame.bottom()
    left = available.left() + (available.width() - outer_width) // 2 + frame.left()
    top = available.top() + (available.height() - outer_height) // 2 + frame.top()
    return QRect(left, top, width, height)


class MainWindow(QMainWindow):
    form: SaleForm
    result: ResultView
    policy: Policy
    formatter: Formatter

    def __init__(self, policy: Policy | None = None, settings: Settings | None = None,
                 language: Language | None = None, parent: QWidget | None = None, load_after_paint: bool = False):
        """`policy` defaults to the one the user loaded last (or the bundled one). With `load_after_paint`
        (what `evdesk` itself uses), the window paints first and loads the policy, the rules and the form
        straight after, so it appears sooner; otherwise it is complete when the constructor returns."""
        super().__init__(parent)
        self._starting = False  # set below; event() runs from the first line of setup on
        self._fit_pending = False
        self.setObjectName("mainWindow")
        self.ready = False  # True once the form and the result exist (LanguageChange can come sooner)
        self.settings = settings if settings is not None else Settings()
        self.mode: Mode = self.settings.mode
        self.language: Language = language or self.settings.language or system_language()
        use_language(self.language)
        self.evaluation: Evaluation | None = None
        self.update_task: QObject | None = None  # a policy update running in the thread pool
        self.outputs_ready = False  # an answer that may go into the deal jacket (nothing wrong or half typed)
        self._settled: SaleRequest | None = None  # the form's request when it last had nothing typed to lose
        self.inventory: InventoryWindow | None = None  # File → Check inventory…, made when first asked for
        follow_theme(self)  # light or dark, as the system is (evdesk.ui.theme)
        self.setCentralWidget(QWidget())  # the backdrop, until the form and the result arrive

        self.policy_label = ElidedLabel()
        self.policy_label.setObjectName("policyLabel")
        # Where the policy came from can be a long address: it never widens the window (the tooltip has it all),
        # and what an action says ("Statement saved to …") is read whole beside it.
        self.statusBar().addPermanentWidget(self.policy_label)
        keep_messages_whole(self.statusBar(), self.policy_label)
        self._build_actions()
        self._build_menus()
        from evdesk.ui.deals.controller import DealsController  # the deal records: menus, badge, opened deal

        self.deals = DealsController(self)
        self.retranslate()
        self._restore_geometry()
        if policy is not None:
            self._build_content(policy, None)
        elif load_after_paint:
            # Load once the window has painted (see event()); a window that is never shown loads anyway.
            self._starting = True
            QTimer.singleShot(250, self._start)
        else:
            self._starting = True
            self._start()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if self._starting and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._start)  # after this paint is on screen
        return handled

    def _start(self) -> None:
        if not self._starting:
            return
        self._starting = False
        from evdesk.ui.policy.dialogs import startup_policy

        in_use, message = startup_policy(self.settings)
        self._build_content(in_use.policy, message, in_use)

    def _build_content(self, policy: Policy, startup_message: str | None, origin: PolicyInUse | None = None) -> None:
        from evdesk.present.format import Formatter
        from evdesk.ui.counter.form import SaleForm
        from evdesk.ui.counter.result_view import ResultView
        from evdesk.updates.in_use import describe_policy

        self.policy = policy
        self.policy_origin = origin or describe_policy(policy)
        self.formatter = Formatter(self.language)
        self.form = SaleForm(policy)
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("formScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab and start-up focus go to the fields
        self.form_scroll.setWidget(self.form)
        self.result = ResultView(policy)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(1)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.addWidget(self.result)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        self.form.set_language(self.language)
        self.form.set_mode(self.mode)
        self.form.set_remembered_province(self.settings.province)
        self.form.provinceChosen.connect(self._remember_province)
        self.form.changed.connect(self.refresh)
        self.form.installEventFilter(self)
        self.result.fieldRequested.connect(self.form.show_field)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Whatever puts the focus in a field (Alt+letter, a card's link, Tab) also scrolls it into view.
            app.focusChanged.connect(self._show_focused_field)
        self.ready = True
        self.form.set_compact(self.width() < COMPACT_BELOW)
        self.retranslate()
        self._fit_form_pane()
        self._restore_splitter()
        for action in self._content_actions:
            action.setEnabled(True)
        self.deals.content_ready()
        self.refresh()
        self.settle()
        self.form.focus_first_field()  # a barcode scanner types into whatever has focus: the VIN
        if startup_message:
            self.statusBar().showMessage(startup_message)
        if self.settings.updates.check_at_startup:  # only with the user's consent (Help → Policy update settings)
            QTimer.singleShot(0, lambda: self.check_for_policy_updates(quiet=True))

    def _fit_form_pane(self) -> None:
        """The form never gets narrower than its fields need (the splitter and a small screen cannot
        squeeze it to a sliver); the result pane scrolls and reflows instead."""
        self._fit_pending = False
        self.form.ensurePolished()
        scrollbar = self.form_scroll.verticalScrollBar().sizeHint().width()
        width = self.form.minimumSizeHint().width() + scrollbar
        if width != self.form_scroll.minimumWidth():
            self.form_scroll.setMinimumWidth(width)

    def _show_focused_field(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.ready or not self.form.isAncestorOf(new):
            return
        row = new
        while row.parentWidget() is not None and row.parentWidget() is not self.form and not isinstance(
                row.parentWidget(), QGroupBox):
            row = row.parentWidget()  # the field's whole box (an editable combo's line edit is inside it)
        margin = new.fontMetrics().height() * 2  # its label's line above and its message below stay in view
        self.form_scroll.ensureWidgetVisible(row, 0, margin)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The form's minimum width changes with the language and only settles once its layouts run
        # (which for a hidden window is when it is shown): follow it after each re-layout.
        if watched is getattr(self, "form", None) and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show) \
                and not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self.form, self._fit_form_pane)  # not once the form is gone (a closed window)
        return super().eventFilter(watched, event)

    # --- actions and menus ----------------------------------------------------------------------
    def _action(self, name: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                slot: object = None, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("newCheckAction", "Ctrl+N", self.new_check)
        self.inventory_action = self._action("checkInventoryAction", "Ctrl+I", self.check_inventory)
        self.copy_action = self._action("copyResultAction", "Ctrl+Shift+C", self.copy_result)
        self.print_action = self._action("printAction", "Ctrl+P", self.print_statement)
        self.pdf_action = self._action("savePdfAction", "Ctrl+Shift+S", lambda: self.save_statement_pdf())
        self.load_policy_action = self._action("loadPolicyAction", None, lambda: self.load_policy_file())
        self.bundled_policy_action = self._action("bundledPolicyAction", None, self.use_bundled_policy)
        self.quit_action = self._action("quitAction", "Ctrl+Q", self.close)
        self.about_action = self._action("aboutAction", None, self.show_about)
        self.glossary_action = self._action("glossaryAction", None, self.show_glossary)  # evdesk.ui.help
        # Signed policy updates (evdesk.updates; the dialogs in ui/policy/updates.py).
        self.install_update_action = self._action("installPolicyUpdateAction", None,
                                                  lambda: self.install_policy_update())
        self.import_list_action = self._action("importVehicleListAction", None, lambda: self.import_vehicle_list())
        self.check_updates_action = self._action("checkPolicyUpdatesAction", None,
                                                 lambda: self.check_for_policy_updates())
        self.update_settings_action = self._action("policyUpdateSettingsAction", None,
                                                   lambda: self.edit_update_settings())
        modes = QActionGroup(self)
        self.dealer_action = self._action("dealerModeAction", None, lambda: self.set_mode("dealer"), True)
        self.consumer_action = self._action("consumerModeAction", None, lambda: self.set_mode("consumer"), True)
        for action in (self.dealer_action, self.consumer_action):
            modes.addAction(action)
        languages = QActionGroup(self)
        self.english_action = self._action("englishAction", None, lambda: self.set_language("en"), True)
        self.french_action = self._action("frenchAction", None, lambda: self.set_language("fr"), True)
        for action in (self.english_action, self.french_action):
            languages.addAction(action)
        # Each language is named in itself, so anyone can find their own.
        self.english_action.setText("English")
        self.french_action.setText("Français")
        self._check_choices()
        for action in self._content_actions:
            action.setEnabled(False)  # until the form exists

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.inventory_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.print_action, self.pdf_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.install_update_action, self.import_list_action, self.load_policy_action,
                                   self.bundled_policy_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.copy_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.dealer_action, self.consumer_action])
        self.language_menu = bar.addMenu("")
        self.language_menu.addActions([self.english_action, self.french_action])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.glossary_action)
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.check_updates_action, self.update_settings_action])
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

    @property
    def _content_actions(self) -> list[QAction]:
        return [self.new_action, self.inventory_action, self.copy_action, self.print_action, self.pdf_action,
                self.load_policy_action, self.bundled_policy_action, self.about_action, self.dealer_action,
                self.consumer_action,
                self.english_action, self.french_action, *self._update_actions]

    @property
    def _update_actions(self) -> list[QAction]:
        return [self.install_update_action, self.import_list_action, self.check_updates_action,
                self.update_settings_action]

    def _check_choices(self) -> None:
        self.dealer_action.setChecked(self.mode == "dealer")
        self.consumer_action.setChecked(self.mode == "consumer")
        self.english_action.setChecked(self.language == "en")
        self.french_action.setChecked(self.language == "fr")

    # --- words ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "help_menu"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("evdesk: EV rebate, import duty and quota"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New check"))
        self.inventory_action.setText(self.tr("Check &inventory…"))
        self.copy_action.setText(self.tr("&Copy result as text"))
        self.print_action.setText(self.tr("&Print statement…"))
        self.pdf_action.setText(self.tr("&Save statement as PDF…"))
        self.load_policy_action.setText(self.tr("&Load policy…"))
        self.bundled_policy_action.setText(self.tr("Stop using the loaded policy &file"))
        self.install_update_action.setText(self.tr("Inst&all policy update…"))
        self.import_list_action.setText(self.tr("Import &Transport Canada's vehicle list…"))
        self.check_updates_action.setText(self.tr("Check for policy &updates"))
        self.update_settings_action.setText(self.tr("Policy update s&ettings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About evdesk"))
        self.glossary_action.setText(self.tr("What these &words mean"))
        self.dealer_action.setText(self.tr("&Dealer mode"))
        self.consumer_action.setText(self.tr("&Consumer mode"))
        if self.ready:
            self.form_scroll.setAccessibleName(self.tr("The sale"))
            self.result.setAccessibleName(self.tr("The answer"))
            self._show_policy_label()
            # Alt+F and the other menu letters stay the menus'; the form's labels take the rest.
            self.form.set_reserved_mnemonics(tuple(
                letter for menu in (self.file_menu, self.edit_menu, self.view_menu, self.language_menu,
                                    self.help_menu) if (letter := mnemonic_of(menu.title()))))

    def _show_policy_label(self) -> None:
        from evdesk.ui.policy.updates import policy_status

        line, stale = policy_status(self.policy_origin, self.settings.updates, self.formatter)
        mode = self.tr("Dealer mode") if self.mode == "dealer" else self.tr("Consumer mode")
        self.policy_label.setText(f"{mode}  ·  {'⚠ ' if stale else ''}{line}")
        self.policy_label.setToolTip("\n".join(filter(None, [stale, line, str(self.policy.path)])))

    # --- the chain ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the form, evaluate, show. Synchronous; well under a frame (16 ms)."""
        from evdesk.rules import evaluate

        reading = self.form.read()
        self.form.show_errors(reading.errors, reading.pending, reading.missing, reading.unsettled)
        if reading.request is None:
            # Fields that cannot be used; or, with none, fields the answer waits for (a lease's term).
            waiting = not reading.errors
            self.result.show_problems([(self.form.field_label(name), message) for name, message in
                                       (reading.missing if waiting else reading.errors).items()], waiting=waiting)
            self._enable_outputs(False)
            return
        # An opened deal, unchanged, shows the answer it was given; anything else is answered today.
        self.evaluation = self.deals.saved_answer(reading.request) or evaluate(reading.request, self.policy)
        self.result.show_evaluation(self.evaluation, self.formatter, self.mode,
                                    [(self.form.field_label(name), text) for name, text in reading.pending.items()])
        self.form.show_evaluation(self.evaluation)
        self._enable_outputs(not reading.pending and not reading.unsettled)

    def _enable_outputs(self, enabled: bool) -> None:
        # A statement of an out-of-date or unfinished answer must not reach the deal jacket.
        self.outputs_ready = enabled
        for action in (self.copy_action, self.print_action, self.pdf_action):
            action.setEnabled(enabled)
        self.deals.outputs_changed(enabled)

    # --- choices --------------------------------------------------------------------------------
    def set_mode(self, mode: Mode, remember: bool = True) -> None:
        """`remember`: the counter's mode from now on (the View menu); False for a deal opened in the other
        mode, which should not change how the counter starts next time."""
        if not self.ready:
            return
        settled = not self.has_unsaved_work()
        counted = self._counted_total() if mode == "consumer" and self.mode == "dealer" else None
        self.mode = mode
        if remember:
            self.settings.mode = mode
        self._check_choices()
        self._show_policy_label()
        self.form.set_mode(mode, counted)
        self.refresh()
        if settled:  # the other mode reads the same inputs otherwise: that is not work typed
            self.settle()
        if self.form.folded_price is not None:
            self.statusBar().showMessage(self.tr(
                "Price before taxes: {price}, the vehicle price with the options, accessories and fees the "
                "dealer counts toward the cap.").format(price=self.formatter.money(self.form.folded_price)), 10000)

    def _counted_total(self) -> Decimal | None:
        """The dealer's final transaction value as the engine adds it up: the consumer's price before taxes."""
        from evdesk.rules import evaluate

        request = self.form.read().request
        if request is None:
            return None
        evaluation = self.deals.saved_answer(request) or evaluate(request, self.policy)
        return evaluation.rebate.ftv.total

    # --- work typed and not saved ---------------------------------------------------------------
    def settle(self) -> None:
        """What the form holds now is nothing to lose: a new check, a deal or row put in, a deal saved."""
        self._settled = self.form.read().request

    def has_unsaved_work(self) -> bool:
        """Whether the form holds something typed since it was last settled, that replacing it would lose."""
        return self.form.read().request != self._settled

    def set_language(self, language: Language) -> None:
        from evdesk.present.format import Formatter

        if not self.ready:
            return
        self.language = language
        self.settings.language = language
        if not use_language(language):
            self.statusBar().showMessage(self.tr("The French translation could not be loaded."))
        self.formatter = Formatter(language)
        self._check_choices()
        self.form.set_language(language)
        self.result.retranslate()
        self.retranslate()
        self.refresh()

    def _remember_province(self, code: str) -> None:
        """The province picked last is this counter's: every new check starts with it."""
        self.settings.province = code or None
        self.form.set_remembered_province(code or None)

    def new_check(self) -> None:
        self.form.reset()
        self.settle()
        self.deals.suggested_stock = None  # another vehicle now
        self.form_scroll.verticalScrollBar().setValue(0)
        self.result.scroll_to_top()  # the Why pane starts at its first line, not where the last deal left it
        self.form.focus_first_field()

    def check_inventory(self) -> None:
        """File → Check inventory…: the inventory window (one, kept), whose rows open in this form."""
        from evdesk.ui.inventory import InventoryWindow

        if self.inventory is not None and self.inventory.policy is not self.policy:
            self.inventory.close()  # checked under the policy before: start again under this one
            self.inventory.deleteLater()
            self.inventory = None
        if self.inventory is None:
            self.inventory = InventoryWindow(self.policy, self.language, self)
            self.inventory.open_requested.connect(self._open_inventory_row)
        self.inventory.show()
        self.inventory.raise_()
        self.inventory.activateWindow()

    def fill_whole(self, request: SaleRequest) -> None:
        """Put a request (an inventory row, a saved deal) in the form so that the counter answers exactly it. A
        consumer's form shows one price and no import details: when it cannot hold this request (options, dealer
        fees, freight, a quota position or rules of origin the check assumed), the counter goes to dealer mode
        and says so, rather than answer another deal than the one the table or the deal showed."""
        if self.mode == "consumer":
            self.form.fill_request(request)
            if self.form.read().request == request:
                self.settle()
                return
            self.set_mode("dealer", remember=False)
            self.statusBar().showMessage(self.tr("Opened in dealer mode: this deal has details a consumer's form "
                                                 "does not show."), 15000)
        self.form.fill_request(request)  # one change: the form re-evaluates once, with every field set
        self.settle()

    def _open_inventory_row(self, request: SaleRequest, stock: str | None) -> None:
        """A row of the inventory check in this form; saving it as a deal proposes the row's stock number. A
        deal typed at the counter and not saved is replaced only if the user says so. The row goes in as a saved
        deal does (`fill_whole`), so the counter answers exactly the request the check answered."""
        if self.has_unsaved_work() and QMessageBox.question(
                self.inventory or self,
                self.tr("Replace the deal at the counter?"),
                self.tr("The deal typed at the counter has not been saved. Open this row in its place?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return

        self.fill_whole(request)
        self.deals.suggested_stock = stock
        self.raise_()
        self.activateWindow()

    # --- the deal jacket ------------------------------------------------------------------------
    def result_text(self) -> str:
        from evdesk.present.explanation import plain_text

        if self.evaluation is None:
            return ""
        return plain_text(self.evaluation, self.formatter, self.mode)

    def copy_result(self) -> None:
        text = self.result_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage(self.tr("Result copied as text."), 4000)

    def print_statement(self) -> None:
        from evdesk.ui.counter import statement

        if self.evaluation is None or not self.outputs_ready:
            return
        if statement.print_with_dialog(self, self.evaluation, self.formatter, self.mode, self.deals.statement_header()):
            self.statusBar().showMessage(self.tr("Statement sent to the printer."), 4000)

    def save_statement_pdf(self, path: Path | None = None) -> Path | None:
        from evdesk.ui.counter import statement

        if self.evaluation is None or not self.outputs_ready:
            return None
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            suggested = str(Path(folder) / statement.file_name(self.evaluation, self.deals.statement_header()))
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statement as PDF"), suggested,
                                                    self.tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        try:
            statement.save_pdf(path, self.evaluation, self.formatter, self.mode, self.deals.statement_header())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Statement not saved"), str(error))
            return None
        self.statusBar().showMessage(self.tr("Statement saved to {path}.").format(path=path), 6000)
        return path

    # --- policy ---------------------------------------------------------------------------------
    def load_policy_file(self, path: Path | None = None) -> bool:
        from evdesk.ui.policy.dialogs import ask_policy_file, install_policy

        path = path or ask_policy_file(self)
        if path is None:
            return False
        policy = install_policy(self, path, self.policy)
        if policy is None:
            self.statusBar().showMessage(self.tr("Policy file refused; still using policy {version}.").format(
                version=self.policy.version), 6000)
            return False
        self._keep_loaded_file(policy, path)
        self.set_policy(policy)
        self.settings.policy_path = policy.path
        self.statusBar().showMessage(self.tr("Now using policy {version}.").format(version=policy.version), 6000)
        return True

    def use_bundled_policy(self) -> None:
        """Forget the loaded file: back to the policy in use (the newest accepted)."""
        from evdesk.updates.in_use import policy_in_use

        self.settings.policy_path = None
        in_use = policy_in_use()
        self.set_policy(in_use.policy, in_use)
        if in_use.kind == "bundled":
            message = self.tr("Now using the bundled policy {version}.")
        else:
            message = self.tr("Now using policy {version}.")
        self.statusBar().showMessage(message.format(version=self.policy.version), 6000)

    def set_policy(self, policy: Policy, origin: PolicyInUse | None = None) -> None:
        from evdesk.updates.in_use import describe_policy

        self.policy = policy
        self.policy_origin = origin or describe_policy(policy)
        self.result.set_policy(policy)
        self._show_policy_label()
        self.form.set_policy(policy)  # emits changed → refresh, once

    def show_glossary(self) -> None:
        from evdesk.ui.help import GlossaryDialog

        GlossaryDialog(self).exec()

    def show_about(self) -> None:
        from evdesk.ui.policy.dialogs import AboutDialog
        from evdesk.ui.policy.updates import last_checked_text, words

        AboutDialog(self.policy, self.formatter, self.policy_origin.kind == "bundled", self,
                    origin=words(self.policy_origin.describe(), self.formatter),
                    updates=last_checked_text(self.settings.updates, self.formatter).capitalize()).exec()

    # --- signed policy updates (evdesk.updates) ---------------------------------------------------
    @property
    def updating(self) -> bool:
        return self.update_task is not None

    def check_for_policy_updates(self, quiet: bool = False) -> bool:
        """Help → Check for policy updates: in the thread pool, from the address in the settings. `quiet`
        (the check at start-up the user allowed) says the outcome in the status bar only."""
        from evdesk.updates.client import update_from

        if self.updating:
            return False
        address = self.settings.updates.effective_address
        if address is None and not quiet:
            self.edit_update_settings()
            address = self.settings.updates.effective_address
        if address is None:
            return False
        self.statusBar().showMessage(self.tr("Checking for policy updates at {address}…").format(address=address))
        return self._start_update(lambda: update_from(address), quiet)

    def install_policy_update(self, path: Path | None = None) -> bool:
        """File → Install policy update…: a bundle file, verified exactly as an update from the web."""
        from evdesk.ui.policy.updates import ask_bundle_file
        from evdesk.updates.client import install_bundle

        path = path or ask_bundle_file(self)
        if path is None or self.updating:
            return False
        return self._start_update(lambda: install_bundle(path), False)

    def _start_update(self, job: object, quiet: bool) -> bool:
        from evdesk.ui.policy.update_task import UpdateTask

        for action in self._update_actions:
            action.setEnabled(False)
        task = UpdateTask(job, self)  # type: ignore[arg-type]
        task.finished.connect(lambda result: self._update_finished(result, quiet))
        self.update_task = task
        task.start()
        return True

    def _update_finished(self, result: object, quiet: bool) -> None:
        from evdesk.ui.policy.updates import tell, words
        from evdesk.updates.client import UpdateOutcome
        from evdesk.updates.in_use import PolicyInUse
        from evdesk.updates.messages import UpdateRefused

        if self.update_task is not None:
            self.update_task.deleteLater()
        self.update_task = None
        for action in self._update_actions:
            action.setEnabled(True)
        if not isinstance(result, UpdateOutcome):
            assert isinstance(result, UpdateRefused)
            text = words(result.message, self.formatter)
            warning = result.code not in ("offline", "slow", "no_address")
        else:
            text, warning = words(result.message, self.formatter), False
            kept = result.kept
            if result.status == "installed" and self.settings.policy_path is None:
                self.set_policy(result.policy, PolicyInUse(result.policy, kept.kind, kept.source, kept.installed,
                                                           kept.expires))
            elif result.status == "installed":
                text += " " + self.tr("The policy file you loaded stays in use: File → Stop using the loaded "
                                      "policy file switches to it.")
        self._show_policy_label()
        self.statusBar().showMessage(text, 10000)
        if not quiet:
            tell(self, self.tr("Policy update"), text, warning=warning)

    def import_vehicle_list(self, path: Path | None = None) -> bool:
        """File → Import Transport Canada's vehicle list…: a new local version of the policy in use."""
        from evdesk.ui.policy.updates import ask_vehicle_list_file, tell, words
        from evdesk.updates.in_use import PolicyInUse, policy_in_use
        from evdesk.updates.messages import UpdateRefused
        from evdesk.updates.vehicle_import import import_vehicle_list

        path = path or ask_vehicle_list_file(self)
        if path is None:
            return False
        try:
            done = import_vehicle_list(path, policy_in_use())
        except UpdateRefused as refused:
            tell(self, self.tr("Vehicle list not imported"), words(refused.message, self.formatter), warning=True)
            return False
        kept = done.kept
        if self.settings.policy_path is None:
            self.set_policy(done.policy, PolicyInUse(done.policy, kept.kind, kept.source, kept.installed))
        self.statusBar().showMessage(self.tr("Policy {version}: {count} vehicles imported from {file}.").format(
            version=done.policy.version, count=len(done.read.rows), file=path.name), 8000)
        return True

    def edit_update_settings(self) -> bool:
        from evdesk.ui.policy.updates import UpdateSettingsDialog

        dialog = UpdateSettingsDialog(self.settings.updates, self)
        if dialog.exec() != UpdateSettingsDialog.DialogCode.Accepted:
            return False
        self.settings.updates = dialog.chosen()
        self._show_policy_label()
        self.refresh()  # the age limit may have changed the answer's warning
        return True

    def _keep_loaded_file(self, policy: Policy, picked: Path) -> None:
        """Record a loaded file in the policy history, so its answers stay reproducible."""
        import contextlib

        from evdesk.policy import PolicyError
        from evdesk.updates.store import PolicyStore

        with contextlib.suppress(OSError, PolicyError):
            PolicyStore().keep(policy, kind="file", source=str(picked), now=dt.datetime.now(dt.UTC))

    # --- the window's shape ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                self.fit_to(screen.availableGeometry(), FRAME_ALLOWANCE)
            else:
                self.resize(*DEFAULT_SIZE)
        # Once shown, the real frame is known: fit again if it does not fit (unless someone sized it since).
        self._placed = self.geometry()

    def fit_to(self, available: QRect, frame: QMargins) -> None:
        """Size and place the window so that all of it, title bar and status bar included, is on the screen's
        available area (what the taskbar or the menu bar leaves)."""
        self.setGeometry(fitted_geometry(available, frame, QSize(*DEFAULT_SIZE)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        placed = getattr(self, "_placed", None)
        if placed is not None:
            self._placed = None
            if self.geometry() == placed:
                QTimer.singleShot(0, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        """A window restored from another screen, or whose frame is taller than allowed for, is brought back
        within the available area: the status bar ("Statement saved to …") must stay in sight."""
        if self.isMaximized() or self.isFullScreen():
            return
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        outer = self.frameGeometry()
        if available.contains(outer):
            return
        inner = self.geometry()
        frame = QMargins(inner.left() - outer.left(), inner.top() - outer.top(), outer.right() - inner.right(),
                         outer.bottom() - inner.bottom())
        self.setGeometry(fitted_geometry(available, frame, inner.size()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.ready:
            self.form.set_compact(self.width() < COMPACT_BELOW)
            if not self._splitter_moved:
                self._share_width()

    def _share_width(self) -> None:
        """Until the user drags the divider: in a narrow window the form takes what its fields need and the
        answer the rest (all four answers in view at 150 %); otherwise about two fifths."""
        if self._splitter_moved:
            return
        self._fit_form_pane()
        width = self.width()  # the splitter's own width is not laid out yet before the window is shown
        form = self.form_scroll.minimumWidth() if self.form.compact else max(int(width * 0.42),
                                                                             self.form_scroll.minimumWidth())
        self.splitter.setSizes([form, max(width - form, 1)])

    def _restore_splitter(self) -> None:
        self._splitter_moved = False
        state = self.settings.geometry("splitter")
        if state is not None and self.splitter.restoreState(state):
            self._splitter_moved = True  # the user's own division, from last time
        else:
            self._share_width()
        self.splitter.splitterMoved.connect(self._divider_dragged)

    def _divider_dragged(self) -> None:
        self._splitter_moved = True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("geometry", self.saveGeometry())
        if self.ready:
            # Only a division the user made is kept; otherwise the next start shares the width itself.
            self.settings.set_geometry("splitter", self.splitter.saveState() if self._splitter_moved else QByteArray())
        self.settings.sync()
        super().closeEvent(event)

