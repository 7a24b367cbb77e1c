"""A form field's frame: the input, an optional note beside it, and under the row the message shown when
what was typed cannot be used (or a neutral hint). The input keeps its text; only the outline and the
message change.

The message and the hint live in `notes`, a widget the form puts on a row of its own that spans the
label and field columns, so a long sentence (French runs a third longer) wraps across the whole form
rather than down a narrow field column. A hidden `notes` takes no room in a QFormLayout.
"""

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
    def __init__(self, editor: QWidget, *extras: QWidget, lead: QLabel | None = None,
                 parent: QWidget | None = None):
        """`extras` sit beside the input; `lead`, a status line of the field's own (the VIN's check-digit
        verdict), sits first under it, where a narrow window leaves it room."""
        super().__init__(parent)
        self.editor = editor
        self.lead = lead
        self.shown = True  # the form hides a row its mode does not ask (then its notes stay hidden too)
        self._invalid = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(editor, 1)
        for extra in extras:
            row.addWidget(extra)
        name = editor.objectName() or "field"
        self.notes = QWidget()
        self.notes.setObjectName(f"{name}Notes")
        notes = QVBoxLayout(self.notes)
        notes.setContentsMargins(0, 0, 0, 0)
        notes.setSpacing(2)
        if lead is not None:
            lead.setParent(self.notes)
            notes.addWidget(lead)
        self.message = QLabel(self.notes)
        self.message.setObjectName(f"{name}Message")
        self.message.setProperty("role", "fieldMessage")
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message.hide()
        notes.addWidget(self.message)
        self.hint = QLabel(self.notes)
        self.hint.setObjectName(f"{name}Hint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hint.hide()
        notes.addWidget(self.hint)
        self.notes.hide()

    def set_message(self, text: str | None) -> None:
        # The state is kept here, not read back from the property: PySide6 6.12 under-counts the None an
        # unset property returns, which crashes the interpreter at exit after enough reads.
        shown = f"⚠ {text}" if text else ""
        if shown == self.message.text():
            return  # every refresh sets every field's message: most are unchanged
        if self._invalid != bool(text):
            self._invalid = bool(text)
            mark_invalid(self.editor, self._invalid)
        self.message.setText(shown)
        self.message.setVisible(bool(text))
        self.editor.setAccessibleDescription(text or "")
        self.update_notes()

    def set_hint(self, text: str | None) -> None:
        """A neutral note under the field (what a VIN decodes to, a country not chosen yet)."""
        if (text or "") == self.hint.text():
            return
        self.hint.setText(text or "")
        self.hint.setVisible(bool(text))
        self.update_notes()

    def update_notes(self) -> None:
        """Show the row under the field only when it has something to say."""
        lead = self.lead is not None and bool(self.lead.text())
        self.notes.setVisible(self.shown and bool(self.message.text() or self.hint.text() or lead))

    def message_text(self) -> str:
        return self.message.text().removeprefix("⚠ ")
