"""The records in the counter window: what `MainWindow` asks of them, in one place.

- File → Save deal… (Ctrl+S) and File → Deals… (Ctrl+D); Edit → Settings….
- A badge in the status bar: how many claims need action (click: the Deals view, filtered to them).
- A deal opened from the Deals view: its request back in the form, its saved answer in the result view
  (`saved_answer`, which `MainWindow.refresh` asks before evaluating), and the panel above the form
  saying what today's policy would change. Saving a check opens the deal it became, so the statement
  printed right after carries its deal number.
- The statement's header: the dealer profile, and the opened deal's number, stock and customer.

Nothing here touches the database before the window is on screen: the records load just after (start()).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QToolButton

from evdesk.ui.deals.session import RecordsSession, Refusal
from evdesk.ui.theme import current, theme_changes

if TYPE_CHECKING:
    from evdesk.records.due import DueItem
    from evdesk.rules import Evaluation
    from evdesk.rules.request import SaleRequest
    from evdesk.ui.counter.statement import StatementHeader
    from evdesk.ui.deals.deals_window import DealsWindow
    from evdesk.ui.deals.dialogs import ClaimDialog, DealDetails, Move, Outcome, SaveDealDialog
    from evdesk.ui.deals.opened import DealPanel, OpenedDeal
    from evdesk.ui.main_window import MainWindow

START_DELAY_MS = 300  # after the window is usable (shown, with its first answer): the window first, then the records
BADGE_REFRESH_MS = 5 * 60 * 1000  # other counters save and move claims too


class DealsController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.session = RecordsSession(window.settings, self)
        self.session.changed.connect(self._records_changed)
        self.session.availability.connect(lambda *_: self.update_badge())
        self.today = dt.date.today  # tests set the day
        self.opened: OpenedDeal | None = None
        self.panel: DealPanel | None = None
        self.deals_window: DealsWindow | None = None
        self.save_dialog: SaveDealDialog | None = None
        self.suggested_stock: str | None = None  # the stock number of an inventory row opened in the form
        self.claim_dialog: ClaimDialog | None = None
        self.due: list[DueItem] = []
        self.started = False
        self._content_ready = False
        self._start_scheduled = False
        self._build_actions()
        self.badge = QToolButton()
        self.badge.setObjectName("claimsBadge")
        self.badge.setAutoRaise(True)
        self.badge.clicked.connect(self.show_needing_action)
        self.badge.setVisible(False)
        window.statusBar().insertPermanentWidget(0, self.badge)
        theme_changes().changed.connect(self._show_badge)  # its colour is the theme's
        self._timer = QTimer(self)
        self._timer.setInterval(BADGE_REFRESH_MS)
        self._timer.timeout.connect(self.update_badge)
        window.installEventFilter(self)
        self.retranslate()

    # --- actions ---------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        self.save_action = QAction(w)
        self.save_action.setObjectName("saveDealAction")
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(lambda: self.ask_to_save())
        self.save_action.setEnabled(False)
        self.deals_action = QAction(w)
        self.deals_action.setObjectName("dealsAction")
        self.deals_action.setShortcut(QKeySequence("Ctrl+D"))
        self.deals_action.triggered.connect(lambda: self.show_deals())
        self.settings_action = QAction(w)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.show_settings())
        for action in (self.save_action, self.deals_action, self.settings_action):
            w.addAction(action)  # shortcuts work with the menu bar hidden
            action.setEnabled(False)  # until the window has its content (content_ready)
        # After "New check": save it, find it again.
        w.file_menu.insertActions(w.file_menu.actions()[1], [self.save_action, self.deals_action])
        w.edit_menu.addSeparator()
        w.edit_menu.addAction(self.settings_action)

    def content_ready(self) -> None:
        """The window has its form and result: the records' actions can be used."""
        self.deals_action.setEnabled(True)
        self.settings_action.setEnabled(True)
        self._content_ready = True
        self._schedule_start()

    def _schedule_start(self) -> None:
        """The records open once the window is shown with its form and first answer: importing their
        libraries and opening the database would otherwise hold back the first answer by a third of a second."""
        if self._content_ready and self.window.isVisible() and not (self.started or self._start_scheduled):
            self._start_scheduled = True
            QTimer.singleShot(START_DELAY_MS, self, self.start)  # dropped if the window goes first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.LanguageChange:
                self.retranslate()
            elif kind == QEvent.Type.Show:
                self._schedule_start()
            elif kind == QEvent.Type.Close:
                if self.deals_window is not None:
                    self.deals_window.close()
                self._timer.stop()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.save_action.setText(self.tr("Sa&ve deal…"))
        self.deals_action.setText(self.tr("&Deals…"))
        self.settings_action.setText(self.tr("Se&ttings…"))
        self.badge.setAccessibleName(self.tr("Claims needing action"))
        self._show_badge()
        # The window switches its formatter after Qt's LanguageChange: follow it once that is done.
        QTimer.singleShot(0, self, self._follow_formatter)

    def _follow_formatter(self) -> None:
        if not getattr(self.window, "ready", False):
            return
        if self.opened is not None:
            self._refresh_opened()  # today's answer, worded in the new language, compared again
        if self.panel is not None:
            self.panel.retranslate()
            self.panel.show_deal(self.opened, self.window.formatter)
            self._retranslate_moves(self.panel.claim_button.menu())
        if self.deals_window is not None:
            self.deals_window.set_formatter(self.window.formatter)

    # --- start: retention, then the badge --------------------------------------------------------
    def start(self) -> None:
        """Open the records (once the window is up), erase what the retention period ended, count the
        claims that need action, and keep counting."""
        if self.started:
            return
        self.started = True
        from evdesk.records.retention import erase_expired

        years = self.window.settings.retention_years
        try:
            self.session.call(lambda records: erase_expired(records, years, self.today()))
        except Refusal as refusal:
            self.window.statusBar().showMessage(refusal.text, 10000)
        for warning in self.session.warnings:
            self.window.statusBar().showMessage(warning, 15000)
        self.update_badge()
        self._timer.start()

    def update_badge(self) -> None:
        from evdesk.records.due import claims_due, deals_needing_action

        if not self.started:
            return
        thresholds = self.window.settings.due_thresholds
        try:
            self.due = self.session.call(lambda records: claims_due(records, self.today(), thresholds))
        except Refusal:
            self.due = []
        if self.deals_window is not None:
            self.deals_window.set_needing_action(tuple(deals_needing_action(self.due)))
        self._show_badge()

    def claims_needing_action(self) -> int:
        return len({item.number for item in self.due})

    def _show_badge(self, *_theme: object) -> None:
        if not self.started:
            return
        self.badge.setVisible(True)
        if self.session.unavailable:
            self.badge.setText("⚠ " + self.tr("Deals database not reachable"))
            self.badge.setToolTip(self.session.unavailable)
            self.badge.setStyleSheet(f"color: {current().bad}; font-weight: 600;")
            return
        count = self.claims_needing_action()
        if count:
            self.badge.setText("⚑ " + (self.tr("1 claim needs action") if count == 1 else
                                       self.tr("{count} claims need action").format(count=count)))
            self.badge.setStyleSheet(f"color: {current().due}; font-weight: 600;")
        else:
            self.badge.setText(self.tr("No claim needs action"))
            self.badge.setStyleSheet(f"color: {current().muted};")
        self.badge.setToolTip(self.tr("Show the deals whose claims need action (Deals…)"))

    def _records_changed(self) -> None:
        self.update_badge()
        if self.deals_window is not None:
            self.deals_window.reload()
        if self.opened is not None:
            self._refresh_opened()

    # --- saving ----------------------------------------------------------------------------------
    def outputs_changed(self, ready: bool) -> None:
        """The window's answer can (or can no longer) go into the deal jacket: it can be saved then, unless
        it is an opened deal shown as saved."""
        self.save_action.setEnabled(ready and not self.showing_saved_deal())

    def showing_saved_deal(self) -> bool:
        return self.opened is not None and not self.opened.changed and self.opened.reproduced

    def ask_to_save(self) -> SaveDealDialog | None:
        from evdesk.ui.deals.dialogs import SaveDealDialog

        w = self.window
        if w.evaluation is None or not w.outputs_ready or self.showing_saved_deal():
            return None
        self.save_dialog = SaveDealDialog(w, w.settings.salesperson, self.save, stock=self.suggested_stock)
        self.save_dialog.open()
        return self.save_dialog

    def save(self, details: DealDetails) -> Outcome:
        """Save the window's check with `details`; None when saved, else why not (the dialog shows it)."""
        from evdesk.present.report import to_json
        from evdesk.records.deals import recipient_limit_reached, save_deal

        w = self.window
        evaluation = w.evaluation
        if evaluation is None:
            return None
        policy = w.policy
        try:
            limit = self.session.call(lambda records: recipient_limit_reached(records, details.customer,
                                                                              evaluation.request, policy))
            if limit is not None and not self._confirm_over_limit(limit):
                return self.tr("Not saved."), False
            answer = to_json(evaluation, w.formatter)  # as the user saw it, in the window's language
            dealer = w.settings.dealer
            row = self.session.write(lambda records: save_deal(
                records, evaluation.request, answer, policy, customer=details.customer, stock=details.stock,
                salesperson=details.salesperson, language=w.language, mode=w.mode,
                dealer=None if dealer.is_empty() else dealer._asdict()))
        except Refusal as refusal:
            if refusal.retry:
                return refusal.text + "\n" + self.tr("Nothing was saved; the form is as you typed it."), True
            return refusal.text, False
        if details.salesperson and details.salesperson != w.settings.salesperson:
            w.settings.salesperson = details.salesperson
        w.statusBar().showMessage(self.tr("Saved as deal {number}.").format(number=row.number), 8000)
        w.settle()  # saved: nothing typed to lose now
        self.open_deal(row.number, into_form=False)
        return None

    def _confirm_over_limit(self, limit: Any) -> bool:
        per = (self.tr("for the whole program") if limit.per == "program" else self.tr("per calendar year"))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Recipient limit"), self.tr(
            "{customer} already has {count} incentive(s) in these records (deals {deals}); a buyer of this kind "
            "may receive {limit} {per}. These records cannot see other dealers' deals.").format(
            customer=limit.customer, count=limit.count, deals=", ".join(map(str, limit.deals)), limit=limit.limit,
            per=per), QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self.window)
        box.setObjectName("recipientLimitWarning")
        box.setInformativeText(self.tr("Save the deal anyway?"))
        return box.exec() == QMessageBox.StandardButton.Save

    # --- opening a deal --------------------------------------------------------------------------
    def open_deal(self, number: int, into_form: bool = True) -> bool:
        """Show deal `number`: with `into_form`, its request goes back into the form and the result view
        shows its saved answer; the panel says what today's policy would change."""
        opened = self._work_out(number)
        if opened is None:
            return False
        self.suggested_stock = None  # the opened deal has its own
        self.opened = opened
        self._ensure_panel()
        w = self.window
        if into_form:
            w.fill_whole(opened.deal.sale_request())  # → refresh → saved_answer
        else:
            w.refresh()
        self._show_panel()
        return True

    def _work_out(self, number: int, tell: bool = True) -> OpenedDeal | None:
        from evdesk.present.report import to_json
        from evdesk.records.compare import compare_answers, reproduces
        from evdesk.records.deals import claim_log, get_deal
        from evdesk.records.due import due_for
        from evdesk.records.policy_files import saved_policy
        from evdesk.rules import evaluate
        from evdesk.ui.deals.opened import OpenedDeal

        w = self.window
        try:
            deal = self.session.call(lambda records: get_deal(records, number))
            log = self.session.call(lambda records: claim_log(records, number))
        except Refusal as refusal:
            self._tell(refusal.text, tell)
            return None
        request = deal.sale_request()
        # The saved answer reads in the language it was given in; the window words answers in its own.
        texts = deal.language == w.language
        evaluation = policy = None
        try:
            policy = self.session.call(lambda records: _saved_policy(records, deal, saved_policy))
            again = evaluate(request, policy)
            if reproduces(deal.answer, to_json(again, w.formatter), texts):
                evaluation = again
        except Refusal as refusal:
            if refusal.retry:
                self._tell(refusal.text, tell)
                return None
            # Its policy files are not here, or unusable: the panel lists the answer as recorded.
        today = evaluate(request, w.policy)
        comparison = compare_answers(deal.answer, to_json(today, w.formatter), texts)
        return OpenedDeal(deal, log, due_for(deal, self.today(), w.settings.due_thresholds), policy, evaluation,
                          w.policy, today, comparison)

    def _refresh_opened(self) -> None:
        """The deal's claim moved, or the window's policy changed: work it out again, keeping its state."""
        if self.opened is None:
            return
        changed = self.opened.changed
        opened = self._work_out(self.opened.deal.number, tell=False)  # unasked: no box, the status bar
        if opened is not None:
            opened.changed = changed
            self.opened = opened
        self._show_panel()

    def saved_answer(self, request: SaleRequest) -> Evaluation | None:
        """Asked by `MainWindow.refresh` before it evaluates: the opened deal's saved answer while the form
        still holds its request (None otherwise: the window evaluates as usual, under today's policy)."""
        opened = self.opened
        if opened is None:
            return None
        from evdesk.ui.deals.opened import same_sale

        changed = not same_sale(request, opened.deal.sale_request())
        if changed != opened.changed:
            opened.changed = changed
            self._show_panel()
        if opened.today_policy is not self.window.policy and not changed:
            QTimer.singleShot(0, self, self._refresh_opened)  # today's policy changed: compare again
        return opened.evaluation if not changed else None

    def close_deal(self) -> None:
        self.opened = None
        if self.panel is not None:
            self.panel.show_deal(None, self.window.formatter)
        self.window.refresh()

    def restore_deal(self) -> None:
        if self.opened is not None:
            self.window.form.fill_request(self.opened.deal.sale_request())

    def _ensure_panel(self) -> None:
        if self.panel is not None:
            return
        from PySide6.QtWidgets import QDockWidget, QWidget

        from evdesk.ui.deals.opened import DealPanel

        self.panel = DealPanel()
        self.panel.closed.connect(self.close_deal)
        self.panel.restore.connect(self.restore_deal)
        self.panel.reprint.connect(self.window.print_statement)
        self._claim_menu_for(self.panel.claim_button, lambda: self.opened.deal.number if self.opened else None)
        self.dock = QDockWidget(self.window)
        self.dock.setObjectName("dealDock")
        self.dock.setTitleBarWidget(QWidget())  # no title bar: the panel says it all
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setWidget(self.panel)
        self.window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.dock)

    def _show_panel(self) -> None:
        if self.panel is None:
            return
        self.panel.show_deal(self.opened, self.window.formatter)
        self.dock.setVisible(self.opened is not None)
        self.save_action.setEnabled(self.window.outputs_ready and not self.showing_saved_deal())
        if self.opened is not None:
            self._enable_moves(self.panel.claim_button, self.opened.deal.status)

    def statement_header(self) -> StatementHeader:
        """A new check's statement carries today's dealer profile; a saved deal's, the one it was saved
        with (today's when it had none), and its own numbers."""
        from evdesk.ui.counter.statement import DealFacts, StatementHeader
        from evdesk.ui.settings import DealerProfile

        dealer = self.window.settings.dealer
        if not self.showing_saved_deal():
            return StatementHeader(dealer)
        assert self.opened is not None
        deal = self.opened.deal
        if deal.dealer:
            dealer = DealerProfile(**{key: deal.dealer.get(key, "") for key in DealerProfile._fields})
        return StatementHeader(dealer, DealFacts(deal.number, deal.saved_at.astimezone().date(), deal.customer,
                                                 deal.stock))

    # --- the claim -------------------------------------------------------------------------------
    def _claim_menu_for(self, button: QPushButton, number: Any) -> None:
        from PySide6.QtWidgets import QMenu

        from evdesk.ui.deals.deals_window import MOVES

        menu = QMenu(button)
        for move in MOVES:
            action = menu.addAction("")
            action.setObjectName(f"dealMove_{move}")
            action.triggered.connect(lambda _=False, move=move: number() and self.ask_move(number(), move))
        button.setMenu(menu)
        self._retranslate_moves(menu)

    def _retranslate_moves(self, menu: Any) -> None:
        texts = {"submitted": self.tr("Submitted in the portal…"), "confirmation": self.tr("Confirmation number…"),
                 "paid": self.tr("Paid…"), "refused": self.tr("Refused…"),
                 "cancelled": self.tr("Cancelled (a return or a broken lease)…")}
        for action in menu.actions():
            action.setText(texts[action.objectName().removeprefix("dealMove_")])

    def _enable_moves(self, button: QPushButton, status: str) -> None:
        from evdesk.ui.deals.deals_window import ALLOWED

        self._retranslate_moves(button.menu())
        for action in button.menu().actions():
            action.setEnabled(action.objectName().removeprefix("dealMove_") in ALLOWED.get(status, ()))

    def ask_move(self, number: int, kind: str) -> ClaimDialog:
        from evdesk.ui.deals.dialogs import ClaimDialog

        parent = self.deals_window if self.deals_window is not None and self.deals_window.isActiveWindow() \
            else self.window
        self.claim_dialog = ClaimDialog(parent, kind, number, self.window.language, self.today(),
                                        lambda move: self.move(number, move))
        self.claim_dialog.open()
        return self.claim_dialog

    def move(self, number: int, move: Move) -> Outcome:
        from evdesk.records.claims import Move as RecordsMove
        from evdesk.records.deals import move_claim

        by = self.window.settings.salesperson or None
        try:
            wanted = RecordsMove(move.to, move.on_date, move.confirmation, move.amount, move.reason)
            self.session.write(lambda records: move_claim(records, number, wanted, by=by))
        except Refusal as refusal:
            return refusal.text, refusal.retry
        self.window.statusBar().showMessage(self.tr("Deal {number}: claim recorded.").format(number=number), 6000)
        return None

    def erase_customer(self, number: int) -> bool:
        from evdesk.records.retention import erase_deal

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Erase the customer's data"), self.tr(
            "Erase the customer's name from deal {number}? The deal's figures and claim stay; the name cannot be "
            "brought back.").format(number=number), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.deals_window or self.window)
        box.setObjectName("eraseConfirmation")
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.session.write(lambda records: erase_deal(records, number))
        except Refusal as refusal:
            self._tell(refusal.text)
            return False
        return True

    # --- the Deals view and the settings ---------------------------------------------------------
    def show_deals(self) -> DealsWindow:
        from evdesk.ui.deals.deals_window import DealsWindow

        if not self.started:
            self.start()
        if self.deals_window is None:
            self.deals_window = DealsWindow(self.session, self.window.formatter,
                                            lambda: self.window.settings.due_thresholds, lambda: self.today(),
                                            self.window)
            self.deals_window.open_deal.connect(self._open_from_view)
            self.deals_window.reprint_deal.connect(self.reprint)
            self.deals_window.move_claim.connect(self.ask_move)
            self.deals_window.erase_customer.connect(self.erase_customer)
            self.deals_window.set_needing_action(tuple(sorted({item.number for item in self.due})))
            self.deals_window.apply_filters()
        self.deals_window.show()
        self.deals_window.raise_()
        self.deals_window.activateWindow()
        return self.deals_window

    def show_needing_action(self) -> None:
        self.show_deals().show_needing_action()

    def _open_from_view(self, number: int) -> None:
        if self.open_deal(number):
            self.window.raise_()
            self.window.activateWindow()

    def reprint(self, number: int, pdf: Path | None = None) -> bool:
        """The deal's statement as it was: opened into the window, then printed (or saved as `pdf`) in the
        language and mode it was saved in, with the dealer profile it carried; the window's own language
        and mode come back after."""
        if not self.open_deal(number):
            return False
        if not self.showing_saved_deal():
            self._tell(self.tr("Deal {number}'s answer cannot be reproduced exactly by this evdesk, so its "
                               "statement cannot be reprinted as it was.").format(number=number))
            return False
        w = self.window
        assert self.opened is not None
        deal = self.opened.deal
        language, mode = w.language, w.mode
        try:
            if deal.mode != mode:
                w.set_mode(deal.mode)  # type: ignore[arg-type]
            if deal.language != language:
                w.set_language(deal.language)  # type: ignore[arg-type]
            if pdf is not None:
                return w.save_statement_pdf(pdf) is not None
            w.print_statement()
            return True
        finally:
            if w.language != language:
                w.set_language(language)
            if w.mode != mode:
                w.set_mode(mode)

    def show_settings(self) -> None:
        from evdesk.ui.deals.settings_dialog import RecordsSettingsDialog

        before = self.window.settings.database_url
        dialog = RecordsSettingsDialog(self.window.settings, self._test_database, self.window)
        if dialog.exec() != RecordsSettingsDialog.DialogCode.Accepted:
            return
        if self.window.settings.database_url != before:
            self.opened = None
            if self.panel is not None:
                self._show_panel()
            self.session.reopen()
        self.update_badge()

    @staticmethod
    def _test_database(url: str | None) -> str | None:
        from evdesk.records.database import open_records
        from evdesk.records.errors import RecordsError
        from evdesk.ui.deals.words import error_text

        try:
            open_records(url, upgrade=False).close()  # reaches it and reads its version; changes nothing
        except RecordsError as error:
            return error_text(error.code, error.params)
        return None

    def _tell(self, text: str, ask: bool = True) -> None:
        """Say `text` in a box; in the status bar instead when nobody asked (a refresh of its own)."""
        if not ask:
            self.window.statusBar().showMessage(text, 10000)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Deals"), text, QMessageBox.StandardButton.Ok,
                          self.deals_window if self.deals_window is not None and self.deals_window.isVisible()
                          else self.window)
        box.setObjectName("dealsMessage")
        box.exec()


def _saved_policy(records: Any, deal: Any, saved_policy: Any) -> Any:
    with records.reading() as connection:
        return saved_policy(connection, deal.number, deal.policy_sha256, deal.vehicle_list_sha256)
