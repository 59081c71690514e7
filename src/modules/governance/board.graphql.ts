/**
 * The board (幹事会): seats held by member organisations for a term, the composition on any
 * date (public), seat changes (secretariat) and `Organization.boardSeat`.
 */

import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.js';
import { NotFoundError, ValidationFailedError } from '../../errors.js';
import { builder } from '../../graphql/builder.js';
import { todayInJapan } from '../../lib/japan-date.js';
import { OrganizationRef } from '../members/organization.graphql.js';
import { findSeatsByIds, findSeatsOfOrganizationsOn, findSeatsOn } from './board.repository.js';
import { addBoardSeat, endBoardSeat } from './board.service.js';
import type { BoardSeat } from './governance.js';

export const BoardSeatRef = builder.loadableNodeRef('BoardSeat', {
  id: { resolve: (seat: BoardSeat) => seat.id },
  load: (ids: string[], { db }) => findSeatsByIds(db, ids),
  sort: (seat: BoardSeat) => seat.id,
});

export const BoardRoleEnum = builder.enumType('BoardRole', {
  description: 'Role of a seat on the board (幹事会).',
  values: {
    CHAIR: { description: 'Chair of the board (議長); at most one on any day.' },
    VICE_CHAIR: { description: 'Vice chair (副議長).' },
    MEMBER: { description: 'Board member (幹事).' },
  } as const,
});

function heldOn(seat: BoardSeat, date: string): boolean {
  return seat.startsOn <= date && (seat.endsOn === null || seat.endsOn >= date);
}

BoardSeatRef.implement({
  description:
    'A seat on the board (幹事会) held by a member organisation for a term, both ends included. Public: who sits on the board is public information.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      description:
        'The organisation holding the seat; its fields follow the organisation’s own visibility rules (null if it is not visible to you).',
      resolve: (seat) => seat.organizationId,
    }),
    role: t.expose('role', { type: BoardRoleEnum, description: 'Role.' }),
    startsOn: t.expose('startsOn', {
      type: 'Date',
      description: 'First day of the term.',
    }),
    endsOn: t.expose('endsOn', {
      type: 'Date',
      nullable: true,
      description: 'Last day of the term (included); null while the term is open.',
    }),
    isCurrent: t.boolean({
      description: 'Whether the seat is held today (in Japan).',
      resolve: (seat) => heldOn(seat, todayInJapan()),
    }),
  }),
});

interface BoardComposition {
  readonly asOf: string;
  readonly seats: readonly BoardSeat[];
}

const BoardCompositionRef = builder.objectRef<BoardComposition>('BoardComposition').implement({
  description: 'Who sits on the board (幹事会) on a date.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date', description: 'The date.' }),
    chair: t.field({
      type: BoardSeatRef,
      nullable: true,
      description: 'The chair (議長) that day, if any.',
      resolve: (c) => c.seats.find((s) => s.role === 'CHAIR') ?? null,
    }),
    viceChairs: t.field({
      type: [BoardSeatRef],
      description: 'Vice chairs (副議長) that day, in 五十音順.',
      resolve: (c) => c.seats.filter((s) => s.role === 'VICE_CHAIR'),
    }),
    members: t.field({
      type: [BoardSeatRef],
      description: 'Other board members (幹事) that day, in 五十音順.',
      resolve: (c) => c.seats.filter((s) => s.role === 'MEMBER'),
    }),
    seats: t.field({
      type: [BoardSeatRef],
      description: 'All seats held that day: chair, vice chairs, members.',
      resolve: (c) => [...c.seats],
    }),
    size: t.int({ description: 'Number of seats held that day.', resolve: (c) => c.seats.length }),
  }),
});

const AS_OF = { type: 'Date', description: 'The date; today in Japan when omitted.' } as const;

