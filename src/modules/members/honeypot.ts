/**
 * The application form's honeypot: a field people never see (hidden from sight and from screen
 * readers) that form-filling bots fill in. An application that carries a value is answered as if
 * it had been accepted — the bot learns nothing — but nothing is stored and nothing is mailed.
 */
import { randomUUID } from 'node:crypto';
import type { FieldOfActivity, PublishableField } from '../../db/tables/members.js';
import type { Organization } from './organization.js';

/** Whether the honeypot was filled in (by a bot). */
export function honeypotFilled(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** What an accepted application looks like in the answer, built in memory only. */
export function decoyApplication(input: {
  organizationName: string;
  organizationNameKana: string;
  category: string;
  organizationType: string;
  prefectureCode: string;
  designatedCityCode?: string | null;
  scope: Organization['scope'];
  fieldsOfActivity: readonly string[];
  website?: string | null;
  description?: string | null;
  publishedFields?: readonly string[] | null;
}): Organization {
  return {
    id: randomUUID(),
    name: input.organizationName,
    nameKana: input.organizationNameKana,
    categoryCode: input.category,
    status: 'APPLIED',
    organizationType: input.organizationType,
    prefectureCode: input.prefectureCode,
    designatedCityCode: input.designatedCityCode ?? null,
    scope: input.scope,
    fieldsOfActivity: input.fieldsOfActivity as FieldOfActivity[],
    website: input.website ?? null,
    description: input.description ?? null,
    publishedFields: (input.publishedFields ?? [
      'name',
      'category',
      'prefecture',
    ]) as PublishableField[],
    joinedOn: null,
    version: 1,
    updatedAt: new Date(),
  };
}
