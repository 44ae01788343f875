/**
 * What a citizen reads on the portal example's pages, for every situation of every bundled theme: the page of
 * each question on the situation's first path and its outcome page, built by the portal's own views in Node
 * (test/support/text-dom.ts), so that thousands of pages cost seconds. The Chromium tests (test/e2e/portal*)
 * check that the same views show in a browser.
 */
import { basename } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { answeredQuestions } from '../../examples/portal/src/state.js';
import { TITLES } from '../../examples/portal/src/texts.js';
import { answersView } from '../../examples/portal/src/views/answers.js';
import { applicationFormView } from '../../examples/portal/src/views/application-form.js';
import { checklistView } from '../../examples/portal/src/views/checklist.js';
import { outcomeView } from '../../examples/portal/src/views/outcome.js';
import { progressView } from '../../examples/portal/src/views/progress.js';
import { questionView } from '../../examples/portal/src/views/question.js';
import { sessionView } from '../../examples/portal/src/views/session.js';
import { enumerateSituations } from '../../src/analyze/situations.js';
import type { QuestionStep, Session } from '../../src/model/session.js';
import type { CompiledTheme } from '../../src/model/theme.js';
import { loadThemeFile, themeFilesIn } from '../../src/node/index.js';
import { outcome } from '../../src/outcome/index.js';
import { answer, checklist, estimateProgress, next, start } from '../../src/session/index.js';
import { citizenTextProblems, idsOf } from '../support/citizen-scan.js';
import { installTextDocument, type TextElement, textsOf } from '../support/text-dom.js';

const TODAY = '2026-03-02';
const nothing = () => {};

/** The Mermaid source of the workflow sits in a collapsed section for authors ("供编写人员使用"). */
const forAuthors = (element: TextElement) =>
  (element.attributes.get('class') ?? '').split(' ').includes('mermaid-source');

/** A page as the portal lays it out (app.ts): toolbar, title, the body, the answers and the checklist. */
function page(session: Session, body: HTMLElement): HTMLElement {
  return sessionView({
    title: session.theme.title,
    canGoBack: session.trail.length > 0,
    notes: null,
    body,
    aside: [answersView(answeredQuestions(session), nothing), checklistView(checklist(session))],
    onHome: nothing,
    onBack: nothing,
    onRestart: nothing,
  });
}

/** The question page of the session's next question, with the page title. */
function questionPage(session: Session, step: QuestionStep): { title: string; element: HTMLElement } {
  const estimate = estimateProgress(session);
  const body = questionView({
    question: step.question,
    options: step.options,
    mode: 'answer',
    above: progressView(estimate),
    onSubmit: nothing,
  });
  return {
    title: TITLES.question(estimate.asked + 1, step.question, session.theme),
    element: page(session, body),
  };
}

/** The outcome page of a complete session, with its application form when the case can be applied for. */
function outcomePage(session: Session): { title: string; element: HTMLElement } {
  const result = outcome(session);
  const form =
    result.status === 'ready' && result.form.counts.fields > 0
      ? applicationFormView({
          form: result.form,
          check: () => [],
          onSubmit: async () => ({ kind: 'saved', text: '' }),
        })
      : undefined;
  return {
    title: TITLES.outcome(session.theme),
    element: page(session, outcomeView(result, session.theme, form)),
  };
}

/** The problems of every page along each situation's first path; counts pages to show the scan ran. */
function scanTheme(theme: CompiledTheme): { problems: string[]; pages: number; situations: number } {
  const ids = idsOf(theme);
  const problems = new Set<string>();
  let pages = 0;
  const scan = (where: string, shown: { title: string; element: HTMLElement }) => {
    pages++;
    const texts = [shown.title, ...textsOf(shown.element as unknown as TextElement, forAuthors)];
    for (const text of texts) for (const p of citizenTextProblems(where, text, ids)) problems.add(p);
  };
  const seen = new Set<string>();
  const list = enumerateSituations(theme, { today: TODAY });
  for (const situation of list.situations) {
    let session = start(theme, { today: TODAY });
    for (;;) {
      const step = next(session);
      if (step.done) break;
      const question = step.question.id;
      // A question page differs from path to path only in the answers and checklist beside it, which other
      // pages show too: each question is scanned once with each set of options it is offered with.
      const asked = `${question}:${step.options.map((o) => o.id).join(',')}`;
      if (!seen.has(asked)) {
        seen.add(asked);
        scan(`situation ${situation.index}, question ${question}`, questionPage(session, step));
      }
      const value = situation.first.answers[question];
      if (value === undefined) throw new Error(`situation ${situation.index}: no answer to ${question}`);
      const result = answer(session, question, value);
      if (!result.ok) throw new Error(`situation ${situation.index}, ${question}: ${result.error.message}`);
      session = result.session;
    }
    scan(`situation ${situation.index}, outcome`, outcomePage(session));
  }
  return { problems: [...problems], pages, situations: list.situations.length };
}

const files = await themeFilesIn('themes');

describe('what a citizen reads on the portal pages of the bundled themes', () => {
  beforeAll(installTextDocument);

  for (const file of files) {
    test(`${basename(file)}: every situation's pages have no ids, logic symbols or URLs`, async () => {
      const loaded = await loadThemeFile(file);
      if (!loaded.result.ok) throw new Error(`${file} does not load`);
      const { problems, pages, situations } = scanTheme(loaded.result.theme);
      expect(situations).toBeGreaterThan(0);
      expect(pages).toBeGreaterThan(situations);
      expect(problems).toEqual([]);
    });
  }

  test('the page scan reads text, spoken labels and titles, and leaves out the authors’ section', () => {
    installTextDocument();
    const shown = questionView({
      question: { id: 'q', ask: '您的业务是？', type: 'single', options: [] } as never,
      options: [],
      mode: 'change',
      onSubmit: nothing,
      onCancel: nothing,
    }) as unknown as TextElement;
    const texts = textsOf(shown, () => false);
    expect(texts).toContain('您的业务是？');
    expect(texts).toContain('确认修改');
    const section = document.createElement('section') as unknown as TextElement;
    section.setAttribute('aria-label', '业务 ∈ {first}');
    section.append('见 https://example.com');
    const authors = document.createElement('details') as unknown as TextElement;
    authors.setAttribute('class', 'mermaid-source no-print');
    authors.append('flowchart LR first');
    section.append(authors);
    const found = textsOf(section, forAuthors).flatMap((t) =>
      citizenTextProblems('page', t, new Set(['first'])),
    );
    expect(found).toEqual(['page: URL "https://"', 'page: ids first', 'page: logic "∈"']);
  });
});
