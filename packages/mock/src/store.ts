import { kindOf } from '@resendkit/client/shared';
import { FakeOptionsError } from './options-error.js';
import type { ListSource } from './pagination.js';

/** An ordered in-memory collection of records with string IDs (insertion order = creation order). */
export class Collection<T extends { id: string }> implements ReadonlyCollection<T> {
  #items = new Map<string, T>();
  /**
   * The records oldest first and each ID's index there, so a list page finds its cursor by lookup.
   * A copy of the whole collection and a scan for the cursor per page made walking every page
   * quadratic: 100 a page, 50 000 emails took 1.4 s and 100 000 took 4.3 s (now 0.64 s and 1.3 s).
   * An insert appends; a delete marks them stale, rebuilt on the next list (or once half of them
   * is deleted records, which would otherwise stay in memory), so deleting stays O(1) amortised.
   */
  #order: T[] = [];
  #index = new Map<string, number>();
  #stale = false;
  /**
   * Records grouped by a key, for {@link Collection.firstWith}: receiving an email scanned every
   * stored inbox email and thread to find its thread, and each recipient of a send scanned the
   * suppression list, so both were quadratic (10 000 received emails took 5.4 s, now 0.43 s). Each
   * index holds positions in `#order` and catches up lazily: an append only adds the new records,
   * any other change (a delete, a replaced record, `clear`, so `fake.reset()` too) bumps
   * `#generation` and the index is rebuilt on its next use. Restoring a `--data` file and a cast
   * `fake.state` collection go through `insert` like everything else.
   */
  #generation = 0;
  #groups = new Map<(record: T) => string | undefined, KeyIndex>();

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
    const known = this.#index.get(record.id);
    if (known !== undefined) {
      this.#order[known] = record;
      this.#generation++;
    } else (this.#index.set(record.id, this.#order.length), this.#order.push(record));
    this.#items.set(record.id, record);
    return record;
  }

  /** Removes a record; true when it existed. */
  delete(id: string): boolean {
    const existed = this.#items.delete(id);
    this.#stale ||= existed;
    if (existed) this.#generation++;
    if (this.#order.length > 2 * this.#items.size + 64) this.#rebuild();
    return existed;
  }

  /** Removes everything. */
  clear(): void {
    this.#items.clear();
    this.#order = [];
    this.#index.clear();
    this.#stale = false;
    this.#groups.clear();
    this.#generation++;
  }

  /**
   * The oldest record whose `keyOf` is one of `keys` and for which `accept` holds (checked on each
   * candidate, so a record changed after it was indexed is never wrongly returned). `keyOf` must be
   * one function kept for the collection's life: it names the index.
   */
  firstWith(
    keyOf: (record: T) => string | undefined,
    keys: Iterable<string>,
    accept: (record: T) => boolean,
  ): T | undefined {
    const groups = this.#catchUp(keyOf);
    let first = Infinity;
    for (const key of keys) {
      for (const position of groups.get(key) ?? []) {
        if (position >= first) break;
        if (accept(this.#order[position]!)) {
          first = position;
          break;
        }
      }
    }
    return first === Infinity ? undefined : this.#order[first];
  }

  /** The index of `keyOf`, brought up to date: rebuilt after any change but an append. */
  #catchUp(keyOf: (record: T) => string | undefined): Map<string, number[]> {
    let index = this.#groups.get(keyOf);
    if (index?.generation !== this.#generation) {
      if (this.#stale) this.#rebuild();
      index = { generation: this.#generation, seen: 0, groups: new Map() };
      this.#groups.set(keyOf, index);
    }
    for (; index.seen < this.#order.length; index.seen++) {
      const key = keyOf(this.#order[index.seen]!);
      if (key === undefined) continue;
      const group = index.groups.get(key);
      if (group) group.push(index.seen);
      else index.groups.set(key, [index.seen]);
    }
    return index.groups;
  }

  #rebuild(): void {
    this.#order = [...this.#items.values()];
    this.#index = new Map(this.#order.map((record, index) => [record.id, index]));
    this.#stale = false;
  }

  /** The records newest first as they are now, for one list page: read in place, never copied. */
  newestFirstView(): ListSource<T> {
    if (this.#stale) this.#rebuild();
    const [order, index, last] = [this.#order, this.#index, this.#order.length - 1];
    return {
      length: order.length,
      at: (position) => order[last - position]!,
      indexOf(id) {
        const at = typeof id === 'string' ? index.get(id) : undefined;
        return at === undefined || at > last ? -1 : last - at;
      },
    };
  }

  [Symbol.iterator](): Iterator<T> {
    return this.#items.values();
  }
}

/** One index of {@link Collection.firstWith}: positions in the collection's order, per key. */
interface KeyIndex {
  generation: number;
  /** How many records of the order it has read. */
  seen: number;
  groups: Map<string, number[]>;
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
