"""`evdesk check`: one sale or lease, answered from a terminal or a script."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from evdesk.assumptions import ASSUMED  # what an option left out is taken to be
from evdesk.cli.common import InputError, date_argument, load_policy_option, whole_number

if TYPE_CHECKING:
    from evdesk.rules.request import SaleRequest

# The request field each option fills, so a validation error names the option the user typed.
OPTION_FOR_FIELD = {
    "powertrain": "--powertrain", "vehicle_price": "--price", "options": "--options",
    "accessories": "--accessories", "dealer_fees": "--dealer-fees", "freight_pdi": "--freight-pdi",
    "warranty": "--warranty", "winter_tires": "--winter-tires", "charger": "--charger",
    "origin": "--origin", "assembly": "--assembly", "sale_date": "--date", "claim_date": "--claim-date",
    "lease_months": "--lease-months", "odometer_km": "--odometer", "buyer": "--buyer",
    "prior_incentives": "--prior-incentives", "quota_position": "--quota-position",
    "fta_origin_met": "--fta-origin", "vin": "--vin", "fob_price": "--fob-price",
    "model_year": "--model-year", "make": "--make", "model": "--model", "trim": "--trim",
    "import_kind": "--personal-import", "freight_pdi_in_ftv": "--count-freight-pdi",
}
# The provincial programs' inputs, each not known unless given (the registration date follows the sale date).
PROVINCIAL_OPTIONS = {"province": "--province", "msrp": "--msrp", "msrp_options": "--msrp-options",
                      "registration_date": "--registration-date", "battery_kwh": "--battery-kwh"}
OPTION_FOR_FIELD.update(PROVINCIAL_OPTIONS)




def _given(args: argparse.Namespace, field: str) -> object:
    """What the user typed for a request field's option (argparse names it after the option)."""
    return getattr(args, OPTION_FOR_FIELD[field].lstrip("-").replace("-", "_"))


def add_check_options(check: argparse.ArgumentParser) -> None:
    """Every option that describes a sale (also used by the commands that save or batch one)."""
    vehicle = check.add_argument_group("vehicle")
    vehicle.add_argument("--powertrain", choices=["bev", "fcev", "phev", "hev", "ice"], type=str.lower)
    vehicle.add_argument("--origin", metavar="CC", help="the brand's home country (ISO 3166 alpha-2)")
    vehicle.add_argument("--assembly", metavar="CC", help="the country of final assembly (ISO 3166 alpha-2)")
    vehicle.add_argument("--vin", help="fills the assembly country and model year when they are not given")
    vehicle.add_argument("--model-year", type=whole_number, metavar="YEAR")
    vehicle.add_argument("--make")
    vehicle.add_argument("--model")
    vehicle.add_argument("--trim")
    price = check.add_argument_group(
        "price (CAD, before tax)", "Which parts count toward the final transaction value (FTV) is the policy's "
        "(evap.ftv_parts); the answer lists the parts it counted and those it left out.")
    price.add_argument("--price", metavar="AMOUNT", help="vehicle price after discounts")
    for name, what in (("options", "options and packages"), ("accessories", "accessories"),
                       ("dealer-fees", "dealer and administration fees"), ("freight-pdi", "freight and PDI"),
                       ("warranty", "extended warranty"), ("winter-tires", "one set of winter tires"),
                       ("charger", "Level 2 charger")):
        price.add_argument(f"--{name}", metavar="AMOUNT", default="0", help=what)
    price.add_argument("--count-freight-pdi", action="store_true",
                       help="count freight and PDI in the FTV (without it, the policy's assumption holds)")
    deal = check.add_argument_group("deal")
    deal.add_argument("--date", type=date_argument, metavar="YYYY-MM-DD",
                      help="sale or lease contract date (default: today)")
    deal.add_argument("--claim-date", type=date_argument, metavar="YYYY-MM-DD",
                      help="portal submission date (default: sale date)")
    deal.add_argument("--lease-months", type=whole_number, metavar="N", help="lease term; absent means a purchase")
    deal.add_argument("--odometer", type=whole_number, metavar="KM", default=0,
                      help="over 0 makes it a demonstrator")
    deal.add_argument("--used", action="store_true", help="a used vehicle")
    deal.add_argument("--buyer", choices=["individual", "organization", "government", "carsharing"],
                      default="individual")
    deal.add_argument("--prior-incentives", type=whole_number, metavar="N",
                      help=f"EVAP incentives already received (default {ASSUMED['prior_incentives']})")
    add_provincial_options(check)
    imports = check.add_argument_group("import details")
    imports.add_argument("--quota-position", choices=["within", "over", "unknown"],
                         help=f"a Chinese-made vehicle's entry (default {ASSUMED['quota_position']})")
    imports.add_argument("--fta-origin", choices=["yes", "no", "unknown"],
                         help=f"the FTA's rules of origin are met (default {ASSUMED['fta_origin_met']})")
    imports.add_argument("--personal-import", action="store_true", help="a personal, not commercial, importation")
    imports.add_argument("--fob-price", metavar="AMOUNT", help="FOB price, for the quota's low-price reserve")
    output = check.add_argument_group("output")
    output.add_argument("--json", action="store_true", help="one JSON object")
    output.add_argument("--policy", type=Path, metavar="FILE", help="use this policy file instead of the one in use")
    output.add_argument("--policy-version", metavar="V", help="answer under a kept policy (`evdesk policy history`)")


