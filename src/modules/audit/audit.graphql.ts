import type { AuditActorKind } from '../../db/tables/system.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';
import { globalIdOf, ID_TYPE_NAMES, parseGlobalId } from '../../lib/global-id.js';
import { isUuid } from '../../lib/uuid.js';
import { type AuditEvent, countAuditEvents, findAuditEvents } from './audit.repository.js';

/** Objects with global IDs are shown by them (docs/api.md, "IDs"); others by their own id. */
function shownId(type: string, id: string | null): string | null {
  return id !== null && type in ID_TYPE_NAMES ? globalIdOf(type, id) : id;
}

/** The actor kinds whose actor is an account (others: an API key's id, `user@host` of the CLI). */
const ACCOUNT_ACTORS = new Set(['SECRETARIAT', 'MEMBER']);

const AuditActorKindEnum = builder.enumType('AuditActorKind', {
  description: 'Who made an audited change.',
  values: {
    ANONYMOUS: {
      description:
        'A caller without credentials (an application, a reply or unsubscribe link, a sign-in request).',
    },
    PARTNER: { description: 'A partner API key (`actorId` is its id).' },
    MEMBER: { description: 'A member organisation’s user (`actorId` is the account).' },
    SECRETARIAT: { description: 'Secretariat staff or an admin (`actorId` is the account).' },
    CLI: {
      description: 'The command-line tool on the server (`actorId` is the operator as user@host).',
    },
  } satisfies Record<AuditActorKind, { description: string }>,
});

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description:
    'One recorded change: who did what to which object, and the values before and after.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Event id.' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When.' }),
    actorKind: t.expose('actorKind', {
      type: AuditActorKindEnum,
      description: 'Who made the change.',
    }),
    actorId: t.string({
      nullable: true,
      description:
        'Who: the account’s ID (global ID) for SECRETARIAT and MEMBER, the API key’s id for PARTNER, `user@host` for CLI.',
      resolve: (e) => (ACCOUNT_ACTORS.has(e.actorKind) ? shownId('Account', e.actorId) : e.actorId),
    }),
    action: t.exposeString('action', {
      description: 'What was done, e.g. organization.updateProfile.',
    }),
    targetType: t.exposeString('targetType', { description: 'Kind of object changed.' }),
    targetId: t.string({
      nullable: true,
      description:
        'ID of the object changed: its global ID when it has one (Mailing, Organization, …), else its own id (ApiKey, Session).',
      resolve: (e) => shownId(e.targetType, e.targetId),
    }),
    before: t.string({
      nullable: true,
      description: 'Changed values before, as JSON text.',
      resolve: (e) => (e.before == null ? null : JSON.stringify(e.before)),
    }),
    after: t.string({
      nullable: true,
      description: 'Changed values after, as JSON text.',
      resolve: (e) => (e.after == null ? null : JSON.stringify(e.after)),
    }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'Request that made it.',
    }),
  }),
});

builder.queryFields((t) => ({
  auditEvents: t.connection({
    description: 'The audit trail, newest first. Secretariat only.',
    type: AuditEventRef,
    authScopes: { secretariat: true },
    args: {
      targetType: t.arg.string({ description: 'Only changes to this kind of object.' }),
      targetId: t.arg.string({
        description:
          'Only changes to this object: its ID (global ID, as `targetId` shows it) or its UUID.',
      }),
      action: t.arg.string({ description: 'Only this action.' }),
    },
    resolve: (_root, args, { db }) => {
      // A global ID names the type too; a UUID or another id is matched as stored.
      const given = args.targetId ?? null;
      const global = given === null ? undefined : parseGlobalId(given);
      const target =
        global && global.typename in ID_TYPE_NAMES
          ? global
          : given === null
            ? null
            : { id: isUuid(given) ? given.toLowerCase() : given };
      const filter = {
        targetType: args.targetType ?? null,
        target,
        action: args.action ?? null,
      };
      return offsetConnection(
        args,
        (page) => findAuditEvents(db, filter, page),
        () => countAuditEvents(db, filter),
      );
    },
  }),
}));
