// Size budgets (min + gzip, bundled with esbuild by @size-limit/preset-small-lib), checked by
// `pnpm size` as part of `pnpm check:packages`. "own code" entries ignore dependencies a consumer
// installs anyway; the "with …" entries report what an app actually ships.
//
// Issue 7 asked for the client's own code to stay within 5 kB. It does not: the runtime a
// `createResendClient()` user ships is ~5.6 kB and the whole package (with `sendAll`, the exported
// wrappers and limiter) ~8.2 kB. `pnpm size:floor` shows why: with every error message emptied the
// same runtime still takes more than 5 kB. The limits below sit a little above today's figures so
// that growth is a deliberate decision; see README "Package sizes". The security hardening of issue 19
// (origin pinning, header checks, response redaction and size cap, content-bucketed sendAll keys)
// added ~2.4 kB to the whole client and ~1.9 kB to `createResendClient` alone (own code, gzip).
//
// The endpoint methods (`resend.emails.get(id)`: the route table generated from the spec and the
// code binding it) add ~1.7 kB to every createResendClient() user, budgeted on their own below; the
// building blocks moved to `/compose`. Measured after both: whole root 12.5 kB, createResendClient
// 9.7 kB, /compose 6.6 kB. @resendkit/types ships the spec facts table at run time (~0.5 kB).
//
// The one error model (ResendKitError base, per-class guards, the request named on a failed result
// instead of on the Response) added ~0.36 kB to the whole client (12.57 → 12.93), ~0.28 kB to
// createResendClient (9.79 → 10.07) and ~0.14 kB to webhooks, which now imports the base from
// @resendkit/client/errors (2.86 → 3.00; verifyWebhook 1.59 → 1.73).
//
// Issue 20 (per-request speed) added ~1.8 kB to each client bundle, by decision: the send path beneath
// Node's own fetch (node-dispatch.ts, ~1 kB: loopback requests at ~0.45× the SDK's time instead of
// ~1.05×), the PlainRequest handed to openapi-fetch and the BufferedResponse every attempt resolves
// with (~0.9 kB together: no stream or AbortSignal per call, one JSON parse). Measured after it (own
// code): whole root 12.93 → 14.75 kB, createResendClient 10.07 → 11.89 kB, /compose 8.59 kB; the
// official SDK is 33.5 kB.
//
// Its second round (the client's CPU per call from 2.3–2.7× the SDK's to 1.66–1.77×) added ~1 kB, by
// decision: the time limit's AbortSignal made only when read, on Node 20 where one costs ~6 µs
// (lazy-abort.ts, changeAttempt; ~0.5 kB with the layers that keep it unmade), the in-memory
// limiter's free-slot fast path and amortised pruning (~0.17 kB), the request checks as one
// synchronous middleware and the method put in openapi-fetch's options (~0.2 kB), fewer promises
// per call (~0.15 kB). Measured after it (own code): whole root 14.75 → 15.78 kB,
// createResendClient 11.89 → 12.91 kB, /compose 8.59 → 9.37 kB.
// sendAll's re-run safety and team limits (one batch per bucket, the receipt of earlier runs, the
// quota stop or wait, the concurrency cap) added ~1.55 kB to the whole client, by decision, and
// nothing to createResendClient: own code 15.78 → 17.33 kB, with openapi-fetch → 19.30 kB (sendAll
// alone, esbuild min + gzip: 3.77 → 5.44 kB).
//
// Accepting the official SDK's calls added ~3.8 kB to createResendClient (own code, gzip; 12.91 →
// 16.73 kB, whole root 20.04 kB, with openapi-fetch 22.22 / 18.84 kB), by decision: the SDK names
// table generated from the spec with its per-route checks (~1.7 kB), the input preparation that
// applies it and renders `react` (~1 kB), `emails.receiving.raw`/`forward` (~1.4 kB), the refused
// base URL shown safely (~0.3 kB). `@react-email/render` is an optional peer imported only when a
// call has a `react` value, so it is left out like openapi-fetch. Restricting the table to the
// routes the SDK converts (not OAuth or inboxes) would save part of its 1.7 kB.
//
// Priority lanes (a second queue, the bulk cap in the in-memory store, the per-call lane with its
// cached bulk stack) and the quota reader added ~0.25 kB to each client bundle (whole root 16.23 kB,
// createResendClient 13.37 kB, /compose 9.80 kB measured after them); the lanes in the Redis script
// and the wait for a client's first connection ~0.3 kB to @resendkit/redis (3.12 kB).
module.exports = [
  { name: '@resendkit/client (own code, openapi-fetch excluded)', path: 'packages/client/dist/index.js', import: '*', ignore: ['openapi-fetch', '@resendkit/types', '@react-email/render'], gzip: true, limit: '22.6 kB' },
  { name: '@resendkit/client: createResendClient only (own code)', path: 'packages/client/dist/index.js', import: '{ createResendClient }', ignore: ['openapi-fetch', '@resendkit/types', '@react-email/render'], gzip: true, limit: '17.2 kB' },
  { name: '@resendkit/client: endpoint methods layer (route table + binding)', path: 'packages/client/src/methods.ts', import: '{ bindMethods }', ignore: ['@react-email/render'], gzip: true, limit: '5 kB' },
  { name: '@resendkit/client/compose (own code)', path: 'packages/client/dist/compose.js', import: '*', ignore: ['openapi-fetch', '@resendkit/types'], gzip: true, limit: '9.6 kB' },
  { name: '@resendkit/client (with openapi-fetch)', path: 'packages/client/dist/index.js', import: '*', ignore: ['@resendkit/types', '@react-email/render'], gzip: true, limit: '24.8 kB' },
  { name: '@resendkit/client: createResendClient only (with openapi-fetch)', path: 'packages/client/dist/index.js', import: '{ createResendClient }', ignore: ['@resendkit/types', '@react-email/render'], gzip: true, limit: '19.3 kB' },
  // The one error base every package imports (no dependencies of its own).
  { name: '@resendkit/client/errors (the error base)', path: 'packages/client/dist/errors.js', import: '*', gzip: true, limit: '0.4 kB' },
  { name: '@resendkit/types (runtime code: the spec facts table)', path: 'packages/types/dist/index.js', import: '*', gzip: true, limit: '0.6 kB' },
  { name: '@resendkit/pagination (own code)', path: 'packages/pagination/dist/index.js', import: '*', ignore: ['@resendkit/client', '@resendkit/types', 'openapi-fetch'], gzip: true, limit: '2.5 kB' },
  { name: '@resendkit/mock/server (local server + the inbox page, CSS and script)', path: 'packages/mock/dist/server.js', import: '*', ignore: ['http', 'net', 'stream', 'node:http', 'node:net', 'node:stream'], gzip: true, limit: '10 kB' },
  // The mock's core entry: own code, the bundled spec and the validators compiled at generate time
  // (~90 kB of the total; they replace ajv and ajv-formats, which are no longer dependencies), and
  // the request log and inbox queries (~2.4 kB).
  { name: '@resendkit/mock (core entry: own code + bundled spec + compiled validators)', path: 'packages/mock/dist/index.js', import: '*', ignore: ['@resendkit/types', '@resendkit/webhooks'], gzip: true, limit: '185 kB' },
  // Webhooks: checking every option up front (WebhookOptionError), reading headers, timestamps and
  // secrets exactly as the svix and standardwebhooks libraries do, and claiming each delivery before
  // its handler runs (in-process store, shared claim stores) took the whole package from 3.00 to
  // 4.05 kB, verifyWebhook from 1.73 to 2.23 kB and webhookHandler from 2.28 to 3.32 kB.
  { name: '@resendkit/webhooks (whole package, with the error base it imports)', path: 'packages/webhooks/dist/index.js', import: '*', gzip: true, limit: '4.2 kB' },
  { name: '@resendkit/webhooks: verifyWebhook only', path: 'packages/webhooks/dist/index.js', import: '{ verifyWebhook }', gzip: true, limit: '2.35 kB' },
  { name: '@resendkit/bullmq (own code, bullmq and the client excluded)', path: 'packages/bullmq/dist/index.js', import: '*', ignore: ['bullmq', '@resendkit/client', '@resendkit/client/errors', 'node:crypto', 'crypto'], gzip: true, limit: '3.2 kB' },
  { name: '@resendkit/redis (own code, client excluded)', path: 'packages/redis/dist/index.js', import: '*', ignore: ['@resendkit/client', '@resendkit/client/compose', 'node:crypto', 'crypto'], gzip: true, limit: '3.3 kB' },
];
