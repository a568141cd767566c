/**
 * An option refused for its value never repeats a value that could be a secret: an API key or a
 * webhook secret passed in the wrong option, or a URL with a password in it. Ordinary wrong values
 * are still shown, so a typo stays easy to spot.
 */
import { describe, expect, it, type TestContext } from 'vitest';
import { createFakeResend, FakeOptionsError, type FakeResendOptions } from '../src/index.js';
import { parseFaultSpec } from '../src/fault-spec.js';
import { runBin } from './bin-process.js';
import { refusal as thrown } from './refusals.js';

const KEY = 're_live_8f3KzQ0vT2mYbN7pLx4wRc9';
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const PASSWORD = 'hunter2sEcReT';
const WITH_CREDENTIALS = `ftp://deploy:${PASSWORD}@localhost/resend`;
const SECRETS = [KEY, SECRET, PASSWORD];

/** The message of what `make` threw, which must be a {@link FakeOptionsError}. */
function refusal(make: () => unknown): FakeOptionsError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(FakeOptionsError);
    return error as FakeOptionsError;
  }
  throw new Error('nothing was refused');
}

function expectHidden(message: string): void {
  for (const secret of SECRETS) expect(message).not.toContain(secret);
  // Not even a long piece of one.
  expect(message).not.toMatch(/8f3KzQ0vT2|MfKQ9r8GKY|hunter2/);
}

/** Every string-valued option with the value put where it is checked. */
const STRING_OPTIONS: [string, (value: string) => FakeResendOptions][] = [
  ['baseUrl', (value) => ({ baseUrl: value })],
  ['accountEmail', (value) => ({ accountEmail: value })],
  ['sendingRules', (value) => ({ sendingRules: value as never })],
  ['domains', (value) => ({ domains: ['acme.dev', value] })],
  ['domains', (value) => ({ domains: value as never })],
  ['faults.lostAs', (value) => ({ faults: { lostAs: value as never } })],
  ['faults.latencyMs', (value) => ({ faults: { latencyMs: [value, 1, 2] as never } })],
  ['faults', (value) => ({ faults: value as never })],
  ['quota', (value) => ({ quota: value as never })],
];

