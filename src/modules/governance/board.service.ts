/**
 * Rules of board seats (幹事会): a seat is held by a member organisation for a term with a role;
 * one holder's terms never overlap, and there is at most one chair on any day. Every change is
 * audited in its own transaction.
 */

import { recordAudit } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/create-db.js';
import { NotFoundError, ValidationFailedError } from '../../errors.js';
import {
  findOverlappingSeats,
  findSeatsByIds,
  insertSeat,
  lockBoardSeats,
  setSeatEnd,
  wasActiveMemberOn,
} from './board.repository.js';
import type { BoardRole, BoardSeat } from './governance.js';
import { findOrganizationIds } from './meeting.repository.js';

const ROLE_LABEL: Record<BoardRole, string> = {
  CHAIR: '議長',
  VICE_CHAIR: '副議長',
  MEMBER: '幹事',
};

function term(seat: { startsOn: string; endsOn: string | null }): string {
  return `${seat.startsOn}〜${seat.endsOn ?? '（終了日未定）'}`;
}

export interface NewBoardSeat {
  readonly organizationId: string;
  readonly role: BoardRole;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

/** Gives a member organisation a seat for a term; rejects overlaps and a second chair. */
export async function addBoardSeat(db: Db, actor: Actor, input: NewBoardSeat): Promise<BoardSeat> {
  if (input.endsOn !== null && input.endsOn < input.startsOn) {
    throw new ValidationFailedError('任期の終了日は開始日以降の日付にしてください。', [
      { path: ['input', 'endsOn'], message: `終了日 ${input.endsOn} が開始日より前です。` },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    await lockBoardSeats(trx);
    if ((await findOrganizationIds(trx, [input.organizationId])).size === 0) {
      throw new NotFoundError('その団体は見つかりません。');
    }
    if (!(await wasActiveMemberOn(trx, input.organizationId, input.startsOn))) {
      throw new ValidationFailedError(
        `幹事会の席は会員団体から選ばれます。この団体は ${input.startsOn} に会員（活動中）ではありません。`,
        [{ path: ['input', 'organizationId'], message: '任期の開始日に会員ではない団体です。' }],
      );
    }
    await assertNoConflicts(trx, input);
    const seat = await insertSeat(trx, input);
    await recordAudit(trx, actor, {
      action: 'boardSeat.add',
      targetType: 'BoardSeat',
      targetId: seat.id,
      after: seat,
    });
    return seat;
  });
}

/** Sets the last day of a seat's term (included); the same checks as adding apply. */
export async function endBoardSeat(
  db: Db,
  actor: Actor,
  input: { seatId: string; endsOn: string },
): Promise<BoardSeat> {
  const { seatId, endsOn } = input;
  return db.transaction().execute(async (trx) => {
    await lockBoardSeats(trx);
    const [before] = await findSeatsByIds(trx, [seatId]);
    if (!before) throw new NotFoundError('その幹事の席は見つかりません。');
    if (endsOn < before.startsOn) {
      throw new ValidationFailedError(
        `任期の終了日は開始日（${before.startsOn}）以降の日付にしてください。`,
        [{ path: ['input', 'endsOn'], message: `終了日 ${endsOn} が開始日より前です。` }],
      );
    }
    await assertNoConflicts(trx, { ...before, endsOn }, before.id);
    const seat = await setSeatEnd(trx, seatId, endsOn);
    await recordAudit(trx, actor, {
      action: 'boardSeat.end',
      targetType: 'BoardSeat',
      targetId: seat.id,
      before: { endsOn: before.endsOn },
      after: { endsOn: seat.endsOn },
    });
    return seat;
  });
}

async function assertNoConflicts(db: Db, seat: NewBoardSeat, exceptSeatId?: string): Promise<void> {
  const own = await findOverlappingSeats(db, seat, {
    organizationId: seat.organizationId,
    ...(exceptSeatId ? { exceptSeatId } : {}),
  });
  const [clash] = own;
  if (clash) {
    throw new ValidationFailedError(
      `この団体は既に ${term(clash)} の${ROLE_LABEL[clash.role]}の席を持っています。一つの団体の任期は重ねられません。先に今の席の任期を終えてください。`,
      [{ path: ['input', 'startsOn'], message: `既存の任期 ${term(clash)} と重なります。` }],
    );
  }
  if (seat.role !== 'CHAIR') return;
  const chairs = await findOverlappingSeats(db, seat, {
    role: 'CHAIR',
    ...(exceptSeatId ? { exceptSeatId } : {}),
  });
  const [chair] = chairs;
  if (chair) {
    throw new ValidationFailedError(
      `議長は同時に一人だけです。${term(chair)} の議長の席と任期が重なります。前の議長の任期を終えてから追加してください。`,
      [{ path: ['input', 'role'], message: `議長の任期 ${term(chair)} と重なります。` }],
    );
  }
}
