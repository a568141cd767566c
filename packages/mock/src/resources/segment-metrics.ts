/**
 * `GET /segments/metrics`: contact counts computed from the fake's contacts and their segment
 * memberships (Resend's values can be 15 minutes old; the fake's are current). Totals count each
 * contact once, however many of the chosen segments it is in; an unknown `segment_id` is a 404.
 */
import { notFound } from '../api-error.js';
import type { StoredRecord } from '../state.js';
import type { ResourceRoute } from './context.js';

const METRICS = ['all_contacts', 'subscribers', 'unsubscribers'] as const;

function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter(Boolean);
}

function counts(contacts: readonly StoredRecord[], metrics: readonly string[]): Record<string, number> {
  const subscribers = contacts.filter((c) => c.unsubscribed !== true).length;
  const all: Record<string, number> = {
    all_contacts: contacts.length,
    subscribers,
    unsubscribers: contacts.length - subscribers,
  };
  return Object.fromEntries(metrics.map((m) => [m, all[m] ?? 0]));
}

function membersOf(contacts: readonly StoredRecord[], segmentId: string): StoredRecord[] {
  return contacts.filter((c) => (c.segment_ids as string[] | undefined)?.includes(segmentId));
}

function segmentOr404(segment: StoredRecord | undefined): StoredRecord {
  if (!segment) throw notFound('Segment');
  return segment;
}

/** The segment metrics route. */
export const segmentMetricsRoutes: ResourceRoute[] = [
  {
    method: 'GET',
    path: '/segments/metrics',
    handle(ctx) {
      const chosen = list(ctx.query.metrics);
      const metrics = chosen.length > 0 ? chosen : [...METRICS];
      const dimensions = list(ctx.query.dimensions);
      const ids = list(ctx.query.segment_id);
      const segments =
        ids.length > 0 ? ids.map((id) => segmentOr404(ctx.state.segments.get(id))) : ctx.state.segments.all();
      const contacts = ctx.state.contacts.all();
      const chosenIds = new Set(segments.map((s) => s.id));
      const inChosen = contacts.filter((c) => (c.segment_ids as string[] | undefined)?.some((id) => chosenIds.has(id)));
      const data = dimensions.includes('segment')
        ? segments.map((s) => ({ id: s.id, name: s.name, ...counts(membersOf(contacts, s.id), metrics) }))
        : [];
      return { body: { object: 'metrics', metrics, dimensions, totals: counts(inChosen, metrics), data } };
    },
  },
];
