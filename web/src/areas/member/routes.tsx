/** The member area's screens under /member/ (see MemberHome for the shell). */
import type { RouteObject } from 'react-router';
import { NotFound } from '../NotFound';
import { Preparing } from '../Preparing';
import { ContactsPage } from './ContactsPage';
import { MEMBER_AREAS, MEMBER_HOME } from './MemberHome';
import { NoticesPage } from './NoticesPage';
import { OrganizationPage } from './OrganizationPage';
import { UsersPage } from './UsersPage';
import { WorkingGroupsPage } from './WorkingGroupsPage';

const BUILT: Record<string, RouteObject['element']> = {
  contacts: <ContactsPage />,
  'working-groups': <WorkingGroupsPage />,
  notices: <NoticesPage />,
  users: <UsersPage />,
};

export const memberRoutes: RouteObject[] = [
  { index: true, element: <OrganizationPage /> },
  ...MEMBER_AREAS.filter((area) => area.path !== '').map((area) => ({
    path: `${area.path}/*`,
    element: BUILT[area.path] ?? <Preparing title={area.label} home={MEMBER_HOME} />,
  })),
  { path: '*', element: <NotFound /> },
];
