/**
 * Peak resident memory and CPU time of a Node process, for bench/validate.mjs: preloaded with
 * `node --import ./bench/rss-probe.mjs …`, it writes `rss-probe maxrss-kb=<n> cpu-us=<n>` as the last line of
 * stderr when the process exits (`process.resourceUsage()`: peak RSS in kilobytes, user + system CPU time in
 * microseconds). It changes nothing else.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nrss-probe maxrss-kb=${usage.maxRSS} cpu-us=${usage.userCPUTime + usage.systemCPUTime}\n`);
});
