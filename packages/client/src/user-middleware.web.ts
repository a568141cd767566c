/**
 * Users' middleware in builds for platforms other than Node: openapi-fetch already builds platform
 * `Request`s there (the light request is Node's), so `use()` needs no wrapping.
 */
import type { Client } from 'openapi-fetch';

/** The client as it is. */
export function platformMiddlewareFor<C extends Pick<Client<never>, 'use' | 'eject'>>(client: C): C {
  return client;
}
