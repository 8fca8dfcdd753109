"""Follow-up policy as configuration: cadence, tones, thresholds, per customer segment.

The built-in defaults are DESIGN.md's default policy; `default_policy.yaml` beside this module
documents every key and reproduces them. Which file to load (`DUNNING_POLICY_FILE`) is decided
by the callers, so this module stays free of environment lookups.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from agent.guards.tone import TONES, tone_rank

__all__ = [
    "DEFAULT_POLICY_FILE",
    "Band",
    "Policy",
    "PolicyError",
    "PolicySet",
    "interval_for",
    "load_policies",
    "tone_for_step",
]

DEFAULT_POLICY_FILE = Path(__file__).with_name("default_policy.yaml")


class PolicyError(ValueError):
    """Invalid policy configuration; the message names the segment and the field."""


@dataclass(frozen=True)
class Band:
    """From `from_days` days overdue (inclusive), follow up every `interval` business days."""

    from_days: int
    interval: int


# DESIGN.md says "every 10 business days while 0-30 days overdue, every 5 while 30-60, every 3
# beyond 60": the boundary days belong to the firmer band (30 -> 5, 60 -> 3), the usual reading
# of "from N days overdue" in credit-control tools.
_DEFAULT_BANDS: tuple[Band, ...] = (Band(0, 10), Band(30, 5), Band(60, 3))


@dataclass(frozen=True)
class Policy:
    name: str = "default"
    min_balance: Decimal = Decimal("0.01")
    courtesy_notice: bool = False
    courtesy_days_before: int = 3
    first_followup_after_days: int = 1
    bands: tuple[Band, ...] = _DEFAULT_BANDS
    max_followups: int = 4
    tones: tuple[str, ...] = ("courteous", "professional", "firm", "firm")
    min_gap_days: int = 5
    # A calendar-day cap on every gap: a business-day interval stretched by a long holiday run
    # would otherwise exceed the 21 days the scenarios allow between follow-ups.
    max_interval_days: int = 16
    no_response_max_days: int = 14
    conversation_quiet_business_days: int = 2
    promise_grace_business_days: int = 0
    high_balance: Decimal | None = None
    allow_legal_wording: bool = False
    # Follow-ups wait this long as `scheduled` before they go, so a member can read, edit or
    # cancel them; each is checked against the stop rules again when the hold ends. 0 = none.
    review_hold_hours: int = 0

    def __post_init__(self) -> None:
        _validate(self)


@dataclass(frozen=True)
class PolicySet:
    default: Policy = field(default_factory=Policy)
    segments: Mapping[str, Policy] = field(default_factory=lambda: MappingProxyType({}))

    def for_segment(self, segment: str | None) -> Policy:
        """The segment's policy; the default one for no segment or a segment without a policy."""
        if not segment:
            return self.default
        found = self.segments.get(segment)
        if found is not None:
            return found
        # Segments are typed by people in imports; tolerate case and surrounding blanks.
        wanted = segment.strip().casefold()
        for key, policy in self.segments.items():
            if key.strip().casefold() == wanted:
                return policy
        return self.default


def interval_for(policy: Policy, days_overdue: int) -> int:
    """Business days between follow-ups for an account whose oldest overdue invoice is that old."""
    interval = policy.bands[0].interval
    for band in policy.bands:
        if band.from_days <= days_overdue:
            interval = band.interval
        else:
            break
    return interval


def tone_for_step(policy: Policy, step: int) -> str:
    """Tone of the policy for follow-up number `step` (1-based); past the plan, the last tone."""
    if step < 1:
        raise ValueError(f"follow-up steps start at 1, got {step}")
    return policy.tones[min(step, len(policy.tones)) - 1]


# --------------------------------------------------------------------------- validation

