import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

export class CreateIdentityAndAudit1795000001000 implements MigrationInterface {
  name = 'CreateIdentityAndAudit1795000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organisation" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "name" text NOT NULL CONSTRAINT "UQ_organisation_name" UNIQUE,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "app_user" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "email" varchar(254) NOT NULL CONSTRAINT "UQ_app_user_email" UNIQUE,
        "name" text NOT NULL,
        "password_hash" text NOT NULL,
        "platform_admin" boolean NOT NULL DEFAULT false,
        "disabled_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "membership" (
        "user_id" uuid NOT NULL CONSTRAINT "FK_membership_user" REFERENCES "app_user" ("id") ON DELETE CASCADE,
        "organisation_id" uuid NOT NULL CONSTRAINT "FK_membership_organisation" REFERENCES "organisation" ("id") ON DELETE CASCADE,
        "role" varchar(16) NOT NULL CONSTRAINT "CHK_membership_role" CHECK ("role" IN ('admin', 'facilitator', 'evaluator')),
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("user_id", "organisation_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "session" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL CONSTRAINT "FK_session_user" REFERENCES "app_user" ("id") ON DELETE CASCADE,
        "access_hash" char(64) NOT NULL CONSTRAINT "UQ_session_access_hash" UNIQUE,
        "access_expires_at" timestamptz NOT NULL,
        "refresh_hash" char(64) NOT NULL CONSTRAINT "UQ_session_refresh_hash" UNIQUE,
        "refresh_expires_at" timestamptz NOT NULL,
        "revoked_at" timestamptz,
        "revoked_reason" varchar(32),
        "client_address" text,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_session_user" ON "session" ("user_id")`);
    await queryRunner.query(`
      ALTER TABLE "scenario" ADD CONSTRAINT "FK_scenario_organisation"
      FOREIGN KEY ("organisation_id") REFERENCES "organisation" ("id")`);
    await queryRunner.query(`
      CREATE TABLE "setup_token" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "token_hash" char(64) NOT NULL CONSTRAINT "UQ_setup_token_hash" UNIQUE,
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "audit_event" (
        "id" bigserial PRIMARY KEY,
        "at" timestamptz NOT NULL DEFAULT now(),
        "actor_user_id" uuid,
        "actor_label" text NOT NULL,
        "organisation_id" uuid,
        "action" varchar(64) NOT NULL,
        "target_type" varchar(32) NOT NULL,
        "target_id" text,
        "details" jsonb NOT NULL DEFAULT '{}'::jsonb
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_audit_event_organisation" ON "audit_event" ("organisation_id", "at")`,
    );
    // The audit log is append-only, like scenario versions.
    await makeAppendOnly(queryRunner, 'audit_event');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scenario" DROP CONSTRAINT "FK_scenario_organisation"`);
    for (const table of ['audit_event', 'setup_token', 'session', 'membership', 'app_user', 'organisation']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
