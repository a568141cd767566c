/**
 * Reads the client's settings from the environment (`RESEND_API_KEY`, `RESEND_BASE_URL`). A runtime
 * that refuses the read counts as "not set": Deno without `--allow-env` throws `NotCapable` on
 * every environment access, and the options must still work there.
 */

interface EnvironmentGlobals {
  process?: { env?: Record<string, string | undefined> };
  Deno?: { env?: { get(name: string): string | undefined } };
}

/** `name`'s value, or `undefined` when unset, empty or unreadable. Never throws. */
export function readEnvironment(
  name: string,
  globals: EnvironmentGlobals = globalThis as EnvironmentGlobals,
): string | undefined {
  const readers = [() => globals.process?.env?.[name], () => globals.Deno?.env?.get(name)];
  for (const read of readers) {
    try {
      const value = read();
      if (typeof value === 'string' && value !== '') return value;
    } catch {
      // A permission error (or a hostile getter) means this source is not available.
    }
  }
  return undefined;
}