builder.queryFields((t) => ({
  boardSeats: t.field({
    type: [BoardSeatRef],
    description:
      'Seats on the board (幹事会) held on a date: chair, vice chairs, then members, each in 五十音順. Public.',
    authScopes: { public: true },
    args: { asOf: t.arg(AS_OF) },
    resolve: (_root, args, { db }) => findSeatsOn(db, args.asOf ?? todayInJapan()),
  }),
  boardComposition: t.field({
    type: BoardCompositionRef,
    description: 'The board (幹事会) on a date, by role. Public.',
    authScopes: { public: true },
    args: { asOf: t.arg(AS_OF) },
    resolve: async (_root, args, { db }) => {
      const asOf = args.asOf ?? todayInJapan();
      return { asOf, seats: await findSeatsOn(db, asOf) };
    },
  }),
}));

/** Today's board seat per organisation id, batched per request. */
const seatTodayLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, BoardSeat | null>(async (ids) => {
      const seats = await findSeatsOfOrganizationsOn(context.db, ids, todayInJapan());
      const byOrganization = new Map(seats.map((s) => [s.organizationId, s]));
      return ids.map((id) => byOrganization.get(id) ?? null);
    }),
);

builder.objectField(OrganizationRef, 'boardSeat', (t) =>
  t.field({
    type: BoardSeatRef,
    nullable: true,
    description: 'The board (幹事会) seat the organisation holds today (in Japan), if any. Public.',
    // The directory page brings the seat along; other rows ask the dataloader.
    resolve: (organization, _args, context) =>
      organization.prefetched
        ? organization.prefetched.boardSeat
        : seatTodayLoader(context).load(organization.id),
  }),
);

const AddBoardSeatInput = builder.inputType('AddBoardSeatInput', {
  description: 'A new seat on the board for a term.',
  fields: (t) => ({
    organizationId: t.globalID({
      required: true,
      for: OrganizationRef,
      description: 'The member organisation; it must be an active member on `startsOn`.',
    }),
    role: t.field({ type: BoardRoleEnum, required: true, description: 'Role.' }),
    startsOn: t.field({ type: 'Date', required: true, description: 'First day of the term.' }),
    endsOn: t.field({
      type: 'Date',
      description: 'Last day of the term (included); omit for an open term.',
    }),
  }),
});

const EndBoardSeatInput = builder.inputType('EndBoardSeatInput', {
  description: 'The end of a seat’s term.',
  fields: (t) => ({
    seatId: t.globalID({ required: true, for: BoardSeatRef, description: 'The seat.' }),
    endsOn: t.field({
      type: 'Date',
      required: true,
      description: 'Last day of the term (included); not before its first day.',
    }),
  }),
});

const BoardSeatPayload = builder.objectRef<{ seat: BoardSeat }>('BoardSeatPayload').implement({
  description: 'The seat after the change.',
  fields: (t) => ({
    seat: t.expose('seat', { type: BoardSeatRef, description: 'The seat.' }),
  }),
});

builder.mutationFields((t) => ({
  addBoardSeat: t.field({
    type: BoardSeatPayload,
    description:
      'Gives a member organisation a board seat for a term. Rejected (VALIDATION_FAILED) when the organisation already holds a seat in an overlapping term, or when a second chair would sit at the same time. Secretariat only.',
    authScopes: { secretariat: true },
    errors: { types: [ValidationFailedError, NotFoundError] },
    args: { input: t.arg({ type: AddBoardSeatInput, required: true, description: 'The seat.' }) },
    resolve: async (_root, { input }, context) => ({
      seat: await addBoardSeat(context.db, context, {
        organizationId: input.organizationId.id,
        role: input.role,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
      }),
    }),
  }),
  endBoardSeat: t.field({
    type: BoardSeatPayload,
    description:
      'Sets the last day of a seat’s term (to end it, or to correct it); the overlap and single-chair rules apply. Secretariat only.',
    authScopes: { secretariat: true },
    errors: { types: [ValidationFailedError, NotFoundError] },
    args: { input: t.arg({ type: EndBoardSeatInput, required: true, description: 'The end.' }) },
    resolve: async (_root, { input }, context) => ({
      seat: await endBoardSeat(context.db, context, {
        seatId: input.seatId.id,
        endsOn: input.endsOn,
      }),
    }),
  }),
}));
