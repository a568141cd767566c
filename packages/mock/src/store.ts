import { kindOf } from '@resendkit/client/shared';
import { FakeOptionsError } from './options-error.js';

/** An ordered in-memory collection of records with string IDs (insertion order = creation order). */
export class Collection<T extends { id: string }> implements ReadonlyCollection<T> {
  #items = new Map<string, T>();

  /** Number of records. */
  get size(): number {
    return this.#items.size;
  }

  /** The record with this ID. */
  get(id: string): T | undefined {
    return this.#items.get(id);
  }

  /** The first record (oldest first) matching `predicate`; a `FakeOptionsError` when it is not a function. */
  find(predicate: (record: T) => boolean): T | undefined {
    if (typeof predicate !== 'function')
      throw new FakeOptionsError('predicate', `find: predicate must be a function (got ${kindOf(predicate)}).`);
    for (const record of this.#items.values()) if (predicate(record)) return record;
    return undefined;
  }

  /** Records oldest first. */
  all(): T[] {
    return [...this.#items.values()];
  }

  /** Records newest first, the order Resend lists them in. */
  newestFirst(): T[] {
    return this.all().reverse();
  }

  /** Adds a record (its ID must be new). */
  insert(record: T): T {
    this.#items.set(record.id, record);
    return record;
  }

  /** Removes a record; true when it existed. */
  delete(id: string): boolean {
    return this.#items.delete(id);
  }

  /** Removes everything. */
  clear(): void {
    this.#items.clear();
  }

  [Symbol.iterator](): Iterator<T> {
    return this.#items.values();
  }
}

/** The read-only view of a collection exposed on `fake.state`. */
export interface ReadonlyCollection<T> extends Iterable<T> {
  /** Number of records. */
  readonly size: number;
  /** The record with this ID, or `undefined`. */
  get(id: string): T | undefined;
  /** The first record, oldest first, for which `predicate` returns true, or `undefined`. */
  find(predicate: (record: T) => boolean): T | undefined;
  /** Oldest first. */
  all(): T[];
  /** Newest first. */
  newestFirst(): T[];
}