_INT_FIELDS_MIN: Mapping[str, int] = MappingProxyType(
    {
        "courtesy_days_before": 0,
        "first_followup_after_days": 0,
        "max_followups": 1,
        "min_gap_days": 0,
        "max_interval_days": 1,
        "no_response_max_days": 0,
        "conversation_quiet_business_days": 0,
        "promise_grace_business_days": 0,
        "review_hold_hours": 0,
    }
)
_BOOL_FIELDS = ("courtesy_notice", "allow_legal_wording")


def _is_int(value: object) -> bool:
    # bool is an int subclass; `max_followups: true` is a typo, not 1.
    return isinstance(value, int) and not isinstance(value, bool)


def _validate(p: Policy) -> None:
    if not isinstance(p.name, str) or not p.name:
        raise PolicyError("name: must be a non-empty string")
    for name, minimum in _INT_FIELDS_MIN.items():
        value = getattr(p, name)
        if not _is_int(value):
            raise PolicyError(f"{name}: expected an integer, got {value!r}")
        if value < minimum:
            raise PolicyError(f"{name}: must be >= {minimum}, got {value}")
    for name in _BOOL_FIELDS:
        if not isinstance(getattr(p, name), bool):
            raise PolicyError(f"{name}: expected true or false, got {getattr(p, name)!r}")
    if not isinstance(p.min_balance, Decimal) or not p.min_balance.is_finite():
        raise PolicyError(f"min_balance: expected a Decimal, got {p.min_balance!r}")
    if p.min_balance <= 0:
        raise PolicyError(f"min_balance: must be positive, got {p.min_balance}")
    if p.high_balance is not None:
        if not isinstance(p.high_balance, Decimal) or not p.high_balance.is_finite():
            raise PolicyError(f"high_balance: expected a Decimal or null, got {p.high_balance!r}")
        if p.high_balance <= 0:
            raise PolicyError(f"high_balance: must be positive, got {p.high_balance}")
    _validate_bands(p.bands)
    _validate_tones(p.tones, p.max_followups)


def _validate_bands(bands: object) -> None:
    if not isinstance(bands, tuple) or not bands:
        raise PolicyError(f"bands: expected a non-empty tuple of Band, got {bands!r}")
    previous: int | None = None
    for i, band in enumerate(bands):
        if not isinstance(band, Band):
            raise PolicyError(f"bands[{i}]: expected a Band, got {band!r}")
        if not _is_int(band.from_days) or not _is_int(band.interval):
            raise PolicyError(f"bands[{i}]: from_days and interval must be integers")
        if band.interval <= 0:
            raise PolicyError(f"bands[{i}]: interval must be positive, got {band.interval}")
        if previous is None and band.from_days != 0:
            raise PolicyError(
                f"bands: the first band must start at from_days 0, not {band.from_days}"
            )
        if previous is not None and band.from_days <= previous:
            raise PolicyError(
                f"bands[{i}]: from_days must increase ({band.from_days} after {previous})"
            )
        previous = band.from_days


def _validate_tones(tones: object, max_followups: int) -> None:
    if not isinstance(tones, tuple) or not tones:
        raise PolicyError(f"tones: expected a non-empty tuple of tone names, got {tones!r}")
    for tone in tones:
        if tone not in TONES:
            raise PolicyError(f"tones: unknown tone {tone!r} (expected one of {', '.join(TONES)})")
    for before, after in zip(tones, tones[1:], strict=False):
        if tone_rank(after) < tone_rank(before):
            raise PolicyError(f"tones: tone goes down from {before!r} to {after!r}")
    if len(tones) != max_followups:
        raise PolicyError(f"tones: {len(tones)} tones for {max_followups} follow-ups")


# --------------------------------------------------------------------------- loading

_FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(Policy)) - {"name"}
_TOP_KEYS = frozenset({"default", "segments"})


