import { describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import { base64Fields } from '../base64-fields.js';
import { withRequiredAlternatives } from '../required-alternatives.js';
import { SpecShapeError } from '../spec-shape-error.js';

const attachment = {
  type: 'object',
  required: ['filename'],
  properties: {
    filename: { type: 'string' },
    content: { type: 'string', contentEncoding: 'base64' },
    path: { type: 'string' },
  },
  anyOf: [{ required: ['content'] }, { required: ['path'] }],
};

function docWith(body: unknown) {
  return {
    paths: { '/emails': { post: { requestBody: { content: { 'application/json': { schema: body } } } } } },
    components: { schemas: { Attachment: attachment } },
  };
}

describe('base64Fields', () => {
  it('finds a Base64 field in the items of an array field, through $ref and a nullable oneOf', () => {
    const list = { type: 'array', items: { $ref: '#/components/schemas/Attachment' } };
    expect(base64Fields(docWith({ properties: { attachments: list } }))).toEqual({
      'POST /emails': [['attachments', 'content']],
    });
    const nullable = { oneOf: [list, { type: 'null' }] };
    expect(base64Fields(docWith({ properties: { files: nullable } }))).toEqual({
      'POST /emails': [['files', 'content']],
    });
  });

  it('refuses a Base64 field the client would not encode (on the body itself, or deeper), naming it', () => {
    const top = docWith({ properties: { data: { type: 'string', contentEncoding: 'base64' } } });
    expect(() => base64Fields(top)).toThrow(SpecShapeError);
    expect(() => base64Fields(top)).toThrow(/POST \/emails: the Base64 field data /);
    const deep = docWith({ properties: { a: { type: 'array', items: { properties: { b: attachment } } } } });
    expect(() => base64Fields(deep)).toThrow(/a\.b\.content/);
  });

  it('lists nothing for a body without one', () => {
    expect(base64Fields(docWith({ properties: { subject: { type: 'string' } } }))).toEqual({});
  });
});

describe('withRequiredAlternatives', () => {
  async function typeOf(schema: unknown): Promise<string> {
    const doc = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { A: schema } },
    };
    const ast = await openapiTS(withRequiredAlternatives(doc) as never, {});
    return astToString(ast).replace(/\s+/g, ' ');
  }

  it('types an object whose anyOf only lists required fields as one alternative per list, not as unknown', async () => {
    const written = await typeOf(attachment);
    expect(written).not.toMatch(/unknown/);
    expect(written).toContain(
      'A: { filename: string; content: string; path?: string; } | { filename: string; content?: string; path: string; };',
    );
  });

  it('leaves every other schema, and the document it was given, as they were', async () => {
    const mixed = { anyOf: [{ type: 'string' }, { required: ['x'] }], properties: { x: {} } };
    const copy = structuredClone(mixed);
    expect(withRequiredAlternatives({ a: mixed, b: [attachment] })).toEqual({
      a: mixed,
      b: [
        expect.objectContaining({
          anyOf: [expect.objectContaining({ required: ['filename', 'content'] }), expect.anything()],
        }),
      ],
    });
    expect(mixed).toEqual(copy);
    expect(attachment.anyOf).toEqual([{ required: ['content'] }, { required: ['path'] }]);
  });
});
