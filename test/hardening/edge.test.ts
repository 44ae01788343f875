/**
 * The edge of the system: what the command line reads and writes on disk. `tongban build` never writes
 * outside `--out`, never overwrites a file it did not write, and writes all or nothing; empty paths are usage
 * errors for every path option; paths named by files stay inside the root; folders that cannot be listed,
 * link loops, bad file names and linked folders are reported, never skipped; text outputs escape control
 * characters; duplicate theme ids, missing catalogs and malformed inline answers say what is wrong.
 * (The unreadable cases that need another user run as `nobody` in cli-args.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { type OutputOps, writeOutput } from '../../src/cli/build-output.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { validate } from '../../src/cli/commands/validate.js';
import { escapeControls } from '../../src/cli/format/escape.js';
import { localizeDiagnostic } from '../../src/messages/index.js';
import type { Diagnostic, DiagnosticParams } from '../../src/model/diagnostic.js';
import { fileDiagnostic, fileReason, yamlFiles } from '../../src/node/files.js';
import { cli, ROOT } from '../cli/io.js';
import { ensureBuilt } from '../support/built.js';
import { expectNoStackTrace } from './support.js';

const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const MINIMAL = readFileSync(join(ROOT, 'test/fixtures/broken/_base/minimal.yaml'), 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'tongban-edge-'));

/** A diagnostic's params as any code's: these tests read `reason` of several codes alike. */
const paramsOf = (d: Diagnostic): DiagnosticParams => d.params;

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** A fresh folder with a themes folder (catalog and the minimal theme) inside. */
function project(name: string, themes: Record<string, string> = { 'shop.yaml': MINIMAL }): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'themes', 'catalog'), { recursive: true });
  copyFileSync(join(HOSTILE, 'catalog/base.yaml'), join(dir, 'themes', 'catalog', 'base.yaml'));
  for (const [file, text] of Object.entries(themes)) writeFileSync(join(dir, 'themes', file), text);
  return dir;
}

const idOf = (id: string) => MINIMAL.replace('id: shop', `id: ${id}`);

