import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateScheduledItems1795000004000 implements MigrationInterface {
  name = 'CreateScheduledItems1795000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "scheduled_item" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "exercise_id" uuid NOT NULL CONSTRAINT "FK_scheduled_item_exercise" REFERENCES "exercise" ("id") ON DELETE CASCADE,
        "kind" varchar(16) NOT NULL CONSTRAINT "CHK_scheduled_item_kind" CHECK ("kind" IN ('inject', 'decision-open', 'decision-due')),
        "ref_id" varchar(80) NOT NULL,
        "occurrence" integer NOT NULL,
        "due_offset_ms" bigint NOT NULL,
        "status" varchar(16) NOT NULL CONSTRAINT "CHK_scheduled_item_status" CHECK ("status" IN ('pending', 'fired', 'skipped')),
        "cause" jsonb NOT NULL,
        "fired_seq" bigint,
        CONSTRAINT "UQ_scheduled_item_occurrence" UNIQUE ("exercise_id", "kind", "ref_id", "occurrence")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_scheduled_item_due" ON "scheduled_item" ("exercise_id", "status", "due_offset_ms")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "scheduled_item"`);
  }
}
