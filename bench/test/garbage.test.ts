import { describe, expect, it } from 'vitest';
import { measureGarbage } from '../src/garbage.js';
import { garbageTableRows } from '../src/report-runtimes.js';

describe('garbage suite', () => {
  it("reads each client's bytes a call, the stub's within them, and turns a missing or failing runtime into one line", async () => {
    const result = await measureGarbage(
      { calls: 300 },
      {
        // The sources, not dist/: this test runs before any build.
        source: 'src',
        targets: [
          { runtime: 'this node', command: process.execPath, args: [] },
          { runtime: 'Bun', args: [], missing: "Bun's engine (JavaScriptCore) has no V8 heap profiler" },
          { runtime: 'exits at once', command: '/bin/false', args: [] },
        ],
      },
    );

    expect(result.calls).toBe(300);
    const [node, bun, failing] = result.rows;
    expect(node?.error).toBeUndefined();
    expect(node?.version).toBe(`Node ${process.version}`);
    const stub = node!.stubBytes!;
    // The stub answers with a Response and its text: something is allocated on every call.
    expect(stub).toBeGreaterThan(100);
    // Every client calls the stub and does work of its own on top: more than the stub alone.
    for (const bytes of [node!.resendkitBytes, node!.sdkBytes, node!.openapiFetchBytes]) {
      expect(bytes).toBeGreaterThan(stub + 500);
    }

    expect(bun).toEqual({ runtime: 'Bun', error: "Bun's engine (JavaScriptCore) has no V8 heap profiler" });
    expect(failing?.resendkitBytes).toBeUndefined();
    expect(failing?.error).toMatch(/^garbage: exited \(1\) without a report/);
    expect(failing?.error).not.toContain('\n');

    const table = garbageTableRows(result).map((cells) => cells.join(' | '));
    expect(table[0]).toMatch(
      /^Garbage per call, this node \(Node v[\d.]+\) \| resendkit [\d.]+ kB, SDK [\d.]+ kB, openapi-fetch [\d.]+ kB beyond the stub's [\d.]+ kB: [\d.]+× the SDK, [\d.]+× openapi-fetch/,
    );
    expect(table[1]).toBe(
      "Garbage per call, Bun | not measured: Bun's engine (JavaScriptCore) has no V8 heap profiler |  | ",
    );
  }, 60_000);
});
