"""The words the rules speak in: powertrains, buyers, conditions, outcomes.

Kept apart from the request and result models so that the policy schema can use them too.
"""

from __future__ import annotations

from enum import StrEnum


class Powertrain(StrEnum):
    BEV = "BEV"  # battery electric
    FCEV = "FCEV"  # hydrogen fuel cell
    PHEV = "PHEV"  # plug-in hybrid
    HEV = "HEV"  # hybrid that does not plug in
    ICE = "ICE"  # combustion only


class PricePartName(StrEnum):
    """The parts a sale's price is entered in (the request's fields of these names), in the order every answer
    lists them. Which of them count toward the final transaction value is policy data (evap.ftv_parts)."""

    VEHICLE_PRICE = "vehicle_price"
    OPTIONS = "options"
    ACCESSORIES = "accessories"
    DEALER_FEES = "dealer_fees"
    FREIGHT_PDI = "freight_pdi"
    WARRANTY = "warranty"
    WINTER_TIRES = "winter_tires"
    CHARGER = "charger"


class Condition(StrEnum):
    NEW = "new"
    DEMONSTRATOR = "demonstrator"
    USED = "used"


class Buyer(StrEnum):
    INDIVIDUAL = "individual"
    ORGANIZATION = "organization"
    GOVERNMENT = "government"
    CARSHARING = "carsharing"


class QuotaPosition(StrEnum):
    WITHIN = "within"  # entered under the quota, with a shipment permit
    OVER = "over"  # entered outside the quota
    UNKNOWN = "unknown"


class ImportKind(StrEnum):
    COMMERCIAL = "commercial"
    PERSONAL = "personal"


class Tri(StrEnum):
    """A yes / no that may also be not known. Never collapsed to False."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"
    NOT_APPLICABLE = "not_applicable"
    INFO = "info"


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Question(StrEnum):
    REBATE = "rebate"
    TARIFF = "tariff"
    QUOTA = "quota"
    VEHICLE = "vehicle"
    PROVINCE = "province"  # the provincial incentives; each step names its program (Criterion.program)
