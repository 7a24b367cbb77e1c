"""Help → What these words mean: every glossary word (evdesk.present.glossary) with its meaning, in the
window's language, read as a list by a screen reader as by the eye."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from evdesk.present.glossary import entries


class GlossaryDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("What these words mean"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("glossaryText")
        self.text.setAccessibleName(self.tr("What these words mean"))
        self.text.setHtml("<dl>" + "".join(f"<dt><b>{escape(word)}</b></dt><dd>{escape(meaning)}</dd>"
                                           for word, meaning in entries()) + "</dl>")
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        line = self.fontMetrics().height()
        self.resize(34 * line, 26 * line)
