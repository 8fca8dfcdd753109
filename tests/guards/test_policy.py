from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.guards.policy import (
    DEFAULT_POLICY_FILE,
    Band,
    Policy,
    PolicyError,
    PolicySet,
    interval_for,
    load_policies,
    tone_for_step,
)


def test_defaults_match_design() -> None:
    p = Policy()
    assert p.name == "default"
    assert p.min_balance == Decimal("0.01")
    assert p.courtesy_notice is False
    assert p.courtesy_days_before == 3
    assert p.first_followup_after_days == 1
    assert p.bands == (Band(0, 10), Band(30, 5), Band(60, 3))
    assert p.max_followups == 4
    assert p.tones == ("courteous", "professional", "firm", "firm")
    assert p.min_gap_days == 5
    assert p.max_interval_days == 16
    assert p.no_response_max_days == 14
    assert p.conversation_quiet_business_days == 2
    assert p.promise_grace_business_days == 0
    assert p.high_balance is None
    assert p.allow_legal_wording is False


def test_policy_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Policy().max_followups = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("days", "interval"),
    [(-5, 10), (0, 10), (1, 10), (29, 10), (30, 5), (45, 5), (59, 5), (60, 3), (61, 3), (400, 3)],
)
def test_interval_for_default(days: int, interval: int) -> None:
    assert interval_for(Policy(), days) == interval


def test_interval_for_single_band() -> None:
    p = Policy(bands=(Band(0, 7),))
    assert interval_for(p, -3) == 7
    assert interval_for(p, 1000) == 7


@given(days=st.integers(min_value=-100, max_value=1000))
@settings(max_examples=200, deadline=None)
def test_interval_never_grows_with_age(days: int) -> None:
    p = Policy()
    assert interval_for(p, days + 1) <= interval_for(p, days)


@pytest.mark.parametrize(
    ("step", "tone"),
    [(1, "courteous"), (2, "professional"), (3, "firm"), (4, "firm"), (5, "firm"), (99, "firm")],
)
def test_tone_for_step(step: int, tone: str) -> None:
    assert tone_for_step(Policy(), step) == tone


def test_tone_for_step_rejects_step_zero() -> None:
    with pytest.raises(ValueError):
        tone_for_step(Policy(), 0)


# --------------------------------------------------------------------------- direct validation


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"max_followups": 3}, "tones: 4 tones for 3 follow-ups"),
        ({"tones": ("firm", "courteous", "firm", "firm")}, "tone goes down"),
        ({"tones": ("courteous", "polite", "firm", "firm")}, "unknown tone 'polite'"),
        ({"bands": ()}, "bands"),
        ({"bands": (Band(1, 10),)}, "first band must start at from_days 0"),
        ({"bands": (Band(0, 10), Band(30, 5), Band(30, 3))}, "from_days must increase"),
        ({"bands": (Band(0, 10), Band(60, 5), Band(30, 3))}, "from_days must increase"),
        ({"bands": (Band(0, 0),)}, "interval must be positive"),
        ({"bands": (Band(0, -2),)}, "interval must be positive"),
        ({"min_balance": Decimal("0")}, "min_balance: must be positive"),
        ({"high_balance": Decimal("-1")}, "high_balance: must be positive"),
        ({"min_gap_days": -1}, "min_gap_days: must be >= 0"),
        ({"max_followups": True}, "max_followups: expected an integer"),
        ({"courtesy_notice": "yes"}, "courtesy_notice: expected true or false"),
    ],
)
def test_invalid_policies(overrides: dict, message: str) -> None:
    with pytest.raises(PolicyError, match=message.replace("(", r"\(")):
        Policy(**overrides)


def test_custom_plan_lengths() -> None:
    p = Policy(max_followups=2, tones=("professional", "firm"))
    assert tone_for_step(p, 1) == "professional"
    assert tone_for_step(p, 3) == "firm"


# --------------------------------------------------------------------------- loading


def test_load_none_is_builtin_default() -> None:
    ps = load_policies(None)
    assert isinstance(ps, PolicySet)
    assert ps.default == Policy()
    assert ps.for_segment(None) == Policy()
    assert ps.for_segment("anything") == Policy()


def test_shipped_yaml_reproduces_the_defaults() -> None:
    ps = load_policies(DEFAULT_POLICY_FILE)
    assert ps.default == Policy()
    assert dict(ps.segments) == {}
    # Every field is documented in the shipped file.
    raw = yaml.safe_load(DEFAULT_POLICY_FILE.read_text(encoding="utf-8"))
    fields = {f.name for f in dataclasses.fields(Policy)} - {"name"}
    assert set(raw["default"]) == fields


