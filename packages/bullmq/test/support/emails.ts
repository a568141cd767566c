/** The emails the queue tests enqueue: the `i`th, to its own address and with its own subject (`#i`). */
export const email = (i: number, extra: object = {}) => ({
  from: 'Acme <news@acme.dev>',
  to: `delivered+reader${i}@resend.dev`,
  subject: `#${i}`,
  text: 'Hi',
  ...extra,
});
