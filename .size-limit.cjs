// Size budgets (min + gzip, bundled with esbuild by @size-limit/preset-small-lib), checked by
// `pnpm size` as part of `pnpm check:packages`. "own code" entries ignore dependencies a consumer
// installs anyway; the "with …" entries report what an app actually ships.
//
// Each limit sits a little above today's figure, so growth is a decision: raise a limit in the
// commit that causes the growth and say there where the bytes went. The client's own code does not
// fit the 5 kB once aimed for; `pnpm size:floor` shows where its bytes go. Why the budgets are what
// they are: CONTRIBUTING.md, "Size budgets"; how they grew before the first release: bench/README.md,
// "History".
//
// Client, 2026-12-07: an attempt through a `fetch` option settling when its signal aborts, even when
// that fetch ignores it (a call hung past every time limit): +0.03 kB to createResendClient and
// compose; sendAll stopping on an async onProgress's rejection, giving up a react render when its
// signal aborts, and marking a call that threw as maybe sent: +0.1 kB more to the whole client.
// Budgets raised: whole 34.1 → 34.25, createResendClient 28.75 → 28.8 (with openapi-fetch 30.85 →
// 30.9), compose 13.35 → 13.4, whole with openapi-fetch 36.2 → 36.35 kB. Then a custom store's
// failures named as the store failing (an answer with no slot or wait had the limiter poll every
// millisecond forever; a throw reached callers as "got no answer") and a shared limiter's conflict
// naming a store or clock by its kind: +0.12 kB to each of those entries (34.4, 28.95, 31.05, 13.55,
// 36.5 kB). A generateKey that throws refused with its cause, a retry.random that throws replaced by
// Math.random, and a fetch option answering with something that is not a Response named as such
// (the message was "cannot read properties of undefined"): ~+0.05 kB each (34.45, 29.0, 31.1, 13.6,
// 36.55 kB).
//
// Client, 2026-12-07, later: a thrown value that is no Error (a prototype-less object, whose String()
// throws) named by its kind, and error messages cut before an emoji, not through it: ~+0.05 kB to
// each client entry; the whole client and createResendClient stay within budget because the client
// now imports the one spec fact it reads instead of the table holding all four (the list routes,
// which only pagination reads, no longer ship in a worker bundle: −0.33 kB min+gz there). compose's
// own-code entry leaves @resendkit/types out, so it shows the cost only: 13.6 → 13.65 kB.
//
// Client, 2026-12-07, later still: an attachment's `content` given as bytes (a Buffer, Uint8Array,
// DataView or ArrayBuffer) sent as Base64 as the official SDK sends it (bytes.ts, shared/base64.ts:
// the platform's encoder, Buffer, or btoa; the generated BASE64_FIELDS table), and inbox drafts'
// attachments in the SDK names table: +0.34 kB to the whole client and createResendClient, +0.41 kB
// to the methods layer, nothing to compose (34.45 → 34.8, 29.0 → 29.3, 6.65 → 7.05, with
// openapi-fetch 31.1 → 31.4 and 36.55 → 36.9 kB). Then option names checked inside nested options
// (`retry: { retires: 0 }` had kept retrying) and telemetry's providers checked for their kind, a
// per-call idempotencyKey that is no string refused (`null` had sent under a random key), a baseUrl
// that cannot be printed named by its kind, and odd inbound attachments forwarded: ~+0.33 kB to
// createResendClient; `maybeSent` told for an attempt that got no answer (failure.ts's list of codes
// that mean nothing left: a single timed-out send had said false): ~+0.18 kB to each client entry and
// to compose; `toApiEmail` for emails stored to be sent later: ~+0.1 kB to the whole client
// (35.45, 29.85, 13.85, with openapi-fetch 31.9 and 37.55 kB).
//
// Pagination, 2026-12-07: a walk refuses a page that repeats an item of the page before or holds one
// id twice (it had yielded those items twice, against its README's promise): +0.09 kB, 2.45 → 2.55 kB.
// BullMQ, the same day: an idle worker's close() ends its wait for a job instead of sitting out
// BullMQ's blocking wait (~1.1 s → a few ms), with the shared abortable wait between attempts:
// +0.16 kB, 4.5 → 4.65 kB. Redis: the store's `keys` as Redis holds them under an ioredis
// `keyPrefix`: +0.05 kB, 4.6 → 4.65 kB. Webhooks: a request body locked by another reader refused
// as a typed misconfiguration (500) instead of a bare TypeError (400), and the event parsed from the
// bytes that were signed (the signed content's own copy of the body, made once for signing and
// parsing): +0.05 kB, 5.15 → 5.2 kB; verifyWebhook alone 2.91 → 2.94 kB. Client: a 2xx
// answer the client cannot use says `maybeSent` (the error middleware builds it as a ResendError):
// +0.04 kB to each client entry and compose (13.85 → 13.9 kB). Mock core: a malformed list cursor
// answered 422 `validation_error` as the API does (a well-formed unknown one stays 404), and a
// `scheduled_at` whose offset gives hours only (`+01`) accepted: +0.12 kB, 203.1 → 203.25 kB.
//
// Client, 2026-12-07, again: the URL a response came from taken from its attempt when `fetch` could
// not have followed a redirect, so the limiter's origin check reads no `response.url` (Deno builds
// that string on every read: ~10 µs a loopback call with the limiter on): +0.03 kB to each client
// entry and compose (29.85 → 29.9, 13.9 → 13.95, with openapi-fetch 31.9 → 31.95 kB).
// Then option names checked where they were still ignored: `sendAll`'s (a misspelt
// `idempotencyPrefix` ran a job under random keys, so its re-run sent every email again),
// `emails.receiving.forward`'s with a boolean `passthrough` (`passThrough: false` forwarded the email
// without the note), and `toApiEmail`'s (`null` failed as a TypeError, a misspelt `signal` left a
// render unabortable): +0.12 kB to the whole client, +0.05 kB to createResendClient (forward only)
// (35.45 → 35.6, 29.9 → 29.95, with openapi-fetch 37.55 → 37.7 and 31.95 → 32.0 kB).
// Then a falsy per-call `signal` refused instead of dropped, `retryAfter` on the 5xx answers whose
// wait the retries honour, and an aborted `sendAll` result keeping the signal's reason: +0.03 kB to
// the whole client, within its budget. BullMQ: a batch record in Redis that is not as the package
// wrote it fails its jobs alone, named (`unreadable_record`), instead of rejecting `sendJobs` and
// stalling every job collected with it, and an unreadable answer record is replayed under its key:
// +0.17 kB, 4.65 → 4.85 kB. Webhooks (`signWebhook` ids that no header can carry) and pagination (a
// response URL that does not parse) stayed within theirs.
// Then telemetry: seconds-sized bucket bounds for the two duration histograms (the SDK's defaults
// are for ms: nearly every call fell into one bucket), a context manager that throws failing no send
// (and never starting an attempt twice), a sendAll run's span INTERNAL and its quota refusals
// counted once, and an aborted run's not_sent results keeping the reason: +0.13 kB to the whole
// client and createResendClient (35.6 → 35.75, 29.95 → 30.05, with openapi-fetch 37.7 → 37.85 and
// 32.0 → 32.15 kB).
// Then an untyped call's concrete path (`GET('/emails/e-123')`) named in telemetry, events and logs
// by the route template it fits, else `(unknown route)`, so no email id from a path is recorded:
// +0.1 kB to the whole client and createResendClient (35.75 → 35.85, 30.05 → 30.15, with
// openapi-fetch 37.85 → 37.95 and 32.15 → 32.25 kB).
// Then, on review: untyped paths matched against templates compiled once instead of per call, and the
// run's quota refusals told by the client's own `isQuotaErrorName` instead of a string test of its
// own: +0.03 kB to the whole client, +0.07 kB to createResendClient (the quota names module joins
// it): 30.15 → 30.2 kB.
// Then sendAll with a prefix sending every copy of an email a job holds more than once (each copy's
// own fingerprint, key and receipt entry): +0.06 kB to the whole client (35.85 → 35.95, with
// openapi-fetch 37.95 → 38.0 kB); createResendClient does not carry sendAll.
// Then one capped body reader for every package: the shared one keeps a body's start when asked
// (`tooLarge` null), for the fake's record of a webhook receiver's answer, which had a reader of its
// own: +0.03 kB to createResendClient (30.2 → 30.25, with openapi-fetch 32.25 → 32.3 kB) and the
// whole client with openapi-fetch (38.0 → 38.05 kB), +0.02 kB to webhooks (5.2 → 5.25 kB).
// Then four ways a call went wrong without a word, each now refused or told: headers given as pairs
// or a `Headers` (openapi-fetch read pairs as a record: the caller's Idempotency-Key was lost to a
// random one, and a re-run sent the email again) made records, other kinds refused; `idempotency.paths`
// entries that are no schema path refused (such a list sent every email without a key);
// `rateLimit.store` without its methods refused at construction; inbound downloads under the call's
// time limit and retries (a stalled one hung for ever); a 2xx without the JSON body the spec declares
// answered `invalid_response` (it read as a success with no data; generated/answers.ts names the two
// routes that declare none); bodies of the wrong shape refused before sending (`emails.send([])`,
// `batch.send({})`, a required body left out): +0.75 kB to the whole client (35.95 → 36.7, with
// openapi-fetch 38.05 → 38.8 kB), +0.72 kB to createResendClient (30.25 → 30.95, with openapi-fetch
// 32.3 → 33.0 kB), +0.06 kB to the methods layer (7.05 → 7.1 kB), +0.11 kB to compose (13.95 →
// 14.05 kB). The README's smallest client for workers stays within 12 kB (11.999 kB: the
// `invalid_response` of an unusable 2xx built once, where an empty body's had been a second builder).
// Then network failures on Deno named by code (its `fetch` gives only the operating system's words;
// a refused connection now counts as unsent there, as on Node and Bun), in the `node` build only,
// which Deno and Bun take (posix-code.ts; the web build's stand-in passes the code through), the
// shared number checker showing a short string only when it reads as a number (a short test key was
// printed whole), one reader of the route table (route-table.ts) and the path check naming a
// parameter's kind with the shared kindOf: +0.12 kB to the whole client (36.68 → 36.8, with
// openapi-fetch 38.75 → 38.85 kB), +0.13 kB to createResendClient (30.93 → 31.06, with openapi-fetch
// 32.99 → 33.09 kB), +0.14 kB to compose (14.04 → 14.18 kB); the methods layer 7.09 → 7.08 kB. The
// README's smallest client for workers: 11.998 kB. Then `sendAll` reading the emails its array held
// when called (an array emptied or refilled after the call sent nothing, or other emails), a
// permissive batch's refused emails counted as failed, not sent, in the emails metric and a run's
// progress, and a throwing tracer or meter provider taking away only its own part: +0.15 kB to the
// whole client (36.8 → 36.94, with openapi-fetch 38.85 → 39.0 kB), +0.14 kB to createResendClient
// (31.06 → 31.19, with openapi-fetch 33.09 → 33.24 kB; for workers 30.81 → 30.95 kB). Then three
// places a migrating user's SDK call did something else without a word: `contacts.imports.create`
// sending `columnMap`/`onConflict` as form fields the API ignores (the SDK names table now reads
// multipart bodies), `contacts.list({ audienceId })` listing every contact (an alias table), and
// array filters the spec takes comma-separated (`folders=inbox,archive`, as the SDK sends them)
// sent as repeated parameters (the generated COMMA_QUERIES): +0.2 kB to the whole client (36.94 →
// 37.14, with openapi-fetch 39.0 → 39.2 kB), +0.21 kB to createResendClient (31.19 → 31.4, with
// openapi-fetch 33.24 → 33.44 kB; for workers 30.95 → 31.15 kB), +0.19 kB to the methods layer
// (7.08 → 7.27 kB). Then the comma-separated query arrays joined for path calls too (`resend.GET`,
// once in the call guard instead of in the methods layer: methods 7.27 → 7.17 kB), a 500, 502 or 504
// to a send said `maybeSent` (before, it read as not sent, and resending it without its key could
// deliver it twice), and five mends a hunt found (`toResendError` keeping a refused option's code,
// `sendAll` hashing a slice at a time instead of holding 2 GB for a large job, its advice when one
// `to` overfills a bucket, `replyTo`'s threading headers in any case, `toApiEmail` refusing a Blob
// it stored as `{}`): +0.39 kB to the whole client (37.14 → 37.53, with openapi-fetch 39.2 → 39.59
// kB), +0.04 kB to createResendClient (31.4 → 31.44, with openapi-fetch 33.44 → 33.48 kB; for workers
// 31.15 → 31.19 kB). The composed worker client stayed at 12,000 B by shortening two messages.
// Then fixes for what users would hit: an error answer whose JSON body is not the API's
// `{ name, message }` (`null`, `{}`, a proxy's `{ "error": … }`) given as a typed `invalid_response`
// (a falsy or shapeless `error` had sent `if (error) … else data.id` down the success branch), a
// lone UTF-16 surrogate in a path or query parameter refused by name (a bare URIError), an endpoint
// method's query of the wrong kind refused (a string, an array, a Date value had gone out as
// something else), `toResendError` taking arguments of the wrong kind without a TypeError, an empty
// `id` in a send's answer counted as `invalid_response` with `maybeSent`, the Node path reading a
// `Content-Encoding` list and a status over 599 as `fetch` does, `sendAll` keeping its report and
// receipt when onProgress throws (SendAllProgressError), and concrete paths finding their template's
// comma-separated queries: +0.58 kB to the whole client (37.53 → 38.11, with openapi-fetch 39.59 →
// 40.18 kB), +0.35 kB to createResendClient (31.44 → 31.79, with openapi-fetch 33.48 → 33.85 kB; for
// workers 31.19 → 31.5 kB), +0.11 kB to the methods layer (7.17 → 7.28 kB), +0.06 kB to compose
// (14.18 → 14.24 kB: the Node path). The composed worker client went 12,000 → 11,996 B: its share
// (error-middleware's check) paid for by three shorter messages and one failure() call instead of two.
// A retried call's span given OpenTelemetry's `http.request.resend_count` (the HTTP client
// conventions require it once a request went again; only `resend.attempts` was set): +0.02 kB to
// createResendClient (31.79 → 31.81, with openapi-fetch 33.85 → 33.87 kB).
module.exports = [
  {
    name: '@resendkit/client (own code, openapi-fetch excluded)',
    path: 'packages/client/dist/index.js',
    import: '*',
    ignore: ['openapi-fetch', '@resendkit/types', '@react-email/render'],
    gzip: true,
    limit: '38.15 kB',
  },
  {
    name: '@resendkit/client: createResendClient only (own code)',
    path: 'packages/client/dist/index.js',
    import: '{ createResendClient }',
    ignore: ['openapi-fetch', '@resendkit/types', '@react-email/render'],
    gzip: true,
    limit: '31.85 kB',
  },
  // The SDK's calls with the IDs inside the options (sdk-ids.ts and its generated table of 47 routes)
  // added 1.25 kB here and about 1.3 kB to each client entry. The direct call (direct-call.ts, the
  // request rules as one function, the middleware count: ~1 kB of their own, less what the chained
  // middleware it replaced took) and one timer per time-limit length (deadlines.ts, ~0.45 kB) added
  // ~1.2 kB to each client entry; the lent interactive reserve ~0.12 kB. Answering a direct call with
  // the platform's own response, its body and headers held aside (the door's readers, header pairs
  // also for the Node path) and the limiter's slots as number arrays added ~0.55 kB to each client
  // entry and ~0.47 kB to compose, for 1.5–3 µs less CPU a call on Node 22–26 (bench/README.md).
  // The time limit as one object in a linked queue, the key-echo test made once per client and the
  // Node path's signal made on demand (node-fetch.ts) added ~0.2 kB to each client entry and to
  // compose, for ~0.3–0.5 µs less CPU a call and ~10 µs less wall time a loopback request on Node.
  // Start-up: the buffered response's class made on first use and the Node path's dispatcher found
  // on the first request (no `fetch` implementation loaded at import: 20–28 ms less on Node), and the
  // endpoint methods built one group at a time on first read (~2 ms less of a first
  // `createResendClient()`, 0.5–1.5 ms less of each later one) added ~0.25 kB to each client entry
  // and ~0.22 kB to the methods layer (bench/README.md, "Start-up"). Copies of an attempt written out
  // field by field and a held body of declared length read as text by the platform added ~0.12 kB
  // to each client entry and ~0.1 kB to compose, for 17–19 % less CPU a call on Bun and Deno and ~10 %
  // on Node 24 and 26 with `fetch` stubbed (bench/README.md). Options checked for their kind
  // (shared/check-kind.ts: `retry: true`, `rateLimit: 'off'`, `idempotency.paths` as one string, a
  // call's unknown `priority`… each refused with `invalid_option` instead of read as something else)
  // added ~0.45 kB to each client entry and ~0.16 kB to compose; option names the client does not
  // read refused with the nearest it does (a misspelt `idempotency_key` had sent under a random key), a
  // body that is no object refused by route, and `unwrap`, `replyTo`, `receiving.forward` and
  // `sendAll` checking what they are given another ~0.35–0.5 kB to each client entry.
  // A reply's References built from message IDs only (at most 20) and its headers, addresses and
  // subject refused with a line break (a received subject could add a `Bcc:`), downloads read under
  // maxResponseBytes, a forward sent under the call's idempotency key, a `react` render given up when
  // the call's signal aborts, and async observers' and onRetry's rejections caught: +0.31 kB to the
  // whole client, +0.1 kB to createResendClient, +0.24 kB to the methods layer (the render follows the
  // call's signal through the shared followSignal, which the rest of createResendClient has already).
  // A body JSON cannot hold (a BigInt, a cycle) resolved as `invalid_option` with its cause and
  // nothing sent, on the direct path and through openapi-fetch (json-body.ts and the guard's catch;
  // it had rejected the call with the platform's TypeError): +0.15 kB to each client entry.
  // A failed last answer after an attempt that got none marked maybe sent (retry.ts, failure.ts: the
  // error had said nothing was carried out): +0.05 kB.
  // One quiet call of a user's callback (shared/callback.ts: a throw and an async rejection dropped)
  // for the client's listeners, loggers and onRetry, redis's onError and webhooks' onError, instead
  // of a copy in each: +0.02 kB here, +0.01 kB to webhooks, −0.02 kB to redis.
  // A forward's subject and attachment names, types and content IDs put on one line (receiving.ts: a
  // received line break could start a header of the sender's): +0.04–0.06 kB to each client entry.
  // Calls an endpoint method refuses itself (a body that is no object, two spellings of an option, a
  // failed `react` render…) sent down to the call guard with their refusal, so telemetry observes them
  // as it does the guard's own (they left no span, event or log line): +0.09 kB to each client entry;
  // −0.39 kB to the methods layer, whose refusals no longer build their own result.
  // Calls waiting in the limiter's queue and sendAll runs following their signal through the shared
  // followSignal (shared/follow-signal.ts; one listener however many share a signal): −0.02 kB.
  // What a long-running process gathered: a call's own `timeoutMs` queue clearing its timer once idle
  // (each left ~450 B for as long as its limit), a signal of the call's own for the platform `Request`
  // of middleware calls and downloads (it listens to its signal until collected), a `sendAll` run
  // ended when onProgress throws, and followSignal made from one generic oneListener (which Redis's
  // ready waits share): +0.17 kB to each client entry, +0.05 kB to compose and the methods layer.
  {
    name: '@resendkit/client: endpoint methods layer (route table + binding)',
    path: 'packages/client/src/methods.ts',
    import: '{ attachMethods }',
    ignore: ['@react-email/render'],
    gzip: true,
    limit: '7.3 kB',
  },
  {
    name: '@resendkit/client/compose (own code)',
    path: 'packages/client/dist/compose.js',
    import: '*',
    ignore: ['openapi-fetch', '@resendkit/types'],
    gzip: true,
    limit: '14.25 kB',
  },
  {
    name: '@resendkit/client (with openapi-fetch)',
    path: 'packages/client/dist/index.js',
    import: '*',
    ignore: ['@resendkit/types', '@react-email/render'],
    gzip: true,
    limit: '40.2 kB',
  },
  {
    name: '@resendkit/client: createResendClient only (with openapi-fetch)',
    path: 'packages/client/dist/index.js',
    import: '{ createResendClient }',
    ignore: ['@resendkit/types', '@react-email/render'],
    gzip: true,
    limit: '33.9 kB',
  },
  // The one error base every package imports (no dependencies of its own).
  {
    name: '@resendkit/client/errors (the error base)',
    path: 'packages/client/dist/errors.js',
    import: '*',
    gzip: true,
    limit: '0.4 kB',
  },
  {
    name: '@resendkit/types (runtime code: the spec facts table)',
    path: 'packages/types/dist/index.js',
    import: '*',
    gzip: true,
    limit: '0.6 kB',
  },
  // Pagination follows its caller's signals through the client's shared followSignal and
  // untilAborted (its own copies gone; many walks sharing a signal had put a listener each on it):
  // 2.50 → 2.42 kB. A list the API answers whole (`/audiences`, an inbox's labels) refused before
  // any request, naming the mistake (it was requested, then refused as `invalid_page`): +0.06 kB,
  // 2.55 → 2.61 kB (2.65).
  {
    name: '@resendkit/pagination (own code)',
    path: 'packages/pagination/dist/index.js',
    import: '*',
    ignore: ['@resendkit/client', '@resendkit/types', 'openapi-fetch'],
    gzip: true,
    limit: '2.65 kB',
  },
  // Refusing wrong kinds by name (listen's fake, options, port and host, written out without the
  // shared checkers; the findCodes/findLinks body checks the test API's emails bring along) took the
  // server entry from 13.93 to 14.55 kB. Refusing unknown option names by the nearest known one
  // (listen's `Port`, a settings PUT's `fault` or `faults.latency`: the shared checkOptionNames and
  // the mock's wrapper that names the option) took it to 14.72 kB and the core entry +0.21 kB. A
  // body cut off mid-upload answered 400 instead of logged as the fake's 500, and the inbox page
  // keeping a keyboard user's focus on their row through a refresh, took it to 14.84 kB. Long polls
  // following the server's closing signal through the shared followSignal (one listener however many
  // wait: more than ten warned MaxListenersExceededWarning) took it from 14.87 to 14.99 kB. A signal
  // per request that ends injected latency when the caller leaves or the server closes (a process
  // could not exit until the latency ran out): 15.03 kB; the core entry +0.25 kB with the request
  // log's cut bodies copied (a slice kept the whole body alive) and a reset aborting attempts in flight.
  // close() letting the long polls answer before it drops the connections: 15.05 kB. The request
  // body as a stream of its own that drops the rest of an upload answered unread, so the connection
  // serves the next request (Readable.toWeb kept it paused and the connection stuck): 15.25 kB; the
  // inbox's downloads naming a file in any script through the core's Content-Disposition: 15.35 kB.
  // Requests Node cannot parse (oversized headers, a garbled request line, a bad chunk) answered in
  // Resend's JSON error shape instead of Node's bare 400/431, a target that is no URL answered 400,
  // and a failing long poll answered 500 instead of an unhandled rejection ending the process: 15.7 kB.
  // Option names shaped like a key or secret (`{ [apiKey]: … }` spread into `listen()`'s options)
  // told by kind and length only, which brings the fake's secret shapes into this entry: +0.21 kB,
  // 15.75 → 15.96 kB (16.0).
  {
    name: '@resendkit/mock/server (local server + the inbox page, CSS and script)',
    path: 'packages/mock/dist/server.js',
    import: '*',
    ignore: ['http', 'net', 'stream', 'node:http', 'node:net', 'node:stream'],
    gzip: true,
    limit: '16.0 kB',
  },
  // The mock's core entry: own code, the bundled spec and the validators compiled at generate time
  // (~90 kB of the total; they replace ajv and ajv-formats, which are no longer dependencies), and
  // the request log and inbox queries (~2.4 kB). Inbox drafts' attachments in the spec and its
  // validators, Base64 through the client's shared encoder, and option values shown to a bounded
  // depth (a 30,000-deep array overflowed the stack): +0.27 kB (202.6 kB). Answering as Resend does
  // where it had not: a permissive batch's items that break the schema reported by index (the whole
  // batch had been refused), `template` refused beside `html` or `text`, a domain's capabilities
  // merged and never both disabled, and a field taking one value or a list named by the rule the
  // value broke (51 recipients had read "must be string"): +0.5 kB (203.1 kB). Scheduled emails
  // going out once the fake's clock passes their time (with their webhook events, checked on every
  // request and read) and `scheduled_at` held to what Resend documents: +0.3 kB, 203.25 → 203.55 kB.
  // Scheduled broadcasts going out too (`failed` when the rules refuse them by then): +0.18 kB, 203.7 kB.
  // An email received over quota kept out of inbox threads (listed without its html and text; read
  // alone or forwarded, 403 `email_above_quota`), `fake.fetch` answering only under its base URLs (a
  // misspelt host or plain http passed the tests and failed in production), a `sending_access` key
  // pinned to a domain refused from any other, and refused option values that look like a key, a
  // webhook secret or a URL with credentials shown by kind and length only: +0.81 kB, 204.55 kB.
  // Scheduled broadcasts checked against the sending rules when scheduled (they had failed silently
  // when due) and a failed one keeping its reason, scheduled emails counted by metrics and /usage on
  // the day they go out, secret-shaped option names hidden, URLs refused as `accountEmail`: +0.13 kB,
  // 204.52 → 204.65 kB (204.7). A deleted API key refused (it went on working, a deleted
  // sending_access key with full access), files served sandboxed and `nosniff` (an HTML or SVG
  // attachment ran script on the inbox's origin) and a 405 on a file in the error shape: 204.7 kB
  // (204.8). OAuth secrets masked in the request log (`client_secret`, codes, verifiers, access and
  // refresh tokens in bodies, query strings and headers; they showed in clear in `GET /logs` and the
  // inbox) and malformed `cc`/`bcc`/`reply_to`, a broadcast's `from` and non-Base64 attachment content
  // refused as Resend refuses them: +0.24 kB, 204.7 → 204.94 kB. OAuth access tokens accepted on API
  // calls within their scopes (`emails:send`, `full_access`; 403 `invalid_permission` outside them),
  // ending when they expire (900 s on the fake's clock) or their grant is revoked, and confidential
  // clients held to their secret at /oauth/token and /oauth/revoke (a test of an OAuth integration
  // could not make one call with its token): +0.77 kB, 205.72 kB. A reused refresh token revoking
  // its grant (token-theft protection the spec describes), a revoked grant's DELETE answering 404,
  // the access-token revoke hint and scopes a client did not register refused: +0.28 kB, 206.0 kB
  // (206.05). What Resend refuses refused (a domain with sending disabled sending, a malformed domain
  // name, an unknown topic on a contact, a key reused across batch modes, a refresh widening its
  // scopes) and contact emails matched whatever their case: +0.75 kB. The inbox as Resend's
  // (`message_count`, `enabled_actions`, the thread list's `read` and `labels`, search's words,
  // phrases, exclusions and filters, replies and forwards counted against the quota with the test
  // addresses' outcomes): +0.74 kB. A bad stored signing secret refused at load and an unsignable
  // delivery failed instead of ending the process, `baseUrl`'s path kept off Resend's own origin,
  // restarts neither doubling `--domain` nor reusing stored ids, `before` refused on after-only lists:
  // +0.17 kB. 206.0 → 207.72 kB (207.75). A draft's send made a send (sending rules, quota, the
  // test addresses' outcomes and events, a thread; it stored nothing), the inbox's documented webhook
  // events sent, the agent's documented action names, unknown topic and segment ids and a taken email
  // refused on contacts, inbox addresses matched in any case: +1.2 kB, 208.93 kB (208.95).
  {
    name: '@resendkit/mock (core entry: own code + bundled spec + compiled validators)',
    path: 'packages/mock/dist/index.js',
    import: '*',
    ignore: ['@resendkit/types', '@resendkit/webhooks'],
    gzip: true,
    limit: '208.95 kB',
  },
  // The shared option checker grew open and exclusive bounds for the mock's options (+0.15 kB to
  // verifyWebhook, which uses it). The bullmq package's recorded batch answers and the Redis script's
  // lent reserve added ~0.13 and ~0.09 kB.
  // Webhooks: checking every option up front (WebhookOptionError), reading headers, timestamps and
  // secrets exactly as the svix and standardwebhooks libraries do, and claiming each delivery before
  // its handler runs (in-process store, shared claim stores) took the whole package from 3.00 to
  // 4.05 kB, verifyWebhook from 1.73 to 2.23 kB and webhookHandler from 2.28 to 3.32 kB. Arguments
  // checked for their kind (a non-string secret at construction, a parsed body as `payload`, an input,
  // `id` or option of the wrong kind, refused as invalid_option naming only the kind, so a misplaced
  // secret is never echoed) added ~0.3 kB to each: ~0.2 kB the shared kind checker
  // (checkKindOption), ~0.1 kB the webhooks' own checks. Refusing option names webhookHandler and
  // signWebhook do not read (a misspelt `dedupe` had left the in-process store silently in force)
  // added ~0.2 kB to the whole package, nearly all the shared checkOptionNames; verifyWebhook does not
  // check names, so its entry did not grow. A parsed body refused with a message saying to pass the
  // raw body read before any JSON parsing (the usual express.json() mistake): +0.02 kB to each.
  // webhookHandler refusing a request it cannot read (a body already read, no fetch Request) as
  // invalid_option instead of a TypeError answered 400, verifyWebhook and signWebhook working on a
  // copy of their input, and signWebhook refusing timestamps and ids its verifier would refuse:
  // 4.94 → 5.1 kB (5.15); verifyWebhook 2.87 → 2.88 kB. A string payload longer than the cap refused
  // before it is encoded (a huge one had been encoded whole first): 5.14 kB; verifyWebhook 2.91 (2.95).
  // A secret's whitespace at either end trimmed (a file's trailing newline, which svix and
  // standardwebhooks take as the same key, had been refused without saying why): +0.04 kB to each,
  // 5.22 → 5.26 kB (5.3), verifyWebhook 2.94 → 2.98 kB (3.0).
  {
    name: '@resendkit/webhooks (whole package, with the error base it imports)',
    path: 'packages/webhooks/dist/index.js',
    import: '*',
    gzip: true,
    limit: '5.3 kB',
  },
  {
    name: '@resendkit/webhooks: verifyWebhook only',
    path: 'packages/webhooks/dist/index.js',
    import: '{ verifyWebhook }',
    gzip: true,
    limit: '3.0 kB',
  },
  // Every argument of the queue, the worker, add and addBulk checked for its kind and range, each
  // refused by name with EmailQueueError (options.ts: a connection string no longer means
  // 127.0.0.1:6379, `add(email, null)` no TypeError, `worker.concurrency` no longer dropped) added ~0.51 kB.
  // Refusing option names the factories, add and addBulk (options and items) do not read (a misspelt
  // `backoffMs` kept its default; `{ email, key }` lost its key) added ~0.11 kB: the name lists and calls.
  // A batch refused whole sent again one email at a time (one bad email had failed its 99 neighbours)
  // and a 429 that pauses the queue (the worker's own limiter) added ~0.16 kB; jobs past BullMQ's
  // maxStalledCount or maxStartedAttempts failed as BullMQ's own worker fails them (they were sent
  // again however often they had stalled) ~0.14 kB. A job without an email failed alone (it held its
  // whole batch until the stalled check), close() not waiting for a Redis it never reached, job ids
  // from the JSON BullMQ stores (two emails differing in a Date had one id) and keys refused unless
  // they can be sent as an Idempotency-Key header: 4.24 → 4.39 kB. An email enqueued as emails.send
  // takes it, stored as the API takes it through the client's toApiEmail: 4.46 kB (4.5).
  // Each job assigned to one batch only (MSETNX in the record's MULTI, looked up again when another
  // worker's batch holds it: a job BullMQ hands to two workers went out twice) and a key re-enqueued
  // with another email refused as Resend refuses it (it was completed from the first email's answer,
  // or replayed the first email): +0.18 kB, 4.85 → 5.0 kB. A 409 concurrent_idempotent_requests delays
  // the jobs a second without spending an attempt (on a last attempt it had failed an email another
  // request sent): 5.01 kB (5.05). Batches kept under the API's 40 MB request limit (a batch of large
  // emails failed all of its jobs for good on a 413, which now also sends them one at a time) and a
  // key whose first email went alone refused when enqueued again with another email (it went out in
  // a batch, under the batch's key, beside the first): +0.19 kB, 5.01 → 5.2 kB (5.25). A batch's claim
  // as one script that writes nothing when another worker holds one of its jobs (the MULTI wrote the
  // batch's record all the same, and its EXPIREs pushed the other batch's assignments past that
  // batch's record), each email turned into JSON once: +0.12 kB, 5.2 → 5.32 kB (5.35). Another email
  // under a key whose job BullMQ still keeps refused at `add` (BullMQ answered with the first job's id
  // and the email was dropped without a word; one read per keyed email), options given as `undefined`
  // keeping their defaults, a resumed worker taking back dead workers' jobs: +0.18 kB, 5.32 → 5.5 kB.
  // A 429 with only `ratelimit-reset` pausing the queue for that reset (it paused 1 s): 5.56 kB.
  // `isRunning()` false after `close()`: 5.57 kB. The canonical JSON job ids and the key check are
  // taken of now comes from the client's shared helpers (sendAll's keys use the same text, and the
  // two copies had drifted once already): 5.48 kB (5.5). `pause()` waiting for the batches in
  // flight (it resolved with emails still sending: BullMQ's own pause waits for its loop, which these
  // loops replace; ~0.11 kB) and `add`/`addBulk` rejecting with `redis_unavailable` after `addTimeoutMs`
  // (they hung for as long as Redis was unreachable, a request handler with them; ~0.23 kB, the most
  // its message naming the server): 5.48 → 5.81 kB (5.85). `delay` held to 365 days (BullMQ's delayed
  // score, ms × 4096 in a double, holds no later date: a job delayed 1e300 ms never ran) and the
  // message naming a unix socket or sentinel group, not the default host: 5.87 kB (5.9).
  {
    name: '@resendkit/bullmq (own code, bullmq and the client excluded)',
    path: 'packages/bullmq/dist/index.js',
    import: '*',
    ignore: ['bullmq', '@resendkit/client', '@resendkit/client/errors', 'node:crypto', 'crypto'],
    gzip: true,
    limit: '5.9 kB',
  },
  // Redis: an acquire reply that is not the script's answer read as Redis unavailable (replies.ts; it
  // had been a TypeError or a zero wait), settled() giving up on a call Redis never answers after
  // leaseMs (it hung a worker's shutdown), slot ids started from Redis's clock (a release from before
  // a restart ended a newer slot) and an async onError's rejection caught: 3.42 → 3.77 kB.
  // Calls waiting for a client's first `ready` sharing one listener on it (the client's shared
  // oneListener; twelve stores on one client warned MaxListenersExceededWarning): 3.78 kB. Saying
  // whether Redis was unreachable or refused the commands (NOPERM, WRONGTYPE: not a network
  // problem, and the message must not send users chasing one): 3.86 kB. The server named by
  // host:port (never a URL's credentials), a busy Redis (BUSY, LOADING) and refused credentials
  // (WRONGPASS) told apart, the client's own connection error kept as the cause (copied: ioredis's
  // keeps the AUTH arguments), node-redis 4's legacyMode, client pools refused, and a fractional
  // window rounded up to Redis's whole milliseconds: 3.86 → 4.58 kB (4.6), the most in message text.
  // Slot ids chosen by the store (random, 48 bits) so an acquire whose answer was lost is given back,
  // releases that failed sent again, and numbers no limiter passes refused before they reach shared
  // keys: ~+0.15 kB, paid for by moving the Lua scripts' comments into TSDoc (every byte of a script
  // ships and goes to Redis with each EVAL, -0.36 kB): 4.64 → 4.44 kB, budget 4.65 → 4.45 kB.
  // The scripts keep the clock's last reading and, when Redis's clock is stepped back, move every
  // stored slot, pause and demand back by the step (they had counted the whole step longer, and every
  // process sharing the key stalled that long): +0.16 kB, 4.44 → 4.6 kB, budget 4.45 → 4.65 kB.
  // A shared adopted limit written back by the acquire script when Redis lost it (a flush, a restart,
  // an idle lease: the others had fallen back to their own limit for good), refused give-backs no
  // longer resent before each acquire, and a URL password's unescaped `@` scrubbed whole: +0.08 kB,
  // 4.62 → 4.7 kB, budget 4.65 → 4.71 kB. A limit adopted while Redis was unreachable sent again
  // before the next acquire, unless another process adopted one since (`limit_at`; every process had
  // kept the older limit, ~0.12 kB), and passwords with raw odd characters (a space, `#`, `/`, `?`,
  // `%`) hidden in quoted messages (~0.04 kB): 4.7 → 4.86 kB (4.87).
  {
    name: '@resendkit/redis (own code, client excluded)',
    path: 'packages/redis/dist/index.js',
    import: '*',
    ignore: ['@resendkit/client', '@resendkit/client/compose', 'node:crypto', 'crypto'],
    gzip: true,
    limit: '4.87 kB',
  },
];
