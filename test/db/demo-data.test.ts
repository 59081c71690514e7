/**
 * The demo data a newcomer tries: a board that a 幹事会 notice reaches, and open items (the
 * 事務連絡's reply deadline, the 幹事会) dated after the day the demo is loaded, not in 2025.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { todayInJapan } from '../../src/lib/japan-date.js';
import { wasActiveMemberOn } from '../../src/modules/governance/board.repository.js';
import { meetingInvitees } from '../../src/modules/governance/meeting.service.js';
import { loadDemoAccounts } from '../../src/seed/demo-accounts.js';
import { loadDemoBoard } from '../../src/seed/demo-board.js';
import { loadDemoMailings } from '../../src/seed/demo-mailings.js';
import { graphql } from '../generated/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let database: TestDatabase;
let server: TestServer;
// A day the demo could be loaded on, far from the 2025 history: 2031-02-14 10:00 in Japan.
const LOADED_AT = new Date('2031-02-14T01:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
  server = await startTestServer({ db: database.db });
  await loadDemoBoard(database.db);
  await loadDemoAccounts(database.db);
  await loadDemoMailings(database.db, loadConfig({ NODE_ENV: 'test' }), { now: LOADED_AT });
});

interface Composition {
  size: number;
  chair: { organization: { category: string } } | null;
  viceChairs: { organization: { category: string } }[];
  members: { organization: { category: string } }[];
}

async function composition(asOf: string): Promise<Composition> {
  const { data, errors } = await server.graphql(BOARD_COMPOSITION, { asOf });
  expect(errors).toBeUndefined();
  return data?.boardComposition as Composition;
}

const BOARD_COMPOSITION = graphql(`
  query DemoDataBoardComposition($asOf: Date) { boardComposition(asOf: $asOf) { size
      chair { organization { category } } viceChairs { organization { category } }
      members { organization { category } } } }
`);

describe('demo board (幹事会)', () => {
  it('seats a chair and a dozen-odd members from different categories, today and later', async () => {
    for (const asOf of [todayInJapan(), '2031-02-14']) {
      const board = await composition(asOf);
      expect(board.size).toBeGreaterThanOrEqual(10);
      expect(board.size).toBeLessThanOrEqual(16);
      expect(board.chair?.organization.category).toBe('REGULAR');
      expect(board.viceChairs.length).toBeGreaterThanOrEqual(1);
      const categories = new Set(
        [board.chair, ...board.viceChairs, ...board.members].map((s) => s?.organization.category),
      );
      expect(categories).toEqual(new Set(['REGULAR', 'SUPPORTING', 'COOPERATING']));
    }
  });

  it('had a previous term, and every seat follows the board rules', async () => {
    expect((await composition('2024-04-01')).size).toBeGreaterThan(0);
    const seats = await database.db.selectFrom('board_seats').selectAll().execute();
    for (const seat of seats) {
      expect(await wasActiveMemberOn(database.db, seat.organization_id, seat.starts_on)).toBe(true);
    }
    const chairs = seats.filter((s) => s.role === 'CHAIR');
    expect(chairs.length).toBe(2); // one per term, and the terms do not overlap
    for (const organizationId of new Set(seats.map((s) => s.organization_id))) {
      const own = seats.filter((s) => s.organization_id === organizationId);
      const sorted = own.toSorted((a, b) => a.starts_on.localeCompare(b.starts_on));
      for (let i = 1; i < sorted.length; i += 1) {
        expect((sorted[i - 1]?.ends_on ?? '9999-12-31') < (sorted[i]?.starts_on ?? '')).toBe(true);
      }
    }
  });

  it('loads only once', async () => {
    const before = await database.db.selectFrom('board_seats').select('id').execute();
    expect(await loadDemoBoard(database.db)).toBe(0);
    const after = await database.db.selectFrom('board_seats').select('id').execute();
    expect(after.length).toBe(before.length);
  });
});

describe('demo mailings and meeting', () => {
  it('asks for the 事務連絡 reply two weeks after the day the demo was loaded', async () => {
    const notice = await database.db
      .selectFrom('mailings')
      .select('content')
      .where('kind', '=', 'NOTICE')
      .executeTakeFirstOrThrow();
    expect(notice.content).toMatchObject({ date: '2031-02-14', reply: { deadline: '2031-02-28' } });
  });

  it('schedules a 幹事会 four weeks ahead whose notice reaches the whole board', async () => {
    const meeting = await database.db
      .selectFrom('meetings')
      .select(['id', 'meeting_date'])
      .where('body', '=', 'BOARD')
      .executeTakeFirstOrThrow();
    expect(meeting.meeting_date).toBe('2031-03-14'); // a Friday, 28 days later
    const invitees = await meetingInvitees(database.db, meeting.id);
    expect(invitees.length).toBe((await composition('2031-03-14')).size);
    expect(invitees.length).toBeGreaterThanOrEqual(10);
    const notice = await database.db
      .selectFrom('mailings')
      .select(['content', 'status'])
      .where('meeting_id', '=', meeting.id)
      .executeTakeFirstOrThrow();
    expect(notice.content).toMatchObject({ date: '2031-03-14', replyDeadline: '2031-03-07' });
  });
});
