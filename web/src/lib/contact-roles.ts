/**
 * The register's contact roles: the API names them with the `ContactRole` enum, people read
 * the Japanese role. Used by the member portal's 担当者 and the console (register, audiences).
 */
import type { ContactRole } from '../gql/graphql';

export const CONTACT_ROLES: readonly { value: ContactRole; label: string }[] = [
  { value: 'REPRESENTATIVE', label: '代表' },
  { value: 'ADMINISTRATIVE_CONTACT', label: '事務担当' },
  { value: 'GENERAL_MEETING_DELEGATE', label: '総会代議員' },
  { value: 'BOARD_MEMBER', label: '幹事' },
  { value: 'WORKING_GROUP_CONTACT', label: '分科会担当' },
  { value: 'LONELINESS_ISOLATION_OFFICER', label: '孤独・孤立対策担当' },
];

const LABELS = new Map<string, string>(CONTACT_ROLES.map((r) => [r.value, r.label]));

/** The roles in Japanese, joined with 「、」 ('' for none). */
export function contactRoleLabels(roles: readonly ContactRole[]): string {
  return roles.map((role) => LABELS.get(role) ?? role).join('、');
}
