/**
 * Every screen's URL. The API serves index.html for /admin/*, /member/* and /apply (see
 * src/http/web-app.ts); a new area needs its prefix there too.
 */
import { createBrowserRouter, Navigate } from 'react-router';
import { ADMIN_AREAS, AdminLayout } from './areas/admin/AdminLayout';
import { Dashboard } from './areas/admin/Dashboard';
import { MailingList } from './areas/admin/mailings/MailingList';
import { MailingPage } from './areas/admin/mailings/MailingPage';
import { NewsletterEditor } from './areas/admin/mailings/NewsletterEditor';
import { NoticeEditor } from './areas/admin/mailings/NoticeEditor';
import { VisitReportEditor } from './areas/admin/mailings/VisitReportEditor';
import { meetingRoutes } from './areas/admin/meetings/routes';
import { OrganizationPage } from './areas/admin/register/OrganizationPage';
import { RedirectKeepingQuery } from './areas/admin/register/RedirectKeepingQuery';
import { Register } from './areas/admin/register/Register';
import { MailingReplies } from './areas/admin/replies/MailingReplies';
import { RepliesList } from './areas/admin/replies/RepliesList';
import { Settings } from './areas/admin/settings/Settings';
import { ApplyPage } from './areas/apply/ApplyPage';
import { MemberHome } from './areas/member/MemberHome';
import { memberRoutes } from './areas/member/routes';
import { NotFound } from './areas/NotFound';
import { Preparing } from './areas/Preparing';

const ADMIN_HOME = { label: 'ダッシュボード', to: '/admin/' };

export const router = createBrowserRouter([
  {
    path: '/admin',
    element: <AdminLayout />,
    children: [
      { index: true, element: <Dashboard /> },
      ...meetingRoutes,
      { path: 'mailings', element: <MailingList /> },
      { path: 'mailings/new/notice', element: <NoticeEditor /> },
      { path: 'mailings/:id', element: <MailingPage /> },
      { path: 'mailings/:id/edit', element: <NoticeEditor /> },
      { path: 'mailings/new/newsletter', element: <NewsletterEditor /> },
      { path: 'mailings/:id/edit-newsletter', element: <NewsletterEditor /> },
      { path: 'mailings/new/visit-report', element: <VisitReportEditor /> },
      { path: 'mailings/:id/edit-visit-report', element: <VisitReportEditor /> },
      { path: 'register', element: <Register /> },
      { path: 'register/:id', element: <OrganizationPage /> },
      { path: 'replies', element: <RepliesList /> },
      { path: 'replies/:id', element: <MailingReplies /> },
      { path: 'settings', element: <Settings /> },
      // The dashboard's older links (/admin/members?view=…) land on the register.
      { path: 'members/*', element: <RedirectKeepingQuery to="/admin/register" /> },
      // Areas not built yet: replace an entry with the area's routes when it is.
      ...ADMIN_AREAS.filter(
        (area) =>
          !['', 'mailings', 'meetings', 'register', 'replies', 'settings'].includes(area.path),
      ).map((area) => ({
        path: `${area.path}/*`,
        element: <Preparing title={area.label} home={ADMIN_HOME} />,
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '/member', element: <MemberHome />, children: memberRoutes },
  { path: '/apply', element: <ApplyPage /> },
  { path: '/', element: <Navigate to="/admin/" replace /> },
  { path: '*', element: <NotFound /> },
]);
