/**
 * `@resendkit/client/shared`: the small dependency-free helpers every resendkit package uses the same
 * way — the capped body reader, Base64 of bytes, the timer limit, the option checkers (numbers and kinds), a
 * thrown value as text, runtime detection, the quiet call of a user's callback, following a caller's signal with one listener, and
 * the one abortable wait, and the canonical JSON fingerprints are taken of. For resendkit's own packages; it imports nothing, so a package taking it
 * (the webhooks one) stays small.
 * @module @resendkit/client/shared
 */
export { callQuietly } from './callback.js';
export { followSignal, oneListener, untilAborted } from './follow-signal.js';
export { type OptionKind, checkKindOption, checkOptionNames, kindOf, thrownText } from './check-kind.js';
export { type NumberRule, checkNumberOption } from './check-number.js';
export { concatChunks, readCapped } from './read-capped.js';
export { base64Of } from './base64.js';
export { cutText } from './cut-text.js';
export { type SleepAbort, sleep } from './sleep.js';
export { type Runtime, detectRuntime, runtime, runtimeToken, signalsAreCostly } from './runtime.js';
export { MAX_TIMER_MS } from './timer.js';
export { canonicalJson } from './canonical-json.js';
