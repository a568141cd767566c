/**
 * The demo: one email, then 1 000 emails through POST /emails/batch in chunks of 100 (as fast as
 * the rate limiter allows), then the whole list read back with `paginate`. Against the in-process
 * fake unless an API key is given, in which case the real API is used.
 */
import { createResendClient, unwrap, type RetryEvent } from '@resendkit/client';
import { createFakeResend, type FakeResend, type FaultOptions } from '@resendkit/mock';
import { listen, type FakeServer } from '@resendkit/mock/server';
import { paginate } from '@resendkit/pagination';
import { createProgress, type Output } from './progress.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

/** Options of {@link runDemo}; every field has a default suited to `pnpm demo`. */
export interface DemoOptions {
  /** A real API key: run against the real API. Without one the fake is started in-process. */
  apiKey?: string;
  /** Sender (real mode needs an address on a verified domain). @defaultValue `Acme <onboarding@resend.dev>` */
  from?: string;
  /** Recipient. @defaultValue `delivered@resend.dev` (Resend's test inbox) */
  to?: string;
  /** Emails sent through the batch endpoint. @defaultValue 1000 */
  total?: number;
  /** Emails per batch request (1–100). @defaultValue 100 */
  chunkSize?: number;
  /** Requests per window, for the fake and the client's limiter (fake mode). @defaultValue 5 */
  rps?: number;
  /** Window length in ms (fake mode). @defaultValue 1000 */
  windowMs?: number;
  /** Seed of the fake's IDs and faults. @defaultValue 42 */
  seed?: number;
  /** Faults the fake injects so retries show. @defaultValue 5 % errors, 5 % lost responses, 3 % cuts, 5–40 ms latency */
  faults?: FaultOptions | false;
  /** Client retries and backoff base (ms). @defaultValue 5 retries, 250 ms */
  retries?: number;
  baseDelayMs?: number;
  /** Where progress and the summary go. @defaultValue process.stdout */
  out?: Output;
  /** A fake already serving (e.g. for `--inbox`): used instead of starting one, and left running. */
  running?: { fake: FakeResend; url: string };
  /** Fake mode: register a local webhook endpoint and count the verified events. @defaultValue true */
  webhooks?: boolean;
  /** Real-API mode only: where the API is. @defaultValue `RESEND_BASE_URL`, else Resend's */
  baseUrl?: string;
}

/** How many seconds the live rate looks back: a windowed rate, not an average since the start. */

/** A reason to stop at once instead of sending the rest: no network, or a key the API refuses. */
function fatalReason(
  error: { name?: string; statusCode?: number | null; message?: string } | undefined,
): string | undefined {
  if (!error) return undefined;
  if (error.name === 'network_error' || error.name === 'timeout')
    return `cannot reach the API (${error.name}: ${error.message ?? ''})`;
  if (error.statusCode === 401 || error.statusCode === 403)
    return `the API refused the key (${error.name}: ${error.message ?? ''})`;
  return undefined;
}

/** What the demo did. */
export interface DemoSummary {
  mode: 'fake' | 'real';
  /** Emails accepted (1 single + the batch ones). */
  sent: number;
  /** Of the emails sent, how many the list returned. */
  listed: number;
  /** Retries the client made. */
  retries: number;
  /** 429 answers (seen by the client). */
  rateLimited: number;
  /** HTTP requests the client made, retries included. */
  requests: number;
  elapsedMs: number;
  /** requests / elapsed seconds. */
  requestsPerSecond: number;
  /** Faults the fake injected (errors, cuts, lost responses); 0 in real mode. */
  injectedFaults: number;
  /** True when every email was delivered exactly once (fake mode: checked in the fake's state). */
  exactlyOnce: boolean;
  /** Fake mode: verified webhook events by type received at the local endpoint (empty otherwise). */
  webhookEvents: Record<string, number>;
  /** Problems found, for the exit message. */
  problems: string[];
  /** Why the demo stopped early (bad key, no network), if it did. */
  stopped?: string;
}

/** The faults the demo's fake injects unless told otherwise. */
export const DEFAULT_FAULTS: FaultOptions = {
  errorRate: 0.05,
  lostResponseRate: 0.05,
  cutRate: 0.03,
  latencyMs: [5, 40],
};

