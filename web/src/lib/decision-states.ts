/**
 * Where a request the secretariat decides stands — a membership application, a held profile
 * change, a working-group join/leave request: the API names it with `DecisionState`
 * (`DecisionRequest.decision`), people read Japanese. The console shows the secretariat's words;
 * the member pages tell the organisation the same states in its own terms.
 */
import type { DecisionState } from '../gql/graphql';

export const DECISION_LABELS: Record<DecisionState, string> = {
  PENDING: '審査待ち',
  APPROVED: '承認',
  REJECTED: '不承認',
  WITHDRAWN: '取り下げ',
  SUPERSEDED: '新しい申請に置き換え済み',
};

/** The same states as the member pages say them to the organisation that asked. */
export const DECISION_LABELS_FOR_MEMBERS: Record<DecisionState, string> = {
  PENDING: '事務局の確認待ち',
  APPROVED: '承認されました',
  REJECTED: '見送られました',
  WITHDRAWN: '取り下げ',
  SUPERSEDED: '新しい申請に置き換え済み',
};
