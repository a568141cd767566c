/**
 * Calling a user's callback (a logger, an event listener, an error hook) for its side effect only:
 * neither its throw nor, for an async callback, its rejection may change what the caller does. A
 * rejection left unhandled would also end a Node process, so it is dropped here.
 */

/**
 * Calls `callback` with `args`, if given, dropping its throw and its rejection: called in a promise's
 * executor, a throw rejects that promise, and a returned promise is adopted, so one catch holds both.
 */
export function callQuietly<A extends unknown[]>(callback: ((...args: A) => unknown) | undefined, ...args: A): void {
  void new Promise((resolve) => resolve(callback?.(...args))).catch(() => undefined);
}
