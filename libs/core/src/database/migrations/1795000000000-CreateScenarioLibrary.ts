import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

export class CreateScenarioLibrary1795000000000 implements MigrationInterface {
  name = 'CreateScenarioLibrary1795000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "scenario" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "slug" varchar(80) NOT NULL,
        "organisation_id" uuid,
        "title" text NOT NULL,
        "latest_version" integer NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE "scenario_version" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "scenario_id" uuid NOT NULL
          CONSTRAINT "FK_scenario_version_scenario" REFERENCES "scenario" ("id"),
        "version" integer NOT NULL,
        "source" text NOT NULL,
        "content" jsonb NOT NULL,
        "content_hash" char(64) NOT NULL,
        "origin" varchar(16) NOT NULL CONSTRAINT "CHK_scenario_version_origin" CHECK ("origin" IN ('shipped', 'upload')),
        "file_name" text,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    // Shipped scenarios have no organisation; NULLS NOT DISTINCT keeps their slugs unique too.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_scenario_owner_slug" ON "scenario" ("organisation_id", "slug") NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_scenario_version" ON "scenario_version" ("scenario_id", "version")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_scenario_version_hash" ON "scenario_version" ("scenario_id", "content_hash")`,
    );
    // Stored versions are immutable: the database itself refuses to change or remove them.
    await queryRunner.query(`
      CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are immutable: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
      END $$`);
    await makeAppendOnly(queryRunner, 'scenario_version');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scenario_version"`);
    await queryRunner.query(`DROP TABLE "scenario"`);
    await queryRunner.query(`DROP FUNCTION "refuse_change"()`);
  }
}
