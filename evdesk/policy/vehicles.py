"""Transport Canada's EVAP vehicle list: evidence that a trim is listed, its powertrain and whether it
is Canadian-made. Being listed is not the rule (an unlisted vehicle "may still qualify")."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

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

    @classmethod
    def from_csv(cls, path: Path) -> VehicleList:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if tuple(reader.fieldnames or ()) != cls.COLUMNS:
                raise ValueError(f"{path.name}: expected the columns {', '.join(cls.COLUMNS)}, "
                                 f"found {', '.join(reader.fieldnames or ())}")
            vehicles = []
            for line, row in enumerate(reader, start=2):
                try:
                    vehicles.append(ListedVehicle(
                        model_year=int(row["model_year"]),
                        make=row["make"].strip(),
                        model=row["model"].strip(),
                        trim=row["trim"].strip(),
                        powertrain=Powertrain(row["fuel_type"].strip().upper()),
                        canadian_made=row["canadian_made"].strip() == "1",
                    ))
                except (ValueError, KeyError, AttributeError) as error:
                    raise ValueError(f"{path.name}, line {line}: {error}") from None
        return cls(vehicles)

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
