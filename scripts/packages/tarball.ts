/**
 * Reads a packed .tgz in memory (gunzip + the ustar format npm and pnpm write), so the checks see
 * exactly what would be published without extracting anything.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Manifest } from './workspace-packages.js';

/** Entries of a tarball by path, with the leading `package/` removed. */
export type TarballFiles = Map<string, Buffer>;

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

/** Parses an uncompressed tar archive into its regular files. */
export function parseTar(tar: Buffer): TarballFiles {
  const files: TarballFiles = new Map();
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = field(header, 156, 1) || '0';
    const prefix = field(header, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    longName = undefined;
    if (type === 'L') longName = body.toString('utf8').replace(/\0+$/, '');
    else if (type === '0' || type === '7') files.set(name.replace(/^[^/]+\//, ''), Buffer.from(body));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Reads a .tgz file. */
export async function readTarball(path: string): Promise<TarballFiles> {
  return parseTar(gunzipSync(await readFile(path)));
}

/** The package.json inside a tarball. */
export function tarballManifest(files: TarballFiles): Manifest {
  const raw = files.get('package.json');
  if (!raw) throw new Error('tarball has no package.json');
  return JSON.parse(raw.toString('utf8')) as Manifest;
}
