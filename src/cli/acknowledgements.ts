/**
 * `export acknowledgements MAILING`: the replies to a circular (事務連絡), one row per addressed
 * organisation, as CSV in UTF-8 with a BOM so that Excel opens it.
 */

import { globalIdOf } from '../lib/global-id.js';
import { csvLine, UTF8_BOM } from '../modules/members/csv/csv.js';
import { replyRequestOf } from '../modules/replies/reply.js';
import { listReplies } from '../modules/replies/reply.repository.js';
import { CliError, type CommandSpec, EXIT, UsageError } from './command.js';
import { jstTimestamp } from './deliveries.js';
import { mustFindMailing } from './mailings.js';
import { writeOutput } from './output.js';

const CHANNEL_LABELS: Record<string, string> = {
  LINK: 'メールのリンク',
  API: 'API（会員ユーザー）',
  SECRETARIAT: '事務局が記録',
};

export const exportAcknowledgementsCommand: CommandSpec = {
  path: ['export', 'acknowledgements'],
  summary:
    'Export the replies to a circular (事務連絡) as CSV (UTF-8 with BOM): who replied, when, what.',
  description:
    'One row per organisation the circular addressed (including those reached only by a reminder, and those it could not reach), in 五十音順: organisation, delivered (yes/no) and the addresses, replied at (Japan time), answer, channel, whether the reply came through a reminder, and whether it was late. Give the original circular, not a reminder.',
  arguments: [
    {
      name: 'MAILING',
      description: 'The circular: its ID as the API and the CLI show it, or its UUID.',
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
  examples: ['tsunagari export acknowledgements 0b8f…-… -o 回答状況.csv'],
  async run(context, { values, positionals }) {
    const [given, extra] = positionals;
    if (!given) throw new UsageError('missing the mailing id', 'export acknowledgements');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`, 'export acknowledgements');
    const db = await context.database();
    const mailing = await mustFindMailing(db, given, 'export acknowledgements');
    if (mailing.reminderOf) {
      throw new CliError(
        `mailing ${globalIdOf('Mailing', mailing.id)} is a reminder; export the circular it reminds of (${globalIdOf('Mailing', mailing.reminderOf)})`,
      );
    }
    if (!replyRequestOf(mailing.kind, mailing.content)) {
      throw new CliError(
        `mailing ${globalIdOf('Mailing', mailing.id)} is not a circular (NOTICE) that asks for replies`,
      );
    }
    const replies = await listReplies(db, mailing.id, null);
    const ackDeliveries = replies.flatMap((r) =>
      r.acknowledgement?.deliveryId ? [r.acknowledgement.deliveryId] : [],
    );
    const viaReminder = new Set(
      ackDeliveries.length === 0
        ? []
        : (
            await db
              .selectFrom('deliveries')
              .select('id')
              .where('id', 'in', ackDeliveries)
              .where('mailing_id', '<>', mailing.id)
              .execute()
          ).map((d) => d.id),
    );
    const yesNo = (value: boolean) => (value ? 'はい' : 'いいえ');
    const lines = [
      UTF8_BOM,
      csvLine([
        '団体ID',
        '団体名',
        '配信',
        '宛先アドレス',
        '回答日時',
        '回答',
        '回答経路',
        '再送経由',
        '期限後',
      ]),
      ...replies.map((r) => {
        const ack = r.acknowledgement;
        return csvLine([
          r.organizationId,
          r.organizationName,
          yesNo(r.delivered),
          r.addresses.join(' '),
          ack ? jstTimestamp(ack.respondedAt) : '',
          ack?.answer ?? '',
          ack ? (CHANNEL_LABELS[ack.channel] ?? ack.channel) : '',
          ack ? yesNo(ack.deliveryId !== null && viaReminder.has(ack.deliveryId)) : '',
          ack ? yesNo(ack.late) : '',
        ]);
      }),
    ];
    const target = await writeOutput(context, values.output as string | undefined, lines);
    const replied = replies.filter((r) => r.acknowledgement).length;
    context.err(
      `Exported ${replies.length} organisations (${replied} replied) of 「${mailing.subject}」${target}.`,
    );
    return EXIT.OK;
  },
};
