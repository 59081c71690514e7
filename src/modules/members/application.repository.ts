/**
 * The SQL of membership applications: the application rows, the organisation and contact an
 * application creates, and the checks made before one is accepted. The service
 * (`application.service.ts`) holds the rules and the transaction.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/create-db.js';
import type { OrganizationRow } from '../../db/tables/members.js';
import { escapeLike, foldForSearch } from '../../lib/japanese-text.js';
import type { Application, ApplicationInput } from './application.js';

/** Names on the register (or of confirmed applications) starting like the folded name. */
export async function findNamesLike(db: Db, folded: string, except?: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organizations as o')
    .select('o.name')
    .where('o.status', '!=', 'REJECTED')
    .where('o.search_text', 'like', `${escapeLike(folded)}%`)
    .$if(except !== undefined, (q) => q.where('o.id', '!=', except as string))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('membership_applications as a')
            .select('a.organization_id')
            .whereRef('a.organization_id', '=', 'o.id')
            .where('a.confirmed_at', 'is', null),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.name);
}

/** Whether the address belongs to a contact of an organisation on the register (not rejected). */
export async function addressOnRegister(db: Db, email: string): Promise<boolean> {
  const found = await db
    .selectFrom('contacts as c')
    .innerJoin('organizations as o', 'o.id', 'c.organization_id')
    .select('c.id')
    .where(sql`lower(c.email)`, '=', email.toLowerCase())
    .where('o.status', 'not in', ['REJECTED', 'WITHDRAWN'])
    .executeTakeFirst();
  return found !== undefined;
}

/** Applications never confirmed go, with their organisation rows, once the link has expired. */
export async function removeExpiredApplications(db: Db): Promise<void> {
  await db
    .deleteFrom('organizations')
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('membership_applications')
        .select('organization_id')
        .where('confirmed_at', 'is', null)
        .where('confirm_expires_at', '<', sql<Date>`now()`),
    )
    .execute();
}

/** A designated city with its prefecture, if the code is one. */
export async function findDesignatedCity(db: Db, code: string) {
  return db
    .selectFrom('designated_cities as c')
    .innerJoin('prefectures as p', 'p.code', 'c.prefecture_code')
    .select(['c.name', 'c.prefecture_code', 'p.name as prefectureName'])
    .where('c.code', '=', code)
    .executeTakeFirst();
}

