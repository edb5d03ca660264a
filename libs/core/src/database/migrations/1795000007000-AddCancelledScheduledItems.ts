import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the end of an exercise leaves unfired is `cancelled`: not pending for ever, not a facilitator's skip. */
export class AddCancelledScheduledItems1795000007000 implements MigrationInterface {
  name = 'AddCancelledScheduledItems1795000007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scheduled_item" DROP CONSTRAINT "CHK_scheduled_item_status"`);
    await queryRunner.query(
      `ALTER TABLE "scheduled_item" ADD CONSTRAINT "CHK_scheduled_item_status" CHECK ("status" IN ('pending', 'fired', 'skipped', 'cancelled'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "scheduled_item" SET "status" = 'skipped' WHERE "status" = 'cancelled'`);
    await queryRunner.query(`ALTER TABLE "scheduled_item" DROP CONSTRAINT "CHK_scheduled_item_status"`);
    await queryRunner.query(
      `ALTER TABLE "scheduled_item" ADD CONSTRAINT "CHK_scheduled_item_status" CHECK ("status" IN ('pending', 'fired', 'skipped'))`,
    );
  }
}
