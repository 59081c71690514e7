/**
 * `export deliveries`: the deliveries of a mailing as CSV (UTF-8 with BOM), in sending order.
 */
import type { Db } from '../db/create-db.js';
import type { DeliveryStatus } from '../db/tables/mailings.js';
import { SENDING_ORDER } from '../mail/engine/sending-order.js';
import { csvLine, UTF8_BOM } from '../modules/members/csv/csv.js';
import { type CommandSpec, EXIT, UsageError } from './command.js';
import { mustFindMailing } from './mailings.js';
import { writeOutput } from './output.js';

const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  QUEUED: '送信待ち',
  SENDING: '送信中',
  SENT: '送信済み',
  RETRY: '再試行待ち',
  FAILED: '失敗',
  BOUNCED: '不達',
  SUPPRESSED: '配信停止',
  UNKNOWN: '不明',
  CANCELLED: '中止',
};

export function jstTimestamp(date: Date | null): string {
  if (!date) return '';
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'short',
    timeStyle: 'medium',
  }).format(date);
}

/** The deliveries of a mailing as CSV lines (UTF-8 with BOM), in sending order. */
export async function deliveriesCsv(
  db: Db,
  mailingId: string,
): Promise<{ lines: string[]; count: number }> {
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('mailing_id', '=', mailingId)
    .orderBy(SENDING_ORDER)
    .execute();
  const lines = [
    UTF8_BOM,
    csvLine([
      '団体ID',
      '団体名',
      '宛先名',
      'メールアドレス',
      '状態',
      '送らなかった理由',
      '試行回数',
      '送信日時',
      '最後の応答',
      'エラー',
    ]),
    ...rows.map((d) =>
      csvLine([
        d.organization_id,
        d.organization_name,
        d.recipient_name,
        d.address,
        DELIVERY_STATUS_LABELS[d.status] ?? d.status,
        d.suppression_reason,
        d.attempts,
        jstTimestamp(d.sent_at),
        d.last_smtp_reply,
        d.last_error,
      ]),
    ),
  ];
  return { lines, count: rows.length };
}

export const exportDeliveriesCommand: CommandSpec = {
  path: ['export', 'deliveries'],
  summary:
    "Export a mailing's deliveries as CSV (UTF-8 with BOM): who was sent what, and how it went.",
  description:
    'One row per recipient, in sending order: organisation, recipient, address, status, why it was not sent, attempts, time sent (Japan time), last SMTP reply and error.',
  arguments: [
    {
      name: 'MAILING',
      description: 'The mailing: its ID as the API and the CLI show it, or its UUID.',
    },
  ],
  options: {
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: 'Write to FILE (default: standard output).',
    },
  },
  examples: ['tsunagari export deliveries 0b8f…-… -o 配信結果.csv'],
  async run(context, { values, positionals }) {
    const [given, extra] = positionals;
    if (!given) throw new UsageError('missing the mailing id', 'export deliveries');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`, 'export deliveries');
    const db = await context.database();
    const mailing = await mustFindMailing(db, given, 'export deliveries');
    const { lines, count } = await deliveriesCsv(db, mailing.id);
    const target = await writeOutput(context, values.output as string | undefined, lines);
    context.err(`Exported ${count} deliveries of 「${mailing.subject}」${target}.`);
    return EXIT.OK;
  },
};
