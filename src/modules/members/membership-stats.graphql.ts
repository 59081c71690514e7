import { z } from 'zod';
import { builder } from '../../graphql/builder.js';
import { todayInJapan } from '../../lib/japan-date.js';
import {
  cachedMembershipCategories,
  MembershipCategoryRef,
} from '../reference/reference.graphql.js';
import type { MembershipCategory } from '../reference/reference.repository.js';
import { countMembersByCategory, countMembersByMonth } from './membership-stats.repository.js';

interface MembershipStats {
  readonly asOf: string;
  readonly byCategory: readonly { category: MembershipCategory; count: number }[];
}

const CategoryCountRef = builder.objectRef<MembershipStats['byCategory'][number]>('CategoryCount');
CategoryCountRef.implement({
  description: 'Number of active members in one category.',
  fields: (t) => ({
    category: t.expose('category', {
      type: MembershipCategoryRef,
      description: 'The category.',
    }),
    count: t.exposeInt('count', { description: 'Active members in the category.' }),
  }),
});

const countOf = (stats: MembershipStats, code: string) =>
  stats.byCategory.find((c) => c.category.code === code)?.count ?? 0;

const MembershipStatsRef = builder.objectRef<MembershipStats>('MembershipStats');
MembershipStatsRef.implement({
  description: 'Active members per category on a date, from the dated membership history.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'Date', description: 'The date counted.' }),
    regular: t.int({ description: '正会員 (REGULAR).', resolve: (s) => countOf(s, 'REGULAR') }),
    supporting: t.int({
      description: '賛助会員 (SUPPORTING).',
      resolve: (s) => countOf(s, 'SUPPORTING'),
    }),
    cooperating: t.int({
      description: '協力会員 (COOPERATING).',
      resolve: (s) => countOf(s, 'COOPERATING'),
    }),
    total: t.int({
      description: 'All active members.',
      resolve: (s) => s.byCategory.reduce((sum, c) => sum + c.count, 0),
    }),
    byCategory: t.expose('byCategory', {
      type: [CategoryCountRef],
      description: 'Counts per category, in category order.',
    }),
  }),
});

builder.queryFields((t) => ({
  membershipStats: t.field({
    description:
      'Active members per category on a date (default: today, Japan time), e.g. 628 on 2025-05-01.',
    type: MembershipStatsRef,
    args: { asOf: t.arg({ type: 'Date', description: 'The date to count on.' }) },
    resolve: async (_root, args, { db }) => {
      const asOf = args.asOf ?? todayInJapan();
      const [categories, counts] = await Promise.all([
        cachedMembershipCategories(db),
        countMembersByCategory(db, asOf),
      ]);
      return {
        asOf,
        byCategory: categories.map((category) => ({
          category,
          count: counts.find((c) => c.categoryCode === category.code)?.count ?? 0,
        })),
      };
    },
  }),
}));

builder.queryFields((t) => ({
  membershipSeries: t.field({
    description:
      'Active members per category at the end of each month from `from` to `to` (at most 120 months), for charts.',
    type: [MembershipStatsRef],
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First month (any day in it).' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last month (any day in it).' }),
    },
    validate: z
      .object({ from: z.string(), to: z.string() })
      .refine((a) => a.from <= a.to, { message: 'from は to 以前の日付にしてください。' })
      .refine((a) => monthsBetween(a.from, a.to) <= 120, {
        message: '一度に取得できるのは 120 か月分までです。',
      }),
    resolve: async (_root, { from, to }, { db }) => {
      const [categories, counts] = await Promise.all([
        cachedMembershipCategories(db),
        countMembersByMonth(db, from, to),
      ]);
      const months = monthEnds(from, to);
      return months.map((monthEnd) => ({
        asOf: monthEnd,
        byCategory: categories.map((category) => ({
          category,
          count:
            counts.find((c) => c.monthEnd === monthEnd && c.categoryCode === category.code)
              ?.count ?? 0,
        })),
      }));
    },
  }),
}));

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Month-end dates (YYYY-MM-DD) of every month from `from`'s to `to`'s. */
export function monthEnds(from: string, to: string): string[] {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const count = monthsBetween(from, to);
  return Array.from({ length: count }, (_, i) => {
    const end = new Date(Date.UTC(fy, fm - 1 + i + 1, 0));
    return end.toISOString().slice(0, 10);
  });
}
