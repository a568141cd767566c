/** The options of `listen()` (`@resendkit/mock/server`), and their check before anything listens. */
import { kindOf } from '@resendkit/client/shared';
import { checkNames } from './check-names.js';
import { FakeOptionsError } from './options-error.js';

/** Options for `listen()` from `@resendkit/mock/server`; another name is refused. */
export interface ListenOptions {
  /**
   * Port to listen on, an integer from 0 to 65535; 0 picks a free one.
   * @defaultValue 0
   */
  port?: number;
  /**
   * Interface to bind. Anything but loopback (e.g. `0.0.0.0`) exposes the API and the inbox to the
   * network, and prints a warning saying so. Bound to loopback, the server answers only requests
   * whose `Host` is `localhost`, `127.x.x.x` or `[::1]` (403 `host_not_allowed` otherwise), so a
   * page rebound to 127.0.0.1 by DNS cannot read the API or the inbox.
   * @defaultValue `127.0.0.1`
   */
  host?: string;
}

/** Every option `listen` reads (`test/option-names.test.ts` holds it to {@link ListenOptions}). */
export const LISTEN_OPTION_NAMES = ['port', 'host'] as const satisfies readonly (keyof ListenOptions)[];

/**
 * Refuses options node:http would read as something else: a string port is a path to it (a Unix
 * socket file is created), `null` a free port, and an empty host binds every interface while
 * looking like the default; a misspelt name (`Port`) would leave a free port or loopback in force.
 * Each refusal is a {@link FakeOptionsError} naming the option.
 */
export function checkListenOptions(options: unknown): void {
  // Kinds written out rather than with the shared kind checker, which would add ~0.6 kB to the server entry.
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new FakeOptionsError('options', `listen: options must be an object (got ${kindOf(options)}).`);
  checkNames(options, LISTEN_OPTION_NAMES, 'listen');
  const { port, host } = options as ListenOptions;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    const shown = typeof port === 'number' ? port : kindOf(port);
    throw new FakeOptionsError('port', `port must be an integer from 0 to 65535 (got ${shown}).`);
  }
  if (host !== undefined && (typeof host !== 'string' || host === ''))
    throw new FakeOptionsError(
      'host',
      `host must be a host name or address such as "127.0.0.1" (got ${host === '' ? '""' : kindOf(host)}).`,
    );
}
