"""Policy updates without a new release (File → Load policy…), the policy in use at start-up, and Help →
About. A file that fails validation is refused with its problems listed, and the policy in use stays."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evdesk import __version__
from evdesk.policy import Policy, PolicyError, load_policy
from evdesk.policy.reading import FileRefused, read_bounded, shown
from evdesk.policy.schema import in_language
from evdesk.present.format import Formatter
from evdesk.rules.citations import citation_of
from evdesk.ui.settings import Settings, app_data_dir
from evdesk.updates.in_use import PolicyInUse

translate = QCoreApplication.translate  # lupdate collects the literal calls to `translate`

MAX_LISTED_PROBLEMS = 12


def startup_policy(settings: Settings) -> tuple[PolicyInUse, str | None]:
    """The policy file the user loaded last time, else the policy in use (the newest accepted: signed,
    bundled or imported), with a message when the saved file failed."""
    from evdesk.updates.in_use import loaded_file, policy_in_use

    path = settings.policy_path
    if path is None:
        return policy_in_use(), None
    try:
        return loaded_file(path), None
    except PolicyError as error:
        first = error.problems[0] if error.problems else str(path)
        in_use = policy_in_use()
        if in_use.kind == "bundled":
            message = translate("PolicyDialogs", "The policy loaded earlier could not be read ({problem}); using "
                                                 "the one bundled with evdesk.")
        else:
            message = translate("PolicyDialogs", "The policy loaded earlier could not be read ({problem}); using "
                                                 "policy {version}.")
        return in_use, message.format(problem=first, version=in_use.policy.version)


def ask_policy_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("PolicyDialogs", "Load a policy file"), "",
                                          translate("PolicyDialogs", "Policy files (*.toml);;All files (*)"))
    return Path(path) if path else None


def details_button_text(box: QMessageBox) -> str:
    """The words on the message box's own "Show Details..." button, as Qt wrote them in this language
    ("Montrer les détails…" in Qt's French), without the dots: the message names the real button."""
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            return button.text().replace("&", "").rstrip(".…").strip()
    return ""


def show_refusal(parent: QWidget | None, source: Path, problems: list[str], current: Policy) -> None:
    box = QMessageBox(parent)
    box.setObjectName("policyRefused")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("PolicyDialogs", "Policy file refused"))
    box.setText(translate("PolicyDialogs", "“{name}” cannot be used, so the policy in use ({version}) stays.").format(
        name=source.name, version=current.version))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDetailedText("\n".join(problems))
    shown = problems[:MAX_LISTED_PROBLEMS]
    more = len(problems) - len(shown)
    listing = "\n".join(f"• {problem}" for problem in shown)
    if more > 0:
        listing += "\n" + translate("PolicyDialogs", "…and {count} more (see “{button}”).").format(
            count=more, button=details_button_text(box))
    box.setInformativeText(translate("PolicyDialogs", "What is wrong with it:") + "\n" + listing)
    box.exec()


def install_policy(parent: QWidget | None, source: Path, current: Policy,
                   data_dir: Path | None = None) -> Policy | None:
    """Validate `source`; if good, keep a copy in the per-user data folder and return it (loaded from the
    copy, so what runs is what persists). If bad, say why and return None."""
    try:
        policy = load_policy(source)
    except PolicyError as error:
        show_refusal(parent, source, error.problems, current)
        return None
    target = (data_dir or app_data_dir()) / "policies" / policy.sha256[:16]
    try:
        target.mkdir(parents=True, exist_ok=True)
        copied = target / source.name
        # The same bounded read as the loader's: the file may have changed since (a pipe, a device).
        copied.write_bytes(read_bounded(source))
        vehicles = source.parent / policy.data.vehicle_list.file
        if vehicles.is_file():
            (target / vehicles.name).write_bytes(read_bounded(vehicles))
        provinces = source.parent / policy.data.provinces.file if policy.data.provinces is not None else None
        if provinces is not None and provinces.is_file():  # the provincial file it names (and pins) goes too
            (target / provinces.name).write_bytes(read_bounded(provinces))
        return load_policy(copied)
    except (OSError, FileRefused, PolicyError) as error:
        problems = error.problems if isinstance(error, PolicyError) else [f"{shown(source.name)}: {error}"]
        show_refusal(parent, source, problems, current)
        return None


class AboutDialog(QDialog):
    def __init__(self, policy: Policy, formatter: Formatter, bundled: bool, parent: QWidget | None = None,
                 origin: str | None = None, updates: str | None = None):
        """`origin` replaces "bundled"/"loaded from" with where the policy came from; `updates` is the line
        on when updates were last checked (evdesk.ui.policy.updates)."""
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("PolicyDialogs", "About evdesk"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = QLabel(f"<h2>evdesk {escape(__version__)}</h2>" + escape(translate("PolicyDialogs",
            "What a vehicle sale is worth under Canada's federal EV rules: the EVAP rebate, the import duty and "
            "the China EV quota, with the reasons.")))
        heading.setWordWrap(True)
        heading.setObjectName("aboutHeading")
        layout.addWidget(heading)
        data = policy.data
        if origin is None:
            origin = (translate("PolicyDialogs", "bundled with this release") if bundled else
                      translate("PolicyDialogs", "loaded from {path}").format(path=policy.path))
        info = QLabel(escape(translate("PolicyDialogs", "Policy {version}, published {published} ({origin}).").format(
            version=data.version, published=formatter.date(data.published), origin=origin))
            + "<br/>" + escape(in_language(data.title, formatter.language))
            + "<br/><small>SHA-256 " + escape(policy.sha256[:16]) + "…</small>"
            + (f"<br/>{escape(updates)}" if updates else ""))
        info.setObjectName("aboutPolicy")
        info.setWordWrap(True)
        layout.addWidget(info)
        layout.addWidget(QLabel("<b>" + escape(translate("PolicyDialogs", "Sources")) + "</b>"))
        sources = QTextBrowser()
        sources.setObjectName("aboutSources")
        sources.setAccessibleName(translate("PolicyDialogs", "Sources"))
        sources.setOpenExternalLinks(True)
        cited = [citation_of(source_id, source) for source_id, source in data.sources.items()]
        items = "".join(
            f'<li><a href="{escape(formatter.source_url(source), quote=True)}">'
            f'{escape(formatter.named(source.title))}</a><br/>'
            f'<small>{escape(formatter.publisher(source))}'
            f'{", " + escape(formatter.date(source.date)) if source.date else ""}</small></li>'
            for source in cited)
        sources.setHtml(f"<ul>{items}</ul>")
        layout.addWidget(sources, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        line = self.fontMetrics().height()
        self.resize(40 * line, 30 * line)
