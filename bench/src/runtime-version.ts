/** The runtime a child script runs in, named as the per-runtime tables name it. */

/** Node's, Bun's or Deno's name and version, read from the runtime itself. */
export function runtimeVersion(): string {
  const g = globalThis as { Bun?: { version: string }; Deno?: { version: { deno: string } } };
  if (g.Bun) return `Bun ${g.Bun.version}`;
  if (g.Deno) return `Deno ${g.Deno.version.deno}`;
  return `Node ${process.version}`;
}
