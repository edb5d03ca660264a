import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageHeading } from '../app/use-page-heading';
import { answer, problemText } from '../auth/request';
import { staffApi, useStaffSession } from '../auth/session';
import '../auth/staff.css';
import { OwnerLabel } from '../library/owner-label';
import { outline, useScenario } from '../library/use-scenarios';
import { ScenarioEditor } from './scenario-editor';
import { SCENARIO_TEMPLATE } from './template';
import { writableOrganisations } from './writable';

function NotAllowed() {
  const { t } = useTranslation();
  return <p className="utrecht-paragraph">{t('editor.notAllowed')}</p>;
}

/** /staff/scenarios/new: a new scenario, from the template or from a scenario in the library. */
export function NewScenarioPage() {
  const { t } = useTranslation();
  const heading = usePageHeading(t('editor.titleNew'));
  const organisations = writableOrganisations(useStaffSession());
  return (
    <div className="dh-stack">
      <p className="dh-breadcrumb">
        <Link className="utrecht-link" to="/staff/scenarios">
          {t('staff.scenario.back')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {t('editor.titleNew')}
      </h1>
      <p className="utrecht-paragraph dh-editor__intro">{t('editor.introNew')}</p>
      {organisations.length ? (
        <ScenarioEditor
          scope="new"
          initialText={SCENARIO_TEMPLATE}
          organisations={organisations}
          defaultOrganisationId={organisations[0].id}
          startFrom
        />
      ) : (
        <NotAllowed />
      )}
    </div>
  );
}

/**
 * /staff/scenarios/:id/edit?owner=…[&version=…]: the YAML of one copy, exactly as stored, to be
 * saved as a new version — of the organisation's own copy, or, for a shipped scenario, as the
 * organisation's fork.
 */
export function EditScenarioPage() {
  const { t } = useTranslation();
  const { scenarioId = '' } = useParams();
  const [params] = useSearchParams();
  const owner = params.get('owner') ?? 'shipped';
  const version = params.get('version') ? Number(params.get('version')) : undefined;
  const organisations = writableOrganisations(useStaffSession());
  const { detail } = useScenario(scenarioId, owner, version);
  const source = useQuery({
    queryKey: ['staff', 'scenario-source', scenarioId, owner, version ?? 'latest'],
    queryFn: () =>
      answer<string>(
        staffApi.GET('/api/scenarios/{id}/source', {
          params: { path: { id: scenarioId }, query: { owner, version } },
          parseAs: 'text',
        }),
      ),
    // The text is the start of an edit: a refetch must not replace what is being typed.
    staleTime: Infinity,
  });
  const title = detail.data ? outline(detail.data.scenario).title : '';
  const name = title ? t('editor.titleEdit', { title }) : t('editor.titleEditing');
  const heading = usePageHeading(name);
  const back = `/staff/scenarios/${encodeURIComponent(scenarioId)}?owner=${encodeURIComponent(owner)}`;
  const defaultOrganisation = organisations.find((o) => o.id === owner)?.id ?? organisations[0]?.id ?? '';
  const problem = source.error ?? detail.error;

  return (
    <div className="dh-stack">
      <p className="dh-breadcrumb">
        <Link className="utrecht-link" to={back}>
          {t('editor.backToScenario')}
        </Link>
      </p>
      <h1 className="utrecht-heading-1" ref={heading} tabIndex={-1}>
        {name}
      </h1>
      {detail.data && (
        <dl className="dh-facts">
          <div>
            <dt>{t('staff.library.owner')}</dt>
            <dd>
              <OwnerLabel owner={detail.data.owner} />
            </dd>
          </div>
          <div>
            <dt>{t('editor.fromVersion')}</dt>
            <dd>{detail.data.version}</dd>
          </div>
        </dl>
      )}
      <p className="utrecht-paragraph dh-editor__intro">
        {owner === 'shipped' ? t('editor.introShipped') : t('editor.introOwn')}
      </p>
      {!organisations.length ? (
        <NotAllowed />
      ) : problem ? (
        <p className="dh-error" role="alert">
          {problemText(t, problem)}
        </p>
      ) : source.data === undefined ? (
        <p className="utrecht-paragraph">{t('staff.loading')}</p>
      ) : (
        <ScenarioEditor
          scope={`${scenarioId}|${owner}`}
          initialText={source.data}
          organisations={organisations}
          defaultOrganisationId={defaultOrganisation}
        />
      )}
    </div>
  );
}
