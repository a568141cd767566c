/**
 * Time limits of one length share one timer (deadlines.ts): each still expires its own length after it
 * started, never earlier, one that ended never expires, and the process is held only while one is
 * pending.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deadlines, type Expiring } from '../src/deadlines.js';
import { createResendClient } from '../src/index.js';
import { runScript } from './child-script.js';

/** A limit whose expiry calls `expire`. */
const limit = (expire: () => unknown): Expiring => ({ at: 0, expire: () => void expire() });

afterEach(() => vi.useRealTimers());

describe('Deadlines', () => {
  it('expires each limit its own length after it started, in order, on one timer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const deadlines = new Deadlines(1000);
    const expired: string[] = [];
    deadlines.start(limit(() => expired.push('a')));
    await vi.advanceTimersByTimeAsync(400);
    deadlines.start(limit(() => expired.push('b')));
    for (let i = 0; i < 100; i++) deadlines.start(limit(() => expired.push(`c${i}`)));
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(599);
    expect(expired).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(expired).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(399);
    expect(expired).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(expired).toHaveLength(102);
    expect(expired.slice(0, 3)).toEqual(['a', 'b', 'c0']);
  });

  it('never expires a limit that ended, and sets no timer again until one is started', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const deadlines = new Deadlines(50);
    const expire = vi.fn();
    for (let i = 0; i < 10; i++) {
      const ended = limit(expire);
      deadlines.start(ended);
      deadlines.end(ended);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(expire).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    deadlines.start(limit(expire));
    await vi.advanceTimersByTimeAsync(50);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it('keeps the others in order when limits end first, last or in between, and ignores a second end', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const deadlines = new Deadlines(100);
    const expired: string[] = [];
    const limits = ['a', 'b', 'c', 'd', 'e'].map((name) => limit(() => expired.push(name)));
    for (const each of limits) deadlines.start(each);
    for (const index of [0, 2, 4, 2]) deadlines.end(limits[index] as Expiring);
    await vi.advanceTimersByTimeAsync(100);
    expect(expired).toEqual(['b', 'd']);
    deadlines.end(limits[1] as Expiring);
    const later = limit(() => expired.push('f'));
    deadlines.start(later);
    await vi.advanceTimersByTimeAsync(100);
    expect(expired).toEqual(['b', 'd', 'f']);
  });

  it('expires what is due when only the timers are faked, not the clock', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const deadlines = new Deadlines(30_000);
    const expire = vi.fn();
    deadlines.start(limit(expire));
    await vi.advanceTimersByTimeAsync(30_000);
    expect(expire).toHaveBeenCalledTimes(1);
  });
});

const CLIENT = `import { createResendClient } from './src/index.ts';
const email = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };`;

// A fresh Node compiling the sources with tsx takes seconds on a loaded machine, near the default
// 5 s limit; runScript gives it 20 s.
describe('the shared timer and the process', { timeout: 30_000 }, () => {
  it('lets a script exit as soon as its calls are answered, under a 30 s time limit', async () => {
    const { code, out, ms } = await runScript(`${CLIENT}
const resend = createResendClient({ apiKey: 're_123456789', baseUrl: 'http://127.0.0.1:9', rateLimit: false,
  fetch: async () => Response.json({ id: 'e-1' }) });
console.log((await resend.emails.send(email)).data?.id);`);
    expect({ code, out: out.trim() }).toEqual({ code: 0, out: 'e-1' });
    expect(ms).toBeLessThan(15_000);
  });

  it('holds the process while an attempt is pending, until its limit expires', async () => {
    const { code, out } = await runScript(`${CLIENT}
const resend = createResendClient({ apiKey: 're_123456789', baseUrl: 'http://127.0.0.1:9', rateLimit: false,
  retry: false, timeoutMs: 300, fetch: (request) => new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason))) });
console.log((await resend.emails.send(email)).error?.name);`);
    expect({ code, out: out.trim() }).toEqual({ code: 0, out: 'timeout' });
  });
});

describe('a time limit given to one call', () => {
  it('leaves no timer behind once the call is answered, however many lengths calls ask for', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const resend = createResendClient({
      apiKey: 're_123456789',
      baseUrl: 'http://127.0.0.1:9',
      rateLimit: false,
      fetch: async () => Response.json({ id: 'e-1' }),
    });
    const email = { from: 'Acme <hi@acme.dev>', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };
    // More lengths than keep a shared timer: from here on, each call's length is its own.
    for (let i = 0; i < 100; i++) await resend.emails.send(email, { timeoutMs: 60_000 + i });
    const timers = vi.getTimerCount();
    for (let i = 0; i < 100; i++)
      expect((await resend.emails.send(email, { timeoutMs: 70_000 + i })).data).toBeDefined();
    expect(vi.getTimerCount()).toBe(timers);
  });
});
