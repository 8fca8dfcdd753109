"""LangGraph checkpointers beside the store: SQLite saver next to a SQLite store, Postgres
saver inside a PostgreSQL store. A conversation's graph state survives a process restart."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from sqlalchemy.engine import make_url


@lru_cache(maxsize=16)
def checkpointer_for(database_url: str) -> BaseCheckpointSaver:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            return InMemorySaver()
        path = Path(url.database).with_suffix(".checkpoints.sqlite")
        from langgraph.checkpoint.sqlite import SqliteSaver

        conn = sqlite3.connect(str(path), check_same_thread=False)
        saver = SqliteSaver(conn)
        saver.setup()
        return saver
    if url.get_backend_name() == "postgresql":
        import psycopg
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg.rows import dict_row

        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        conn = psycopg.connect(conninfo, autocommit=True, prepare_threshold=0,
                               row_factory=dict_row)
        saver = PostgresSaver(conn)
        saver.setup()
        return saver
    raise ValueError(f"no checkpointer for {url.get_backend_name()}")
