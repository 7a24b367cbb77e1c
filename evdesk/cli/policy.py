"""`evdesk policy show|validate|schema`: what policy is in use, and whether a policy file is sound."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evdesk.cli.common import Parser, load_policy_option


def register(commands: argparse._SubParsersAction) -> None:
    policy = commands.add_parser("policy", help="the policy data")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True, parser_class=Parser)
    show = policy_commands.add_parser("show", help="what is loaded: version, coverage, sources")
    show.add_argument("--policy", type=Path)
    show.set_defaults(handler=lambda args: _policy_show(args.policy))
    validate = policy_commands.add_parser("validate", help="check a policy file")
    validate.add_argument("file", type=Path)
    validate.set_defaults(handler=lambda args: _policy_validate(args.file))
    schema = policy_commands.add_parser("schema", help="print the policy file's JSON Schema")
    schema.set_defaults(handler=lambda args: _policy_schema())


def _policy_show(path: Path | None) -> int:
    policy = load_policy_option(path)
    data = policy.data
    print(f"{data.title}")
    print(f"id {data.id}, version {data.version}, published {data.published}")
    print(f"file {policy.path} (sha256 {policy.sha256[:16]}…)")
    print(f"covers sales from {data.coverage.start} to {data.coverage.end} (exclusive)")
    print(f"vehicle list: {data.vehicle_list.file} ({len(policy.vehicles.vehicles)} trims, "
          f"published {data.vehicle_list.published})")
    if policy.provinces is not None:
        provinces = policy.provinces
        print(f"provincial programs: {data.provinces.file} (version {provinces.version}, "
              f"{len(provinces.programs)} programs in {len(provinces.provinces)} provinces and territories, "
              f"{len(provinces.sources)} sources)")
    print("\nsources:")
    for source_id, source in data.sources.items():
        when = source.date or "date not recorded"
        print(f"  {source_id}: {source.publisher}, \"{source.title}\" ({when}, {source.confidence.value})")
        print(f"      {source.url}")
    return 0


def _policy_validate(path: Path) -> int:
    from evdesk.policy import PolicyError, load_policy

    try:
        policy = load_policy(path)
    except PolicyError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return 2
    print(f"{path.name}: valid (id {policy.data.id}, version {policy.version}, "
          f"{len(policy.data.windows())} dated values, {len(policy.data.sources)} sources)")
    if policy.provinces is not None:
        print(f"{policy.data.provinces.file}: valid (version {policy.provinces.version}, "
              f"{len(policy.provinces.windows())} dated values, {len(policy.provinces.sources)} sources)")
    return 0


def _policy_schema() -> int:
    from evdesk.policy.loader import policy_json_schema

    sys.stdout.write(policy_json_schema())
    return 0
