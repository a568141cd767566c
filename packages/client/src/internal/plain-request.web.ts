/**
 * The light request's stand-in in builds for platforms other than Node: a platform `Request` (a
 * subclass only to carry the two helpers the wire calls). Where `Request` is cheap to build the light
 * one saves little, and this keeps its code out of worker and browser bundles.
 */
import type { RequestParts } from './plain-request.js';

/** A platform `Request`; `instanceof PlainRequest` holds for any `Request` (what openapi-fetch accepts from middleware). */
export class PlainRequest extends Request {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }

  /** The body read once, and the request's signal. */
  static async parts(request: Request): Promise<RequestParts> {
    return { body: request.body ? await request.arrayBuffer() : null, signal: request.signal };
  }

  /** Already a platform `Request`. */
  static toPlatform(request: Request): Request {
    return request;
  }
}
