/**
 * What the `tongban dev` server sends its page: a snapshot of every file's state (`GET /api/state`), one
 * theme in full (`GET /api/theme?file=…`), and a server-sent event after each save (`GET /events`). Types
 * only: the server (src/cli/dev) and the page (src/dev/client) share them. File paths are as the author
 * sees them: relative to the working directory, with `/`.
 */
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Profile } from '../../model/profile.js';
import type { CompiledTheme } from '../../model/theme.js';

/** One theme file: what it is called, whether it loads now, and how many problems it has. */
export interface ThemeSummary {
  readonly file: string;
  /** The theme's id and title, from its last good load (absent when it never loaded). */
  readonly id?: string;
  readonly title?: string;
  /** Whether the file loads now; when not, `id`, `title` and the theme served are the last good ones. */
  readonly ok: boolean;
  /** The content hash of the theme served (the last good one). */
  readonly hash?: string;
  /** Errors and warnings located in this theme file. */
  readonly errors: number;
  readonly warnings: number;
  /** The revision at which the theme served last changed. */
  readonly changedAt: number;
}

export interface ProfileEntry {
  readonly file: string;
  readonly name: string;
  readonly profile: Profile;
}

export interface ScenarioSummary {
  readonly file: string;
  /** The theme file the scenario file names. */
  readonly theme: string;
  readonly results: readonly { readonly name: string; readonly ok: boolean }[];
  /** Problems reading the file, its theme or profiles, then each failed scenario's. */
  readonly diagnostics: readonly Diagnostic[];
}

/** One processed save: the files it touched and what came of it. */
export interface SaveNote {
  readonly revision: number;
  readonly files: readonly string[];
  /** Theme files whose theme changed (reloaded, now failing, or fixed). */
  readonly themes: readonly string[];
  readonly errors: number;
  /** Milliseconds from the first file event to the state being ready. */
  readonly ms: number;
}

/** `GET /api/state`. */
export interface DevState {
  readonly revision: number;
  /** The themes folder watched. */
  readonly root: string;
  /** The date sessions and the analysis use (`--today`, else the day the server started). */
  readonly today: string;
  readonly themes: readonly ThemeSummary[];
  /** Every diagnostic of every file (themes, catalogs, profiles, scenario files), sorted. */
  readonly diagnostics: readonly Diagnostic[];
  readonly profiles: readonly ProfileEntry[];
  readonly scenarios: readonly ScenarioSummary[];
  /** The latest saves, newest first. */
  readonly saves: readonly SaveNote[];
}

/**
 * `GET /api/change?file=…` (404 until the theme has changed while the server ran): what the last change of
 * a theme did to its cases, in the words of `tongban diff`. Asked for apart from the theme, as diffing every
 * case of two versions takes longer than the rest of a save.
 */
export interface ThemeChange {
  /** The revision of the save that made the change. */
  readonly revision: number;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly unchanged: number;
  /** `formatDiff`'s text. */
  readonly text: string;
}

/** `GET /api/theme?file=…`: the theme served for a file (its last good load). */
export interface ThemeDetail {
  readonly file: string;
  readonly ok: boolean;
  readonly theme: CompiledTheme;
}

/** The server-sent event `update`, after each processed save. */
export interface DevEvent {
  readonly revision: number;
  readonly files: readonly string[];
  readonly themes: readonly string[];
}