describe('option errors never repeat a secret', () => {
  for (const [option, options] of STRING_OPTIONS) {
    it.each([KEY, SECRET, WITH_CREDENTIALS, `Bearer ${KEY}`, `htps://api.resend.com/?key=${KEY}`])(
      `refuses ${option} given %s without repeating it, naming the option`,
      (value) => {
        const error = refusal(() => createFakeResend(options(value)));
        expect(error.option).toBe(option);
        expect(error.message).toContain(option);
        expectHidden(error.message);
      },
    );
  }

  it('tells what kind of value it hid and how long it was', () => {
    const { message } = refusal(() => createFakeResend({ baseUrl: KEY }));
    expect(message).toContain('baseUrl must be an absolute http(s) URL');
    expect(message).toContain(`${KEY.length} characters`);
    expect(message).toMatch(/API key/);
    expect(refusal(() => createFakeResend({ accountEmail: SECRET })).message).toMatch(/webhook secret/);
    expect(refusal(() => createFakeResend({ baseUrl: WITH_CREDENTIALS })).message).toMatch(/credentials/);
  });

  it('still shows an ordinary wrong value as it was given', () => {
    expect(refusal(() => createFakeResend({ baseUrl: 'htps://api.resend.com' })).message).toContain(
      '"htps://api.resend.com"',
    );
    expect(refusal(() => createFakeResend({ sendingRules: 'strict' as never })).message).toContain('"strict"');
    expect(refusal(() => createFakeResend({ domains: ['acme dev'] })).message).toContain('"acme dev"');
  });

  it('cuts a long ordinary value short', () => {
    const { message } = refusal(() => createFakeResend({ accountEmail: 'x'.repeat(5000) }));
    expect(message.length).toBeLessThan(300);
  });

  // Keys this short passed the shared number check's "show strings of 12 characters or fewer" rule whole.
  const SHORT_KEY = 're_a1B2c3D4';
  const SHORT_SECRET = 'whsec_a1B2c3';

  it.each([
    ['windowMs', () => createFakeResend({ windowMs: SHORT_KEY as never })],
    ['faults.latencyMs', () => createFakeResend({ faults: { latencyMs: [SHORT_SECRET as never, 5] } })],
    ['quota.daily', () => createFakeResend({ quota: { daily: SHORT_KEY as never } })],
    ['since', () => createFakeResend().waitForEmail({ since: SHORT_KEY as never, timeoutMs: 0 })],
  ])('refuses a short key given for the number option %s without repeating it', async (option, make) => {
    // `waitForEmail` rejects rather than throws.
    const error = (await thrown(make)) as FakeOptionsError;
    expect(error).toBeInstanceOf(FakeOptionsError);
    expect(error.option).toBe(option);
    expect(error.message).toContain(option);
    expect(error.message).toMatch(/\(got a string of \d+ characters\)/);
    for (const shown of [error.message, JSON.stringify(error)]) {
      expect(shown).not.toContain(SHORT_KEY);
      expect(shown).not.toContain(SHORT_SECRET);
    }
  });

  it('still shows a short ordinary string given for a number option', () => {
    expect(refusal(() => createFakeResend({ windowMs: '300' as never })).message).toContain('(got "300")');
  });

  it.each([
    ['createFakeResend', 'options', () => createFakeResend({ [KEY]: 1 } as never)],
    ['createFakeResend', 'options', () => createFakeResend({ [SHORT_KEY]: 1 } as never)],
    ['faults', 'faults', () => createFakeResend({ faults: { [SECRET]: 1 } as never })],
    ['settings', 'settings', () => createFakeResend().updateSettings({ [WITH_CREDENTIALS]: 1 } as never)],
    ['inbox.emails', 'query', () => createFakeResend().inbox.emails({ [SHORT_KEY]: 1 } as never)],
  ])('refuses an unknown option named like a secret in %s without repeating the name', (what, option, make) => {
    const error = refusal(make);
    expect(error.message).toMatch(new RegExp(`^${what} has no (query field|option) a string`));
    expect(error.message).toMatch(/shaped like/);
    // `option` is in the error's JSON and inspect output too, so it names where the name was, not the name.
    expect(error.option).toBe(option);
    for (const shown of [error.message, JSON.stringify(error)]) {
      expectHidden(shown);
      expect(shown).not.toContain(SHORT_KEY);
    }
  });

  it.each(['https://x@y.dev', 'https://deploy:hunter2sEcReT@acme.dev', 'mailto:you@acme.dev', 'http://you@acme.dev/'])(
    'refuses the URL-like accountEmail %s, naming the option, without repeating it',
    (value) => {
      const error = refusal(() => createFakeResend({ accountEmail: value }));
      expect(error.option).toBe('accountEmail');
      expect(error.message).toContain('accountEmail must be an email address');
      expectHidden(error.message);
    },
  );

  it('refuses a secret in the fault settings of updateSettings without repeating it', () => {
    const fake = createFakeResend();
    const error = refusal(() => fake.updateSettings(KEY as never));
    expect(error.message).toContain('settings');
    expectHidden(error.message);
  });

  it('refuses a secret as a simulated event type without repeating it', () => {
    const fake = createFakeResend();
    const error = refusal(() => fake.simulateEmailEvent('4ef9a417-02e9-4d39-ad75-9611e0fcc33c', KEY as never));
    expect(error.message).toContain('type');
    expectHidden(error.message);
  });

  it.each([`rate=${KEY}`, `lost-as=${KEY}`, KEY, `status=500|${KEY}`])(
    'refuses the --faults spec %s without repeating the key',
    (spec) => {
      let message = '';
      try {
        parseFaultSpec(spec);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('--faults');
      expectHidden(message);
    },
  );

  it('refuses --sending-rules given a key without repeating it', async (test: TestContext) => {
    const { code, stderr } = await runBin(test, ['--sending-rules', KEY]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('--sending-rules');
    expectHidden(stderr);
  });
});
