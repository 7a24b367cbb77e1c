"""VIN decoding: validation messages, WMI facts from vininfo, ISO country codes and the check digit."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from vininfo.dicts import COUNTRIES

from evdesk.vin import _COUNTRY_ALIASES, _UNMAPPABLE_COUNTRIES, VinError, VinFacts, _country_code, decode_vin

VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _with_position_9(vin: str, ch: str) -> str:
    return vin[:8] + ch + vin[9:]


# (vin, assembly_country, assembly_country_name, region, maker, model years up to 2027, check_digit_expected)
VALID = [
    pytest.param(
        # The VIN most often quoted as a worked check-digit example.
        "1HGCM82633A004352", "US", "United States", "North America", "Honda", (2003,), "3",
        id="honda-us",
    ),
    pytest.param(
        # 49 CFR 565 worked example: the remainder is 10, written X.
        "1M8GDM9AXKP042788", "US", "United States", "North America", "Mercury", (2019, 1989), "X",
        id="cfr-example-x",
    ),
    pytest.param(
        "2C3CDXGJ0NH000001", "CA", "Canada", "North America", "Chrysler", (2022, 1992), "0",
        id="chrysler-canada",
    ),
    pytest.param(
        "2T3P1RFV4RC000001", "CA", "Canada", "North America", "Toyota", (2024, 1994), "4",
        id="toyota-canada",
    ),
    pytest.param(
        "LRW3E7FA4PC000001", "CN", "China", "Asia", "Tesla China", (2023, 1993), "4",
        id="tesla-shanghai",
    ),
    pytest.param(
        "LGXCE4CB0P0000001", "CN", "China", "Asia", "BYD Auto", (2023, 1993), "0",
        id="byd-china",
    ),
    pytest.param(
        "3FMTK3SU1MMA00001", "MX", "Mexico", "North America", "Ford", (2021, 1991), "1",
        id="ford-mexico",
    ),
    pytest.param(
        "WBY8P2C09P7M00001", "DE", "Germany", "Europe", "BMW", (2023, 1993), "9",
        id="bmw-germany",
    ),
    pytest.param(
        "JN1AZ0CP1BT000001", "JP", "Japan", "Asia", "Nissan", (2011, 1981), "1",
        id="nissan-japan",
    ),
    pytest.param(
        "KNDJ23AU0N7000001", "KR", "South Korea", "Asia", "Kia", (2022, 1992), "0",
        id="kia-korea",
    ),
    pytest.param(
        "KM8K33AG6PU000001", "KR", "South Korea", "Asia", "Hyundai", (2023, 1993), "6",
        id="hyundai-korea",
    ),
    pytest.param(
        "5YJ3E1EA9PF000001", "US", "United States", "North America", "Tesla", (2023, 1993), "9",
        id="tesla-us",
    ),
    pytest.param(
        # vininfo's alias cases: its names "Russia" and "Turkey" are not pycountry's.
        "XTA210992R0000001", "RU", "Russia", "Europe", "AvtoVAZ", (2024, 1994), "2",
        id="lada-russia-alias",
    ),
    pytest.param(
        # vininfo files Turkey (WMI N…) under Asia.
        "NMTKHMBXXPR000001", "TR", "Turkey", "Asia", "Toyota", (2023, 1993), "X",
        id="toyota-turkey-alias",
    ),
    pytest.param(
        # Ford Australia puts the year letter at position 11, and vininfo knows it.
        "6FPAAAJG2M8B00001", "AU", "Australia", "Oceania", "Ford Australia", (2008,), "2",
        id="ford-australia-year-at-11",
    ),
]


@pytest.mark.parametrize(
    ("vin", "country", "country_name", "region", "maker", "years", "expected"), VALID
)
def test_valid_vin_decodes(
    vin: str,
    country: str,
    country_name: str,
    region: str,
    maker: str,
    years: tuple[int, ...],
    expected: str,
) -> None:
    facts = decode_vin(vin)
    assert facts == VinFacts(
        vin=vin,
        wmi=vin[:3],
        assembly_country=country,
        assembly_country_name=country_name,
        region=region,
        maker=maker,
        year_code=facts.year_code,
        check_digit="valid",
        check_digit_expected=expected,
    )
    assert facts.model_years(latest=2027) == years


@pytest.mark.parametrize(
    ("vin", "expected"),
    [
        pytest.param("1HGCM82643A004352", "3", id="honda-one-off"),
        pytest.param("1M8GDM9A0KP042788", "X", id="x-expected-digit-given"),
        pytest.param("2C3CDXGJXNH000001", "0", id="canada-x-given"),
        pytest.param("LRW3E7FA5PC000001", "4", id="tesla-shanghai-one-off"),
        # VW fills positions 7–9 with Z: no check digit, which is normal in Europe.
        pytest.param("WVWZZZE1ZPP000001", "5", id="vw-zzz-filler"),
    ],
)
def test_wrong_check_digit_is_reported_not_raised(vin: str, expected: str) -> None:
    facts = decode_vin(vin)
    assert facts.check_digit == "invalid"
    assert facts.check_digit_expected == expected
    assert decode_vin(_with_position_9(vin, expected)).check_digit == "valid"


def test_unknown_wmi_still_decodes() -> None:
    # vininfo has no country for 26… (its Canada range stops at 25) and no maker for 26A.
    facts = decode_vin("26A00000000000000")
    assert facts.wmi == "26A"
    assert facts.region == "North America"
    assert facts.assembly_country is None
    assert facts.assembly_country_name is None
    assert facts.maker is None
    assert facts.check_digit_expected == "9"


def test_year_code_without_a_year_gives_no_candidates() -> None:
    # 'Z' at position 10 is not a model-year code.
    assert decode_vin("1HGCM8263ZA004352").year_code is None
    assert decode_vin("1HGCM8263ZA004352").model_years(latest=2027) == ()


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        pytest.param("1hgcm82633a004352", "1HGCM82633A004352", id="lower-case"),
        pytest.param("  1HGCM82633A004352\n", "1HGCM82633A004352", id="surrounding-whitespace"),
        pytest.param("\t1hGcM82633A004352 ", "1HGCM82633A004352", id="mixed-case-and-tab"),
        pytest.param("\u00a01HGCM82633A004352\u00a0", "1HGCM82633A004352", id="non-breaking-spaces"),
    ],
)
def test_input_is_normalised(text: str, normalised: str) -> None:
    facts = decode_vin(text)
    assert facts.vin == normalised
    assert facts.check_digit == "valid"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "The VIN is empty.", id="empty"),
        pytest.param("   \t", "The VIN is empty.", id="only-whitespace"),
        pytest.param("1HGCM82633A00435", "A VIN has 17 characters; this one has 16.", id="16-chars"),
        pytest.param("1HGCM82633A0043521", "A VIN has 17 characters; this one has 18.", id="18-chars"),
        pytest.param(
            "1HGCO82633A004352",
            "A VIN never contains the letters I, O or Q (found 'O' at position 5).",
            id="letter-O",
        ),
        pytest.param(
            "IHGCM82633A004352",
            "A VIN never contains the letters I, O or Q (found 'I' at position 1).",
            id="letter-I",
        ),
        pytest.param(
            "1HGCM82633A00435Q",
            "A VIN never contains the letters I, O or Q (found 'Q' at position 17).",
            id="letter-Q",
        ),
        pytest.param(
            "1hgcm82633a0o4352",
            "A VIN never contains the letters I, O or Q (found 'O' at position 13).",
            id="lower-case-o",
        ),
        pytest.param(
            "1HG-CM82633A004352",
            "A VIN has only letters and digits (found '-' at position 4).",
            id="dash",
        ),
        pytest.param(
            "1HGCM*2633A004352",
            "A VIN has only letters and digits (found '*' at position 6).",
            id="asterisk",
        ),
        pytest.param(
            "1HG CM82633A004352",
            "A VIN has only letters and digits (found a space at position 4).",
            id="internal-space",
        ),
        pytest.param(
            "1HGCM82633A00435ß",
            "A VIN has only letters and digits (found 'ß' at position 17).",
            id="sharp-s-not-upper-cased-to-SS",
        ),
        pytest.param(
            "1HGCM8\u200b2633A004352",
            "A VIN has only letters and digits (found the invisible character U+200B at position 7).",
            id="zero-width-space",
        ),
        pytest.param(
            "1HGCO",
            "A VIN never contains the letters I, O or Q (found 'O' at position 5).",
            id="bad-letter-reported-before-length",
        ),
    ],
)
def test_malformed_input_raises_a_precise_sentence(text: str, message: str) -> None:
    with pytest.raises(VinError) as caught:
        decode_vin(text)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


@given(st.text(alphabet=VIN_ALPHABET, min_size=17, max_size=17))
def test_any_well_formed_vin_decodes_and_its_expected_digit_checks(vin: str) -> None:
    facts = decode_vin(vin)
    assert isinstance(facts, VinFacts)
    assert facts.vin == vin
    assert facts.check_digit_expected in set("0123456789X")
    assert facts.check_digit == ("valid" if vin[8] == facts.check_digit_expected else "invalid")
    years = facts.model_years(latest=2027)
    assert years == tuple(sorted(years, reverse=True)) and all(1980 <= year <= 2027 for year in years)
    if facts.assembly_country is not None:
        assert pycountry.countries.get(alpha_2=facts.assembly_country) is not None

    fixed = decode_vin(_with_position_9(vin, facts.check_digit_expected))
    assert fixed.check_digit == "valid"
    assert fixed.check_digit_expected == facts.check_digit_expected


@pytest.mark.parametrize("name", sorted(set(COUNTRIES.values())))
def test_every_vininfo_country_maps_to_an_iso_code(name: str) -> None:
    code = _country_code(name)
    if name in _UNMAPPABLE_COUNTRIES:
        assert code is None
    else:
        assert code is not None, f"add {name!r} to _COUNTRY_ALIASES or _UNMAPPABLE_COUNTRIES"
        assert pycountry.countries.get(alpha_2=code) is not None


@pytest.mark.parametrize(("name", "code"), sorted(_COUNTRY_ALIASES.items()))
def test_aliases_are_needed_and_real(name: str, code: str) -> None:
    # An alias exists only for a name vininfo really uses and pycountry cannot look up.
    assert name in set(COUNTRIES.values())
    with pytest.raises(LookupError):
        pycountry.countries.lookup(name)
    assert pycountry.countries.get(alpha_2=code) is not None


def test_unmappable_names_are_still_vininfo_names() -> None:
    assert set(_UNMAPPABLE_COUNTRIES) <= set(COUNTRIES.values())


def test_a_scanned_barcode_with_a_leading_i_is_read() -> None:
    # Code 39 VIN barcodes on import papers often carry an "I" before the 17 characters.
    assert decode_vin("I1HGCM82633A004352").vin == "1HGCM82633A004352"
    with pytest.raises(VinError, match="letters I, O or Q"):
        decode_vin("I1HGCM82633A00435")  # 17 with the I: the I is then part of the VIN, and refused


@pytest.mark.parametrize(("text", "code", "params"), [
    ("", "vin_empty", {}),
    ("1HGCM82633A00435", "vin_wrong_length", {"expected": 17, "length": 16}),
    ("1HGCO82633A004352", "vin_forbidden_letter", {"letter": "O", "position": 5}),
    ("1HG CM82633A004352", "vin_space", {"position": 4}),
    ("1HG-CM82633A004352", "vin_bad_character", {"character": "-", "position": 4}),
    ("1HGCM8\u200b2633A004352", "vin_invisible_character", {"codepoint": "U+200B", "position": 7}),
])
def test_a_refused_vin_carries_a_code_and_its_parameters(text: str, code: str, params: dict) -> None:
    """Each edge words the refusal from these, in its language; none parses the English sentence."""
    with pytest.raises(VinError) as caught:
        decode_vin(text)
    assert (caught.value.code, caught.value.params) == (code, params)


@pytest.mark.parametrize(("latest", "years"), [
    (2027, (2023, 1993)),
    (2053, (2053, 2023, 1993)),
    (2052, (2023, 1993)),
    (1993, (1993,)),
    (1992, ()),
])
def test_model_years_are_read_against_the_year_given_never_the_clock(latest: int, years: tuple[int, ...]) -> None:
    assert decode_vin("LRW3E7FA4PC000001").model_years(latest=latest) == years  # 'P': 1993, 2023, 2053


def test_decoding_a_vin_never_reads_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """vininfo's own `years` counts up to the clock's next year, so a test of it fails from 2032 on: the
    decoder must not call it (or anything else that asks for today)."""
    import vininfo.toolbox

    class NoClock:
        @staticmethod
        def now(*args: object, **kwargs: object) -> None:
            raise AssertionError("the VIN decoder asked for today's date")

    monkeypatch.setattr(vininfo.toolbox, "datetime", NoClock)
    decode_vin.cache_clear()
    try:
        facts = decode_vin("5YJ3E1EA9PF000001")
        assert facts.model_years(latest=2027) == (2023, 1993)
    finally:
        decode_vin.cache_clear()


@pytest.mark.parametrize(("sale_date", "year"), [
    (dt.date(2026, 5, 1), 2023),
    (dt.date(2052, 1, 1), 2053),  # next year's models are on sale: 'P' is 2053 from 2052 on
    (dt.date(2051, 12, 31), 2023),
    (dt.date(1992, 6, 1), 1993),
])
def test_the_model_year_is_read_against_the_sale_date(sale_date: dt.date, year: int) -> None:
    from evdesk.rules.vehicle import model_year_from_vin

    assert model_year_from_vin(decode_vin("LRW3E7FA4PC000001"), sale_date) == year


_VIN_CHARACTERS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _known_wmis() -> list[str]:
    from vininfo.dicts import WMI

    return sorted(wmi for wmi in WMI if set(wmi) <= set(_VIN_CHARACTERS))  # a few of its WMIs hold an O


def _wmis_with_the_year_at_11() -> list[str]:
    from vininfo.dicts import WMI

    return [wmi for wmi, assembler in WMI.items() if getattr(assembler, "year_position", 0) == 1]


@st.composite
def vins_of_known_makers(draw: st.DrawFn) -> str:
    """A VIN of our alphabet whose first characters are a WMI vininfo knows (3 characters, or the 2 of a
    country-wide entry and any third): often one whose brand puts the model year at position 11."""
    wmi = draw(st.sampled_from(_known_wmis()) | st.sampled_from(_wmis_with_the_year_at_11()))
    rest = draw(st.text(alphabet=_VIN_CHARACTERS, min_size=17 - len(wmi), max_size=17 - len(wmi)))
    return wmi + rest


def _vininfo_own(vin: str) -> tuple[str | None, ...] | None:
    """vininfo's own decoding of the VIN, brand details and all; None where it refuses the VIN."""
    from vininfo import Vin, VininfoException
    from vininfo.common import UnsupportedBrand

    try:
        full = Vin(vin)
    except (VininfoException, LookupError, ValueError):
        return None
    maker = None if isinstance(full.assembler, UnsupportedBrand) else full.assembler.manufacturer
    code = full.years_code if full.years_code in "ABCDEFGHJKLMNPRSTVWXY123456789" else None
    return full.country, full.region, maker, code


@given(vins_of_known_makers(), st.integers(min_value=0, max_value=16), st.sampled_from(_VIN_CHARACTERS))
@example("1HGCM82633A004352", 2, "D")  # 1H is Honda's country-wide entry; 1HD is Harley-Davidson's own
@example("6FPAAAJGCM8A12345", 10, "B")  # Ford Australia puts the model year at position 11
def test_the_facts_kept_of_vininfo_are_its_own_for_every_vin(vin: str, position: int, character: str) -> None:
    """The decoder keeps vininfo's country, region, maker and the model year's place by the WMI only, and
    reads the year's character from the VIN. For two VINs one character apart, decoded one after the other,
    each gets vininfo's own answer for the whole VIN: so nothing else that vininfo reads is left out of the
    key (a brand's place for the year kept by mistake for another WMI's shows here too)."""
    from evdesk import vin as decoder

    other = vin[:position] + character + vin[position + 1:]
    decoder._VININFO_FACTS.clear()
    answers = [decoder._vininfo_facts(vin), decoder._vininfo_facts(other)]
    for text, ours in zip((vin, other), answers, strict=True):
        own = _vininfo_own(text)
        if own is not None:  # none refused: vininfo's brand decoders took 100,000 random VINs of its WMIs
            assert ours == own
