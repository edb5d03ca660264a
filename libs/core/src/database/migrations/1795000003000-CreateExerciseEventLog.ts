import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

export class CreateExerciseEventLog1795000003000 implements MigrationInterface {
  name = 'CreateExerciseEventLog1795000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exercise" ADD "speed" double precision NOT NULL DEFAULT 1`);
    await queryRunner.query(`
      CREATE TABLE "exercise_event" (
        "exercise_id" uuid NOT NULL CONSTRAINT "FK_exercise_event_exercise" REFERENCES "exercise" ("id"),
        "seq" bigint NOT NULL,
        "type" varchar(64) NOT NULL,
        "offset_ms" bigint NOT NULL,
        "wall_time" timestamptz NOT NULL,
        "actor" text,
        "audience" text[] NOT NULL,
        "payload" jsonb NOT NULL,
        "previous_hash" char(64) NOT NULL,
        "hash" char(64) NOT NULL,
        PRIMARY KEY ("exercise_id", "seq")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_exercise_event_type" ON "exercise_event" ("exercise_id", "type")`,
    );
    // Append-only: the database itself refuses to change or remove a logged event.
    await makeAppendOnly(queryRunner, 'exercise_event');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "exercise_event"`);
    await queryRunner.query(`ALTER TABLE "exercise" DROP COLUMN "speed"`);
  }
}
