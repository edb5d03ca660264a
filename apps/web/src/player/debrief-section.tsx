import { useQuery } from '@tanstack/react-query';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { components } from '../api/schema';
import type { ClientEvent } from '../realtime/contract';
import { formatWallTime } from '../time/format';
import {
  CheckboxField,
  ChoiceGroup,
  FormAlert,
  NO_ERRORS,
  TextField,
  ackErrors,
  focusFirstError,
  sendFailure,
  type FormErrors,
} from './form-fields';
import type { PlayerChannel } from './player-channel';
import type { PlayerSession } from './player-session';

type Question = components['schemas']['DebriefQuestionResponse'];
type HotwashPoint = Extract<ClientEvent, { type: 'hotwash.point-captured' }>;

/** The exercise is over: the debrief is open (ended), or it stays readable (archived). */
export const isOver = (status: string | undefined) => status === 'ended' || status === 'archived';

/** GET …/debrief/questions with the join code in its header (never in the URL, which is logged). */
export function useDebriefQuestions(session: PlayerSession, over: boolean) {
  return useQuery({
    queryKey: ['debrief-questions', session.exerciseId, session.role],
    enabled: over,
    staleTime: Infinity,
    queryFn: async () => {
      const { data, error } = await api.GET('/api/exercises/{exerciseId}/debrief/questions', {
        params: {
          path: { exerciseId: session.exerciseId },
          header: { 'X-Join-Code': session.code, 'x-join-code': session.code },
        },
      });
      if (error || !data) throw new Error('questions');
      return data;
    },
  });
}

/**
 * Which questions this tab answered. A player never receives `debrief.answered` (staff only), so
 * the tab remembers the question ids — only the ids, never an answer, and only for the tab.
 */
export function useAnswered(exerciseId: string, role: string) {
  const key = `driehoek.debrief.${exerciseId}.${role}`;
  const [answered, setAnswered] = useState<ReadonlySet<string>>(() => {
    try {
      const stored = JSON.parse(sessionStorage.getItem(key) ?? '[]') as unknown;
      return new Set(
        Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [],
      );
    } catch {
      return new Set<string>();
    }
  });
  const add = useCallback(
    (questionId: string) =>
      setAnswered((current) => {
        const next = new Set(current).add(questionId);
        try {
          sessionStorage.setItem(key, JSON.stringify([...next]));
        } catch {
          // no storage: the tab forgets after a reload
        }
        return next;
      }),
    [key],
  );
  return [answered, add] as const;
}

const SCALE = ['1', '2', '3', '4', '5'] as const;

