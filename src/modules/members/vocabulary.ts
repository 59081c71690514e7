/** Controlled vocabularies of the member register. */

/** The controlled vocabulary of `organizations.fields_of_activity`: code → Japanese label. */
export const FIELDS_OF_ACTIVITY = {
  CHILDREN: 'こども・若者',
  ELDERLY: '高齢者',
  POVERTY: '生活困窮',
  SUICIDE_PREVENTION: '自殺対策',
  DISABILITY: '障害',
  FOREIGN_RESIDENTS: '外国人',
  HOUSING: '住まい',
  CONSULTATION: '相談支援',
  PLACE_TO_BELONG: '居場所づくり',
  COMMUNITY: '地域づくり',
  HEALTH: '健康・医療',
  EMPLOYMENT: '就労',
  DISASTER: '災害・被災者',
  LGBTQ: '性的マイノリティ',
  FAMILY: '家族・子育て',
  RESEARCH: '調査研究',
  FUNDING: '助成',
} as const;

/** A code of {@link FIELDS_OF_ACTIVITY}. */
export type FieldOfActivity = keyof typeof FIELDS_OF_ACTIVITY;

/** Profile fields a member can agree to show in the public directory (`published_fields`). */
export const PUBLISHABLE_FIELDS = [
  'name',
  'nameKana',
  'category',
  'organizationType',
  'prefecture',
  'scope',
  'fieldsOfActivity',
  'website',
  'description',
] as const;

/** A value of {@link PUBLISHABLE_FIELDS}. */
export type PublishableField = (typeof PUBLISHABLE_FIELDS)[number];

/** The roles a contact can hold (`contacts.roles`). */
export const CONTACT_ROLES = [
  '代表',
  '事務担当',
  '総会代議員',
  '幹事',
  '分科会担当',
  '孤独・孤立対策担当',
] as const;

/** A value of {@link CONTACT_ROLES}. */
export type ContactRole = (typeof CONTACT_ROLES)[number];

/**
 * Each role's name in the API (the GraphQL enum `ContactRole`), with what it means. The register,
 * its CSV files and the mail engine keep the Japanese role; only the API speaks these names.
 */
export const CONTACT_ROLE_NAMES = {
  代表: { name: 'REPRESENTATIVE', meaning: 'represents the organisation (代表者)' },
  事務担当: {
    name: 'ADMINISTRATIVE_CONTACT',
    meaning: 'handles the organisation’s business with the secretariat',
  },
  総会代議員: {
    name: 'GENERAL_MEETING_DELEGATE',
    meaning: 'attends and votes at the general meeting (総会) for the organisation',
  },
  幹事: { name: 'BOARD_MEMBER', meaning: 'sits on the board (幹事会) for the organisation' },
  分科会担当: {
    name: 'WORKING_GROUP_CONTACT',
    meaning: 'takes part in the working groups (分科会) the organisation belongs to',
  },
  '孤独・孤立対策担当': {
    name: 'LONELINESS_ISOLATION_OFFICER',
    meaning: 'is in charge of loneliness and isolation measures (孤独・孤立対策)',
  },
} as const satisfies Record<ContactRole, { name: string; meaning: string }>;

export function isContactRole(value: string): value is ContactRole {
  return (CONTACT_ROLES as readonly string[]).includes(value);
}
