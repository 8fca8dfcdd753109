from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.guards.calendar import (
    add_business_days,
    business_days_between,
    country_timezone,
    holiday_name,
    in_sending_window,
    is_business_day,
    is_holiday,
    next_business_day,
    weekend_days,
)

COUNTRIES = ["FR", "DE", "ES", "IT", "NL", "PT", "GB", "US", "BE", "CH", "AE", "IL", "ZZ"]

dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
countries = st.sampled_from(COUNTRIES)
fast = settings(max_examples=150, deadline=None)


# --------------------------------------------------------------------------- known dates


@pytest.mark.parametrize(
    ("country", "day"),
    [
        ("FR", date(2026, 12, 25)),
        ("FR", date(2026, 11, 11)),
        ("FR", date(2026, 7, 14)),
        ("DE", date(2026, 10, 3)),
        ("IT", date(2026, 12, 8)),
        ("NL", date(2026, 4, 27)),
        ("PT", date(2026, 6, 10)),
        ("US", date(2026, 11, 26)),
        ("GB", date(2026, 12, 26)),
        # Boxing Day falls on a Saturday in 2026; the package adds the Monday substitute.
        ("GB", date(2026, 12, 28)),
        ("ES", date(2026, 10, 12)),
        ("BE", date(2026, 7, 21)),
        ("CH", date(2026, 8, 1)),
    ],
)
def test_known_holidays(country: str, day: date) -> None:
    assert is_holiday(day, country)
    assert holiday_name(day, country)
    assert not is_business_day(day, country)


def test_gb_substitute_boxing_day_name() -> None:
    assert "observed" in (holiday_name(date(2026, 12, 28), "GB") or "").lower()


@pytest.mark.parametrize(
    ("country", "day"),
    [
        ("FR", date(2026, 11, 12)),
        ("DE", date(2026, 11, 11)),  # Armistice is French, not German
        ("GB", date(2026, 11, 26)),  # Thanksgiving is American
        ("US", date(2026, 12, 28)),
        ("NL", date(2026, 4, 28)),
    ],
)
def test_ordinary_weekdays_are_business_days(country: str, day: date) -> None:
    assert day.weekday() < 5
    assert not is_holiday(day, country)
    assert holiday_name(day, country) is None
    assert is_business_day(day, country)


def test_regional_holidays_are_ignored() -> None:
    # Epiphany is a holiday only in some German states; national calendar only.
    assert not is_holiday(date(2026, 1, 6), "DE")
    # Alsace-Moselle's Saint Stephen's Day is not national in France.
    assert not is_holiday(date(2026, 12, 26), "FR")


def test_country_code_is_case_insensitive() -> None:
    assert is_holiday(date(2026, 12, 25), "fr")
    assert weekend_days(" il ") == weekend_days("IL")


def test_weekends() -> None:
    assert weekend_days("FR") == frozenset({5, 6})
    assert weekend_days("IL") == frozenset({4, 5})
    assert weekend_days("ZZ") == frozenset({5, 6})
    assert weekend_days("") == frozenset({5, 6})
    assert not is_business_day(date(2026, 11, 7), "FR")  # Saturday
    assert is_business_day(date(2026, 11, 8), "IL")  # Sunday is a working day in Israel
    assert not is_business_day(date(2026, 11, 6), "IL")  # Friday is not


def test_unknown_country_has_no_holidays() -> None:
    assert not is_holiday(date(2026, 12, 25), "ZZ")
    assert holiday_name(date(2026, 12, 25), "ZZ") is None
    assert is_business_day(date(2026, 12, 25), "ZZ")


def test_matches_the_holidays_package() -> None:
    # The scenarios' no_send_on lists come from the same package, national holidays only.
    for country in ("FR", "DE", "GB", "US", "PT"):
        cal = holidays.country_holidays(country, years=[2026, 2027], subdiv=None)
        for d in cal:
            assert is_holiday(d, country)
        day = date(2026, 1, 1)
        while day < date(2028, 1, 1):
            assert is_holiday(day, country) == (day in cal)
            day += timedelta(days=1)


