/**
 * The portal example in a real browser: Debian's chromium driven by playwright-core (test/support/portal-page.ts).
 * Walks the restaurant and HK/Macao themes to their outcomes on a desktop and on a 390 px phone: progress, focus
 * and announcements, back and change, the address per step (reload, Back, Forward, a session of an earlier
 * theme version), the example profile switched mid-way, no sideways scrolling, and axe-core's WCAG checks.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompiledTheme, estimateProgress, start } from '../../src/index.js';
import {
  axeViolations,
  builtTheme,
  card,
  computedStyle,
  expectNoSidewaysScroll,
  focused,
  items,
  launchPortal,
  open,
  type Portal,
  ROOT,
  reply,
  text,
} from '../support/portal-page.js';

const TODAY = '2026-11-27';
const OUTPUT = join(ROOT, 'test', '.output');

let portal: Portal;
let page: Page;
let hk: CompiledTheme;
let restaurant: CompiledTheme;

beforeAll(async () => {
  portal = await launchPortal();
  page = await portal.newPage({ width: 1200, height: 900 });
  hk = builtTheme('hk-macau-permit');
  restaurant = builtTheme('open-restaurant');
});

afterAll(async () => {
  await portal?.close();
});

function ask(theme: CompiledTheme, id: string): string {
  const question = theme.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no question ${id} in ${theme.id}`);
  return question.ask;
}

/** The session's address parameter for a serialized session (as the portal writes it: base64url). */
function encoded(json: string): string {
  return Buffer.from(json, 'utf8').toString('base64url');
}

