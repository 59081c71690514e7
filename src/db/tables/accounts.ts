/** Kysely table types of accounts and how they sign in: tokens, sessions, API keys, rate limits. */
import type { Generated } from 'kysely';
import type { NullableTimestamp, RequiredTimestamp, Timestamp } from './columns.js';

export type AccountRole = 'SECRETARIAT_ADMIN' | 'SECRETARIAT_STAFF' | 'MEMBER';

export interface AccountTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  role: AccountRole;
  organization_id: string | null;
  is_organization_admin: Generated<boolean>;
  disabled_at: NullableTimestamp;
  created_at: Timestamp;
  last_sign_in_at: NullableTimestamp;
}

export interface SignInTokenTable {
  id: Generated<string>;
  account_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: RequiredTimestamp;
  redeemed_at: NullableTimestamp;
}

export interface SessionTable {
  id: Generated<string>;
  account_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: RequiredTimestamp;
  last_used_at: Timestamp;
  revoked_at: NullableTimestamp;
  user_agent: string | null;
  client_ip: string | null;
}

export interface ApiKeyTable {
  id: string;
  name: string;
  secret_hash: Buffer;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
}

export interface RateLimitCounterTable {
  key: string;
  window_start: RequiredTimestamp;
  hits: number;
}

export type AccountTables = {
  accounts: AccountTable;
  sign_in_tokens: SignInTokenTable;
  sessions: SessionTable;
  api_keys: ApiKeyTable;
  rate_limit_counters: RateLimitCounterTable;
};
