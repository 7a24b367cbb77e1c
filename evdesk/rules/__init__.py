"""The rules engine: pure Python, no Qt. `evaluate(request, policy)` answers the three questions."""

from evdesk.rules.evaluate import evaluate
from evdesk.rules.request import SaleRequest
from evdesk.rules.result import Evaluation

__all__ = ["Evaluation", "SaleRequest", "evaluate"]
