// Size budgets (min + gzip, bundled with esbuild by @size-limit/preset-small-lib), checked by
// `pnpm size` as part of `pnpm check:packages`. "own code" entries ignore dependencies a consumer
// installs anyway; the "with …" entries report what an app actually ships.
//
// Each limit sits a little above today's figure, so growth is a decision: raise a limit in the
// commit that causes the growth and say there where the bytes went. The client's own code does not
// fit the 5 kB once aimed for; `pnpm size:floor` shows where its bytes go. Why the budgets are what
// they are: CONTRIBUTING.md, "Size budgets"; how they grew before the first release: bench/README.md,
// "History".
module.exports = [
  { name: '@resendkit/client (own code, openapi-fetch excluded)', path: 'packages/client/dist/index.js', import: '*', ignore: ['openapi-fetch', '@resendkit/types'], gzip: true, limit: '16 kB' },
  { name: '@resendkit/client: createResendClient only (own code)', path: 'packages/client/dist/index.js', import: '{ createResendClient }', ignore: ['openapi-fetch', '@resendkit/types'], gzip: true, limit: '13.1 kB' },
  { name: '@resendkit/client: endpoint methods layer (route table + binding)', path: 'packages/client/src/methods.ts', import: '{ bindMethods }', gzip: true, limit: '1.9 kB' },
  { name: '@resendkit/client/compose (own code)', path: 'packages/client/dist/compose.js', import: '*', ignore: ['openapi-fetch', '@resendkit/types'], gzip: true, limit: '9.6 kB' },
  { name: '@resendkit/client (with openapi-fetch)', path: 'packages/client/dist/index.js', import: '*', ignore: ['@resendkit/types'], gzip: true, limit: '18 kB' },
  { name: '@resendkit/client: createResendClient only (with openapi-fetch)', path: 'packages/client/dist/index.js', import: '{ createResendClient }', ignore: ['@resendkit/types'], gzip: true, limit: '15 kB' },
  // The one error base every package imports (no dependencies of its own).
  { name: '@resendkit/client/errors (the error base)', path: 'packages/client/dist/errors.js', import: '*', gzip: true, limit: '0.4 kB' },
  { name: '@resendkit/types (runtime code: the spec facts table)', path: 'packages/types/dist/index.js', import: '*', gzip: true, limit: '0.6 kB' },
  { name: '@resendkit/pagination (own code)', path: 'packages/pagination/dist/index.js', import: '*', ignore: ['@resendkit/client', '@resendkit/types', 'openapi-fetch'], gzip: true, limit: '2.5 kB' },
  { name: '@resendkit/mock/server (local server + the inbox page, CSS and script)', path: 'packages/mock/dist/server.js', import: '*', ignore: ['http', 'net', 'stream', 'node:http', 'node:net', 'node:stream'], gzip: true, limit: '10 kB' },
  // The mock's core entry: own code, the bundled spec and the validators compiled at generate time
  // (~90 kB of the total; they replace ajv and ajv-formats, which are no longer dependencies), and
  // the request log and inbox queries (~2.4 kB).
  { name: '@resendkit/mock (core entry: own code + bundled spec + compiled validators)', path: 'packages/mock/dist/index.js', import: '*', ignore: ['@resendkit/types', '@resendkit/webhooks'], gzip: true, limit: '185 kB' },
  { name: '@resendkit/webhooks (whole package, with the error base it imports)', path: 'packages/webhooks/dist/index.js', import: '*', gzip: true, limit: '3.2 kB' },
  { name: '@resendkit/webhooks: verifyWebhook only', path: 'packages/webhooks/dist/index.js', import: '{ verifyWebhook }', gzip: true, limit: '1.8 kB' },
  { name: '@resendkit/redis (own code, client excluded)', path: 'packages/redis/dist/index.js', import: '*', ignore: ['@resendkit/client', '@resendkit/client/compose', 'node:crypto', 'crypto'], gzip: true, limit: '2.8 kB' },
];
