/**
 * The render module: compile a mailing once, personalise it per recipient.
 * See docs/email-templates.md.
 */
export {
  type CompiledEmail,
  type CompileOptions,
  compileEmail,
  countRenders,
  EmailRenderError,
  type PersonalizedEmail,
  parseCompiledEmail,
  personalize,
  UNSUBSCRIBABLE_KINDS,
} from './compile.js';
export {
  type ContentIssue,
  type EmailContent,
  EmailContentError,
  type EmailContentInput,
  emailContentSchema,
  MAIL_KINDS,
  type MailKind,
  type MeetingNoticeContent,
  type NewsletterContent,
  type NoticeContent,
  parseEmailContent,
  type TransactionalContent,
  type VisitReportContent,
} from './content.js';
export { formatEraDate, formatEraDateWithWeekday } from './dates.js';
export {
  PersonalizeError,
  PLACEHOLDER_KEYS,
  type PlaceholderKey,
  type RecipientValues,
  type Template,
} from './placeholders.js';
export { previewEmail, SAMPLE_RECIPIENT } from './preview.js';
export {
  MAIL_ONLY_LINKS,
  renderWebVersion,
  type WebVersion,
  webVersionText,
} from './web-version.js';
