import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { INBOX_CSS, INBOX_HTML, INBOX_SCRIPT } from '../src/inbox/assets/index.js';

describe('inbox assets', () => {
  it('ship in the package, load nothing from elsewhere, and stay small', () => {
    const all = [INBOX_HTML, INBOX_CSS, INBOX_SCRIPT];
    for (const asset of all) expect(asset).not.toMatch(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
    // Gzipped as served; the size gate (.size-limit.cjs) measures the server entry that carries them.
    // 8.0 kB gzipped with the Requests tab's rate chart and the narrow-screen layout.
    expect(gzipSync(all.join('')).length).toBeLessThan(8_500);
  });

  it('never put text into the page as markup', () => {
    expect(INBOX_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(INBOX_SCRIPT).toContain("sandbox: ''");
  });
});