/** Runs the demo and prints a summary; the caller decides the exit code from `exactlyOnce`. */
export async function runDemo(options: DemoOptions = {}): Promise<DemoSummary> {
  const out = options.out ?? process.stdout;
  const total = options.total ?? 1000;
  const chunkSize = options.chunkSize ?? 100;
  const rps = options.rps ?? 5;
  const windowMs = options.windowMs ?? 1000;
  const from = options.from ?? 'Acme <onboarding@resend.dev>';
  const to = options.to ?? 'delivered@resend.dev';
  const runId = Date.now().toString(36);

  let fake: FakeResend | undefined;
  let receiver: WebhookReceiver | undefined;
  let baseUrl: string | undefined;
  let server: FakeServer | undefined;
  if (options.running || !options.apiKey) {
    if (options.running) ({ fake, url: baseUrl } = options.running);
    else {
      fake = createFakeResend({ requestsPerWindow: rps, windowMs, seed: options.seed ?? 42 });
      server = await listen(fake, { host: '127.0.0.1', port: 0 });
      baseUrl = server.url;
    }
  }

  let retries = 0;
  let rateLimited = 0;
  let requests = 0;
  // When each request went out, for the windowed live rate.
  const stamps: number[] = [];
  const client = createResendClient({
    apiKey: options.apiKey ?? 're_demo_not_a_real_key',
    ...(baseUrl ? { baseUrl } : options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    userAgent: 'resendkit-demo/0.0.0',
    rateLimit: fake ? { limit: rps, windowMs, team: `demo:${baseUrl}` } : {},
    retry: {
      retries: options.retries ?? 5,
      baseDelayMs: options.baseDelayMs ?? 250,
      onRetry: (event: RetryEvent) => {
        retries++;
        if (event.status === 429) rateLimited++;
      },
    },
    fetch: (request) => {
      requests++;
      stamps.push(performance.now());
      return globalThis.fetch(request);
    },
  });

  if (fake) {
    // Registered through the client (its limiter spaces it like any call), before faults are on.
    if (options.webhooks !== false) {
      receiver = await startWebhookReceiver(
        async (endpoint, events) => (await unwrap(client.webhooks.create({ endpoint, events }))).signing_secret,
      );
    }
    fake.setFaults(options.faults === false ? undefined : (options.faults ?? DEFAULT_FAULTS));
  }

  const progress = createProgress(out);
  const started = performance.now();
  let sent = 0;
  let listed = 0;
  let injectedFaults = 0;
  let apiDoneAt: number | undefined;
  const problems: string[] = [];
  let stopped: string | undefined;
  const show = (phase: string) => {
    const now = performance.now();
    // Requests in the last window, per second of a whole window: the figure the limit bounds.
    const windowS = Math.max(windowMs, 1000) / 1000;
    while (stamps.length > 0 && stamps[0]! <= now - windowS * 1000) stamps.shift();
    progress.update(
      `${phase} · sent ${sent}/${total + 1} · listed ${listed} · retries ${retries} · 429s ${rateLimited} · ${(stamps.length / windowS).toFixed(1)} req/s (last ${windowS} s)`,
    );
  };

  const sentIds = new Set<string>();
  try {
    show('sending');
    const single = await client.emails.send({
      from,
      to,
      subject: `resendkit demo ${runId}: hello`,
      text: 'The first email of the demo.',
    });
    if (single.data) {
      sentIds.add(single.data.id);
      sent++;
    } else {
      problems.push(`single send failed: ${single.error.name}: ${single.error.message}`);
      stopped = fatalReason(single.error);
    }
    if (!stopped) await sendAndList();
  } finally {
    progress.done();
    await server?.close();
    await receiver?.close();
  }
  return finish();

  async function sendAndList(): Promise<void> {
    show('sending');

    const chunks = Array.from({ length: Math.ceil(total / chunkSize) }, (_, c) =>
      Array.from({ length: Math.min(chunkSize, total - c * chunkSize) }, (_, i) => ({
        from,
        to,
        subject: `resendkit demo ${runId}: #${c * chunkSize + i + 1}`,
        text: `Email ${c * chunkSize + i + 1} of ${total}.`,
      })),
    );
    // All chunks start at once; the client's limiter spaces them out.
    await Promise.all(
      chunks.map(async (chunk, index) => {
        const { data, error } = await client.batch.send(chunk);
        if (!data) {
          problems.push(`batch ${index + 1} failed: ${error.name}: ${error.message}`);
          return;
        }
        for (const { id } of data.data) sentIds.add(id);
        sent += data.data.length;
        show('sending');
      }),
    );

    const seen = new Set<string>();
    let duplicates = 0;
    show('listing');
    try {
      for await (const email of paginate(client, '/emails', { params: { query: { limit: 100 } } })) {
        if (seen.has(email.id)) duplicates++;
        seen.add(email.id);
        if (sentIds.has(email.id)) listed++;
        if (listed % 100 === 0) show('listing');
        // Real accounts hold older emails too: stop once every email of this run was seen.
        if (listed === sentIds.size) break;
      }
    } catch (error) {
      const e = error as { name?: string; message?: string };
      problems.push(`listing stopped: ${e.name ?? 'error'}: ${e.message ?? String(error)}`);
      stopped ??= fatalReason(e as never);
    }
    show('done');
    progress.done();

    if (duplicates > 0) problems.push(`the list returned ${duplicates} items twice`);
    if (listed !== sentIds.size) problems.push(`listed ${listed} of ${sentIds.size} sent emails`);
    if (sent !== total + 1) problems.push(`sent ${sent} of ${total + 1} emails`);
    if (fake) {
      // Exactly once: every subject of this run stored once, nothing more.
      const subjects = new Map<string, number>();
      for (const email of fake.state.emails) subjects.set(email.subject, (subjects.get(email.subject) ?? 0) + 1);
      const twice = [...subjects.values()].filter((n) => n > 1).length;
      if (twice > 0) problems.push(`${twice} emails were stored more than once`);
      if (fake.state.emails.size !== total + 1)
        problems.push(`the fake stored ${fake.state.emails.size} emails, expected ${total + 1}`);
      const counters = fake.state.counters;
      rateLimited = Math.max(rateLimited, counters.rateLimited);
      injectedFaults = counters.injectedErrors + counters.injectedCuts + counters.lostResponses;
      // The rate covers the API calls; waiting for the last webhook deliveries is not part of it.
      apiDoneAt = performance.now();
      if (receiver) await webhookProblems(fake, receiver, problems);
    }
  }

  function finish(): DemoSummary {
    const elapsedMs = (apiDoneAt ?? performance.now()) - started;
    const summary: DemoSummary = {
      mode: fake ? 'fake' : 'real',
      sent,
      listed,
      retries,
      rateLimited,
      requests,
      elapsedMs,
      requestsPerSecond: requests / (elapsedMs / 1000),
      injectedFaults,
      webhookEvents: { ...receiver?.verified },
      exactlyOnce: problems.length === 0,
      problems,
      ...(stopped ? { stopped } : {}),
    };
    out.write(formatSummary(summary));
    return summary;
  }
}

/** The closing summary, one fact per line. */
export function formatSummary(s: DemoSummary): string {
  return [
    '',
    `Summary (${s.mode === 'fake' ? 'in-process fake' : 'real Resend API'})`,
    `  sent             ${s.sent}`,
    `  listed           ${s.listed}`,
    `  retries          ${s.retries}`,
    `  429s             ${s.rateLimited}`,
    ...(s.mode === 'fake' ? [`  injected faults  ${s.injectedFaults}`] : []),
    `  requests         ${s.requests}`,
    `  elapsed          ${(s.elapsedMs / 1000).toFixed(2)} s`,
    `  effective rate   ${s.requestsPerSecond.toFixed(2)} requests/s`,
    ...Object.entries(s.webhookEvents).map(([type, n]) => `  webhooks         ${n} verified ${type}`),
    `  exactly once     ${s.exactlyOnce ? 'yes' : 'NO'}`,
    ...s.problems.map((p) => `  problem: ${p}`),
    ...(s.stopped ? [`  stopped early: ${s.stopped}`] : []),
    '',
  ].join('\n');
}

/** Every stored email must come back as exactly one verified `email.delivered`, and nothing be refused. */
async function webhookProblems(fake: FakeResend, receiver: WebhookReceiver, problems: string[]): Promise<void> {
  await fake.settleWebhooks();
  const delivered = receiver.verified['email.delivered'] ?? 0;
  if (delivered !== fake.state.emails.size)
    problems.push(`verified ${delivered} email.delivered webhooks for ${fake.state.emails.size} emails`);
  if (receiver.refused > 0) problems.push(`the webhook endpoint refused ${receiver.refused} deliveries`);
}
