"""Each source of the policy data in both languages: the bundled files carry every title and publisher in
English and French, a French title is quoted only when it is the French document's own, the joining words
are the window's, and a policy written before (English only) still loads and answers as it did."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from evdesk.policy import Policy, load_policy
from evdesk.policy.schema import Bilingual, Source
from evdesk.present.format import Formatter
from evdesk.present.report import to_json
from evdesk.rules import SaleRequest, evaluate
from evdesk.rules.citations import citation_of

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    """The window's French catalogue, as `Formatter("fr")` reads it in the window (compiled by tests/ui)."""
    from evdesk.ui.i18n import use_language

    use_language("fr")
    yield
    use_language("en")


def _all_sources(policy: Policy) -> dict[str, Source]:
    found = dict(policy.data.sources)
    assert policy.provinces is not None
    found.update(policy.provinces.sources)
    return found


def test_every_bundled_source_has_its_words_in_both_languages(policy: Policy) -> None:
    sources = _all_sources(policy)
    assert len(sources) == 35
    for source_id, source in sources.items():
        for field in ("title", "publisher", "reported_by", "citing"):
            value = getattr(source, field)
            assert value is None or isinstance(value, Bilingual), f"{source_id}.{field} is English only"
        # A French description of ours differs from the English one; the same text in both is a title of
        # its own (Québec's pages are in French), and then it is marked as the document's title.
        assert source.title.fr != source.title.en or source.fr_title == "official", source_id
    assert isinstance(policy.data.title, Bilingual) and isinstance(policy.provinces.title, Bilingual)


def test_french_titles_marked_official_are_the_ones_found_on_government_pages(policy: Policy) -> None:
    """research/source-titles-fr.md, and two Québec pages found with the search tool; nothing else."""
    official = {source_id for source_id, source in _all_sources(policy).items() if source.fr_title == "official"}
    assert official == {"sor-2024-187", "finance-us-countermeasures", "qc-dealer-conditions", "qc-used-vehicles"}
    assert policy.data.sources["sor-2024-187"].title.fr == ("Décret imposant une surtaxe à la Chine (2024)\u00a0: "
                                                             "DORS/2024-187")


@pytest.mark.parametrize(("language", "source_id", "shown"), [
    ("en", "tc-evap-qa", "Transport Canada, as reported by driveteslacanada.ca and a transcription "
                         "(mgmacri/ev-rebate-calc), “Electric Vehicle Affordability Program: questions and answers "
                         "(final transaction value, leases)”"),
    ("fr", "tc-evap-qa", "Transports Canada, selon driveteslacanada.ca et une transcription (mgmacri/ev-rebate-calc) "
                         "— EVAP\u00a0: questions et réponses (valeur finale de la transaction, locations)"),
    ("en", "evap-program-end", "motorlinks.net, citing Transport Canada, “EVAP runs to March 31, 2031 or until "
                               "funds run out; remaining funds as of May 15, 2026” (May 20, 2026)"),
    ("fr", "evap-program-end", "motorlinks.net, citant Transports Canada — L’EVAP se poursuit jusqu’au 31 mars 2031 "
                               "ou jusqu’à l’épuisement des fonds; fonds restants au 15 mai 2026 (20 mai 2026)"),
    ("fr", "sor-2024-187", "La Gazette du Canada, Partie II, volume 158, numéro 21, «\u00a0Décret imposant une "
                           "surtaxe à la Chine (2024)\u00a0: DORS/2024-187\u00a0» (20 septembre 2024)"),
])
def test_a_citation_reads_in_the_users_language(policy: Policy, request: pytest.FixtureRequest, language: str,
                                                 source_id: str, shown: str) -> None:
    if language == "fr":
        request.getfixturevalue("french")
    citation = citation_of(source_id, policy.data.sources[source_id])
    assert Formatter(language).citation(citation) == shown


def test_the_french_address_is_given_where_one_was_found(policy: Policy) -> None:
    listed = citation_of("tc-evap-vehicle-list", policy.data.sources["tc-evap-vehicle-list"])
    assert Formatter("fr").source_url(listed).startswith("https://tc.canada.ca/fr/")
    assert Formatter("en").source_url(listed).startswith("https://tc.canada.ca/en/")
    qa = citation_of("tc-evap-qa", policy.data.sources["tc-evap-qa"])
    assert Formatter("fr").source_url(qa) == qa.url  # no French address found: the English one


def _english_only(text: str) -> str:
    """The policy as an older evdesk wrote it: one English string per title and publisher, no French."""
    text = re.sub(r'^(title|publisher)\.en = ', r"\1 = ", text, flags=re.M)
    text = re.sub(r'^(title|publisher)\.fr = .*\n', "", text, flags=re.M)
    text = re.sub(r'^(reported_by|citing)\.(en|fr) = .*\n', "", text, flags=re.M)
    return re.sub(r'^(fr_title|url_fr) = .*\n', "", text, flags=re.M)


def test_a_policy_written_with_english_only_sources_still_loads_and_answers(tmp_path: Path, policy: Policy) -> None:
    for name in ("policy.toml", "provinces.toml"):
        (tmp_path / name).write_text(_english_only((SEEDS / name).read_text(encoding="utf-8")), encoding="utf-8")
    shutil.copy(SEEDS / policy.data.vehicle_list.file, tmp_path)
    provinces_sha = hashlib.sha256((tmp_path / "provinces.toml").read_bytes()).hexdigest()
    text = (tmp_path / "policy.toml").read_text(encoding="utf-8")
    (tmp_path / "policy.toml").write_text(re.sub(r'(provinces = \{ file = "provinces.toml", sha256 = ")[0-9a-f]+',
                                                 rf"\g<1>{provinces_sha}", text), encoding="utf-8")
    older = load_policy(tmp_path / "policy.toml")
    assert older.data.sources["tc-evap-dealers"].title == "Electric Vehicle Affordability Program: program " \
                                                          "resources for dealerships"
    request = SaleRequest(powertrain="BEV", assembly="US", vehicle_price="45000", sale_date=dt.date(2026, 5, 1))
    answer = to_json(evaluate(request, older), Formatter("en"))
    source = next(c["source"] for c in answer["explanation"] if c["rule"] == "evap.powertrain")
    # The citation reads in JSON as it did before sources had two languages: a saved deal answered again
    # under such a policy still reproduces.
    assert set(source) == {"source_id", "title", "publisher", "url", "date", "confidence", "note", "valid_from",
                           "valid_until"}
    assert source["title"] == "Electric Vehicle Affordability Program: eligible vehicle list"
    french = Formatter("fr").citation(evaluate(request, older).criterion("evap.powertrain").source)
    assert "Electric Vehicle Affordability Program: eligible vehicle list" in french  # as written: English only
    json.dumps(answer)


def test_the_bundled_json_citation_names_its_reporter_apart(policy: Policy) -> None:
    request = SaleRequest(powertrain="BEV", assembly="US", vehicle_price="45000", sale_date=dt.date(2026, 5, 1))
    answer = to_json(evaluate(request, policy), Formatter("en"))
    source = next(c["source"] for c in answer["explanation"] if c["rule"] == "evap.lease_term")
    assert source["publisher"] == "Transport Canada"
    assert source["reported_by"] == "driveteslacanada.ca and a transcription (mgmacri/ev-rebate-calc)"
