/**
 * The restaurant case the application tests submit: themes/open-restaurant.yaml with the example enterprise
 * profile (its e-business licence prefills the applicant), the questionnaire's answers, and what the citizen
 * types into the fields left to fill in.
 */
import { join } from 'node:path';
import { answer, type CompiledTheme, next, type Profile, type Session, start } from '../../src/index.js';
import { loadProfile } from '../../src/load/index.js';
import { loadThemeFile, readSource } from '../../src/node/index.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const TODAY = '2026-11-27';

/** The citizen's answers (company-exists is the profile's). */
export const ANSWERS: Readonly<Record<string, unknown>> = {
  'hire-staff': false,
  dishes: ['hot', 'cold'],
  alcohol: true,
  location: 'street',
  area: 120,
  'food-track': 'standard',
  'fire-track': 'commitment',
  sign: true,
  'sign-heritage': false,
  tobacco: false,
};

/** What the citizen fills in: every field the profile and the answers leave open. */
export const FILLED: Readonly<Record<string, string | number | boolean>> = {
  'premises-address': '上海市浦东新区示例路90号一层',
  'online-sale': false,
  'food-safety-manager': '李四',
  'staff-count': 6,
  equipment: '双头灶 2 台，冷藏柜 1 台，消毒柜 1 台',
  'operation-flow': '原料验收—储存—粗加工—烹饪—出餐',
  'fire-responsible': '王小明',
  'opening-date': '2026-12-20',
  'grease-trap': 'separator',
  'daily-discharge': 3,
  'sign-position': 'wall',
  'sign-size': '4×0.8',
  'sign-text': '示例小馆',
  'sign-lit': true,
};

export async function restaurantTheme(): Promise<CompiledTheme> {
  const loaded = await loadThemeFile(join(ROOT, 'themes', 'open-restaurant.yaml'));
  if (!loaded.result.ok) throw new Error('the restaurant theme does not load');
  return loaded.result.theme;
}

export async function companyProfile(): Promise<Profile> {
  const read = await readSource(join(ROOT, 'examples', 'profiles', 'new-restaurant-company.yaml'));
  if (!read.ok) throw new Error('the example enterprise profile is unreadable');
  const loaded = loadProfile(read.source);
  if (!loaded.ok) throw new Error('the example enterprise profile does not load');
  return loaded.profile;
}

/** The restaurant session answered to its end with `ANSWERS`. */
export function answered(theme: CompiledTheme, profile: Profile): Session {
  let session = start(theme, { profile, today: TODAY });
  for (;;) {
    const step = next(session);
    if (step.done) return session;
    const result = answer(session, step.question.id, ANSWERS[step.question.id]);
    if (!result.ok) throw new Error(`${step.question.id}: ${result.error.message}`);
    session = result.session;
  }
}
