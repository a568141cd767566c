/**
 * A flag the bin cannot parse is one line naming it, then the usage. Node's parser words some
 * refusals over several lines (a value that starts with a dash, as in `--port -1`); they are joined.
 */
import { describe, expect, it } from 'vitest';
import { runBin } from './bin-process.js';

describe('a flag value that starts with a dash', () => {
  it('prints one line naming the flag and how to pass such a value, then the usage, and exits 2', async (test) => {
    const { code, stderr } = await runBin(test, ['--port', '-1']);
    expect(code).toBe(2);
    const [first, second] = stderr.split('\n');
    expect(first).toMatch(/'--port'.*ambiguous.*'--port=-XYZ'/);
    expect(second).toMatch(/^Usage: resendkit-mock /);
  }, 20_000);
});
