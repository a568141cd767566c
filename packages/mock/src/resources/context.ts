/** The contract between the request pipeline and the hand-written resource handlers. */
import { ApiError, notFound } from '../api-error.js';
import type { ListPage, ListSource } from '../pagination.js';
import type { Random } from '../random.js';
import { sameAddress } from '../recipient-outcome.js';
import type { SendingSettings } from '../sending-rules.js';
import type { Operation } from '../spec.js';
import type { FakeStateStore, StoredRecord } from '../state.js';
import type { Collection } from '../store.js';

/** A validated JSON object body. */
export type Fields = Record<string, unknown>;

/** Everything a handler may use. */
export interface HandlerContext {
  /** Path parameters in template order. */
  params: readonly string[];
  /** Coerced query parameters the operation declares. */
  query: Record<string, unknown>;
  /** The validated JSON body (or undefined). */
  body: unknown;
  /** Items of an array body the spec's schema refused, by index: only for a permissive batch. */
  itemErrors?: ReadonlyMap<number, ApiError> | undefined;
  headers: Headers;
  state: FakeStateStore;
  random: Random;
  operation: Operation;
  /** The domain ID the request's API key may only send from, when it is limited to one. */
  keyDomainId?: string | undefined;
  /**
   * Counts a send of `emails` emails against the quota, or throws its 429. Set for inbox replies and
   * forwards, whose recipients are known only once the handler has found the email they answer.
   */
  countSend?: ((emails: number) => void) | undefined;
  /** The team's sending rules and account owner (from the fake's options). */
  settings: SendingSettings;
  /** The request's origin (`http://127.0.0.1:3000`), for URLs the fake serves itself. */
  origin: string;
  /** The fake's clock. */
  now(): Date;
  /** Resend's timestamp form, e.g. `2026-04-03 22:13:42.674000+00`. */
  timestamp(): string;
  /** Pages items (given newest first) by the operation's `x-pagination` mode. */
  list<T extends { id: string }>(items: readonly T[] | ListSource<T>): ListPage<T>;
}

/** A handler's answer; `status` defaults to the operation's first 2xx. */
export interface HandlerResult {
  status?: number;
  body: unknown;
  /** Response headers the handler sets, e.g. a redirect's `location`. */
  headers?: Record<string, string>;
}

/** A hand-written behaviour for one method and path template (params written `{}`). */
export interface ResourceRoute {
  method: string;
  path: string;
  handle(ctx: HandlerContext): HandlerResult | Promise<HandlerResult>;
}

/** `{email_id}` → `{}`, so handlers do not depend on the spec's parameter names. */
export function normaliseTemplate(template: string): string {
  return template.replace(/\{[^}]+\}/g, '{}');
}

/** The JSON body as an object (validation already ran). */
export function fields(ctx: HandlerContext): Fields {
  return ctx.body !== null && typeof ctx.body === 'object' && !Array.isArray(ctx.body) ? (ctx.body as Fields) : {};
}

/** The n-th path parameter. */
export function param(ctx: HandlerContext, index = 0): string {
  return ctx.params[index] ?? '';
}

/** Finds a record by ID or by a secondary key (email, in any case; alias…), or throws 404. */
export function findOr404(
  collection: Collection<StoredRecord>,
  key: string,
  label: string,
  alt?: string,
): StoredRecord {
  const record =
    collection.get(key) ??
    // An address (a contact's `email`, an inbox's `email_address`) is found in any case.
    (alt ? collection.find((r) => (alt.startsWith('email') ? sameAddress(r[alt], key) : r[alt] === key)) : undefined);
  if (!record) throw notFound(label);
  return record;
}

/** Copies the listed fields of `body` that are present onto `record`. */
export function assignFields(record: StoredRecord, body: Fields, names: readonly string[]): void {
  for (const name of names) if (body[name] !== undefined) record[name] = body[name];
}

/** Normalises `string | string[]` address fields to arrays (or null when absent). */
export function addressList(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** RFC 5321's longest address (64-octet local part, `@`, 255-octet domain). */
const MAX_ADDRESS_LENGTH = 320;
/** A display name longer than this is not a name; it also bounds the work per field. */
const MAX_NAME_LENGTH = 998;

/** `local@domain.tld`: one `@`, no spaces or angle brackets, a dot inside the domain. Linear time. */
function isBareAddress(value: string): boolean {
  if (value.length > MAX_ADDRESS_LENGTH || /[\s<>]/.test(value)) return false;
  const at = value.indexOf('@');
  if (at <= 0 || value.indexOf('@', at + 1) >= 0) return false;
  const dot = value.indexOf('.', at + 2);
  return dot > at + 1 && dot < value.length - 1;
}

/** Resend accepts `a@b.c` or `Name <a@b.c>`. */
function checkAddress(value: string, field: string): void {
  const trimmed = value.trim();
  const open = trimmed.indexOf('<');
  const valid =
    open < 0
      ? isBareAddress(trimmed)
      : open <= MAX_NAME_LENGTH &&
        trimmed.endsWith('>') &&
        !trimmed.slice(0, open).includes('>') &&
        isBareAddress(trimmed.slice(open + 1, -1).trim());
  if (!valid) {
    throw new ApiError(
      422,
      'validation_error',
      `Invalid \`${field}\` field. The email address needs to follow the \`email@example.com\` or \`Name <email@example.com>\` format.`,
    );
  }
}

/**
 * {@link checkAddress} for every address of each named list, so a malformed `cc`, `bcc` or
 * `reply_to` is refused as Resend refuses it instead of being stored as given.
 */
export function checkAddresses(lists: Record<string, readonly string[] | null>): void {
  for (const [field, list] of Object.entries(lists)) for (const address of list ?? []) checkAddress(address, field);
}

/** `{ object, id, deleted: true }`. */
export function deleted(object: string, id: string): HandlerResult {
  return { body: { object, id, deleted: true } };
}
