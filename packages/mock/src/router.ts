/**
 * Matches a method and pathname to a spec operation. Literal segments win over `{param}` segments
 * at the same depth (`/emails/batch` before `/emails/{email_id}`), as Resend's own routing does.
 */
import type { Operation } from './spec.js';

/** The result of routing one request. */
export type RouteMatch =
  | { kind: 'operation'; operation: Operation; params: string[] }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' };

interface Route {
  segments: string[];
  isParam: boolean[];
  operations: Map<string, Operation>;
}

/** Router over a fixed list of operations. */
export interface Router {
  match(method: string, pathname: string): RouteMatch;
}

function splitPath(path: string): string[] {
  return path.split('/').slice(1);
}

/** Builds the router once; matching is a linear scan, fine for the API's ~150 templates. */
export function createRouter(operations: readonly Operation[]): Router {
  const byTemplate = new Map<string, Route>();
  for (const operation of operations) {
    let route = byTemplate.get(operation.template);
    if (!route) {
      const segments = splitPath(operation.template);
      route = { segments, isParam: segments.map((s) => /^\{.+\}$/.test(s)), operations: new Map() };
      byTemplate.set(operation.template, route);
    }
    route.operations.set(operation.method, operation);
  }
  const routes = [...byTemplate.values()];

  return {
    match(method, pathname) {
      let segments: string[];
      try {
        segments = splitPath(pathname).map((s) => decodeURIComponent(s));
      } catch {
        return { kind: 'not_found' };
      }
      let best: { route: Route; params: string[] } | undefined;
      for (const route of routes) {
        if (route.segments.length !== segments.length) continue;
        const params: string[] = [];
        let ok = true;
        for (let i = 0; i < segments.length && ok; i++) {
          const segment = segments[i]!;
          if (route.isParam[i]) {
            if (segment === '') ok = false;
            else params.push(segment);
          } else ok = route.segments[i] === segment;
        }
        if (ok && (!best || moreSpecific(route, best.route))) best = { route, params };
      }
      if (!best) return { kind: 'not_found' };
      const operation = best.route.operations.get(method.toUpperCase());
      if (!operation) return { kind: 'method_not_allowed', allowed: [...best.route.operations.keys()] };
      return { kind: 'operation', operation, params: best.params };
    },
  };
}

/** True when `a` has a literal where `b` has a parameter at the first depth where they differ. */
function moreSpecific(a: Route, b: Route): boolean {
  for (let i = 0; i < a.isParam.length; i++) {
    if (a.isParam[i] !== b.isParam[i]) return !a.isParam[i];
  }
  return false;
}
