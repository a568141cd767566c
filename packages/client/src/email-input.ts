/**
 * The body types of `emails.send` and `batch.send`: the API's fields, each snake_case one also under
 * the SDK's camelCase name, plus `react`; and, as in the official SDK, one of `html`, `text`,
 * `template` or `react` is required, so `emails.send({ from, to, subject })` does not compile.
 */
import type { ReactEmailElement, ReactOption } from './react-body.js';
import type { SdkSpelling } from './sdk-options.js';

/** What an email's content is given as: at least one of these. */
export type EmailContent = { html: string } | { text: string } | { template: object } | { react: ReactEmailElement };

/** One email as `emails.send` takes it (`T` is the API's body type). */
export type EmailInput<T> = SdkSpelling<T> & ReactOption & EmailContent;

/** A batch as `batch.send` takes it (`T` is the API's array type). */
export type BatchInput<T extends readonly unknown[]> = EmailInput<T[number]>[];
