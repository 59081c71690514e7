import type { Selectable } from 'kysely';
import type {
  AccountRole,
  AccountTable,
  ApiKeyTable,
  SessionTable,
} from '../../db/tables/accounts.js';

export interface Account {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly organizationId: string | null;
  readonly isOrganizationAdmin: boolean;
  readonly disabledAt: Date | null;
  readonly createdAt: Date;
  readonly lastSignInAt: Date | null;
}

export function toAccount(row: Selectable<AccountTable>): Account {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    organizationId: row.organization_id,
    isOrganizationAdmin: row.is_organization_admin,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    lastSignInAt: row.last_sign_in_at,
  };
}

export interface Session {
  readonly id: string;
  readonly accountId: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly lastUsedAt: Date;
  readonly revokedAt: Date | null;
  readonly userAgent: string | null;
  readonly clientIp: string | null;
}

export function toSession(row: Omit<Selectable<SessionTable>, 'token_hash'>): Session {
  return {
    id: row.id,
    accountId: row.account_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    userAgent: row.user_agent,
    clientIp: row.client_ip,
  };
}

export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly expiresAt: Date | null;
  readonly revokedAt: Date | null;
  readonly lastUsedAt: Date | null;
}

export function toApiKey(row: Omit<Selectable<ApiKeyTable>, 'secret_hash'>): ApiKey {
  return {
    id: row.id,
    name: row.name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}
