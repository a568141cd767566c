/**
 * Where a client connects, for error messages: `host:port` or a socket path, read from the options
 * the client parsed, so the user name and password of a `redis://user:pass@…` URL never appear.
 */

interface Endpoint {
  host?: unknown;
  port?: unknown;
  path?: unknown;
}

/** `host:port` (`[::1]:6379` for IPv6) or the socket path of `endpoint`, with the clients' defaults. */
function shown({ host, port, path }: Endpoint): string {
  if (typeof path === 'string' && path !== '') return path;
  const name = typeof host === 'string' && host !== '' ? host : 'localhost';
  const number = typeof port === 'number' || typeof port === 'string' ? String(port) : '6379';
  // node-redis 4 keeps a URL's IPv6 brackets in `host`; the others drop them.
  return `${name.includes(':') && !name.startsWith('[') ? `[${name}]` : name}:${number}`;
}

/**
 * The address an ioredis client connects to; `undefined` with Sentinel, where the server is whichever
 * master the sentinels name at the time.
 */
export function ioRedisAddress(options: unknown): string | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  const o = options as Endpoint & { sentinels?: unknown };
  if (Array.isArray(o.sentinels) && o.sentinels.length > 0) return undefined;
  return shown(o);
}

/**
 * The address a node-redis (v4/v5) client connects to: its `socket` options, which it fills from
 * `url`; `undefined` for an object without options (not a real client: nothing true to name).
 */
export function nodeRedisAddress(options: unknown): string | undefined {
  if (typeof options !== 'object' || options === null) return undefined;
  return shown((options as { socket?: Endpoint }).socket ?? {});
}
