/**
 * Verdicts of this package and of the scheme's reference libraries (`svix`, `standardwebhooks`) on
 * one delivery, compared as "authentic or not": a delivery whose signature holds but whose body is
 * not a JSON event is authentic to all three (the references return or throw a JSON `SyntaxError`;
 * this package throws `invalid_payload`).
 */
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { isWebhookVerificationError, verifyWebhook } from '../src/index.js';

/** `accept` when the delivery is authentic, `reject` otherwise. */
export type Verdict = 'accept' | 'reject';

/** One delivery as the references take it: a header record and a string body. */
export interface Delivery {
  secret: string;
  body: string;
  headers: Record<string, string>;
}

function referenceVerdict(verify: () => unknown): Verdict {
  try {
    verify();
    return 'accept';
  } catch (error) {
    // The constructor's refusal of a secret is a plain Error; the JSON parse of an authentic body a SyntaxError.
    if (error instanceof SyntaxError) return 'accept';
    // By name: `svix` carries its own copy of `standardwebhooks` (1.0), whose class is another one.
    if (error instanceof Error && (error.name === 'WebhookVerificationError' || /secret|base64/i.test(error.message)))
      return 'reject';
    throw error;
  }
}

/** The `svix` library's verdict (reads `svix-*`, else `webhook-*`). Time: the (faked) `Date.now()`. */
export function svixVerdict({ secret, body, headers }: Delivery): Verdict {
  return referenceVerdict(() => new SvixWebhook(secret).verify(body, headers));
}

/** The `standardwebhooks` library's verdict (reads `webhook-*` only). */
export function standardVerdict({ secret, body, headers }: Delivery): Verdict {
  return referenceVerdict(() => new StandardWebhook(secret).verify(body, headers));
}

/** This package's verdict through `verifyWebhook`. */
export async function ourVerdict({ secret, body, headers }: Delivery): Promise<Verdict> {
  try {
    await verifyWebhook({ payload: body, headers, secret });
    return 'accept';
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error;
    return error.code === 'invalid_payload' ? 'accept' : 'reject';
  }
}

/** True when the headers hold any `svix-*` name, which `standardwebhooks` does not read. */
export const usesSvixNames = (headers: Record<string, string>) =>
  Object.keys(headers).some((name) => name.toLowerCase().startsWith('svix-'));

/** A `v1,…` signature made by the `svix` library, for `id`, `seconds` and `body`. */
export const referenceSignature = (secret: string, id: string, seconds: number, body: string) =>
  new SvixWebhook(secret).sign(id, new Date(seconds * 1000), body);
