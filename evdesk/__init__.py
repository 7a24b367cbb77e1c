"""evdesk: what a Canadian EV sale is worth under the federal rules (EVAP rebate, tariff, China quota)."""

__version__ = "0.1.0"
