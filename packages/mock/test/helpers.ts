/** Small request helpers shared by the mock's tests. */
import type { FakeResend } from '../src/index.js';

export const API = 'https://api.resend.com';
export const KEY = 're_test_123456';
export const HEADERS: Record<string, string> = {
  authorization: `Bearer ${KEY}`,
  'user-agent': 'resendkit-mock-tests/1.0',
};

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string | undefined>;
  base?: string;
}

/** Builds a request to the API with valid auth and User-Agent unless overridden. */
export function apiRequest(method: string, path: string, options: CallOptions = {}): Request {
  const headers = new Headers();
  for (const [k, v] of Object.entries({
    ...HEADERS,
    ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  })) {
    if (v !== undefined) headers.set(k, v);
  }
  return new Request(`${options.base ?? API}${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
}

export interface CallResult {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  body: any;
  text: string;
}

/** Sends a request through `fake.fetch` and parses the answer. */
export async function call(
  fake: FakeResend,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const response = await fake.fetch(apiRequest(method, path, options));
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Non-JSON bodies (the 1010 page) stay text.
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** A valid single-email body. */
export function email(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: 'Acme <onboarding@acme.dev>',
    to: ['delivered@resend.dev'],
    subject: 'Hello',
    html: '<p>Hi</p>',
    ...overrides,
  };
}
