import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, Body } from '../realtime/use-exercise-channel';
import { useDecisionDraft, type DecisionDraft } from './decision-drafts';
import type { DecisionPoint } from './decision-points';
import {
  CheckboxField,
  ChoiceGroup,
  FormAlert,
  NO_ERRORS,
  TextField,
  ackErrors,
  focusFirstError,
  sendFailure,
  withoutErrorsOf,
  type FormErrors,
} from './form-fields';

/** A regulatory clock this player may start with a decision (its own, or one without a role). */
export interface StartableClock {
  id: string;
  label: string;
}

type DecisionBody = Body<'decision.record'>;

const TEXT_MAX = 10_000;

/** What the server would refuse for sure, checked before sending, in the reader's language. */
function check(draft: DecisionDraft, point: DecisionPoint | null, t: TFunction): FormErrors {
  const fields: Record<string, string> = {};
  if (point && !draft.optionId) fields.optionId = t('player.decision.errors.option');
  for (const name of ['beeld', 'oordeel', 'besluit', 'decidedBy'] as const)
    if (!draft[name].trim()) fields[name] = t(`player.decision.errors.${name}`);
  draft.actions.forEach((action, index) => {
    if (!action.description.trim() && !action.owner.trim()) return;
    if (!action.description.trim())
      fields[`actions[${index}].description`] = t('player.decision.errors.actionDescription');
    if (!action.owner.trim()) fields[`actions[${index}].owner`] = t('player.decision.errors.actionOwner');
  });
  return Object.keys(fields).length ? { fields, form: t('player.decision.errors.summary') } : NO_ERRORS;
}

/** The decision as the contract takes it: empty optional parts left out, empty rows dropped. */
function body(draft: DecisionDraft, point: DecisionPoint | null): DecisionBody {
  const legalBasis = draft.legalBasis.map((entry) => entry.trim()).filter(Boolean);
  const actions = draft.actions
    .map((action) => ({ description: action.description.trim(), owner: action.owner.trim() }))
    .filter((action) => action.description || action.owner);
  return {
    ...(point && { decisionPointId: point.id, optionId: draft.optionId }),
    beeld: draft.beeld.trim(),
    oordeel: draft.oordeel.trim(),
    besluit: draft.besluit.trim(),
    ...(draft.rationale.trim() && { rationale: draft.rationale.trim() }),
    ...(legalBasis.length && { legalBasis }),
    decidedBy: draft.decidedBy.trim(),
    ...(actions.length && { actions }),
    ...(draft.startsClocks.length && { startsClocks: draft.startsClocks }),
  };
}

/**
 * A decision in BOB form — beeld, oordeel, besluit — answering a decision point (its options as a
 * radio group) or free-standing, with legal bases, actions with owners, the regulatory clocks it
 * starts and who decided. What is typed is kept for the tab until the decision is recorded.
 */
