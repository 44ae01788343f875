import type { Lang } from '../../messages/index.js';
import type { CompiledTheme } from '../../model/theme.js';
import { NOTICE_LABELS } from '../../render/labels.js';
import { escapeControls } from './escape.js';
import { t } from './style.js';
import { displayWidth, wrap } from './table.js';

/** A notice of a theme as a line: its kind, then its text (English when asked and written). */
export function noticeLine(theme: CompiledTheme, id: string, lang: Lang): string {
  const notice = theme.notices.find((n) => n.id === id);
  if (notice === undefined) return id;
  const text = lang === 'en' && notice.en !== undefined ? notice.en : notice.text;
  return `[${NOTICE_LABELS[notice.kind][lang]}] ${escapeControls(text)}`;
}

/**
 * The notices of a table, each distinct one numbered once in the order first referred to: rows name notices by
 * number ("1、3") and the legend after the table prints each text once, where repeating long notices on every
 * row made a table thousands of columns wide. Works while rows stream (numbered in the order first referred
 * to): a row's numbers are final when it is written, and the legend is read at the end.
 */
export class NoticeLegend {
  readonly #numbers = new Map<string, number>();

  constructor(
    private readonly theme: CompiledTheme,
    private readonly lang: Lang,
  ) {}

  /**
   * Numbers the notices these lists name, in the theme's order, before any row refers to them: a table that
   * sees all its rows first numbers its notices as the theme lists them.
   */
  number(lists: readonly (readonly string[])[]): this {
    const used = new Set(lists.flat());
    for (const notice of this.theme.notices) if (used.has(notice.id)) this.#numberOf(notice.id);
    return this;
  }

  /** The numbers of these notices, ascending, as a cell reads them ("1、3"); '' when there are none. */
  refer(ids: readonly string[]): string {
    return ids
      .map((id) => this.#numberOf(id))
      .sort((a, b) => a - b)
      .join(t(this.lang, '、', ', '));
  }

  #numberOf(id: string): number {
    let n = this.#numbers.get(id);
    if (n === undefined) {
      n = this.#numbers.size + 1;
      this.#numbers.set(id, n);
    }
    return n;
  }

  /** Whether any row referred to a notice. */
  get empty(): boolean {
    return this.#numbers.size === 0;
  }

  /** The numbered notices, one entry each: "1. [提示] …". */
  entries(): { readonly label: string; readonly text: string }[] {
    return [...this.#numbers].map(([id, n]) => ({
      label: `${n}.`,
      text: noticeLine(this.theme, id, this.lang).replace(/\s*\r?\n\s*/g, ' '),
    }));
  }

  /** The legend as text lines under a heading, each entry wrapped within `width` with a hanging indent. */
  textLines(width: number | undefined): string[] {
    if (this.empty) return [];
    const entries = this.entries();
    const gutter = Math.max(...entries.map((e) => displayWidth(e.label))) + 1;
    const lines = [t(this.lang, '提示（表中按编号列出）：', 'Notices (by number in the table):')];
    for (const entry of entries) {
      const indent = `  ${entry.label.padStart(gutter - 1)} `;
      const body = width === undefined ? [entry.text] : wrap(entry.text, width - 2 - gutter);
      body.forEach((line, i) => {
        lines.push(`${i === 0 ? indent : ' '.repeat(2 + gutter)}${line}`);
      });
    }
    return lines;
  }

  /** The legend in Markdown: a heading and a numbered list. */
  markdownLines(): string[] {
    if (this.empty) return [];
    return [
      `**${t(this.lang, '提示（表中按编号列出）', 'Notices (by number in the table)')}**`,
      '',
      ...this.entries().map((e) => `${e.label} ${e.text}`),
    ];
  }
}
