import type { Server } from 'node:http';

/** Serves the files under `dir` (GET and HEAD only; nothing outside `dir`); with `api`, /api/… goes there. */
export declare function serveStatic(dir: string, options?: { readonly api?: string }): Server;