/** Every file under a folder with its content, to compare a folder before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      const full = join(entry.parentPath, entry.name);
      out[full.slice(dir.length)] = readFileSync(full, 'utf8');
    }
  return out;
}

describe('empty paths: a usage error for every path option', () => {
  const PATH_OPTIONS = ['out', 'profile', 'answers', 'themes', 'root', 'profiles'];
  for (const command of COMMANDS)
    for (const name of Object.keys({ ...command.options, root: {} }).filter((n) => PATH_OPTIONS.includes(n)))
      test(`${command.name} --${name} ''`, async () => {
        const dir = project(`empty-${command.name}-${name}`);
        writeFileSync(join(dir, 'index.json'), '{"mine":1}\n');
        const before = snapshot(dir);
        const r = await cli([command.name, `--${name}`, ''], { cwd: dir });
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toContain(`--${name} 的路径不能为空`);
        expect(snapshot(dir)).toEqual(before);
      });

  test("build --out '' (an unset variable) writes nothing into the working directory", async () => {
    const dir = project('empty-out');
    writeFileSync(join(dir, 'index.json'), '{"mine":1}\n');
    const r = await cli(['build', 'themes', '--out', ''], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'index.json'), 'utf8')).toBe('{"mine":1}\n');
    expect(readdirSync(dir).sort()).toEqual(['index.json', 'themes']);
  });
});

describe('tongban build: only into --out, never over a file it did not write, all or nothing', () => {
  test('a theme id that is the index name: refused at the id before anything is written', async () => {
    const dir = project('index-id', {
      'a.yaml': readFileSync(join(HOSTILE, 'build-index.yaml'), 'utf8'),
      'shop.yaml': MINIMAL,
    });
    const r = await cli(['build', 'themes', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'themes/a.yaml:2:5  error  output-conflict  主题 id“index”会写出 index.json，与 tongban build 的索引同名',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  test("a theme id that is a file already there and not the build's (package.json): refused, nothing written", async () => {
    const dir = project('package-id', {
      'a.yaml': readFileSync(join(HOSTILE, 'build-package.yaml'), 'utf8'),
      'shop.yaml': MINIMAL,
    });
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'package.json'), '{"name":"my-app"}\n');
    const before = snapshot(join(dir, 'out'));
    const r = await cli(['build', 'themes', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /themes\/a\.yaml:2:5 {2}error {2}output-conflict {2}主题 id“package”会写出 package\.json，而输出文件夹中已有的 package\.json 不是 tongban build 写的/,
    );
    expect(snapshot(join(dir, 'out'))).toEqual(before);
  });

  test("an index.json that is not the build's: refused; the build's own files are replaced, stale ones removed", async () => {
    const dir = project('rebuild', { 'shop.yaml': MINIMAL, 'old.yaml': idOf('old') });
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'index.json'), '{"mine":1}\n');
    const refused = await cli(['build', 'themes', '--out', 'out'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'output-conflict  输出文件夹中已有的 index.json 不是 tongban build 写的',
    );
    rmSync(join(dir, 'out', 'index.json'));
    writeFileSync(join(dir, 'out', 'notes.txt'), 'kept\n');

    expect((await cli(['build', 'themes', '--out', 'out'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      '.tongban-build.json',
      'index.json',
      'notes.txt',
      'old.json',
      'shop.json',
    ]);
    // A second build replaces what the first wrote, removes what is no longer built, keeps the rest.
    rmSync(join(dir, 'themes', 'old.yaml'));
    writeFileSync(join(dir, 'themes', 'new.yaml'), idOf('new'));
    const again = await cli(['build', 'themes', '--out', 'out'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      '.tongban-build.json',
      'index.json',
      'new.json',
      'notes.txt',
      'shop.json',
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'out', '.tongban-build.json'), 'utf8'))).toEqual({
      format: 'tongban/build@1',
      files: ['new.json', 'shop.json', 'index.json'],
    });
    // No temporary folder is left next to the output.
    expect(readdirSync(dir).sort()).toEqual(['out', 'themes']);
  });

  test('--out is a file, or a path through a file: exit 1 with a located diagnostic, not 70', async () => {
    const dir = project('out-file');
    writeFileSync(join(dir, 'afile'), 'x\n');
    const file = await cli(['build', 'themes', '--out', 'afile'], { cwd: dir });
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('afile:1:1  error  unwritable-output  无法写出 afile：已存在同名的文件');
    const through = await cli(['build', 'themes', '--out', 'afile/sub'], { cwd: dir });
    expect(through.code).toBe(1);
    expect(through.stderr).toContain('unwritable-output  无法写出 sub：路径中的一段不是文件夹');
    expectNoStackTrace(file.stderr + through.stderr);
    expect(readFileSync(join(dir, 'afile'), 'utf8')).toBe('x\n');
  });

  test('a failure at any step leaves the previous output as it was (the moves are undone)', async () => {
    const dir = project('atomic', { 'a.yaml': idOf('a'), 'b.yaml': idOf('b'), 'c.yaml': idOf('c') });
    expect((await cli(['build', 'themes', '--out', 'out'], { cwd: dir })).code).toBe(0);
    const out = join(dir, 'out');
    writeFileSync(join(out, 'notes.txt'), 'kept\n');
    // Each attempt starts from a copy of this build.
    const pristine = join(tmp, 'atomic-pristine');
    cpSync(out, pristine, { recursive: true });
    const before = snapshot(pristine);
    const files = ['a', 'b', 'd'].map((id) => ({ name: `${id}.json`, text: `{"id":"${id}","v":2}\n` }));
    files.push({ name: 'index.json', text: '{"v":2}\n' });
    // Fail the n-th rename (and, separately, the n-th write), for every n a build makes.
    let failures = 0;
    for (const step of ['rename', 'writeFile'] as const)
      for (let n = 1; n < 30; n++) {
        rmSync(out, { recursive: true, force: true });
        cpSync(pristine, out, { recursive: true });
        let count = 0;
        const real = step === 'rename' ? fs.rename : fs.writeFile;
        const ops: OutputOps = {
          ...fs,
          [step]: async (...args: unknown[]) => {
            if (++count === n) throw Object.assign(new Error('injected'), { code: 'EIO' });
            return (real as (...a: unknown[]) => Promise<void>)(...args);
          },
        };
        const problems = await writeOutput(out, files, ops);
        if (count < n) break;
        failures++;
        expect(problems.map((d) => `${d.code} ${paramsOf(d).reason} ${paramsOf(d).errno}`)).toEqual([
          'unwritable-output other EIO',
        ]);
        expect(snapshot(out), `${step} ${n}`).toEqual(before);
        expect(readdirSync(dir).sort()).toEqual(['out', 'themes']);
      }
    expect(failures).toBeGreaterThan(8);
    // Without a failure, the same call replaces the build.
    expect(await writeOutput(out, files)).toEqual([]);
    expect(readdirSync(out).sort()).toEqual([
      '.tongban-build.json',
      'a.json',
      'b.json',
      'd.json',
      'index.json',
      'notes.txt',
    ]);
  });
});

describe('paths named by files stay inside the root', () => {
  test('catalog: / and catalog: ../../…/etc/passwd are refused at the line that names them, never read', async () => {
    for (const name of ['catalog-root.yaml', 'catalog-escape.yaml']) {
      const r = await cli(['validate', join(HOSTILE, name), '--format', 'json']);
      expect(r.code).toBe(1);
      const diagnostics = JSON.parse(r.stdout) as { code: string; line: number; params: { root: string } }[];
      expect(diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['6 path-outside-root']);
      expect(diagnostics[0]?.params.root).toBe(ROOT.replace(/\/$/, ''));
      expect(r.stdout).not.toContain('root:x:0:0');
    }
  });

  test('the keys of a secret file next to the project are never echoed; --root can widen the root', async () => {
    const dir = project('secret', {
      'shop.yaml': MINIMAL.replace(
        'audience: enterprise\n',
        'audience: enterprise\ncatalog: ../../credentials\n',
      ),
    });
    writeFileSync(join(dir, 'package.json'), '{}\n');
    mkdirSync(join(dir, '..', 'credentials'), { recursive: true });
    writeFileSync(join(dir, '..', 'credentials', 'aws.yaml'), 'aws_secret_access_key: hunter2\n');
    for (const format of ['text', 'github']) {
      const r = await cli(['validate', 'themes', '--format', format], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('path-outside-root');
      expect(r.stdout).not.toContain('aws_secret_access_key');
    }
    const wider = await cli(['validate', 'themes', '--root', tmp], { cwd: dir });
    // Read now, as a catalog (and refused as one): only with the root the user chose.
    expect(wider.stdout).not.toContain('path-outside-root');
    expect(wider.stdout).toContain('unknown-key');
  });

  test('a scenario file naming a theme or a profile out of the root: refused where it names it', async () => {
    const dir = project('scenario-out');
    writeFileSync(join(dir, 'package.json'), '{}\n');
    mkdirSync(join(tmp, 'elsewhere'), { recursive: true });
    writeFileSync(join(tmp, 'elsewhere', 'p.yaml'), 'kind: enterprise\n');
    writeFileSync(
      join(dir, 'themes', 'shop.test.yaml'),
      'theme: shop.yaml\nscenarios:\n  - name: 外\n    profile: ../../elsewhere/p.yaml\n    answers: { cooking: true }\n    expect: { items: [signboard] }\n',
    );
    writeFileSync(
      join(dir, 'themes', 'far.test.yaml'),
      'theme: ../../elsewhere/shop.yaml\nscenarios:\n  - name: 远\n    answers: { cooking: true }\n    expect: { items: [signboard] }\n',
    );
    const r = await cli(['test', 'themes'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('themes/far.test.yaml:1:8  error  path-outside-root');
    expect(r.stdout).toContain('themes/shop.test.yaml:4:14  error  path-outside-root');
  });
});

describe('folders: linked, looping, unlistable, badly named', () => {
  test('a linked folder is followed (its broken theme reported); one out of the root is reported', async () => {
    const dir = project('linked');
    writeFileSync(join(dir, 'package.json'), '{}\n');
    mkdirSync(join(dir, 'extra'));
    writeFileSync(join(dir, 'extra', 'bad.yaml'), 'id: BROKEN\nnot: valid\n');
    symlinkSync('../extra', join(dir, 'themes', 'linked'));
    const r = await cli(['validate', 'themes'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('themes/linked/bad.yaml:1:5  error  invalid-id');
    // The same tree without a project above it: the link leads out of the folder given.
    rmSync(join(dir, 'package.json'));
    const out = await cli(['validate', 'themes'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('themes/linked:1:1  error  path-outside-root');
  });

  test('a file name that is not UTF-8: "cannot read the file name"', async () => {
    const dir = project('bad-name');
    const name = Buffer.concat([
      Buffer.from(join(dir, 'themes', 'm')),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('.yaml'),
    ]);
    writeFileSync(name, MINIMAL);
    const r = await cli(['validate', 'themes', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unreadable-file  cannot read the file name: it is not valid UTF-8');
    expect((await yamlFiles(join(dir, 'themes'))).problems.map((d) => paramsOf(d).reason)).toEqual([
      'bad-name',
    ]);
  });

  test('every file-system reason has words in both languages; an unknown one shows its code', () => {
    for (const [code, zh, en] of [
      ['EMFILE', '同时打开的文件过多', 'too many open files'],
      ['EACCES', '没有读取权限', 'permission denied'],
      ['ENOTDIR', '路径中的一段不是文件夹', 'a part of the path is not a folder'],
      ['EEXIST', '已存在同名的文件', 'a file of that name exists'],
      ['EIO', '系统错误 EIO', 'system error EIO'],
    ]) {
      const d = fileDiagnostic('/x', 'unreadable-file', fileReason({ code }));
      expect(d.message).toContain(zh);
      expect(localizeDiagnostic(d, 'en').message).toContain(en);
    }
  });

  test('a file-system error that escapes a command is exit 1 with a located diagnostic; any other is 70', async () => {
    const fsError = Object.assign(new Error('EMFILE: too many open files, open'), {
      code: 'EMFILE',
      path: join(tmp, 'x.yaml'),
    });
    const spy = vi.spyOn(validate, 'run').mockRejectedValueOnce(fsError);
    try {
      const r = await cli(['validate', 'x.yaml'], { cwd: tmp });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        'x.yaml:1:1  error  unreadable-file  无法读取文件：同时打开的文件过多（超过系统上限）\n',
      );
      spy.mockRejectedValueOnce(new TypeError('a bug'));
      const bug = await cli(['validate', 'x.yaml'], { cwd: tmp });
      expect(bug.code).toBe(70);
    } finally {
      spy.mockRestore();
    }
  });

  test('a catalog folder of 2,000 files under `ulimit -n 128`: read a few at a time, no EMFILE', () => {
    ensureBuilt([join(ROOT, 'dist/cli.js')]);
    const dir = project('many-files');
    for (let i = 0; i < 2_000; i++)
      writeFileSync(
        join(dir, 'themes', 'catalog', `v${i}.yaml`),
        `venues:\n  v${i}: { name: n, address: a }\n`,
      );
    const r = spawnSync(
      'sh',
      [
        '-c',
        `ulimit -n 128 && exec "${process.execPath}" "${join(ROOT, 'dist/cli.js')}" validate themes/shop.yaml`,
      ],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
    );
    expect(r.stdout + r.stderr).not.toMatch(/EMFILE|同时打开的文件过多/);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });
});

describe('what the files say is printed safely', () => {
  test('control sequences and bidirectional overrides are escaped in text and GitHub output, kept in JSON', async () => {
    const file = join(HOSTILE, 'control-key.yaml');
    for (const format of ['text', 'github']) {
      const r = await cli(['validate', file, '--format', format]);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).not.toContain('\u202e');
      expect(r.stdout).toContain('\\u001b[2K\\u001b[1A\\u001b[2Kbogus\\u202e');
    }
    const json = await cli(['validate', file, '--format', 'json']);
    expect((JSON.parse(json.stdout) as { params: { key?: string } }[]).map((d) => d.params.key)).toContain(
      '\u001b[2K\u001b[1A\u001b[2Kbogus\u202e',
    );
    expect(escapeControls('a\tb\nc\u0085d\u2066e')).toBe('a\tb\\u000ac\\u0085d\\u2066e');
  });

  test('ids with look-alike or invisible characters name the character and its position', async () => {
    const r = await cli(['validate', join(HOSTILE, 'confusable-ids.yaml')]);
    for (const expected of [
      '标识“shоp”无效：第 3 个字符是 U+043E',
      '标识“cooking\\u200b”无效：第 8 个字符是 U+200B',
      '标识“ｓhop”无效：第 1 个字符是 U+FF53',
      '标识“a\u00a0”无效：第 2 个字符是 U+00A0',
      '标识“\\u202eb”无效：第 1 个字符是 U+202E',
    ])
      expect(r.stdout).toContain(expected);
  });
});

describe('duplicate theme ids and missing catalogs', () => {
  test('validate and test report a second file with the same id, at its id', async () => {
    const dir = project('duplicates', {
      'a.yaml': readFileSync(join(HOSTILE, 'duplicate-id-a.yaml'), 'utf8'),
      'b.yaml': readFileSync(join(HOSTILE, 'duplicate-id-b.yaml'), 'utf8'),
    });
    const validated = await cli(['validate', 'themes'], { cwd: dir });
    expect(validated.code).toBe(1);
    expect(validated.stdout).toContain(
      'themes/b.yaml:2:5  error  duplicate-theme-id  主题 id“shop-twice”重复：themes/a.yaml 也用了它',
    );
    for (const name of ['a', 'b'])
      writeFileSync(
        join(dir, 'themes', `${name}.test.yaml`),
        `theme: ${name}.yaml\nscenarios:\n  - name: 一\n    answers: { cooking: true }\n    expect: { items: [signboard] }\n`,
      );
    const tested = await cli(['test', 'themes'], { cwd: dir });
    expect(tested.code).toBe(1);
    expect(tested.stdout).toContain('themes/b.yaml:2:5  error  duplicate-theme-id');
  });

  test('a theme without its catalog: its own errors too, and which catalog it looked for and why there', async () => {
    const r = await cli(['validate', join(HOSTILE, 'lone/unclosed.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'lone/unclosed.yaml:2:1  error  catalog-unavailable  主题旁边的 catalog 文件夹不可用：文件不存在（主题没有写 catalog:，默认以这个文件夹为目录）',
    );
    expect(r.stdout).toContain('lone/unclosed.yaml:4:1  error  yaml-syntax');
    const dir = project('schema-lone');
    writeFileSync(join(dir, 'themes', 'x.yaml'), 'id: Shop\ntitle: t\nversion: 1\ncatalog: ./nowhere\n');
    const named = await cli(['validate', 'themes/x.yaml'], { cwd: dir });
    expect(named.stdout).toContain('themes/x.yaml:1:5  error  invalid-id');
    expect(named.stdout).toContain(
      'themes/x.yaml:4:10  error  catalog-unavailable  目录“./nowhere”不可用：文件不存在（由 catalog: 指定',
    );
  });
});

describe('inline answers and case keys', () => {
  let theme = '';
  beforeAll(() => {
    theme = join(
      project('answers', {
        'n.yaml': MINIMAL.replace(
          '    type: yes-no\n',
          '    type: yes-no\n  - id: age\n    ask: 年龄？\n    type: number\n',
        ),
      }),
      'themes',
      'n.yaml',
    );
  });

  test('=x, business, __proto__=1: not question=value (exit 2), not a file', async () => {
    for (const spec of ['=x', 'business', '__proto__=1', 'cooking=yes,=1']) {
      const r = await cli(['run', theme, '--answers', spec]);
      expect(r.code, `${spec}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('不是“问题=值”');
    }
  });

  test('a question answered twice is refused, in --answers and in --case', async () => {
    const r = await cli(['run', theme, '--answers', 'cooking=yes,age=3,cooking=no']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('问题“cooking”回答了两次');
    const c = await cli(['render', theme, '--case', 'cooking=yes&age=any&cooking=no']);
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('情形键中问题“cooking”出现了两次');
  });

  test('numbers are decimal: 0x10, 0b11, 1e3 and Infinity are not numbers', async () => {
    for (const age of ['0x10', '0b11', '0o7', '1e3', 'Infinity', ' ']) {
      const r = await cli(['run', theme, '--answers', `cooking=yes,age=${age}`, '--format', 'json']);
      expect(r.code, `${age}: ${r.stdout}`).toBe(1);
    }
    for (const age of ['16', '-2', '2.5', '+3', '.5']) {
      const r = await cli(['run', theme, '--answers', `cooking=yes,age=${age}`, '--format', 'json']);
      expect(r.code, `${age}: ${r.stderr}`).toBe(0);
    }
  });
});
