import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent and containment between tenants: invitations (nobody becomes a member of an
 * organisation, or is granted an exercise, without accepting), a per-membership cut-off for
 * sessions (an organisation admin signs a person out of their organisation only), and the refresh
 * tokens sessions rotated away from (presented again, they end the session).
 */
export class AddInvitationsAndSessionScopes1795000008000 implements MigrationInterface {
  name = 'AddInvitationsAndSessionScopes1795000008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "membership_invitation" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "FK_membership_invitation_organisation" REFERENCES "organisation" ("id") ON DELETE CASCADE,
        "exercise_id" uuid CONSTRAINT "FK_membership_invitation_exercise" REFERENCES "exercise" ("id") ON DELETE CASCADE,
        "email" varchar(254) NOT NULL,
        "user_id" uuid CONSTRAINT "FK_membership_invitation_user" REFERENCES "app_user" ("id") ON DELETE CASCADE,
        "role" varchar(16) NOT NULL CONSTRAINT "CHK_membership_invitation_role" CHECK ("role" IN ('admin', 'facilitator', 'evaluator')),
        "invited_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "accepted_at" timestamptz,
        "declined_at" timestamptz,
        "withdrawn_at" timestamptz,
        CONSTRAINT "CHK_membership_invitation_exercise_role" CHECK ("exercise_id" IS NULL OR "role" IN ('facilitator', 'evaluator')),
        CONSTRAINT "CHK_membership_invitation_one_answer" CHECK (num_nonnulls("accepted_at", "declined_at", "withdrawn_at") <= 1)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_membership_invitation_open_organisation" ON "membership_invitation" ("organisation_id", "email") WHERE "exercise_id" IS NULL AND "accepted_at" IS NULL AND "declined_at" IS NULL AND "withdrawn_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_membership_invitation_open_exercise" ON "membership_invitation" ("exercise_id", "email") WHERE "exercise_id" IS NOT NULL AND "accepted_at" IS NULL AND "declined_at" IS NULL AND "withdrawn_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_membership_invitation_email" ON "membership_invitation" ("email")`,
    );
    await queryRunner.query(`ALTER TABLE "membership" ADD "sessions_valid_after" timestamptz`);
    await queryRunner.query(`
      CREATE TABLE "retired_refresh_token" (
        "refresh_hash" char(64) PRIMARY KEY,
        "session_id" uuid NOT NULL CONSTRAINT "FK_retired_refresh_token_session" REFERENCES "session" ("id") ON DELETE CASCADE,
        "retired_at" timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_retired_refresh_token_session" ON "retired_refresh_token" ("session_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "retired_refresh_token"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "sessions_valid_after"`);
    await queryRunner.query(`DROP TABLE "membership_invitation"`);
  }
}
