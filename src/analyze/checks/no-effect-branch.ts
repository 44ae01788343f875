import { idleBranches } from '../branch-effect.js';
import type { ThemeCheck } from './types.js';

/**
 * A question that matters somewhere but is asked, on some branch, where none of its answers changes what
 * follows (`当 business=endorse 时，age 不影响结果`): ask it only where it matters. Needs every case
 * enumerated; a question with no effect anywhere is `no-effect-question`, one never asked `never-asked`.
 */
export const noEffectBranch: ThemeCheck = {
  code: 'no-effect-branch',
  severity: 'warning',
  scope: 'theme',
  description: {
    zh: '问题在某个分支上被问到，但在那里它的回答不影响结果，可以只在有影响的分支上问',
    en: 'a question asked on a branch where its answer changes nothing',
  },
  run(context, report) {
    const { theme } = context;
    const cases = context.enumeration();
    if (cases.truncated) return;
    const candidates = theme.questions.flatMap((_, k) => (cases.asked[k] && cases.matters[k] ? [k] : []));
    if (candidates.length === 0) return;
    for (const [k, branch] of idleBranches(context.plan(), candidates)) {
      const question = theme.questions[k];
      if (!question) continue;
      report(`question:${question.id}`, {
        question: question.id,
        branch: branch.answers,
        idle: branch.idle,
        asked: branch.asked,
      });
    }
  },
};
