/**
 * HTML → plain text for the text/plain part. Many local-government mail gateways show only
 * this part, so it must read well alone: headings marked with ■/◆ and rules, lists with ・,
 * links written out as `label: URL`, photos as their alt text, and nothing from the HTML.
 */
import type { DomNode, FormatCallback } from 'html-to-text';
import { compile } from 'html-to-text';

const RULE_HEAVY = '━'.repeat(30);
const RULE_LIGHT = '―'.repeat(30);

/** Plain text of an element, for comparing a link's label with its URL. */
function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** `<a href="URL">label</a>` → `label: URL`; bare URLs once; in-page anchors as the label. */
const anchor: FormatCallback = (elem, walk, builder) => {
  const href: string = elem.attribs?.href ?? '';
  if (href === '' || href.startsWith('#')) {
    walk(elem.children, builder);
    return;
  }
  // Buttons pad their label with white space; a link reads as one phrase.
  const label = textOf(elem).replace(/\s+/g, ' ').trim();
  if (label === '' || label === href) {
    builder.addInline(href, { noWordTransform: true });
    return;
  }
  builder.addInline(`${label}: ${href}`, { noWordTransform: true });
};

/** `<img alt="…">` → `［写真］…`; images without alt text are decoration and dropped. */
const image: FormatCallback = (elem, _walk, builder) => {
  const alt: string = (elem.attribs?.alt ?? '').trim();
  if (alt) builder.addInline(`［写真］${alt}`);
};

/** Headings: optional prefix (■) and optional rule lines above and below (━). */
const heading: FormatCallback = (elem, walk, builder, options) => {
  builder.openBlock({ leadingLineBreaks: options.leadingLineBreaks ?? 2 });
  if (options.rule) {
    builder.addLiteral(String(options.rule));
    builder.addLineBreak();
  }
  if (options.prefix) builder.addLiteral(String(options.prefix));
  walk(elem.children, builder);
  if (options.rule) {
    builder.addLineBreak();
    builder.addLiteral(String(options.rule));
  }
  builder.closeBlock({ trailingLineBreaks: options.trailingLineBreaks ?? 1 });
};

const convert = compile({
  // Japanese has no spaces to wrap at; leave line length to the mail client.
  wordwrap: false,
  formatters: { tsgAnchor: anchor, tsgImage: image, tsgHeading: heading },
  selectors: [
    { selector: 'a', format: 'tsgAnchor' },
    { selector: 'img', format: 'tsgImage' },
    { selector: 'h1', format: 'tsgHeading', options: { rule: RULE_HEAVY, leadingLineBreaks: 2 } },
    { selector: 'h2', format: 'tsgHeading', options: { prefix: '■ ', leadingLineBreaks: 3 } },
    { selector: 'h3', format: 'tsgHeading', options: { prefix: '◆ ', leadingLineBreaks: 2 } },
    { selector: 'ul', options: { itemPrefix: '・' } },
    // MJML's hidden inbox preview (<mj-preview>) is not part of the message.
    { selector: 'div[style^="display:none"]', format: 'skip' },
    // Blocks marked css-class="html-only" (e.g. decoration, duplicated fallbacks) are skipped,
    // and css-class="text-rule" dividers become a rule line.
    { selector: 'td.html-only', format: 'skip' },
    { selector: 'td.text-rule', format: 'blockString', options: { string: RULE_LIGHT } },
  ],
});

/** Converts rendered e-mail HTML to its text part. */
export function htmlToPlainText(html: string): string {
  return `${convert(html)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
