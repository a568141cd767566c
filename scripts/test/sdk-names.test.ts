import { describe, expect, it } from 'vitest';
import { camelName, checkSource, commaQueries, reactRoutes, renamesOf, sdkNameTables } from '../sdk-names.js';

const doc = {
  paths: {
    '/emails': {
      post: {
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Send' } } } },
      },
    },
    '/things': {
      get: {
        parameters: [
          { in: 'query', name: 'segment_id' },
          { in: 'query', name: 'limit' },
        ],
      },
    },
  },
  components: {
    schemas: {
      Send: {
        type: 'object',
        properties: {
          from: { type: 'string' },
          reply_to: { type: 'string' },
          attachments: { type: 'array', items: { $ref: '#/components/schemas/Attachment' } },
          headers: { type: 'object', additionalProperties: { type: 'string' } },
          steps: {
            type: 'array',
            items: {
              oneOf: [
                { properties: { config: { properties: { event_name: {} } } } },
                { properties: { config: { properties: { segment_id: {} } } } },
              ],
            },
          },
        },
      },
      Attachment: { properties: { filename: {}, content_type: {} } },
    },
  },
};

describe('SDK name tables from the spec', () => {
  it('camelCases snake_case names', () => {
    expect(camelName('custom_return_path')).toBe('customReturnPath');
    expect(camelName('from')).toBe('from');
  });

  it('lists renames at every depth, through $ref, items and oneOf, and nothing for free-form objects', () => {
    expect(renamesOf(doc, doc.paths['/emails'].post.requestBody.content['application/json'].schema)).toEqual({
      replyTo: 'reply_to',
      attachments: { contentType: 'content_type' },
      steps: { config: { eventName: 'event_name', segmentId: 'segment_id' } },
    });
  });

  it('keys tables by route, with query parameters for routes without a body', () => {
    const tables = sdkNameTables(doc, {});
    expect(Object.keys(tables).sort()).toEqual(['GET /things', 'POST /emails']);
    expect(tables['GET /things']).toEqual({ segmentId: 'segment_id' });
  });

  it('converts the fields of a multipart body, which the API ignores under the SDK names', () => {
    const form = {
      paths: {
        '/imports': {
          post: {
            requestBody: {
              content: {
                'multipart/form-data': {
                  schema: { properties: { file: {}, on_conflict: {}, column_map: { properties: { first_name: {} } } } },
                },
              },
            },
          },
        },
      },
    };
    expect(sdkNameTables(form, {})['POST /imports']).toEqual({
      onConflict: 'on_conflict',
      columnMap: 'column_map',
      column_map: { firstName: 'first_name' },
    });
  });

  it("adds the SDK's other names of a field, and refuses one for a field the route lacks", () => {
    expect(sdkNameTables(doc, { 'GET /things': { audienceId: 'segment_id' } })['GET /things']).toEqual({
      segmentId: 'segment_id',
      audienceId: 'segment_id',
    });
    expect(() => sdkNameTables(doc, { 'GET /things': { audienceId: 'audience_id' } })).toThrow(/no field audience_id/);
  });

  it('lists the array query parameters the spec takes as one comma-separated value', () => {
    const threads = {
      paths: {
        '/threads': {
          get: {
            parameters: [
              { in: 'query', name: 'folders', explode: false, schema: { type: 'array' } },
              { in: 'query', name: 'metrics', schema: { type: 'array' } },
              { in: 'query', name: 'limit', explode: false, schema: { type: 'integer' } },
            ],
          },
        },
      },
    };
    expect(commaQueries(threads)).toEqual({ 'GET /threads': ['folders'] });
  });

  it('writes each check as named reads', () => {
    expect(checkSource({ replyTo: 'reply_to', attachments: { contentType: 'content_type' } })).toBe(
      '(v) => v.replyTo !== undefined || someItem(v.attachments, (v) => v.contentType !== undefined)',
    );
  });

  it('refuses a react route the spec lacks or whose body has no html', () => {
    expect(() => reactRoutes(doc)).toThrow(/POST \/emails takes react in the SDK/);
  });
});
