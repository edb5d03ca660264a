import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNpmScript } from '../support/npm-script';

const root = join(__dirname, '../..');

const check = (...files: string[]) => runNpmScript('playbooks:check', ...files);

describe('npm run playbooks:check', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driehoek-playbooks-check-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const variant = async (name: string, change: (lines: string[]) => number) => {
    const lines = (await readFile(join(root, 'playbooks/ransomware-gemeente.yaml'), 'utf8')).split('\n');
    const line = change(lines);
    const file = join(dir, name);
    await writeFile(file, lines.join('\n'));
    // The checker names a file as it was given on the command line.
    return { file, name: file, line: line + 1, lines };
  };

  it('should pass on the shipped playbooks', () => {
    const { status, output } = check();
    expect(output).toMatch(/2 file\(s\) checked: 0 error\(s\), 0 warning\(s\)/);
    expect(status).toBe(0);
  });

  it('should fail on a YAML syntax error, naming file, line and column', async () => {
    const { file, name, line } = await variant('syntax.yaml', (lines) => {
      const index = lines.findIndex((l) => /^\s+owner: ciso\s*$/.test(l));
      lines[index] = lines[index].replace('owner', ' owner');
      return index;
    });
    const { status, output } = check(file);
    expect(output).toMatch(new RegExp(`${name.replace(/[.]/g, '\\.')}:${line}:\\d+  error  YAML syntax: `));
    expect(output).toMatch(/\[yaml-syntax\]/);
    expect(status).toBe(1);
  });

  it('should fail on a mistyped owner with a suggestion at its exact position', async () => {
    const { file, name, line, lines } = await variant('owner.yaml', (all) => {
      const index = all.findIndex((l) => /^\s+owner: burgemeester\s*$/.test(l));
      all[index] = all[index].replace('burgemeester', 'burgermeester');
      return index;
    });
    const { status, output } = check(file);
    const column = lines[line - 1].indexOf('burgermeester') + 1;
    expect(output).toContain(
      `${name}:${line}:${column}  error  Unknown role "burgermeester". Did you mean "burgemeester"?`,
    );
    expect(output).toMatch(/1 file\(s\) checked: 1 error\(s\)/);
    expect(status).toBe(1);
  });

  it('should fail on a clock stage the regime does not have', async () => {
    const { file, name, line } = await variant('stage.yaml', (lines) => {
      const index = lines.findIndex((l) => l.includes('stage: early-warning'));
      lines[index] = lines[index].replace('early-warning', 'early-warnig');
      return index;
    });
    const { status, output } = check(file);
    expect(output).toMatch(
      new RegExp(
        `${name.replace(/[.]/g, '\\.')}:${line}:\\d+  error  A nis2 clock has no stage "early-warnig"\\. Did you mean "early-warning"\\?`,
      ),
    );
    expect(status).toBe(1);
  });

  it('should report an unreadable file and fail', () => {
    const { status, output } = check(join(dir, 'missing.yaml'));
    expect(output).toMatch(/missing\.yaml: cannot read: ENOENT/);
    expect(status).toBe(1);
  });
});
