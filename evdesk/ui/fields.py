"""A form field's frame: the input, an optional note beside it, and the message shown under it when what
was typed cannot be used. The input keeps its text; only the outline and the message change."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

INVALID = "invalid"  # dynamic property the window's style sheet outlines in red


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty(INVALID, invalid)
    # A dynamic property change is not seen by the style sheet until the widget is polished again.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class FieldBox(QWidget):
    def __init__(self, editor: QWidget, *extras: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._invalid = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(editor, 1)
        for extra in extras:
            row.addWidget(extra)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName(f"{editor.objectName() or 'field'}Message")
        self.message.setProperty("role", "fieldMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.hide()
        layout.addWidget(self.message)
        self.hint = QLabel(self)
        self.hint.setObjectName(f"{editor.objectName() or 'field'}Hint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout.addWidget(self.hint)

    def set_message(self, text: str | None) -> None:
        # The state is kept here, not read back from the property: PySide6 6.12 under-counts the None an
        # unset property returns, which crashes the interpreter at exit after enough reads.
        if self._invalid != bool(text):
            self._invalid = bool(text)
            mark_invalid(self.editor, self._invalid)
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setVisible(bool(text))
        self.editor.setAccessibleDescription(text or "")

    def set_hint(self, text: str | None) -> None:
        """A neutral note under the field (what a VIN decodes to), shown when there is no error."""
        self.hint.setText(text or "")
        self.hint.setVisible(bool(text))

    def message_text(self) -> str:
        return self.message.text().removeprefix("⚠ ")
