/**
 * Contact imports: a CSV upload that creates (or updates, or skips) contacts. The fake finishes an
 * import at once, so it is `completed` with its counts by the time the create call answers.
 */
import { validationError } from '../api-error.js';
import type { StoredRecord } from '../state.js';
import type { Fields, HandlerContext, ResourceRoute } from './context.js';
import { fields, findOr404, param } from './context.js';

type ColumnMap = { email?: string; first_name?: string; last_name?: string; unsubscribed?: string; properties?: Record<string, { column: string }> };

/** Splits CSV text into rows of cells (double-quoted cells may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Without a column map, columns are matched by name (`email`, `First Name`, `first_name`…). */
function defaultColumn(header: string[], field: string): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  return header.find((h) => norm(h) === norm(field));
}

function contactFields(header: string[], cells: string[], map: ColumnMap): Fields {
  const cell = (column: string | undefined) => (column === undefined ? undefined : cells[header.indexOf(column)]);
  const out: Fields = {};
  for (const field of ['email', 'first_name', 'last_name', 'unsubscribed'] as const) {
    const value = cell(map[field] ?? defaultColumn(header, field));
    if (value !== undefined && value !== '') out[field] = field === 'unsubscribed' ? /^(true|1|yes)$/i.test(value) : value;
  }
  const properties = Object.fromEntries(Object.entries(map.properties ?? {}).map(([key, m]) => [key, cell(m.column) ?? null]));
  if (Object.keys(properties).length > 0) out.properties = properties;
  return out;
}

function importRows(ctx: HandlerContext, body: Fields): StoredRecord['counts'] {
  const rows = parseCsv(String(body.file ?? ''));
  if (rows.length === 0) throw validationError('Invalid `file` field: the CSV has no header row.');
  const [header, ...data] = rows as [string[], ...string[][]];
  const map = (body.column_map ?? {}) as ColumnMap;
  const segmentIds = ((body.segments ?? []) as ({ id: string } | string)[]).map((s) => (typeof s === 'string' ? s : s.id));
  const topics = (body.topics ?? []) as { id: string; subscription: string }[];
  const counts = { total: data.length, created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const cells of data) {
    const row = contactFields(header, cells, map);
    const email = typeof row.email === 'string' ? row.email.trim() : '';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      counts.failed++;
      continue;
    }
    const existing = ctx.state.contacts.find((c) => c.email === email);
    if (existing && body.on_conflict === 'skip') counts.skipped++;
    else if (existing) {
      Object.assign(existing, { ...row, properties: { ...(existing.properties as object), ...(row.properties as object) } });
      existing.segment_ids = [...new Set([...(existing.segment_ids as string[]), ...segmentIds])];
      counts.updated++;
    } else {
      ctx.state.contacts.insert({
        object: 'contact',
        id: ctx.random.uuid(),
        created_at: ctx.timestamp(),
        first_name: null,
        last_name: null,
        unsubscribed: false,
        properties: {},
        ...row,
        email,
        segment_ids: [...new Set(segmentIds)],
        topics,
        audience_id: null,
      });
      counts.created++;
    }
  }
  return counts;
}

/** Routes for contact imports (no update or delete: imports are a log of what ran). */
export const contactImportRoutes: ResourceRoute[] = [
  {
    method: 'POST',
    path: '/contacts/imports',
    handle(ctx) {
      const counts = importRows(ctx, fields(ctx));
      const now = ctx.timestamp();
      const record = { object: 'contact_import', id: ctx.random.uuid(), status: 'completed', created_at: now, completed_at: now, counts };
      return { body: ctx.state.contactImports.insert(record) };
    },
  },
  {
    method: 'GET',
    path: '/contacts/imports',
    handle(ctx) {
      const all = ctx.state.contactImports.newestFirst();
      return { body: ctx.list(typeof ctx.query.status === 'string' ? all.filter((i) => i.status === ctx.query.status) : all) };
    },
  },
  { method: 'GET', path: '/contacts/imports/{}', handle: (ctx) => ({ body: findOr404(ctx.state.contactImports, param(ctx), 'Contact import') }) },
];
