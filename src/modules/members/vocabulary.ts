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
  'designatedCity',
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
