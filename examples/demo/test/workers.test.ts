import { describe, expect, it, vi } from 'vitest';
import { runWorkers, workersFlag } from '../src/workers.js';

describe('pnpm demo --workers', () => {
  it('reads the worker count and refuses a bad one', () => {
    expect(workersFlag(['--workers', '4'])).toBe(4);
    expect(workersFlag([])).toBeUndefined();
    expect(() => workersFlag(['--workers'])).toThrow(/whole number from 1 to 32/);
    expect(() => workersFlag(['--workers', '0'])).toThrow(/got 0/);
  });

  it('says it needs REDIS_URL, and exits 2, when none is set', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await runWorkers(4, {})).toBe(2);
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/^--workers needs REDIS_URL/));
    } finally {
      error.mockRestore();
    }
  });
});
