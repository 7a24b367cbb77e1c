"""A checked row opened in the counter form: the same path as a saved deal opened back (the form's
`fill_request`), so the counter answers exactly the request the inventory check answered, its provincial
fields included, and reading the form gives that request again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evdesk.rules.request import SaleRequest

if TYPE_CHECKING:
    from evdesk.ui.main_window import MainWindow


def open_in_form(window: MainWindow, request: SaleRequest) -> None:
    window.fill_whole(request)
