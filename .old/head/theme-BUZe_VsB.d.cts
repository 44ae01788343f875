import { O as OperatorSet, C as CompiledTheme, d as Diagnostic } from './outcome-DVw96QOC.cjs';
import { P as ParseLimits, d as Source, C as Catalog } from './scenario-run-BBSOntUF.cjs';

/** Options of `loadTheme`: input limits and the operators a portal registers. */
interface ThemeLoadOptions extends ParseLimits {
    readonly operators?: OperatorSet;
}
/** A compiled theme with its warnings, or the errors that prevented it: never half a theme. */
type ThemeResult = {
    readonly ok: true;
    readonly theme: CompiledTheme;
    readonly diagnostics: readonly Diagnostic[];
} | {
    readonly ok: false;
    readonly diagnostics: readonly Diagnostic[];
};
/**
 * Loads one theme file against a loaded catalog: parse with positions, schema, link, compile conditions,
 * check. Never throws on bad input; every problem of the file comes back in one run.
 */
declare function loadTheme(source: Source, catalog: Catalog, options?: ThemeLoadOptions): ThemeResult;

export { type ThemeLoadOptions as T, type ThemeResult as a, loadTheme as l };
