"""The fields a stock list's columns can hold: the same as `evdesk check`'s options, each with the header
spellings it is recognised by, in English and French, and the `SaleRequest` field it fills.

Adding a field is one entry in `FIELDS`. An entry whose request field this build's `SaleRequest` does not
have (the provincial programs' fields, still to come) stays out of `ACTIVE_FIELDS` until it does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from evdesk.rules.request import SaleRequest


class Kind(Enum):
    """How a cell's content becomes a request value (see `cells`)."""

    TEXT = "text"
    VIN = "vin"
    AMOUNT = "amount"
    WHOLE = "whole number"
    DATE = "date"
    COUNTRY = "country"
    CHOICE = "choice"


def header_key(text: object) -> str:
    """A header as compared: no case, no accents, punctuation as spaces ("N° de stock" → "n de stock",
    "Stock #" → "stock", "Année" → "annee", "model_year" → "model year")."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.split(r"[^0-9a-z]+", plain)).strip()


def _words(mapping: dict[str, str]) -> dict[str, str]:
    return {header_key(word): value for word, value in mapping.items()}


# The words a cell may use for a choice, compared as headers are. Anything else goes to the request as
# written, and its refusal lists the values it takes.
POWERTRAINS = _words({
    "bev": "BEV", "fcev": "FCEV", "phev": "PHEV", "hev": "HEV", "ice": "ICE", "electric": "BEV",
    "battery electric": "BEV", "battery-electric": "BEV", "fuel cell": "FCEV", "plug-in hybrid": "PHEV",
    "hybrid": "HEV", "gasoline": "ICE", "gas": "ICE", "diesel": "ICE",
    # As manufacturers' and dealer systems' lists write them out (not "EV" alone: battery or plug-in?)
    "battery electric vehicle": "BEV", "fuel cell electric": "FCEV", "fuel cell electric vehicle": "FCEV",
    "hydrogen fuel cell": "FCEV", "hydrogen": "FCEV", "plug-in hybrid electric": "PHEV",
    "plug-in hybrid electric vehicle": "PHEV",
    "hybrid electric": "HEV", "hybrid electric vehicle": "HEV",
    # French: véhicule électrique à batterie, à pile à combustible, hybride rechargeable, hybride
    "veb": "BEV", "vepc": "FCEV", "vhr": "PHEV", "vh": "HEV", "electrique": "BEV", "electrique a batterie": "BEV",
    "pile a combustible": "FCEV", "hybride rechargeable": "PHEV", "hybride": "HEV", "essence": "ICE",
    "vehicule electrique a batterie": "BEV", "vehicule hybride rechargeable": "PHEV",
    "vehicule a pile a combustible": "FCEV", "hydrogene": "FCEV", "vehicule hybride": "HEV",
})
CONDITIONS = _words({
    "new": "new", "demonstrator": "demonstrator", "demo": "demonstrator", "used": "used", "pre-owned": "used",
    "neuf": "new", "demonstrateur": "demonstrator", "usage": "used", "d occasion": "used", "occasion": "used",
})
BUYERS = _words({
    "individual": "individual", "organization": "organization", "organisation": "organization",
    "business": "organization", "company": "organization", "government": "government",
    "carsharing": "carsharing", "car-sharing": "carsharing", "car sharing": "carsharing",
    "particulier": "individual", "entreprise": "organization", "gouvernement": "government",
    "autopartage": "carsharing",
})
QUOTA_POSITIONS = _words({
    "within": "within", "over": "over", "unknown": "unknown", "within quota": "within", "over quota": "over",
    "dans le contingent": "within", "hors contingent": "over", "dans le quota": "within", "hors quota": "over",
    "inconnu": "unknown", "inconnue": "unknown",
})
YES_NO_UNKNOWN = _words({
    "yes": "yes", "no": "no", "unknown": "unknown", "y": "yes", "n": "no", "true": "yes", "false": "no",
    "1": "yes", "0": "no", "oui": "yes", "non": "no", "o": "yes", "inconnu": "unknown", "vrai": "yes",
    "faux": "no",
})
IMPORT_KINDS = _words({
    "commercial": "commercial", "personal": "personal", "no": "commercial", "yes": "personal",
    "commerciale": "commercial", "personnelle": "personal", "non": "commercial", "oui": "personal",
})
YES_NO = _words({"yes": True, "no": False, "true": True, "false": False, "y": True, "n": False, "1": True,
                 "0": False, "oui": True, "non": False, "o": True, "vrai": True, "faux": False})


@dataclass(frozen=True)
class Field:
    name: str  # what `--map` and the problems call it: `evdesk check`'s option, without the dashes
    request: str | None  # the SaleRequest field it fills; None: carried to the answer, not evaluated
    kind: Kind
    headers: tuple[str, ...]  # spellings it is recognised by (header_key applied when matched)
    words: dict[str, object] = field(default_factory=dict)  # for a choice


FIELDS: tuple[Field, ...] = (
    Field("vin", "vin", Kind.VIN, ("vin", "niv", "vin number", "serial number", "numero de serie",
                                   "no de serie", "n de serie", "numero d identification du vehicule")),
    Field("stock", None, Kind.TEXT, ("stock", "stock number", "stock no", "stock num", "stock id", "unit",
                                     "unit number", "n de stock", "no de stock", "numero de stock",
                                     "numero d inventaire", "n d inventaire", "inventaire", "n stock",
                                     "no stock", "unite", "numero d unite")),
    Field("model_year", "model_year", Kind.WHOLE, ("model year", "year", "my", "annee", "annee modele",
                                                   "annee du modele", "annee de modele", "millesime")),
    Field("make", "make", Kind.TEXT, ("make", "brand", "manufacturer", "marque", "fabricant", "constructeur")),
    Field("model", "model", Kind.TEXT, ("model", "modele")),
    Field("trim", "trim", Kind.TEXT, ("trim", "trim level", "version", "finition", "niveau de finition")),
    Field("powertrain", "powertrain", Kind.CHOICE, ("powertrain", "fuel", "fuel type", "energy",
                                                    "motorisation", "groupe motopropulseur", "carburant",
                                                    "type de carburant", "energie"), POWERTRAINS),
    Field("price", "vehicle_price", Kind.AMOUNT, ("price", "vehicle price", "selling price", "sale price",
                                                  "price after discounts", "net price", "prix", "prix du vehicule",
                                                  "prix de vente", "prix apres rabais", "prix net",
                                                  "prix du vehicule apres rabais", "asking price",
                                                  "advertised price", "internet price", "prix demande",
                                                  "prix affiche", "prix annonce")),
    Field("options", "options", Kind.AMOUNT, ("options", "options and packages", "packages",
                                              "options et ensembles", "ensembles", "groupes d options")),
    Field("accessories", "accessories", Kind.AMOUNT, ("accessories", "accessoires")),
    Field("dealer_fees", "dealer_fees", Kind.AMOUNT, ("dealer fees", "admin fees", "administration fees",
                                                      "dealer and administration fees", "doc fee", "frais",
                                                      "frais de concessionnaire", "frais du concessionnaire",
                                                      "frais d administration",
                                                      "frais de concessionnaire et d administration",
                                                      "fees", "doc fees", "documentation fees",
                                                      "dealer admin fees", "frais de dossier",
                                                      "frais administratifs")),
    Field("freight_pdi", "freight_pdi", Kind.AMOUNT, ("freight pdi", "freight", "freight and pdi", "destination",
                                                      "transport", "transport et pdi", "frais de transport",
                                                      "transport et preparation",
                                                      "frais de transport et preparation", "destination pdi",
                                                      "destination and pdi", "destination et pdi",
                                                      "frais de transport et pdi", "frais de destination")),
    Field("warranty", "warranty", Kind.AMOUNT, ("warranty", "extended warranty", "garantie",
                                                "garantie prolongee")),
    Field("winter_tires", "winter_tires", Kind.AMOUNT, ("winter tires", "winter tyres", "one set of winter tires",
                                                        "pneus d hiver", "pneus hiver")),
    Field("charger", "charger", Kind.AMOUNT, ("charger", "level 2 charger", "chargeur", "borne",
                                              "borne de recharge", "borne de niveau 2")),
    Field("origin", "origin", Kind.COUNTRY, ("origin", "brand origin", "brand country", "brand s home country",
                                             "origine", "origine de la marque", "pays de la marque")),
    Field("assembly", "assembly", Kind.COUNTRY, ("assembly", "assembly country", "final assembly",
                                                 "final assembly in", "country of assembly", "built in", "made in",
                                                 "assemblage", "assemblage final", "pays d assemblage",
                                                 "assemblage final au", "assemblage final en",
                                                 "pays de fabrication", "fabrique au", "fabrique en")),
    Field("sale_date", "sale_date", Kind.DATE, ("date", "contract date", "date of sale", "sale or lease date",
                                           "date de vente", "date du contrat", "date de la vente",
                                           "date de vente ou de location")),
    Field("claim_date", "claim_date", Kind.DATE, ("claim date", "submission date", "portal date",
                                                  "date de reclamation", "date de demande", "date de soumission")),
    # Not "Term" or "Terme" alone: on a stock list that is as often the financing term, and a 36-month loan
    # read as a 36-month lease pays three quarters of the rebate. "Lease term" says which.
    Field("lease_months", "lease_months", Kind.WHOLE, ("lease months", "lease term", "lease",
                                                       "duree de location", "duree du bail",
                                                       "mois de location", "terme de location")),
    Field("odometer", "odometer_km", Kind.WHOLE, ("odometer", "odometer km", "km", "kms", "mileage",
                                                  "kilometres", "kilometers", "kilometrage", "odometre",
                                                  "compteur")),
    Field("condition", "condition", Kind.CHOICE, ("condition", "new used", "etat", "neuf usage", "neuf ou usage"),
          CONDITIONS),
    Field("buyer", "buyer", Kind.CHOICE, ("buyer", "buyer type", "customer type", "acheteur", "type d acheteur",
                                          "type de client"), BUYERS),
    Field("prior_incentives", "prior_incentives", Kind.WHOLE, ("prior incentives", "incentives received",
                                                               "incentives already received",
                                                               "incitatifs recus", "incitatifs deja recus")),
    Field("quota_position", "quota_position", Kind.CHOICE, ("quota position", "quota", "china ev quota",
                                                            "contingent", "quota de la chine",
                                                            "contingent de vehicules electriques chinois"),
          QUOTA_POSITIONS),
    Field("fta_origin", "fta_origin_met", Kind.CHOICE, ("fta origin", "rules of origin", "rules of origin met",
                                                        "fta rules of origin met", "regles d origine",
                                                        "regles d origine respectees",
                                                        "regles d origine de l ale respectees"), YES_NO_UNKNOWN),
    Field("personal_import", "import_kind", Kind.CHOICE, ("personal import", "import kind", "kind of import",
                                                          "importation personnelle", "type d importation"),
          IMPORT_KINDS),
    Field("fob_price", "fob_price", Kind.AMOUNT, ("fob price", "fob", "prix fab", "prix fob")),
    Field("count_freight_pdi", "freight_pdi_in_ftv", Kind.CHOICE, ("count freight pdi", "freight counted",
                                                                   "freight in ftv", "transport compte"), YES_NO),
    # Provincial programs: the province of registration and what its programs test.
    Field("province", "province", Kind.TEXT, ("province", "prov", "province or territory",
                                              "province ou territoire")),
    Field("msrp", "msrp", Kind.AMOUNT, ("msrp", "manufacturer s suggested retail price", "pdsf",
                                        "prix de detail suggere par le fabricant")),
    Field("msrp_options", "msrp_options", Kind.AMOUNT, ("msrp options", "manufacturer option groups",
                                                        "options du fabricant", "options pdsf")),
    Field("registration_date", "registration_date", Kind.DATE, ("registration date", "date d immatriculation")),
    Field("battery_kwh", "battery_kwh", Kind.AMOUNT, ("battery kwh", "battery", "battery capacity",
                                                      "batterie kwh", "batterie", "capacite de la batterie")),
)

ACTIVE_FIELDS: tuple[Field, ...] = tuple(
    f for f in FIELDS if f.request is None or f.request in SaleRequest.model_fields)
FIELD_BY_NAME: dict[str, Field] = {f.name: f for f in ACTIVE_FIELDS}
# A header spelling → its field. The first field to claim a spelling keeps it.
FIELD_BY_HEADER: dict[str, Field] = {}
for _field in ACTIVE_FIELDS:
    for _spelling in (_field.name, _field.request or _field.name, *_field.headers):
        FIELD_BY_HEADER.setdefault(header_key(_spelling), _field)


# What a header may add to a field's name without changing what the column holds, at its end: a currency,
# a unit, "total" ("Price (CAD)", "Lease term (months)", "Options total"). Not "USD": a price in US dollars is
# not the price the cap tests. Never at the start: "Total price" may include the fees.
_TRAILING_WORDS = frozenset({"cad", "months", "month", "mois", "total", "amount", "montant"})


def _singular(word: str) -> str:
    """Plural and singular alike ("fee" and "fees", "accessory" and "accessories"), as headers are written
    both ways; applied to the spellings and the header alike, so French plurals in -s match too."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


