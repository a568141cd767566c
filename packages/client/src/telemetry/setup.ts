/**
 * The telemetry options of `createResendClient`, checked and turned into the observer's sinks:
 * `hooks` and `on()` (events), `logLevel`/`logger` (lines), `telemetry` (OpenTelemetry).
 */
import { ResendConfigError, checkKind } from '../config-error.js';
import { checkOptionNames, kindOf, thrownText } from '../shared/check-kind.js';
import { ROUTES } from '../generated/routes.js';
import type { ClientEventListener, ClientEventMap, ClientHooks } from './events.js';
import { callQuietly } from '../shared/callback.js';
import { CLIENT_EVENTS, Listeners } from './listeners.js';
import { Observer } from './observer.js';
import type { OtelApi, TelemetryOptions } from './otel.js';
import { LOG_LEVELS, type LogLevel, type Logger, eventSink, logSink } from './sinks.js';

/** The client options this module reads. */
export interface ObservabilityOptions {
  /** OpenTelemetry spans and metrics: `true` for the global providers, or the providers to use. @defaultValue off */
  telemetry?: boolean | TelemetryOptions;
  /** How much the client logs. @defaultValue `'off'` (the client logs nothing) */
  logLevel?: LogLevel;
  /** Where log lines go. @defaultValue `console` */
  logger?: Logger;
  /** Event listeners, by event name (the same as calling `on` for each). */
  hooks?: ClientHooks;
}

/** What a client gets: the observer its layers report to, and `on` for later listeners. */
export interface Observability {
  observer: Observer;
  on<E extends keyof ClientEventMap>(name: E, listener: ClientEventListener<E>): () => void;
}

const fail = (message: string) => new ResendConfigError('invalid_option', message);

/** Every option `telemetry` reads. */
const TELEMETRY_OPTION_NAMES = [
  'tracerProvider',
  'meterProvider',
  'api',
  'recordEmailId',
] as const satisfies readonly (keyof TelemetryOptions)[];

/**
 * `telemetry`'s names and kinds, at construction: the providers are first used on the first call,
 * where a misspelt name would leave the global one in force and a wrong kind turn telemetry off,
 * with a warning blaming `@opentelemetry/api`.
 */
function checkTelemetry(telemetry: TelemetryOptions): void {
  checkOptionNames(telemetry, TELEMETRY_OPTION_NAMES, 'telemetry', fail);
  for (const name of ['tracerProvider', 'meterProvider', 'api'] as const)
    checkKind(telemetry[name], `telemetry.${name}`, ['object']);
  checkKind(telemetry.recordEmailId, 'telemetry.recordEmailId', ['boolean']);
}

function checkOptions(options: ObservabilityOptions): void {
  const { telemetry, logLevel, logger, hooks } = options;
  if (
    telemetry !== undefined &&
    typeof telemetry !== 'boolean' &&
    (telemetry === null || typeof telemetry !== 'object')
  ) {
    throw fail(`telemetry must be true, false or an object of providers (got ${kindOf(telemetry)}).`);
  }
  if (typeof telemetry === 'object') checkTelemetry(telemetry);
  checkKind(hooks, 'hooks', ['object']);
  if (logLevel !== undefined && !LOG_LEVELS.includes(logLevel))
    throw fail(`logLevel must be one of ${LOG_LEVELS.join(', ')} (got ${thrownText(logLevel)}).`);
  if (
    logger !== undefined &&
    (logger === null ||
      ['error', 'warn', 'info', 'debug'].some(
        (m) => typeof (logger as unknown as Record<string, unknown>)[m] !== 'function',
      ))
  ) {
    throw fail('logger must have error, warn, info and debug methods (console has).');
  }
  for (const [name, hook] of Object.entries(hooks ?? {})) {
    if (!(CLIENT_EVENTS as string[]).includes(name))
      throw fail(`hooks.${name} is not an event (events: ${CLIENT_EVENTS.join(', ')}).`);
    checkKind(hook, `hooks.${name}`, ['function']);
  }
}

/** `@opentelemetry/api`, loaded by a name bundlers do not follow (it is an optional peer). */
async function loadApi(): Promise<OtelApi> {
  const name = '@opentelemetry/api';
  return (await import(/* @vite-ignore */ name)) as OtelApi;
}

/** Checks the options and builds the client's observer with the sinks they ask for. */
export function observability(options: ObservabilityOptions, baseUrl: string): Observability {
  checkOptions(options);
  const observer = new Observer(ROUTES, baseUrl);
  const listeners = new Listeners(options.hooks);
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    observer.addSink(eventSink(listeners));
  };
  if (!listeners.empty) listen();
  const level = options.logLevel ?? 'off';
  const logger = options.logger ?? console;
  if (level !== 'off') observer.addSink(logSink(level, logger));
  const telemetry = options.telemetry;
  if (telemetry) {
    const given = telemetry === true ? {} : telemetry;
    observer.addLoadedSink(async () => {
      try {
        // Loaded with the API, on the first call: a client without telemetry ships and runs none of it.
        const { otelSink } = await import('./otel.js');
        return otelSink(given.api ?? (await loadApi()), given);
      } catch (error) {
        callQuietly(() =>
          logger.warn(
            `resendkit: telemetry is on but @opentelemetry/api could not be loaded (${(error as Error).message}); install it, or pass telemetry.api. No spans or metrics are recorded.`,
          ),
        );
        return undefined;
      }
    });
  }
  return {
    observer,
    on: (name, listener) => {
      if (!(CLIENT_EVENTS as string[]).includes(name) || typeof listener !== 'function')
        throw fail(
          `on(${thrownText(name)}): the event must be one of ${CLIENT_EVENTS.join(', ')} and the listener a function.`,
        );
      listen();
      return listeners.add(name, listener);
    },
  };
}
