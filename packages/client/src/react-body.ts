/**
 * `react` bodies, as the official SDK takes them: a React Email element rendered to `html` with
 * `@react-email/render` (an optional peer dependency). The renderer is imported only when a call
 * has a `react` value, so a client that never passes one loads and runs none of it.
 */
import type { ClientError } from './errors.js';
import { thrownText } from './shared/check-kind.js';

/**
 * A React element, as JSX produces it (`<Welcome name="Ada" />`). Typed by shape, so the client's
 * types need no `@types/react`.
 */
export interface ReactEmailElement {
  readonly type: unknown;
  readonly props: unknown;
}

/** The `react` option of a call whose body has `html`: rendered to `html` before sending. */
export interface ReactOption {
  /** A React Email element, rendered to `html` with `@react-email/render` before sending; not with `html`. */
  react?: ReactEmailElement;
}

/**
 * A body type `T` that may give a `react` element for its `html`: where `html` is required, `react`
 * may stand in its place.
 */
export type WithReact<T> = T extends { html: string }
  ? T | (Omit<T, 'html'> & { react: ReactEmailElement; html?: undefined })
  : T & ReactOption;

type Renderer = (element: unknown) => Promise<string>;
let renderer: Promise<Renderer> | undefined;

/**
 * The package's `render`, imported once. The specifier is a literal so that bundlers for workers and
 * edge runtimes include the package where it is installed; the import sits in a `try` block, which
 * bundlers (esbuild, webpack) accept unresolved when it is not.
 */
function loadRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    try {
      const module = (await import('@react-email/render')) as { render: Renderer };
      return module.render;
    } catch (cause) {
      renderer = undefined;
      throw new RenderError(
        `react needs the optional package @react-email/render (install it with react and react-dom): ${thrownText(cause)}`,
      );
    }
  })();
  return renderer;
}

class RenderError extends Error {}

function failure(field: string, detail: string): ClientError {
  return { statusCode: null, name: 'react_render_failed', message: `${field}: ${detail}; nothing was sent.` };
}

/**
 * `body` with its `react` rendered into `html` (a new object), or the failure naming `field`. A body
 * that also has `html` is refused: one of them would be silently dropped.
 */
export async function renderReactBody(
  body: Record<string, unknown>,
  field: string,
): Promise<{ body: Record<string, unknown> } | { error: ClientError }> {
  const { react, ...rest } = body;
  if (rest.html !== undefined) {
    return {
      error: {
        statusCode: null,
        name: 'invalid_option',
        message: `${field}: give react or html, not both; nothing was sent.`,
      },
    };
  }
  let render: Renderer;
  try {
    render = await loadRenderer();
  } catch (cause) {
    return { error: failure(field, thrownText(cause)) };
  }
  try {
    const html = await render(react);
    if (typeof html !== 'string') return { error: failure(field, `rendering returned ${typeof html}, not HTML`) };
    return { body: { ...rest, html } };
  } catch (cause) {
    return { error: failure(field, `rendering failed (${thrownText(cause)})`) };
  }
}

/** Whether `value` has a `react` value to render (checked before anything is imported). */
export function hasReact(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { react?: unknown }).react != null;
}
