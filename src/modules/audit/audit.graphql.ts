import type { AuditActorKind } from '../../db/tables/system.js';
import { builder } from '../../graphql/builder.js';
import { offsetConnection } from '../../graphql/pagination.js';

interface AuditEvent {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorKind: AuditActorKind;
  readonly actorId: string | null;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly requestId: string | null;
}

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
    occurredAt: t.field({ type: 'DateTime', description: 'When.', resolve: (e) => e.occurredAt }),
    actorKind: t.field({
      type: AuditActorKindEnum,
      description: 'Who made the change.',
      resolve: (e) => e.actorKind,
    }),
    actorId: t.exposeString('actorId', { nullable: true, description: 'Account or API key id.' }),
    action: t.exposeString('action', {
      description: 'What was done, e.g. organization.updateProfile.',
    }),
    targetType: t.exposeString('targetType', { description: 'Kind of object changed.' }),
    targetId: t.exposeString('targetId', {
      nullable: true,
      description: 'Id of the object changed.',
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
      targetId: t.arg.string({ description: 'Only changes to this object.' }),
      action: t.arg.string({ description: 'Only this action.' }),
    },
    resolve: (_root, args, { db }) => {
      const query = db
        .selectFrom('audit_events')
        .$if(args.targetType != null, (q) => q.where('target_type', '=', args.targetType as string))
        .$if(args.targetId != null, (q) => q.where('target_id', '=', args.targetId as string))
        .$if(args.action != null, (q) => q.where('action', '=', args.action as string));
      return offsetConnection(
        args,
        (page) =>
          query
            .select([
              'id',
              'occurred_at as occurredAt',
              'actor_kind as actorKind',
              'actor_id as actorId',
              'action',
              'target_type as targetType',
              'target_id as targetId',
              'before',
              'after',
              'request_id as requestId',
            ])
            .orderBy('occurred_at', 'desc')
            .orderBy('id')
            .limit(page.limit)
            .offset(page.offset)
            .execute(),
        async () =>
          (
            await query
              .select((eb) => eb.fn.countAll<number>().as('count'))
              .executeTakeFirstOrThrow()
          ).count,
      );
    },
  }),
}));
