/**
 * The rules for the values of the member register, defined once and used by every door that
 * takes them: the GraphQL inputs (applyForMembership, updateOrganizationProfile, addContact,
 * updateContact — through {@link ruleSchema}) and the member CSV import (csv/member-row.ts).
 * A value is accepted or refused, with the same Japanese message, whichever way it comes in.
 *
 * A rule takes the value as typed, already trimmed, and answers the reason it is refused, or
 * undefined when it is fine. Whether a value may be left out is the caller's (an optional
 * GraphQL field, an empty CSV cell).
 */
import { z } from 'zod';
import { emailAddressProblem, httpUrlProblem } from '../../lib/address-formats.js';
import { hasControlCharacters, SINGLE_LINE_MESSAGE } from '../../lib/single-line.js';

export type Rule = (value: string) => string | undefined;

function tooLong(value: string, max: number): string | undefined {
  return value.length > max ? `${max}文字以内にしてください（${value.length}文字）。` : undefined;
}

/** Readings (ふりがな) are hiragana: the register is sorted and searched by them (五十音順). */
const HIRAGANA = /^[\u3041-\u3096ー・ \u3000]+$/;

export const READING_MESSAGE = 'ひらがなで入力してください（カタカナ・漢字・英字は使えません）。';

/** A reading (団体名かな, 担当者かな): hiragana, long bar, middle dot and spaces only. */
export function reading(max: number): Rule {
  return (value) => (HIRAGANA.test(value) ? tooLong(value, max) : READING_MESSAGE);
}

/** Readings of organisations and of people. */
export const organizationReading = reading(200);
export const personReading = reading(100);

/**
 * Digits, `+`, `-`, `(`, `)` and spaces, 6 to 20 of them. Checked on the NFKC form, so
 * full-width digits typed with a Japanese input method pass.
 */
const PHONE = /^[0-9+()\- ]{6,20}$/;

export const phone: Rule = (value) =>
  PHONE.test(value.normalize('NFKC'))
    ? undefined
    : `電話番号の形式が正しくありません（「${value}」。例: 03-1234-5678）。`;

/** An e-mail address (contacts, applicants); the `EmailAddress` scalar's rule. */
export const emailAddress: Rule = (value) => emailAddressProblem(value);

/** A website: an absolute http(s) URL; the `URL` scalar's rule. */
export const website: Rule = (value) => httpUrlProblem(value);

/** One line (it may end up in a mail header), `min`..`max` characters. */
export function oneLine(min: number, max: number): Rule {
  return (value) => {
    if (hasControlCharacters(value)) return SINGLE_LINE_MESSAGE;
    if (value.length < min) {
      return value === '' ? '空欄にはできません。' : `${min}文字以上にしてください。`;
    }
    return tooLong(value, max);
  };
}

/** A person's name (contacts, applicants). */
export const personName = oneLine(1, 100);

/** Organisations' names and types. */
export const organizationName = oneLine(2, 200);
export const organizationType = oneLine(2, 50);

/** An organisation's description (団体紹介): free text, line breaks allowed, at most 2,000. */
export const organizationDescription: Rule = (value) => tooLong(value, 2000);

/** A multi-line rule as a GraphQL argument validator: the value is kept as typed. */
export function textSchema(rule: Rule) {
  return z.string().superRefine((value, ctx) => {
    const problem = rule(value);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/**
 * Checks a value as typed: control characters are looked for before trimming (so a trailing
 * line break counts), then the rule judges the trimmed value, which is what is stored.
 */
export function checkValue(rule: Rule, raw: string): { value: string } | { error: string } {
  const value = raw.trim();
  const problem = hasControlCharacters(raw) ? SINGLE_LINE_MESSAGE : rule(value);
  return problem === undefined ? { value } : { error: problem };
}

/** The rule as a GraphQL argument validator (`validate:`): the input is trimmed. */
export function ruleSchema(rule: Rule) {
  return z.string().transform((raw, ctx) => {
    const checked = checkValue(rule, raw);
    if ('error' in checked) ctx.addIssue({ code: 'custom', message: checked.error });
    return 'value' in checked ? checked.value : raw;
  });
}
