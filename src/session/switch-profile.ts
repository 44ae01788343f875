import type { Profile } from '../model/profile.js';
import type { Accepted, Answer, DroppedAnswer, Session } from '../model/session.js';
import { deepFreeze } from '../util/freeze.js';
import { own } from '../util/own.js';
import { checkSession } from './inputs.js';
import { sameValue, start } from './transitions.js';
import { walkWith } from './walk.js';

/**
 * The session on another profile, or on none (a citizen signs in or out half-way): the new profile prefills
 * what it knows, as `start` would; the user's own answers are all kept (over the profile's, where both answer a
 * question), including those behind a question that now has to be asked, except those whose questions are no
 * longer asked. Dropped and reported: those, and the prefilled answers the new profile does not give, or not
 * with the same value (`not-in-profile`). Pure; never rejects.
 */
export function switchProfile(session: Session, profile: Profile | undefined): Accepted {
  checkSession(session);
  const { theme, today, operators, rules } = session;
  const base = start(theme, {
    ...(profile === undefined ? {} : { profile }),
    ...(today === undefined ? {} : { today }),
    ...(operators === undefined ? {} : { operators }),
    ...(rules === undefined ? {} : { rules }),
  });
  const answers: Record<string, Answer> = { ...base.answers };
  for (const [id, given] of Object.entries(session.answers)) {
    if (!given.prefilled) answers[id] = given;
  }
  const stale = walkWith(base, answers).stale;
  const dropped: DroppedAnswer[] = [];
  for (const { id } of theme.questions) {
    const before = own(session.answers, id);
    if (before === undefined) continue;
    if (stale.includes(id)) {
      dropped.push({ question: id, value: before.value, reason: 'no-longer-asked' });
      delete answers[id];
    } else if (before.prefilled) {
      const now = own(answers, id);
      if (!now?.prefilled || !sameValue(now.value, before.value))
        dropped.push({ question: id, value: before.value, reason: 'not-in-profile' });
    }
  }
  const trail = session.trail.filter((id) => own(answers, id) !== undefined);
  return { ok: true, session: deepFreeze({ ...base, answers, trail }), dropped };
}
