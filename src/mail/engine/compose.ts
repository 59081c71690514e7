/**
 * Composes the message of one delivery from a mailing compiled once. Everything that is the
 * same for every recipient (From, List-Id, MIME structure, the template's literals with CRLF
 * line ends) is prepared once per mailing; per message we only fill the placeholders, base64
 * the two parts and write the few per-recipient headers. The result is a raw RFC 5322 message
 * handed to SMTP as is (no MIME composition library on the hot path).
 */

import type { DkimConfig } from '../../config.js';
import type { MailingKind } from '../../db/tables/mailings.js';
import type { CompiledEmail } from '../render/index.js';
import {
  fillTemplate,
  type PlaceholderKey,
  type RecipientValues,
  type Template,
} from '../render/placeholders.js';
import { createDkimSigner, type DkimSigner } from './dkim.js';
import {
  encodeHeaderText,
  formatMailbox,
  headerLine,
  type Mailbox,
  parseMailbox,
  rfc5322Date,
} from './headers.js';
import { deliveryLinks } from './links.js';

/** Japanese names of the lists (List-Id phrase). */
const LIST_NAMES: Record<MailingKind, string> = {
  NEWSLETTER: '孤独・孤立対策官民連携プラットフォーム メールマガジン',
  VISIT_REPORT: '孤独・孤立対策官民連携プラットフォーム 事務局訪問記',
  NOTICE: '孤独・孤立対策官民連携プラットフォーム 事務連絡',
  MEETING_NOTICE: '孤独・孤立対策官民連携プラットフォーム 会議のお知らせ',
};

export interface ComposeSettings {
  readonly mailFrom: string;
  readonly publicUrl: string;
  readonly secretKey: Buffer;
  /** Domain of Message-IDs and List-Ids (the sender's domain). */
  readonly messageIdDomain: string;
  /** Domain of the VERP Return-Path and the mailto unsubscribe address. */
  readonly returnPathDomain: string;
  readonly dkim: DkimConfig | undefined;
}

/**
 * A body part's template with its literals already base64-encoded, once per mailing. Base64
 * works on 3-byte groups, so each literal is pre-encoded three times — for 0, 1 or 2 bytes
 * left over from what precedes it — and per message only the few bytes around each
 * placeholder value are encoded. Lines stay within 76 characters (RFC 2045 allows shorter
 * lines, which is what the joins produce).
 */
interface EncodedTemplate {
  readonly format: 'html' | 'text';
  readonly keys: readonly PlaceholderKey[];
  readonly literals: readonly Buffer[];
  /** `[literal][carried bytes]`: how the literal continues a stream with 0–2 carried bytes. */
  readonly variants: readonly (readonly LiteralVariant[])[];
}

interface LiteralVariant {
  /** Bytes of the literal that complete the carried group (3 − carried, or 0). */
  readonly head: number;
  /** The following whole 3-byte groups, base64 in lines of 76 (no final CRLF); may be empty. */
  readonly encoded: Buffer;
  /** The 0–2 bytes left over at the end. */
  readonly tail: Buffer;
}

/** A mailing made ready for composing: everything that does not depend on the recipient. */
export interface PreparedMailing {
  readonly mailingId: string;
  readonly kind: MailingKind;
  /** Published to the archive: 「ブラウザで表示する」 links to its archive page, else per delivery. */
  readonly isPublic: boolean;
  readonly compiled: CompiledEmail;
  readonly html: EncodedTemplate;
  readonly text: EncodedTemplate;
  readonly unsubscribable: boolean;
  readonly fromHeader: string;
  readonly listIdHeader: string;
  readonly contentTypeHeader: string;
  readonly textPartHead: string;
  readonly htmlPartHead: string;
  readonly closing: string;
  /**
   * Files attached to every message (`attach: true` attachments), MIME parts base64-encoded
   * once per mailing and closing the multipart/mixed body; empty when there are none.
   */
  readonly attachmentParts: Buffer;
  /** The encoded Subject header when the subject has no per-recipient values. */
  readonly staticSubjectHeader: string | undefined;
  readonly signer: DkimSigner | undefined;
  readonly settings: ComposeSettings;
}

