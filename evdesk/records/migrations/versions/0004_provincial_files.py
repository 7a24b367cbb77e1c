"""0004 provincial files: a policy names its provincial programs' file (pinned by sha256), kept beside
the policy and its vehicle list so that a deal's exact policy can be rebuilt on any counter."""

from alembic import op

revision = "0004_provincial_files"
down_revision = "0003_privacy"

BEFORE = "kind IN ('policy', 'vehicle_list')"
AFTER = "kind IN ('policy', 'vehicle_list', 'provinces')"


def upgrade() -> None:
    # Batch mode: SQLite cannot alter a constraint in place, so the table is copied with the new one.
    with op.batch_alter_table("policy_files", recreate="auto") as table:
        table.drop_constraint("ck_policy_files_kind", type_="check")
        table.create_check_constraint("kind", AFTER)
