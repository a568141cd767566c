/**
 * A spec that lints but that the generator cannot derive code from (a route the SDK tables name is
 * gone, a webhook payload is no named schema). Its message names the place in one line, so
 * `pnpm generate` prints it alone, where another error is a fault of the generator and keeps its stack.
 */
export class SpecShapeError extends Error {
  override name = 'SpecShapeError';
}
