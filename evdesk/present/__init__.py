"""Turning an `Evaluation` into words and numbers for people: locale formatting (QtCore's QLocale, no
widgets), translated labels and explanation texts. Shared by the CLI, the window and the statement."""
