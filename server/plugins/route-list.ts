import type { FastifyInstance } from 'fastify';

export interface RegisteredRoute {
  method: string;
  url: string;
  public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route as registered, with whether it declared itself public: what the deny-by-default tests walk. */
    registeredRoutes: RegisteredRoute[];
  }
}

/** Records each route as it is registered (before any plugin), so that the list is every route of the app. */
export function recordRoutes(app: FastifyInstance) {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      // Read once every onRoute hook of the route's scope has run (declarePublicRoutes runs after this one).
      const entry = { method, url: route.url, get public() { return Boolean(route.config?.public); } };
      routes.push(entry);
    }
  });
}
