import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/**
 * The organisation's improvement plan: its actions as they stand, and their append-only history
 * and retests. The source exercise or incident is an id without a foreign key (see the entity).
 */
export class CreateImprovementPlan1795000009000 implements MigrationInterface {
  name = 'CreateImprovementPlan1795000009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "improvement_action" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL
          CONSTRAINT "FK_improvement_action_organisation" REFERENCES "organisation" ("id"),
        "objective" text,
        "objective_id" varchar(80),
        "area_for_improvement" text NOT NULL,
        "corrective_action" text NOT NULL,
        "capability_element" varchar(16) NOT NULL CONSTRAINT "CHK_improvement_action_capability_element"
          CHECK ("capability_element" IN ('planning', 'organisation', 'equipment', 'training', 'exercise')),
        "responsible_organisation" text NOT NULL,
        "contact_role" text,
        "start_date" date,
        "due_date" date,
        "status" varchar(16) NOT NULL CONSTRAINT "CHK_improvement_action_status"
          CHECK ("status" IN ('open', 'in-progress', 'done', 'dropped')),
        "reason" text,
        "source_exercise_id" uuid,
        "source_incident_id" uuid,
        "observation_ids" uuid[] NOT NULL,
        "version" integer NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL,
        "updated_at" timestamptz NOT NULL,
        CONSTRAINT "CHK_improvement_action_reason" CHECK (("status" = 'dropped') = ("reason" IS NOT NULL)),
        CONSTRAINT "CHK_improvement_action_source"
          CHECK (("source_exercise_id" IS NULL) <> ("source_incident_id" IS NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_improvement_action_organisation" ON "improvement_action" ("organisation_id", "status")`,
    );
    await queryRunner.query(`
      CREATE TABLE "improvement_action_change" (
        "action_id" uuid NOT NULL
          CONSTRAINT "FK_improvement_action_change_action" REFERENCES "improvement_action" ("id"),
        "seq" integer NOT NULL,
        "kind" varchar(32) NOT NULL,
        "recorded_at" timestamptz NOT NULL,
        "actor_user_id" uuid,
        "actor_label" text NOT NULL,
        "changes" jsonb NOT NULL,
        PRIMARY KEY ("action_id", "seq")
      )`);
    await queryRunner.query(`
      CREATE TABLE "improvement_retest" (
        "action_id" uuid NOT NULL
          CONSTRAINT "FK_improvement_retest_action" REFERENCES "improvement_action" ("id"),
        "exercise_id" uuid NOT NULL,
        "objective_id" varchar(80) NOT NULL,
        "created_by" uuid,
        "created_at" timestamptz NOT NULL,
        PRIMARY KEY ("action_id", "exercise_id", "objective_id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_improvement_retest_exercise" ON "improvement_retest" ("exercise_id")`,
    );
    // Who changed what, when: the database itself refuses to rewrite or remove it.
    await makeAppendOnly(queryRunner, 'improvement_action_change');
    await makeAppendOnly(queryRunner, 'improvement_retest');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "improvement_retest"`);
    await queryRunner.query(`DROP TABLE "improvement_action_change"`);
    await queryRunner.query(`DROP TABLE "improvement_action"`);
  }
}
