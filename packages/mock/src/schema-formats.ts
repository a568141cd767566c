/**
 * The `format`s the spec uses, as patterns that run in linear time on any input (no nested
 * unbounded quantifiers), so no field value can stall the fake. scripts/generate-validators.ts
 * compiles them into the validators; the fake reads nothing from here at run time.
 */
export const SCHEMA_FORMATS: Readonly<Record<string, RegExp>> = {
  uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
  // Labels of at most 63 characters (RFC 1035), separated by dots.
  email:
    /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i,
  // An absolute URI: a scheme, then no whitespace.
  uri: /^[a-z][a-z0-9+.-]*:[^\s]*$/i,
};
