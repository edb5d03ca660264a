import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNpmScript } from '../support/npm-script';

const root = join(__dirname, '../..');

const check = (...files: string[]) => runNpmScript('scenarios:check', ...files);

describe('npm run scenarios:check', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driehoek-check-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should pass on the shipped scenarios', () => {
    const { status, output } = check();
    expect(output).toMatch(/4 file\(s\) checked: 0 error\(s\), 0 warning\(s\)/);
    expect(status).toBe(0);
  });

  it('should fail on a typo in a role reference, naming file, line and column', async () => {
    const original = await readFile(join(root, 'scenarios/ransomware-gemeente.yaml'), 'utf8');
    const lines = original.split('\n');
    const line = lines.findIndex((l) => /^\s+owner: burgemeester\s*$/.test(l));
    lines[line] = lines[line].replace('burgemeester', 'burgermeester');
    const file = join(dir, 'typo.yaml');
    await writeFile(file, lines.join('\n'));

    const { status, output } = check(file);
    const column = lines[line].indexOf('burgermeester') + 1;
    expect(output).toContain(`${file}:${line + 1}:${column}  error  Decision point`);
    expect(output).toContain('Did you mean "burgemeester"?');
    expect(output).toMatch(/1 file\(s\) checked: 1 error\(s\)/);
    expect(status).toBe(1);
  });

  it('should name each file as it was given on the command line', () => {
    const { status, output } = check('./scenarios/ransomware-gemeente.yaml');
    expect(output).toContain('./scenarios/ransomware-gemeente.yaml: ok — ');
    expect(status).toBe(0);
  });

  it('should report an unreadable file and fail', () => {
    const { status, output } = check(join(dir, 'missing.yaml'));
    expect(output).toMatch(/missing\.yaml: cannot read: ENOENT/);
    expect(status).toBe(1);
  });
});
