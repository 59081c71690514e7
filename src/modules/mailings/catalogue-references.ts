/**
 * Circulars name their issuers and related measures from the policy catalogue. Before content
 * is validated and rendered, codes and numbers are looked up here and written into the content
 * as printed names and titles, so what was sent stays readable even if the catalogue changes.
 */
import type { Db } from '../../db/create-db.js';
import type { FieldProblem } from '../../graphql/errors.js';
import {
  findMinistriesByCodes,
  findPolicyMeasuresByNumbers,
} from '../catalogue/catalogue.repository.js';

/**
 * NOTICE content with `issuerCodes` turned into names (before the free-text `issuers`, without
 * repeating a name already there) and `relatedMeasures` numbers into `{ number, title }`.
 * Other kinds, and content that is not an object, are returned as they are.
 */
export async function resolveCatalogueReferences(
  db: Db,
  content: unknown,
  path: readonly string[],
  problems: FieldProblem[],
): Promise<unknown> {
  if (typeof content !== 'object' || content === null) return content;
  const notice = content as Record<string, unknown>;
  if (notice.kind !== 'NOTICE') return content;
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
