/**
 * Reads a `multipart/form-data` body (the contact import's) into an object the spec's schema can
 * check: text parts as strings, parts the media type's `encoding` marks `application/json` parsed.
 * The fake gets the body as text, which is enough for the CSV files this endpoint takes.
 */
import { ApiError } from './api-error.js';
import { MAX_JSON_DEPTH, nestsTooDeep } from './json-depth.js';

/** `encoding` of an OpenAPI multipart media type: field name → its part's content type. */
export type PartEncodings = Record<string, { contentType?: string } | undefined>;

/** A part's headers are a few short lines; longer ones are refused before any parsing. */
const MAX_HEAD_CHARS = 8 * 1024;

/**
 * The `name` parameter of a part's `Content-Disposition`, read line by line and parameter by
 * parameter (linear in the head's length; a backtracking regex over the head was quadratic).
 */
function partName(head: string): string | undefined {
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon === -1 || line.slice(0, colon).trim().toLowerCase() !== 'content-disposition') continue;
    for (const param of line
      .slice(colon + 1)
      .split(';')
      .slice(1)) {
      const eq = param.indexOf('=');
      if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== 'name') continue;
      const value = param.slice(eq + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1);
    }
  }
  return undefined;
}

/** A part the encoding marks JSON, parsed; refused when it is not JSON or nests too deep to walk. */
function jsonPart(name: string, value: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value) as unknown;
  } catch {
    throw new ApiError(422, 'validation_error', `Invalid \`${name}\` field: the form part must be JSON.`);
  }
  if (nestsTooDeep(parsed))
    throw new ApiError(
      422,
      'validation_error',
      `Invalid \`${name}\` field: the form part nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
    );
  return parsed;
}

/** Parses `raw` (sent with `contentType`); throws a 422 `validation_error` naming what is wrong. */
export function parseMultipart(
  raw: string,
  contentType: string | null,
  encoding: PartEncodings = {},
): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) throw new ApiError(422, 'validation_error', 'The multipart body has no boundary in its Content-Type.');
  const fields: Record<string, unknown> = {};
  const parts = raw.split(`--${marker}`);
  // The closing delimiter is `--<boundary>--`; without it the body was cut short.
  if (parts.length < 2 || !parts[parts.length - 1]!.startsWith('--')) {
    throw new ApiError(422, 'validation_error', 'The multipart body is incomplete (no closing boundary).');
  }
  for (const part of parts.slice(1, -1)) {
    const split = part.indexOf('\r\n\r\n');
    if (split === -1)
      throw new ApiError(422, 'validation_error', 'A multipart part has no blank line after its headers.');
    if (split > MAX_HEAD_CHARS)
      throw new ApiError(422, 'validation_error', `A multipart part's headers exceed ${MAX_HEAD_CHARS} characters.`);
    const name = partName(part.slice(0, split));
    if (name === undefined) throw new ApiError(422, 'validation_error', 'A multipart part has no name.');
    const value = part.slice(split + 4).replace(/\r\n$/, '');
    const type = encoding[name]?.contentType ?? '';
    fields[name] = /json/i.test(type) ? jsonPart(name, value) : value;
  }
  return fields;
}
