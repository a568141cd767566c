/** Collection paths that have hand-written behaviour (the rest answer from spec examples). */
export const handlers = new Set([
  '/emails',
  '/domains',
  '/api-keys',
  '/contacts',
  '/segments',
  '/audiences',
  '/topics',
  '/broadcasts',
  '/templates',
  '/webhooks',
]);
