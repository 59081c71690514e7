import { describe, expect, it } from 'vitest';
import { formatEraDate, formatEraDateWithWeekday } from '../../src/mail/render/index.js';
import { fillTemplate, splitTemplate } from '../../src/mail/render/placeholders.js';

describe('era dates', () => {
  it('writes dates in the Japanese era, the first year as 元年', () => {
    expect(formatEraDate('2025-05-27')).toBe('令和7年5月27日');
    expect(formatEraDate('2019-05-01')).toBe('令和元年5月1日');
    expect(formatEraDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatEraDate('1989-01-08')).toBe('平成元年1月8日');
  });

  it('adds the weekday and rejects non-dates', () => {
    expect(formatEraDateWithWeekday('2025-06-20')).toBe('令和7年6月20日（金）');
    expect(() => formatEraDate('2025-02-30')).toThrow(/not a calendar date/);
    expect(() => formatEraDate('27/05/2025')).toThrow(/YYYY-MM-DD/);
  });
});

describe('templates', () => {
  const marker = (key: string) => `\uFDD0${key}\uFDD1`;

  it('split once into literals and keys and fill by joining', () => {
    const template = splitTemplate(
      `<p>${marker('recipient.name')} 様</p>${marker('recipient.name')}`,
      'html',
    );
    expect(template).toEqual({
      format: 'html',
      literals: ['<p>', ' 様</p>', ''],
      keys: ['recipient.name', 'recipient.name'],
    });
    expect(fillTemplate(template, { 'recipient.name': 'A&B' })).toBe('<p>A&amp;B 様</p>A&amp;B');
  });

  it('fold line breaks out of header values and keep text values as is', () => {
    const subject = splitTemplate(`件名 ${marker('recipient.name')}`, 'header');
    expect(fillTemplate(subject, { 'recipient.name': 'A\r\nBcc: x@example.jp' })).toBe(
      '件名 A Bcc: x@example.jp',
    );
    const text = splitTemplate(`${marker('recipient.name')} 様`, 'text');
    expect(fillTemplate(text, { 'recipient.name': '<b>&"' })).toBe('<b>&" 様');
  });

  it('reject unknown markers', () => {
    expect(() => splitTemplate(marker('recipient.password'), 'text')).toThrow(
      /Unknown placeholder/,
    );
  });
});
