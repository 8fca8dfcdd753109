"""Engine, sessions and schema migrations.

`DUNNING_DATABASE_URL` picks the database (any SQLAlchemy URL: SQLite or PostgreSQL through
psycopg 3); without it the store is a SQLite file under `var/` in the working directory.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"


def database_url() -> str:
    url = os.environ.get("DUNNING_DATABASE_URL")
    if url:
        # "postgresql://" means psycopg2 to SQLAlchemy; we ship psycopg 3
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    var = Path(os.environ.get("DUNNING_VAR_DIR", "var"))
    var.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{var / 'dunning.db'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # foreign keys are off by default in SQLite; WAL lets the web app read while a run writes
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str | None = None) -> Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    return make_engine(url)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str | None = None, engine: Engine | None = None) -> None:
    """Bring the schema to the latest migration (idempotent)."""
    url = url or (engine.url.render_as_string(hide_password=False) if engine else database_url())
    cfg = alembic_config(url)
    if engine is not None:
        # reuse the caller's engine: an in-memory SQLite database exists only on its connection
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    else:
        command.upgrade(cfg, "head")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[Session]:
    """A session whose work commits on success and rolls back entirely on any error."""
    with session_factory(engine)() as session, session.begin():
        yield session
