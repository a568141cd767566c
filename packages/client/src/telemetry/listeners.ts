/** The listeners of a client's events: added with `on`, given as `hooks`, each called safely. */
import { callQuietly } from '../shared/callback.js';
import type { ClientEventListener, ClientEventMap, ClientHooks } from './events.js';

/** The event names, in one list (for checks). */
export const CLIENT_EVENTS: readonly (keyof ClientEventMap)[] = [
  'request',
  'response',
  'retry',
  'rate_limit_wait',
  'error',
];

/** Listeners by event; `emit` calls each, ignoring a listener that throws. */
export class Listeners {
  readonly #byEvent = new Map<keyof ClientEventMap, Set<(event: never) => void>>();

  constructor(hooks: ClientHooks = {}) {
    for (const name of CLIENT_EVENTS) {
      const hook = hooks[name];
      if (hook !== undefined) this.add(name, hook as ClientEventListener<typeof name>);
    }
  }

  /** True when no listener is registered (nothing to tell). */
  get empty(): boolean {
    return this.#byEvent.size === 0;
  }

  /** Adds `listener` for `name`; returns what removes it. */
  add<E extends keyof ClientEventMap>(name: E, listener: ClientEventListener<E>): () => void {
    let set = this.#byEvent.get(name);
    if (!set) this.#byEvent.set(name, (set = new Set()));
    set.add(listener as (event: never) => void);
    return () => {
      set.delete(listener as (event: never) => void);
      if (set.size === 0) this.#byEvent.delete(name);
    };
  }

  /** Tells every listener of `name`. */
  emit<E extends keyof ClientEventMap>(name: E, event: ClientEventMap[E]): void {
    const set = this.#byEvent.get(name);
    if (!set) return;
    // An observer must never fail or slow a send: its throw and its rejection are dropped.
    for (const listener of set) callQuietly(listener as ClientEventListener<E>, event);
  }
}
