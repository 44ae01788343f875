'use strict';

var chunkBUJCVMAK_cjs = require('./chunk-BUJCVMAK.cjs');
require('./chunk-KTUSKFEZ.cjs');
var chunk7WC55WS7_cjs = require('./chunk-7WC55WS7.cjs');
require('./chunk-KXRN3XH2.cjs');
var path = require('path');
var promises = require('fs/promises');

var MAX_FILE_BYTES = 2 * 1024 * 1024;
async function readSource(file, maxBytes = MAX_FILE_BYTES) {
  const fail = (code, params) => {
    const reporter = new chunk7WC55WS7_cjs.Reporter(file, () => ({ line: 1, column: 1 }));
    reporter.error(code, "", params);
    return { ok: false, diagnostic: reporter.diagnostics[0] };
  };
  try {
    const info = await promises.stat(file);
    if (info.isDirectory()) return fail("unreadable-file", { reason: "\u8FD9\u662F\u4E00\u4E2A\u6587\u4EF6\u5939 / is a directory" });
    if (info.size > maxBytes)
      return fail("input-too-large", { size: info.size, unit: "bytes", limit: maxBytes });
    const bytes = await readAtMost(file, maxBytes + 1, info.isFile() ? info.size + 1 : maxBytes + 1);
    if (bytes.length > maxBytes)
      return fail("input-too-large", { size: `>${maxBytes}`, unit: "bytes", limit: maxBytes });
    if (bytes.includes(0)) return fail("invalid-encoding", {});
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, source: { file, text } };
  } catch (error) {
    const code = error.code;
    if (code === "ERR_ENCODING_INVALID_ENCODED_DATA") return fail("invalid-encoding", {});
    return fail("unreadable-file", { reason: REASONS.get(String(code)) ?? String(code ?? error) });
  }
}
var ReadAhead = class {
  constructor(files, window = 8) {
    this.files = files;
    this.window = window;
    this.fill();
  }
  files;
  window;
  pending = /* @__PURE__ */ new Map();
  next = 0;
  /** The file's read result (`readSource`): read ahead when it was announced, else read now. */
  read(file) {
    const ahead = this.pending.get(file);
    if (!ahead) return readSource(file);
    this.pending.delete(file);
    this.fill();
    return ahead;
  }
  fill() {
    while (this.pending.size < this.window && this.next < this.files.length) {
      const file = this.files[this.next++];
      if (!this.pending.has(file)) this.pending.set(file, readSource(file));
    }
  }
};
var REASONS = /* @__PURE__ */ new Map([
  ["ENOENT", "\u6587\u4EF6\u4E0D\u5B58\u5728 / no such file"],
  ["EACCES", "\u6CA1\u6709\u8BFB\u53D6\u6743\u9650 / permission denied"],
  ["EPERM", "\u6CA1\u6709\u8BFB\u53D6\u6743\u9650 / permission denied"],
  ["ELOOP", "\u7B26\u53F7\u94FE\u63A5\u5FAA\u73AF / symbolic link loop"],
  ["ENAMETOOLONG", "\u8DEF\u5F84\u8FC7\u957F / path too long"],
  ["ENOTDIR", "\u8DEF\u5F84\u4E2D\u7684\u4E00\u6BB5\u4E0D\u662F\u6587\u4EF6\u5939 / a part of the path is not a folder"],
  ["ERR_INVALID_ARG_VALUE", "\u8DEF\u5F84\u65E0\u6548 / invalid path"],
  ["ERR_INVALID_ARG_TYPE", "\u8DEF\u5F84\u65E0\u6548 / invalid path"]
]);
async function readAtMost(file, limit, first) {
  const handle = await promises.open(file, "r");
  try {
    const chunks = [];
    let total = 0;
    for (let size = Math.min(first, limit); total < limit; size = Math.min(64 * 1024, limit - total)) {
      const chunk = Buffer.alloc(size);
      const { bytesRead } = await handle.read(chunk, 0, size, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    await handle.close();
  }
}
async function yamlFiles(path$1, options = {}) {
  const info = await promises.stat(path$1).catch(() => void 0);
  if (!info) return [path$1];
  if (!info.isDirectory()) return [path$1];
  const found = [];
  const entries = await promises.readdir(path$1, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(path$1, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith("."))
        found.push(...await yamlFiles(full, options));
    } else if ([".yaml", ".yml"].includes(path.extname(entry.name))) {
      const scenario = entry.name.endsWith(".test.yaml") || entry.name.endsWith(".test.yml");
      if (scenario === (options.scenarios ?? false)) found.push(full);
    }
  }
  return found;
}
async function loadCatalogFiles(paths, read = readSource) {
  const files = (await Promise.all(paths.map((p) => yamlFiles(p)))).flat();
  const sources = [];
  const unreadable = [];
  for (const result2 of await Promise.all([...new Set(files)].map((file) => read(file)))) {
    if (result2.ok) sources.push(result2.source);
    else unreadable.push(result2.diagnostic);
  }
  const result = chunkBUJCVMAK_cjs.loadCatalog(sources);
  if (unreadable.length === 0) return result;
  return { ok: false, diagnostics: [...unreadable, ...result.diagnostics] };
}
function catalogPathsOf(source) {
  return catalogPathsIn(chunkBUJCVMAK_cjs.parseSource(source).value, source.file);
}
function catalogPathsIn(parsedValue, file) {
  const value = parsedValue;
  const named = value && typeof value === "object" ? value.catalog : void 0;
  const list = named === void 0 ? ["catalog"] : [].concat(named).filter((p) => typeof p === "string");
  return list.map((p) => path.resolve(path.dirname(file), p));
}
var CatalogCache = class {
  constructor(read = readSource) {
    this.read = read;
  }
  read;
  results = /* @__PURE__ */ new Map();
  /** The catalog result for these paths, loaded on first request. */
  get(paths) {
    const key = [...paths].sort().join("\n");
    let result = this.results.get(key);
    if (!result) {
      result = loadCatalogFiles(paths, this.read);
      this.results.set(key, result);
    }
    return result;
  }
};
async function loadThemeFile(file, options = {}) {
  const read = await (options.read ?? readSource)(file);
  if (!read.ok) return { file, result: { ok: false, diagnostics: [read.diagnostic] }, catalog: void 0 };
  const parsed = chunkBUJCVMAK_cjs.parseSource(read.source, options);
  let catalog = options.catalog;
  let catalogResult;
  if (!catalog) {
    const paths = parsed.value === void 0 ? catalogPathsOf(read.source) : catalogPathsIn(parsed.value, read.source.file);
    catalogResult = await (options.cache ?? new CatalogCache()).get(paths);
    if (!catalogResult.ok) {
      return { file, result: { ok: false, diagnostics: catalogResult.diagnostics }, catalog: catalogResult };
    }
    catalog = catalogResult.catalog;
  }
  return { file, result: chunkBUJCVMAK_cjs.loadParsedTheme(read.source, parsed, catalog, options), catalog: catalogResult };
}
async function themeFilesIn(dir) {
  const files = await yamlFiles(dir);
  return files.filter((f) => !f.split(/[\\/]/).includes("catalog"));
}

// src/analyze/node.ts
async function scenarioFilesIn(path) {
  return yamlFiles(path, { scenarios: true });
}
async function runScenarioFile(path$1, options = {}) {
  const read = await readSource(path$1);
  if (!read.ok) return { file: path$1, theme: "", results: [], diagnostics: [read.diagnostic] };
  const loaded = chunkBUJCVMAK_cjs.loadScenarios(read.source);
  if (!loaded.ok) return { file: path$1, theme: "", results: [], diagnostics: loaded.diagnostics };
  const scenarios = loaded.file;
  const themePath = path.resolve(path.dirname(path$1), scenarios.theme);
  const themeFile = await loadThemeFile(themePath, {
    cache: options.cache ?? new CatalogCache(),
    ...options.operators === void 0 ? {} : { operators: options.operators }
  });
  if (!themeFile.result.ok) {
    return { file: path$1, theme: themePath, results: [], diagnostics: themeFile.result.diagnostics };
  }
  const theme = themeFile.result.theme;
  const diagnostics = [];
  const profiles = {};
  for (const scenario of scenarios.scenarios) {
    const named = scenario.profile;
    if (named === void 0 || !("path" in named) || Object.hasOwn(profiles, named.path)) continue;
    const source = await readSource(path.resolve(path.dirname(path$1), named.path));
    if (!source.ok) {
      diagnostics.push(source.diagnostic);
      continue;
    }
    const profile = chunkBUJCVMAK_cjs.loadProfile(source.source);
    if (profile.ok) profiles[named.path] = profile.profile;
    else diagnostics.push(...profile.diagnostics);
  }
  const results = chunk7WC55WS7_cjs.runScenarios(scenarios, theme, {
    profiles,
    ...options.operators === void 0 ? {} : { operators: options.operators }
  });
  for (const result of results) diagnostics.push(...result.diagnostics);
  return { file: path$1, theme: themePath, loaded: { scenarios, theme }, results, diagnostics };
}

exports.CatalogCache = CatalogCache;
exports.ReadAhead = ReadAhead;
exports.catalogPathsOf = catalogPathsOf;
exports.loadCatalogFiles = loadCatalogFiles;
exports.loadThemeFile = loadThemeFile;
exports.readSource = readSource;
exports.runScenarioFile = runScenarioFile;
exports.scenarioFilesIn = scenarioFilesIn;
exports.themeFilesIn = themeFilesIn;
exports.yamlFiles = yamlFiles;
//# sourceMappingURL=node.cjs.map
//# sourceMappingURL=node.cjs.map