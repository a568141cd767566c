/** BullMQ's connection options for a test redis-server. */

/** Host and port of the server, and the `maxRetriesPerRequest: null` BullMQ's workers require. */
export interface TestConnection {
  host: string;
  port: number;
  maxRetriesPerRequest: null;
}

/** The {@link TestConnection} of the redis-server at `url`. */
export function connectionTo(url: string): TestConnection {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port), maxRetriesPerRequest: null };
}
