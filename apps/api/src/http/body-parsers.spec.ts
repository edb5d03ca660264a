import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from './body-parsers';

describe(firstInvalidUtf8.name, () => {
  it.each([
    ['ASCII', [0x61, 0x62], 2],
    ['é, €, 😀', [...Buffer.from('é€😀')], 9],
    ['a Latin-1 é', [0x61, 0xe9, 0x62], 1],
    ['an overlong /', [0x61, 0xc0, 0xaf], 1],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['a surrogate encoded as UTF-8 (CESU)', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut off at the end', [0x61, 0xe2, 0x82], 1],
    ['a lone continuation byte', [0x80], 0],
  ])('should find the first invalid byte in %s, as isUtf8 judges the whole', (_, bytes, expected) => {
    const buffer = Buffer.from(bytes);
    expect(firstInvalidUtf8(buffer)).toBe(expected);
    expect(isUtf8(buffer)).toBe(expected === buffer.length);
  });
});