describe('portal in headless chromium', () => {
  it('walks the restaurant theme: progress, focus, announcements, back, change, outcome', async () => {
    await open(page, portal.base);
    await expect.poll(() => page.getByTestId('theme-list').locator('li').count()).toBe(6);
    await page.getByTestId('theme-open-restaurant').click();

    // Progress is the library's estimate of the likely path, well under the worst case, with a named bar.
    const estimate = estimateProgress(start(restaurant, { today: TODAY }));
    expect(estimate.likely).toBeLessThan(estimate.atMost);
    await text(page.getByTestId('progress')).toBe(`第 1 步，约还有 ${estimate.likely - 1} 题`);
    const bar = page.getByRole('progressbar', { name: `第 1 步，约还有 ${estimate.likely - 1} 题` });
    expect(await bar.getAttribute('max')).toBe(String(estimate.likely));
    // Focus is on the first question as soon as the theme starts.
    await expect.poll(() => focused(page)).toBe('question company-exists');

    // An empty answer is the library's typed error; the session stays where it was.
    await page.getByTestId('submit').click();
    await page.getByTestId('error').waitFor();
    // In plain Chinese for the person answering: what to do, not the question's id.
    await text(page.getByTestId('error')).toBe('请选择是或否');
    await expect.poll(() => page.title()).toMatch(/^出错：第 1 步 · /);

    await reply(page, 'company-exists', 'no');
    await expect.poll(() => focused(page)).toBe('question entity-type');
    await text(page.getByTestId('progress')).toMatch(/^第 2 步，约还有 \d+ 题$/);
    await reply(page, 'entity-type', 'company');
    await reply(page, 'hire-staff', 'yes');
    await reply(page, 'dishes', 'hot', 'drinks');
    await reply(page, 'alcohol', 'no');
    expect(await items(page, 'applies')).toEqual([]);
    expect((await items(page, 'open')).length).toBe(12);
    await reply(page, 'location', 'street');
    const afterLocation = await items(page, 'applies');
    expect(afterLocation).toContain('company-registration');
    expect(afterLocation).toContain('employee-insurance-registration');
    expect(afterLocation).not.toContain('outdoor-sign-filing');
    // The checklist's growth is announced politely.
    const announcer = page.getByTestId('announcer');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    await text(announcer).toMatch(/^要办的事项新增：.+。现共 \d+ 项要办。$/);
    await reply(page, 'area', 80);
    await reply(page, 'food-track', 'standard');
    await reply(page, 'fire-track', 'commitment');
    await reply(page, 'sign', 'yes');
    await reply(page, 'sign-heritage', 'no');
    expect(await items(page, 'applies')).toEqual([...afterLocation, 'outdoor-sign-filing']);
    await reply(page, 'tobacco', 'yes');
    expect(await items(page, 'applies')).toContain('tobacco-retail-licence');
    await page.getByTestId('outcome').waitFor();
    await expect.poll(() => focused(page)).toBe('#outcome-heading');

    // 上一步: the last answer is undone, the tobacco licence is open again.
    await page.getByTestId('back').click();
    await card(page, 'tobacco').waitFor();
    expect(await items(page, 'applies')).not.toContain('tobacco-retail-licence');
    expect(await items(page, 'open')).toEqual(['tobacco-retail-licence']);
    await reply(page, 'tobacco', 'no');
    await page.getByTestId('outcome').waitFor();
    expect(await items(page, 'open')).toEqual([]);

    // Change an earlier answer: a residential building bans cooking fumes, later answers are dropped, and
    // both the dropped answers and the checklist's shrinking are announced.
    await page.getByTestId('change-location').click();
    await expect
      .poll(() => page.title())
      .toBe(`修改回答 · ${ask(restaurant, 'location')} · ${restaurant.title}`);
    await expect.poll(() => focused(page)).toBe('question location');
    await reply(page, 'location', 'residential');
    await text(page.getByTestId('dropped')).toContain('面积（80㎡）');
    await text(announcer).toContain('以下回答已不再适用，已移除：');
    await text(announcer).toContain('不再需要办理：');
    await text(page.getByTestId('status')).toBe('不予办理');
    expect(await items(page, 'applies')).toEqual([]);

    // And back to the street: the questions dropped are asked again.
    await page.getByTestId('change-location').click();
    await reply(page, 'location', 'street');
    await reply(page, 'area', 80);
    await reply(page, 'food-track', 'standard');
    await reply(page, 'fire-track', 'commitment');
    await reply(page, 'sign', 'no');
    await reply(page, 'tobacco', 'no');
    await text(page.getByTestId('status')).toBe('可以办理');
    expect(await items(page, 'applies')).toEqual(afterLocation);

    // Change hiring staff: the insurance registration leaves the checklist and the workflow.
    await page.getByTestId('change-hire-staff').click();
    await reply(page, 'hire-staff', 'no');
    expect(await items(page, 'applies')).not.toContain('employee-insurance-registration');
    await expect
      .poll(() => page.locator('[data-testid="workflow-stages"] [data-item]').count())
      .toBe(afterLocation.length - 1);

    const outcome = page.getByTestId('outcome');
    await text(outcome.getByTestId('merge')).toMatch(/逐项办理需 \d+ 份材料 → .*需准备 \d+ 份/);
    await outcome.locator('[data-testid="materials"] tbody tr').first().waitFor();
    await text(outcome.locator('[data-status="passed-on"] .submit')).toContain('流程内传递');
    await text(outcome.getByTestId('totals')).toContain('并联办理');
    // The theme's title once (the page heading), the guide to download by its name, the Mermaid source for
    // authors in a collapsed section.
    expect(await page.getByRole('heading', { name: restaurant.title, exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: '办事指南', exact: true }).count()).toBe(1);
    expect(await outcome.getByRole('button', { name: '下载办事指南' }).count()).toBe(1);
    expect(await page.getByText('Markdown').count()).toBe(0);
    expect(await outcome.locator('details.mermaid-source').getAttribute('open')).toBeNull();
    expect(await outcome.getByTestId('mermaid').textContent()).toContain('flowchart LR');
    await expect.poll(() => page.title()).toBe(`办事指南 · ${restaurant.title}`);

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'portal.png'), fullPage: true });
    expect(statSync(join(OUTPUT, 'portal.png')).size).toBeGreaterThan(0);
    expect(portal.errors).toEqual([]);
  });

  it('prefills answers from the example profile; the ID card is still shown at the exit-entry window', async () => {
    await open(page, portal.base);
    await page.getByTestId('profile-toggle').check();
    await page.getByTestId('theme-hk-macau-permit').click();
    await reply(page, 'business', 'first');
    // The questions the profile answers are passed over and listed as answered; they are not steps.
    await text(page.getByTestId('answer-hukou').getByTestId('prefilled')).toBe('来自档案');
    await text(page.getByTestId('answer-age')).toContain('38周岁');
    await text(page.getByTestId('progress')).toMatch(/^第 2 步，约还有 \d+ 题$/);
    await reply(page, 'filed-status', 'none');
    await reply(page, 'endorse-now', 'yes');
    await reply(page, 'purpose', 'tour-individual');
    await reply(page, 'destination', 'hk');
    await reply(page, 'tour-entries', 'once');
    await reply(page, 'collect', 'window');
    const outcome = page.getByTestId('outcome');
    await outcome.waitFor();
    const idCard = outcome.locator('[data-material="exit-entry-id-card"]');
    await text(idCard.locator('.name')).toContain('现场交验原件');
    await text(idCard.locator('.submit')).toContain('需提交');
    await text(outcome.getByTestId('case')).toContain('本市户籍');
    expect(portal.errors).toEqual([]);
  });

  it('keeps the session in the address: a title per step, reload, Back and Forward', async () => {
    await open(page, portal.base);
    await expect.poll(() => page.title()).toBe('选择要办的事 · 通办');
    await page.getByTestId('theme-hk-macau-permit').click();
    const title = (step: number, id: string) => `第 ${step} 步 · ${ask(hk, id)} · ${hk.title}`;
    await expect.poll(() => page.title()).toBe(title(1, 'business'));
    await reply(page, 'business', 'first');
    await reply(page, 'hukou', 'local');
    await reply(page, 'age', 38);
    await reply(page, 'filed-status', 'none');
    await reply(page, 'endorse-now', 'yes');
    await card(page, 'purpose').waitFor();
    await expect.poll(() => page.title()).toBe(title(6, 'purpose'));
    expect(new URL(page.url()).searchParams.get('theme')).toBe('hk-macau-permit');

    // Reload: the same step, the same answers, the focus on the question.
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await card(page, 'purpose').waitFor();
    await expect.poll(() => page.title()).toBe(title(6, 'purpose'));
    await text(page.getByTestId('answer-age')).toContain('38周岁');
    await expect.poll(() => focused(page)).toBe('question purpose');

    // The browser's Back: each previous question in turn, then the theme list.
    const previous: [number, string][] = [
      [5, 'endorse-now'],
      [4, 'filed-status'],
      [3, 'age'],
      [2, 'hukou'],
      [1, 'business'],
    ];
    for (const [step, id] of previous) {
      await page.goBack();
      await card(page, id).waitFor();
      await expect.poll(() => page.title()).toBe(title(step, id));
      await expect.poll(() => focused(page)).toBe(`question ${id}`);
    }
    await page.goBack();
    await page.getByTestId('theme-list').waitFor();
    await expect.poll(() => page.title()).toBe('选择要办的事 · 通办');

    // Forward again, and on from there: the later steps are replaced.
    await page.goForward();
    await card(page, 'business').waitFor();
    await page.goForward();
    await card(page, 'hukou').waitFor();
    await reply(page, 'hukou', 'other');
    await card(page, 'age').waitFor();
    await page.goBack();
    await card(page, 'hukou').waitFor();
    expect(portal.errors).toEqual([]);
  });

  it('restores a session saved under an earlier version of the theme, and says what was dropped', async () => {
    // A session saved before an update: another hash, an option that is gone, a question that is gone.
    const old = JSON.stringify({
      v: 1,
      t: 'hk-macau-permit',
      h: '0123456789abcdef',
      d: TODAY,
      a: [
        ['business', 'first'],
        ['hukou', 'local'],
        ['age', 38],
        ['filed-status', 'retired-option'],
        ['retired-question', true],
      ],
      r: [0, 1, 2, 3, 4],
    });
    await open(page, portal.base, `?theme=hk-macau-permit&s=${encoded(old)}&today=${TODAY}`);
    const note = page.getByTestId('restored');
    await text(note).toContain('办理规定已更新');
    await text(note).toContain(`以下回答不再适用，已移除：${ask(hk, 'filed-status')}`);
    await text(note).toContain('另有 1 个回答对应的问题已不再询问');
    await text(page.getByTestId('announcer')).toContain('办理规定已更新');
    // The answers that still fit are kept; the question whose answer was dropped is asked again.
    await card(page, 'filed-status').waitFor();
    await text(page.getByTestId('answer-age')).toContain('38周岁');
    // The address now holds the updated session: a reload restores it without a word.
    await page.reload();
    await page.locator('body[data-ready="true"]').waitFor();
    await card(page, 'filed-status').waitFor();
    expect(await page.getByTestId('restored').count()).toBe(0);

    // A damaged address: the citizen is told, and starts again.
    await open(page, portal.base, `?theme=hk-macau-permit&s=${encoded('{"v":1,"t":')}&today=${TODAY}`);
    await text(page.getByTestId('unrestorable')).toContain('无法恢复之前的办理进度');
    await card(page, 'business').waitFor();
    expect(portal.errors).toEqual([]);
  });

  it('switches the example profile on and off mid-way, keeping the answers that still apply', async () => {
    await open(page, portal.base);
    await page.getByTestId('theme-hk-macau-permit').click();
    await reply(page, 'business', 'first');
    await card(page, 'hukou').waitFor();

    // On: what the profile knows is filled in and marked; the questionnaire goes on, it does not restart.
    await page.getByTestId('profile-toggle').check();
    await card(page, 'filed-status').waitFor();
    await text(page.getByTestId('profile')).toContain('已使用档案');
    await text(page.getByTestId('answer-business')).toContain('首次申领');
    await text(page.getByTestId('answer-hukou').getByTestId('prefilled')).toBe('来自档案');
    await text(page.getByTestId('answer-age').getByTestId('prefilled')).toBe('来自档案');
    await expect.poll(() => focused(page)).toBe('#profile-toggle');
    await reply(page, 'filed-status', 'none');
    await reply(page, 'endorse-now', 'yes');
    await card(page, 'purpose').waitFor();

    // Off: the profile's answers go (said so, and announced); the citizen's own answers stay, including
    // those behind the questions now asked again.
    await page.getByTestId('profile-toggle').uncheck();
    await card(page, 'hukou').waitFor();
    const note = page.getByTestId('profile');
    await text(note).toContain('已停用档案');
    await text(note).toContain('户籍');
    await text(note).toContain('38周岁');
    await text(page.getByTestId('announcer')).toContain('已停用档案');
    expect(await page.getByTestId('prefilled').count()).toBe(0);
    await reply(page, 'hukou', 'local');
    await reply(page, 'age', 38);
    await card(page, 'purpose').waitFor();
    expect(await page.getByTestId('answer-filed-status').count()).toBe(1);
    expect(await page.getByTestId('answer-endorse-now').count()).toBe(1);
    expect(portal.errors).toEqual([]);
  });

  it('has no WCAG 2.1 A/AA violations (axe-core) on the home page, a question and an outcome', async () => {
    await open(page, portal.base);
    expect(await axeViolations(page), 'home').toEqual([]);
    await page.getByTestId('theme-open-restaurant').click();
    await card(page, 'company-exists').waitFor();
    expect(await axeViolations(page), 'question').toEqual([]);
    await page.getByTestId('submit').click();
    await page.getByTestId('error').waitFor();
    expect(await axeViolations(page), 'question with an error').toEqual([]);
    await reply(page, 'company-exists', 'no');
    await reply(page, 'entity-type', 'company');
    await reply(page, 'hire-staff', 'yes');
    await reply(page, 'dishes', 'hot');
    await reply(page, 'alcohol', 'yes');
    await reply(page, 'location', 'street');
    await reply(page, 'area', 120);
    await reply(page, 'food-track', 'standard');
    await reply(page, 'fire-track', 'commitment');
    await reply(page, 'sign', 'yes');
    await reply(page, 'sign-heritage', 'no');
    await reply(page, 'tobacco', 'no');
    await page.getByTestId('outcome').waitFor();
    expect(await axeViolations(page), 'outcome').toEqual([]);
    expect(portal.errors).toEqual([]);
  });
});

