/**
 * References in content, resolved when it is saved (before it is validated and rendered):
 * circulars name their issuers and related measures from the policy catalogue (written into the
 * content as printed names and titles, so what was sent stays readable if the catalogue
 * changes); newsletter items may point to a member organisation (its site is linked) and to a
 * 事務局訪問記 (its archive page is linked).
 */
import type { Db } from '../../db/create-db.js';
import type { FieldProblem } from '../../errors.js';
import { readId } from '../../lib/global-id.js';
import { isUuid } from '../../lib/uuid.js';
import {
  findMinistriesByCodes,
  findPolicyMeasuresByNumbers,
} from '../catalogue/catalogue.repository.js';
import { findLinkedReports, findOrganizationSites } from './mailing.repository.js';

/**
 * NOTICE content with `issuerCodes` turned into names (before the free-text `issuers`, without
 * repeating a name already there) and `relatedMeasures` numbers into `{ number, title }`.
 * Other kinds, and content that is not an object, are returned as they are.
 */
export async function resolveContentReferences(
  db: Db,
  content: unknown,
  path: readonly string[],
  problems: FieldProblem[],
  publicUrl: string,
): Promise<unknown> {
  if (typeof content !== 'object' || content === null) return content;
  const notice = normalizeContentIds(content as Record<string, unknown>, path, problems);
  if (notice.kind === 'NEWSLETTER') {
    return resolveNewsletterReferences(db, notice, path, problems, publicUrl);
  }
  if (notice.kind !== 'NOTICE') return notice;
  const resolved = { ...notice };

  const codes = notice.issuerCodes;
  if (Array.isArray(codes) && codes.length > 0) {
    const strings = codes.filter((c): c is string => typeof c === 'string');
    const found = new Map(
      (await findMinistriesByCodes(db, strings)).map((m) => [m.code, m.name] as const),
    );
    const names: string[] = [];
    codes.forEach((code, i) => {
      const name = typeof code === 'string' ? found.get(code) : undefined;
      if (name === undefined) {
        problems.push({
          path: [...path, 'issuerCodes', String(i)],
          message: `府省庁コード ${JSON.stringify(code)} はカタログにありません（ministries で確認できます）。`,
        });
      } else {
        names.push(name);
      }
    });
    const given = Array.isArray(notice.issuers) ? (notice.issuers as unknown[]) : [];
    resolved.issuers = [...names, ...given.filter((n) => !names.includes(n as string))];
  }

  const measures = notice.relatedMeasures;
  if (Array.isArray(measures) && measures.some((m) => typeof m === 'number')) {
    const numbers = measures.filter((m): m is number => Number.isInteger(m));
    const found = new Map(
      (await findPolicyMeasuresByNumbers(db, numbers)).map((m) => [m.number, m.title] as const),
    );
    resolved.relatedMeasures = measures.map((measure, i) => {
      if (typeof measure !== 'number') return measure;
      const title = found.get(measure);
      if (title === undefined) {
        problems.push({
          path: [...path, 'relatedMeasures', String(i)],
          message: `施策番号 ${measure} は重点計画のカタログにありません。`,
        });
      }
      return { number: measure, title: title ?? '' };
    });
  }
  return resolved;
}

type Item = Record<string, unknown> & { links?: unknown };