def test_next_business_day() -> None:
    # Christmas 2026 is a Friday in France: next business day is Monday 28th.
    assert next_business_day(date(2026, 12, 25), "FR") == date(2026, 12, 28)
    assert next_business_day(date(2026, 12, 24), "FR") == date(2026, 12, 24)
    assert next_business_day(date(2026, 12, 24), "FR", include_start=False) == date(2026, 12, 28)
    # In GB the 28th is the substitute Boxing Day.
    assert next_business_day(date(2026, 12, 25), "GB") == date(2026, 12, 29)
    assert next_business_day(date(2026, 11, 6), "IL") == date(2026, 11, 8)


def test_add_business_days() -> None:
    assert add_business_days(date(2026, 12, 23), 0, "FR") == date(2026, 12, 23)
    assert add_business_days(date(2026, 12, 26), 0, "FR") == date(2026, 12, 26)  # unchanged
    assert add_business_days(date(2026, 12, 23), 1, "FR") == date(2026, 12, 24)
    assert add_business_days(date(2026, 12, 23), 2, "FR") == date(2026, 12, 28)
    assert add_business_days(date(2026, 12, 23), 2, "GB") == date(2026, 12, 29)
    assert add_business_days(date(2026, 11, 2), 10, "FR") == date(2026, 11, 17)  # 11 Nov skipped
    with pytest.raises(ValueError):
        add_business_days(date(2026, 1, 1), -1, "FR")


def test_business_days_between() -> None:
    assert business_days_between(date(2026, 12, 23), date(2026, 12, 28), "FR") == 2
    assert business_days_between(date(2026, 12, 23), date(2026, 12, 23), "FR") == 0
    assert business_days_between(date(2026, 12, 28), date(2026, 12, 23), "FR") == 0
    # Half-open: the start day is excluded, the end day included.
    assert business_days_between(date(2026, 11, 2), date(2026, 11, 3), "FR") == 1
    assert business_days_between(date(2026, 11, 6), date(2026, 11, 9), "FR") == 1


def test_country_timezone() -> None:
    assert country_timezone("FR") == "Europe/Paris"
    assert country_timezone("DE") == "Europe/Berlin"
    assert country_timezone("ES") == "Europe/Madrid"
    assert country_timezone("PT") == "Europe/Lisbon"
    assert country_timezone("US") == "America/New_York"
    assert country_timezone("GB") == "Europe/London"
    assert country_timezone("AE") == "Asia/Dubai"
    assert country_timezone("ZZ") == "UTC"
    assert country_timezone("") == "UTC"
    assert country_timezone("not a country") == "UTC"
    assert country_timezone("fr") == "Europe/Paris"


@pytest.mark.parametrize("country", COUNTRIES + ["CA", "AU", "BR", "MX", "RU", "JP", "LU"])
def test_country_timezone_is_loadable(country: str) -> None:
    ZoneInfo(country_timezone(country))


def test_sending_window_converts_to_local_time() -> None:
    start, end = time(9, 0), time(18, 0)
    # 07:30 UTC on Tuesday 3 Nov 2026 is 08:30 in Paris: too early.
    assert not in_sending_window(datetime(2026, 11, 3, 7, 30, tzinfo=UTC), "FR", start, end)
    assert in_sending_window(datetime(2026, 11, 3, 8, 0, tzinfo=UTC), "FR", start, end)
    # End is exclusive.
    assert not in_sending_window(datetime(2026, 11, 3, 17, 0, tzinfo=UTC), "FR", start, end)
    assert in_sending_window(datetime(2026, 11, 3, 16, 59, tzinfo=UTC), "FR", start, end)
    # 14:00 UTC is 09:00 in New York.
    assert in_sending_window(datetime(2026, 11, 3, 14, 0, tzinfo=UTC), "US", start, end)
    assert not in_sending_window(datetime(2026, 11, 3, 13, 59, tzinfo=UTC), "US", start, end)


