import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { appShell } from './app-shell';

type AreaHandler = ReturnType<typeof handle>;

/**
 * A function that serves several areas of the app and loads an area's code when the first
 * request for it comes (`import()`: its own chunk of the bundle, infra/lambda-esbuild-options.ts),
 * so an instance reads only the areas it is asked for. The area is the path's first segment
 * after `prefix`; a path of no area gets the shell alone: its guards, then the not-found page.
 */
export function handlerByArea(
  prefix: string,
  areas: Readonly<Record<string, () => Promise<Hono>>>,
): AreaHandler {
  const shellAlone = handle(appShell([]));
  const loaded = new Map<string, Promise<AreaHandler>>();
  const handlerOf = (area: string): Promise<AreaHandler> => {
    let handler = loaded.get(area);
    if (!handler) {
      handler = areas[area]!().then((routes) => handle(appShell([routes])));
      // A failed load (a read error) is tried again by the next request.
      handler.catch(() => loaded.delete(area));
      loaded.set(area, handler);
    }
    return handler;
  };
  return async (event, context) => {
    // API Gateway's HTTP API (payload 2.0) names it rawPath; its REST API and ALB, path.
    const path = 'rawPath' in event ? event.rawPath : event.path;
    const rest = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    const area = /^([^/]+)/.exec(rest)?.[1] ?? '';
    const handler = Object.hasOwn(areas, area) ? await handlerOf(area) : shellAlone;
    return handler(event, context);
  };
}
