import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Scenario } from '@driehoek/scenario';
import type { components } from '../api/schema';
import { staffApi } from '../auth/session';
import type { ClientEvent } from '../realtime/contract';
import { formatWallTime } from '../time/format';
import { eventsOf, roleNamer } from './control-view';
import { Failure, Field } from './field';
import { ControlFailure, answerOf, failureText } from './problem';
import { useControlAction } from './use-control-action';

type Debrief = components['schemas']['DebriefResponse'];
type Kind = 'strength' | 'area-for-improvement';

/**
 * After the end: the group hot wash. The facilitator writes down each point the group makes
 * (POST …/hotwash); every participant sees it arrive. Beside it, the players' answers to the
 * hot-wash questions as they come in, and the way to the report.
 */
export function HotwashPanel({
  exerciseId,
  events,
  debrief,
  scenario,
  refresh,
  readOnlyNote,
}: {
  exerciseId: string;
  events: readonly ClientEvent[];
  debrief: Debrief | undefined;
  scenario: Scenario | undefined;
  refresh: () => Promise<void>;
  /** Why this viewer may not capture points (an evaluator); null for a facilitator. */
  readOnlyNote: string | null;
}) {
  const { t, i18n } = useTranslation();
  const roleName = roleNamer(scenario);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const capture = useControlAction(
    (body: { text: string; kind?: Kind }) =>
      answerOf(
        staffApi.POST('/api/exercises/{exerciseId}/hotwash', { params: { path: { exerciseId } }, body }),
      ),
    refresh,
  );
  const points = eventsOf(events, 'hotwash.point-captured');
  const serverError = capture.error instanceof ControlFailure ? capture.error.field('text') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (capture.isPending) return;
    if (!text.trim()) {
      setInvalid(t('control.hotwash.required'));
      input.current?.focus();
      return;
    }
    setInvalid(null);
    capture.mutate(
      { text: text.trim(), ...(kind ? { kind } : {}) },
      {
        onSuccess: () => {
          setText('');
          setKind('');
          input.current?.focus();
        },
      },
    );
  };

  return (
    <section aria-labelledby="control-hotwash-heading" className="dh-control-section">
      <h2 className="utrecht-heading-2" id="control-hotwash-heading">
        {t('control.hotwash.heading')}
      </h2>
      <p className="utrecht-paragraph">{t('control.hotwash.intro')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/staff/exercises/${exerciseId}/report`}>
          {t('control.hotwash.report')}
        </Link>
      </p>
      {readOnlyNote ? (
        <p className="dh-notice">{readOnlyNote}</p>
      ) : (
        <form className="dh-control-adhoc" onSubmit={submit} noValidate>
          <Field label={t('control.hotwash.point')} error={invalid ?? serverError}>
            {(ids) => (
              <textarea
                {...ids}
                ref={input}
                className="utrecht-textarea utrecht-textarea--html-textarea"
                rows={3}
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            )}
          </Field>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{t('control.hotwash.kind')}</legend>
            {(['', 'strength', 'area-for-improvement'] as const).map((value) => (
              <label className="dh-control-check" key={value || 'none'}>
                <input
                  type="radio"
                  name="hotwash-kind"
                  value={value}
                  checked={kind === value}
                  onChange={() => setKind(value)}
                />
                {t(`control.hotwash.kinds.${value || 'none'}`)}
              </label>
            ))}
          </fieldset>
          <div>
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={capture.isPending || undefined}
            >
              {t('control.hotwash.submit')}
            </button>
          </div>
          {!serverError && <Failure message={capture.error ? failureText(t, capture.error) : null} />}
        </form>
      )}

      <h3 className="utrecht-heading-3">{t('control.hotwash.points', { count: points.length })}</h3>
      {points.length === 0 ? (
        <p className="utrecht-paragraph">{t('control.hotwash.noPoints')}</p>
      ) : (
        <ol className="utrecht-ordered-list dh-control-points">
          {points.map((point) => (
            <li className="utrecht-ordered-list__item" key={point.seq}>
              {point.payload.kind && <strong>{t(`control.hotwash.kinds.${point.payload.kind}`)}: </strong>}
              <span className="dh-inject__content">{point.payload.text}</span>{' '}
              <span className="dh-control-detail">
                <time dateTime={point.wallTime}>{formatWallTime(point.wallTime, i18n.language)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}

      <h3 className="utrecht-heading-3">{t('control.hotwash.answers')}</h3>
      {!debrief?.questions.length ? (
        <p className="utrecht-paragraph">{t('control.hotwash.noQuestions')}</p>
      ) : (
        debrief.questions.map((question) => (
          <section key={question.id} aria-labelledby={`control-question-${question.id}`}>
            <h4 className="utrecht-heading-4" id={`control-question-${question.id}`}>
              {question.question}{' '}
              <span className="dh-badge">
                {t('control.hotwash.answerCount', { count: question.answers.length })}
              </span>
            </h4>
            {question.answers.length > 0 && (
              <ul className="utrecht-unordered-list">
                {question.answers.map((answer) => (
                  <li className="utrecht-unordered-list__item" key={answer.seq}>
                    <strong>{answer.role ? roleName(answer.role) : t('control.hotwash.anonymous')}: </strong>
                    <span className="dh-inject__content">
                      {question.kind === 'scale'
                        ? t('control.hotwash.scale', { value: answer.answer })
                        : String(answer.answer)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </section>
  );
}
