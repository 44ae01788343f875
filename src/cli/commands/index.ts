import type { Command } from '../command.js';
import { build } from './build.js';
import { cases } from './cases.js';
import { dev } from './dev.js';
import { diff } from './diff.js';
import { recommend } from './recommend.js';
import { render } from './render.js';
import { runTheme } from './run.js';
import { test } from './test.js';
import { validate } from './validate.js';

/**
 * Every `tongban` command; adding a command means adding its options and help here in `commands/`, its work in
 * `actions/` (loaded only when it runs), and an entry in this list.
 */
export const COMMANDS: readonly Command[] = [
  validate,
  runTheme,
  test,
  cases,
  render,
  diff,
  recommend,
  build,
  dev,
];