def _money(value: object, key: str, *, nullable: bool = False) -> Decimal | None:
    if value is None and nullable:
        return None
    if isinstance(value, float):
        raise PolicyError(f"{key}: write money as a quoted string (e.g. '{value}'), not a float")
    if _is_int(value):
        return Decimal(value)
    if isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except InvalidOperation:
            raise PolicyError(f"{key}: not a decimal amount: {value!r}") from None
        if not amount.is_finite():
            raise PolicyError(f"{key}: not a decimal amount: {value!r}")
        return amount
    raise PolicyError(f"{key}: expected a decimal string, got {value!r}")


def _bands(value: object) -> tuple[Band, ...]:
    if not isinstance(value, list) or not value:
        raise PolicyError("bands: expected a non-empty list of {from_days, interval}")
    bands: list[Band] = []
    for i, item in enumerate(value):
        if isinstance(item, Mapping):
            unknown = set(item) - {"from_days", "interval"}
            if unknown:
                raise PolicyError(
                    f"bands[{i}]: unknown key(s) {', '.join(sorted(map(str, unknown)))}"
                )
            if "from_days" not in item or "interval" not in item:
                raise PolicyError(f"bands[{i}]: needs both from_days and interval")
            from_days, interval = item["from_days"], item["interval"]
        elif isinstance(item, list) and len(item) == 2:
            from_days, interval = item
        else:
            raise PolicyError(f"bands[{i}]: expected {{from_days: N, interval: N}}, got {item!r}")
        if not _is_int(from_days) or not _is_int(interval):
            raise PolicyError(f"bands[{i}]: from_days and interval must be integers")
        bands.append(Band(from_days=from_days, interval=interval))
    return tuple(bands)


def _tones(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise PolicyError(f"tones: expected a list of tone names, got {value!r}")
    return tuple(value)


def _overrides(raw: object) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise PolicyError(f"expected a mapping of policy keys, got {type(raw).__name__}")
    unknown = sorted(str(k) for k in raw if k not in _FIELD_NAMES)
    if unknown:
        raise PolicyError(f"unknown key(s): {', '.join(unknown)}")
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if key == "min_balance":
            out[key] = _money(value, key)
        elif key == "high_balance":
            out[key] = _money(value, key, nullable=True)
        elif key == "bands":
            out[key] = _bands(value)
        elif key == "tones":
            out[key] = _tones(value)
        else:
            # Type checks for the remaining scalar fields happen in Policy's own validation.
            out[key] = value
    return out


def _build(base: Policy, raw: object, name: str, where: str) -> Policy:
    try:
        return dataclasses.replace(base, name=name, **_overrides(raw))
    except PolicyError as exc:
        raise PolicyError(f"{where}: {exc}") from None


def _read(source: str | Path) -> object:
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {str(path)!r}: {exc.strerror or exc}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise PolicyError(f"policy file {str(path)!r} is not valid YAML: {exc}") from None


def load_policies(source: str | Path | Mapping[str, Any] | None) -> PolicySet:
    """Policies from a YAML file path or an already parsed mapping; built-in defaults for None.

    `default` overrides the built-in defaults; each entry of `segments` starts from the result
    and overrides it in turn.
    """
    if source is None:
        return PolicySet()
    data = source if isinstance(source, Mapping) else _read(source)
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise PolicyError("policy file: expected a mapping with 'default' and/or 'segments'")
    unknown = sorted(str(k) for k in data if k not in _TOP_KEYS)
    if unknown:
        raise PolicyError(f"policy file: unknown top-level key(s): {', '.join(unknown)}")

    default = _build(Policy(), data.get("default"), "default", "default")
    raw_segments = data.get("segments") or {}
    if not isinstance(raw_segments, Mapping):
        raise PolicyError("segments: expected a mapping of segment name to policy keys")
    segments: dict[str, Policy] = {}
    for key, raw in raw_segments.items():
        if not isinstance(key, str) or not key.strip():
            raise PolicyError(f"segments: segment names must be non-empty strings, got {key!r}")
        segments[key] = _build(default, raw, key, f"segment {key!r}")
    return PolicySet(default=default, segments=MappingProxyType(segments))
