import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Regulatory clocks in exercises: a declared clock starts on the schedule, and status checks are scheduled. */
export class AddRegulatoryClockItems1795000005000 implements MigrationInterface {
  name = 'AddRegulatoryClockItems1795000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scheduled_item" DROP CONSTRAINT "CHK_scheduled_item_kind"`);
    await queryRunner.query(
      `ALTER TABLE "scheduled_item" ADD CONSTRAINT "CHK_scheduled_item_kind" CHECK ("kind" IN ('inject', 'decision-open', 'decision-due', 'clock-start', 'clock-check'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scheduled_item" DROP CONSTRAINT "CHK_scheduled_item_kind"`);
    await queryRunner.query(
      `ALTER TABLE "scheduled_item" ADD CONSTRAINT "CHK_scheduled_item_kind" CHECK ("kind" IN ('inject', 'decision-open', 'decision-due'))`,
    );
  }
}
