import { describe, expect, it } from 'vitest';
import { collectExamples, validateExamples } from '../spec-examples.js';
import { loadBundledSpec } from '../spec-stats.js';
import { repoRoot } from './helpers.js';

describe('spec examples', () => {
  it('every request, response, parameter and schema example validates against its schema', async () => {
    const doc = await loadBundledSpec(repoRoot);
    const { checked, failures } = validateExamples(doc);
    expect(failures, failures.map((f) => `${f.where}: ${f.errors}`).join('\n')).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });

  it('every 2xx response and every request body has an example', async () => {
    const doc = await loadBundledSpec(repoRoot);
    const covered = new Set(collectExamples(doc).map((site) => site.schemaPointer));
    const schemas = doc.components.schemas as Record<string, unknown>;
    const hasExample = (pointer: string, schema: Record<string, unknown>): boolean => {
      if (covered.has(pointer)) return true;
      const ref = schema.$ref;
      if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
        const name = ref.slice('#/components/schemas/'.length);
        return (
          covered.has(`/components/schemas/${name}`) ||
          hasExample(`/components/schemas/${name}`, schemas[name] as Record<string, unknown>)
        );
      }
      return false;
    };
    const missing: string[] = [];
    for (const [section, items] of [
      ['paths', doc.paths],
      ['webhooks', doc.webhooks ?? {}],
    ] as const) {
      for (const [path, item] of Object.entries(items as Record<string, Record<string, any>>)) {
        for (const [method, op] of Object.entries(item)) {
          if (method === 'parameters' || typeof op !== 'object') continue;
          const esc = `/${section}/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`;
          for (const [mediaType, media] of Object.entries<any>(op.requestBody?.content ?? {})) {
            const pointer = `${esc}/requestBody/content/${mediaType.replace(/\//g, '~1')}/schema`;
            if (!('example' in media) && !media.examples && !hasExample(pointer, media.schema))
              missing.push(`${method.toUpperCase()} ${path} request ${mediaType}`);
          }
          for (const [code, response] of Object.entries<any>(op.responses ?? {})) {
            if (!/^2/.test(code)) continue;
            for (const [mediaType, media] of Object.entries<any>(response.content ?? {})) {
              const pointer = `${esc}/responses/${code}/content/${mediaType.replace(/\//g, '~1')}/schema`;
              if (!('example' in media) && !media.examples && !hasExample(pointer, media.schema))
                missing.push(`${method.toUpperCase()} ${path} ${code} ${mediaType}`);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('a broken example fails validation', async () => {
    const doc = structuredClone(await loadBundledSpec(repoRoot));
    const example = doc.components.schemas.SendEmailRequest.example as Record<string, unknown>;
    delete example.from;
    doc.components.schemas.Email.example.last_event = 'teleported';
    const { failures } = validateExamples(doc);
    const where = failures.map((f) => f.where);
    expect(where).toContain('/components/schemas/SendEmailRequest');
    expect(where).toContain('/components/schemas/Email');
    expect(failures.find((f) => f.where === '/components/schemas/SendEmailRequest')?.errors).toContain(
      "must have required property 'from'",
    );
  });
});
