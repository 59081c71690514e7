/**
 * Every screen's URL. The API serves index.html for /admin/*, /member/* and /apply (see
 * src/http/web-app.ts); a new area needs its prefix there too.
 */
import { createBrowserRouter, Navigate } from 'react-router';
import { ADMIN_AREAS, AdminLayout } from './areas/admin/AdminLayout';
import { Dashboard } from './areas/admin/Dashboard';
import { OrganizationPage } from './areas/admin/register/OrganizationPage';
import { RedirectKeepingQuery } from './areas/admin/register/RedirectKeepingQuery';
import { Register } from './areas/admin/register/Register';
import { MailingReplies } from './areas/admin/replies/MailingReplies';
import { RepliesList } from './areas/admin/replies/RepliesList';
import { Settings } from './areas/admin/settings/Settings';
import { ApplyPage } from './areas/apply/ApplyPage';
import { MemberHome } from './areas/member/MemberHome';
import { NotFound } from './areas/NotFound';
import { Preparing } from './areas/Preparing';

const ADMIN_HOME = { label: 'ダッシュボード', to: '/admin/' };

export const router = createBrowserRouter([
  {
    path: '/admin',
    element: <AdminLayout />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: 'register', element: <Register /> },
      { path: 'register/:id', element: <OrganizationPage /> },
      { path: 'replies', element: <RepliesList /> },
      { path: 'replies/:id', element: <MailingReplies /> },
      { path: 'settings', element: <Settings /> },
      // The dashboard's older links (/admin/members?view=…) land on the register.
      { path: 'members/*', element: <RedirectKeepingQuery to="/admin/register" /> },
      // Areas not built yet: replace an entry with the area's routes when it is.
      ...ADMIN_AREAS.filter(
        (area) => !['', 'register', 'replies', 'settings'].includes(area.path),
      ).map((area) => ({
        path: `${area.path}/*`,
        element: <Preparing title={area.label} home={ADMIN_HOME} />,
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '/member/*', element: <MemberHome /> },
  { path: '/apply', element: <ApplyPage /> },
  { path: '/', element: <Navigate to="/admin/" replace /> },
  { path: '*', element: <NotFound /> },
]);
