/**
 * The board (幹事会): seats for terms, the composition on any date, the overlap and single-chair
 * rules, `Organization.boardSeat` without N+1, permissions and the audit trail.
 */

import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInJapan } from '../../src/lib/japan-date.js';

import {
  audits,
  type GovernanceWorld,
  governanceWorld,
  localId,
  longStandingMembers,
  orgId,
} from '../helpers/governance.js';

let world: GovernanceWorld;
const queries: string[] = [];
/** Long-standing members a–h. */
let a: string, b: string, c: string, d: string, e: string, f: string, g: string, h: string;

const ADD = `mutation($input: AddBoardSeatInput!) {
  addBoardSeat(input: $input) {
    __typename
    ... on BoardSeatPayload { seat { id role startsOn endsOn organization { id } } }
    ... on Error { code message }
    ... on ValidationFailedError { problems { path message } }
  }
}`;

const END = `mutation($input: EndBoardSeatInput!) {
  endBoardSeat(input: $input) {
    __typename
    ... on BoardSeatPayload { seat { id endsOn } }
    ... on Error { code message }
  }
}`;

const COMPOSITION = `query($asOf: Date) {
  boardComposition(asOf: $asOf) {
    asOf size
    chair { organization { id } }
    viceChairs { organization { id } }
    members { organization { id } }
  }
}`;

async function add(organizationId: string, role: string, startsOn: string, endsOn?: string) {
  const data = await world.ok(ADD, {
    input: { organizationId: orgId(organizationId), role, startsOn, endsOn },
  });
  return data.addBoardSeat;
}

async function seatOk(organizationId: string, role: string, startsOn: string, endsOn?: string) {
  const result = await add(organizationId, role, startsOn, endsOn);
  expect(result.__typename, JSON.stringify(result)).toBe('BoardSeatPayload');
  return result.seat as { id: string };
}

async function composition(asOf: string) {
  const data = await world.ok(COMPOSITION, { asOf }, world.anonymous);
  const ids = (seats: { organization: { id: string } }[]) =>
    seats.map((s) => localId(s.organization.id)).sort();
  const c = data.boardComposition;
  return {
    size: c.size as number,
    chair: c.chair ? localId(c.chair.organization.id) : null,
    viceChairs: ids(c.viceChairs),
    members: ids(c.members),
  };
}

let chairA: { id: string };
let chairB: { id: string };

beforeAll(async () => {
  world = await governanceWorld({ onQuery: (q) => queries.push(q) });
  [a, b, c, d, e, f, g, h] = (await longStandingMembers(world.db, 8)) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  chairA = await seatOk(a, 'CHAIR', '2023-04-01', '2025-03-31');
  chairB = await seatOk(b, 'CHAIR', '2025-04-01');
  await seatOk(c, 'VICE_CHAIR', '2023-04-01');
  await seatOk(d, 'MEMBER', '2024-04-01');
  await seatOk(e, 'MEMBER', '2024-04-01', '2026-03-31');
  await seatOk(f, 'MEMBER', '2023-04-01', '2024-03-31');
});

describe('board composition on a date', () => {
  it('gives the seats held that day, both ends of a term included', async () => {
    expect(await composition('2022-06-01')).toEqual({
      size: 0,
      chair: null,
      viceChairs: [],
      members: [],
    });
    expect(await composition('2023-04-01')).toEqual({
      size: 3,
      chair: a,
      viceChairs: [c],
      members: [f],
    });
    expect(await composition('2024-03-31')).toEqual({
      size: 3,
      chair: a,
      viceChairs: [c],
      members: [f],
    });
    expect(await composition('2024-04-01')).toEqual({
      size: 4,
      chair: a,
      viceChairs: [c],
      members: [d, e].sort(),
    });
    expect(await composition('2025-03-31')).toMatchObject({ chair: a, size: 4 });
    expect(await composition('2025-04-01')).toEqual({
      size: 4,
      chair: b,
      viceChairs: [c],
      members: [d, e].sort(),
    });
    expect(await composition('2026-04-01')).toEqual({
      size: 3,
      chair: b,
      viceChairs: [c],
      members: [d],
    });
  });

  it('lists boardSeats chair first, then vice chairs, then members; today by default', async () => {
    const data = await world.ok(
      '{ boardSeats(asOf: "2025-05-01") { role startsOn endsOn isCurrent } today: boardSeats { role } }',
      {},
      world.partner,
    );
    expect(data.boardSeats.map((s: { role: string }) => s.role)).toEqual([
      'CHAIR',
      'VICE_CHAIR',
      'MEMBER',
      'MEMBER',
    ]);
    expect(data.boardSeats[0]).toMatchObject({ startsOn: '2025-04-01', endsOn: null });
    const expectedToday = (await composition(todayInJapan())).size;
    expect(data.today).toHaveLength(expectedToday);
  });

  it('is public: anonymous callers, partners and members read it alike', async () => {
    const member = await world.member(h);
    const results = await Promise.all(
      [world.anonymous, world.partner, member, world.staff].map((headers) =>
        world.ok(COMPOSITION, { asOf: '2025-05-01' }, headers),
      ),
    );
    for (const result of results) expect(result).toEqual(results[0]);
  });
});

