/**
 * The query arrays the spec takes as one comma-separated value (`style: form, explode: false`: an
 * inbox's thread `folders` and `labels`, a thread search's addresses, an automation's run `status`;
 * the generated COMMA_QUERIES), joined into that value for every call that passes the call guard:
 * endpoint methods and path calls alike, whether the call then leaves directly or through
 * openapi-fetch. openapi-fetch would repeat the parameter (`folders=inbox&folders=archive`), of which
 * the API reads only the first.
 */
import { COMMA_QUERIES } from './generated/sdk-names.js';
import { templatePattern } from './route-table.js';

/** The part of a call's options {@link withCommaQueries} reads. */
interface QueryInit {
  params?: { query?: Record<string, unknown> };
  querySerializer?: unknown;
}

/**
 * The comma-separated query names of `route` (`METHOD /path`): its entry, else that of the template a
 * concrete path fits, as telemetry names a call: untyped code may call `GET('/inboxes/inb_1/threads')`.
 * Three templates, so matched on a miss rather than kept compiled.
 */
function commaNames(route: string): readonly string[] {
  if (COMMA_QUERIES[route]) return COMMA_QUERIES[route];
  for (const template in COMMA_QUERIES) if (templatePattern(template).test(route)) return COMMA_QUERIES[template]!;
  return [];
}

/**
 * `init` with each comma-separated array of its route (`GET /inboxes/{inbox_id}/threads`, from
 * `method` and the path, a template or a concrete path) joined by commas, in a copy; `init` itself
 * when none is given as an array. The route is looked up only for a query value that is an array, so
 * a call without a query or without arrays (every `emails.send`) pays a property read or two. A call
 * given its own `querySerializer` keeps its arrays as they are: that serializer decides how they are sent.
 */
export function withCommaQueries<I>(init: I, method: string, path: string): I {
  const given = init as QueryInit | null | undefined;
  const query = given?.params?.query;
  if (!query || given!.querySerializer !== undefined) return init;
  let joined: Record<string, unknown> | undefined;
  let names: readonly string[] | undefined;
  for (const name in query) {
    const value = query[name];
    if (Array.isArray(value) && (names ??= commaNames(`${method} ${path}`)).includes(name))
      (joined ??= { ...query })[name] = value.join(',');
  }
  return joined ? { ...init, params: { ...given!.params, query: joined } } : init;
}
