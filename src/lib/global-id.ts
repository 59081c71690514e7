/**
 * The two spellings of an object's ID. The API, the console, the CLI and the URLs they hand out
 * show the **global ID** (Relay: base64 of `Type:id`, e.g. `TWFpbGluZzo…`); the database, the
 * member CSV's 団体ID, public file addresses and links already sent in e-mails hold the **raw
 * id** (a UUID). Every input that names an object of a known type accepts either: the global ID
 * of that type or the raw UUID. A global ID of another type is refused with a message saying
 * what it is and what was expected (docs/api.md, "IDs").
 */
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { isUuid } from './uuid.js';

/** Japanese names of the types that have global IDs, for messages. */
export const ID_TYPE_NAMES: Readonly<Record<string, string>> = {
  Account: 'アカウント',
  AgendaItem: '議事',
  ArchiveItem: 'アーカイブの記事',
  BoardSeat: '幹事会の役職',
  Contact: '担当者',
  Delivery: '配信',
  File: 'ファイル',
  Mailing: 'メール',
  Meeting: '会議',
  Organization: '団体',
  PolicyMeasure: '施策',
  Suppression: '配信停止',
  WorkingGroup: '分科会',
};

/** 「メール（Mailing）」: how a message names a type. */
export function idTypeName(typename: string): string {
  const name = ID_TYPE_NAMES[typename];
  return name ? `${name}（${typename}）` : typename;
}

/** The global ID of an object: what the API shows as its `id`. */
export function globalIdOf(typename: string, rawId: string): string {
  return encodeGlobalID(typename, rawId);
}

/** The type and raw id a global ID stands for, or undefined when `value` is not one. */
export function parseGlobalId(value: string): { typename: string; id: string } | undefined {
  if (isUuid(value)) return undefined;
  try {
    return decodeGlobalID(value.trim());
  } catch {
    return undefined;
  }
}

/** A value read as an ID of one type: the raw id, or why it is not one (in Japanese). */
export type IdReading =
  | { readonly ok: true; readonly typename: string; readonly id: string }
  | { readonly ok: false; readonly message: string };

/**
 * `value` as the raw id of an object of one of `typenames`: a global ID of one of them, or —
 * when there is exactly one — a raw UUID. No `typenames` means any type (`node(id:)`), where a
 * UUID says too little. Type names are not checked against a schema; the GraphQL layer refuses
 * global IDs of types it does not have.
 */
export function readId(typenames: readonly string[], value: string): IdReading {
  const trimmed = value.trim();
  const expected = typenames.map(idTypeName).join('・');
  if (isUuid(trimmed)) {
    const [only] = typenames;
    if (only !== undefined && typenames.length === 1) {
      return { ok: true, typename: only, id: trimmed.toLowerCase() };
    }
    return {
      ok: false,
      message: `「${trimmed}」は UUID で、何の ID か分かりません。ここには API が返した id（グローバル ID）を指定してください。`,
    };
  }
  const decoded = parseGlobalId(trimmed);
  if (!decoded) {
    return {
      ok: false,
      message:
        typenames.length === 0
          ? `「${value}」はこの API の ID ではありません。API が返した id（グローバル ID）をそのまま指定してください。`
          : `「${value}」は${expected}の ID ではありません。API が返した id（グローバル ID）か UUID を指定してください。`,
    };
  }
  if (typenames.length > 0 && !typenames.includes(decoded.typename)) {
    return {
      ok: false,
      message: `「${value}」は${idTypeName(decoded.typename)}の ID です。ここには${expected}の ID を指定してください。`,
    };
  }
  return { ok: true, typename: decoded.typename, id: decoded.id };
}
