/**
 * The bin's `--data <file>`: the fake's stored records and its quota count as a JSON snapshot,
 * loaded at start and written (atomically: a temporary file, then a rename) shortly after each
 * change and on exit. A file that is not a snapshot is refused and left untouched, never silently
 * replaced.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { cutText } from '@resendkit/client/shared';
import type { FakeResend } from './fake.js';
import { quotaOf, type SavedQuotaUsage } from './quota.js';
import { recordFieldProblem } from './record-fields.js';
import type { FakeStateStore } from './state.js';
import { Collection } from './store.js';

const FORMAT = 'resendkit-mock-data';
const VERSION = 1;

/** What the file holds. */
export interface Snapshot {
  format: typeof FORMAT;
  version: number;
  /**
   * How many times the fake started from this file; it picks the next start's seed. New IDs never
   * repeat stored ones whatever the seed: the fake skips an ID a stored record holds.
   */
  starts: number;
  collections: Record<string, { id: string }[]>;
  /**
   * Emails counted against the quotas, with the UTC day and month they were counted in: without
   * it a restarted fake let a used-up daily quota send again. Files written before it have none
   * and load with nothing counted.
   */
  quota?: SavedQuotaUsage;
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

/*
 * The file is written one record per line (still one JSON document, see `writeRecords`) and read
 * back line by line. One string of the whole state cannot pass V8's longest string (~512 MB on
 * Node 20): 14 emails with a 39 MB attachment each, all accepted by the API, made every save fail
 * with "Invalid string length", and such a file could not have been read back either.
 */
const HEAD_END = ',"collections":{';
const CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * The lines of the file open at `fd`, read a chunk at a time (the last one may lack its newline).
 * Read at explicit positions, so the fd's own position stays at the start for `readData`'s fallback.
 */
function* linesOf(fd: number): Generator<string> {
  const chunk = Buffer.alloc(CHUNK_BYTES);
  let partial: Buffer[] = [];
  let position = 0;
  const readChunk = () => readSync(fd, chunk, 0, CHUNK_BYTES, position);
  for (let read = readChunk(); read > 0; read = readChunk()) {
    position += read;
    const bytes = chunk.subarray(0, read);
    let start = 0;
    for (let end = bytes.indexOf(10, start); end !== -1; end = bytes.indexOf(10, start)) {
      yield partial.length === 0
        ? bytes.toString('utf8', start, end)
        : Buffer.concat([...partial, bytes.subarray(start, end)]).toString('utf8');
      partial = [];
      start = end + 1;
    }
    partial.push(Buffer.from(bytes.subarray(start)));
  }
  const last = Buffer.concat(partial).toString('utf8');
  if (last !== '') yield last;
}

/** Parses the line layout `writeRecords` writes; a `SyntaxError` for a line out of place. */
function parseLines(head: string, lines: Iterator<string>): unknown {
  const collections: [string, unknown[]][] = [];
  let records: unknown[] | undefined;
  let closed = false;
  for (let next = lines.next(); !next.done; next = lines.next()) {
    const line = next.value;
    if (closed) throw new SyntaxError(`unexpected line after the end "${line.slice(0, 40)}"`);
    if (records === undefined && line.endsWith(':[')) collections.push([JSON.parse(line.slice(0, -2)), (records = [])]);
    else if (line === ']' || line === '],') records = undefined;
    else if (records !== undefined) records.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
    else if (line === '}}') closed = true;
    else throw new SyntaxError(`unexpected line "${line.slice(0, 40)}"`);
  }
  if (!closed) throw new SyntaxError('the file ends before its last line');
  // fromEntries: a collection named `__proto__` stays a plain key.
  return { ...(JSON.parse(`${head}}}`) as object), collections: Object.fromEntries(collections) };
}

/** `text` without a leading UTF-8 byte order mark, which editors on Windows may save; JSON.parse refuses it. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What a file that is not a regular one is, for the refusal. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isDirectory()) return 'a directory';
  if (stats.isSocket()) return 'a socket';
  return 'a special file';
}

/**
 * Opens `path` for reading, refusing anything but a regular file: a FIFO blocked the start waiting
 * for a writer, and /dev/zero was read without end. O_NONBLOCK lets a FIFO open without a writer, so
 * the check runs on what was opened (no gap between a check and the open); it changes nothing for a
 * regular file.
 */
function openRegularFile(path: string): number {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  const stats = fstatSync(fd);
  if (stats.isFile()) return fd;
  closeSync(fd);
  throw new DataFileError(
    `--data ${path}: ${kindOf(stats)}, not a regular file; it was left untouched, give the path of a file.`,
  );
}

/** The file's JSON: line by line when written by `writeSnapshot`, else (written by hand) as one text. */
function readData(path: string): unknown {
  const fd = openRegularFile(path);
  try {
    const lines = linesOf(fd);
    const head = lines.next();
    const first = head.done ? '' : withoutBom(head.value);
    if (first.endsWith(HEAD_END)) return parseLines(first, lines);
    // Through the same fd (still at its start): the file checked above is the one read.
    return JSON.parse(withoutBom(readFileSync(fd, 'utf8')));
  } finally {
    closeSync(fd);
  }
}

/** Reads the snapshot at `path`; `undefined` when there is no file yet. */
export function readSnapshot(path: string): Snapshot | undefined {
  let data: unknown;
  try {
    data = readData(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (error instanceof DataFileError) throw error;
    if (!(error instanceof SyntaxError)) {
      throw new DataFileError(`--data ${path}: cannot read it (${(error as Error).message}).`);
    }
    throw new DataFileError(
      `--data ${path}: not valid JSON (${(error as Error).message}); it was left untouched, move it away or fix it.`,
    );
  }
  const snapshot = data as Partial<Snapshot> | null;
  const ok = snapshot && typeof snapshot === 'object' && snapshot.format === FORMAT && snapshot.version === VERSION;
  const collections = ok ? snapshot.collections : undefined;
  const starts = ok ? (snapshot.starts ?? 0) : undefined;
  if (
    !ok ||
    // The count picks the next start's seed: one that is not a whole number (1e308) made the fake refuse the seed.
    !Number.isSafeInteger(starts) ||
    (starts as number) < 0 ||
    !collections ||
    typeof collections !== 'object' ||
    !Object.values(collections).every((c) => Array.isArray(c) && c.every((r) => typeof r?.id === 'string'))
  ) {
    throw new DataFileError(
      `--data ${path}: not a resendkit-mock data file (version ${VERSION}); it was left untouched, move it away or fix it.`,
    );
  }
  checkRecordFields(path, collections);
  const quota = savedQuota(path, snapshot.quota);
  return { format: FORMAT, version: VERSION, starts: starts as number, collections, ...(quota ? { quota } : {}) };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * The file's quota count, or `undefined` when it has none; one that is not a count of a day in its
 * month (edited by hand) is refused like a corrupt record, naming the field, rather than loaded as
 * a count the quotas would then enforce.
 */
function savedQuota(path: string, value: unknown): SavedQuotaUsage | undefined {
  if (value === undefined) return undefined;
  const { day, month, daily, monthly } = (value ?? {}) as Partial<Record<keyof SavedQuotaUsage, unknown>>;
  const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  if (
    typeof day === 'string' &&
    typeof month === 'string' &&
    DAY.test(day) &&
    MONTH.test(month) &&
    day.startsWith(month) &&
    count(daily) &&
    count(monthly)
  )
    return { day, month, daily, monthly };
  throw new DataFileError(
    `--data ${path}: field "quota" must be { "day": "YYYY-MM-DD", "month": "YYYY-MM", "daily": n, "monthly": n } ` +
      'with the day in the month and whole counts of 0 or more; it was left untouched, move it away or fix it.',
  );
}

/**
 * Refuses the first record with a field of a kind the fake cannot use (see {@link recordFieldProblem}),
 * naming the file, the collection, the record's index and ID, and the field: such a record, written
 * by hand, was loaded and made a later request answer 500.
 */
function checkRecordFields(path: string, collections: Snapshot['collections']): void {
  for (const [name, records] of Object.entries(collections)) {
    records.forEach((record, index) => {
      const problem = recordFieldProblem(name, record as Record<string, unknown>);
      if (problem === undefined) return;
      const id = JSON.stringify(record.id.length <= 40 ? record.id : `${cutText(record.id, 40)}…`);
      throw new DataFileError(
        `--data ${path}: ${name}[${index}] (id ${id}): ${problem}; it was left untouched, move it away or fix it.`,
      );
    });
  }
}

/**
 * Writes the snapshot as one JSON document with a line per record: the head (format, version,
 * starts, quota) and `"collections":{` on the first line, then each collection's name, records and
 * `]`. Written out in pieces of about {@link CHUNK_BYTES}, one system call per piece, not per record.
 */
function writeRecords(
  fd: number,
  head: Omit<Snapshot, 'format' | 'version' | 'collections'>,
  collections: [string, Collection<{ id: string }>][],
): void {
  let parts = [`${JSON.stringify({ format: FORMAT, version: VERSION, ...head }).slice(0, -1)}${HEAD_END}\n`];
  let size = 0;
  const put = (text: string) => {
    parts.push(text);
    size += text.length;
    if (size >= CHUNK_BYTES) (writeSync(fd, parts.join('')), (parts = []), (size = 0));
  };
  collections.forEach(([name, collection], index) => {
    put(`${JSON.stringify(name)}:[\n`);
    let first = true;
    for (const record of collection) (put(`${first ? '' : ',\n'}${JSON.stringify(record)}`), (first = false));
    put(`${first ? '' : '\n'}]${index < collections.length - 1 ? ',' : ''}\n`);
  });
  put('}}\n');
  writeSync(fd, parts.join(''));
}

/**
 * Puts the snapshot's records into the fake's state (empty but for the domains its `domains` option
 * seeded), and its quota count into the fake's counter. A seeded domain comes after the stored ones,
 * and only when they hold no domain of its name: seeded before the restore, `--domain` added another
 * copy of its domain on every start.
 */
export function restore(fake: FakeResend, snapshot: Snapshot): void {
  const state = fake.state as FakeStateStore;
  const seeded = state.domains.all();
  state.domains.clear();
  for (const [name, collection] of collectionsOf(state)) {
    for (const record of snapshot.collections[name] ?? []) collection.insert(record);
  }
  for (const domain of seeded) {
    if (state.domains.find((stored) => stored.name === domain.name)) continue;
    // Its ID was drawn before the stored ones were known: one of theirs must not be repeated.
    state.domains.insert(state.holds(domain.id) ? { ...domain, id: crypto.randomUUID() } : domain);
  }
  if (snapshot.quota) quotaOf(fake)?.load(snapshot.quota);
}

/**
 * Writes the fake's records to `path` (atomically). Throws a {@link DataFileError} (one line, the
 * system error as `cause`) when it cannot, and leaves no temporary file behind.
 */
export function writeSnapshot(path: string, fake: FakeResend, starts: number): void {
  const temporary = `${path}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    writeRecords(fd, { starts, quota: quotaOf(fake)?.save() }, collectionsOf(fake.state as FakeStateStore));
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
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
