/**
 * Writing the member import's plans in the import's transaction: new organisations in batches,
 * changed ones one by one, and the audit entries at the end.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type AuditEntry, recordAuditEntries } from '../../../audit/audit.js';
import type { Actor } from '../../../auth/actor.js';
import type { Db } from '../../../db/create-db.js';
import { foldForSearch } from '../../../lib/japanese-text.js';
import type { ImportMembersOptions } from './import-options.js';
import type { OrganizationPlan, OrganizationValues } from './import-plan.js';
import type { HistoryEntry } from './values.js';

// ---------------------------------------------------------------------------------------------
// Writing

/** Rows per INSERT: few round trips, well below Postgres's 65,535 bind parameters. */
const CHUNK = 500;

function* chunks<T>(items: readonly T[], size = CHUNK): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

export async function applyPlans(
  db: Db,
  actor: Actor,
  plans: readonly OrganizationPlan[],
  today: string,
  options: ImportMembersOptions,
): Promise<void> {
  const work = plans.filter((p) => p.kind !== 'unchanged');
  const audit: AuditEntry[] = [];
  // Events of one organisation written in one statement would share created_at, which orders
  // events of the same day: give each a distinct, increasing timestamp.
  const base = Date.now();
  let sequence = 0;
  const stamp = () => new Date(base + sequence++);
  let done = 0;
  const progress = () => options.onProgress?.(done, work.length);

  const creates = work.filter((p) => p.kind === 'create');
  // Batches of 100: few statements, and progress the reader can follow.
  for (const batch of chunks(creates, 100)) {
    // Ids chosen here, so nothing depends on the order RETURNING gives rows back in.
    const ids = batch.map((plan) => plan.id ?? randomUUID());
    await db
      .insertInto('organizations')
      .values(
        batch.map((plan, i) => ({
          id: ids[i] as string,
          ...(plan.values as OrganizationValues),
          search_text: plan.searchText as string,
        })),
      )
      .execute();
    const events = batch.flatMap((plan, i) =>
      plan.newEvents.map((e) => eventRow(ids[i] as string, e, stamp())),
    );
    for (const rows of chunks(events))
      await db.insertInto('membership_events').values(rows).execute();
    // Distinct created_at too, so contacts keep the file's order (export lists them by it).
    const contacts = batch.flatMap((plan, i) =>
      plan.contacts.map((c) => ({
        organization_id: ids[i] as string,
        ...c.values,
        created_at: stamp(),
      })),
    );
    for (const rows of chunks(contacts)) await db.insertInto('contacts').values(rows).execute();
    const memberships = batch.flatMap((plan, i) =>
      plan.memberships.map((m) => ({
        organization_id: ids[i] as string,
        working_group_number: m.number,
        role: m.role,
        joined_on: m.joinedOn,
      })),
    );
    for (const rows of chunks(memberships)) {
      await db.insertInto('working_group_memberships').values(rows).execute();
    }
    const applications = batch.flatMap((plan, i) =>
      plan.application
        ? [
            {
              organization_id: ids[i] as string,
              applicant_name: plan.application.name,
              applicant_email: plan.application.email,
              normalized_name: foldForSearch((plan.values as OrganizationValues).name),
              // Entered by the secretariat: nobody's address to confirm.
              confirmed_at: new Date(),
            },
          ]
        : [],
    );
    if (applications.length > 0) {
      await db.insertInto('membership_applications').values(applications).execute();
    }
    batch.forEach((plan, i) => {
      audit.push({
        action: 'organization.import',
        targetType: 'Organization',
        targetId: ids[i] as string,
        after: {
          ...plan.values,
          events: plan.newEvents.length,
          contacts: plan.contacts.length,
          workingGroups: plan.memberships.map((m) => m.number),
        },
      });
    });
    done += batch.length;
    progress();
  }

  for (const plan of work.filter((p) => p.kind === 'update')) {
    const id = plan.id as string;
    const v = plan.values;
    if (Object.keys(v).length > 0) {
      await db
        .updateTable('organizations')
        .set((eb) => ({
          ...v,
          ...(plan.searchText !== undefined ? { search_text: plan.searchText } : {}),
          version: eb('version', '+', 1),
          updated_at: sql`now()`,
        }))
        .where('id', '=', id)
        .execute();
    }
    if (plan.newEvents.length > 0) {
      await db
        .insertInto('membership_events')
        .values(plan.newEvents.map((e) => eventRow(id, e, stamp())))
        .execute();
    }
    if (plan.unsetPrimary.length > 0) {
      await db
        .updateTable('contacts')
        .set({ is_primary: false, updated_at: sql`now()` })
        .where('id', 'in', plan.unsetPrimary)
        .execute();
    }
    // Contacts losing the primary flag first, so the one-primary index never sees two.
    const ordered = [...plan.contacts].sort(
      (a, b) => Number(a.values.is_primary) - Number(b.values.is_primary),
    );
    for (const c of ordered) {
      if (c.id) {
        await db
          .updateTable('contacts')
          .set({ ...c.values, updated_at: sql`now()` })
          .where('id', '=', c.id)
          .execute();
      } else {
        await db
          .insertInto('contacts')
          .values({ organization_id: id, ...c.values, created_at: stamp() })
          .execute();
      }
    }
    for (const m of plan.memberships) {
      if (m.kind === 'add') {
        await db
          .insertInto('working_group_memberships')
          .values({
            organization_id: id,
            working_group_number: m.number,
            role: m.role,
            joined_on: m.joinedOn,
          })
          .execute();
      } else if (m.kind === 'update') {
        await db
          .updateTable('working_group_memberships')
          .set({ role: m.role, joined_on: m.joinedOn })
          .where('id', '=', m.id as string)
          .execute();
      } else {
        await db
          .updateTable('working_group_memberships')
          .set({ left_on: today })
          .where('id', '=', m.id as string)
          .execute();
      }
    }
    audit.push({
      action: 'organization.import',
      targetType: 'Organization',
      targetId: id,
      before: {
        ...plan.before,
        ...(plan.contacts.some((c) => c.before)
          ? {
              contacts: plan.contacts
                .filter((c) => c.before)
                .map((c) => ({ email: c.before?.email })),
            }
          : {}),
      },
      after: {
        ...plan.values,
        ...(plan.newEvents.length > 0
          ? { events: plan.newEvents.map((e) => `${e.occurredOn} ${e.kind}`) }
          : {}),
        ...(plan.contacts.length > 0
          ? { contacts: plan.contacts.map((c) => ({ email: c.values.email, new: !c.id })) }
          : {}),
        ...(plan.memberships.length > 0
          ? { workingGroups: plan.memberships.map((m) => `${m.kind} ${m.number}`) }
          : {}),
      },
    });
    done += 1;
    if (done % 25 === 0 || done === work.length) progress();
  }
  // One entry per organisation written, under the actor (the CLI operator: kind CLI).
  if (audit.length > 0) await recordAuditEntries(db, actor, audit);
}

function eventRow(organizationId: string, e: HistoryEntry, createdAt: Date) {
  return {
    organization_id: organizationId,
    kind: e.kind,
    occurred_on: e.occurredOn,
    status_after: e.statusAfter,
    category_after: e.categoryAfter,
    note: e.note,
    created_at: createdAt,
  };
}