/** The delivery fields a message needs (a snapshot taken when the audience was resolved). */
export interface ComposableDelivery {
  readonly id: string;
  readonly address: string;
  readonly recipientName: string;
  readonly organizationName: string;
  readonly contactId: string | null;
  readonly messageId: string;
}

export interface ComposedMessage {
  readonly envelope: { readonly from: string; readonly to: string };
  readonly raw: Buffer;
}

const signers = new WeakMap<DkimConfig, DkimSigner>();

/** Prepares a compiled mailing once; reuse the result for every delivery of the mailing. */
export function prepareMailing(
  mailing: { id: string; kind: MailingKind; unsubscribable: boolean; isPublic: boolean },
  compiled: CompiledEmail,
  settings: ComposeSettings,
  attachments: readonly MessageAttachment[] = [],
): PreparedMailing {
  const from: Mailbox = parseMailbox(settings.mailFrom);
  const boundary = `----=_Tsunagari_${mailing.id.replaceAll('-', '')}`;
  // With attachments: multipart/mixed around the multipart/alternative of the two parts.
  const mixed = `----=_Tsunagari_mixed_${mailing.id.replaceAll('-', '')}`;
  const withFiles = attachments.length > 0;
  const listId = `${mailing.kind.toLowerCase().replaceAll('_', '-')}.${settings.messageIdDomain}`;
  const encoded = (template: Template, format: 'html' | 'text'): EncodedTemplate => {
    const literals = template.literals.map((literal) =>
      Buffer.from(literal.replace(/\r?\n/g, '\r\n'), 'utf8'),
    );
    const variants = literals.map((literal) =>
      [0, 1, 2].map((carried): LiteralVariant => {
        const head = carried === 0 ? 0 : Math.min(3 - carried, literal.length);
        const whole = Math.floor((literal.length - head) / 3) * 3;
        return {
          head,
          encoded: base64Wrapped(literal.subarray(head, head + whole)),
          tail: literal.subarray(head + whole),
        };
      }),
    );
    return { format, keys: template.keys, literals, variants };
  };
  let signer: DkimSigner | undefined;
  if (settings.dkim) {
    signer = signers.get(settings.dkim);
    if (!signer) {
      signer = createDkimSigner(settings.dkim);
      signers.set(settings.dkim, signer);
    }
  }
  return {
    mailingId: mailing.id,
    kind: mailing.kind,
    isPublic: mailing.isPublic,
    compiled,
    html: encoded(compiled.html, 'html'),
    text: encoded(compiled.text, 'text'),
    unsubscribable: mailing.unsubscribable,
    fromHeader: headerLine('From', formatMailbox('From', from)),
    listIdHeader: headerLine(
      'List-Id',
      `${encodeHeaderText('List-Id', LIST_NAMES[mailing.kind])} <${listId}>`,
    ),
    contentTypeHeader: withFiles
      ? headerLine('Content-Type', `multipart/mixed; boundary="${mixed}"`)
      : headerLine('Content-Type', `multipart/alternative; boundary="${boundary}"`),
    textPartHead: `${
      withFiles
        ? `--${mixed}\r\nContent-Type: multipart/alternative; boundary="${boundary}"\r\n\r\n`
        : ''
    }--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n`,
    htmlPartHead: `\r\n--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n`,
    closing: `\r\n--${boundary}--\r\n`,
    attachmentParts: withFiles ? attachmentParts(mixed, attachments) : Buffer.alloc(0),
    staticSubjectHeader:
      compiled.subject.keys.length === 0
        ? headerLine('Subject', encodeHeaderText('Subject', compiled.subject.literals.join('')))
        : undefined,
    signer,
    settings,
  };
}

/** A file attached to every message of a mailing. */
export interface MessageAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly data: Buffer;
}

