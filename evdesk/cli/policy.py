"""`evdesk policy …`: what policy is in use and where it came from, whether a policy file is sound, and
signed policy updates: the publisher's keys and publishing, the client's update, install and history,
the vehicle-list import and the difference between two policies."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evdesk.cli.common import InputError, Parser, date_argument, load_policy_in_use

if TYPE_CHECKING:
    from collections.abc import Callable

    from evdesk.updates.client import UpdateOutcome
    from evdesk.updates.messages import Message, UpdateRefused

EXIT_REFUSED = 2  # a refusal: tampered, unsigned, wrongly signed, expired, older, not a bundle
EXIT_OFFLINE = 3  # the publisher could not be reached; nothing changed


def register(commands: argparse._SubParsersAction) -> None:
    policy = commands.add_parser("policy", help="the policy data and its signed updates")
    sub = policy.add_subparsers(dest="policy_command", required=True, parser_class=Parser)
    show = sub.add_parser("show", help="the policy in use: version, sha256, published, expires, signed, sources")
    show.add_argument("--policy", type=Path, metavar="FILE", help="show this policy file instead")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_policy_show)
    validate = sub.add_parser("validate", help="check a policy file")
    validate.add_argument("file", type=Path)
    validate.set_defaults(handler=lambda args: _policy_validate(args.file))
    schema = sub.add_parser("schema", help="print the policy file's JSON Schema")
    schema.set_defaults(handler=lambda args: _policy_schema())

    keys = sub.add_parser("keys", help="the publisher's signing keys and root metadata")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True, parser_class=Parser)
    init = keys_sub.add_parser("init", help="create a publisher's keys and root metadata (DIR/root.json)")
    init.add_argument("dir", type=Path, metavar="DIR")
    init.add_argument("--expires", type=date_argument, metavar="YYYY-MM-DD", help="the root's last valid day "
                      "(default: a year from today)")
    init.set_defaults(handler=_keys_init)
    rotate = keys_sub.add_parser("rotate", help="the next root version: new keys for the named roles, or "
                                 "the same keys with a new expiry")
    rotate.add_argument("dir", type=Path, metavar="DIR")
    rotate.add_argument("--role", action="append", default=[], choices=["root", "targets", "snapshot", "timestamp"],
                        help="give this role a new key (repeat for several)")
    rotate.add_argument("--expires", type=date_argument, metavar="YYYY-MM-DD")
    rotate.set_defaults(handler=_keys_rotate)

    publish = sub.add_parser("publish", help="validate a policy, then sign it into a repository or a bundle")
    publish.add_argument("file", type=Path, metavar="FILE")
    publish.add_argument("--keys", type=Path, metavar="DIR", required=True)
    where = publish.add_mutually_exclusive_group(required=True)
    where.add_argument("--repo", type=Path, metavar="REPO", help="write or update this repository folder")
    where.add_argument("--out", type=Path, metavar="BUNDLE", help="write one bundle file for offline use")
    publish.add_argument("--expires", type=date_argument, metavar="YYYY-MM-DD",
                         help="the last day the signed policy holds (default: 90 days from today)")
    publish.set_defaults(handler=_publish)

    update = sub.add_parser("update", help="fetch, verify and install the publisher's newest policy")
    update.add_argument("--from", dest="address", metavar="URL",
                        help="https://…, a repository folder, or http://127.0.0.1… (default: the settings)")
    update.set_defaults(handler=_update)
    install = sub.add_parser("install", help="verify and install a bundle file")
    install.add_argument("bundle", type=Path, metavar="BUNDLE")
    install.set_defaults(handler=_install)
    imports = sub.add_parser("import-vehicle-list", help="Transport Canada's list (CSV export or saved page) into "
                             "a new local policy version, unsigned")
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--allow-fewer", action="store_true",
                         help="accept a list with under half the vehicles of the one in use")
    imports.set_defaults(handler=_import_vehicle_list)
    diff = sub.add_parser("diff", help="every value that differs between two policies")
    diff.add_argument("a", metavar="A", help="a policy file, a kept version (or sha256 prefix), or 'in-use'")
    diff.add_argument("b", metavar="B")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(handler=_diff)
    history = sub.add_parser("history", help="every policy accepted on this machine")
    history.add_argument("--json", action="store_true")
    history.set_defaults(handler=_history)


# --- showing -------------------------------------------------------------------------------------

def _words(message: Message) -> str:
    from evdesk.present.format import Formatter

    return Formatter("en").fill(message.template, message.params, "updates")


def _policy_show(args: argparse.Namespace) -> int:
    from evdesk.policy.schema import in_language
    from evdesk.present.format import Formatter
    from evdesk.rules.citations import citation_of
    from evdesk.updates.settings import load_settings
    from evdesk.updates.staleness import policy_staleness
    from evdesk.updates.store import PolicyStore

    in_use = load_policy_in_use(args.policy)
    policy, data = in_use.policy, in_use.policy.data
    stale = policy_staleness(policy)
    checked = load_settings(PolicyStore().root).last_checked
    if args.json:
        answer: dict[str, Any] = in_use.to_json()
        answer["origin_text"] = _words(in_use.describe())
        answer["stale"] = None if stale is None else {"reason": stale.reason, "since": stale.since.isoformat(),
                                                      "text": _words(stale.message)}
        answer["last_checked"] = checked.isoformat() if checked else None
        json.dump(answer, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(f"{in_language(data.title, 'en')}")
    print(f"id {data.id}, version {data.version}, published {data.published}")
    print(f"{_words(in_use.describe())}; signed: {'yes' if in_use.signed else 'no'}; "
          f"expires: {in_use.expires or 'no signed expiry'}")
    print(f"file {policy.path} (sha256 {policy.sha256})")
    print(f"covers sales from {data.coverage.start} to {data.coverage.end} (exclusive)")
    print(f"vehicle list: {data.vehicle_list.file} ({len(policy.vehicles.vehicles)} trims, "
          f"published {data.vehicle_list.published})")
    print(f"updates last checked: {checked.astimezone().strftime('%Y-%m-%d %H:%M') if checked else 'never'}")
    if stale is not None:
        print(f"⚠ {_words(stale.message)}")
    if policy.provinces is not None:
        provinces = policy.provinces
        print(f"provincial programs: {data.provinces.file} (version {provinces.version}, "
              f"{len(provinces.programs)} programs in {len(provinces.provinces)} provinces and territories, "
              f"{len(provinces.sources)} sources)")
    if policy.assembly is not None and data.vehicle_assembly is not None:
        print(f"vehicle assembly: {data.vehicle_assembly.file} ({len(policy.assembly.rows)} models, published "
              f"{data.vehicle_assembly.published})")
    print("\nsources:")
    english = Formatter("en")
    for source_id, source in data.sources.items():
        when = source.date or "date not recorded"
        citation = citation_of(source_id, source)  # in English: the CLI speaks English
        print(f"  {source_id}: {english.publisher(citation)}, \"{citation.title.en}\" ({when}, "
              f"{source.confidence.value})")
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
    if policy.assembly is not None and policy.data.vehicle_assembly is not None:
        rows = policy.assembly.rows
        print(f"{policy.data.vehicle_assembly.file}: valid ({len(rows)} models, "
              f"{sum(1 for row in rows if row.countries)} with a sourced assembly country)")
    return 0


def _policy_schema() -> int:
    from evdesk.policy.loader import policy_json_schema

    sys.stdout.write(policy_json_schema())
    return 0


# --- the publisher ---------------------------------------------------------------------------------

def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _keys_init(args: argparse.Namespace) -> int:
    from evdesk.updates.keys import KeysError, init_keys, last_valid_day

    try:
        keys = init_keys(args.dir, _now(), args.expires)
    except (KeysError, OSError) as error:
        raise InputError(f"policy keys init: {error}") from None
    print(f"publisher keys in {args.dir}/keys (private: keep this folder offline, never commit it)")
    print(f"root metadata version 1, valid until {last_valid_day(keys.root.signed.expires)}: "
          f"{args.dir / 'root.json'}")
    print("ship it as seeds/trust/root.json (or point EVDESK_TRUST_ROOT at it)")
    return 0


def _keys_rotate(args: argparse.Namespace) -> int:
    from evdesk.updates.keys import KeysError, last_valid_day, rotate_root

    try:
        root = rotate_root(args.dir, args.role, _now(), args.expires)
    except (KeysError, OSError) as error:
        raise InputError(f"policy keys rotate: {error}") from None
    changed = ", ".join(args.role) if args.role else "no key (re-signed)"
    print(f"root metadata version {root.signed.version}, valid until {last_valid_day(root.signed.expires)}; "
          f"new keys: {changed}")
    print("publish again so clients receive it; the replaced keys are in "
          f"{args.dir / 'retired' / str(root.signed.version)}")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from evdesk.updates.keys import last_valid_day
    from evdesk.updates.publish import PublishError, publish

    try:
        done = publish(args.file, args.keys, repo=args.repo, out=args.out, expires=args.expires, now=_now())
    except (PublishError, OSError) as error:
        raise InputError(f"policy publish: {error}") from None
    print(f"policy {done.version} signed (targets v{done.metadata_versions['targets']}, valid until "
          f"{last_valid_day(done.expires)}) into {done.written}")
    for name, info in done.targets.items():
        print(f"  {name}: {info.length} bytes, sha256 {info.hashes['sha256']}")
    return 0


# --- the client ------------------------------------------------------------------------------------

def _refusal(error: UpdateRefused) -> int:
    print(f"evdesk: {_words(error.message)}", file=sys.stderr)
    return EXIT_OFFLINE if error.code in ("offline", "slow") else EXIT_REFUSED


def _verified(job: Callable[[], UpdateOutcome]) -> int:
    """An update or an install: its one line on stdout, or its refusal on stderr."""
    from evdesk.updates.messages import UpdateRefused

    try:
        outcome = job()
    except UpdateRefused as error:
        return _refusal(error)
    print(_words(outcome.message))
    return 0


def _update(args: argparse.Namespace) -> int:
    from evdesk.updates.client import update_from

    return _verified(lambda: update_from(args.address))


def _install(args: argparse.Namespace) -> int:
    from evdesk.updates.client import install_bundle

    return _verified(lambda: install_bundle(args.bundle))


def _history(args: argparse.Namespace) -> int:
    from evdesk.updates.in_use import keep_bundled, policy_in_use
    from evdesk.updates.store import PolicyStore

    store = PolicyStore()
    keep_bundled(store)
    entries = store.history()
    in_use = policy_in_use(store).policy.sha256
    if args.json:
        json.dump([{**e.to_json(), "signed": e.signed, "in_use": e.sha256 == in_use} for e in entries],
                  sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(f"{'version':<14} {'published':<10}  {'sha256':<12}  {'installed':<16}  {'kind':<8}  from")
    for e in entries:
        mark = "  ← in use" if e.sha256 == in_use else ""
        print(f"{e.version:<14} {e.published.isoformat():<10}  {e.sha256[:12]}  "
              f"{e.installed.astimezone().strftime('%Y-%m-%d %H:%M'):<16}  {e.kind:<8}  {e.source}{mark}")
    return 0


def _import_vehicle_list(args: argparse.Namespace) -> int:
    from evdesk.updates.in_use import policy_in_use
    from evdesk.updates.messages import UpdateRefused
    from evdesk.updates.vehicle_import import import_vehicle_list

    try:
        done = import_vehicle_list(args.file, policy_in_use(), allow_fewer=args.allow_fewer)
    except UpdateRefused as error:
        return _refusal(error)
    dated = "the page's date" if done.read.page_date else "the import date: the file carries no date"
    print(f"policy {done.policy.version}: {len(done.read.rows)} vehicles from {args.file} ({done.read.format}), "
          f"list dated {done.list_date} ({dated}); vehicle list imported locally on {done.kept.installed:%Y-%m-%d}, "
          "unsigned, until a signed policy supersedes it")
    return 0


def _policy_by_name(name: str) -> Any:
    path = Path(name)
    if name == "in-use":
        return load_policy_in_use(None).policy
    if path.is_file() or path.suffix == ".toml":
        return load_policy_in_use(path, option=name).policy
    return load_policy_in_use(None, version=name).policy


def _diff(args: argparse.Namespace) -> int:
    from evdesk.updates.diff import diff_policies

    before, after = _policy_by_name(args.a), _policy_by_name(args.b)
    differences = diff_policies(before, after)
    if args.json:
        json.dump([d.to_json() for d in differences], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    print(f"{before.version} ({before.sha256[:12]}) → {after.version} ({after.sha256[:12]}): "
          f"{len(differences)} difference{'s' if len(differences) != 1 else ''}")
    for d in differences:
        window = f"  [{d.window}]" if d.window else ""
        source = f"  ({d.source})" if d.source else ""
        print(f"{d.parameter}{window}: {d.old if d.old is not None else '—'} → "
              f"{d.new if d.new is not None else '—'}{source}")
    return 0
