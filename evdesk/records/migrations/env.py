"""Alembic's environment for evdesk's records: run by `evdesk.records.migrate` on a connection it has
already opened, inside the one transaction it began (all steps commit together or not at all).

No alembic.ini and no logging configuration: evdesk sets everything in code, so the steps run the same
from a checkout, a wheel and the frozen app.
"""

from alembic import context

from evdesk.records.migrate import VERSION_TABLE

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    version_table=VERSION_TABLE,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters a table by copying it
    transaction_per_migration=False,
)
with context.begin_transaction():  # joins the caller's transaction
    context.run_migrations()
