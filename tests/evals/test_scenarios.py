"""Every scenario of evals/scenarios (and the shared example) replays on a fresh database.

A scenario that reaches a kind of step the product cannot handle yet is reported as an
expected failure naming the missing capability; any other failure fails the test."""

from pathlib import Path

import pytest

from evals.harness import run_scenario

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = sorted((ROOT / "evals" / "scenarios").glob("*.yaml"))
SHARED = ROOT.parent / "shared" / "examples" / "scenario-example.yaml"
if SHARED.exists():
    SCENARIOS.append(SHARED)


@pytest.mark.parametrize("path", SCENARIOS, ids=[p.stem for p in SCENARIOS])
def test_scenario(path):
    result = run_scenario(path)
    missing = [f for f in result.failures if str(f.actual).startswith("capability missing")]
    others = [f for f in result.failures if f not in missing]
    assert not others, "\n".join(
        f"step {f.step} {f.key}: expected {f.expected!r}, got {f.actual!r}" for f in others)
    if missing:
        pytest.xfail(str(missing[0].actual))


def test_there_are_enough_scenarios():
    assert len(list((ROOT / "evals" / "scenarios").glob("*.yaml"))) >= 40
