// The root entry and the compose subpath together, plus internals a few tests reach for.
export * from '../src/index.js';
export * from '../src/compose.js';
export { SAFE_METHODS, isSafeToRepeat } from '../src/retry.js';
export { retryAfterSeconds } from '../src/errors.js';
