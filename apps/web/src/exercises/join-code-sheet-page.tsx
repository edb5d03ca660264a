import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import QRCode from 'qrcode';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { answer, problemText, RequestFailed } from '../auth/request';
import { staffApi } from '../auth/session';
import '../auth/staff.css';
import { rememberJoinCodes, useJoinCodes, type JoinCode } from './join-codes';
import { useExercise } from './use-exercises';

/** Where a player joins: the landing page, and with the code for the QR code (`/join?code=`). */
function joinUrl(code?: string): string {
  const url = new URL('/join', window.location.origin);
  if (code) url.searchParams.set('code', code);
  return url.href;
}

/**
 * Whether this page was opened at an address that means "this computer" (`npm start` prints
 * http://localhost:3000): a join link to it leads a player's tablet to the tablet itself.
 */
function onlyThisComputer(): boolean {
  const host = window.location.hostname;
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || host.startsWith('127.');
}

/** The QR code of a join link, as an SVG image (a data: URL, which the console's policy allows). */
async function qrImage(code: string): Promise<string> {
  const svg = await QRCode.toString(joinUrl(code), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * /staff/exercises/:id/codes: the join codes as an A4 sheet to print and cut up, one block per
 * role: its name, the code in large type, a QR code that joins at once, and the instruction in
 * Dutch and English. The server shows codes only when they are made, so the sheet has the codes
 * this tab received; for the others it offers new ones (which replace the old).
 */
export function JoinCodeSheetPage() {
  const { t } = useTranslation();
  const { exerciseId = '' } = useParams();
  const exercise = useExercise(exerciseId);
  const codes = useJoinCodes(exerciseId);
  const statuses = useQuery({
    queryKey: ['staff', 'join-codes', exerciseId],
    queryFn: () =>
      answer(staffApi.GET('/api/exercises/{exerciseId}/join-codes', { params: { path: { exerciseId } } })),
  });
  const heading = usePageHeading(t('staff.codes.title'));
  const known = [...codes.values()];
  const missing = (statuses.data ?? []).filter((s) => !codes.has(s.role)).map((s) => s.role);

  return (
    <div className="dh-stack dh-code-sheet">
      <p className="dh-breadcrumb dh-no-print">
        <Link className="utrecht-link" to="/staff">
          {t('staff.home.title')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('staff.codes.title')}
        {exercise.data && <span className="dh-subtitle">{exercise.data.title}</span>}
      </h1>
      {exercise.isError && (
        <p className="dh-error" role="alert">
          {problemText(t, exercise.error)}
        </p>
      )}
      <div className="dh-no-print dh-stack">
        <p className="utrecht-paragraph">{t('staff.codes.intro')}</p>
        {onlyThisComputer() && (
          <p className="dh-notice">{t('staff.codes.localOnly', { host: window.location.origin })}</p>
        )}
        {known.length > 0 && (
          <div className="dh-actions">
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              onClick={() => window.print()}
            >
              {t('staff.codes.print')}
            </button>
            <Link className="utrecht-link" to={`/staff/exercises/${exerciseId}`}>
              {t('staff.created.toControlRoom')}
            </Link>
          </div>
        )}
        {exercise.data?.status === 'archived' ? (
          <p className="utrecht-paragraph">{t('staff.codes.archived')}</p>
        ) : (
          missing.length > 0 && <Reissue exerciseId={exerciseId} roles={missing} first={!known.length} />
        )}
        {statuses.isError && !(statuses.error instanceof RequestFailed && statuses.error.status === 403) && (
          <p className="dh-error" role="alert">
            {problemText(t, statuses.error)}
          </p>
        )}
      </div>
      {known.length > 0 && (
        <ol className="dh-code-blocks" aria-label={t('staff.codes.blocks')}>
          {known.map((code) => (
            <CodeBlock key={code.role} code={code} />
          ))}
        </ol>
      )}
    </div>
  );
}

function CodeBlock({ code }: { code: JoinCode }) {
  const { t, i18n } = useTranslation();
  const image = useQuery({
    queryKey: ['qr', code.code],
    queryFn: () => qrImage(code.code),
    staleTime: Infinity,
  });
  const nl = i18n.getFixedT('nl');
  const en = i18n.getFixedT('en');
  const url = joinUrl();
  return (
    <li className="dh-code-block">
      <h2 className="utrecht-heading-2">{code.roleName}</h2>
      <p className="dh-code-block__code">
        <span className="dh-visually-hidden">{t('staff.codes.code')}: </span>
        <code>{code.code}</code>
      </p>
      {image.data && (
        <img
          className="dh-code-block__qr"
          src={image.data}
          width={144}
          height={144}
          alt={t('staff.codes.qrAlt', { role: code.roleName })}
        />
      )}
      <p className="dh-code-block__instruction" lang="nl">
        {nl('staff.codes.instruction', { url })}
      </p>
      <p className="dh-code-block__instruction" lang="en">
        {en('staff.codes.instruction', { url })}
      </p>
    </li>
  );
}

/**
 * New codes for the roles whose code this tab does not have: POST …/join-codes/:role for each.
 * A new code replaces the old one, and whoever is connected with the old one is disconnected, so
 * it is asked first in a dialog.
 */
function Reissue({ exerciseId, roles, first }: { exerciseId: string; roles: string[]; first: boolean }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const reissue = useMutation({
    mutationFn: async () => {
      for (const role of roles) {
        const code = await answer(
          staffApi.POST('/api/exercises/{exerciseId}/join-codes/{role}', {
            params: { path: { exerciseId, role } },
          }),
        );
        rememberJoinCodes(exerciseId, [code]);
      }
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['staff', 'join-codes', exerciseId] }),
  });
  return (
    <div className="dh-notice dh-stack">
      <p className="utrecht-paragraph">
        {first ? t('staff.codes.noneHere') : t('staff.codes.someMissing', { roles: roles.join(', ') })}
      </p>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        onClick={() => dialog.current?.showModal()}
      >
        {t('staff.codes.reissue', { count: roles.length })}
      </button>
      {reissue.isError && (
        <p className="dh-error" role="alert">
          {problemText(t, reissue.error)}
        </p>
      )}
      <dialog ref={dialog} className="dh-dialog" aria-labelledby="reissue-title">
        <h2 className="utrecht-heading-2" id="reissue-title">
          {t('staff.codes.reissueTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('staff.codes.reissueWarning')}</p>
        <form method="dialog" className="dh-actions">
          <button
            type="submit"
            className="utrecht-button utrecht-button--primary-action"
            onClick={() => reissue.mutate()}
          >
            {t('staff.codes.reissueConfirm')}
          </button>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('staff.codes.cancel')}
          </button>
        </form>
      </dialog>
    </div>
  );
}
