import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, chromiumPath } from './chromium.js';

describe('finding chromium for the browser tests', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('fails with one line naming the package to install when CHROMIUM_PATH points nowhere', () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(() => chromiumPath()).toThrow(CHROMIUM_MISSING);
    expect(CHROMIUM_MISSING).toBe(
      'chromium not found: install Debian package chromium (apt-get install chromium) or set CHROMIUM_PATH',
    );
  });

  it('uses CHROMIUM_PATH when it exists', () => {
    process.env.CHROMIUM_PATH = process.execPath;
    expect(chromiumPath()).toBe(process.execPath);
  });
});
