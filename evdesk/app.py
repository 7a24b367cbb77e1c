"""`evdesk` with no arguments: the counter window.

Start-up stays lean: only QtCore, QtGui and QtWidgets are imported here (QtPrintSupport waits for the
first print); nothing touches the network.
"""

from __future__ import annotations

import sys


def run_window() -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from evdesk import __version__
    from evdesk.paths import resources_path
    from evdesk.ui.settings import APPLICATION, ORGANIZATION

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)  # QSettings and the per-user data folder are named after these
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("evdesk")
    app.setApplicationVersion(__version__)

    from evdesk.ui.i18n import system_language, use_language
    from evdesk.ui.main_window import MainWindow
    from evdesk.ui.settings import Settings
    from evdesk.ui.style import apply_app_style

    apply_app_style(app)
    try:
        icon = resources_path("icons", "evdesk.svg")
    except FileNotFoundError:
        icon = None
    if icon is not None and icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    settings = Settings()
    language = settings.language or system_language()
    use_language(language)  # before the window exists, so it is built in the right language
    window = MainWindow(settings=settings, language=language, load_after_paint=True)
    window.show()
    return app.exec()
