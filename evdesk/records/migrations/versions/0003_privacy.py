"""0003 privacy: when a deal's personal fields were erased (a retention period ended, or a privacy request)."""

import sqlalchemy as sa
from alembic import op

# Written out, not imported: a step must mean the same forever, whatever evdesk.records.schema becomes.
MOMENT = sa.DateTime(timezone=True)  # UTC


revision = "0003_privacy"
down_revision = "0002_claims"


def upgrade() -> None:
    op.add_column("deals", sa.Column("erased_at", MOMENT))
