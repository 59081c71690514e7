/**
 * The local mailbox used when SMTP_URL is unset: a real SMTP server on loopback (npm
 * `smtp-server`) that keeps every message it accepts as an .eml file under
 * `<DATA_DIR>/mailbox/`, so a newcomer sees exactly what a recipient would receive.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import libmime from 'libmime';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { foldForSearch } from '../lib/japanese-text.js';

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

/** What /mailbox asks for: one page of messages, newest first, optionally filtered. */
export interface MailboxQuery {
  /** Words (all of them) in the subject, the sender or a recipient (kana/width-insensitive). */
  readonly text?: string | undefined;
  /** Only messages to this address (envelope or To header), case-insensitive. */
  readonly recipient?: string | undefined;
  readonly offset: number;
  readonly limit: number;
}

export interface MailboxPage {
  /** Messages matching the query (all pages). */
  readonly total: number;
  readonly messages: MailboxSummary[];
}

export interface MailboxRecipient {
  readonly address: string;
  readonly count: number;
  /** When the newest message to it arrived. */
  readonly lastReceivedAt: string;
}

/** Reading the messages a local mailbox stored (any process may read the directory). */
export interface MailboxReader {
  /** The SMTP server's address, when it runs in this process. */
  readonly smtpUrl?: string;
  /** The newest messages, newest first. */
  list(limit?: number): Promise<MailboxSummary[]>;
  search(query: MailboxQuery): Promise<MailboxPage>;
  /** Every address that received mail, with how many messages, most recent first. */
  recipients(): Promise<MailboxRecipient[]>;
  /** What was recorded when the message arrived (envelope, time), or null. */
  summary(id: string): Promise<MailboxSummary | null>;
  /** The raw RFC 5322 message, or null if there is no such id. */
  raw(id: string): Promise<Buffer | null>;
  parsed(id: string): Promise<ParsedMail | null>;
}

/** The SMTP server that stores every message it receives, and its reader. */
export interface LocalMailbox extends MailboxReader {
  /** `smtp://127.0.0.1:<port>` for the transport. */
  readonly smtpUrl: string;
  readonly port: number;
  stop(): Promise<void>;
}

interface IndexedSummary {
  readonly summary: MailboxSummary;
  /** Subject, sender and recipients folded for search. */
  readonly searchText: string;
  /** Lower-case addresses from the envelope and the To header. */
  readonly recipients: readonly string[];
}

const ADDRESS = /[^\s<>,;:"()]+@[^\s<>,;:"()]+/g;

function indexed(summary: MailboxSummary): IndexedSummary {
  const recipients = new Set(
    [...summary.envelopeTo, ...(summary.to.match(ADDRESS) ?? [])].map((a) => a.toLowerCase()),
  );
  return {
    summary,
    searchText: foldForSearch(
      [summary.subject, summary.from, summary.to, ...summary.envelopeTo].join(' '),
    ),
    recipients: [...recipients],
  };
}

/** A message's header block and the blank line after it (the whole message if it has no body). */
function headerBlock(raw: Buffer): Buffer {
  const end = raw.indexOf('\r\n\r\n');
  if (end >= 0) return raw.subarray(0, end + 4);
  const bare = raw.indexOf('\n\n');
  return bare >= 0 ? raw.subarray(0, bare + 2) : raw;
}

/**
 * What the list shows of a message, from its header block alone and decoded (=?UTF-8?B?…?=).
 * mailparser's full parse of even the headers cost a tenth of a millisecond's CPU per message
 * more than libmime's (issue 22); the page of one message still parses it whole when opened.
 */
function summaryHeaders(raw: Buffer) {
  const headers = libmime.decodeHeaders(headerBlock(raw).toString('utf8'));
  const decoded = (name: string) =>
    (headers[name] ?? []).map((value) => libmime.decodeWords(value).trim()).join(', ');
  return {
    from: decoded('from'),
    to: decoded('to'),
    subject: decoded('subject'),
    messageId: headers['message-id']?.[0]?.trim() ?? '',
  };
}

/** Ids are `<timestamp>-<uuid>`: sortable by arrival and safe as file names. */
const ID_PATTERN = /^\d{13}-[0-9a-f-]{36}$/;

