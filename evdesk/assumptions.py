"""What an edge assumes when a question is left out: the usual deal at a dealer's counter (no EVAP
incentives received before, a Chinese-made vehicle entered within the quota, an FTA's rules of origin
met). The engine itself treats a missing answer as not known; the CLI, the batch and the inventory window
fill these in the same way and each says which it assumed."""

from __future__ import annotations

ASSUMED: dict[str, object] = {"prior_incentives": 0, "quota_position": "within", "fta_origin_met": "yes"}
