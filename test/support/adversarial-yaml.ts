/**
 * YAML documents built to make a validator slow: the shapes of the attacks on POST /api/scenarios
 * (many keys, deep nesting, unknown and duplicate keys, aliases, references that do not resolve),
 * each filled up to `bytes` (default just under the 1 MB body limit). Shared by the e2e tests and
 * `npm run bench:uploads`.
 */
export const ADVERSARIAL_SHAPES = [
  'many-keys',
  'nested-keys',
  'duplicate-keys',
  'deep-flow',
  'deep-block',
  'aliases',
  'many-references',
  'syntax-errors',
  'indicators',
] as const;
export type AdversarialShape = (typeof ADVERSARIAL_SHAPES)[number];

export const NEAR_LIMIT = 1024 * 1024 - 4096;

const HEADER = [
  'id: aanval',
  'title: Aanval',
  'summary: Een document dat de controle traag wil maken.',
  'language: nl',
  'startsAt: "2026-03-12T08:00"',
  'timeZone: Europe/Amsterdam',
  'duration: "04:00"',
].join('\n');

/** Lines produced by `line(i)` appended to `head` until the next one would pass `bytes`. */
function fill(head: string, line: (i: number) => string, bytes: number, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i++) {
    const next = `\n${line(i)}`;
    if (size + next.length > bytes) break;
    parts.push(next);
    size += next.length;
  }
  return `${parts.join('')}${tail}\n`;
}

const pad = (i: number) => String(i).padStart(6, '0');

export function adversarialYaml(shape: AdversarialShape, bytes = NEAR_LIMIT): string {
  switch (shape) {
    // Unknown top-level keys: one unknown-field finding each, every one with a long message.
    case 'many-keys':
      return fill(HEADER, (i) => `onbekend-${pad(i)}: x`, bytes);
    // Unknown keys inside one role: the finding paths run through a list and a mapping.
    case 'nested-keys':
      return fill(
        `${HEADER}\nroles:\n  - id: burgemeester\n    name: Burgemeester\n    organisation: gemeente`,
        (i) => `    veld-${pad(i)}: x`,
        bytes,
      );
    // The same key again and again: yaml's own uniqueKeys check compares each with all before.
    case 'duplicate-keys':
      return fill(HEADER, () => 'title: nog eens', bytes);
    case 'deep-flow': {
      const depth = Math.floor((bytes - HEADER.length - 20) / 2);
      return `${HEADER}\nroles: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    }
    // As deep as indentation allows in the space: each level one more space.
    case 'deep-block': {
      const lines = [HEADER, 'roles:'];
      let size = lines.join('\n').length;
      for (let depth = 1; ; depth++) {
        const line = `${' '.repeat(depth)}k:`;
        if (size + line.length + 1 > bytes) break;
        lines.push(line);
        size += line.length + 1;
      }
      return `${lines.join('\n')}\n`;
    }
    // One anchored mapping of many keys, then as many aliases to it as fit: a few bytes each,
    // thousands of nodes each once resolved.
    case 'aliases': {
      const anchored = fill(`${HEADER}\nbasis: &b`, (i) => `  k${pad(i)}: x`, bytes / 2);
      return fill(anchored.trimEnd(), (i) => `kopie-${pad(i)}: *b`, bytes);
    }
    // Schema-valid, with many roles and an audience of role ids that do not exist: every one an
    // unknown-reference finding whose "did you mean" compares it with every declared role.
    case 'many-references': {
      const roles = Array.from(
        { length: 2000 },
        (_, i) => `  - {id: rol-${pad(i)}, name: Rol ${i}, organisation: gemeente}`,
      ).join('\n');
      return fill(
        `${HEADER}\nroles:\n${roles}\nchannels:\n  - {id: mail, name: E-mail, kind: mail}\ninjects:\n  - id: i-start\n    title: Start\n    offset: "00:10"\n    channel: mail\n    content: x\n    audience:`,
        (i) => `      - lor-${pad(i)}`,
        bytes,
      );
    }
    // A tab before every key: a syntax error on every line.
    case 'syntax-errors':
      return fill(HEADER, (i) => `\tfout-${pad(i)}: x`, bytes);
    // Nothing but list indicators and line breaks: no values, a million tokens for the parser.
    case 'indicators':
      return fill(`${HEADER}\nroles:`, () => '-', bytes);
  }
}