def _loose_key(key: str) -> str:
    words = key.split()
    while words and words[-1] in _TRAILING_WORDS:
        words.pop()
    return " ".join(_singular(word) for word in words)


# The same spellings, compared loosely (`_loose_key`): tried only when a header is none of them exactly.
_FIELD_BY_LOOSE_HEADER: dict[str, Field] = {}
for _key, _field in FIELD_BY_HEADER.items():
    _FIELD_BY_LOOSE_HEADER.setdefault(_loose_key(_key), _field)
_FIELD_BY_LOOSE_HEADER.pop("", None)


def _by_key(key: str) -> Field | None:
    found = FIELD_BY_HEADER.get(key)
    return found if found is not None or not key else _FIELD_BY_LOOSE_HEADER.get(_loose_key(key))


@lru_cache(maxsize=1024)
def field_for_header(header: str) -> Field | None:
    """The field a header names: one of its spellings, give or take a plural, a trailing unit or currency
    ("Admin fee", "Price (CAD)", "Lease term (months)"), or both languages at once ("Year/Année", "NIV/VIN"),
    whose halves must name the same field."""
    key = header_key(header)
    found = _by_key(key)
    if found is None and "/" in header:
        halves = [_by_key(header_key(half)) for half in header.split("/") if header_key(half)]
        if halves and all(half is halves[0] for half in halves):
            found = halves[0]
    return found


# Words of a column not read that may hold a part of the final transaction value, or the lease term: left out,
# the price the cap tests is lower than the deal's, and the answer too generous. The summary names them.
_PRICE_PART_WORD = re.compile(r"\b(?:fees?|frais|charges?|accessor\w*|options?|freight|transport|pdi|destination|"
                              r"prices?|prix|lease|location|bail|doc|admin\w*)\b")


def may_be_a_price_part(header: str) -> bool:
    """Whether a header not recognised reads like a part of the price, or the lease ("Admin charge",
    "Frais divers", "Lease length")."""
    return _PRICE_PART_WORD.search(header_key(header)) is not None


def field_named(name: str) -> Field | None:
    """A field by its name (`price`), its request name (`vehicle_price`) or any header spelling."""
    return FIELD_BY_NAME.get(name.strip()) or field_for_header(name)
