import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Runs src/traces.ts as `pnpm traces` does; resolves with its exit code and everything it printed. */
function runTraces(): Promise<{ code: number | null; output: string }> {
  const script = fileURLToPath(new URL('../src/traces.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe('pnpm traces', () => {
  it('prints one CLIENT span per call, the retried send with its two attempts, and no personal data', async () => {
    const { code, output } = await runTraces();
    expect(code, output).toBe(0);
    const [, send, retried, list] = output.split(/^# /m);

    expect(send).toContain("name: 'POST /emails'");
    expect(send).toContain('kind: 2');
    expect(send).toContain("'http.request.method': 'POST'");
    expect(send).toContain("'url.template': '/emails'");
    expect(send).toContain("'http.response.status_code': 200");
    expect(send).toContain("'resend.attempts': 1");

    expect(retried).toContain("name: 'POST /emails'");
    expect(retried).toContain("'resend.attempts': 2");
    expect(retried).toContain("name: 'resendkit.retry'");
    expect(retried).toContain("'resendkit.reason': 'server_error'");
    expect(retried).toContain("'http.response.status_code': 503");

    // Every page of the list is a span of its own.
    expect(list?.match(/name: 'GET \/emails'/g)).toHaveLength(2);

    for (const secret of ['ada@resend.dev', 'hello@acme.dev', 'Welcome', 'Your receipt', 'Hello Ada', 're_traces'])
      expect(output).not.toContain(secret);
  }, 30_000);
});
