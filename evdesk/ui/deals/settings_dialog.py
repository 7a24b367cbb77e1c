"""The records' settings: who sells, the dealership on its statements, where the records are kept, when
a claim needs action, and how long customers' personal data are kept."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evdesk.ui.settings import MAX_DAYS, MAX_RETENTION_YEARS, DealerProfile, Settings
from evdesk.ui.widgets.accessible import name_inner_editors
from evdesk.ui.widgets.inputs import form_layout


class RecordsSettingsDialog(QDialog):
    """`test_database(url)` returns None when the URL works, else why not (worded)."""

    def __init__(self, settings: Settings, test_database: Callable[[str | None], str | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recordsSettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._test = test_database
        layout = QVBoxLayout(self)

        dealer = QGroupBox(self.tr("The dealership, on its statements"))
        form = form_layout(dealer)
        profile = settings.dealer
        self.legal_name = QLineEdit(profile.legal_name)
        self.legal_name.setObjectName("dealerNameInput")
        self.address = QPlainTextEdit(profile.address)
        self.address.setObjectName("dealerAddressInput")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(self.fontMetrics().height() * 4)
        self.gst = QLineEdit(profile.gst_number)
        self.gst.setObjectName("dealerGstInput")
        self.salesperson = QLineEdit(settings.salesperson)
        self.salesperson.setObjectName("salespersonSetting")
        form.addRow(self.tr("Legal name"), self.legal_name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("GST/HST number"), self.gst)
        form.addRow(self.tr("Salesperson at this counter"), self.salesperson)
        layout.addWidget(dealer)

        records = QGroupBox(self.tr("Where the deals are kept"))
        form = form_layout(records)
        self.url = QLineEdit(settings.database_url or "")
        self.url.setObjectName("databaseUrlInput")
        self.url.setPlaceholderText(self.tr("this computer's own file"))
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setObjectName("databaseTestButton")
        self.test_button.clicked.connect(self._test_url)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        form.addRow(self.tr("Database"), row)
        self.url.setAccessibleName(self.tr("Database"))
        hint = QLabel(self.tr("Empty: a file on this computer, for one counter. For several counters, a PostgreSQL "
                              "server: postgresql://user@server/database (keep the password in the user's pgpass "
                              "file, not here). Never put the file on a shared drive."))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        self.url_result = QLabel()
        self.url_result.setObjectName("databaseTestResult")
        self.url_result.setWordWrap(True)
        form.addRow(self.url_result)
        layout.addWidget(records)

        due = QGroupBox(self.tr("A claim needs action when"))
        form = form_layout(due)
        thresholds = settings.due_thresholds
        self.days: dict[str, QSpinBox] = {}
        labels = {"submit_days": self.tr("sold and not submitted after"),
                  "confirm_days": self.tr("submitted with no confirmation number after"),
                  "payment_days": self.tr("submitted and not paid after"),
                  "step_down_days": self.tr("the amount steps down, or the program ends, within")}
        for name, label in labels.items():
            spin = QSpinBox()
            spin.setObjectName(f"{name}Setting")
            spin.setRange(0, MAX_DAYS)
            spin.setValue(getattr(thresholds, name))
            spin.setSuffix(self.tr(" days"))
            self.days[name] = spin
            form.addRow(label, spin)
        layout.addWidget(due)

        privacy = QGroupBox(self.tr("Customers' personal data"))
        form = form_layout(privacy)
        self.retention = QSpinBox()
        self.retention.setObjectName("retentionSetting")
        self.retention.setRange(1, MAX_RETENTION_YEARS)
        self.retention.setValue(settings.retention_years)
        self.retention.setSuffix(self.tr(" years"))
        form.addRow(self.tr("Erase the customer's name after"), self.retention)
        note = QLabel(self.tr("Ontario keeps sale records 6 years, Alberta 3. The figures of each deal stay."))
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        form.addRow(note)
        layout.addWidget(privacy)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_inner_editors(self)  # the spin boxes' own line edits take their labels' names
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.sizeHint().height())

    def _test_url(self) -> None:
        problem = self._test(self.url.text().strip() or None)
        self.url_result.setText(problem or self.tr("The database answers."))
        self.url_result.setProperty("role", "fieldMessage" if problem else "hint")
        self.url_result.style().unpolish(self.url_result)
        self.url_result.style().polish(self.url_result)

    def accept(self) -> None:
        from evdesk.records.due import DueThresholds

        settings = self._settings
        settings.dealer = DealerProfile(self.legal_name.text(), self.address.toPlainText(), self.gst.text())
        settings.salesperson = self.salesperson.text()
        settings.database_url = self.url.text().strip() or None
        settings.due_thresholds = DueThresholds(**{name: spin.value() for name, spin in self.days.items()})
        settings.retention_years = self.retention.value()
        super().accept()
