"""Alembic environment configured in code: ``Store.open`` passes an open connection.

No ``alembic.ini`` is needed at run time; the connection arrives in ``config.attributes``.
"""

from __future__ import annotations

from alembic import context

from ethics_toolkit.register.storage.orm import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