describe('portal on a 390 × 844 phone', () => {
  let phone: Page;

  beforeAll(async () => {
    phone = await portal.newPage({ width: 390, height: 844 });
  });

  /** Answers like `reply`, after checking that the question's screen does not scroll sideways. */
  async function replyFitting(id: string, ...values: (string | number)[]): Promise<void> {
    await card(phone, id).waitFor();
    await expectNoSidewaysScroll(phone, `question ${id}`);
    await reply(phone, id, ...values);
  }

  it('never scrolls sideways: the home page, every question and the outcome of two themes', async () => {
    await open(phone, portal.base);
    await expectNoSidewaysScroll(phone, 'home');

    await phone.getByTestId('theme-hk-macau-permit').click();
    await replyFitting('business', 'first');
    await replyFitting('hukou', 'local');
    await replyFitting('age', 38);
    await replyFitting('filed-status', 'none');
    await replyFitting('endorse-now', 'yes');
    await replyFitting('purpose', 'tour-individual');
    await replyFitting('destination', 'hk');
    await replyFitting('tour-entries', 'twice');
    await replyFitting('collect', 'window');
    await phone.getByTestId('outcome').waitFor();
    await expectNoSidewaysScroll(phone, 'HK/Macao outcome');

    await phone.getByTestId('home').click();
    await phone.getByTestId('theme-list').waitFor();
    await phone.getByTestId('theme-open-restaurant').click();
    await replyFitting('company-exists', 'no');
    await replyFitting('entity-type', 'company');
    await replyFitting('hire-staff', 'yes');
    await replyFitting('dishes', 'hot', 'drinks');
    await replyFitting('alcohol', 'yes');
    await replyFitting('location', 'street');
    await replyFitting('area', 120);
    await replyFitting('food-track', 'standard');
    await replyFitting('fire-track', 'commitment');
    await replyFitting('sign', 'yes');
    await replyFitting('sign-heritage', 'no');
    await replyFitting('tobacco', 'yes');
    const outcome = phone.getByTestId('outcome');
    await outcome.waitFor();
    await expectNoSidewaysScroll(phone, 'restaurant outcome');
    // Materials are cards, the stages run top to bottom, and the authors' Mermaid source opens in place.
    expect(await computedStyle(outcome.locator('[data-testid="materials"] tbody tr'), 'display')).toBe(
      'block',
    );
    expect(await computedStyle(outcome.getByTestId('workflow-stages'), 'flexDirection')).toBe('column');
    await outcome.locator('details.mermaid-source summary').click();
    await expectNoSidewaysScroll(phone, 'restaurant outcome with the Mermaid source open');
    expect(await axeViolations(phone), 'mobile outcome').toEqual([]);

    // The narrowest phones too.
    await phone.setViewportSize({ width: 360, height: 740 });
    await expectNoSidewaysScroll(phone, 'restaurant outcome at 360 px');

    mkdirSync(OUTPUT, { recursive: true });
    await phone.screenshot({ path: join(OUTPUT, 'portal-mobile.png'), fullPage: true });
    expect(portal.errors).toEqual([]);
  });
});
