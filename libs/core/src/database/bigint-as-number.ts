/**
 * node-postgres hands `bigint` columns back as strings (they may exceed 2^53). Sequence numbers and
 * millisecond offsets never come near that, so entities read them as numbers.
 */
export const bigintAsNumber = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};
