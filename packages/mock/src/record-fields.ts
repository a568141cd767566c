/**
 * The JSON kinds the fake's code relies on for the fields of stored records, checked when records
 * come from outside the fake (a `--data` file written or edited by hand). A record that passed the
 * old check (an object with a string `id`) but had, say, `to: 42` or `attachments: "x"` was stored
 * as is and made a later request answer 500 or show placeholder values.
 */

/**
 * A JSON kind a field may have; `string[]` and `object[]` are arrays whose every item is of that
 * kind, and `secret` a string a webhook can be signed with.
 */
type FieldKind = 'string' | 'number' | 'boolean' | 'null' | 'object' | 'array' | 'string[]' | 'object[]' | 'secret';

/**
 * What `signWebhook` (`@resendkit/webhooks`) takes: `whsec_` and base64, or bare base64. A secret
 * it refuses made every delivery to the endpoint fail, and before that ended the bin.
 */
const SIGNING_SECRET = /^(?:whsec_)?[A-Za-z0-9+/]{4,}={0,2}$/;

const text = ['string'] as const;
const textOrNull = ['string', 'null'] as const;
const addresses = ['string[]'] as const;
const addressesOrNull = ['string[]', 'null'] as const;

/**
 * The kinds each checked field may have, by collection. A field that is absent passes (the fake
 * reads it with a default, and files written by earlier versions may lack newer fields); so does a
 * field or collection not listed here. Each kind is what the fake itself writes (see `state.ts`).
 */
const RECORD_FIELDS: Readonly<Record<string, Readonly<Record<string, readonly FieldKind[]>>>> = {
  emails: {
    from: text,
    to: addresses,
    cc: addressesOrNull,
    bcc: addressesOrNull,
    reply_to: addressesOrNull,
    subject: text,
    html: textOrNull,
    text: textOrNull,
    attachments: ['object[]'],
    created_at: text,
    last_event: text,
    scheduled_at: textOrNull,
    tags: ['object[]'],
    headers: ['object', 'null'],
    message_id: text,
    idempotency_key: textOrNull,
    batch: ['boolean'],
  },
  receivedEmails: {
    from: text,
    to: addresses,
    cc: addresses,
    bcc: addresses,
    reply_to: addresses,
    subject: text,
    html: textOrNull,
    text: textOrNull,
    headers: ['object'],
    message_id: text,
    created_at: text,
    attachments: ['object[]'],
    raw: text,
    over_quota: ['boolean'],
  },
  contacts: {
    email: text,
    created_at: text,
    first_name: textOrNull,
    last_name: textOrNull,
    unsubscribed: ['boolean'],
    properties: ['object'],
    segment_ids: ['string[]'],
    topics: ['object[]'],
    audience_id: textOrNull,
  },
  webhooks: {
    endpoint: text,
    events: ['string[]', 'null'],
    status: text,
    signing_secret: ['secret'],
  },
};

/** True when `value` is of `kind`. */
function isKind(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'object[]':
      return Array.isArray(value) && value.every((item) => isKind(item, 'object'));
    case 'secret':
      return typeof value === 'string' && SIGNING_SECRET.test(value);
    default:
      return typeof value === kind;
  }
}

/** A kind in words for the refusal, e.g. "an array of strings". */
const KIND_WORDS: Record<FieldKind, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  null: 'null',
  object: 'an object',
  array: 'an array',
  'string[]': 'an array of strings',
  'object[]': 'an array of objects',
  secret: 'a signing secret (`whsec_` followed by base64)',
};

/** What a refused value is, for the refusal: its kind, never the value (it may be a long body). */
function kindOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array with an item of another kind';
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The first field of `record` (stored in `collection`) whose kind {@link RECORD_FIELDS} does not
 * allow, as one sentence naming the field, the kinds expected and the kind found; `undefined` when
 * every field is of an allowed kind.
 *
 * @param collection - the collection's name in the fake's state, e.g. `emails`.
 * @param record - one record, already known to be an object with a string `id`.
 */
export function recordFieldProblem(collection: string, record: Record<string, unknown>): string | undefined {
  const fields = Object.hasOwn(RECORD_FIELDS, collection) ? RECORD_FIELDS[collection]! : {};
  for (const [field, kinds] of Object.entries(fields)) {
    const value = record[field];
    if (value === undefined || kinds.some((kind) => isKind(value, kind))) continue;
    const expected = kinds.map((kind) => KIND_WORDS[kind]).join(' or ');
    return `field "${field}" must be ${expected} (got ${kindOfValue(value)})`;
  }
  return undefined;
}
