/**
 * The bin's `--data <file>`: the fake's stored records as a JSON snapshot, loaded at start and
 * written (atomically: a temporary file, then a rename) shortly after each change and on exit.
 * A file that is not a snapshot is refused and left untouched, never silently replaced.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { FakeResend } from './fake.js';
import type { FakeStateStore } from './state.js';
import { Collection } from './store.js';

const FORMAT = 'resendkit-mock-data';
const VERSION = 1;

/** What the file holds. */
export interface Snapshot {
  format: typeof FORMAT;
  version: number;
  /** How many times the fake started from this file (new IDs never repeat stored ones). */
  starts: number;
  collections: Record<string, { id: string }[]>;
}

/** A data file the bin refuses to use; `message` is one line. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

function collectionsOf(state: FakeStateStore): [string, Collection<{ id: string }>][] {
  return Object.entries(state).filter(
    (entry): entry is [string, Collection<{ id: string }>] => entry[1] instanceof Collection,
  );
}

/** Reads the snapshot at `path`; `undefined` when there is no file yet. */
export function readSnapshot(path: string): Snapshot | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DataFileError(`--data ${path}: cannot read it (${(error as Error).message}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(
      `--data ${path}: not valid JSON (${(error as Error).message}); it was left untouched, move it away or fix it.`,
    );
  }
  const snapshot = data as Partial<Snapshot> | null;
  const ok = snapshot && typeof snapshot === 'object' && snapshot.format === FORMAT && snapshot.version === VERSION;
  const collections = ok ? snapshot.collections : undefined;
  if (
    !ok ||
    !collections ||
    typeof collections !== 'object' ||
    !Object.values(collections).every((c) => Array.isArray(c) && c.every((r) => typeof r?.id === 'string'))
  ) {
    throw new DataFileError(
      `--data ${path}: not a resendkit-mock data file (version ${VERSION}); it was left untouched, move it away or fix it.`,
    );
  }
  return { format: FORMAT, version: VERSION, starts: Number(snapshot.starts) || 0, collections };
}

/** Puts the snapshot's records into the fake's (empty) state. */
export function restore(fake: FakeResend, snapshot: Snapshot): void {
  for (const [name, collection] of collectionsOf(fake.state as FakeStateStore)) {
    for (const record of snapshot.collections[name] ?? []) collection.insert(record);
  }
}

/**
 * Writes the fake's records to `path` (atomically). Throws a {@link DataFileError} (one line, the
 * system error as `cause`) when it cannot, and leaves no temporary file behind.
 */
export function writeSnapshot(path: string, fake: FakeResend, starts: number): void {
  const collections = Object.fromEntries(
    collectionsOf(fake.state as FakeStateStore).map(([name, c]) => [name, c.all()]),
  );
  const snapshot: Snapshot = { format: FORMAT, version: VERSION, starts, collections };
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(snapshot));
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new DataFileError(`--data ${path}: cannot write it (${(error as Error).message}).`, { cause: error });
  }
}

/**
 * Writes `debounceMs` after the first change not yet written (the changes meanwhile go in the same
 * write), and `flush()` at once (on exit; it throws a {@link DataFileError}). Waiting for a quiet
 * moment instead never wrote under steady traffic, so a killed process lost everything since its
 * start. A delayed write that fails goes to `onError`: it runs in a timer, where a throw would end
 * the process, and the next change tries again.
 */
export function persistOnChange(
  path: string,
  fake: FakeResend,
  starts: number,
  onError: (error: DataFileError) => void,
  debounceMs = 200,
): { flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    writeSnapshot(path, fake, starts);
  };
  const flushLater = () => {
    try {
      flush();
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      onError(error);
    }
  };
  fake.inbox.subscribe(() => {
    if (timer !== undefined) return;
    timer = setTimeout(flushLater, debounceMs);
    timer.unref?.();
  });
  return { flush };
}