def add_provincial_options(check: argparse.ArgumentParser) -> None:
    provincial = check.add_argument_group("provincial incentives (each not known unless given)")
    provincial.add_argument("--province", metavar="CODE",
                            help="province or territory of registration, ISO 3166-2: QC or CA-QC")
    provincial.add_argument("--msrp", metavar="AMOUNT",
                            help="the manufacturer's suggested retail price of the version (Québec's and Manitoba's "
                                 "caps test it, not the negotiated price)")
    provincial.add_argument("--msrp-options", metavar="AMOUNT",
                            help="the manufacturer's option groups and add-ons to the powertrain or battery, which "
                                 "Québec adds to the MSRP since 2025-11-10 (0 if there are none)")
    provincial.add_argument("--registration-date", type=date_argument, metavar="YYYY-MM-DD",
                            help="registration in the buyer's name, which sets Québec's amount (default: sale date)")
    provincial.add_argument("--battery-kwh", metavar="N", help="battery capacity in kWh (Québec pays PHEVs by it)")


def register(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser("check", help="check one sale or lease")
    add_check_options(check)
    check.set_defaults(handler=run_check)


def _request_fields(args: argparse.Namespace) -> dict[str, object]:
    fields: dict[str, object] = {
        "powertrain": args.powertrain.upper() if args.powertrain else None,
        "origin": args.origin, "assembly": args.assembly, "vin": args.vin,
        "model_year": args.model_year, "make": args.make, "model": args.model, "trim": args.trim,
        "vehicle_price": args.price,
        "sale_date": args.date or dt.date.today(), "claim_date": args.claim_date,
        "lease_months": args.lease_months, "odometer_km": args.odometer,
        "condition": "used" if args.used else ("demonstrator" if args.odometer else "new"),
        "buyer": args.buyer,
        "import_kind": "personal" if args.personal_import else "commercial",
        "fob_price": args.fob_price,
        "freight_pdi_in_ftv": True if args.count_freight_pdi else None,
    }
    for name in ("options", "accessories", "dealer_fees", "freight_pdi", "warranty", "winter_tires", "charger"):
        fields[name] = getattr(args, name)
    for field, default in ASSUMED.items():
        given = _given(args, field)
        fields[field] = default if given is None else given
    for field in PROVINCIAL_OPTIONS:
        fields[field] = _given(args, field)
    return fields


def _assumed(args: argparse.Namespace) -> dict[str, object]:
    return {field: default for field, default in ASSUMED.items() if _given(args, field) is None}


def _first_problem(error: ValidationError) -> str:
    from evdesk.rules.request import field_problems

    problem = next(iter(field_problems(error).values()))
    return f"{OPTION_FOR_FIELD.get(problem.field, problem.field)}: {problem}"


def run_check(args: argparse.Namespace) -> int:
    from evdesk.present.explanation import plain_text
    from evdesk.present.format import Formatter
    from evdesk.present.report import to_json
    from evdesk.rules import SaleRequest, evaluate

    policy = load_policy_option(args.policy, version=args.policy_version)
    try:
        request = SaleRequest.model_validate(_request_fields(args))
    except ValidationError as error:
        raise InputError(_first_problem(error)) from None
    evaluation = evaluate(request, policy)
    formatter = Formatter("en")
    assumed = _assumed(args)
    if args.json:
        answer = to_json(evaluation, formatter)
        answer["assumed"] = assumed
        json.dump(answer, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(plain_text(evaluation, formatter, "dealer"))
        if assumed:
            said = ", ".join(f"{OPTION_FOR_FIELD[f]} {v}" for f, v in assumed.items())
            sys.stdout.write(f"\nAssumed, as not given: {said}.\n")
    return 0


def request_from_options(args: argparse.Namespace) -> tuple[SaleRequest, dict[str, object]]:
    """The sale that `add_check_options`' options describe, and the defaults assumed for it: for the
    commands that save or batch one. Bad input raises InputError naming the option, as `evdesk check`."""
    from evdesk.rules.request import SaleRequest

    try:
        return SaleRequest.model_validate(_request_fields(args)), _assumed(args)
    except ValidationError as error:
        raise InputError(_first_problem(error)) from None
