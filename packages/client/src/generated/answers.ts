/**
 * This file was generated from spec/ by `pnpm generate` (scripts/generate.ts).
 * Do not edit it by hand: change the spec and regenerate.
 */

/**
 * `METHOD /path` of the operations whose spec declares no JSON body for their 2xx answer: an empty
 * one is all they answer. Every other 2xx answer without a body (or with a JSON `null`) is unusable.
 */
export const NO_JSON_ANSWER: readonly string[] = ["GET /oauth/authorize","POST /oauth/revoke"];
