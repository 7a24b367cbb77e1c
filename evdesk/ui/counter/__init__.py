"""The counter window's parts: the sale form, the result view and the printed statement."""
