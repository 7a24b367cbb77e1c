"""A property: whatever a row says, and however a spreadsheet writes it, the batch's answer for it is
`evaluate`'s answer for the same request (the batch never has rules of its own)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import event, given, settings
from hypothesis import strategies as st

from evdesk.batch import RowReader, answer_row, find_header
from evdesk.rules import SaleRequest, evaluate

HEADER = ("Stock #", "Motorisation", "Prix", "Options", "Frais", "Transport", "Assemblage", "Date de vente",
          "Date de réclamation", "Durée de location", "Km", "Acheteur", "Incitatifs reçus", "Contingent")
ASSUMED = {"prior_incentives": 0, "quota_position": "within", "fta_origin_met": "yes", "sale_date": dt.date(2026, 5, 1)}

POWERTRAIN_SPELLINGS = {"BEV": ["BEV", "bev", "VEB"], "PHEV": ["PHEV", "VHR", "Hybride rechargeable"],
                        "FCEV": ["FCEV"], "HEV": ["HEV", "hybride"], "ICE": ["ICE", "Essence"]}
COUNTRY_SPELLINGS = {"CA": ["CA", "Canada"], "US": ["US", "États-Unis", "USA"], "MX": ["MX", "Mexique"],
                     "CN": ["CN", "Chine"], "KR": ["KR", "Corée du Sud"], "DE": ["DE", "Allemagne"],
                     "IN": ["IN", "Inde"]}
BUYER_SPELLINGS = {"individual": ["individual", "Particulier"], "organization": ["Entreprise"],
                   "carsharing": ["Autopartage"]}


def written_amount(amount: Decimal) -> st.SearchStrategy[str]:
    """The same amount as dealers' spreadsheets write it."""
    dollars, cents = divmod(amount, 1)
    whole = int(dollars)
    cents_text = f"{int(cents * 100):02d}"
    return st.sampled_from([f"{amount:.2f}", f"${whole:,}.{cents_text}", f"{whole:,}.{cents_text}",
                            f"{whole:,}".replace(",", "\u00a0") + f",{cents_text}\u00a0$", f"{whole}.{cents_text}"])


amounts = st.integers(min_value=0, max_value=7_000_000).map(lambda cents: Decimal(cents) / 100)
# Most prices near the cap, where the answer turns (and where max_price matters).
prices = st.one_of(st.integers(min_value=4_400_000, max_value=5_300_000).map(lambda cents: Decimal(cents) / 100),
                   amounts.filter(bool))  # never 0: a stock list's placeholder, refused as a problem


@st.composite
def rows(draw: st.DrawFn) -> tuple[tuple[str, ...], dict[str, object]]:
    """A row's cells, and the request fields they mean."""
    fields: dict[str, object] = {}
    cells: dict[str, str] = {name: "" for name in HEADER}
    cells["Stock #"] = "A1"
    powertrain = draw(st.sampled_from([None, "BEV", "BEV", "PHEV", *POWERTRAIN_SPELLINGS]))
    if powertrain:
        cells["Motorisation"] = draw(st.sampled_from(POWERTRAIN_SPELLINGS[powertrain]))
        fields["powertrain"] = powertrain
    price = draw(st.none() | prices | prices)
    if price is not None:
        cells["Prix"] = draw(written_amount(price))
        fields["vehicle_price"] = price
    for column, field in (("Options", "options"), ("Frais", "dealer_fees"), ("Transport", "freight_pdi")):
        part = draw(st.sampled_from([None, Decimal("0.00"), Decimal("499.00"), Decimal("1850.50")]))
        if part is not None:
            cells[column] = draw(written_amount(part))
            fields[field] = part
    assembly = draw(st.sampled_from([None, "US", "US", "MX", "KR", "CA", *COUNTRY_SPELLINGS]))
    if assembly:
        cells["Assemblage"] = draw(st.sampled_from(COUNTRY_SPELLINGS[assembly]))
        fields["assembly"] = assembly
    sale = draw(st.dates(min_value=dt.date(2026, 2, 16), max_value=dt.date(2027, 12, 31))
                | st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2031, 6, 1)))
    if draw(st.booleans()):
        cells["Date de vente"] = sale.isoformat()
        fields["sale_date"] = sale
    claim_after = draw(st.sampled_from([None, 0, 20, 200]))
    if claim_after is not None and "sale_date" in fields:
        claim = sale + dt.timedelta(days=claim_after)
        cells["Date de réclamation"] = claim.isoformat()
        fields["claim_date"] = claim
    lease = draw(st.sampled_from([None, 6, 12, 24, 39, 48, 60]))
    if lease is not None:
        cells["Durée de location"] = str(lease)
        fields["lease_months"] = lease
    km = draw(st.sampled_from([None, None, 0, 9999, 10000]))
    if km is not None:
        cells["Km"] = str(km)
        fields["odometer_km"] = km
        if km > 0:
            fields["condition"] = "demonstrator"
    buyer = draw(st.sampled_from([None, *BUYER_SPELLINGS]))
    if buyer:
        cells["Acheteur"] = draw(st.sampled_from(BUYER_SPELLINGS[buyer]))
        fields["buyer"] = buyer
    prior = draw(st.sampled_from([None, None, 0, 0, 1, 10]))
    if prior is not None:
        cells["Incitatifs reçus"] = str(prior)
        fields["prior_incentives"] = prior
    position = draw(st.sampled_from([None, ("within", "dans le contingent"), ("over", "hors contingent"),
                                     ("unknown", "inconnu")]))
    if position:
        fields["quota_position"], cells["Contingent"] = position
    return tuple(cells[name] for name in HEADER), fields


READER = RowReader(find_header(iter([(1, HEADER)])), {}, ASSUMED)


@settings(max_examples=300, deadline=None)
@given(rows())
def test_the_batch_answer_for_a_row_is_evaluate_on_the_same_request(policy, row) -> None:
    cells, fields = row
    read = READER.read(2, cells)
    expected = evaluate(SaleRequest.model_validate({**ASSUMED, **fields}), policy)
    answer = answer_row(read, policy)
    event(f"status: {answer.status.value}")  # --hypothesis-show-statistics: every status is reached
    assert answer.problems == ()
    rebate = expected.rebate
    assert (answer.eligible, answer.amount, answer.max_price) == (rebate.eligible, rebate.amount, rebate.max_price)
    assert answer.tariff_rate_percent == expected.tariff.rate_percent
    assert answer.quota_applies == expected.quota.applies
    deciding = [c for c in expected.explanation if c.question.value == "rebate" and c.outcome.value
                == {False: "fail", None: "unknown"}.get(rebate.eligible, "-")]
    # The first such criterion, but for a refusal not the cap when another fails too (a lower price would not help).
    if rebate.eligible is False and len(deciding) > 1 and deciding[0].rule == "evap.price_cap":
        deciding = deciding[1:]
    assert answer.reason == (deciding[0] if deciding else None)
    assert set(answer.assumed) == {name for name in ASSUMED if name not in fields}
