import { describe, expect, it } from 'vitest';
import { idsType, sdkIdTables } from '../sdk-ids.js';

const doc = {
  paths: {
    '/things/{thing_id}': {
      patch: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Update' } } } },
      },
    },
    '/things/{thing_id}/parts/{part_id}': { get: {} },
    '/groups/{group_id}/things/{thing_id}': {
      patch: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Update' } } } },
      },
    },
  },
  components: {
    schemas: { Update: { properties: { name: {}, email: {}, first_name: {} } } },
  },
};

describe('SDK ID tables from the spec', () => {
  it("takes each path parameter under the SDK's key or its camelCase name, and its API name", () => {
    const tables = sdkIdTables(doc, {
      'PATCH /things/{thing_id}': { ids: { thing_id: ['id'] } },
      'GET /things/{thing_id}/parts/{part_id}': {},
    });
    expect(tables['PATCH /things/{thing_id}']).toEqual({ keys: { thing_id: ['id', 'thing_id'] } });
    expect(tables['GET /things/{thing_id}/parts/{part_id}']).toEqual({
      keys: { thing_id: ['thingId', 'thing_id'], part_id: ['partId', 'part_id'] },
    });
  });

  it('spells out the alternate route the SDK calls when the options give one more ID', () => {
    const tables = sdkIdTables(doc, {
      'GET /things/{thing_id}/parts/{part_id}': {},
      'PATCH /things/{thing_id}': {
        ids: { thing_id: ['id', 'email'] },
        shared: ['email'],
        alternate: { param: 'group_id', route: 'PATCH /groups/{group_id}/things/{thing_id}' },
      },
    });
    expect(tables['PATCH /things/{thing_id}']!.alternate).toEqual({
      param: 'group_id',
      route: 'PATCH /groups/{group_id}/things/{thing_id}',
      keys: { group_id: ['groupId', 'group_id'], thing_id: ['id', 'email', 'thing_id'] },
    });
  });

  it('refuses a route the spec lacks, an ID the path lacks, and a key that is also a body field', () => {
    expect(() => sdkIdTables(doc, { 'GET /nothing/{id}': {} })).toThrow(/GET \/nothing\/\{id\} is not in the spec/);
    expect(() => sdkIdTables(doc, { 'PATCH /things/{thing_id}': { ids: { other_id: ['id'] } } })).toThrow(
      /has no path parameter other_id/,
    );
    expect(() => sdkIdTables(doc, { 'PATCH /things/{thing_id}': { ids: { thing_id: ['name'] } } })).toThrow(
      /the SDK key name is also a field of its body or query; list it in shared/,
    );
    expect(() => sdkIdTables(doc, { 'PATCH /things/{thing_id}': { shared: ['phone'] } })).toThrow(
      /phone is listed as shared but is no field of its body/,
    );
  });

  it('types the IDs as the SDK does: alternatives as a union, the alternate ID optional', () => {
    expect(idsType('GET /things/{thing_id}/parts/{part_id}', {})).toBe('{ thingId: string; partId: string }');
    expect(
      idsType('PATCH /things/{thing_id}', {
        ids: { thing_id: ['id', 'email'] },
        alternate: { param: 'group_id', route: 'GET /groups/{group_id}/things/{thing_id}' },
      }),
    ).toBe('({ id: string; email?: null } | { email: string; id?: null }) & { groupId?: string }');
  });
});
