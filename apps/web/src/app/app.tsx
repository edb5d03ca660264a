import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { RequireStaff } from '../auth/session';
import { SignInPage } from '../auth/sign-in-page';
import { ControlPage } from '../control/control-page';
import { EvaluatePage } from '../evaluator/evaluate-page';
import { IncidentPage } from '../incidents/incident-page';
import { IncidentRegisterPage } from '../incidents/register-page';
import { ActionPage } from '../improvement/action-page';
import { ImprovementPage } from '../improvement/improvement-page';
import { JoinCodeSheetPage } from '../exercises/join-code-sheet-page';
import { StaffHomePage } from '../exercises/staff-home-page';
import { LibraryPage } from '../library/library-page';
import { ScenarioPage } from '../library/scenario-page';
import { ReportPage } from '../reports/report-page';
import { JoinPage } from '../player/join-page';
import { PlayerPage } from '../player/player-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

// The scenario editor (CodeMirror) is loaded only by those who open it: a player's tablet on the
// crisis room's Wi-Fi never fetches it.
const NewScenarioPage = lazy(() =>
  import('../editor/editor-pages').then((m) => ({ default: m.NewScenarioPage })),
);
const EditScenarioPage = lazy(() =>
  import('../editor/editor-pages').then((m) => ({ default: m.EditScenarioPage })),
);

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="utrecht-paragraph">{t('staff.loading')}</p>}>{children}</Suspense>;
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<JoinPage />} />
        <Route path="join" element={<JoinPage />} />
        <Route path="play" element={<PlayerPage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route
          path="staff"
          element={
            <RequireStaff>
              <StaffHomePage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/scenarios"
          element={
            <RequireStaff>
              <LibraryPage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/scenarios/:scenarioId"
          element={
            <RequireStaff>
              <ScenarioPage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/scenarios/new"
          element={
            <RequireStaff>
              <Loading>
                <NewScenarioPage />
              </Loading>
            </RequireStaff>
          }
        />
        <Route
          path="staff/scenarios/:scenarioId/edit"
          element={
            <RequireStaff>
              <Loading>
                <EditScenarioPage />
              </Loading>
            </RequireStaff>
          }
        />
        <Route
          path="staff/exercises/:exerciseId/codes"
          element={
            <RequireStaff>
              <JoinCodeSheetPage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/exercises/:exerciseId/report"
          element={
            <RequireStaff>
              <ReportPage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/improvement"
          element={
            <RequireStaff>
              <ImprovementPage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/improvement/:actionId"
          element={
            <RequireStaff>
              <ActionPage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/exercises/:id"
          element={
            <RequireStaff>
              <ControlPage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/exercises/:id/evaluate"
          element={
            <RequireStaff>
              <EvaluatePage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/incidents"
          element={
            <RequireStaff>
              <IncidentRegisterPage />
            </RequireStaff>
          }
        />
        <Route
          path="staff/incidents/:id"
          element={
            <RequireStaff>
              <IncidentPage />
            </RequireStaff>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
