import type { Server } from 'node:http';

/** Serves the files under `dir` (GET and HEAD only; nothing outside `dir`). */
export declare function serveStatic(dir: string): Server;
