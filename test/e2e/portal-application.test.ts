/**
 * 一表申请 in the portal, end to end in headless Chromium with the server example behind it (`serve.mjs --api`):
 * the restaurant theme walked with the example company profile, the one merged form prefilled with each
 * value's source, a wrong field refused as it is typed (the library's Chinese message, the same message the
 * server's 422 carries), the form filled in and submitted, and the server accepting the package (200) that
 * the library builds in-process from the same answers and data. On a 390 px phone the form does not scroll
 * sideways.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../examples/server/server.js';
import {
  type ApplicationPackage,
  applicationPackage,
  type CaseForm,
  checkFormData,
  type Profile,
} from '../../src/index.js';
import {
  axeViolations,
  builtTheme,
  expectNoSidewaysScroll,
  focused,
  launchPortal,
  open,
  type Portal,
  reply,
  text,
} from '../support/portal-page.js';
import { answered, companyProfile, FILLED } from '../support/restaurant-application.js';

let api: Server;
let portal: Portal;
let page: Page;
let profile: Profile;
let expected: ApplicationPackage;
let form: CaseForm;

beforeAll(async () => {
  // The theme as the portal serves it (precompiled): the server checks packages against the same hash.
  const theme = builtTheme('open-restaurant');
  api = createServer([theme]);
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  portal = await launchPortal({ api: `http://127.0.0.1:${(api.address() as AddressInfo).port}` });
  page = await portal.newPage({ width: 1200, height: 900 });
  profile = await companyProfile();
  const built = applicationPackage(answered(theme, profile), FILLED);
  if (!built.ok) throw new Error(JSON.stringify(built));
  expected = built.application;
  form = built.form;
}, 120_000);

afterAll(async () => {
  await portal?.close();
  await new Promise((resolve) => api?.close(resolve));
});

/** The library's message for one wrong value among the filled-in data. */
function messageFor(field: string, value: unknown): string {
  const checked = checkFormData(form, { ...FILLED, [field]: value });
  const error = checked.ok ? undefined : checked.errors.find((e) => e.pointer === `/${field}`);
  if (!error) throw new Error(`${field} = ${String(value)} is not refused`);
  return error.message;
}

async function walkRestaurant(p: Page): Promise<void> {
  await open(p, portal.base);
  await p.getByTestId('profile-toggle').check();
  await p.getByTestId('theme-open-restaurant').click();
  await reply(p, 'hire-staff', 'no');
  await reply(p, 'dishes', 'hot', 'cold');
  await reply(p, 'alcohol', 'yes');
  await reply(p, 'location', 'street');
  await reply(p, 'area', 120);
  await reply(p, 'food-track', 'standard');
  await reply(p, 'fire-track', 'commitment');
  await reply(p, 'sign', 'yes');
  await reply(p, 'sign-heritage', 'no');
  await reply(p, 'tobacco', 'no');
  await p.getByTestId('application-form').waitFor();
}

/** Types the citizen's values into the form (text boxes, radio buttons). */
async function fill(p: Page, values: Readonly<Record<string, string | number | boolean>>): Promise<void> {
  for (const [field, value] of Object.entries(values)) {
    if (typeof value === 'boolean') await p.getByTestId(`field-${field}-${value ? 'yes' : 'no'}`).check();
    else if (field === 'grease-trap' || field === 'sign-position')
      await p.getByTestId(`field-${field}-${value}`).check();
    else await p.getByTestId(`field-${field}`).fill(String(value));
  }
}