describe('seat rules', () => {
  it('rejects a second seat of one organisation in an overlapping term', async () => {
    const before = await world.db.selectFrom('board_seats').select('id').execute();
    for (const [start, end] of [
      ['2025-01-01', undefined],
      ['2022-12-31', '2023-04-01'],
      ['2025-03-31', '2025-06-30'],
    ] as const) {
      const result = await add(a, 'MEMBER', start, end);
      expect(result.__typename).toBe('ValidationFailedError');
      expect(result.code).toBe('VALIDATION_FAILED');
      expect(result.message).toMatch(/重ね/);
    }
    expect(await world.db.selectFrom('board_seats').select('id').execute()).toHaveLength(
      before.length,
    );
    // The day after the term ends is free.
    await seatOk(a, 'MEMBER', '2025-04-01', '2025-09-30');
  });

  it('rejects more than one chair at a time', async () => {
    const open = await add(g, 'CHAIR', '2026-06-01');
    expect(open.__typename).toBe('ValidationFailedError');
    expect(open.problems[0].path).toEqual(['input', 'role']);
    const past = await add(g, 'CHAIR', '2024-01-01', '2024-06-30');
    expect(past.__typename).toBe('ValidationFailedError');
    // Once the chair's term ends, the next chair may start the day after.
    const ended = (await world.ok(END, { input: { seatId: chairB.id, endsOn: '2026-12-31' } }))
      .endBoardSeat;
    expect(ended).toEqual({
      __typename: 'BoardSeatPayload',
      seat: { id: chairB.id, endsOn: '2026-12-31' },
    });
    await seatOk(g, 'CHAIR', '2027-01-01');
    // Extending the old chair's term back over the new one is rejected the same way.
    const extend = (await world.ok(END, { input: { seatId: chairB.id, endsOn: '2027-03-31' } }))
      .endBoardSeat;
    expect(extend.code).toBe('VALIDATION_FAILED');
  });

  it('rejects a term ending before it starts and a holder that is not a member then', async () => {
    const backwards = await add(h, 'MEMBER', '2025-04-01', '2025-03-31');
    expect(backwards.code).toBe('VALIDATION_FAILED');
    const early = (await world.ok(END, { input: { seatId: chairA.id, endsOn: '2023-03-31' } }))
      .endBoardSeat;
    expect(early.code).toBe('VALIDATION_FAILED');
    // h joined in 2022 or earlier, so it was not a member in 2021.
    const beforeJoining = await add(h, 'MEMBER', '2021-04-01', '2021-12-31');
    expect(beforeJoining.code).toBe('VALIDATION_FAILED');
    const withdrawn = await world.db
      .selectFrom('organizations')
      .select('id')
      .where('status', '=', 'WITHDRAWN')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect((await add(withdrawn.id, 'MEMBER', '2026-11-01')).code).toBe('VALIDATION_FAILED');
  });

  it('answers NOT_FOUND for an unknown seat', async () => {
    const result = (
      await world.ok(END, {
        input: {
          seatId: encodeGlobalID('BoardSeat', '00000000-0000-4000-8000-000000000000'),
          endsOn: '2026-01-01',
        },
      })
    ).endBoardSeat;
    expect(result.code).toBe('NOT_FOUND');
  });
});

describe('permissions and audit', () => {
  it('lets only the secretariat change seats', async () => {
    const member = await world.member(h);
    const input = { organizationId: orgId(h), role: 'MEMBER', startsOn: '2026-10-01' };
    for (const [headers, code] of [
      [world.anonymous, 'UNAUTHENTICATED'],
      [world.partner, 'FORBIDDEN'],
      [member, 'FORBIDDEN'],
    ] as const) {
      expect((await world.denied(ADD, { input }, headers)).codes).toEqual([code]);
      expect(
        (await world.denied(END, { input: { seatId: chairA.id, endsOn: '2025-01-01' } }, headers))
          .codes,
      ).toEqual([code]);
    }
    expect(
      await world.db
        .selectFrom('board_seats')
        .select('id')
        .where('organization_id', '=', h)
        .execute(),
    ).toEqual([]);
  });

  it('writes an audit event for every change', async () => {
    const addsBefore = await audits(world.db, 'boardSeat.add');
    const seat = await seatOk(h, 'MEMBER', '2026-10-01');
    expect(await audits(world.db, 'boardSeat.add')).toBe(addsBefore + 1);
    expect(await audits(world.db, 'boardSeat.add', localId(seat.id))).toBe(1);
    await world.ok(END, { input: { seatId: seat.id, endsOn: '2027-09-30' } });
    const event = await world.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'boardSeat.end')
      .where('target_id', '=', localId(seat.id))
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      actor_kind: 'SECRETARIAT',
      target_type: 'BoardSeat',
      before: { endsOn: null },
      after: { endsOn: '2027-09-30' },
    });
  });
});

describe('Organization.boardSeat', () => {
  it('gives the seat held today', async () => {
    const data = await world.ok(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization { id boardSeat { role endsOn } } } }`,
      { ids: [orgId(c), orgId(f), orgId(d)] },
      world.anonymous,
    );
    expect(data.nodes.map((n: { boardSeat: unknown }) => n.boardSeat)).toEqual([
      { role: 'VICE_CHAIR', endsOn: null },
      null,
      { role: 'MEMBER', endsOn: null },
    ]);
  });

  it('costs the same number of SQL queries for 10 and 100 organisations', async () => {
    const count = async (first: number) => {
      queries.length = 0;
      const data = await world.ok(
        `query($first: Int!) { organizations(first: $first) { edges { node { name boardSeat { role startsOn organization { name } } } } } }`,
        { first },
        world.staff,
      );
      expect(data.organizations.edges).toHaveLength(first);
      // Sign-in look-ups and the rate limit's once-a-second flush are not the page's queries.
      return queries.filter((q) => !/sessions|accounts|rate_limit_counters/.test(q)).length;
    };
    await count(10); // warm-up: reference data is then answered from memory
    expect(await count(100)).toBe(await count(10));
  });
});
