import type { QueryRunner } from 'typeorm';

/**
 * Makes a table append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused by
 * the `refuse_change()` trigger function (created by the first migration).
 */
export async function makeAppendOnly(queryRunner: QueryRunner, table: string): Promise<void> {
  await queryRunner.query(`
    CREATE TRIGGER "${table}_immutable" BEFORE UPDATE OR DELETE ON "${table}"
    FOR EACH ROW EXECUTE FUNCTION "refuse_change"()`);
  await queryRunner.query(`
    CREATE TRIGGER "${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"()`);
}
