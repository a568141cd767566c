/**
 * The hub between the client's layers and the sinks. It exists only when some telemetry is asked
 * for (events, a logger or OpenTelemetry): without it the client installs none of its layers and a
 * call pays one `undefined` check.
 *
 * A call's trace travels from where the call starts (the call guard, which knows the route template)
 * down to the send layers as a header of the client's own, `x-resendkit-call`, that the topmost layer
 * takes off before anything is sent: headers are the one thing openapi-fetch, user middleware and
 * every platform's `Request` carry through unchanged.
 */
import { type Attempt, type Send } from '../internal/index.js';
import { routeLines, templatePattern } from '../route-table.js';
import type { CallFacts } from './events.js';
import { CallTrace, type CallOutcome, RunTrace, type Sink } from './trace.js';

/** The header carrying a call's trace id from the call guard to the send layers (never sent). */
export const CALL_HEADER = 'x-resendkit-call';
/** The header a bulk run puts on its calls' options, naming the run as their parent (never sent). */
export const RUN_HEADER = 'x-resendkit-run';

/** Where a client keeps its observer (for `sendAll`, which runs on a client it was given). */
const OBSERVERS = new WeakMap<object, Observer>();

/** Ties `observer` to `client`. */
export function attachObserver(client: object, observer: Observer): void {
  OBSERVERS.set(client, observer);
}

/** The observer of `client`, when it is one of ours and telemetry is on. */
export function observerOf(client: object): Observer | undefined {
  const observer = OBSERVERS.get(client);
  return observer?.enabled ? observer : undefined;
}

/**
 * Where an attempt carries its call's trace down the layers: a symbol-keyed property of the attempt
 * (layers pass attempts on as they are). A `WeakMap` from attempt to trace, the obvious way, cost
 * ~3 µs of garbage collection per call on Node 20 (`--cpu-prof`: each entry is an ephemeron the
 * collector must trace), a third of what telemetry to no-op providers cost in all.
 */
const TRACE: unique symbol = Symbol('resendkit.trace');
type Traced = Attempt & { [TRACE]?: CallTrace };
const traceOf = (attempt: Attempt): CallTrace | undefined => (attempt as Traced)[TRACE];

/** Traces in flight are bounded: a call whose trace never reached the send layers is forgotten. */
const MAX_OPEN = 10_000;

/** The route a call is named by when its path fits no template of the API (see `Observer.begin`). */
export const UNKNOWN_ROUTE = '(unknown route)';

/** The hub. */
export class Observer {
  readonly #sinks: Sink[] = [];
  readonly #routes: string;
  #operations: Map<string, Map<string, string>> | undefined;
  /** The table's templates with parameters, each with the pattern of the paths it names: made on first need. */
  #patterns: [RegExp, string][] | undefined;
  readonly #server: { address: string; port: number };
  readonly #open = new Map<number, CallTrace>();
  readonly #runs = new Map<number, RunTrace>();
  readonly #now: () => number;
  #wrap: (<T>(call: CallTrace, attempt: () => T) => T) | undefined;
  #nextId = 1;
  /** Whether some sink listens to each attempt's request and response (OpenTelemetry's does not): else they are not told. */
  #hearsAttempts = false;
  #loaders: (() => Promise<Sink | undefined>)[] = [];
  #loading: Promise<void> | undefined;

  /**
   * @param sinks - where the telemetry goes.
   * @param routes - the generated route table (`name METHOD /path flags` lines), for operation names.
   * @param baseUrl - the client's base URL (server address and port).
   */
  constructor(routes: string, baseUrl: string, now: () => number = () => performance.now()) {
    this.#routes = routes;
    this.#now = now;
    const url = new URL(baseUrl);
    this.#server = { address: url.hostname, port: Number(url.port) || (url.protocol === 'https:' ? 443 : 80) };
  }

  /** True once some sink listens (or will, once loaded): until then every layer passes attempts straight on. */
  get enabled(): boolean {
    return this.#sinks.length > 0 || this.#loaders.length > 0;
  }

