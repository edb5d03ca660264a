import { useCallback, useEffect, useRef, useState } from 'react';

/** A decision in BOB form as the player is typing it. */
export interface DecisionDraft {
  optionId: string;
  beeld: string;
  oordeel: string;
  besluit: string;
  rationale: string;
  legalBasis: string[];
  actions: { description: string; owner: string }[];
  startsClocks: string[];
  decidedBy: string;
}

export const EMPTY_DRAFT: DecisionDraft = {
  optionId: '',
  beeld: '',
  oordeel: '',
  besluit: '',
  rationale: '',
  legalBasis: [],
  actions: [],
  startsClocks: [],
  decidedBy: '',
};

const storageKey = (exerciseId: string, role: string) => `driehoek.decisions.${exerciseId}.${role}`;
const nameKey = (exerciseId: string, role: string) => `driehoek.decidedBy.${exerciseId}.${role}`;

function readAll(key: string): Record<string, Partial<DecisionDraft>> {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as unknown;
    return stored && typeof stored === 'object' ? (stored as Record<string, Partial<DecisionDraft>>) : {};
  } catch {
    return {};
  }
}

function writeAll(key: string, drafts: Record<string, Partial<DecisionDraft>>): void {
  try {
    if (Object.keys(drafts).length) sessionStorage.setItem(key, JSON.stringify(drafts));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage refused (private mode, full): the draft then lasts as long as the page.
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A stored draft read defensively: whatever the tab kept, the form gets the right shape. */
function revive(stored: Partial<DecisionDraft> | undefined, decidedBy: string): DecisionDraft {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    optionId: text(stored?.optionId),
    beeld: text(stored?.beeld),
    oordeel: text(stored?.oordeel),
    besluit: text(stored?.besluit),
    rationale: text(stored?.rationale),
    legalBasis: strings(stored?.legalBasis),
    actions: Array.isArray(stored?.actions)
      ? stored.actions.map((a) => ({ description: text(a?.description), owner: text(a?.owner) }))
      : [],
    startsClocks: strings(stored?.startsClocks),
    decidedBy: typeof stored?.decidedBy === 'string' ? stored.decidedBy : decidedBy,
  };
}

/**
 * A half-typed decision, kept for this tab per exercise and role (`sessionStorage`) under `draftKey`
 * (the decision point, or `free`): it survives a dropped line and a reload, and is gone once the
 * decision is recorded or the tab closes. The name of who decides is remembered for the next one.
 */
export function useDecisionDraft(exerciseId: string, role: string, draftKey: string) {
  const key = storageKey(exerciseId, role);
  const [draft, setDraft] = useState<DecisionDraft>(() => {
    let decidedBy = '';
    try {
      decidedBy = sessionStorage.getItem(nameKey(exerciseId, role)) ?? '';
    } catch {
      // no storage: no remembered name
    }
    return revive(readAll(key)[draftKey], decidedBy);
  });
  const touched = useRef(false);

  useEffect(() => {
    if (!touched.current) return;
    writeAll(key, { ...readAll(key), [draftKey]: draft });
  }, [key, draftKey, draft]);

  const update = useCallback((change: Partial<DecisionDraft>) => {
    touched.current = true;
    setDraft((current) => ({ ...current, ...change }));
  }, []);

  const clear = useCallback(() => {
    touched.current = false;
    const { [draftKey]: _recorded, ...others } = readAll(key);
    writeAll(key, others);
    setDraft((current) => {
      try {
        sessionStorage.setItem(nameKey(exerciseId, role), current.decidedBy);
      } catch {
        // no storage: the name is typed again next time
      }
      return { ...EMPTY_DRAFT, decidedBy: current.decidedBy };
    });
  }, [key, draftKey, exerciseId, role]);

  return [draft, update, clear] as const;
}

/** Whether this tab holds a half-typed decision under `draftKey`. */
export function hasDraft(exerciseId: string, role: string, draftKey: string): boolean {
  return draftKey in readAll(storageKey(exerciseId, role));
}
