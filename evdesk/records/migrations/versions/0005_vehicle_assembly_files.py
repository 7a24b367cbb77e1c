"""0005 vehicle assembly files: a policy names where each listed model is assembled (a CSV pinned by
sha256), kept beside the policy, its vehicle list and its provincial file so that a deal's exact policy can
be rebuilt on any counter."""

from alembic import op

revision = "0005_vehicle_assembly_files"
down_revision = "0004_provincial_files"

BEFORE = "kind IN ('policy', 'vehicle_list', 'provinces')"
AFTER = "kind IN ('policy', 'vehicle_list', 'provinces', 'vehicle_assembly')"


def upgrade() -> None:
    # Batch mode: SQLite cannot alter a constraint in place, so the table is copied with the new one. Step
    # 0004 named the check "kind" (0001 had named it "ck_policy_files_kind"): it goes by that name, and comes
    # back under 0001's.
    with op.batch_alter_table("policy_files", recreate="auto") as table:
        table.drop_constraint("kind", type_="check")
        table.create_check_constraint("ck_policy_files_kind", AFTER)
