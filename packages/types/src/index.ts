/**
 * Types for the Resend API, generated from resendkit's OpenAPI description.
 *
 * `paths`, `components` and `operations` come straight from openapi-typescript; the aliases
 * below name the schemas users reach for most often.
 * @module @resendkit/types
 */
import type { components, operations, paths } from './generated/schema.js';

export type { components, operations, paths };

/** Every schema of the spec, by name. */
export type Schemas = components['schemas'];

/** The body of every error from the API's JSON routes: `{ statusCode, name, message }`. */
export type ErrorResponse = Schemas['ErrorResponse'];
/** Every documented error `name` (current and earlier revisions of Resend's errors page). */
export type ErrorName = Schemas['ErrorName'];
/** A paginated list: `{ object: "list", has_more, data: T[] }`. */
export type ListEnvelope<T> = Schemas['ListEnvelope'] & { data: T[] };

/** A sent email as returned by `GET /emails/{email_id}`. */
export type Email = Schemas['Email'];
/** A sent email as shown by `GET /emails`. */
export type EmailSummary = Schemas['EmailSummary'];
/** The body of `POST /emails`. */
export type SendEmailRequest = Schemas['SendEmailRequest'];
/** One item of the body of `POST /emails/batch`. */
export type BatchEmailItem = Schemas['BatchEmailItem'];
/** The body of `POST /emails/batch`. */
export type SendBatchEmailsRequest = Schemas['SendBatchEmailsRequest'];

/** Paths whose `GET` returns the list envelope. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer B } } } } }
    ? B extends { object: 'list'; has_more: boolean; data: unknown[] }
      ? P
      : never
    : never;
}[keyof paths];

export {
  type SpecFacts,
  idempotentRoutes,
  listRoutes,
  maxBatchSize,
  maxRecipients,
  specFacts,
} from './generated/facts.js';