/** Adds the organisation's site and the visit report's archive page to the items' links. */
async function resolveNewsletterReferences(
  db: Db,
  newsletter: Record<string, unknown>,
  path: readonly string[],
  problems: FieldProblem[],
  publicUrl: string,
): Promise<unknown> {
  const sections = Array.isArray(newsletter.sections) ? (newsletter.sections as unknown[]) : [];
  const items = sections.flatMap((section, s) => {
    const list = (section as { items?: unknown })?.items;
    return Array.isArray(list)
      ? list.map((item, i) => ({
          item: item as Item,
          at: [...path, 'sections', String(s), 'items', String(i)],
        }))
      : [];
  });
  const orgIds = items.map(({ item }) => item.organizationId).filter(isUuidString);
  const reportIds = items.map(({ item }) => item.visitReportId).filter(isUuidString);
  if (orgIds.length === 0 && reportIds.length === 0) return newsletter;
  const organizations = new Map(
    (await findOrganizationSites(db, orgIds)).map((o) => [o.id, o] as const),
  );
  const reports = new Map((await findLinkedReports(db, reportIds)).map((m) => [m.id, m] as const));
  const base = publicUrl.replace(/\/+$/, '');
  // Typed input names the fields `organization` and `visitReport`; JSON content `…Id`.
  const json = path.includes('contentJson');
  const orgField = json ? 'organizationId' : 'organization';
  const reportField = json ? 'visitReportId' : 'visitReport';
  for (const { item, at } of items) {
    const links = Array.isArray(item.links) ? [...(item.links as { url?: unknown }[])] : [];
    const add = (label: string, url: string) => {
      if (!links.some((l) => l?.url === url)) links.push({ label, url } as never);
    };
    if (item.organizationId !== undefined) {
      const org = isUuidString(item.organizationId)
        ? organizations.get(item.organizationId)
        : undefined;
      if (!org) {
        problems.push({ path: [...at, orgField], message: 'その会員団体は見つかりません。' });
      } else if (org.website) {
        add(`${org.name}のウェブサイト`, org.website);
      }
    }
    if (item.visitReportId !== undefined) {
      const report = isUuidString(item.visitReportId) ? reports.get(item.visitReportId) : undefined;
      if (report?.kind !== 'VISIT_REPORT') {
        problems.push({
          path: [...at, reportField],
          message: 'その事務局訪問記は見つかりません。',
        });
      } else if (!report.is_public) {
        problems.push({
          path: [...at, reportField],
          message:
            'その事務局訪問記はアーカイブに公開しない設定です。公開にしてから紹介してください。',
        });
      } else {
        const title = (report.content as { title?: unknown })?.title;
        add(
          `事務局訪問記「${typeof title === 'string' ? title : report.subject}」を読む`,
          `${base}/archive/visit-reports/${report.id}`,
        );
      }
    }
    item.links = links;
  }
  return newsletter;
}

function isUuidString(value: unknown): value is string {
  return typeof value === 'string' && isUuid(value);
}

/**
 * The IDs in content as stored: uploaded files (`fileId` of attachments and photos) and a
 * newsletter item's organisation and visit report may be given as global IDs or UUIDs (docs/api.md,
 * "IDs"); the content keeps the UUID. An ID of another type, or one that is no ID, is a problem
 * at its field.
 */
function normalizeContentIds(
  content: Record<string, unknown>,
  path: readonly string[],
  problems: FieldProblem[],
): Record<string, unknown> {
  const read = (value: unknown, typename: string, at: readonly string[], hint: string): unknown => {
    if (typeof value !== 'string') return value;
    const reading = readId([typename], value);
    if (reading.ok && isUuid(reading.id)) return reading.id.toLowerCase();
    problems.push({ path: [...at], message: reading.ok ? hint : reading.message });
    return value;
  };
  const withIds = (
    list: unknown[],
    at: readonly string[],
    map: (entry: Record<string, unknown>, at: readonly string[]) => Record<string, unknown>,
  ): unknown[] =>
    list.map((entry, i) =>
      typeof entry === 'object' && entry !== null && !Array.isArray(entry)
        ? map(entry as Record<string, unknown>, [...at, String(i)])
        : entry,
    );
  const fileHint =
    'アップロードしたファイルの ID（POST /files の応答の id か fileId）を指定してください。';
  const withFileId = (entry: Record<string, unknown>, at: readonly string[]) =>
    entry.fileId === undefined
      ? entry
      : { ...entry, fileId: read(entry.fileId, 'File', [...at, 'fileId'], fileHint) };
  /** `entry` with its list `key` mapped (absent or not a list: unchanged). */
  const mapList = (
    entry: Record<string, unknown>,
    key: string,
    at: readonly string[],
    map: (item: Record<string, unknown>, at: readonly string[]) => Record<string, unknown>,
  ): Record<string, unknown> =>
    Array.isArray(entry[key])
      ? { ...entry, [key]: withIds(entry[key] as unknown[], [...at, key], map) }
      : entry;
  switch (content.kind) {
    case 'NOTICE':
      return mapList(content, 'attachments', path, withFileId);
    case 'VISIT_REPORT':
      return mapList(content, 'photos', path, withFileId);
    case 'NEWSLETTER':
      return mapList(content, 'sections', path, (section, at) =>
        mapList(section, 'items', at, (item, itemAt) => ({
          ...item,
          ...(item.organizationId === undefined
            ? {}
            : {
                organizationId: read(
                  item.organizationId,
                  'Organization',
                  [...itemAt, 'organizationId'],
                  '会員団体の ID を指定してください。',
                ),
              }),
          ...(item.visitReportId === undefined
            ? {}
            : {
                visitReportId: read(
                  item.visitReportId,
                  'Mailing',
                  [...itemAt, 'visitReportId'],
                  '事務局訪問記（メール）の ID を指定してください。',
                ),
              }),
        })),
      );
    default:
      return content;
  }
}
