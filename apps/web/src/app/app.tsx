import { Route, Routes } from 'react-router';
import { RequireStaff } from '../auth/session';
import { SignInPage } from '../auth/sign-in-page';
import { ControlPage } from '../control/control-page';
import { JoinPage } from '../player/join-page';
import { PlayerPage } from '../player/player-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<JoinPage />} />
        <Route path="join" element={<JoinPage />} />
        <Route path="play" element={<PlayerPage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route
          path="staff/exercises/:id"
          element={
            <RequireStaff>
              <ControlPage />
            </RequireStaff>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
