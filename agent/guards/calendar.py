"""Business days, holidays and sending windows per country.

Holidays are the national ones of the `holidays` package (no subdivision): the scenarios'
`no_send_on` dates are generated the same way, so anything more local would disagree with them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays
from babel.core import get_global

__all__ = [
    "add_business_days",
    "business_days_between",
    "country_timezone",
    "holiday_name",
    "in_sending_window",
    "is_business_day",
    "is_holiday",
    "next_business_day",
    "weekend_days",
]

_DEFAULT_WEEKEND: frozenset[int] = frozenset({5, 6})
_EMPTY: Mapping[date, str] = MappingProxyType({})

# CLDR lists a country's zones alphabetically, so "first" is often a remote corner (the US would
# get America/Adak, Spain Africa/Ceuta). For countries with several zones, use the zone of the
# business capital instead; single-zone countries need no entry.
_MAIN_ZONE: Mapping[str, str] = MappingProxyType(
    {
        "AU": "Australia/Sydney",
        "BR": "America/Sao_Paulo",
        "CA": "America/Toronto",
        "CD": "Africa/Kinshasa",
        "CL": "America/Santiago",
        "CY": "Asia/Nicosia",
        "EC": "America/Guayaquil",
        "ES": "Europe/Madrid",
        "FM": "Pacific/Pohnpei",
        "GL": "America/Nuuk",
        "ID": "Asia/Jakarta",
        "KI": "Pacific/Tarawa",
        "KZ": "Asia/Almaty",
        "MH": "Pacific/Majuro",
        "MN": "Asia/Ulaanbaatar",
        "MX": "America/Mexico_City",
        "MY": "Asia/Kuala_Lumpur",
        "PF": "Pacific/Tahiti",
        "PT": "Europe/Lisbon",
        "RU": "Europe/Moscow",
        "UA": "Europe/Kyiv",
        "US": "America/New_York",
        "UZ": "Asia/Tashkent",
    }
)


def _norm(country: str) -> str:
    return (country or "").strip().upper()


@lru_cache(maxsize=512)
def _holiday_class_weekend(country: str) -> frozenset[int]:
    try:
        # Any year works: the weekend is a class attribute, not per-year data.
        cal = holidays.country_holidays(country, years=2000, subdiv=None)
    except (NotImplementedError, KeyError):
        return _DEFAULT_WEEKEND
    weekend = getattr(cal, "weekend", None)
    return frozenset(weekend) if weekend else _DEFAULT_WEEKEND


@lru_cache(maxsize=2048)
def _holidays_for(country: str, year: int) -> Mapping[date, str]:
    try:
        cal = holidays.country_holidays(country, years=year, subdiv=None)
    except (NotImplementedError, KeyError):
        return _EMPTY
    # Copied into a plain mapping: lookups on the package's object may silently add other years
    # (it auto-expands), which would make the cache content depend on query order.
    return MappingProxyType({d: name for d, name in cal.items() if d.year == year})


def weekend_days(country: str) -> frozenset[int]:
    """Weekend weekdays (Mon=0) of the country; Saturday+Sunday when the package does not know it."""
    return _holiday_class_weekend(_norm(country))


def holiday_name(d: date, country: str) -> str | None:
    return _holidays_for(_norm(country), d.year).get(d)


def is_holiday(d: date, country: str) -> bool:
    return d in _holidays_for(_norm(country), d.year)


def is_business_day(d: date, country: str) -> bool:
    return d.weekday() not in weekend_days(country) and not is_holiday(d, country)


def next_business_day(d: date, country: str, *, include_start: bool = True) -> date:
    """First business day on or after `d` (strictly after it when include_start is False)."""
    day = d if include_start else d + timedelta(days=1)
    # Holidays never fill a whole year, so this terminates quickly; the guard makes a broken
    # calendar fail loudly instead of looping.
    for _ in range(370):
        if is_business_day(day, country):
            return day
        day += timedelta(days=1)
    raise RuntimeError(f"no business day found within a year after {d} for {country!r}")


def add_business_days(d: date, n: int, country: str) -> date:
    """The n-th business day after `d` (`d` itself when n == 0, even if it is not a business day)."""
    if n < 0:
        raise ValueError("n must be >= 0")
    day = d
    for _ in range(n):
        day = next_business_day(day, country, include_start=False)
    return day


@lru_cache(maxsize=2048)
def _business_days_through(country: str, year: int) -> tuple[int, ...]:
    """For each day of the year (0 = 1 January), the business days from 1 January through it."""
    counts = []
    total = 0
    day = date(year, 1, 1)
    while day.year == year:
        total += is_business_day(day, country)
        counts.append(total)
        day += timedelta(days=1)
    return tuple(counts)


def _through(d: date, country: str) -> int:
    return _business_days_through(country, d.year)[d.timetuple().tm_yday - 1]


def business_days_between(start: date, end: date, country: str) -> int:
    """Number of business days in the half-open interval (start, end]."""
    if end <= start:
        return 0
    # counted from per-year running totals: the planner asks this for every account every day
    code = _norm(country)
    if start.year == end.year:
        return _through(end, code) - _through(start, code)
    total = _business_days_through(code, start.year)[-1] - _through(start, code)
    for year in range(start.year + 1, end.year):
        total += _business_days_through(code, year)[-1]
    return total + _through(end, code)


@lru_cache(maxsize=512)
def country_timezone(country: str) -> str:
    """IANA zone used for an account in that country; "UTC" when the country is unknown."""
    code = _norm(country)
    if code in _MAIN_ZONE:
        return _MAIN_ZONE[code]
    # "ZZ" is CLDR's "unknown region": its zones are the Etc/GMT offsets, not a real place.
    if len(code) != 2 or not code.isalpha() or code == "ZZ":
        return "UTC"
    zones = get_global("territory_zones").get(code) or []
    for zone in zones:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return zone
    return "UTC"


def in_sending_window(
    now: datetime, country: str, start: time, end: time, tz: str | None = None
) -> bool:
    """True when `now` falls in [start, end) local time on a business day of the account."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    try:
        zone = ZoneInfo(tz or country_timezone(country))
    except (ZoneInfoNotFoundError, ValueError):
        # A mistyped organization setting should not stop sending: the country's zone is the
        # best remaining guess.
        zone = ZoneInfo(country_timezone(country))
    local = now.astimezone(zone)
    if not is_business_day(local.date(), country):
        return False
    return start <= local.time().replace(tzinfo=None) < end
