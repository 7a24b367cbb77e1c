"""The policy data: its schema, its loader and Transport Canada's vehicle list. Imports no Qt."""

from evdesk.policy.loader import Policy, PolicyError, bundled_policy, load_policy

__all__ = ["Policy", "PolicyError", "bundled_policy", "load_policy"]
