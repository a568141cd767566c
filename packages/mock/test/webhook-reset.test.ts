/** `fake.reset()` between tests: nothing from before it may reach an endpoint registered after it. */
import { expect, it, onTestFinished, vi } from 'vitest';
import { setup } from './webhook-fixture.js';

it('reset drops deliveries in flight or queued, so a webhook registered after it gets only its own events', async () => {
  let answerFirst: (response: Response) => void = () => undefined;
  let firstArrived: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => (firstArrived = resolve));
  const { fake, received, register, send } = setup(
    (_request, n) =>
      n === 1 ? new Promise<Response>((resolve) => ((answerFirst = resolve), firstArrived())) : new Response('ok'),
    { retryDelaysMs: [5] },
  );
  const before = await register(['email.sent', 'email.delivered']);
  await send('delivered@resend.dev');
  // The first attempt (email.sent) is in flight and email.delivered waits behind it. Signing runs
  // off the event loop, so on a loaded machine the attempt can take longer than any fixed pause.
  await arrived;
  expect(received).toHaveLength(1);
  fake.reset();
  // The fake answers `503` to the attempt in flight, which would ask for a retry.
  answerFirst(new Response('busy', { status: 503 }));
  // The same seed after reset gives the new webhook the old one's ID.
  const after = await register(['email.sent', 'email.delivered']);
  expect(after.id).toBe(before.id);
  await fake.settleWebhooks();
  expect(received).toHaveLength(1);
  expect(fake.state.webhookDeliveries.size).toBe(0);
});

it('reset aborts an attempt in flight, so a receiver that never answers keeps no request open and no timer running', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  onTestFinished(() => void vi.useRealTimers());
  let inFlight: Request | undefined;
  const { fake, register, send } = setup((request) => {
    inFlight = request;
    return new Promise<Response>(() => undefined);
  });
  await register(['email.sent']);
  await send('delivered@resend.dev');
  while (!inFlight) await new Promise((resolve) => setImmediate(resolve));
  expect(vi.getTimerCount()).toBe(1); // the attempt's 15 s timeout
  fake.reset();
  // Its result would be dropped anyway: waiting out the timeout only kept the process alive.
  expect(inFlight.signal.aborted).toBe(true);
  expect(vi.getTimerCount()).toBe(0);
  await fake.settleWebhooks();
});
