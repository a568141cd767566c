import { describe, expect, it } from 'vitest';
import { formatStats, loadBundledSpec, specStats } from '../spec-stats.js';
import { repoRoot } from './helpers.js';

// Pinned so that an endpoint cannot silently disappear from the spec (or appear without review).
const EXPECTED_PER_TAG: Record<string, number> = {
  Emails: 10,
  'Receiving Emails': 4,
  Domains: 9,
  'API Keys': 4,
  OAuth: 6,
  Templates: 7,
  Audiences: 8,
  Contacts: 13,
  'Contact Properties': 5,
  Segments: 7,
  Topics: 5,
  Broadcasts: 10,
  Suppressions: 6,
  Webhooks: 10,
  Logs: 2,
  Automations: 9,
  Events: 6,
  Inboxes: 29,
  Usage: 1,
};

describe('pnpm spec:stats', () => {
  it('counts every documented operation, per tag and in total', async () => {
    const stats = specStats(await loadBundledSpec(repoRoot));
    const perTag = Object.fromEntries(stats.tags.map((t) => [t.tag, t.operations]));
    expect(perTag).toEqual(EXPECTED_PER_TAG);
    expect(stats.operations).toBe(151);
    expect(stats.webhookEvents).toBe(37);
  });

  it('marks the deprecated audiences and the beta inboxes', async () => {
    const stats = specStats(await loadBundledSpec(repoRoot));
    expect(stats.tags.find((t) => t.tag === 'Audiences')?.deprecated).toBe(8);
    expect(stats.tags.find((t) => t.tag === 'Inboxes')?.beta).toBe(29);
  });

  it('prints a markdown table whose total row matches the operation count', async () => {
    const stats = specStats(await loadBundledSpec(repoRoot));
    const table = formatStats(stats);
    expect(table).toContain(`| **Total** | **${stats.operations}** |`);
    expect(
      table
        .split('\n')
        .filter((line) => line.startsWith('| ') && !line.startsWith('| Tag') && !line.startsWith('| **')),
    ).toHaveLength(stats.tags.length);
  });
});
