import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Resend } from 'resend';
import { ROUTES } from '../src/generated/routes.js';
import { SDK_IDS } from '../src/generated/sdk-ids.js';
import { createResendClient } from '../src/client.js';

/**
 * SDK methods that are aliases of another SDK method; resendkit has the one they alias. The SDK's
 * `audiences` object is its `segments` object, so its `audiences.update` sends `PATCH /segments/{id}`.
 */
const ALIASES: Record<string, string> = {
  'emails.create': 'emails.send',
  'batch.create': 'batch.send',
  'audiences.update': 'segments.update',
};

/** SDK methods that send no request of their own (helpers around another call, or local checks). */
const NOT_ENDPOINTS = new Set([
  'contacts.imports.appendField',
  'contacts.imports.buildColumnMap',
  'contacts.imports.buildCreateFormData',
  'templates.performCreate',
  'webhooks.verify',
]);

/**
 * SDK methods that chain several requests in the SDK process rather than call one operation: forwarding
 * a received email downloads its raw MIME from the signed `raw.download_url` (not the API's origin)
 * and sends it on with `POST /emails`. The client has `emails.receiving.forward` and `raw` for them
 * (`src/receiving.ts`); the SDK's `forwardPassthrough`, `forwardWrapped` and `downloadRaw` are its parts.
 */
const COMPOSITES = new Set([
  'emails.receiving.downloadRaw',
  'emails.receiving.forward',
  'emails.receiving.forwardPassthrough',
  'emails.receiving.forwardWrapped',
]);

/** The class of each SDK method found by {@link sdkMethods}: `emails.update` → `Emails`. */
const classOf = new Map<string, string>();

/**
 * The type of each SDK method's first parameter, read from the SDK's declarations:
 * `Emails.update` → `UpdateEmailOptions`, `Emails.get` → `string`.
 */
function firstParameterTypes(): Map<string, string> {
  const file = createRequire(import.meta.url)
    .resolve('resend')
    .replace(/index\.[cm]?js$/, 'index.d.mts');
  const types = new Map<string, string>();
  for (const [, name, body] of readFileSync(file, 'utf8').matchAll(/^declare class (\S+) \{\n([\s\S]*?)^\}/gm)) {
    for (const [, method, type] of body!.matchAll(/^ {2}(\w+)\(\w+\??: ([^,)]+)/gm))
      if (!types.has(`${name}.${method}`)) types.set(`${name}.${method}`, type!.trim());
  }
  return types;
}

/** Every method of the SDK's resources, found by walking a `Resend` instance: `emails.send`, `contacts.imports.get`, … */
function sdkMethods(): string[] {
  const found: string[] = [];
  const walk = (value: object, prefix: string, depth: number) => {
    for (const [key, child] of Object.entries(value)) {
      if (typeof child !== 'object' || child === null || Array.isArray(child) || depth > 4) continue;
      const proto = Object.getPrototypeOf(child) as object | null;
      // Resources are class instances; skip plain data, Headers and the back-reference to the client.
      if (!proto || proto === Object.prototype || child instanceof Headers || child instanceof Resend) continue;
      for (const name of Object.getOwnPropertyNames(proto)) {
        if (name !== 'constructor' && typeof (proto as Record<string, unknown>)[name] === 'function') {
          found.push(`${prefix}${key}.${name}`);
          classOf.set(`${prefix}${key}.${name}`, (proto as { constructor: { name: string } }).constructor.name);
        }
      }
      walk(child, `${prefix}${key}.`, depth + 1);
    }
  };
  walk(new Resend('re_sdk_walk_only'), '', 0);
  return found.sort();
}

describe('the official resend SDK', () => {
  const ours = new Set(ROUTES.split('\n').map((line) => line.split(' ')[0]!));
  const sdk = sdkMethods();

  it('is walked: the resources are found', () => {
    expect(sdk).toContain('emails.send');
    expect(sdk).toContain('contacts.segments.add');
    expect(sdk.length).toBeGreaterThan(100);
  });

  it('has a resendkit counterpart of the same name for each method', () => {
    const missing = sdk.filter(
      (name) => !NOT_ENDPOINTS.has(name) && !COMPOSITES.has(name) && !ours.has(ALIASES[name] ?? name),
    );
    expect(missing).toEqual([]);
  });

  it('has the composites the SDK documents: emails.receiving.forward, and raw for its download', () => {
    const client = createResendClient({ apiKey: 're_sdk_walk_only', rateLimit: false });
    expect(typeof client.emails.receiving.forward).toBe('function');
    expect(typeof client.emails.receiving.raw).toBe('function');
  });

  it("takes the SDK's form (IDs inside the options) for every SDK method that calls a route with path IDs that way", () => {
    const routeOf = new Map(
      ROUTES.split('\n').map((line) => [line.split(' ')[0]!, line.split(' ').slice(1, 3).join(' ')]),
    );
    const firstTypes = firstParameterTypes();
    const withIdsInside = sdk.filter((name) => {
      const route = routeOf.get(ALIASES[name] ?? name);
      const first = firstTypes.get(`${classOf.get(name)}.${name.split('.').at(-1)}`);
      return route?.includes('{') === true && first !== undefined && first !== 'string';
    });
    expect(withIdsInside).toContain('emails.update');
    expect(withIdsInside).toContain('automations.runs.get');
    const covered = withIdsInside.filter((name) => SDK_IDS[routeOf.get(name)!] !== undefined);
    expect(covered).toEqual(withIdsInside);
    // And only those: every route of the table is one the SDK calls with the IDs inside.
    expect(Object.keys(SDK_IDS).sort()).toEqual(withIdsInside.map((name) => routeOf.get(name)!).sort());
  });

  it('lists as exceptions only methods the SDK has, and composites that no single route replaces', () => {
    expect([...COMPOSITES].filter((name) => ours.has(name))).toEqual([]);
    expect([...COMPOSITES, ...NOT_ENDPOINTS, ...Object.keys(ALIASES)].filter((name) => !sdk.includes(name))).toEqual(
      [],
    );
  });
});