function QuestionForm({
  question,
  channel,
  answered,
  onAnswered,
}: {
  question: Question;
  channel: PlayerChannel;
  answered: boolean;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [sentAnonymously, setSentAnonymously] = useState<boolean | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (errors !== NO_ERRORS) focusFirstError(form.current);
  }, [errors]);
  // The answer sent here: the keyboard's place moves to what replaced the form.
  useEffect(() => {
    if (sentAnonymously !== null) done.current?.focus();
  }, [sentAnonymously]);

  const failed = (next: FormErrors) => {
    setErrors(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!answer.trim())
      return failed({
        fields: {
          answer: t(question.kind === 'scale' ? 'player.debrief.errors.scale' : 'player.debrief.errors.text'),
        },
        form: null,
      });
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const result = await channel.request('debrief.answer', {
        questionId: question.id,
        answer: question.kind === 'scale' ? Number(answer) : answer.trim(),
        ...(question.anonymousAllowed && anonymous && { anonymous: true }),
      });
      if (result.ok) {
        setSentAnonymously(question.anonymousAllowed && anonymous);
        onAnswered();
      } else failed(ackErrors(result.error, t));
    } catch (error) {
      failed(sendFailure(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <article className="dh-card" aria-labelledby={`${id}-question`}>
      <h3 className="utrecht-heading-3 dh-card__title" id={`${id}-question`}>
        {question.question}
      </h3>
      {answered ? (
        <p className="dh-acknowledged" ref={done} tabIndex={-1}>
          {sentAnonymously === true
            ? t('player.debrief.answeredAnonymously')
            : sentAnonymously === false
              ? t('player.debrief.answeredNamed')
              : t('player.debrief.answered')}
        </p>
      ) : (
        <form ref={form} onSubmit={(event) => void submit(event)} noValidate className="dh-debrief-form">
          <FormAlert message={errors.form} />
          {question.kind === 'scale' ? (
            <ChoiceGroup
              legend={t('player.debrief.scaleLegend')}
              required
              error={errors.fields.answer}
              choices={SCALE.map((value) => ({ value, label: t(`player.debrief.scale.${value}`) }))}
              value={answer || undefined}
              onChange={setAnswer}
            />
          ) : (
            <TextField
              label={t('player.debrief.answerLabel')}
              required
              multiline
              maxLength={4000}
              error={errors.fields.answer}
              value={answer}
              onChange={setAnswer}
            />
          )}
          {question.anonymousAllowed ? (
            <CheckboxField
              label={t('player.debrief.anonymous')}
              hint={t('player.debrief.anonymousHint')}
              checked={anonymous}
              onChange={setAnonymous}
            />
          ) : (
            <p className="utrecht-form-field-description">{t('player.debrief.notAnonymous')}</p>
          )}
          <div className="utrecht-button-group dh-buttons">
            <button
              type="submit"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={busy || undefined}
            >
              {busy ? t('player.debrief.sending') : t('player.debrief.send')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}

/** The facilitator's points of the group hot wash, as they are captured, newest first. */
export function hotwashPoints(events: readonly ClientEvent[]): HotwashPoint[] {
  return events.filter((event): event is HotwashPoint => event.type === 'hotwash.point-captured').reverse();
}

/**
 * After the end: the hot-wash questions put to this role, each answered on its own, anonymously
 * where the question allows it; and the group's points as the facilitator captures them.
 */
export function DebriefSection({
  session,
  channel,
  answered,
  markAnswered,
  headingRef,
}: {
  session: PlayerSession;
  channel: PlayerChannel;
  /** Shared with the navigation's count (useAnswered in the player's view). */
  answered: ReadonlySet<string>;
  markAnswered: (questionId: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const over = isOver(channel.exercise?.status);
  const questions = useDebriefQuestions(session, over);
  const points = useMemo(() => hotwashPoints(channel.events), [channel.events]);

  return (
    <section aria-labelledby="debrief-heading" className="dh-section">
      <h2 className="utrecht-heading-2" id="debrief-heading" ref={headingRef} tabIndex={-1}>
        {t('player.sections.debrief')}
      </h2>
      {!over ? (
        <p className="utrecht-paragraph">{t('player.debrief.notYet')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('player.debrief.intro')}</p>
          {questions.isPending ? (
            <p className="utrecht-paragraph">{t('player.debrief.loading')}</p>
          ) : questions.isError ? (
            <FormAlert message={t('player.debrief.loadFailed')} />
          ) : (
            questions.data.map((question) => (
              <QuestionForm
                key={question.id}
                question={question}
                channel={channel}
                answered={answered.has(question.id)}
                onAnswered={() => markAnswered(question.id)}
              />
            ))
          )}
        </>
      )}
      <h3 className="utrecht-heading-3">{t('player.debrief.points')}</h3>
      {points.length === 0 ? (
        <p className="utrecht-paragraph">{t('player.debrief.noPoints')}</p>
      ) : (
        <ul className="dh-list">
          {points.map((point) => (
            <li key={point.seq} className="dh-card">
              <p className="dh-text dh-point__text">{point.payload.text}</p>
              <p className="dh-point__meta">
                {point.payload.kind ? `${t(`player.debrief.kinds.${point.payload.kind}`)} · ` : ''}
                <time dateTime={point.wallTime}>{formatWallTime(point.wallTime, i18n.language)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
