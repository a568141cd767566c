import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/shared/canonical-json.js';

/** canonicalJson as it was before functions and symbols were left out: JSON values must keep its text (job ids, keys). */
function before(input: unknown): string {
  const toJSON = (input as { toJSON?: unknown } | null | undefined)?.toJSON;
  const value: unknown = typeof toJSON === 'function' ? toJSON.call(input) : input;
  if (Array.isArray(value)) return `[${value.map(before).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${before(record[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

describe('canonicalJson writes what JSON.stringify writes', () => {
  it('leaves out properties that are functions, symbols or whose toJSON gives undefined', () => {
    const value = { a: 1, f() {}, s: Symbol('x'), u: { toJSON: () => undefined }, v: undefined };
    expect(canonicalJson(value)).toBe('{"a":1}');
    expect(canonicalJson(value)).toBe(JSON.stringify(value));
  });

  it('writes them as null in an array', () => {
    const value = [1, () => 0, Symbol('x'), { toJSON: () => undefined }, undefined];
    expect(canonicalJson(value)).toBe('[1,null,null,null,null]');
    expect(canonicalJson(value)).toBe(JSON.stringify(value));
  });

  it('leaves out the method of a class instance (an email object with a method)', () => {
    class Email {
      from = 'a@acme.dev';
      to = 'b@acme.dev';
      describe = () => `${this.from} to ${this.to}`;
    }
    expect(canonicalJson(new Email())).toBe('{"from":"a@acme.dev","to":"b@acme.dev"}');
  });

  it('keeps its text for any JSON value and Dates (fingerprints unchanged)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.date({ noInvalidDate: true }))), (value) => {
        expect(canonicalJson(value)).toBe(before(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'));
      }),
    );
  });
});
