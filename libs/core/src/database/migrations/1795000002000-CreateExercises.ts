import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateExercises1795000002000 implements MigrationInterface {
  name = 'CreateExercises1795000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "exercise" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "FK_exercise_organisation" REFERENCES "organisation" ("id"),
        "scenario_version_id" uuid NOT NULL CONSTRAINT "FK_exercise_scenario_version" REFERENCES "scenario_version" ("id"),
        "title" text NOT NULL,
        "status" varchar(16) NOT NULL
          CONSTRAINT "CHK_exercise_status" CHECK ("status" IN ('draft', 'running', 'paused', 'ended', 'archived')),
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "archived_at" timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_exercise_organisation" ON "exercise" ("organisation_id")`);
    await queryRunner.query(`
      CREATE TABLE "exercise_grant" (
        "exercise_id" uuid NOT NULL CONSTRAINT "FK_exercise_grant_exercise" REFERENCES "exercise" ("id") ON DELETE CASCADE,
        "user_id" uuid NOT NULL CONSTRAINT "FK_exercise_grant_user" REFERENCES "app_user" ("id") ON DELETE CASCADE,
        "role" varchar(16) NOT NULL CONSTRAINT "CHK_exercise_grant_role" CHECK ("role" IN ('facilitator', 'evaluator')),
        "granted_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY ("exercise_id", "user_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "join_code" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "exercise_id" uuid NOT NULL CONSTRAINT "FK_join_code_exercise" REFERENCES "exercise" ("id") ON DELETE CASCADE,
        "role_id" varchar(80) NOT NULL,
        "code_hash" char(64) NOT NULL CONSTRAINT "UQ_join_code_hash" UNIQUE,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "revoked_at" timestamptz
      )`);
    // One live code per role; revoked ones stay for the record.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_join_code_live_role" ON "join_code" ("exercise_id", "role_id") WHERE "revoked_at" IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE "player_session" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "exercise_id" uuid NOT NULL CONSTRAINT "FK_player_session_exercise" REFERENCES "exercise" ("id") ON DELETE CASCADE,
        "join_code_id" uuid NOT NULL CONSTRAINT "FK_player_session_join_code" REFERENCES "join_code" ("id") ON DELETE CASCADE,
        "role_id" varchar(80) NOT NULL,
        "token_hash" char(64) NOT NULL CONSTRAINT "UQ_player_session_token" UNIQUE,
        "client_address" text,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['player_session', 'join_code', 'exercise_grant', 'exercise']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