/** Writes the applying organisation (status APPLIED) and its applicant as primary contact. */
export async function insertApplyingOrganization(
  db: Db,
  id: string,
  input: ApplicationInput,
): Promise<OrganizationRow> {
  const row = await db
    .insertInto('organizations')
    .values({
      id,
      name: input.organizationName,
      name_kana: input.organizationNameKana,
      category_code: input.category,
      status: 'APPLIED',
      organization_type: input.organizationType,
      prefecture_code: input.prefectureCode,
      designated_city_code: input.designatedCityCode ?? null,
      scope: input.scope,
      fields_of_activity: [...input.fieldsOfActivity],
      website: input.website ?? null,
      description: input.description ?? null,
      published_fields: [...input.publishedFields],
      search_text: foldForSearch(`${input.organizationName} ${input.organizationNameKana}`),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('contacts')
    .values({
      organization_id: row.id,
      name: input.applicantName,
      name_kana: input.applicantNameKana ?? null,
      email: input.applicantEmail,
      phone: input.applicantPhone ?? null,
      roles: ['事務担当'],
      is_primary: true,
    })
    .execute();
  return row;
}

export async function insertApplication(
  db: Db,
  values: {
    organizationId: string;
    input: ApplicationInput;
    confirmTokenHash: Buffer;
    confirmTtlHours: number;
    duplicateAddress: boolean;
  },
): Promise<void> {
  const { input } = values;
  await db
    .insertInto('membership_applications')
    .values({
      organization_id: values.organizationId,
      applicant_name: input.applicantName,
      applicant_email: input.applicantEmail,
      message: input.message ?? null,
      normalized_name: foldForSearch(input.organizationName),
      confirm_token_hash: values.confirmTokenHash,
      confirm_expires_at: sql<Date>`now() + make_interval(hours => ${values.confirmTtlHours})`,
      duplicate_address: values.duplicateAddress,
    })
    .execute();
}

/** Marks the application of this token confirmed (once, before it expires); undefined if none. */
export async function confirmByTokenHash(db: Db, tokenHash: Buffer) {
  return db
    .updateTable('membership_applications')
    .set({ confirmed_at: sql`now()`, confirm_token_hash: null })
    .where('confirm_token_hash', '=', tokenHash)
    .where('confirmed_at', 'is', null)
    .where('confirm_expires_at', '>', sql<Date>`now()`)
    .returning(['organization_id', 'applicant_email'])
    .executeTakeFirst();
}

export async function findOrganizationRow(db: Db, id: string): Promise<OrganizationRow> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A confirmed application with its organisation's name and category, locked FOR UPDATE. */
export async function lockConfirmedApplication(db: Db, organizationId: string) {
  return (
    db
      .selectFrom('membership_applications as a')
      .innerJoin('organizations as o', 'o.id', 'a.organization_id')
      .selectAll('a')
      .select(['o.name as organization_name', 'o.category_code'])
      .where('a.organization_id', '=', organizationId)
      // Unconfirmed applications are not the secretariat's yet.
      .where('a.confirmed_at', 'is not', null)
      .forUpdate()
      .executeTakeFirst()
  );
}

export async function recordDecision(
  db: Db,
  organizationId: string,
  decision: {
    status: 'APPROVED' | 'REJECTED';
    decidedBy: string;
    rejectionReason?: string;
  },
): Promise<void> {
  await db
    .updateTable('membership_applications')
    .set({
      status: decision.status,
      decided_by: decision.decidedBy,
      decided_at: new Date(),
      ...(decision.rejectionReason !== undefined
        ? { rejection_reason: decision.rejectionReason }
        : {}),
    })
    .where('organization_id', '=', organizationId)
    .execute();
}

export async function findPrimaryContact(db: Db, organizationId: string) {
  return db
    .selectFrom('contacts')
    .select(['name', 'email'])
    .where('organization_id', '=', organizationId)
    .where('is_primary', '=', true)
    .executeTakeFirstOrThrow();
}

/** Makes the address a user of the organisation (its admin) unless an account already has it. */
export async function ensureOrganizationAdmin(
  db: Db,
  organizationId: string,
  contact: { name: string; email: string },
): Promise<void> {
  const existing = await db
    .selectFrom('accounts')
    .select('id')
    .where(sql`lower(email)`, '=', contact.email.toLowerCase())
    .executeTakeFirst();
  if (existing) return;
  await db
    .insertInto('accounts')
    .values({
      email: contact.email,
      display_name: contact.name,
      role: 'MEMBER',
      organization_id: organizationId,
      is_organization_admin: true,
    })
    .execute();
}

type ApplicationStatus = Application['status'];

/** `status` undefined: every status; null: a state no application reaches (matches nothing). */
function confirmedApplications(db: Db, status: ApplicationStatus | null | undefined) {
  return (
    db
      .selectFrom('membership_applications')
      // Not the secretariat's until the applicant confirmed the address.
      .where('confirmed_at', 'is not', null)
      .$if(status === null, (q) => q.where(sql<boolean>`false`))
      .$if(status != null, (q) => q.where('status', '=', status as ApplicationStatus))
  );
}

/** Confirmed applications, newest first. */
export async function findApplications(
  db: Db,
  status: ApplicationStatus | null | undefined,
  page: { limit: number; offset: number },
): Promise<Application[]> {
  return confirmedApplications(db, status)
    .select([
      'organization_id as organizationId',
      'applicant_name as applicantName',
      'applicant_email as applicantEmail',
      'message',
      'status',
      'rejection_reason as rejectionReason',
      'created_at as createdAt',
      'decided_at as decidedAt',
      'duplicate_address as duplicateAddress',
    ])
    .orderBy('created_at', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countApplications(
  db: Db,
  status: ApplicationStatus | null | undefined,
): Promise<number> {
  const row = await confirmedApplications(db, status)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