describe('一表申请 in the portal, submitted to the server example', () => {
  it('shows the one form prefilled with each source, checks as the citizen types, and the server accepts it', async () => {
    await walkRestaurant(page);
    const formView = page.getByTestId('application-form');
    // Prefilled: the e-licence, the company's file and the questionnaire, each named.
    await text(page.getByTestId('source-business-name')).toBe('来自电子证照');
    expect(await page.getByTestId('field-business-name').inputValue()).toBe('上海示例餐饮管理有限公司');
    await text(page.getByTestId('source-contact-phone')).toBe('来自档案');
    expect(await page.getByTestId('field-contact-phone').inputValue()).toBe('13800000000');
    await text(page.getByTestId('source-floor-area')).toBe('来自问卷');
    await text(page.getByTestId('field-floor-area')).toBe('120㎡');
    expect(await page.getByTestId('source-premises-address').count()).toBe(0);
    // Every field once.
    const ids = form.sections.flatMap((s) => s.fields.map((f) => f.id));
    expect(await formView.locator('[data-field]').count()).toBe(ids.length);

    // As the citizen types: a wrong phone number is refused with the library's message, then accepted.
    await page.getByTestId('field-contact-phone').fill('12345');
    await text(page.getByTestId('field-error-contact-phone')).toBe(messageFor('contact-phone', '12345'));
    expect(await page.getByTestId('field-contact-phone').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('field-contact-phone').fill('13800000000');
    await expect.poll(() => page.getByTestId('field-error-contact-phone').isHidden()).toBe(true);
    // Untouched fields say nothing until 提交; then every missing one does, and focus goes to the first.
    expect(await formView.locator('.field-error:not([hidden])').count()).toBe(0);
    await page.getByTestId('submit-application').click();
    await text(page.getByTestId('field-error-premises-address')).toBe(messageFor('premises-address', ''));
    await text(page.getByTestId('submit-result')).toMatch(/^还有 14 处需要修改/);
    await expect.poll(() => focused(page)).toBe('#apply-premises-address');

    // A staff count of 0 is out of range: in the page, and the server says the same (422, located).
    await fill(page, { ...FILLED, 'staff-count': 0 });
    await text(page.getByTestId('field-error-staff-count')).toBe(messageFor('staff-count', 0));
    const body = JSON.stringify({
      application: { ...expected, data: { ...expected.data, 'staff-count': 0 } },
      profile,
    });
    const refused: { status: number; body: { errors: unknown } } = await page.evaluate(
      async (sent: string) => {
        const response = await fetch('api/applications', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: sent,
        });
        return { status: response.status, body: (await response.json()) as { errors: unknown } };
      },
      body,
    );
    expect(refused.status).toBe(422);
    // Chromium logs the refusal it fetched on purpose as a console error: that one, and only that one, is let go.
    const logged = 'the server responded with a status of 422';
    await expect.poll(() => portal.errors.filter((e) => e.includes(logged)).length).toBe(1);
    portal.errors.splice(
      portal.errors.findIndex((e) => e.includes(logged)),
      1,
    );
    expect(refused.body.errors).toEqual([
      { pointer: '/data/staff-count', code: 'out-of-range', message: messageFor('staff-count', 0) },
    ]);
    expect(await axeViolations(page), 'the application form with errors').toEqual([]);

    // Filled in right: 提交 sends the package the library builds in-process, and the server accepts it.
    await page.getByTestId('field-staff-count').fill(String(FILLED['staff-count']));
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/applications'));
    await page.getByTestId('submit-application').click();
    const response = await sent;
    expect(response.status()).toBe(200);
    expect(JSON.parse(response.request().postData() ?? '{}').application).toEqual(
      JSON.parse(JSON.stringify(expected)),
    );
    expect(((await response.json()) as { application: unknown }).application).toEqual(
      JSON.parse(JSON.stringify(expected)),
    );
    await expect.poll(() => page.getByTestId('submit-result').getAttribute('data-result')).toBe('accepted');
    await text(page.getByTestId('submit-text')).toContain('受理系统已接收');
    // The package to download is the same JSON.
    const link = page.getByTestId('download-application');
    expect(await link.getAttribute('download')).toBe(`${expected.theme.title} · 申请材料.json`);
    const href = (await link.getAttribute('href')) ?? '';
    const downloaded: string = await page.evaluate(async (url: string) => (await fetch(url)).text(), href);
    expect(JSON.parse(downloaded)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(portal.errors).toEqual([]);
  });

  it('keeps the form on a 390 px phone without sideways scrolling; shows a refusal of the server, or offers the package alone', async () => {
    const phone = await portal.newPage({ width: 390, height: 844 });
    await walkRestaurant(phone);
    await expectNoSidewaysScroll(phone, 'application form');
    await fill(phone, { ...FILLED, 'contact-phone': 'x' });
    await phone.getByTestId('submit-application').click();
    await phone.getByTestId('field-error-contact-phone').waitFor();
    await expectNoSidewaysScroll(phone, 'application form with errors');

    // A field the server refuses (here a stand-in reply) shows the server's message at that field.
    await phone.route('**/api/applications', (route) =>
      route.fulfill({
        status: 422,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ pointer: '/data/sign-text', code: 'out-of-range', message: '招牌文字过长' }],
        }),
      }),
    );
    await phone.getByTestId('field-contact-phone').fill('13800000000');
    await phone.getByTestId('submit-application').click();
    await text(phone.getByTestId('field-error-sign-text')).toBe('招牌文字过长');
    await text(phone.getByTestId('submit-text')).toBe('受理系统退回了申请：还有 1 处需要修改。');
    expect(await phone.getByTestId('download-application').count()).toBe(0);

    // Served without the server (no JSON comes back): the package is there to download.
    await phone.unroute('**/api/applications');
    await phone.route('**/api/applications', (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    );
    await phone.getByTestId('field-sign-text').fill(String(FILLED['sign-text']));
    await phone.getByTestId('submit-application').click();
    await expect.poll(() => phone.getByTestId('submit-result').getAttribute('data-result')).toBe('saved');
    await phone.getByTestId('download-application').waitFor();
    await expectNoSidewaysScroll(phone, 'application form submitted');
    const logged = 'the server responded with a status of';
    expect(portal.errors.filter((e) => !e.includes(logged))).toEqual([]);
  });
});
