import type { MigrationInterface, QueryRunner } from 'typeorm';
import { makeAppendOnly } from './append-only';

/** The CISO's incident register: one row per incident, and its append-only, hash-chained log. */
export class CreateIncidents1795000006000 implements MigrationInterface {
  name = 'CreateIncidents1795000006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "incident" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "organisation_id" uuid NOT NULL CONSTRAINT "FK_incident_organisation" REFERENCES "organisation" ("id"),
        "title" text NOT NULL,
        "description" text,
        "status" varchar(16) NOT NULL CONSTRAINT "CHK_incident_status" CHECK ("status" IN ('open', 'closed')),
        "regimes" text[] NOT NULL CONSTRAINT "CHK_incident_regimes"
          CHECK (cardinality("regimes") > 0 AND "regimes" <@ ARRAY['nis2', 'nis2-trust-service', 'avg', 'cer']::text[]),
        "created_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_incident_organisation" ON "incident" ("organisation_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "incident_event" (
        "incident_id" uuid NOT NULL CONSTRAINT "FK_incident_event_incident" REFERENCES "incident" ("id"),
        "seq" bigint NOT NULL,
        "type" varchar(64) NOT NULL,
        "recorded_at" timestamptz NOT NULL,
        "actor" text,
        "payload" jsonb NOT NULL,
        "previous_hash" char(64) NOT NULL,
        "hash" char(64) NOT NULL,
        PRIMARY KEY ("incident_id", "seq")
      )`);
    // Append-only: the database itself refuses to change or remove a logged entry.
    await makeAppendOnly(queryRunner, 'incident_event');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "incident_event"`);
    await queryRunner.query(`DROP TABLE "incident"`);
  }
}
