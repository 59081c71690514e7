import { sql } from 'kysely';

/**
 * The sending order of a mailing's deliveries (`ORDER BY`): the order their time-ordered ids
 * were drawn in — the audience's address order — written as the id's bytes, an order that only
 * the claimable index (mailing_id, uuid_send(id)) gives. `ORDER BY id` would let the planner walk
 * the primary key from the oldest delivery of all, filtering row by row
 * (migrations/2026_11_29_0016_delivery_sending_order.ts).
 */
export const SENDING_ORDER = sql`uuid_send(id)`;