def test_sending_window_uses_the_local_date() -> None:
    start, end = time(0, 0), time(23, 59)
    # 23:30 UTC Tuesday 10 Nov is already Wednesday 11 Nov (Armistice) in Paris.
    assert not in_sending_window(datetime(2026, 11, 10, 23, 30, tzinfo=UTC), "FR", start, end)
    assert in_sending_window(datetime(2026, 11, 10, 22, 30, tzinfo=UTC), "FR", start, end)


def test_sending_window_explicit_zone_and_weekend() -> None:
    start, end = time(9, 0), time(17, 0)
    now = datetime(2026, 11, 3, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert in_sending_window(now, "FR", start, end)
    assert not in_sending_window(now, "FR", start, end, tz="America/Los_Angeles")
    saturday = datetime(2026, 11, 7, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert not in_sending_window(saturday, "FR", start, end)
    with pytest.raises(ValueError):
        in_sending_window(datetime(2026, 11, 3, 10, 0), "FR", start, end)


def test_sending_window_dst() -> None:
    start, end = time(9, 0), time(10, 0)
    # Summer: Paris is UTC+2; winter: UTC+1.
    assert in_sending_window(datetime(2026, 7, 1, 7, 30, tzinfo=UTC), "FR", start, end)
    assert not in_sending_window(datetime(2026, 12, 1, 7, 30, tzinfo=UTC), "FR", start, end)
    assert in_sending_window(datetime(2026, 12, 1, 8, 30, tzinfo=UTC), "FR", start, end)


# --------------------------------------------------------------------------- properties


@fast
@given(d=dates, country=countries, include_start=st.booleans())
def test_next_business_day_lands_on_a_business_day(
    d: date, country: str, include_start: bool
) -> None:
    nbd = next_business_day(d, country, include_start=include_start)
    assert nbd.weekday() not in weekend_days(country)
    assert not is_holiday(nbd, country)
    assert nbd >= d if include_start else nbd > d
    # Nothing skipped: every day before it is a non-business day.
    day = d if include_start else d + timedelta(days=1)
    while day < nbd:
        assert not is_business_day(day, country)
        day += timedelta(days=1)


@fast
@given(d=dates, n=st.integers(min_value=1, max_value=30), country=countries)
def test_add_business_days_lands_on_business_day_and_round_trips(
    d: date, n: int, country: str
) -> None:
    result = add_business_days(d, n, country)
    assert result > d
    assert result.weekday() not in weekend_days(country)
    assert not is_holiday(result, country)
    assert business_days_between(d, result, country) == n


@fast
@given(d=dates, n=st.integers(min_value=0, max_value=20), country=countries)
def test_add_business_days_is_monotonic(d: date, n: int, country: str) -> None:
    assert add_business_days(d, n + 1, country) > add_business_days(d, n, country)
    assert add_business_days(d + timedelta(days=1), n, country) >= add_business_days(d, n, country)


@fast
@given(a=dates, b=dates, c=dates, country=countries)
def test_business_days_between_is_additive(a: date, b: date, c: date, country: str) -> None:
    x, y, z = sorted((a, b, c))
    if (z - x).days > 400:
        z = x + timedelta(days=400)
        y = min(y, z)
    total = business_days_between(x, z, country)
    assert total == business_days_between(x, y, country) + business_days_between(y, z, country)
    assert 0 <= total <= (z - x).days


@fast
@given(
    instant=st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
    ),
    country=countries,
)
def test_sending_window_implies_local_business_day(instant: datetime, country: str) -> None:
    start, end = time(8, 0), time(19, 0)
    if in_sending_window(instant, country, start, end):
        local = instant.astimezone(ZoneInfo(country_timezone(country)))
        assert is_business_day(local.date(), country)
        assert start <= local.time() < end