  /**
   * Settles once every sink can record (OpenTelemetry's API loaded on the first call, not at
   * construction); `undefined` when nothing is left to load.
   */
  get pending(): Promise<void> | undefined {
    if (this.#loaders.length === 0) return undefined;
    this.#loading ??= Promise.all(this.#loaders.map((load) => load().catch(() => undefined))).then((sinks) => {
      this.#loaders = [];
      for (const sink of sinks) if (sink) this.addSink(sink);
    });
    return this.#loading;
  }

  /** Adds a sink that must be loaded first (on the first call). */
  addLoadedSink(load: () => Promise<Sink | undefined>): void {
    this.#loaders.push(load);
  }

  /** Adds a sink (the first one with `wrap` runs attempts in its context). */
  addSink(sink: Sink): void {
    this.#sinks.push(sink);
    this.#hearsAttempts ||= sink.request !== undefined || sink.response !== undefined;
    if (!this.#wrap && sink.wrap) this.#wrap = sink.wrap.bind(sink);
  }

  /** The facts naming a call: method, route template and operation (the table is read on first use). */
  facts(method: string, route: string): CallFacts {
    return { method, route, operation: this.#operationOf(method, route) };
  }

  /** Operation names by route template, then method: the route table, read on first use. */
  #table(): Map<string, Map<string, string>> {
    if (!this.#operations) {
      this.#operations = new Map();
      for (const [name, verb, path] of routeLines(this.#routes)) {
        let byMethod = this.#operations.get(path);
        if (!byMethod) this.#operations.set(path, (byMethod = new Map()));
        byMethod.set(verb, name);
      }
    }
    return this.#operations;
  }

  /** The operation's name, by route template then method (no key built per call). */
  #operationOf(method: string, route: string): string | undefined {
    return this.#table().get(route)?.get(method);
  }

  /**
   * `route` as a template of the table: itself; else the template a concrete path fits (untyped code
   * may call `GET('/emails/e-123')`); else {@link UNKNOWN_ROUTE}. A span, metric, event or log line
   * never carries an id from the path.
   */
  #templateOf(route: string): string {
    const table = this.#table();
    if (table.has(route)) return route;
    // Compiled once, not per call: an untyped client names every call by a concrete path.
    this.#patterns ??= [...table.keys()]
      .filter((template) => template.includes('{'))
      .map((template) => [templatePattern(template), template]);
    return this.#patterns.find(([pattern]) => pattern.test(route))?.[1] ?? UNKNOWN_ROUTE;
  }

  /** Starts a call's trace; its id goes in {@link CALL_HEADER}. */
  begin(method: string, path: string, emails: number, runId: string | undefined): CallTrace {
    const route = this.#templateOf(path);
    const operation = this.#operationOf(method, route);
    const parent = runId === undefined ? undefined : this.#runs.get(Number(runId));
    const call = new CallTrace(this.#nextId++, method, route, operation, this.#server, emails, this.#now(), parent);
    this.#tell((sink) => sink.start?.(call));
    return call;
  }

  /** Ends a call's trace with its outcome. */
  end(call: CallTrace, outcome: CallOutcome): void {
    if (call.exposed) this.#open.delete(call.id);
    call.outcome = outcome;
    call.endedAt = this.#now();
    // At most the call's emails: an answer listing more `errors` than it had emails would count fewer than none as sent.
    call.failed = outcome.error ? call.emails : Math.min(outcome.rejected ?? 0, call.emails);
    if (call.parent && call.emails > 0) {
      call.parent.failed += call.failed;
      call.parent.sent += call.emails - call.failed;
      this.#tell((sink) => sink.run?.(call.parent as RunTrace, 'progress'));
    }
    this.#tell((sink) => sink.end?.(call));
  }

  /** Starts a bulk run (`sendAll`): its calls carry its id in {@link RUN_HEADER}. */
  beginRun(name: string, total: number): RunTrace {
    const run = new RunTrace(this.#nextId++, name, total, this.#now());
    this.#runs.set(run.id, run);
    this.#tell((sink) => sink.run?.(run, 'start'));
    return run;
  }

  /** Ends a bulk run with its final counts. */
  endRun(run: RunTrace, counts: { sent: number; failed: number; notSent: number }): void {
    Object.assign(run, counts);
    this.#runs.delete(run.id);
    this.#tell((sink) => sink.run?.(run, 'end'));
  }

  #tell(each: (sink: Sink) => void): void {
    for (const sink of this.#sinks) {
      try {
        each(sink);
      } catch {
        // A sink (a user's logger, an exporter) must never fail or slow a send.
      }
    }
  }

  /**
   * Makes a call's trace findable by its id, for a call whose trace goes down in {@link CALL_HEADER}
   * (one through openapi-fetch); a direct call's attempt is adopted instead and needs no lookup.
   */
  expose(call: CallTrace): CallTrace {
    if (this.#open.size >= MAX_OPEN) this.#open.delete(this.#open.keys().next().value as number);
    this.#open.set(call.id, call);
    call.exposed = true;
    return call;
  }

  /**
   * Ties an attempt to its call's trace before it is sent: how a direct call (built by the client, no
   * `Request` in between) hands its trace down without the header and its three copies of the options.
   */
  adopt(attempt: Attempt, call: CallTrace): void {
    (attempt as Traced)[TRACE] = call;
  }

  /** The topmost send layer: takes the trace headers off and ties the attempt to its trace. */
  withCallTrace(next: Send): Send {
    return (attempt) => {
      if (!this.enabled) return next(attempt);
      const at = attempt.headers.findIndex(([name]) => name === CALL_HEADER || name === RUN_HEADER);
      if (at === -1) return next(attempt);
      const id = attempt.headers.find(([name]) => name === CALL_HEADER)?.[1];
      const headers = attempt.headers.filter(([name]) => name !== CALL_HEADER && name !== RUN_HEADER);
      const bare: Attempt = { ...attempt, headers };
      const call = id === undefined ? traceOf(attempt) : this.#open.get(Number(id));
      if (call) (bare as Traced)[TRACE] = call;
      return next(bare);
    };
  }

  /** Beneath the retries, above the limiter: counts attempts, tells of retries, marks when a slot was asked for. */
  withAttempts(next: Send): Send {
    return (attempt) => {
      const call = this.enabled ? traceOf(attempt) : undefined;
      return call ? this.#attempt(call, attempt, next) : next(attempt);
    };
  }

  async #attempt(call: CallTrace, attempt: Attempt, next: Send): Promise<Response> {
    const now = this.#now();
    call.attempts += 1;
    if (call.attempts > 1) {
      const n = call.attempts;
      this.#tell((sink) => sink.retry?.(call, n, call.retryReason(), call.lastStatus, Math.max(0, now - call.lastEnd)));
    }
    // Read again: the time the retry's listeners and exporters took is no wait for a slot.
    call.queuedAt = call.attempts > 1 ? this.#now() : now;
    try {
      const response = await next(attempt);
      call.lastStatus = response.status;
      call.lastThrown = undefined;
      // An answered attempt ended when its answer came: the wire layer took that time (one clock read less a call).
      return response;
    } catch (error) {
      call.lastEnd = this.#now();
      call.lastStatus = null;
      call.lastThrown = (error as { name?: unknown } | null)?.name === 'timeout' ? 'timeout' : 'network';
      throw error;
    }
  }

  /**
   * Beneath the limiter: tells of the wait for a slot (only with a limiter above: without one, a
   * millisecond lost to a busy event loop is no wait for a slot), the attempt handed to the network
   * and its answer.
   */
  withWire(next: Send, lane: (attempt: Attempt) => string = () => 'interactive', limited = true): Send {
    return (attempt) => {
      const call = this.enabled ? traceOf(attempt) : undefined;
      return call ? this.#wire(call, attempt, next, lane(attempt), limited) : next(attempt);
    };
  }

  async #wire(call: CallTrace, attempt: Attempt, next: Send, lane: string, limited: boolean): Promise<Response> {
    const now = this.#now();
    const waited = now - call.queuedAt;
    if (limited && waited >= 1) {
      call.waitedMs += waited;
      this.#tell((sink) => sink.waited?.(call, waited, lane));
    }
    call.sentAt = now;
    const n = call.attempts;
    if (this.#hearsAttempts) this.#tell((sink) => sink.request?.(call, n));
    const response = await (this.#wrap ? this.#wrap(call, () => next(attempt)) : next(attempt));
    call.lastEnd = this.#now();
    const duration = call.lastEnd - now;
    if (this.#hearsAttempts) this.#tell((sink) => sink.response?.(call, n, response.status, duration));
    return response;
  }
}
