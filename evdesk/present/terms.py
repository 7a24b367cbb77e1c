"""Display labels for the codes the rules use (powertrains, buyers, treatments, price parts...).

Marked with QT_TRANSLATE_NOOP so lupdate collects them; translated when shown.
"""

from __future__ import annotations

from evdesk.rules.trace import QT_TRANSLATE_NOOP

# The parts of a price as a sentence names them: in the explanation ("Final transaction value: the price after
# discounts, options and dealer fees") and in a consumer's note on what counts toward the cap.
PART_WORDS: dict[str, str] = {
    "vehicle_price": QT_TRANSLATE_NOOP("parts", "the price after discounts"),
    "options": QT_TRANSLATE_NOOP("parts", "options"),
    "accessories": QT_TRANSLATE_NOOP("parts", "accessories"),
    "dealer_fees": QT_TRANSLATE_NOOP("parts", "dealer fees"),
    "freight_pdi": QT_TRANSLATE_NOOP("parts", "freight and PDI"),
    "warranty": QT_TRANSLATE_NOOP("parts", "an extended warranty"),
    "winter_tires": QT_TRANSLATE_NOOP("parts", "one set of winter tires"),
    "charger": QT_TRANSLATE_NOOP("parts", "a Level 2 charger"),
}

TERMS: dict[str, str] = {
    # Powertrains
    "BEV": QT_TRANSLATE_NOOP("terms", "battery-electric vehicle (BEV)"),
    "FCEV": QT_TRANSLATE_NOOP("terms", "hydrogen fuel-cell vehicle (FCEV)"),
    "PHEV": QT_TRANSLATE_NOOP("terms", "plug-in hybrid (PHEV)"),
    "HEV": QT_TRANSLATE_NOOP("terms", "hybrid that does not plug in (HEV)"),
    "ICE": QT_TRANSLATE_NOOP("terms", "gasoline or diesel vehicle"),
    # Buyers
    "individual": QT_TRANSLATE_NOOP("terms", "individual"),
    "organization": QT_TRANSLATE_NOOP("terms", "business or organization"),
    "government": QT_TRANSLATE_NOOP("terms", "government"),
    "carsharing": QT_TRANSLATE_NOOP("terms", "car-sharing company"),
    # Recipient limit periods
    "program": QT_TRANSLATE_NOOP("terms", "for the whole program"),
    "calendar_year": QT_TRANSLATE_NOOP("terms", "per calendar year"),
    # Tariff treatments
    "domestic": QT_TRANSLATE_NOOP("terms", "made in Canada: no import duty"),
    "fta_preferential": QT_TRANSLATE_NOOP("terms", "free trade agreement rate"),
    "mfn": QT_TRANSLATE_NOOP("terms", "most-favoured-nation (MFN) rate"),
    "mfn_within_quota": QT_TRANSLATE_NOOP("terms", "MFN rate, within the China EV quota"),
    "mfn_plus_surtax": QT_TRANSLATE_NOOP("terms", "MFN rate plus the China surtax"),
    "unknown": QT_TRANSLATE_NOOP("terms", "not known"),
    # Tariff components
    "fta": QT_TRANSLATE_NOOP("terms", "free trade agreement duty"),
    "china_surtax": QT_TRANSLATE_NOOP("terms", "China surtax"),
    "us_counter_tariff": QT_TRANSLATE_NOOP("terms", "counter-tariff on U.S. vehicles"),
    # Price parts
    "vehicle_price": QT_TRANSLATE_NOOP("terms", "Vehicle price after discounts"),
    "options": QT_TRANSLATE_NOOP("terms", "Options and packages"),
    "accessories": QT_TRANSLATE_NOOP("terms", "Accessories"),
    "dealer_fees": QT_TRANSLATE_NOOP("terms", "Dealer and administration fees"),
    "freight_pdi": QT_TRANSLATE_NOOP("terms", "Freight and PDI"),
    "warranty": QT_TRANSLATE_NOOP("terms", "Extended warranty"),
    "winter_tires": QT_TRANSLATE_NOOP("terms", "One set of winter tires"),
    "charger": QT_TRANSLATE_NOOP("terms", "Level 2 charger"),
    # Other
    "not_published": QT_TRANSLATE_NOOP("terms", "not published"),
    # Provincial programs: a vehicle's condition, the price a cap tests
    "new": QT_TRANSLATE_NOOP("terms", "new"),
    "used": QT_TRANSLATE_NOOP("terms", "used"),
    "msrp": QT_TRANSLATE_NOOP("terms", "The MSRP"),
    "msrp_with_options": QT_TRANSLATE_NOOP("terms", "The MSRP with the option groups"),
    "transaction_value": QT_TRANSLATE_NOOP("terms", "The final transaction value"),
}

# Provinces and territories by ISO 3166-2 code. Written here rather than taken from pycountry's French
# catalogue, which misspells three ("Nouveau Brunswick", "Île-du-Prince Édouard", "Territoires-du-Nord-Ouest").
PROVINCES: dict[str, str] = {
    "CA-AB": QT_TRANSLATE_NOOP("Provinces", "Alberta"),
    "CA-BC": QT_TRANSLATE_NOOP("Provinces", "British Columbia"),
    "CA-MB": QT_TRANSLATE_NOOP("Provinces", "Manitoba"),
    "CA-NB": QT_TRANSLATE_NOOP("Provinces", "New Brunswick"),
    "CA-NL": QT_TRANSLATE_NOOP("Provinces", "Newfoundland and Labrador"),
    "CA-NS": QT_TRANSLATE_NOOP("Provinces", "Nova Scotia"),
    "CA-NT": QT_TRANSLATE_NOOP("Provinces", "Northwest Territories"),
    "CA-NU": QT_TRANSLATE_NOOP("Provinces", "Nunavut"),
    "CA-ON": QT_TRANSLATE_NOOP("Provinces", "Ontario"),
    "CA-PE": QT_TRANSLATE_NOOP("Provinces", "Prince Edward Island"),
    "CA-QC": QT_TRANSLATE_NOOP("Provinces", "Québec"),
    "CA-SK": QT_TRANSLATE_NOOP("Provinces", "Saskatchewan"),
    "CA-YT": QT_TRANSLATE_NOOP("Provinces", "Yukon"),
}

# Trade agreements by the names the policy uses; French has its own acronyms. Others ("Canada-Chile FTA")
# are shown as the policy writes them.
AGREEMENTS: dict[str, str] = {
    "CUSMA": QT_TRANSLATE_NOOP("Agreements", "CUSMA"),
    "CETA": QT_TRANSLATE_NOOP("Agreements", "CETA"),
    "CPTPP": QT_TRANSLATE_NOOP("Agreements", "CPTPP"),
}