export function DecisionForm({
  exerciseId,
  role,
  point,
  startableClocks,
  record,
  onRecorded,
}: {
  exerciseId: string;
  role: string;
  point: DecisionPoint | null;
  startableClocks: StartableClock[];
  record: (body: DecisionBody) => Promise<Answer<'decision.record'>>;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const [draft, store, clear] = useDecisionDraft(exerciseId, role, point?.id ?? 'free');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const update = (change: Partial<DecisionDraft>) => {
    store(change);
    setErrors((current) => withoutErrorsOf(current, Object.keys(change)));
  };
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const legalBasisList = useRef<HTMLUListElement>(null);
  const actionsList = useRef<HTMLUListElement>(null);
  const field = (path: string) => errors.fields[path];
  // Once React has marked the fields, the first one in error takes the focus.
  useEffect(() => {
    if (errors !== NO_ERRORS) focusFirstError(form.current);
  }, [errors]);

  const failed = (next: FormErrors) => {
    setErrors(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = check(draft, point, t);
    if (checked !== NO_ERRORS) return failed(checked);
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const answer = await record(body(draft, point));
      if (answer.ok) {
        clear();
        onRecorded();
      } else failed(ackErrors(answer.error, t));
    } catch (error) {
      failed(sendFailure(error, t));
    } finally {
      setBusy(false);
    }
  };

  /** A new row gets the focus, so typing goes on there. */
  const focusLastRow = (list: HTMLUListElement | null) =>
    requestAnimationFrame(() => list?.querySelector<HTMLElement>('li:last-child input')?.focus());

  const addLegalBasis = (entries: string[] = ['']) => {
    update({ legalBasis: [...draft.legalBasis, ...entries] });
    if (entries.length === 1 && !entries[0]) focusLastRow(legalBasisList.current);
  };
  const suggested = point?.legalBasis.filter((entry) => !draft.legalBasis.includes(entry)) ?? [];
  const id = point?.id ?? 'free';

  return (
    <form ref={form} className="dh-decision-form" onSubmit={(event) => void submit(event)} noValidate>
      <FormAlert message={errors.form} />
      {point && (
        <ChoiceGroup
          legend={t('player.decision.option')}
          required
          error={field('optionId')}
          choices={point.options.map((option) => ({
            value: option.id,
            label: option.label,
            description: option.description,
          }))}
          value={draft.optionId || undefined}
          onChange={(optionId) => update({ optionId })}
          name={`option-${id}`}
        />
      )}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('player.decision.bob')}
        </legend>
        <p className="utrecht-form-field-description">{t('player.decision.bobIntro')}</p>
        {(['beeld', 'oordeel', 'besluit'] as const).map((name) => (
          <TextField
            key={name}
            label={t(`player.decision.${name}`)}
            hint={t(`player.decision.${name}Hint`)}
            required
            multiline
            maxLength={TEXT_MAX}
            error={field(name)}
            value={draft[name]}
            onChange={(value) => update({ [name]: value })}
          />
        ))}
        <TextField
          label={t('player.decision.rationale')}
          hint={t('player.decision.rationaleHint')}
          multiline
          maxLength={TEXT_MAX}
          error={field('rationale')}
          value={draft.rationale}
          onChange={(rationale) => update({ rationale })}
        />
      </fieldset>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('player.decision.legalBasis')}
        </legend>
        <p className="utrecht-form-field-description">{t('player.decision.legalBasisHint')}</p>
        {field('legalBasis') && <p className="dh-field-error">{field('legalBasis')}</p>}
        <ul className="dh-rows" ref={legalBasisList}>
          {draft.legalBasis.map((entry, index) => (
            <li key={index} className="dh-row">
              <TextField
                label={t('player.decision.legalBasisEntry', { number: index + 1 })}
                maxLength={200}
                error={field(`legalBasis[${index}]`)}
                value={entry}
                onChange={(value) =>
                  update({ legalBasis: draft.legalBasis.map((e, i) => (i === index ? value : e)) })
                }
              />
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action dh-row__remove"
                onClick={() => update({ legalBasis: draft.legalBasis.filter((_, i) => i !== index) })}
              >
                {t('player.decision.removeLegalBasis', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
        <div className="utrecht-button-group dh-buttons">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => addLegalBasis()}
          >
            {t('player.decision.addLegalBasis')}
          </button>
          {suggested.length > 0 && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => addLegalBasis(suggested)}
            >
              {t('player.decision.useSuggestedLegalBasis', { count: suggested.length })}
            </button>
          )}
        </div>
      </fieldset>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('player.decision.actions')}
        </legend>
        <p className="utrecht-form-field-description">{t('player.decision.actionsHint')}</p>
        <ul className="dh-rows" ref={actionsList}>
          {draft.actions.map((action, index) => (
            <li key={index} className="dh-row dh-row--action">
              <TextField
                label={t('player.decision.actionDescription', { number: index + 1 })}
                maxLength={2000}
                error={field(`actions[${index}].description`)}
                value={action.description}
                onChange={(description) =>
                  update({
                    actions: draft.actions.map((a, i) => (i === index ? { ...a, description } : a)),
                  })
                }
              />
              <TextField
                label={t('player.decision.actionOwner', { number: index + 1 })}
                maxLength={200}
                error={field(`actions[${index}].owner`)}
                value={action.owner}
                onChange={(owner) =>
                  update({ actions: draft.actions.map((a, i) => (i === index ? { ...a, owner } : a)) })
                }
              />
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action dh-row__remove"
                onClick={() => update({ actions: draft.actions.filter((_, i) => i !== index) })}
              >
                {t('player.decision.removeAction', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
        <div className="utrecht-button-group dh-buttons">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => {
              update({ actions: [...draft.actions, { description: '', owner: '' }] });
              requestAnimationFrame(() =>
                actionsList.current?.querySelector<HTMLElement>('li:last-child input')?.focus(),
              );
            }}
          >
            {t('player.decision.addAction')}
          </button>
        </div>
      </fieldset>

      {startableClocks.length > 0 && (
        <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset dh-fieldset">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('player.decision.startsClocks')}
          </legend>
          <p className="utrecht-form-field-description">{t('player.decision.startsClocksHint')}</p>
          {startableClocks.map((clock) => (
            <CheckboxField
              key={clock.id}
              label={clock.label}
              error={field(`startsClocks[${draft.startsClocks.indexOf(clock.id)}]`)}
              checked={draft.startsClocks.includes(clock.id)}
              onChange={(checked) =>
                update({
                  startsClocks: checked
                    ? [...draft.startsClocks, clock.id]
                    : draft.startsClocks.filter((c) => c !== clock.id),
                })
              }
            />
          ))}
        </fieldset>
      )}

      <TextField
        label={t('player.decision.decidedBy')}
        hint={t('player.decision.decidedByHint')}
        required
        maxLength={200}
        autoComplete="name"
        error={field('decidedBy')}
        value={draft.decidedBy}
        onChange={(decidedBy) => update({ decidedBy })}
      />
      <div className="utrecht-button-group dh-buttons">
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          aria-disabled={busy || undefined}
        >
          {busy ? t('player.decision.recording') : t('player.decision.record')}
        </button>
      </div>
    </form>
  );
}
