import { randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so codes survive being read aloud and typed on a tablet. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12; // 12 × 5 bits = 60 bits of entropy

/** A fresh code such as `7KQ2-M9XD-4HTA`. */
export function newJoinCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What people type → the canonical code: case, spaces and dashes do not matter; O→0, I/L→1. */
export function normaliseJoinCode(input: string): string | undefined {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== LENGTH || [...cleaned].some((c) => !ALPHABET.includes(c))) return undefined;
  return [0, 4, 8].map((i) => cleaned.slice(i, i + 4)).join('-');
}
