"""The window's side of signed policy updates: the words for where the policy in use came from (status
bar, About), the file choosers for a bundle and for Transport Canada's list, the update settings dialog,
and the message after an update, install or import. The work itself is `evdesk.updates`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evdesk.present.format import Formatter
from evdesk.ui.widgets.accessible import name_inner_editors
from evdesk.updates.in_use import PolicyInUse
from evdesk.updates.messages import Message
from evdesk.updates.settings import UpdateSettings
from evdesk.updates.staleness import policy_staleness

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`


def words(message: Message, formatter: Formatter) -> str:
    """A message from `evdesk.updates`, translated and filled in the window's language."""
    return formatter.fill(message.template, message.params, "updates")


def last_checked_text(settings: UpdateSettings, formatter: Formatter) -> str:
    if settings.last_checked is None:
        return translate("PolicyUpdates", "updates never checked")
    return translate("PolicyUpdates", "updates checked {date}").format(
        date=formatter.date(settings.last_checked.astimezone().date()))


def policy_status(in_use: PolicyInUse, settings: UpdateSettings, formatter: Formatter) -> tuple[str, str | None]:
    """The status bar's and About's policy line, and the stale warning when there is one."""
    policy = in_use.policy
    line = translate("PolicyUpdates", "Policy {version}, published {published} ({origin})").format(
        version=policy.version, published=formatter.date(policy.data.published),
        origin=words(in_use.describe(), formatter))
    stale = policy_staleness(policy)
    return f"{line} · {last_checked_text(settings, formatter)}", words(stale.message, formatter) if stale else None


def ask_bundle_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("PolicyUpdates", "Install a policy update"), "",
        translate("PolicyUpdates", "Policy update bundles (*.evpolicy *.zip);;All files (*)"))
    return Path(path) if path else None


def ask_vehicle_list_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("PolicyUpdates", "Import Transport Canada's vehicle list"), "",
        translate("PolicyUpdates", "Vehicle lists (*.csv *.html *.htm);;All files (*)"))
    return Path(path) if path else None


def tell(parent: QWidget, title: str, text: str, warning: bool = False) -> None:
    box = QMessageBox(parent)
    box.setObjectName("policyUpdateMessage")
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


class UpdateSettingsDialog(QDialog):
    """The publisher's address, consent to check when evdesk starts, the age limit, the trusted root."""

    def __init__(self, settings: UpdateSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("updateSettingsDialog")
        self.setWindowTitle(translate("PolicyUpdates", "Policy update settings"))
        self._settings = settings
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "PolicyUpdates", "evdesk contacts the publisher's address only when you ask (Help → Check for policy "
                             "updates), or when it starts if you allow it below. Every update must be signed by "
                             "the trusted publisher."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLineEdit(settings.address or "")
        self.address.setObjectName("updateAddress")
        self.address.setPlaceholderText(settings.effective_address or "https://…")
        form.addRow(translate("PolicyUpdates", "Publisher's &address:"), self.address)
        self.at_startup = QCheckBox(translate("PolicyUpdates", "Check for policy updates when evdesk &starts"))
        self.at_startup.setObjectName("checkAtStartup")
        self.at_startup.setChecked(settings.check_at_startup)
        form.addRow("", self.at_startup)
        self.max_age = QSpinBox()
        self.max_age.setObjectName("maxAgeDays")
        self.max_age.setRange(0, 3650)
        self.max_age.setSpecialValueText(translate("PolicyUpdates", "never"))
        self.max_age.setSuffix(translate("PolicyUpdates", " days"))
        self.max_age.setValue(settings.effective_max_age_days or 0)
        form.addRow(translate("PolicyUpdates", "Warn when the policy is older than:"), self.max_age)
        root_row = QHBoxLayout()
        self.trust_root = QLineEdit(str(settings.trust_root) if settings.trust_root else "")
        self.trust_root.setObjectName("trustRoot")
        self.trust_root.setPlaceholderText(translate("PolicyUpdates", "the publisher shipped with evdesk"))
        browse = QPushButton(translate("PolicyUpdates", "&Browse…"))
        browse.clicked.connect(self._browse)
        root_row.addWidget(self.trust_root, 1)
        root_row.addWidget(browse)
        form.addRow(translate("PolicyUpdates", "&Trusted root:"), root_row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.max_age.setAccessibleName(translate("PolicyUpdates", "Warn when the policy is older than (days)"))
        self.trust_root.setAccessibleName(translate("PolicyUpdates", "Trusted root"))
        name_inner_editors(self)  # the spin box's own line edit says the same

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("PolicyUpdates", "The publisher's root metadata"), "",
                                              translate("PolicyUpdates", "Root metadata (*.json);;All files (*)"))
        if path:
            self.trust_root.setText(path)

    def chosen(self) -> UpdateSettings:
        address = self.address.text().strip() or None
        root = self.trust_root.text().strip()
        return self._settings.with_changes(address=address, check_at_startup=self.at_startup.isChecked(),
                                           max_age_days=self.max_age.value(),
                                           trust_root=Path(root) if root else None)