export async function startLocalMailbox(options: {
  dir: string;
  port?: number;
  /** Larger messages are refused (552) and not kept; 50 MB unless set. */
  maxMessageBytes?: number;
}): Promise<LocalMailbox> {
  const dir = path.resolve(options.dir);
  await fs.mkdir(dir, { recursive: true });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    banner: 'Tsunagari local mailbox',
    size: options.maxMessageBytes ?? 50 * 1024 * 1024,
    logger: false,
    async onData(stream, session, callback) {
      const id = `${Date.now()}-${randomUUID()}`;
      try {
        // Gathered in memory and written at once: streaming to the file and reading it back
        // cost five times the CPU of one write (measured for issue 22), and the size is
        // bounded by `size` below.
        const chunks: Buffer[] = [];
        for await (const chunk of stream) if (!stream.sizeExceeded) chunks.push(chunk as Buffer);
        if (stream.sizeExceeded) {
          const error = new Error('message exceeds the mailbox size limit') as Error & {
            responseCode: number;
          };
          error.responseCode = 552;
          throw error;
        }
        const raw = Buffer.concat(chunks);
        await fs.writeFile(path.join(dir, `${id}.eml`), raw);
        const headers = summaryHeaders(raw);
        const summary: MailboxSummary = {
          id,
          receivedAt: new Date().toISOString(),
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          ...headers,
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

  return {
    ...openMailbox(dir),
    smtpUrl: `smtp://127.0.0.1:${port}`,
    port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The reader of a mailbox directory. The SMTP server that writes it may run in another process
 * (the worker process under `npm start`, or the CLI's worker).
 */
export function openMailbox(directory: string): MailboxReader {
  const dir = path.resolve(directory);
  const fileFor = (id: string, ext: string) => {
    if (!ID_PATTERN.test(id)) return null;
    return path.join(dir, `${id}.${ext}`);
  };

  // Summaries read so far, by file name. Another process (the CLI's worker) may store messages
  // in the same directory, so each read lists the directory and reads only the new summaries.
  const known = new Map<string, IndexedSummary>();
  const all = async (): Promise<IndexedSummary[]> => {
    // The directory appears with the first message when the SMTP server runs elsewhere.
    const names = (await fs.readdir(dir).catch(() => [] as string[])).filter(
      (n) => n.endsWith('.json') && !known.has(n),
    );
    const read = await Promise.all(
      names.map(async (n) => {
        try {
          const summary = JSON.parse(
            await fs.readFile(path.join(dir, n), 'utf8'),
          ) as MailboxSummary;
          return [n, indexed(summary)] as const;
        } catch {
          return undefined; // being written: read it next time
        }
      }),
    );
    for (const entry of read) if (entry) known.set(entry[0], entry[1]);
    return [...known.values()].sort((a, b) => (a.summary.id < b.summary.id ? 1 : -1));
  };

  return {
    async list(limit = 200) {
      return (await all()).slice(0, limit).map((m) => m.summary);
    },
    async search(query) {
      const words = (query.text ?? '')
        .split(/[\s\u3000]+/)
        .map(foldForSearch)
        .filter((w) => w.length > 0);
      const recipient = query.recipient?.trim().toLowerCase() ?? '';
      const matching = (await all()).filter(
        (m) =>
          words.every((w) => m.searchText.includes(w)) &&
          (!recipient || m.recipients.includes(recipient)),
      );
      return {
        total: matching.length,
        messages: matching.slice(query.offset, query.offset + query.limit).map((m) => m.summary),
      };
    },
    async recipients() {
      const byAddress = new Map<string, MailboxRecipient>();
      for (const m of await all()) {
        for (const address of m.recipients) {
          const seen = byAddress.get(address);
          byAddress.set(address, {
            address,
            count: (seen?.count ?? 0) + 1,
            lastReceivedAt: seen?.lastReceivedAt ?? m.summary.receivedAt,
          });
        }
      }
      return [...byAddress.values()];
    },
    async summary(id) {
      const file = fileFor(id, 'json');
      const json = file ? await fs.readFile(file, 'utf8').catch(() => null) : null;
      return json ? (JSON.parse(json) as MailboxSummary) : null;
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
  };
}
