from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from store.db import make_engine, upgrade
from store.models import Base


def test_migrations_build_exactly_the_models(db_url):
    upgrade(db_url)
    upgrade(db_url)  # idempotent
    engine = make_engine(db_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []
