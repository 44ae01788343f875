/**
 * Peak resident memory of a Node process, for bench/validate.mjs: preloaded with
 * `node --import ./bench/rss-probe.mjs …`, it writes `rss-probe maxrss-kb=<n>` as the last line of stderr when
 * the process exits (`process.resourceUsage().maxRSS`, in kilobytes). It changes nothing else.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nrss-probe maxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
