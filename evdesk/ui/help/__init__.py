"""Help the window gives on its own: Help → What these words mean (the glossary)."""

from evdesk.ui.help.glossary_dialog import GlossaryDialog

__all__ = ["GlossaryDialog"]
