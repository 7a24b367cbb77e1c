"""The inventory window: a stock list checked in the background, as a sortable, filterable table."""

from evdesk.ui.inventory.window import InventoryWindow

__all__ = ["InventoryWindow"]
