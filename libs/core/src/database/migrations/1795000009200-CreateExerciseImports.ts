import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/**
 * Read-only review copies of exercises exported by another installation: the verified document
 * as jsonb with what lists show beside it. Append-only, like the logs they carry.
 */
export class CreateExerciseImports1795000009200 implements MigrationInterface {
  name = 'CreateExerciseImports1795000009200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "exercise_import" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "FK_exercise_import_organisation" REFERENCES "organisation" ("id"),
        "imported_by" uuid,
        "imported_at" timestamptz NOT NULL DEFAULT now(),
        "source_exercise_id" uuid NOT NULL,
        "title" text NOT NULL,
        "source_organisation_name" text NOT NULL,
        "scenario_id" varchar(80) NOT NULL,
        "scenario_version" integer NOT NULL,
        "event_count" integer NOT NULL,
        "head_hash" char(64) NOT NULL,
        "exported_at" timestamptz NOT NULL,
        "document" jsonb NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_exercise_import_organisation" ON "exercise_import" ("organisation_id", "imported_at")`,
    );
    await makeAppendOnly(queryRunner, 'exercise_import');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "exercise_import"`);
  }
}
