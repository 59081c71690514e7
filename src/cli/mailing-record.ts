/**
 * `export mailing MAILING --dir DIR`: the record of a mailing for a records request (情報公開請求
 * or an audit) — what went out, to whom, when, prepared and approved by whom — as files a person
 * can open: the metadata and content as JSON, the message as HTML and text, the deliveries as CSV.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { globalIdOf } from '../lib/global-id.js';
import { previewEmail } from '../mail/render/index.js';
import { countDeliveries } from '../modules/mailings/mailing.repository.js';
import { compiledOf } from '../modules/mailings/mailing.service.js';
import { CliError, type CommandSpec, EXIT, UsageError } from './command.js';
import { deliveriesCsv, jstTimestamp } from './deliveries.js';
import { mustFindMailing } from './mailings.js';

export const exportMailingCommand: CommandSpec = {
  path: ['export', 'mailing'],
  summary:
    'Export the record of a mailing into a directory: metadata and content (JSON), the message (HTML, text), deliveries (CSV).',
  description:
    'Writes mailing.json (kind, subject, status, who prepared, approved and started it and when, the audience definition, the content, counts per delivery status), message.html and message.txt (the message as it was rendered, filled for the sample recipient: names and personal links differ per recipient) and deliveries.csv (every recipient, status and time sent; UTF-8 with BOM). The directory must not exist yet, so nothing is overwritten.',
  arguments: [
    {
      name: 'MAILING',
      description: 'The mailing: its ID as the API and the CLI show it, or its UUID.',
    },
  ],
  options: {
    dir: {
      type: 'string',
      short: 'd',
      valueName: 'DIR',
      description: 'The directory to create (required).',
    },
  },
  examples: ['tsunagari export mailing 0b8f…-… --dir 記録/熱中症予防の事務連絡'],
  async run(context, { values, positionals }) {
    const [given, extra] = positionals;
    if (!given) throw new UsageError('missing the mailing id', 'export mailing');
    if (extra) throw new UsageError(`unexpected argument "${extra}"`, 'export mailing');
    const dirOption = values.dir as string | undefined;
    if (!dirOption)
      throw new UsageError('give the directory to write with --dir', 'export mailing');
    const dir = context.resolvePath(dirOption);
    const db = await context.database();
    const mailing = await mustFindMailing(db, given, 'export mailing');
    const accountIds = [mailing.createdBy, mailing.approvedBy, mailing.startedBy].filter(
      (id): id is string => id !== null,
    );
    const accounts = new Map(
      (accountIds.length
        ? await db
            .selectFrom('accounts')
            .select(['id', 'email', 'display_name'])
            .where('id', 'in', accountIds)
            .execute()
        : []
      ).map((a) => [a.id, { name: a.display_name, email: a.email }] as const),
    );
    // IDs as the API and the rest of the CLI show them (global IDs).
    const who = (id: string | null) =>
      id ? { id: globalIdOf('Account', id), ...accounts.get(id) } : null;
    const counts = (await countDeliveries(db, [mailing.id])).get(mailing.id);
    const message = previewEmail(await compiledOf(db, mailing.id));
    const { lines, count } = await deliveriesCsv(db, mailing.id);
    const record = {
      id: globalIdOf('Mailing', mailing.id),
      kind: mailing.kind,
      subject: mailing.subject,
      status: mailing.status,
      preparedBy: who(mailing.createdBy),
      createdAt: jstTimestamp(mailing.createdAt),
      approvalRequired: mailing.approvalRequired,
      approvedBy: who(mailing.approvedBy),
      approvedAt: jstTimestamp(mailing.approvedAt),
      approvedVersion: mailing.approvedVersion,
      startedBy: who(mailing.startedBy),
      startedAt: jstTimestamp(mailing.startedAt),
      audienceResolvedAt: jstTimestamp(mailing.resolvedAt),
      completedAt: jstTimestamp(mailing.completedAt),
      cancelledAt: jstTimestamp(mailing.cancelledAt),
      reminderOf: mailing.reminderOf && globalIdOf('Mailing', mailing.reminderOf),
      organizationCount: mailing.organizationCount,
      deliveries: counts ?? null,
      audience: mailing.audience,
      content: mailing.content,
      note: 'message.html / message.txt are filled for the sample recipient; each delivery had its own name and personal links.',
    };
    try {
      await fs.mkdir(path.dirname(dir), { recursive: true });
      await fs.mkdir(dir);
    } catch (error) {
      throw new CliError(
        (error as NodeJS.ErrnoException).code === 'EEXIST'
          ? `${dirOption} already exists; give a new directory (nothing is overwritten)`
          : `cannot create ${dirOption}: ${(error as Error).message}`,
      );
    }
    await fs.writeFile(path.join(dir, 'mailing.json'), `${JSON.stringify(record, null, 2)}\n`);
    await fs.writeFile(path.join(dir, 'message.html'), message.html);
    await fs.writeFile(path.join(dir, 'message.txt'), message.text);
    await fs.writeFile(path.join(dir, 'deliveries.csv'), lines.join(''));
    context.err(
      `Exported 「${mailing.subject}」 (${count} deliveries) to ${dirOption}: mailing.json, message.html, message.txt, deliveries.csv.`,
    );
    return EXIT.OK;
  },
};
