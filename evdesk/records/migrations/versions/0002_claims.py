"""0002 claims: each deal's claim state, its append-only log, and one active claim per VIN."""

import sqlalchemy as sa
from alembic import op

# Written out, not imported: a step must mean the same forever, whatever evdesk.records.schema becomes.
MONEY = sa.BigInteger  # whole cents
MOMENT = sa.DateTime(timezone=True)  # UTC


revision = "0002_claims"
down_revision = "0001_deals"

STATUSES = "'checked', 'submitted', 'paid', 'refused', 'cancelled'"
# Checked, submitted and paid claims hold their VIN; refused and cancelled ones release it.
ACTIVE_VIN = "vin IS NOT NULL AND status IN ('checked', 'submitted', 'paid')"

# The log is history: entries are added, never changed or removed, whoever connects.
SQLITE_TRIGGERS = (
    "CREATE TRIGGER claim_events_no_update BEFORE UPDATE ON claim_events "
    "BEGIN SELECT RAISE(ABORT, 'the claim log is append-only: its entries are never changed'); END",
    "CREATE TRIGGER claim_events_no_delete BEFORE DELETE ON claim_events "
    "BEGIN SELECT RAISE(ABORT, 'the claim log is append-only: its entries are never deleted'); END",
)
POSTGRESQL_TRIGGERS = (
    """CREATE FUNCTION claim_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the claim log is append-only: % refused', TG_OP
            USING ERRCODE = 'restrict_violation';
    END $$""",
    "CREATE TRIGGER claim_events_no_update_or_delete BEFORE UPDATE OR DELETE ON claim_events "
    "FOR EACH ROW EXECUTE FUNCTION claim_events_append_only()",
    "CREATE TRIGGER claim_events_no_truncate BEFORE TRUNCATE ON claim_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION claim_events_append_only()",
)


def upgrade() -> None:
    with op.batch_alter_table("deals", table_kwargs={"sqlite_autoincrement": True}) as deals:
        deals.add_column(sa.Column("status", sa.String(12), nullable=False, server_default="checked"))
        deals.add_column(sa.Column("status_changed_at", MOMENT))
        deals.add_column(sa.Column("submitted_on", sa.Date))
        deals.add_column(sa.Column("confirmation", sa.String(60)))
        deals.add_column(sa.Column("paid_on", sa.Date))
        deals.add_column(sa.Column("paid_amount", MONEY))
        deals.add_column(sa.Column("refused_reason", sa.Text))
        deals.add_column(sa.Column("cancelled_on", sa.Date))
        deals.add_column(sa.Column("schedule_json", sa.Text, nullable=False, server_default="[]"))
        deals.create_check_constraint("ck_deals_status", f"status IN ({STATUSES})")
    op.create_index("ix_deals_status", "deals", ["status"])
    op.create_index("uq_deals_active_vin", "deals", ["vin"], unique=True, sqlite_where=sa.text(ACTIVE_VIN),
                    postgresql_where=sa.text(ACTIVE_VIN))
    op.create_table(
        "claim_events",
        sa.Column("id", sa.Integer, sa.Identity(start=1), primary_key=True),
        sa.Column("deal_number", sa.Integer, nullable=False),
        sa.Column("at", MOMENT, nullable=False),
        sa.Column("by", sa.String(120)),
        sa.Column("from_status", sa.String(12)),
        sa.Column("to_status", sa.String(12), nullable=False),
        sa.Column("on_date", sa.Date),
        sa.Column("confirmation", sa.String(60)),
        sa.Column("amount", MONEY),
        sa.Column("reason", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_claim_events"),
        sa.ForeignKeyConstraint(["deal_number"], ["deals.number"], name="fk_claim_events_deal_number_deals"),
        sa.CheckConstraint(f"to_status IN ({STATUSES})", name="ck_claim_events_to_status"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_claim_events_deal_number", "claim_events", ["deal_number"])
    # Every deal saved before claims existed starts its log as checked.
    op.execute("INSERT INTO claim_events (deal_number, at, to_status) SELECT number, saved_at, 'checked' FROM deals")
    for statement in SQLITE_TRIGGERS if op.get_bind().dialect.name == "sqlite" else POSTGRESQL_TRIGGERS:
        op.execute(statement)
