/** The contacts of the demo register's organisations. */
import type { Insertable } from 'kysely';
import type { ContactRole, ContactTable } from '../../db/tables/members.js';
import type { BuildContext, DemoOrganization } from './model.js';
import { at, type Rng, type Weighted } from './random.js';
import type { PersonName } from './sources.js';

// ---------------------------------------------------------------------------------------------
// Contacts

const CONTACT_COUNTS: Weighted<number> = [
  [1, 25],
  [2, 40],
  [3, 25],
  [4, 10],
];
const ROLE_MAILBOXES = ['info', 'office', 'jimukyoku', 'contact'] as const;
const LOCAL_GOVERNMENT_MAILBOX = 'kodoku-koritsu';

interface ContactDraft {
  readonly person: { readonly name: string; readonly kana: string; readonly romaji: string };
  readonly roles: ContactRole[];
}

export function planContacts(
  ctx: BuildContext,
  organizations: readonly DemoOrganization[],
  workingGroupMemberIds: ReadonlySet<string>,
  boardIds: ReadonlySet<string>,
): Insertable<ContactTable>[] {
  const rows = organizations.flatMap((org) => {
    const drafts = draftContacts(ctx, org, workingGroupMemberIds.has(org.id), boardIds.has(org.id));
    const emails = new Set<string>();
    return drafts.map((draft, index) => contactRow(ctx, org, draft, index, emails));
  });
  markUndeliverable(ctx.rng, rows);
  return rows;
}

function draftContacts(
  ctx: BuildContext,
  org: DemoOrganization,
  inWorkingGroup: boolean,
  onBoard: boolean,
): ContactDraft[] {
  const count = org.identity.localGovernment ? 2 : ctx.rng.weighted(CONTACT_COUNTS);
  const people = drawPeople(ctx, count);
  const roles = org.identity.localGovernment
    ? localGovernmentRoles()
    : organisationRoles(ctx.rng, count, inWorkingGroup);
  if (inWorkingGroup && !roles.some((r) => r.includes('分科会担当')))
    at(roles, 0).push('分科会担当');
  // The board seat goes to the 代表 (second contact) of an organisation, to the primary contact of
  // a local government.
  if (onBoard) at(roles, org.identity.localGovernment || roles.length === 1 ? 0 : 1).push('幹事');
  return people.map((person, index) => ({ person, roles: at(roles, index) }));
}

/** Roles by position; the first contact is the primary one, the second usually the 代表. */
function organisationRoles(rng: Rng, count: number, inWorkingGroup: boolean): ContactRole[][] {
  if (count === 1) return [['代表', '事務担当', '総会代議員']];
  const primaryIsDelegate = rng.chance(0.5);
  const roles: ContactRole[][] = [
    primaryIsDelegate ? ['事務担当', '総会代議員'] : ['事務担当'],
    primaryIsDelegate ? ['代表'] : ['代表', '総会代議員'],
    [inWorkingGroup ? '分科会担当' : '事務担当'],
    ['孤独・孤立対策担当'],
  ];
  return roles.slice(0, count);
}

function localGovernmentRoles(): ContactRole[][] {
  return [['孤独・孤立対策担当', '総会代議員'], ['事務担当']];
}

/** `count` fictional people with distinct names. */
function drawPeople(ctx: BuildContext, count: number): ContactDraft['person'][] {
  const { surnames, givenNames } = ctx.sources.people;
  const people = new Map<string, ContactDraft['person']>();
  while (people.size < count) {
    const surname: PersonName = ctx.rng.pick(surnames);
    const given: PersonName = ctx.rng.pick(givenNames);
    const name = `${surname[0]}\u3000${given[0]}`;
    people.set(name, {
      name,
      kana: `${surname[1]}\u3000${given[1]}`,
      romaji: `${given[2]}.${surname[2]}`,
    });
  }
  return [...people.values()];
}

function contactRow(
  ctx: BuildContext,
  org: DemoOrganization,
  draft: ContactDraft,
  index: number,
  takenEmails: Set<string>,
): Insertable<ContactTable> {
  const { rng } = ctx;
  const primary = index === 0;
  let mailbox = draft.person.romaji;
  if (primary && org.identity.localGovernment) mailbox = LOCAL_GOVERNMENT_MAILBOX;
  else if (primary && rng.chance(0.4)) mailbox = rng.pick(ROLE_MAILBOXES);
  return {
    id: ctx.ids.uuid(),
    organization_id: org.id,
    name: draft.person.name,
    name_kana: draft.person.kana,
    email: uniqueEmail(mailbox, org.identity.domain, takenEmails),
    phone: rng.chance(0.65) ? fictionalPhone(rng, org.identity.prefectureCode) : null,
    roles: draft.roles,
    is_primary: primary,
    opted_out_kinds: primary ? [] : chooseOptOuts(rng),
  };
}

function uniqueEmail(mailbox: string, domain: string, taken: Set<string>): string {
  let email = `${mailbox}@${domain}`;
  for (let n = 2; taken.has(email); n += 1) email = `${mailbox}${n}@${domain}`;
  taken.add(email);
  return email;
}

/** The 0000 exchange is not assigned in Japan, so these numbers reach nobody. */
function fictionalPhone(rng: Rng, prefectureCode: string): string {
  const area = prefectureCode === '27' ? '06' : '03';
  return `${area}-0000-${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

function chooseOptOuts(rng: Rng): string[] {
  const roll = rng.next();
  if (roll < 0.004) return ['NEWSLETTER', 'VISIT_REPORT'];
  if (roll < 0.02) return ['NEWSLETTER'];
  return [];
}

/** A few addresses of fictional organisations bounced and one complained, to show e-mail health. */
function markUndeliverable(rng: Rng, contacts: Insertable<ContactTable>[]): void {
  const fictional = contacts.filter((c) => c.email.includes('@demo-'));
  const [complained, ...bounced] = rng.sample(fictional, 4);
  if (complained) complained.email_status = 'COMPLAINED';
  for (const contact of bounced) contact.email_status = 'BOUNCED';
}
