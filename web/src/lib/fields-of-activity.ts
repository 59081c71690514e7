/**
 * 活動分野: the register's fields of activity (the API's codes) in Japanese, as the source
 * documents name them. One table for the console and the member pages.
 */
export const FIELD_OF_ACTIVITY_LABELS: Readonly<Record<string, string>> = {
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
};
