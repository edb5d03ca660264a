import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppException, ErrorCode } from '@driehoek/core';
import { playbookFixture, playbookYaml } from '@driehoek/testing';
import pino from 'pino';
import { PlaybookLibrary } from './playbook-library.service';
import { PlaybookLoadError } from './load-playbooks';

const shipped = join(__dirname, '../../../../playbooks');

async function start(dir: string) {
  const logs: string[] = [];
  const sut = new PlaybookLibrary(
    { PLAYBOOKS_DIR: dir },
    pino({ level: 'info' }, { write: (line: string) => void logs.push(line) }),
  );
  await sut.onModuleInit();
  return { sut, logs };
}

describe(PlaybookLibrary.name, () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driehoek-playbooks-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should load the shipped playbooks with the sha256 of each file', async () => {
    const { sut } = await start(shipped);
    const list = sut.list();
    expect(list.map((p) => p.id)).toEqual(['online-ordeverstoring', 'ransomware-gemeente']);
    const source = await readFile(join(shipped, 'ransomware-gemeente.yaml'));
    expect(list[1]).toEqual({
      id: 'ransomware-gemeente',
      title: expect.any(String),
      summary: expect.any(String),
      language: 'nl',
      appliesTo: expect.arrayContaining(['ransomware']),
      stepCount: expect.any(Number),
      contentHash: createHash('sha256').update(source).digest('hex'),
    });
  });

  it('should return a whole playbook by id', async () => {
    const { sut } = await start(shipped);
    const detail = sut.get('online-ordeverstoring');
    expect(detail.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.playbook.steps.length).toBe(sut.list()[0].stepCount);
  });

  it('should answer not found for an unknown id', async () => {
    const { sut } = await start(shipped);
    expect(() => sut.get('bestaat-niet')).toThrow(
      expect.objectContaining({ code: ErrorCode.NotFound, message: 'Playbook "bestaat-niet" not found' }),
    );
    expect(() => sut.get('bestaat-niet')).toThrow(AppException);
  });

  it('should find the playbook a step completion names, and refuse a step it does not have', async () => {
    const { sut } = await start(shipped);
    const stepId = sut.get('ransomware-gemeente').playbook.steps[0].id;
    expect(sut.getForStep({ playbookId: 'ransomware-gemeente', stepId }).id).toBe('ransomware-gemeente');
    expect(() => sut.getForStep({ playbookId: 'bestaat-niet', stepId })).toThrow(
      expect.objectContaining({ code: ErrorCode.NotFound }),
    );
    expect(() => sut.getForStep({ playbookId: 'ransomware-gemeente', stepId: 'bestaat-niet' })).toThrow(
      expect.objectContaining({
        code: ErrorCode.ValidationFailed,
        errors: [{ path: 'stepId', message: 'is not a step of playbook "ransomware-gemeente"' }],
      }),
    );
  });

  it('should refuse to start on an invalid playbook, naming file, line and column', async () => {
    const broken = playbookFixture() as Record<string, any>;
    broken.steps[1].owner = 'burgermeester';
    await writeFile(join(dir, 'a-goed.yaml'), playbookYaml(playbookFixture('goed')));
    await writeFile(join(dir, 'b-kapot.yaml'), playbookYaml(broken));
    const failure = start(dir);
    await expect(failure).rejects.toThrow(PlaybookLoadError);
    await expect(failure).rejects.toThrow(
      /b-kapot\.yaml:\d+:\d+ Unknown role "burgermeester"\. Did you mean "burgemeester"\? \[unknown-reference\]/,
    );
  });

  it('should refuse to start on two files with the same playbook id', async () => {
    await writeFile(join(dir, 'een.yaml'), playbookYaml());
    await writeFile(join(dir, 'twee.yaml'), playbookYaml());
    await expect(start(dir)).rejects.toThrow(
      /twee\.yaml:1:1 Playbook id "test-playbook" is also used by een\.yaml/,
    );
  });

  it('should start empty, with a warning, when the folder does not exist', async () => {
    const { sut, logs } = await start(join(dir, 'nergens'));
    expect(sut.list()).toEqual([]);
    expect(logs.join('\n')).toMatch(/no playbooks folder at/);
  });

  it('should log the warnings of a valid playbook and still load it', async () => {
    const playbook = playbookFixture() as Record<string, any>;
    playbook.roles.push({ id: 'fg', name: 'FG', organisation: 'gemeente' });
    await writeFile(join(dir, 'waarschuwing.yaml'), playbookYaml(playbook));
    const { sut, logs } = await start(dir);
    expect(sut.list()).toHaveLength(1);
    expect(logs.join('\n')).toMatch(/waarschuwing\.yaml:\d+:\d+ Role \\"fg\\" owns no step/);
  });
});
