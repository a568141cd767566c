/**
 * Who is asking at `/oauth/token` and `/oauth/revoke`: the registered client a request names, and
 * for a confidential one (`client_secret_basic` or `client_secret_post`) the check of its secret,
 * given with HTTP Basic or as `client_secret` in the body (either is accepted, never both).
 */
import { ApiError } from '../api-error.js';
import type { StoredRecord } from '../state.js';
import type { Fields, HandlerContext } from './context.js';

/** An error in OAuth's shape (`errorResponse` writes it as `{ error, error_description }`). */
export function oauthError(code: string, description: string, status = 400): ApiError {
  return new ApiError(status, code, description);
}

/** The registered client `clientId` names, or 401 `invalid_client`. */
export function clientOf(ctx: HandlerContext, clientId: unknown): StoredRecord {
  const client = typeof clientId === 'string' ? ctx.state.oauthClients.get(clientId) : undefined;
  if (!client)
    throw oauthError('invalid_client', 'Unknown `client_id`: register the client first (`POST /oauth/register`).', 401);
  return client;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The credentials a request presents: HTTP Basic (`id:secret`, each part form-encoded), else the body's. */
function presented(ctx: HandlerContext, body: Fields): { id?: string; secret?: string } {
  const basic = /^Basic\s+(\S+)\s*$/i.exec(ctx.headers.get('authorization') ?? '')?.[1];
  if (basic === undefined) return { id: text(body.client_id), secret: text(body.client_secret) };
  let pair: string[] = [];
  try {
    pair = atob(basic)
      .split(':')
      .map((part) => decodeURIComponent(part.replace(/\+/g, ' ')));
  } catch {
    // Not Base64, or a part not form-encoded: refused below as unreadable.
  }
  if (pair.length < 2) throw oauthError('invalid_client', 'Unreadable HTTP Basic credentials.', 401);
  const [id, ...secret] = pair;
  if (body.client_secret !== undefined || (body.client_id !== undefined && body.client_id !== id))
    throw oauthError('invalid_request', 'Send the client credentials once: with HTTP Basic or in the body.');
  return { id, secret: secret.join(':') };
}

/**
 * The client a token or revoke request comes from, authenticated. `owner` is the client a refresh
 * token was issued to: it stands for a `client_id` left out, and no other client may use the token.
 * @throws 401 `invalid_client` for an unknown client or a confidential one's missing or wrong secret.
 */
export function authenticatedClient(ctx: HandlerContext, body: Fields, owner?: string): StoredRecord {
  const { id = owner, secret } = presented(ctx, body);
  if (owner !== undefined && id !== owner) throw oauthError('invalid_grant', 'The token was issued to another client.');
  const client = clientOf(ctx, id);
  // Only a confidential client was given a secret at registration; a public one proves itself with PKCE.
  if (typeof client.client_secret === 'string' && secret !== client.client_secret)
    throw oauthError(
      'invalid_client',
      `The client's \`client_secret\` is ${secret === undefined ? 'missing' : 'wrong'}.`,
      401,
    );
  return client;
}

/**
 * Authenticates the owner of `grant` (the one a refresh token names), or the client a request names
 * when the token is unknown, so a wrong secret is `invalid_client` before any `invalid_grant`. A
 * request naming no client with an unknown token is left to the caller.
 */
export function checkClientOf(ctx: HandlerContext, body: Fields, grant: StoredRecord | undefined): void {
  if (grant || presented(ctx, body).id !== undefined)
    authenticatedClient(ctx, body, grant?.client_id as string | undefined);
}
