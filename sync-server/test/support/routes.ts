// Every route the Fastify app has, read from app.printRoutes(), so a test that
// walks them covers endpoints added later without being told.
import type { FastifyInstance } from 'fastify';

export interface Route {
  method: string;
  /** As registered, parameters included (/api/tokens/:id). */
  path: string;
  /** "METHOD /path", the key tables are written with. */
  key: string;
}

export function discoverRoutes(app: FastifyInstance): Route[] {
  const tree = app.printRoutes({ commonPrefix: false });
  const routes: Route[] = [];
  const stack: { depth: number; path: string }[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│\s]*)[├└]── (\S+)(?: \(([A-Z, ]+)\))?/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    while (stack.length > 0 && (stack[stack.length - 1] as { depth: number }).depth >= depth) stack.pop();
    const path = `${stack[stack.length - 1]?.path ?? ''}${match[2] ?? ''}`;
    stack.push({ depth, path });
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter((m) => m && m !== 'HEAD' && m !== 'OPTIONS')) {
      routes.push({ method, path, key: `${method} ${path}` });
    }
  }
  if (routes.length === 0) throw new Error(`no routes read from:\n${tree}`);
  return routes;
}

/** A concrete URL for a route: parameters filled with a value nobody has. */
export function urlOf(route: Route): string {
  return route.path.replace(/:[A-Za-z]+/g, 'no-such-id');
}
