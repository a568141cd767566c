import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const srcDir = new URL('../src/', import.meta.url);

describe('runtime neutrality', () => {
  it('starts no timer and does no I/O at import', async () => {
    vi.resetModules();
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const interval = vi.spyOn(globalThis, 'setInterval');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const mod = await import('../src/index.js');
      expect(typeof mod.createResendClient).toBe('function');
      expect(timeout).not.toHaveBeenCalled();
      expect(interval).not.toHaveBeenCalled();
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('uses no Node-only module or global in its source', () => {
    const files = readdirSync(srcDir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((file) => {
      const code = readFileSync(new URL(file, srcDir), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      const found: string[] = [];
      if (/from\s+['"](node:|fs|path|http|https|crypto|buffer|util|events)['"]/.test(code)) found.push('node module');
      if (/\brequire\(/.test(code)) found.push('require()');
      if (/\bBuffer\b/.test(code)) found.push('Buffer');
      if (/\b__dirname\b|\b__filename\b/.test(code)) found.push('__dirname');
      // `process` may only be read through globalThis, guarded, as env() and runtimeToken() do.
      if (/(?<![.?\w])process\./.test(code)) found.push('bare process');
      return found.map((what) => `${file}: ${what}`);
    });
    expect(offenders).toEqual([]);
  });
});
