/**
 * The Mailing node's ref, on its own so that ./content.graphql.ts (a newsletter item's
 * `visitReport` takes a Mailing's ID) and ./mailing.graphql.ts (which implements it and imports
 * the content types) need not import each other.
 */
import { isSecretariat } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { builder } from '../../graphql/builder.js';
import type { Mailing } from './mailing.js';
import { findMailingsByIds } from './mailing.repository.js';

export const MailingRef = builder.loadableNodeRef('Mailing', {
  id: { resolve: (m: Mailing) => m.id },
  load: async (ids: string[], context: Context) => {
    if (!isSecretariat(context.viewer)) return ids.map(() => null);
    const found = new Map((await findMailingsByIds(context.db, ids)).map((m) => [m.id, m]));
    return ids.map((id) => found.get(id) ?? null);
  },
  sort: (m: Mailing) => m.id,
});
