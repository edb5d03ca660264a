import { PlaybookAttachInput, PlaybookStepInput } from './playbook-step-input';

describe('PlaybookStepInput', () => {
  it.each([
    [{ playbookId: 'ransomware-gemeente', stepId: 'systemen-isoleren' }],
    [{ playbookId: 'ransomware-gemeente', stepId: 'systemen-isoleren', note: 'VLAN 12 dicht om 07:52' }],
  ])('should accept %j', (input) => {
    expect(PlaybookStepInput.parse(input)).toEqual(input);
  });

  it.each([
    ['a missing step', { playbookId: 'ransomware-gemeente' }, 'stepId', /step id/],
    ['a malformed playbook id', { playbookId: 'Ransomware!', stepId: 'a' }, 'playbookId', /playbook id/],
    ['a note that is too long', { playbookId: 'p', stepId: 's', note: 'x'.repeat(2001) }, 'note', /2000/],
    ['who did it (the server decides)', { playbookId: 'p', stepId: 's', by: 'iemand anders' }, '', /by/],
  ])('should refuse %s, naming the field', (_what, input, field, message) => {
    const result = PlaybookStepInput.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0];
    expect(issue.path.join('.')).toBe(field);
    expect(issue.message).toMatch(message);
  });
});

describe('PlaybookAttachInput', () => {
  it('should take a playbook id and nothing else', () => {
    expect(PlaybookAttachInput.parse({ playbookId: 'ransomware-gemeente' })).toEqual({
      playbookId: 'ransomware-gemeente',
    });
    expect(PlaybookAttachInput.safeParse({ playbookId: 'ransomware-gemeente', stepId: 'a' }).success).toBe(
      false,
    );
  });
});
