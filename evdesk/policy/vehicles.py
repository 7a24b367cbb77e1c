"""Transport Canada's EVAP vehicle list: evidence that a trim is listed, its powertrain and whether it
is Canadian-made. Being listed is not the rule (an unlisted vehicle "may still qualify")."""

from __future__ import annotations

from dataclasses import dataclass

from evdesk.policy.reading import check_csv_row, csv_rows, shown
from evdesk.terms import Powertrain


@dataclass(frozen=True, slots=True)
class ListedVehicle:
    model_year: int
    make: str
    model: str
    trim: str
    powertrain: Powertrain
    canadian_made: bool


def _key(*parts: str | int) -> tuple[str, ...]:
    return tuple(" ".join(str(p).split()).casefold() for p in parts)


class VehicleList:
    """The list, looked up by model year, make, model and trim (case and spacing do not matter)."""

    COLUMNS = ("model_year", "make", "model", "trim", "fuel_type", "canadian_made")

    def __init__(self, vehicles: list[ListedVehicle]):
        self.vehicles = vehicles
        self._by_trim = {_key(v.model_year, v.make, v.model, v.trim): v for v in vehicles}
        self._by_model: dict[tuple[str, ...], list[ListedVehicle]] = {}
        for v in vehicles:
            self._by_model.setdefault(_key(v.model_year, v.make, v.model), []).append(v)

    # Model years a listed vehicle may have: a wider span than any list will hold, narrow enough that a
    # typo (20266) is refused rather than shown.
    MODEL_YEARS = range(1990, 2101)
    MAX_FIELD_CHARS = 200

    @classmethod
    def from_text(cls, text: str, name: str) -> VehicleList:
        """The list from its CSV text (already bounded and decoded by the caller). Any malformed line is
        a ValueError naming the line, never a csv.Error or a crash further on."""
        return cls([cls._row(line, row) for line, row in csv_rows(text, cls.COLUMNS)])

    @classmethod
    def _row(cls, line: int, row: list[str]) -> ListedVehicle:
        check_csv_row(line, row, len(cls.COLUMNS), cls.MAX_FIELD_CHARS)
        model_year, make, model, trim, fuel_type, canadian_made = (value.strip() for value in row)
        if not model_year.isascii() or not model_year.isdigit() or int(model_year) not in cls.MODEL_YEARS:
            raise ValueError(f"line {line}: model_year {shown(model_year, 20)!r} is not a year from "
                             f"{cls.MODEL_YEARS.start} to {cls.MODEL_YEARS.stop - 1}")
        try:
            powertrain = Powertrain(fuel_type.upper())
        except ValueError:
            raise ValueError(f"line {line}: fuel_type {shown(fuel_type, 20)!r} is not one of "
                             f"{', '.join(p.value for p in Powertrain)}") from None
        if canadian_made not in ("0", "1"):
            raise ValueError(f"line {line}: canadian_made {shown(canadian_made, 20)!r} is not 0 or 1")
        return ListedVehicle(model_year=int(model_year), make=make, model=model, trim=trim,
                             powertrain=powertrain, canadian_made=canadian_made == "1")

    def find(self, model_year: int | None, make: str | None, model: str | None,
             trim: str | None) -> ListedVehicle | None:
        """A listed trim; a few listed models have no trim name, so a blank trim can match too."""
        if model_year is None or not make or not model:
            return None
        return self._by_trim.get(_key(model_year, make, model, trim or ""))

    def trims(self, model_year: int, make: str, model: str) -> list[ListedVehicle]:
        return list(self._by_model.get(_key(model_year, make, model), []))

    def model_years(self) -> list[int]:
        return sorted({v.model_year for v in self.vehicles}, reverse=True)

    def makes(self, model_year: int) -> list[str]:
        return sorted({v.make for v in self.vehicles if v.model_year == model_year})

    def models(self, model_year: int, make: str) -> list[str]:
        wanted = _key(make)
        return sorted({v.model for v in self.vehicles
                       if v.model_year == model_year and _key(v.make) == wanted})
