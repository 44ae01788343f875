import { describe, expect, test } from 'vitest';
import { cli } from './io.js';

const HK = 'themes/hk-macau-permit.yaml';
const TODAY = ['--today', '2026-11-27'];

describe('tongban run --answers takes what the lists and case keys print', () => {
  test('a band key stands for an answer in that band', async () => {
    const minor = await cli([
      'run',
      HK,
      ...TODAY,
      '--answers',
      'business=first,hukou=local,age=lt16,guardian-present=yes,endorse-now=no,collect=window',
    ]);
    expect(minor.stderr).toBe('');
    expect(minor.code).toBe(0);
    expect(minor.stdout).toContain('年龄不满16周岁');
    const adult = await cli([
      'run',
      HK,
      ...TODAY,
      '--answers',
      'business=first,hukou=local,age=ge16-lt60,filed-status=none,endorse-now=no,collect=window',
    ]);
    expect(adult.code).toBe(0);
    expect(adult.stdout).toContain('年龄16至59周岁');
  });

  test('the first path of a situation, as JSON gives its key, is accepted whole', async () => {
    const json = JSON.parse(
      (await cli(['cases', 'themes/marriage.yaml', ...TODAY, '--by-item', '--format', 'json'])).stdout,
    );
    const key: string = json.items[0].situations[0].first.key;
    expect(key).toMatch(/=.*&/);
    const r = await cli(['run', 'themes/marriage.yaml', ...TODAY, '--answers', key]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  test('a text that is neither a value nor a band is still refused with the reason', async () => {
    const r = await cli(['run', HK, ...TODAY, '--answers', 'business=first,hukou=local,age=16-59']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('请输入整数');
  });
});
