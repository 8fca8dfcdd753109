"""Measure `inbox.bounces.detect` on the real bounce samples shipped in flufl.bounce's sdist.

The sdist of the installed flufl.bounce version is fetched with pip (PyPI only), its
``tests/data/*.txt`` samples and ``tests/test_detectors.py`` are read from the tarball in memory
(nothing is extracted to disk), and each sample is scored against our own reading of it
(`tests.inbox.bounce_labels.LABELS`) and against the recipients flufl's own tests expect.

Run by the test suite (`tests/inbox/test_bounces.py::test_flufl_bounce_corpus`); run it by hand
with ``python -m tests.inbox.bounce_corpus`` to print the numbers.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from inbox.bounces import detect
from tests.inbox.bounce_labels import LABELS

# What pip prints when it cannot reach the index at all (as opposed to any other failure).
_OFFLINE_MARKERS = (
    "NewConnectionError", "Failed to establish a new connection", "Name or service not known",
    "Temporary failure in name resolution", "Network is unreachable", "ConnectTimeoutError",
    "ProxyError", "Max retries exceeded", "ConnectionResetError", "Connection refused",
    "No route to host", "ReadTimeoutError", "SSLError", "nodename nor servname",
)


class CorpusUnavailable(Exception):
    """pip could not reach PyPI: the corpus cannot be measured on this machine."""


def download_sdist(dest: Path) -> Path:
    """The sdist of the installed flufl.bounce, downloaded into `dest` with pip."""
    wanted = version("flufl.bounce")
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
               "--disable-pip-version-check", "--timeout", "30", "--retries", "2",
               f"flufl.bounce=={wanted}", "-d", str(dest)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    except subprocess.TimeoutExpired as exc:
        raise CorpusUnavailable(f"pip download timed out: {exc}") from exc
    found = sorted(dest.glob("flufl*bounce-*.tar.gz"))
    if done.returncode == 0 and found:
        return found[0]
    output = (done.stdout or "") + (done.stderr or "")
    if any(marker in output for marker in _OFFLINE_MARKERS):
        raise CorpusUnavailable("pip cannot reach PyPI to download the flufl.bounce "
                                f"{wanted} sdist:\n{output[-1500:]}")
    raise RuntimeError(f"pip download of flufl.bounce=={wanted} failed "
                       f"(exit {done.returncode}):\n{output[-3000:]}")


def read_sdist(sdist: Path) -> tuple[dict[str, bytes], str]:
    """The bounce samples (file name -> raw bytes) and the text of test_detectors.py."""
    samples: dict[str, bytes] = {}
    detectors = ""
    with tarfile.open(sdist, "r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            parts = Path(member.name).parts
            handle = tar.extractfile(member)
            if handle is None:
                continue
            if len(parts) >= 3 and parts[-3:-1] == ("tests", "data") and parts[-1].endswith(
                    ".txt"):
                samples[parts[-1]] = handle.read()
            elif len(parts) >= 2 and parts[-2:] == ("tests", "test_detectors.py"):
                detectors = handle.read().decode("utf-8")
    return samples, detectors


def flufl_expected_recipients(test_detectors: str) -> dict[str, set[str]]:
    """Sample -> the recipients flufl's own detector tests expect, for the samples they list
    with at least one recipient (the DETECTORS table of tests/test_detectors.py)."""
    tree = ast.parse(test_detectors)
    expected: dict[str, set[str]] = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == "DETECTORS"):
            for _module, filename, addresses, _temporary in ast.literal_eval(node.value):
                if addresses:
                    expected.setdefault(filename, set()).update(
                        a.decode("ascii").lower() for a in addresses)
    return expected


@dataclass
class CorpusReport:
    samples: int = 0
    true_hard: int = 0
    false_hard: list[str] = field(default_factory=list)  # hard verdicts on soft/none samples
    missed_hard: list[str] = field(default_factory=list)  # hard samples not found hard
    wrong_kind: list[str] = field(default_factory=list)  # any verdict differing from the label
    wrong_recipients: list[str] = field(default_factory=list)  # flufl-known recipients missed
    unlabelled: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # labelled, not in this sdist

    @property
    def hard_precision(self) -> float:
        found = self.true_hard + len(self.false_hard)
        return self.true_hard / found if found else 1.0

    @property
    def hard_recall(self) -> float:
        actual = self.true_hard + len(self.missed_hard)
        return self.true_hard / actual if actual else 1.0

    def summary(self) -> str:
        return (f"{self.samples} samples; hard precision {self.hard_precision:.3f}, "
                f"recall {self.hard_recall:.3f} ({self.true_hard} hard found); "
                f"false hard {self.false_hard}; missed hard {self.missed_hard}; "
                f"kind differs {self.wrong_kind}; recipients differ {self.wrong_recipients}; "
                f"unlabelled {self.unlabelled}; missing {self.missing}")


def measure(samples: dict[str, bytes], expected: dict[str, set[str]]) -> CorpusReport:
    report = CorpusReport(samples=len(samples))
    report.missing = sorted(set(LABELS) - set(samples))
    for name in sorted(samples):
        result = detect(samples[name])
        if name in expected:
            if result.kind not in ("hard", "soft") or set(result.recipients) != expected[name]:
                report.wrong_recipients.append(
                    f"{name}: {result.kind} {sorted(result.recipients)} != "
                    f"{sorted(expected[name])}")
        if name not in LABELS:
            report.unlabelled.append(name)
            continue
        label = LABELS[name][0]
        if result.kind != label:
            report.wrong_kind.append(f"{name}: {result.kind} (label {label})")
        if result.kind == "hard" and label == "hard":
            report.true_hard += 1
        elif result.kind == "hard":
            report.false_hard.append(name)
        elif label == "hard":
            report.missed_hard.append(name)
    return report


def run(workdir: Path) -> CorpusReport:
    samples, detectors = read_sdist(download_sdist(workdir))
    if not samples or not detectors:
        raise RuntimeError("the flufl.bounce sdist has no tests/data samples or detector table")
    return measure(samples, flufl_expected_recipients(detectors))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(run(Path(tmp)).summary())
