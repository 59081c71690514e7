/**
 * The local mailbox used when SMTP_URL is unset: a real SMTP server on loopback (npm
 * `smtp-server`) that keeps every message it accepts as an .eml file under
 * `<DATA_DIR>/mailbox/`, so a newcomer sees exactly what a recipient would receive.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailboxSummary {
  readonly id: string;
  readonly receivedAt: string;
  readonly envelopeFrom: string;
  readonly envelopeTo: string[];
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly messageId: string;
  readonly size: number;
}

export interface LocalMailbox {
  /** `smtp://127.0.0.1:<port>` for the transport. */
  readonly smtpUrl: string;
  readonly port: number;
  list(limit?: number): Promise<MailboxSummary[]>;
  /** The raw RFC 5322 message, or null if there is no such id. */
  raw(id: string): Promise<Buffer | null>;
  parsed(id: string): Promise<ParsedMail | null>;
  stop(): Promise<void>;
}

/** Ids are `<timestamp>-<uuid>`: sortable by arrival and safe as file names. */
const ID_PATTERN = /^\d{13}-[0-9a-f-]{36}$/;

export async function startLocalMailbox(options: {
  dir: string;
  port?: number;
}): Promise<LocalMailbox> {
  const dir = path.resolve(options.dir);
  await fs.mkdir(dir, { recursive: true });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    banner: 'Tsunagari local mailbox',
    size: 50 * 1024 * 1024,
    logger: false,
    async onData(stream, session, callback) {
      const id = `${Date.now()}-${randomUUID()}`;
      const emlFile = path.join(dir, `${id}.eml`);
      try {
        await pipeline(stream, createWriteStream(emlFile));
        const raw = await fs.readFile(emlFile);
        const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true });
        const summary: MailboxSummary = {
          id,
          receivedAt: new Date().toISOString(),
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          from: mail.from?.text ?? '',
          to: Array.isArray(mail.to)
            ? mail.to.map((a) => a.text).join(', ')
            : (mail.to?.text ?? ''),
          subject: mail.subject ?? '',
          messageId: mail.messageId ?? '',
          size: raw.length,
        };
        await fs.writeFile(path.join(dir, `${id}.json`), JSON.stringify(summary));
        callback(null, `2.0.0 Stored as ${id}`);
      } catch (error) {
        callback(error as Error);
      }
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

  const fileFor = (id: string, ext: string) => {
    if (!ID_PATTERN.test(id)) return null;
    return path.join(dir, `${id}.${ext}`);
  };

  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    port,
    async list(limit = 200) {
      const names = (await fs.readdir(dir))
        .filter((n) => n.endsWith('.json'))
        .sort()
        .reverse();
      const summaries = await Promise.all(
        names
          .slice(0, limit)
          .map(
            async (n) => JSON.parse(await fs.readFile(path.join(dir, n), 'utf8')) as MailboxSummary,
          ),
      );
      return summaries;
    },
    async raw(id) {
      const file = fileFor(id, 'eml');
      return file ? fs.readFile(file).catch(() => null) : null;
    },
    async parsed(id) {
      const file = fileFor(id, 'eml');
      const raw = file ? await fs.readFile(file).catch(() => null) : null;
      return raw ? simpleParser(raw) : null;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