def test_load_from_str_path(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("default:\n  courtesy_notice: true\n", encoding="utf-8")
    assert load_policies(str(path)).default.courtesy_notice is True
    assert load_policies(path).default.courtesy_notice is True


def test_segments_inherit_from_default() -> None:
    ps = load_policies(
        {
            "default": {"courtesy_notice": True, "min_gap_days": 7},
            "segments": {
                "key_accounts": {
                    "bands": [{"from_days": 0, "interval": 15}, {"from_days": 45, "interval": 7}],
                    "min_balance": "500.00",
                },
                "small": {"max_followups": 2, "tones": ["professional", "firm"]},
            },
        }
    )
    assert ps.default.courtesy_notice is True
    assert ps.default.name == "default"
    key = ps.for_segment("key_accounts")
    assert key.name == "key_accounts"
    assert key.courtesy_notice is True  # inherited from default
    assert key.min_gap_days == 7
    assert key.min_balance == Decimal("500.00")
    assert key.bands == (Band(0, 15), Band(45, 7))
    assert interval_for(key, 44) == 15
    assert interval_for(key, 45) == 7
    assert ps.for_segment("small").tones == ("professional", "firm")
    assert ps.for_segment("unknown") is ps.default
    assert ps.for_segment("") is ps.default
    # People type segment names; case and blanks do not matter.
    assert ps.for_segment(" Key_Accounts ") is key


def test_bands_as_pairs_and_int_money() -> None:
    ps = load_policies(
        {"default": {"bands": [[0, 8], [20, 4]], "min_balance": 10, "high_balance": "25000"}}
    )
    assert ps.default.bands == (Band(0, 8), Band(20, 4))
    assert ps.default.min_balance == Decimal("10")
    assert ps.default.high_balance == Decimal("25000")


def test_empty_sources() -> None:
    assert load_policies({}).default == Policy()
    assert load_policies({"default": None, "segments": None}).default == Policy()


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("# nothing\n", encoding="utf-8")
    assert load_policies(path).default == Policy()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"segments": {"key_accounts": {"tones": ["courteous", "firm", "firm"]}}},
            "segment 'key_accounts': tones: 3 tones for 4 follow-ups",
        ),
        ({"segments": {"vip": {"colour": "red"}}}, "segment 'vip': unknown key(s): colour"),
        ({"default": {"max_followup": 3}}, "default: unknown key(s): max_followup"),
        ({"policies": {}}, "unknown top-level key(s): policies"),
        (
            {"default": {"min_balance": 0.01}},
            "default: min_balance: write money as a quoted string",
        ),
        ({"default": {"min_balance": "abc"}}, "default: min_balance: not a decimal amount"),
        ({"default": {"min_balance": "NaN"}}, "default: min_balance: not a decimal amount"),
        ({"default": {"high_balance": [1]}}, "default: high_balance: expected a decimal string"),
        (
            {"segments": {"x": {"tones": ["firm", "courteous", "firm", "firm"]}}},
            "segment 'x': tones: tone goes down from 'firm' to 'courteous'",
        ),
        (
            {"segments": {"x": {"tones": ["nice", "firm", "firm", "firm"]}}},
            "segment 'x': tones: unknown tone 'nice'",
        ),
        ({"segments": {"x": {"tones": "firm"}}}, "segment 'x': tones: expected a list"),
        (
            {"segments": {"x": {"bands": [{"from_days": 5, "interval": 10}]}}},
            "segment 'x': bands: the first band must start at from_days 0",
        ),
        (
            {"segments": {"x": {"bands": [{"from_days": 0, "interval": 0}]}}},
            "segment 'x': bands[0]: interval must be positive",
        ),
        (
            {"segments": {"x": {"bands": [[0, 10], [40, 5], [30, 3]]}}},
            "segment 'x': bands[2]: from_days must increase",
        ),
        (
            {"segments": {"x": {"bands": [{"from_days": 0}]}}},
            "segment 'x': bands[0]: needs both from_days and interval",
        ),
        (
            {"segments": {"x": {"bands": [{"from_days": 0, "interval": 10, "tone": "firm"}]}}},
            "segment 'x': bands[0]: unknown key(s) tone",
        ),
        (
            {"segments": {"x": {"bands": [{"from_days": 0, "interval": 2.5}]}}},
            "segment 'x': bands[0]: from_days and interval must be integers",
        ),
        ({"segments": {"x": {"bands": []}}}, "segment 'x': bands: expected a non-empty list"),
        (
            {"segments": {"x": {"max_followups": "4"}}},
            "segment 'x': max_followups: expected an integer",
        ),
        (
            {"segments": {"x": {"courtesy_notice": "no"}}},
            "segment 'x': courtesy_notice: expected true or false",
        ),
        ({"segments": {"x": "oops"}}, "segment 'x': expected a mapping"),
        ({"segments": ["x"]}, "segments: expected a mapping"),
        (
            {"default": {"tones": ["courteous", "professional", "firm"]}},
            "default: tones: 3 tones for 4",
        ),
    ],
)
def test_validation_errors_name_segment_and_field(data: dict, message: str) -> None:
    with pytest.raises(PolicyError) as excinfo:
        load_policies(data)
    assert message in str(excinfo.value)


def test_segment_error_from_inherited_default() -> None:
    # The default itself is valid; only the segment's combination is not.
    with pytest.raises(PolicyError, match="segment 'short': tones: 4 tones for 2 follow-ups"):
        load_policies({"segments": {"short": {"max_followups": 2}}})


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy file"):
        load_policies(tmp_path / "nope.yaml")


def test_invalid_yaml(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("default: [unclosed\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_policies(path)


def test_non_mapping_file(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="expected a mapping"):
        load_policies(path)


def test_policy_error_is_a_value_error() -> None:
    assert issubclass(PolicyError, ValueError)


@given(
    st.lists(st.integers(min_value=1, max_value=365), min_size=0, max_size=5, unique=True),
    st.lists(st.integers(min_value=1, max_value=30), min_size=6, max_size=6),
)
@settings(max_examples=100, deadline=None)
def test_loaded_bands_round_trip(starts: list[int], intervals: list[int]) -> None:
    froms = [0, *sorted(starts)]
    raw = [{"from_days": f, "interval": i} for f, i in zip(froms, intervals, strict=False)]
    policy = load_policies({"default": {"bands": raw}}).default
    assert [b.from_days for b in policy.bands] == froms
    for band in policy.bands:
        assert interval_for(policy, band.from_days) == band.interval
