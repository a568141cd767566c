// Redocly plugin with resendkit's own lint rules. Each rule guards a property the generated
// client, pagination helpers and fake rely on, so a hand edit that breaks one fails the lint.

const REQUIRED_ERROR_CODES = ['400', '401', '403', '404', '422', '429', '500'];
const RATE_LIMIT_HEADERS = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit-policy'];
const PAGINATION_MODES = ['always', 'optional', 'after-only', 'none'];
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const refTo = (node, file, name) =>
  typeof node?.$ref === 'string' &&
  (node.$ref.endsWith(`${file}#/${name}`) || node.$ref === `#/components/${file.replace('.yaml', '')}/${name}`);

/**
 * Operations under the top-level `webhooks` describe requests Resend sends to *your* endpoint, so
 * Resend's error model and rate-limit headers do not apply to their responses. Returns a visitor
 * fragment that tracks whether the walk is inside `webhooks` (path items there are usually
 * $ref'd from another file, so the location pointer alone cannot tell), plus the check itself.
 */
function webhooksTracker() {
  let depth = 0;
  return {
    visitor: { WebhooksMap: { enter: () => void depth++, leave: () => void depth-- } },
    inWebhooks: (ctx) => depth > 0 || ctx.location.pointer.startsWith('#/webhooks'),
  };
}

function OperationHasTag() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!Array.isArray(operation.tags) || operation.tags.length === 0) {
          ctx.report({ message: 'Every operation needs at least one tag.', location: ctx.location.key() });
        }
      },
    },
  };
}

/** Error responses must exist for the common statuses and come from components/responses.yaml (API operations only). */
function OperationErrorResponses() {
  const webhooks = webhooksTracker();
  return {
    ...webhooks.visitor,
    Operation: {
      enter(operation, ctx) {
        if (webhooks.inWebhooks(ctx)) return;
        const responses = operation.responses ?? {};
        for (const code of REQUIRED_ERROR_CODES) {
          if (!(code in responses)) {
            ctx.report({
              message: `Operation must declare a ${code} response that references the shared error model.`,
              location: ctx.location.child('responses').key(),
            });
          }
        }
        for (const [code, response] of Object.entries(responses)) {
          if (!/^[45]/.test(code)) continue;
          const ref = response?.$ref;
          if (typeof ref !== 'string' || !/(responses\.yaml#\/|#\/components\/responses\/)/.test(ref)) {
            ctx.report({
              message: `The ${code} response must be a $ref to a shared error response in components/responses.yaml.`,
              location: ctx.location.child(['responses', code]),
            });
          }
        }
      },
    },
  };
}

/** Lists declare their pagination mode and use the shared cursor parameters. */
function ListUsesSharedPagination() {
  const check = (operation, location, report, inherited) => {
    const mode = operation['x-pagination'];
    const isList = typeof operation.operationId === 'string' && /^list[A-Z]/.test(operation.operationId);
    if (isList && mode === undefined) {
      report({ message: `List operation must declare x-pagination (${PAGINATION_MODES.join(', ')}).`, location: location.key() });
      return;
    }
    if (mode === undefined) return;
    if (!PAGINATION_MODES.includes(mode)) {
      report({ message: `x-pagination must be one of ${PAGINATION_MODES.join(', ')}.`, location: location.child('x-pagination') });
      return;
    }
    if (mode === 'none') return;
    const params = [...(inherited ?? []), ...(operation.parameters ?? [])];
    const wanted = mode === 'after-only' ? ['PaginationLimit', 'PaginationAfter'] : ['PaginationLimit', 'PaginationAfter', 'PaginationBefore'];
    for (const name of wanted) {
      if (!params.some((p) => refTo(p, 'parameters.yaml', name))) {
        report({ message: `Paginated operation must reference the shared ${name} parameter.`, location: location.key() });
      }
    }
    for (const p of params) {
      if (!p.$ref && p.in === 'query' && ['limit', 'after', 'before'].includes(p.name)) {
        report({ message: `Declare '${p.name}' through the shared pagination parameter, not inline.`, location: location.key() });
      }
    }
  };
  return {
    PathItem: {
      enter(pathItem, ctx) {
        for (const method of HTTP_METHODS) {
          if (pathItem[method]) check(pathItem[method], ctx.location.child(method), ctx.report, pathItem.parameters);
        }
      },
    },
  };
}

/** Every API response advertises the rate-limit headers, as the API sends them on every response. */
function ResponseRateLimitHeaders() {
  const webhooks = webhooksTracker();
  return {
    ...webhooks.visitor,
    Response: {
      enter(response, ctx) {
        if (webhooks.inWebhooks(ctx)) return;
        const headers = Object.keys(response.headers ?? {}).map((h) => h.toLowerCase());
        const missing = RATE_LIMIT_HEADERS.filter((h) => !headers.includes(h));
        if (missing.length > 0) {
          ctx.report({ message: `Response must carry the rate-limit headers: missing ${missing.join(', ')}.`, location: ctx.location.key() });
        }
      },
    },
  };
}

export default function resendkitLintPlugin() {
  return {
    id: 'resendkit',
    rules: {
      oas3: {
        'operation-has-tag': OperationHasTag,
        'operation-error-responses': OperationErrorResponses,
        'list-uses-shared-pagination': ListUsesSharedPagination,
        'response-rate-limit-headers': ResponseRateLimitHeaders,
      },
    },
  };
}
