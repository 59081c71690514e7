/** The 会議 area's screens under /admin/ (they take precedence over the 準備中 placeholder). */
import type { RouteObject } from 'react-router';
import { BoardComposition } from './BoardComposition';
import { MeetingDetail } from './MeetingDetail';
import { EditMeeting, NewMeeting } from './MeetingForm';
import { MeetingList } from './MeetingList';

export const meetingRoutes: RouteObject[] = [
  { path: 'meetings', element: <MeetingList /> },
  { path: 'meetings/new', element: <NewMeeting /> },
  { path: 'meetings/board', element: <BoardComposition /> },
  { path: 'meetings/:id', element: <MeetingDetail /> },
  { path: 'meetings/:id/edit', element: <EditMeeting /> },
];
