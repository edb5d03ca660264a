import { readFile, writeFile } from 'node:fs/promises';

/**
 * Generated sections of the docs: the text between `<!-- name:start -->` and `<!-- name:end -->`
 * is written from the code (the tables of docs/realtime.md and docs/api.md); tests compare it.
 */
export function replaceSection(document: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start} … ${end} section`);
  return `${document.slice(0, from + start.length)}\n\n${content}\n\n${document.slice(to)}`;
}

/** Rewrites the named sections of a file and formats it as `prettier --check` wants it. */
export async function writeSections(file: string, sections: Record<string, string>): Promise<void> {
  let document = await readFile(file, 'utf8');
  for (const [name, content] of Object.entries(sections)) document = replaceSection(document, name, content);
  await writeFormatted(file, document);
}

export async function writeFormatted(file: string, text: string): Promise<void> {
  // Loaded only when writing: Prettier cannot be loaded inside Jest, whose tests use replaceSection.
  const { format, resolveConfig } = await import('prettier');
  await writeFile(file, await format(text, { ...(await resolveConfig(file)), filepath: file }));
}
