"""0001 deals: a saved check with its request, answer and the exact policy files it was answered under."""

import sqlalchemy as sa
from alembic import op

# Written out, not imported: a step must mean the same forever, whatever evdesk.records.schema becomes.
MONEY = sa.BigInteger  # whole cents
MOMENT = sa.DateTime(timezone=True)  # UTC


revision = "0001_deals"
down_revision = None


def upgrade() -> None:
    op.create_table(
        "policy_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("stored_at", MOMENT, nullable=False),
        sa.CheckConstraint("kind IN ('policy', 'vehicle_list')", name="ck_policy_files_kind"),
        sa.PrimaryKeyConstraint("sha256", name="pk_policy_files"),
    )
    op.create_table(
        "deals",
        sa.Column("number", sa.Integer, sa.Identity(start=1), primary_key=True),
        sa.Column("saved_at", MOMENT, nullable=False),
        sa.Column("salesperson", sa.String(120)),
        sa.Column("customer_name", sa.String(200)),
        sa.Column("customer_key", sa.String(200)),
        sa.Column("stock_number", sa.String(60)),
        sa.Column("vin", sa.String(17)),
        sa.Column("vehicle", sa.String(250)),
        sa.Column("sale_date", sa.Date, nullable=False),
        sa.Column("buyer", sa.String(20), nullable=False),
        sa.Column("eligible", sa.Boolean),
        sa.Column("rebate_amount", MONEY),
        sa.Column("request_json", sa.Text, nullable=False),
        sa.Column("answer_json", sa.Text, nullable=False),
        sa.Column("policy_id", sa.String(100), nullable=False),
        sa.Column("policy_version", sa.String(40), nullable=False),
        sa.Column("policy_sha256", sa.String(64), nullable=False),
        sa.Column("vehicle_list_sha256", sa.String(64), nullable=False),
        sa.Column("evdesk_version", sa.String(40), nullable=False),
        # How its statement read: the window's language and mode, and the dealer profile it carried.
        sa.Column("language", sa.String(2), nullable=False, server_default="en"),
        sa.Column("mode", sa.String(10), nullable=False, server_default="dealer"),
        sa.Column("dealer_json", sa.Text),
        sa.PrimaryKeyConstraint("number", name="pk_deals"),
        sa.ForeignKeyConstraint(["policy_sha256"], ["policy_files.sha256"],
                                name="fk_deals_policy_sha256_policy_files"),
        sa.ForeignKeyConstraint(["vehicle_list_sha256"], ["policy_files.sha256"],
                                name="fk_deals_vehicle_list_sha256_policy_files"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_deals_sale_date", "deals", ["sale_date"])
    op.create_index("ix_deals_customer_key", "deals", ["customer_key"])