/** The attachment parts of a multipart/mixed body and its closing boundary, encoded once. */
function attachmentParts(boundary: string, attachments: readonly MessageAttachment[]): Buffer {
  const parts: Buffer[] = [];
  for (const file of attachments) {
    if (!/^[a-z]+\/[a-z0-9.+-]+$/i.test(file.contentType)) {
      throw new Error(`Not a content type: ${JSON.stringify(file.contentType)}`);
    }
    const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    const head =
      `\r\n--${boundary}\r\n` +
      `Content-Type: ${file.contentType};\r\n name="${ascii}"\r\n` +
      `Content-Disposition: attachment;\r\n${rfc2231Filename(file.filename)}\r\n` +
      'Content-Transfer-Encoding: base64\r\n\r\n';
    parts.push(Buffer.from(head, 'latin1'), base64Wrapped(file.data));
  }
  parts.push(Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1'));
  return Buffer.concat(parts);
}

/**
 * `filename*0*=UTF-8''…; filename*1*=…` (RFC 2231): the UTF-8 name percent-encoded and split
 * into folded lines, so a long Japanese name keeps within the line length.
 */
function rfc2231Filename(filename: string): string {
  const encoded = [...Buffer.from(filename, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
  const pieces: string[] = [];
  for (let i = 0; i < encoded.length; ) {
    let end = Math.min(i + 60, encoded.length);
    // Do not cut a %XX escape in two.
    const percent = encoded.lastIndexOf('%', end - 1);
    if (end < encoded.length && percent > end - 3 && percent >= i) end = percent;
    pieces.push(encoded.slice(i, end));
    i = end;
  }
  return pieces
    .map((piece, n) => ` filename*${n}*=${n === 0 ? "UTF-8''" : ''}${piece}`)
    .join(';\r\n');
}

/** The placeholder values of one delivery. */
export function recipientValues(
  prepared: PreparedMailing,
  delivery: ComposableDelivery,
): RecipientValues {
  return deliveryValues(
    prepared.settings,
    { id: prepared.mailingId, isPublic: prepared.isPublic },
    delivery,
  );
}

/**
 * The placeholder values of one delivery of a mailing: its recipient and its signed links. The
 * 「ブラウザで表示する」 link of a public mailing is its archive link (`/mailings/<id>/web`, which
 * answers with the archive page); of any other, the delivery's own web version (`/web/<token>`).
 * Also what that web version is filled with, so it shows what the delivery was sent.
 */
export function deliveryValues(
  settings: Pick<ComposeSettings, 'publicUrl' | 'secretKey'>,
  mailing: { readonly id: string; readonly isPublic: boolean },
  delivery: Omit<ComposableDelivery, 'messageId'>,
): RecipientValues {
  const { publicUrl, secretKey } = settings;
  const links = deliveryLinks(publicUrl, secretKey, delivery);
  return {
    'recipient.name': delivery.recipientName,
    'recipient.organization': delivery.organizationName,
    'recipient.email': delivery.address,
    'link.unsubscribe': links.unsubscribe,
    'link.preferences': links.preferences,
    'link.web': mailing.isPublic
      ? `${publicUrl.replace(/\/+$/, '')}/mailings/${mailing.id}/web`
      : links.web,
    'link.acknowledge': links.acknowledge,
    'link.attend': `${links.meetingReply}?answer=attend`,
    'link.absent': `${links.meetingReply}?answer=absent`,
    'link.proxy': `${links.meetingReply}?answer=proxy`,
    'link.files': links.files,
  };
}

/** The VERP envelope sender of a delivery: `bounce+<delivery id>@<domain>`. */
export function verpAddress(deliveryId: string, domain: string): string {
  return `bounce+${deliveryId}@${domain}`;
}

/**
 * Composes one delivery's message.
 * @throws HeaderInjectionError / InvalidAddressError when a value cannot go into a header
 * @throws PersonalizeError when the compiled e-mail needs a value the delivery lacks
 */
export function composeMessage(
  prepared: PreparedMailing,
  delivery: ComposableDelivery,
  now: Date = new Date(),
): ComposedMessage {
  const { settings } = prepared;
  const values = recipientValues(prepared, delivery);
  const subject =
    prepared.staticSubjectHeader ??
    headerLine(
      'Subject',
      encodeHeaderText('Subject', fillTemplate(prepared.compiled.subject, values)),
    );

  const headers: string[] = [
    prepared.fromHeader,
    headerLine(
      'To',
      formatMailbox('To', { name: delivery.recipientName, address: delivery.address }),
    ),
    subject,
    headerLine('Date', rfc5322Date(now)),
    headerLine('Message-ID', checkedMessageId(delivery.messageId)),
    prepared.listIdHeader,
  ];
  if (prepared.unsubscribable) {
    const token = values['link.unsubscribe'] ?? '';
    const mailto = `mailto:unsubscribe@${settings.returnPathDomain}?subject=${encodeURIComponent(
      `unsubscribe ${token.slice(token.lastIndexOf('/') + 1)}`,
    )}`;
    headers.push(
      headerLine('List-Unsubscribe', `<${token}>,\r\n <${mailto}>`),
      headerLine('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
    );
  }
  headers.push(headerLine('MIME-Version', '1.0'), prepared.contentTypeHeader);

  const bodyParts = [
    Buffer.from(prepared.textPartHead, 'latin1'),
    ...encodeFilled(prepared.text, values),
    Buffer.from(prepared.htmlPartHead, 'latin1'),
    ...encodeFilled(prepared.html, values),
    Buffer.from(prepared.closing, 'latin1'),
    prepared.attachmentParts,
  ];
  // The pieces (most of them shared by every message) are joined once, straight into the
  // message; DKIM alone needs the body joined on its own, to hash it.
  const signature = prepared.signer?.sign(headers, Buffer.concat(bodyParts)) ?? '';
  const head = Buffer.from(`${signature}${headers.join('')}\r\n`, 'latin1');
  return {
    envelope: {
      from: verpAddress(delivery.id, settings.returnPathDomain),
      to: delivery.address,
    },
    raw: Buffer.concat([head, ...bodyParts]),
  };
}

function checkedMessageId(messageId: string): string {
  if (!/^<[^<>\s@]+@[^<>\s@]+>$/.test(messageId)) {
    throw new Error(`${JSON.stringify(messageId)} is not a Message-ID such as <id@example.jp>`);
  }
  return messageId;
}

const CRLF = Buffer.from('\r\n');
const NO_BYTES = Buffer.alloc(0);

/**
 * The base64 body of a part filled for one recipient, as pieces to be written one after the
 * other: each value is formatted by the render module's own rules (HTML-escaped for the HTML
 * part, link values checked), between the pre-encoded literals, which are shared by every
 * message rather than copied. Decodes to exactly the literals and values in order.
 * @throws PersonalizeError when a value is missing or a link is not an absolute http(s) URL
 */
export function encodeFilled(template: EncodedTemplate, values: RecipientValues): Buffer[] {
  const formatted = new Map<PlaceholderKey, Buffer>();
  const pieces: Buffer[] = [];
  const push = (piece: Buffer) => {
    if (piece.length === 0) return;
    if (pieces.length > 0) pieces.push(CRLF);
    pieces.push(piece);
  };
  let carry: Buffer = NO_BYTES;
  template.literals.forEach((literal, i) => {
    const variant = template.variants[i]?.[carry.length];
    if (!variant || literal.length < variant.head) {
      carry = Buffer.concat([carry, literal]);
    } else {
      if (carry.length > 0)
        push(base64Wrapped(Buffer.concat([carry, literal.subarray(0, variant.head)])));
      push(variant.encoded);
      carry = variant.tail;
    }
    const key = template.keys[i];
    if (key === undefined) return;
    let value = formatted.get(key);
    if (!value) {
      const one: Template = { format: template.format, literals: ['', ''], keys: [key] };
      value = Buffer.from(fillTemplate(one, values), 'utf8');
      formatted.set(key, value);
    }
    const joined = carry.length > 0 ? Buffer.concat([carry, value]) : value;
    const whole = joined.length - (joined.length % 3);
    push(base64Wrapped(joined.subarray(0, whole)));
    carry = joined.subarray(whole);
  });
  push(base64Wrapped(carry));
  return pieces;
}

/** Base64 of `bytes` in lines of 76 characters (RFC 2045), CRLF between lines. */
export function base64Wrapped(bytes: Buffer): Buffer {
  const encoded = Buffer.from(bytes.toString('base64'), 'latin1');
  const lines = Math.ceil(encoded.length / 76);
  const out = Buffer.allocUnsafe(encoded.length + Math.max(0, lines - 1) * 2);
  let o = 0;
  for (let i = 0; i < encoded.length; i += 76) {
    if (i > 0) {
      out[o++] = 13;
      out[o++] = 10;
    }
    o += encoded.copy(out, o, i, Math.min(i + 76, encoded.length));
  }
  return out;
}
