"""The counter window (PySide6 widgets): a thin layer over the rules engine. Nothing here decides a rule."""

from evdesk.ui.main_window import MainWindow

__all__ = ["MainWindow"]
