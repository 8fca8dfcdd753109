"""A dry-run plan spread over processes forked from this one.

Deciding an account is Python work (derived balances, the policy, the calendar): one process
plans on one core however many the machine has. A plan that writes nothing can be split in
contiguous shares of account ids, each planned by a forked copy of this process (its
imports, policies and selection already done), the results sent back and joined in id order.
Fork only: a plan runs inside `dunning run --dry-run` or a benchmark, never inside a
threaded server (the API plans in one process)."""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Engine

T = TypeVar("T")


def default_processes() -> int:
    """`DUNNING_PLAN_PROCESSES`, else the cores this process may run on."""
    raw = os.environ.get("DUNNING_PLAN_PROCESSES")
    if raw:
        try:
            value = int(raw)
        except ValueError:
            raise ValueError(f"DUNNING_PLAN_PROCESSES: '{raw}' is not a whole number") from None
        if value < 1:
            raise ValueError("DUNNING_PLAN_PROCESSES must be at least 1")
        return value
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


def share(ids: list[int], index: int, count: int) -> list[int]:
    """The `index`-th of `count` contiguous, near-equal shares of `ids`."""
    return ids[len(ids) * index // count:len(ids) * (index + 1) // count]


def _child(engine: Engine, work: Callable[[list[int]], list[T]], part: list[int],
           conn: Any) -> None:
    # the parent's pooled connections belong to the parent: new ones for this process
    engine.dispose(close=False)
    try:
        conn.send(("ok", work(part)))
    except BaseException:  # noqa: BLE001 - everything goes back to the parent, which raises
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


def in_processes(engine: Engine, work: Callable[[list[int]], list[T]], ids: list[int],
                 processes: int, *, minimum: int) -> list[T]:
    """`work(ids)`, split in `processes` contiguous shares of at least `minimum` ids: this
    process takes the first share, forked children the others. Results in the order of
    `ids`. An in-memory SQLite database exists in this process only: planned here."""
    count = max(1, min(processes, len(ids) // max(minimum, 1)))
    if count == 1 or "fork" not in multiprocessing.get_all_start_methods() or (
            engine.url.get_backend_name() == "sqlite"
            and engine.url.database in (None, "", ":memory:")):
        return work(ids)
    shares = [share(ids, i, count) for i in range(count)]
    context = multiprocessing.get_context("fork")
    children = []
    for part in shares[1:]:
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(engine, work, part, send), daemon=True)
        child.start()
        send.close()
        children.append((child, receive))
    results: list[T] = []
    try:
        results.extend(work(shares[0]))
        for child, receive in children:
            try:
                status, payload = receive.recv()
            except EOFError:
                child.join()
                raise RuntimeError(
                    f"a planning process died (exit code {child.exitcode})") from None
            if status != "ok":
                raise RuntimeError(f"a planning process failed:\n{payload}")
            results.extend(payload)
    finally:
        for child, receive in children:
            receive.close()
            child.join(timeout=5)
            if child.is_alive():
                child.kill()
                child.join()
    return results
