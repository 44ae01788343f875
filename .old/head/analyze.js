import { sortDiagnostics, fileStart, diagnosticAt, locate } from './chunk-LQZV3HAJ.js';
export { runScenarios } from './chunk-LQZV3HAJ.js';
import { TongbanError, own, start, defaultOperatorSet, baseFacts, FORM_RANK, questionType, canonicalJson, compileCondition, parseDate, addToDate, resolveBound } from './chunk-IA5CX3MZ.js';

// src/analyze/checks/case-limit.ts
var caseLimit = {
  code: "case-limit",
  severity: "warning",
  scope: "theme",
  description: {
    zh: "\u60C5\u5F62\u6570\u91CF\u8D85\u8FC7\u4E0A\u9650\uFF0C\u679A\u4E3E\u505C\u6B62\uFF1B\u9700\u8981\u5168\u90E8\u60C5\u5F62\u7684\u68C0\u67E5\uFF08never-asked\u3001no-effect-option \u7B49\uFF09\u6CA1\u6709\u8FD0\u884C",
    en: "more cases than the limit: enumeration stopped, checks that need every case were skipped"
  },
  run(context, report) {
    const cases = context.enumeration();
    if (cases.truncated) report("theme", { limit: cases.maxCases });
  }
};

// src/analyze/checks/dead-end.ts
var deadEnd = {
  code: "dead-end",
  severity: "error",
  scope: "theme",
  description: {
    zh: "\u6709\u7684\u60C5\u5F62\u65E2\u6CA1\u6709\u4E8B\u9879\u4E5F\u6CA1\u6709\u63D0\u793A\uFF08\u6BCF\u4E2A\u4E3B\u9898\u62A5\u544A\u4E00\u6B21\uFF1A\u7B2C\u4E00\u4E2A\u8FD9\u6837\u7684\u60C5\u5F62\u548C\u603B\u6570\uFF09",
    en: "cases with no item and no notice (reported once per theme with the first such case and the count)"
  },
  run(context, report) {
    const cases = context.enumeration();
    const example = cases.deadEnd;
    if (cases.deadEnds === 0 || !example) return;
    report("theme", {
      case: example.label || example.key || "\uFF08\u672A\u56DE\u7B54\u4EFB\u4F55\u95EE\u9898\uFF09",
      key: example.key,
      count: cases.deadEnds
    });
  }
};

// src/analyze/checks/duplicate-label.ts
var duplicateLabel = {
  code: "duplicate-label",
  severity: "error",
  scope: "theme",
  description: {
    zh: "\u540C\u4E00\u95EE\u9898\u7684\u4E24\u4E2A\u9009\u9879\u6587\u5B57\u76F8\u540C\uFF0C\u529E\u4E8B\u4EBA\u65E0\u6CD5\u533A\u5206",
    en: "two options of one question with the same label"
  },
  run(context, report) {
    for (const question of context.theme.questions) {
      if (question.type === "yes-no") {
        if (question.yes.trim() === question.no.trim())
          report(`question:${question.id}`, {
            question: question.id,
            first: "yes",
            second: "no",
            label: question.yes
          });
        continue;
      }
      if (question.type !== "single" && question.type !== "multiple") continue;
      const first = /* @__PURE__ */ new Map();
      for (const option of question.options) {
        const label = option.label.trim();
        const earlier = first.get(label);
        if (earlier === void 0) {
          first.set(label, option.id);
          continue;
        }
        report(`option:${question.id}/${option.id}`, {
          question: question.id,
          first: earlier,
          second: option.id,
          label
        });
      }
    }
  }
};

// src/analyze/checks/item-incomplete.ts
var FIELDS = [
  { field: "department", zh: "\u5B9E\u65BD\u90E8\u95E8" },
  { field: "days", zh: "\u529E\u7406\u65F6\u9650" },
  { field: "fee", zh: "\u6536\u8D39\u6807\u51C6" }
];
var itemIncomplete = {
  code: "item-incomplete",
  severity: "error",
  scope: "catalog",
  description: {
    zh: "\u4E8B\u9879\u7F3A\u5C11\u5B9E\u65BD\u90E8\u95E8\u3001\u529E\u7406\u65F6\u9650\u6216\u6536\u8D39\u6807\u51C6\uFF08\u4E0D\u6536\u8D39\u5199 fee: 0\uFF09",
    en: "an item without department, time limit or fee (write fee: 0 when free)"
  },
  run(context, report) {
    for (const item of Object.values(context.entries.items)) {
      const missing = FIELDS.filter(
        ({ field }) => field === "department" ? item.department === void 0 : item[field].length === 0
      );
      if (missing.length === 0) continue;
      report(`item:${item.id}`, {
        id: item.id,
        missing: missing.map((m) => m.zh).join("\u3001"),
        fields: missing.map((m) => m.field).join(",")
      });
    }
  }
};

// src/analyze/checks/never-asked.ts
var neverAsked = {
  code: "never-asked",
  severity: "error",
  scope: "theme",
  description: {
    zh: "\u95EE\u9898\u5728\u4EFB\u4F55\u60C5\u5F62\u4E0B\u90FD\u4E0D\u4F1A\u88AB\u63D0\u95EE\uFF08\u6761\u4EF6\u6C38\u8FDC\u4E0D\u6210\u7ACB\uFF0C\u6216\u603B\u5728\u5B83\u4E4B\u524D\u88AB\u963B\u65AD\uFF09",
    en: "a question that no case asks"
  },
  run(context, report) {
    const cases = context.enumeration();
    if (cases.truncated) return;
    context.theme.questions.forEach((question, i) => {
      if (!cases.asked[i]) report(`question:${question.id}`, { question: question.id });
    });
  }
};

// src/analyze/conditions.ts
function conditionUses(theme) {
  const uses = [];
  const add = (condition, kind, element) => {
    if (condition === void 0) return;
    const outcome = kind !== "question" && kind !== "named" && kind !== "trigger";
    uses.push({ condition, kind, element, outcome });
  };
  for (const question of theme.questions) add(question.when, "question", `question:${question.id}`);
  for (const [name, condition] of Object.entries(theme.conditions))
    add(condition, "named", `condition:${name}`);
  for (const entry of theme.items) add(entry.when, "theme-item", `theme-item:${entry.item}`);
  for (const notice of theme.notices) add(notice.when, "notice", `notice:${notice.id}`);
  for (const trigger of theme.triggers) add(trigger.when, "trigger", `trigger:${trigger.id}`);
  for (const entry of theme.items) {
    const item = own(theme.catalog.items, entry.item);
    if (!item) continue;
    const element = `item:${item.id}`;
    for (const use of item.materials) add(use.when, "material", element);
    for (const variant of [...item.days, ...item.fee, ...item.presence])
      add(variant.when, "variant", element);
  }
  return uses;
}
function eachLeaf(condition, named, visit, expanded = /* @__PURE__ */ new Set()) {
  if ("all" in condition) for (const member of condition.all) eachLeaf(member, named, visit, expanded);
  else if ("any" in condition) for (const member of condition.any) eachLeaf(member, named, visit, expanded);
  else if ("not" in condition) eachLeaf(condition.not, named, visit, expanded);
  else if ("condition" in condition) {
    if (expanded.has(condition.condition)) return;
    expanded.add(condition.condition);
    const target = own(named, condition.condition);
    if (target) eachLeaf(target, named, visit, expanded);
  } else visit(condition);
}
function referencedFact(leaf) {
  const value = leaf.value;
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "fact" in value) {
    return String(value.fact);
  }
  return void 0;
}
function factsReadBy(condition, named) {
  const facts = /* @__PURE__ */ new Set();
  eachLeaf(condition, named, (leaf) => {
    facts.add(leaf.fact);
    const other = referencedFact(leaf);
    if (other !== void 0) facts.add(other);
  });
  return facts;
}

// src/analyze/dependencies.ts
function relevantQuestions(theme) {
  let known = relevantByTheme.get(theme);
  if (!known) {
    known = computeRelevant(theme);
    relevantByTheme.set(theme, known);
  }
  return known;
}
var relevantByTheme = /* @__PURE__ */ new WeakMap();
function computeRelevant(theme) {
  const relevant = /* @__PURE__ */ new Set();
  for (const use of conditionUses(theme)) {
    if (!use.outcome) continue;
    for (const fact of factsReadBy(use.condition, theme.conditions)) relevant.add(fact);
  }
  for (let i = theme.questions.length - 1; i >= 0; i--) {
    const question = theme.questions[i];
    if (!question || !relevant.has(question.id) || question.when === void 0) continue;
    for (const fact of factsReadBy(question.when, theme.conditions)) relevant.add(fact);
  }
  const questions = new Set(theme.questions.map((q) => q.id));
  return new Set([...relevant].filter((fact) => questions.has(fact)));
}

// src/analyze/checks/no-effect-option.ts
var noEffectOption = {
  code: "no-effect-option",
  severity: "warning",
  scope: "theme",
  description: {
    zh: "\u5355\u9009\u9898\u7684\u9009\u9879\u4E0E\u53E6\u4E00\u4E2A\u9009\u9879\u5728\u6240\u6709\u60C5\u5F62\u4E0B\u7ED3\u679C\u90FD\u76F8\u540C\uFF0C\u53EF\u4EE5\u5408\u5E76",
    en: "a single-choice option that leads to the same outcomes as another one"
  },
  run(context, report) {
    const { theme } = context;
    const cases = context.enumeration();
    if (cases.truncated) return;
    const relevant = relevantQuestions(theme);
    theme.questions.forEach((question, i) => {
      const pairs = cases.differs[i];
      if (question.type !== "single" || !pairs) return;
      if (!cases.asked[i] || !cases.matters[i] || !relevant.has(question.id)) return;
      question.options.forEach((option, b) => {
        const a = question.options.findIndex((_, a2) => a2 < b && !pairs[a2]?.[b]);
        const other = question.options[a];
        if (!other) return;
        report(`option:${question.id}/${option.id}`, {
          question: question.id,
          option: option.id,
          other: other.id
        });
      });
    });
  }
};

// src/analyze/choices.ts
function choicesOf(question, theme, today) {
  let values;
  switch (question.type) {
    case "single":
      values = question.options.map((o) => o.id);
      break;
    case "yes-no":
      values = [true, false];
      break;
    case "multiple":
      values = multipleChoices(question, theme).map((ids) => Object.freeze(ids));
      break;
    case "number":
      values = byBand(question, numberCandidates(question), today);
      break;
    case "date":
      values = byBand(question, dateCandidates(question, today), today);
      break;
  }
  const type = questionType(question);
  const choices = [];
  for (const raw of values) {
    const accepted = type.accept(question, raw, today);
    if (!accepted.ok) continue;
    const part = type.casePart(question, accepted.value);
    choices.push({
      value: accepted.value,
      fragment: `${question.id}=${part.key}`,
      key: part.key,
      label: part.label
    });
  }
  return choices;
}
var MEMBERSHIP = /* @__PURE__ */ new Set(["contains", "doesNotContain", "not:contains", "not:doesNotContain"]);
function multipleUse(question, theme) {
  const ids = new Set(question.options.map((o) => o.id));
  const tested = /* @__PURE__ */ new Set();
  let general = false;
  const visit = (leaf) => {
    if (referencedFact(leaf) === question.id) general = true;
    if (leaf.fact !== question.id) return;
    const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    for (const value of values) if (typeof value === "string" && ids.has(value)) tested.add(value);
    const simple = MEMBERSHIP.has(leaf.operator) && leaf.path === void 0 && typeof leaf.value === "string" && ids.has(leaf.value);
    if (!simple) general = true;
  };
  for (const use of conditionUses(theme)) eachLeaf(use.condition, theme.conditions, visit);
  return { tested: question.options.filter((o) => tested.has(o.id)).map((o) => o.id), general };
}
function multipleChoices(question, theme) {
  const { tested, general } = multipleUse(question, theme);
  const order = new Map(question.options.map((o, i) => [o.id, i]));
  const plain = question.options.filter((o) => !o.exclusive);
  const testedPlain = plain.filter((o) => tested.includes(o.id)).map((o) => o.id);
  const filler = plain.find((o) => !tested.includes(o.id))?.id;
  const elements = general && filler !== void 0 ? [filler, ...testedPlain] : testedPlain;
  const subsets = [];
  if (!general && filler !== void 0) subsets.push([filler]);
  const total = 2 ** elements.length;
  for (let mask = 1; mask < total; mask++) {
    const subset = elements.filter((_, i) => (mask & 2 ** i) !== 0);
    subsets.push(subset.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
  }
  for (const option of question.options) if (option.exclusive) subsets.push([option.id]);
  return subsets;
}
function exactChoices(question, theme) {
  if (question.type !== "number" && question.type !== "date") return true;
  let exact = true;
  const visit = (leaf) => {
    const other = referencedFact(leaf);
    if (other === question.id || leaf.fact === question.id && other !== void 0) exact = false;
  };
  for (const use of conditionUses(theme)) eachLeaf(use.condition, theme.conditions, visit);
  return exact;
}
function numberCandidates(question) {
  const cuts = [...new Set(question.cuts.map((c) => c.value).filter(isFiniteNumber))].sort((a, b) => a - b);
  const out = [0];
  const { min, max } = question;
  if (min !== void 0) out.push(min, Math.ceil(min));
  if (max !== void 0) out.push(max, Math.floor(max));
  cuts.forEach((v, i) => {
    out.push(v, Math.floor(v) + 1, Math.ceil(v) - 1);
    const next = cuts[i + 1];
    if (next !== void 0) out.push((v + next) / 2);
  });
  const first = cuts[0];
  const last = cuts.at(-1);
  if (first !== void 0) out.push(first - 1);
  if (last !== void 0) out.push(last + 1);
  return [...new Set(out.filter(Number.isFinite).map((v) => v === 0 ? 0 : v))].sort((a, b) => a - b);
}
function dateCandidates(question, today) {
  const out = [];
  for (const cut of question.cuts) {
    const day = parseDate(cut.value);
    if (!day) continue;
    out.push(cut.value, addToDate(day, -1, "d"), addToDate(day, 1, "d"));
  }
  for (const bound of [resolveBound(question.min, today), resolveBound(question.max, today)]) {
    if (bound !== void 0) out.push(bound);
  }
  if (out.length === 0) out.push(today ?? "2000-01-01");
  return [...new Set(out)].sort();
}
function byBand(question, candidates, today) {
  const type = questionType(question);
  const seen = /* @__PURE__ */ new Set();
  const picked = [];
  for (const value of candidates) {
    const accepted = type.accept(question, value, today);
    if (!accepted.ok) continue;
    const band = type.casePart(question, accepted.value).key;
    if (seen.has(band)) continue;
    seen.add(band);
    picked.push(accepted.value);
  }
  return picked;
}
function isFiniteNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

// src/analyze/checks/no-effect-question.ts
var noEffectQuestion = {
  code: "no-effect-question",
  severity: "warning",
  scope: "theme",
  description: {
    zh: "\u95EE\u9898\u7684\u56DE\u7B54\u4E0D\u5F71\u54CD\u4EFB\u4F55\u7ED3\u679C\uFF08\u4E8B\u9879\u3001\u6750\u6599\u3001\u65F6\u9650\u3001\u8D39\u7528\u3001\u8DD1\u52A8\u3001\u63D0\u793A\uFF09\uFF0C\u53EF\u4EE5\u4E0D\u95EE",
    en: "a question whose answer changes no outcome"
  },
  run(context, report) {
    const { theme } = context;
    const relevant = relevantQuestions(theme);
    const cases = context.enumeration();
    theme.questions.forEach((question, i) => {
      if (!cases.truncated && !cases.asked[i]) return;
      const noEffect = !relevant.has(question.id) || !cases.truncated && !cases.matters[i] && exactChoices(question, theme);
      if (noEffect) report(`question:${question.id}`, { question: question.id });
    });
  }
};

// src/analyze/checks/unused-catalog-entry.ts
var SECTIONS = [
  ["departments", "department"],
  ["venues", "venue"],
  ["licences", "licence"],
  ["facts", "fact"],
  ["materials", "material"],
  ["items", "item"]
];
var unusedCatalogEntry = {
  code: "unused-catalog-entry",
  severity: "warning",
  scope: "library",
  description: {
    zh: "\u76EE\u5F55\u4E2D\u7684\u90E8\u95E8\u3001\u529E\u7406\u5730\u70B9\u3001\u7535\u5B50\u8BC1\u7167\u3001\u6863\u6848\u4E8B\u5B9E\u3001\u6750\u6599\u6216\u4E8B\u9879\u6CA1\u6709\u88AB\u4EFB\u4F55\u4E3B\u9898\u4F7F\u7528",
    en: "a department, venue, licence, fact, material or item of the catalog that no theme uses"
  },
  run({ catalog, themes }, report) {
    const used = /* @__PURE__ */ new Set();
    for (const theme of themes) {
      for (const [section, kind] of SECTIONS)
        for (const id of Object.keys(theme.catalog[section])) used.add(`${kind}:${id}`);
      for (const licence of licencesNamed(theme)) used.add(`licence:${licence}`);
    }
    for (const [section, kind] of SECTIONS) {
      for (const id of Object.keys(catalog[section])) {
        if (!used.has(`${kind}:${id}`)) report(`${kind}:${id}`, { kind, id });
      }
    }
  }
};
function licencesNamed(theme) {
  const named = /* @__PURE__ */ new Set();
  for (const use of conditionUses(theme)) {
    eachLeaf(use.condition, theme.conditions, (leaf) => {
      if (leaf.fact !== "profile.licences") return;
      const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
      for (const value of values) if (typeof value === "string") named.add(value);
    });
  }
  return named;
}

// src/analyze/checks/vague-material.ts
var VAGUE_WORDS = ["\u5176\u4ED6", "\u5176\u5B83", "\u76F8\u5173\u6750\u6599", "\u6709\u5173\u6750\u6599", "\u76F8\u5173\u8BC1\u660E", "\u6709\u5173\u8BC1\u660E", "\u7B49\u7B49", "\u2026", "..."];
var ETC = /(?<![高中初平对均相上特优头次劣])等(?=$|[\s()（）[\]【】「」『』《》〈〉,，.。、;；:：!！?？]|材料|文件|证明|资料)/u;
function vagueWord(name) {
  const word = VAGUE_WORDS.find((w) => name.includes(w));
  if (word !== void 0) return word;
  return ETC.test(name) ? "\u7B49" : void 0;
}
var vagueMaterial = {
  code: "vague-material",
  severity: "error",
  scope: "catalog",
  description: {
    zh: "\u6750\u6599\u540D\u79F0\u542B\u6709\u201C\u5176\u4ED6\u201D\u201C\u76F8\u5173\u6750\u6599\u201D\u201C\u7B49\u201D\u4E4B\u7C7B\u7684\u6A21\u7CCA\u8868\u8FF0",
    en: "a material name with a vague word such as \u5176\u4ED6, \u76F8\u5173\u6750\u6599 or \u7B49 (etc.)"
  },
  run(context, report) {
    for (const material of Object.values(context.entries.materials)) {
      const word = vagueWord(material.name);
      if (word !== void 0)
        report(`material:${material.id}`, { id: material.id, name: material.name, word });
    }
  }
};

// src/analyze/checks/index.ts
var ANALYSIS_CHECKS = [
  neverAsked,
  deadEnd,
  noEffectQuestion,
  noEffectOption,
  duplicateLabel,
  caseLimit,
  vagueMaterial,
  itemIncomplete,
  unusedCatalogEntry
];

// src/analyze/walker.ts
var SKIPPED = 0;
var PREFILLED = 1;
var BRANCHED = 2;
var FIXED = 3;
var NO_CASE = -1;
var CaseWalker = class {
  constructor(plan, visit, options = {}) {
    this.plan = plan;
    this.visit = visit;
    this.questions = plan.questions;
    this.n = Math.min(options.upTo ?? plan.questions.length, plan.questions.length);
    this.fixed = options.fixed;
    this.labelled = options.labels ?? true;
    this.lastFirst = options.last ?? false;
    this.stopAtDeadEnds = options.deadEnds ?? false;
    this.facts = new Map(plan.baseFacts);
    this.verdicts = new Uint8Array(plan.conditions.length);
    for (const c of plan.initial) this.evaluate(c);
    this.asked = new Uint8Array(this.n);
    this.mode = new Uint8Array(this.n);
    this.choice = new Int32Array(this.n);
    this.stoppedBefore = new Uint8Array(this.n);
    this.keys = new Array(this.n).fill("");
    this.labels = new Array(this.n).fill("");
    this.children = visit ? plan.questions.map(() => []) : void 0;
  }
  plan;
  visit;
  facts;
  /** Verdict of each condition of the plan on the current path: 0 false, 1 true, 2 unknown. */
  verdicts;
  /** Whether each question was asked (answered or prefilled) in some case so far. */
  asked;
  questions;
  n;
  mode;
  choice;
  stoppedBefore;
  keys;
  labels;
  /** Questions 0…depth-1 have their facts set. */
  depth = 0;
  started = false;
  finished = false;
  children;
  root = [];
  fixed;
  labelled;
  lastFirst;
  stopAtDeadEnds;
  /** Whether a blocking notice held after the last question walked. */
  stoppedAtEnd = false;
  /** Moves to the next case; false when there is none left. */
  advance() {
    if (this.finished) return false;
    this.atDeadEnd = false;
    if (!this.started) {
      this.started = true;
      if (this.descend(0, this.blocked())) return true;
      if (this.stopAtDeadEnds) return this.stopAtDeadEnd();
    }
    for (; ; ) {
      const k = this.backtrack();
      if (k < 0) {
        this.finished = true;
        return false;
      }
      if (this.descend(k + 1, this.resume(k))) return true;
      if (this.stopAtDeadEnds) return this.stopAtDeadEnd();
    }
  }
  /**
   * With `WalkOptions.deadEnds`: whether `advance` stopped on a path that reaches a question accepting no
   * answer (no case), rather than on a case.
   */
  atDeadEnd = false;
  stopAtDeadEnd() {
    this.atDeadEnd = true;
    return true;
  }
  /** The case key of the current case, as `caseOf` gives it. */
  get key() {
    if (!this.labelled)
      return this.parts().map((choice) => choice.fragment).join("&");
    return this.n === 0 ? "" : this.keys[this.n - 1];
  }
  /** The case label of the current case, as `caseOf` gives it. */
  get label() {
    if (!this.labelled) {
      return this.parts().map((choice) => choice.label).filter((label) => label !== "").join(" \xB7 ");
    }
    return this.n === 0 ? "" : this.labels[this.n - 1];
  }
  /** Whether question k (the first one not walked, with `upTo: k`) is asked after the current prefix. */
  asks(k) {
    const q = this.questions[k];
    return q !== void 0 && !this.stoppedAtEnd && (q.when < 0 || this.verdicts[q.when] !== 0);
  }
  /** By question walked: the choice taken where the walk branched, else -1 (for `WalkOptions.fixed`). */
  branchedChoices() {
    const choices = new Int32Array(this.n).fill(-1);
    for (let j = 0; j < this.n; j++) if (this.mode[j] === BRANCHED) choices[j] = this.choice[j];
    return choices;
  }
  /**
   * Adds the questions the current case (or dead end) branched on from question `from` on, and its choices, to
   * `hash`.
   */
  hashPath(hash, from = 0) {
    for (let j = from; j < this.depth; j++) {
      if (this.mode[j] !== BRANCHED) continue;
      hash.number(j);
      hash.number(this.choice[j]);
    }
  }
  /**
   * Moves to the first path that takes choice c at question k, keeping the questions before k; k must have
   * branched on the current path, and the walk must have no visitor. False when that path meets a question
   * that accepts no answer (the first case below the choice, if any, is then further on).
   */
  firstPathWith(k, c) {
    const q = this.questions[k];
    if (this.visit || this.mode[k] !== BRANCHED || this.depth <= k || c < 0 || c >= q.choices.length)
      throw new RangeError(`question ${k} did not branch on the current path`);
    for (let j = k + 1; j < this.depth; j++) this.facts.delete(this.questions[j].id);
    this.choice[k] = c - 1;
    return this.descend(k + 1, this.resume(k));
  }
  /** The user's answers of the current case in question order (prefilled answers left out). */
  answers() {
    const answers = {};
    for (let j = 0; j < this.n; j++) {
      if (this.mode[j] !== BRANCHED && this.mode[j] !== FIXED) continue;
      const q = this.questions[j];
      answers[q.id] = q.choices[this.choice[j]].value;
    }
    return answers;
  }
  /** The choices of the current case's asked questions (prefilled ones included), in order. */
  parts() {
    const parts = [];
    for (let j = 0; j < this.n; j++) {
      const mode = this.mode[j];
      if (mode === SKIPPED) continue;
      const q = this.questions[j];
      const choice = mode === PREFILLED ? q.prefilled : q.choices[this.choice[j]];
      if (choice) parts.push(choice);
    }
    return parts;
  }
  /** Records the id of the current case's outcome (only with a visitor). */
  leaf(id) {
    this.push(this.n, id);
  }
  /** Whether a blocking notice holds before any question. */
  blocked() {
    const blocks = this.plan.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const c = blocks[b];
      if (c < 0 || this.verdicts[c] === 1 || this.plan.conditions[c]?.(this.facts) === true) return true;
    }
    return false;
  }
  evaluate(c) {
    const verdict = this.plan.conditions[c](this.facts);
    this.verdicts[c] = verdict === true ? 1 : verdict === false ? 0 : 2;
  }
  /**
   * Question j's fact was just set: evaluates the conditions whose last question it is, and tells whether a
   * blocking notice now holds (three-valued: one may hold before every fact it reads is settled, so each is
   * evaluated whenever one of its facts is set, as the session's walk does after every question).
   */
  settled(j, stopped) {
    const level = this.plan.atLevel[j];
    for (let i = 0; i < level.length; i++) this.evaluate(level[i]);
    if (stopped) return true;
    const blocks = this.plan.blocksAt[j];
    const conditions = this.plan.conditions;
    for (let i = 0; i < blocks.length; i++) {
      if (conditions[blocks[i]](this.facts) === true) return true;
    }
    return false;
  }
  /** Settles questions from `from` on, taking the first choice where they branch; false at a dead end. */
  descend(from, stopped) {
    const facts = this.facts;
    const verdicts = this.verdicts;
    for (let j = from; j < this.n; j++) {
      const q = this.questions[j];
      this.stoppedBefore[j] = stopped ? 1 : 0;
      const asked = !stopped && (q.when < 0 || verdicts[q.when] !== 0);
      if (!asked) {
        this.mode[j] = SKIPPED;
        facts.set(q.id, void 0);
        if (this.labelled) {
          this.keys[j] = j === 0 ? "" : this.keys[j - 1];
          this.labels[j] = j === 0 ? "" : this.labels[j - 1];
        }
      } else {
        let choice;
        const fixed = this.fixed?.[j] ?? -1;
        if (q.prefilled) {
          this.mode[j] = PREFILLED;
          choice = q.prefilled;
        } else if (fixed >= 0) {
          const taken = q.choices[fixed];
          if (taken === void 0) {
            this.depth = j;
            this.push(j, NO_CASE);
            return false;
          }
          this.mode[j] = FIXED;
          this.choice[j] = fixed;
          choice = taken;
        } else {
          const start2 = this.lastFirst ? q.choices.length - 1 : 0;
          const first = q.choices[start2];
          if (first === void 0) {
            this.depth = j;
            this.push(j, NO_CASE);
            return false;
          }
          this.mode[j] = BRANCHED;
          this.choice[j] = start2;
          choice = first;
        }
        this.asked[j] = 1;
        facts.set(q.id, choice.value);
        this.append(j, choice);
      }
      stopped = this.settled(j, stopped);
    }
    this.depth = this.n;
    this.stoppedAtEnd = stopped;
    return true;
  }
  /**
   * Finds the deepest question below `depth` that branched and has a choice left, deletes the facts after it
   * and returns its index (-1 when the walk is over). Subtrees left behind are finished (see `finish`).
   */
  backtrack() {
    let k = this.depth - 1;
    while (k >= 0) {
      if (this.mode[k] === BRANCHED) {
        const q = this.questions[k];
        if (this.choice[k] + 1 < q.choices.length) break;
        if (this.children) this.finish(k);
      }
      k--;
    }
    if (k < 0 && this.children) this.root.length = 0;
    for (let j = k + 1; j < this.depth; j++) this.facts.delete(this.questions[j].id);
    return k;
  }
  /** Takes the next choice of question k; returns whether a blocking notice holds after it. */
  resume(k) {
    const q = this.questions[k];
    const index = this.choice[k] + 1;
    this.choice[k] = index;
    const choice = q.choices[index];
    this.facts.set(q.id, choice.value);
    this.append(k, choice);
    this.depth = k + 1;
    return this.settled(k, this.stoppedBefore[k] === 1);
  }
  append(j, choice) {
    if (!this.labelled) return;
    const key = j === 0 ? "" : this.keys[j - 1];
    const label = j === 0 ? "" : this.labels[j - 1];
    this.keys[j] = key === "" ? choice.fragment : `${key}&${choice.fragment}`;
    this.labels[j] = choice.label === "" ? label : label === "" ? choice.label : `${label} \xB7 ${choice.label}`;
  }
  /** Hands a subtree id to the deepest question before `below` that branched (or to the root). */
  push(below, id) {
    const children = this.children;
    if (!children) return;
    for (let j = below - 1; j >= 0; j--) {
      if (this.mode[j] === BRANCHED) {
        children[j].push(id);
        return;
      }
    }
    this.root.push(id);
  }
  /** Every choice of question k at this node is done: report the node and pass its id up. */
  finish(k) {
    const children = this.children[k];
    const list = children.slice();
    children.length = 0;
    this.visit?.(k, list);
    const hash = new Hash();
    hash.number(k);
    for (const id of list) hash.number(id);
    this.push(k, hash.value());
  }
};
var Hash = class {
  a = 2166136261;
  b = 2654435769;
  number(value) {
    this.word(value >>> 0);
    this.word(Math.floor(value / 4294967296) >>> 0);
  }
  string(value) {
    for (let i = 0; i < value.length; i++) this.word(value.charCodeAt(i));
    this.word(4294967294);
  }
  value() {
    return (this.a >>> 0) * 2097152 + (this.b >>> 0 & 2097151);
  }
  word(w) {
    this.a = Math.imul(this.a ^ w, 16777619);
    let b = Math.imul(this.b ^ w, 1540483477);
    b ^= b >>> 15;
    this.b = Math.imul(b, 2246822507);
  }
};

// src/analyze/census.ts
var NODES_KEPT = 32;
var MAX_STATES = 5e4;
var BLOCKED = 1;
var NOT_NEEDED = 2;
var NOTICE = 4;
var ITEM = 8;
var SKIPPED2 = -1;
var PREFILLED2 = -2;
var STATUSES = ["ready", "not-needed", "blocked"];
function censusOf(plan, maxCases) {
  return countCases(plan, maxCases) ?? walkCases(plan, maxCases);
}
function countCases(plan, maxCases) {
  const { conditions, reads, questions } = plan;
  const n = questions.length;
  const levelOf = (c) => reads[c].at(-1) ?? -1;
  const keep = new Int32Array(n).fill(-1);
  const need = (c, point) => {
    if (c < 0) return;
    for (const f of reads[c]) if (point > keep[f]) keep[f] = point;
  };
  questions.forEach((q, j) => {
    need(q.when, j);
  });
  const atLevel = questions.map(() => []);
  let initialFlags = 0;
  const mark = (c, flags) => {
    if (c < 0) initialFlags |= flags;
    else if (levelOf(c) < 0) {
      if (conditions[c](plan.baseFacts) === true) initialFlags |= flags;
    } else {
      need(c, levelOf(c));
      atLevel[levelOf(c)].push({ c, flags });
    }
  };
  for (const notice of plan.notices) {
    mark(
      notice.when,
      NOTICE | (notice.kind === "block" ? BLOCKED : notice.kind === "not-needed" ? NOT_NEEDED : 0)
    );
  }
  for (const item of plan.items) mark(item.when, ITEM);
  for (const c of plan.blocks) need(c, c < 0 ? -1 : levelOf(c));
  const facts = new Map(plan.baseFacts);
  for (const q of questions) facts.delete(q.id);
  const factValue = (q, entry) => entry === PREFILLED2 ? q.prefilled?.value : entry === SKIPPED2 ? void 0 : q.choices[entry]?.value;
  const holds = (c) => conditions[c](facts) === true;
  const keptAt = [];
  const sourceAt = [];
  for (let j = 0; j < n; j++) {
    const kept = [];
    for (let f = 0; f <= j; f++) if (keep[f] > j) kept.push(f);
    keptAt.push(kept);
    const before = j === 0 ? [] : keptAt[j - 1];
    sourceAt.push(kept.map((f) => f === j ? -1 : before.indexOf(f)));
  }
  const asked = questions.map(() => false);
  let stopped = plan.blocks.some((c) => c < 0 || holds(c));
  let states = /* @__PURE__ */ new Map([
    [
      "",
      {
        entries: new Int32Array(0),
        path: new Int32Array(n).fill(-1),
        stopped,
        flags: initialFlags,
        count: 1
      }
    ]
  ]);
  const nodes = questions.map(() => []);
  for (let j = 0; j < n; j++) {
    const q = questions[j];
    const before = j === 0 ? [] : keptAt[j - 1];
    const kept = keptAt[j];
    const source = sourceAt[j];
    const next = /* @__PURE__ */ new Map();
    for (const state of states.values()) {
      for (let k = 0; k < before.length; k++) {
        const f = before[k];
        const question = questions[f];
        facts.set(question.id, factValue(question, state.entries[k]));
      }
      const isAsked = !state.stopped && (q.when < 0 || conditions[q.when](facts) !== false);
      let entries;
      if (!isAsked) entries = [SKIPPED2];
      else {
        asked[j] = true;
        entries = q.prefilled ? [PREFILLED2] : q.choices.map((_, c) => c);
        const here = nodes[j];
        if (entries.length > 1 && here.length < NODES_KEPT) here.push(state.path);
      }
      for (const entry of entries) {
        facts.set(q.id, factValue(q, entry));
        let flags = state.flags;
        for (const { c, flags: set } of atLevel[j])
          if (holds(c)) flags |= set;
        stopped = state.stopped || plan.blocksAt[j].some(holds);
        let key = stopped ? `s${flags}` : `${flags}`;
        for (let k = 0; k < source.length; k++) {
          const from = source[k];
          key += `,${from < 0 ? entry : state.entries[from]}`;
        }
        const known = next.get(key);
        if (known) {
          known.count += state.count;
          continue;
        }
        const keptEntries = new Int32Array(kept.length);
        for (let k = 0; k < source.length; k++) {
          const from = source[k];
          keptEntries[k] = from < 0 ? entry : state.entries[from];
        }
        const path = state.path.slice();
        if (entry >= 0) path[j] = entry;
        next.set(key, { entries: keptEntries, path, stopped, flags, count: state.count });
      }
    }
    if (next.size > MAX_STATES) return void 0;
    states = next;
  }
  const byStatus = { ready: 0, "not-needed": 0, blocked: 0 };
  let count = 0;
  let deadEnds = 0;
  for (const state of states.values()) {
    const leaf = statusOfFlags(state.flags);
    count += state.count;
    byStatus[STATUSES[leaf & 3]] += state.count;
    if (leaf & EMPTY) deadEnds += state.count;
  }
  if (count > maxCases) return void 0;
  const deadEnd2 = deadEnds > 0 ? firstDeadEnd(plan) : void 0;
  return { count, truncated: false, byStatus, asked, deadEnds, ...deadEnd2 ? { deadEnd: deadEnd2 } : {}, nodes };
}
function walkCases(plan, maxCases) {
  const walker = new CaseWalker(plan, void 0, { labels: false });
  const byStatus = { ready: 0, "not-needed": 0, blocked: 0 };
  let count = 0;
  let truncated = false;
  let deadEnds = 0;
  let deadEnd2;
  while (walker.advance()) {
    if (count >= maxCases) {
      truncated = true;
      break;
    }
    count++;
    const leaf = statusOfFlags(leafFlags(plan, walker.verdicts));
    byStatus[STATUSES[leaf & 3]]++;
    if (leaf & EMPTY) {
      deadEnds++;
      deadEnd2 ??= { key: walker.key, label: walker.label };
    }
  }
  const asked = [...walker.asked].map((a) => a === 1);
  return { count, truncated, byStatus, asked, deadEnds, ...deadEnd2 ? { deadEnd: deadEnd2 } : {} };
}
function firstDeadEnd(plan) {
  const walker = new CaseWalker(plan, void 0, { labels: false });
  while (walker.advance()) {
    if (statusOfFlags(leafFlags(plan, walker.verdicts)) & EMPTY)
      return { key: walker.key, label: walker.label };
  }
  return void 0;
}
function leafFlags(plan, verdicts) {
  let flags = 0;
  for (const notice of plan.notices) {
    if (notice.when >= 0 && verdicts[notice.when] !== 1) continue;
    flags |= NOTICE | (notice.kind === "block" ? BLOCKED : notice.kind === "not-needed" ? NOT_NEEDED : 0);
  }
  for (const item of plan.items) {
    if (item.when < 0 || verdicts[item.when] === 1) return flags | ITEM;
  }
  return flags;
}
var EMPTY = 4;
function statusOfFlags(flags) {
  const blocked = (flags & BLOCKED) !== 0;
  const items = !blocked && (flags & ITEM) !== 0;
  const status = blocked ? 2 : !items && (flags & NOT_NEEDED) !== 0 ? 1 : 0;
  return !items && (flags & NOTICE) === 0 ? status | EMPTY : status;
}

// src/analyze/plan.ts
function planTheme(theme, options = {}) {
  const base = start(theme, {
    ...options.profile === void 0 ? {} : { profile: options.profile },
    ...options.today === void 0 ? {} : { today: options.today },
    ...options.operators === void 0 ? {} : { operators: options.operators }
  });
  const context = { operators: options.operators ?? defaultOperatorSet, conditions: theme.conditions };
  const position = new Map(theme.questions.map((q, i) => [q.id, i]));
  const conditions = [];
  const levels = [];
  const reads = [];
  const byObject = /* @__PURE__ */ new Map();
  const byText = /* @__PURE__ */ new Map();
  const index = (condition) => {
    if (condition === void 0) return -1;
    const known = byObject.get(condition);
    if (known !== void 0) return known;
    const text = canonicalJson(condition);
    let at = byText.get(text);
    if (at === void 0) {
      at = conditions.length;
      conditions.push(compileCondition(condition, context));
      const questions2 = [...factsReadBy(condition, theme.conditions)].map((fact) => position.get(fact)).filter((i) => i !== void 0).sort((a, b) => a - b);
      reads.push(questions2);
      levels.push(questions2.at(-1) ?? -1);
      byText.set(text, at);
    }
    byObject.set(condition, at);
    return at;
  };
  const today = base.today;
  const questions = theme.questions.map((question, i) => {
    const answer = own(base.answers, question.id);
    return {
      index: i,
      id: question.id,
      when: index(question.when),
      choices: choicesOf(question, theme, today),
      prefilled: answer?.prefilled ? choiceFor(question, answer.value) : void 0
    };
  });
  const materialIds = [];
  const materialIndex = /* @__PURE__ */ new Map();
  const material = (id) => {
    let at = materialIndex.get(id);
    if (at === void 0) {
      at = materialIds.length;
      materialIds.push(id);
      materialIndex.set(id, at);
    }
    return at;
  };
  const entries = theme.items.flatMap((entry) => {
    const item = own(theme.catalog.items, entry.item);
    return item ? [{ entry, item }] : [];
  });
  const itemIndex = new Map(entries.map(({ item }, i) => [item.id, i]));
  const items = entries.map(
    ({ entry, item }) => ({
      id: item.id,
      name: item.name,
      when: index(entry.when),
      uses: item.materials.flatMap((use) => {
        const entry2 = own(theme.catalog.materials, use.material);
        if (!entry2) return [];
        return [
          {
            when: index(use.when),
            material: material(use.material),
            form: use.form ?? entry2.form,
            copies: use.copies ?? entry2.copies
          }
        ];
      }),
      days: item.days.map((v) => ({ when: index(v.when), value: v.value })),
      fee: item.fee.map((v) => ({ when: index(v.when), amount: v.value.amount })),
      presence: item.presence.map((v) => ({ when: index(v.when), venue: v.value?.venue ?? null })),
      produces: item.produces.map(material),
      after: item.after.flatMap((id) => {
        const at = itemIndex.get(id);
        return at === void 0 || id === item.id ? [] : [at];
      })
    })
  );
  const producers = materialIds.map(() => []);
  items.forEach((item, i) => {
    for (const m of item.produces) producers[m].push(i);
  });
  const waivables = new Uint8Array(materialIds.length);
  materialIds.forEach((id, m) => {
    const entry = own(theme.catalog.materials, id);
    if (entry && waivable(entry, base)) waivables[m] = 1;
  });
  const notices = theme.notices.map((n) => ({ id: n.id, kind: n.kind, when: index(n.when) }));
  const atLevel = theme.questions.map(() => []);
  const initial = [];
  levels.forEach((level, c) => {
    if (level < 0) initial.push(c);
    else atLevel[level].push(c);
  });
  const blocks = notices.filter((n) => n.kind === "block").map((n) => n.when);
  const blocksAt = theme.questions.map(() => []);
  for (const c of blocks) {
    if (c < 0) continue;
    for (const q of reads[c]) blocksAt[q].push(c);
  }
  return {
    theme,
    base,
    baseFacts: baseFacts(theme, base.profile, base.today).facts,
    questions,
    items,
    notices,
    materials: materialIds,
    materialNames: materialIds.map((id) => own(theme.catalog.materials, id)?.name ?? id),
    producers,
    waivable: waivables,
    conditions,
    reads,
    initial,
    atLevel,
    blocks,
    blocksAt
  };
}
function choiceFor(question, value) {
  const { key, label } = questionType(question).casePart(question, value);
  return { value, fragment: `${question.id}=${key}`, key, label };
}
function waivable(material, session) {
  const kind = material.licence;
  const profile = session.profile;
  if (kind === void 0 || !profile) return false;
  const today = session.today;
  return profile.licences.some(
    (l) => l.licence === kind && (l.expires === void 0 || today !== void 0 && l.expires >= today)
  );
}

// src/analyze/summary.ts
var MEMO_LIMIT = 16384;
var ZERO = 48;
var ONE = 49;
var BAR = 124;
var Summarizer = class {
  constructor(plan, options = {}) {
    this.plan = plan;
    this.options = options;
    const count = plan.items.length;
    this.items = plan.items;
    const length = plan.notices.length + 1 + plan.items.reduce((total, item) => total + 4 + item.uses.length, 0);
    this.buffer = new Uint8Array(length);
    this.applies = new Uint8Array(count);
    this.useOn = plan.items.map((item) => new Uint8Array(item.uses.length));
    this.dayPick = new Int32Array(count);
    this.feePick = new Int32Array(count);
    this.presencePick = new Int32Array(count);
    this.materialStamp = new Int32Array(plan.materials.length);
    this.materialPassed = new Uint8Array(plan.materials.length);
    this.materialOrder = new Int32Array(plan.materials.length);
    this.materialRank = new Uint8Array(plan.materials.length);
    this.materialCopies = new Int32Array(plan.materials.length);
    this.finish = new Float64Array(count);
    this.scheduled = new Int32Array(count);
  }
  plan;
  options;
  /** Summaries by signature hash; a bucket holds the entries whose signatures share a hash. */
  memo = /* @__PURE__ */ new Map();
  memoSize = 0;
  items;
  /** The signature of the current leaf. */
  buffer;
  // Scratch space of one leaf, by item: does it apply, which of its uses apply, which variants win.
  applies;
  useOn;
  dayPick;
  feePick;
  presencePick;
  // Scratch space of `compute`: stamps mark what belongs to the current computation without clearing.
  stamp = 0;
  materialStamp;
  materialPassed;
  // Scratch space of `outcomeHash`: the merged materials in order of first use, with form rank and copies.
  materialOrder;
  materialRank;
  materialCopies;
  finish;
  scheduled;
  venues = /* @__PURE__ */ new Set();
  /** The summary of the case whose condition verdicts these are (1 = true; see `CaseWalker.verdicts`). */
  summarize(verdicts) {
    const buffer = this.buffer;
    let length = 0;
    let blocked = false;
    let notNeeded = false;
    let notices = 0;
    const noticePlans = this.plan.notices;
    for (let n = 0; n < noticePlans.length; n++) {
      const notice = noticePlans[n];
      const on = notice.when < 0 || verdicts[notice.when] === 1;
      buffer[length++] = on ? ONE : ZERO;
      if (!on) continue;
      notices++;
      if (notice.kind === "block") blocked = true;
      else if (notice.kind === "not-needed") notNeeded = true;
    }
    buffer[length++] = BAR;
    const items = this.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const on = !blocked && (item.when < 0 || verdicts[item.when] === 1);
      this.applies[i] = on ? 1 : 0;
      if (!on) {
        buffer[length++] = ZERO;
        continue;
      }
      buffer[length++] = ONE;
      const uses = item.uses;
      const useOn = this.useOn[i];
      for (let u = 0; u < uses.length; u++) {
        const when = uses[u].when;
        if (when < 0) {
          useOn[u] = 1;
          continue;
        }
        const hit = verdicts[when] === 1;
        useOn[u] = hit ? 1 : 0;
        buffer[length++] = hit ? ONE : ZERO;
      }
      const day = pick(item.days, verdicts);
      const fee = pick(item.fee, verdicts);
      const presence = pick(item.presence, verdicts);
      this.dayPick[i] = day;
      this.feePick[i] = fee;
      this.presencePick[i] = presence;
      buffer[length++] = ZERO + day;
      buffer[length++] = ZERO + fee;
      buffer[length++] = ZERO + presence;
    }
    let hash = 2166136261;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ buffer[i], 16777619);
    const bucket = this.memo.get(hash);
    if (bucket !== void 0) {
      for (const entry2 of bucket) if (sameBytes(entry2.bytes, buffer, length)) return entry2.summary;
    }
    const bytes = buffer.slice(0, length);
    const summary = this.compute(bytes, blocked, notNeeded, notices);
    if (this.memoSize >= MEMO_LIMIT) {
      this.memo.clear();
      this.memoSize = 0;
    }
    const entry = { bytes, summary };
    const list = this.memo.get(hash);
    if (list) list.push(entry);
    else this.memo.set(hash, [entry]);
    this.memoSize++;
    return summary;
  }
  compute(signature, blocked, notNeeded, notices) {
    const items = this.items;
    const applies = this.applies;
    const { producers, waivable: waivable2 } = this.plan;
    const stamp = ++this.stamp;
    const materialStamp = this.materialStamp;
    const passed = this.materialPassed;
    const ids = [];
    let toSubmit = 0;
    for (let i = 0; i < items.length; i++) {
      if (applies[i] !== 1) continue;
      const item = items[i];
      ids.push(item.id);
      const useOn = this.useOn[i];
      for (let u = 0; u < item.uses.length; u++) {
        if (useOn[u] !== 1) continue;
        const m = item.uses[u].material;
        const received = producerOf(producers[m], applies, i) >= 0;
        if (materialStamp[m] !== stamp) {
          materialStamp[m] = stamp;
          passed[m] = received ? 1 : 0;
          if (!received && waivable2[m] !== 1) toSubmit++;
        } else if (passed[m] === 1 && !received) {
          passed[m] = 0;
          if (waivable2[m] !== 1) toSubmit++;
        }
      }
    }
    const finish = this.finish;
    const scheduled = this.scheduled;
    let left = ids.length;
    let days = 0;
    while (left > 0) {
      let next = -1;
      for (let i = 0; i < items.length && next < 0; i++) {
        if (applies[i] !== 1 || scheduled[i] === stamp) continue;
        if (this.dependencies(i, (d) => scheduled[d] === stamp)) next = i;
      }
      if (next < 0) {
        for (let i = 0; i < items.length && next < 0; i++)
          if (applies[i] === 1 && scheduled[i] !== stamp) next = i;
      }
      let start2 = 0;
      this.dependencies(next, (d) => {
        if (scheduled[d] === stamp && finish[d] > start2) start2 = finish[d];
        return true;
      });
      const item = items[next];
      const end = start2 + (item.days[this.dayPick[next]]?.value ?? 0);
      finish[next] = end;
      scheduled[next] = stamp;
      if (end > days) days = end;
      left--;
    }
    let cents = 0;
    const venues = this.venues;
    venues.clear();
    for (let i = 0; i < items.length; i++) {
      if (applies[i] !== 1) continue;
      const item = items[i];
      const amount = item.fee[this.feePick[i]]?.amount;
      if (amount !== void 0 && amount > 0) cents += Math.round(amount * 100);
      const venue = item.presence[this.presencePick[i]]?.venue;
      if (venue !== void 0 && venue !== null) venues.add(venue);
    }
    const status = blocked ? "blocked" : ids.length === 0 && notNeeded ? "not-needed" : "ready";
    const summary = {
      status,
      items: Object.freeze(ids),
      materials: toSubmit,
      days,
      fee: cents / 100,
      visits: venues.size,
      notices,
      signature
    };
    if (!this.options.detail) return Object.freeze(summary);
    return Object.freeze({ ...summary, detail: this.detailOf(status, days, cents / 100, venues.size) });
  }
  /**
   * A hash of the current case's outcome entry by entry, as `detailOf` lists it (names aside): status,
   * notices, items with the days, fee and venue that hold, merged materials in order of first use with form,
   * copies and status, and the totals. Equal outcomes, equal hashes; nothing is built. Call it right after
   * `summarize` for the same case, with the summary that returned.
   */
  outcomeHash(summary) {
    const { notices, producers, waivable: waivable2 } = this.plan;
    const items = this.items;
    const applies = this.applies;
    const hash = new Hash();
    hash.string(summary.status);
    for (let n = 0; n < notices.length; n++) if (this.buffer[n] === ONE) hash.number(n);
    hash.string("|");
    const stamp = ++this.stamp;
    const seen = this.materialStamp;
    const order = this.materialOrder;
    const rank = this.materialRank;
    const copies = this.materialCopies;
    const passed = this.materialPassed;
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      if (applies[i] !== 1) continue;
      const item = items[i];
      const fee = item.fee[this.feePick[i]]?.amount;
      hash.number(i);
      hash.number(item.days[this.dayPick[i]]?.value ?? -1);
      hash.number(fee === void 0 ? -1 : Math.round(fee * 100));
      hash.string(item.presence[this.presencePick[i]]?.venue ?? "");
      const useOn = this.useOn[i];
      for (let u = 0; u < item.uses.length; u++) {
        if (useOn[u] !== 1) continue;
        const use = item.uses[u];
        const m = use.material;
        const received = producerOf(producers[m], applies, i) >= 0;
        if (seen[m] !== stamp) {
          seen[m] = stamp;
          order[count++] = m;
          rank[m] = FORM_RANK[use.form];
          copies[m] = use.copies;
          passed[m] = received ? 1 : 0;
          continue;
        }
        if (FORM_RANK[use.form] > rank[m]) rank[m] = FORM_RANK[use.form];
        if (use.copies > copies[m]) copies[m] = use.copies;
        if (!received) passed[m] = 0;
      }
    }
    hash.string("|");
    for (let k = 0; k < count; k++) {
      const m = order[k];
      hash.number(m);
      hash.number(rank[m]);
      hash.number(copies[m]);
      hash.number(passed[m] === 1 ? 2 : waivable2[m] === 1 ? 1 : 0);
    }
    hash.number(summary.days);
    hash.number(Math.round(summary.fee * 100));
    hash.number(summary.visits);
    return hash.value();
  }
  /** The case entry by entry, as `detailOf(session)` in detail.ts reads it from `outcome()`. */
  detailOf(status, days, fee, visits) {
    const { notices, materials: ids, materialNames, producers, waivable: waivable2 } = this.plan;
    const items = this.items;
    const applies = this.applies;
    const noticeList = [];
    notices.forEach((notice, n) => {
      if (this.buffer[n] === ONE) noticeList.push({ id: notice.id, kind: notice.kind });
    });
    const itemList = [];
    const merged = /* @__PURE__ */ new Map();
    for (let i = 0; i < items.length; i++) {
      if (applies[i] !== 1) continue;
      const item = items[i];
      const dayValue = item.days[this.dayPick[i]]?.value;
      const feeValue = item.fee[this.feePick[i]]?.amount;
      const venue = item.presence[this.presencePick[i]]?.venue;
      itemList.push({
        id: item.id,
        name: item.name,
        ...dayValue === void 0 ? {} : { days: dayValue },
        ...feeValue === void 0 ? {} : { fee: feeValue },
        ...venue === void 0 || venue === null ? {} : { venue }
      });
      const useOn = this.useOn[i];
      item.uses.forEach((use, u) => {
        if (useOn[u] !== 1) return;
        const received = producerOf(producers[use.material], applies, i) >= 0;
        const entry = merged.get(use.material);
        if (!entry) {
          merged.set(use.material, { form: use.form, copies: use.copies, passed: received });
          return;
        }
        if (FORM_RANK[use.form] > FORM_RANK[entry.form]) entry.form = use.form;
        if (use.copies > entry.copies) entry.copies = use.copies;
        if (!received) entry.passed = false;
      });
    }
    const materialList = [...merged].map(([m, entry]) => {
      const materialStatus = entry.passed ? "passed-on" : waivable2[m] === 1 ? "waived" : "submit";
      return {
        id: ids[m],
        name: materialNames[m],
        form: entry.form,
        copies: entry.copies,
        status: materialStatus
      };
    });
    return { status, notices: noticeList, items: itemList, materials: materialList, days, fee, visits };
  }
  /**
   * Whether `test` holds for every item the applying item i depends on: the producer of each material it
   * uses (`produces` edges) and the applying items of its `after` list.
   */
  dependencies(i, test) {
    const item = this.items[i];
    const applies = this.applies;
    const useOn = this.useOn[i];
    const producers = this.plan.producers;
    for (let u = 0; u < item.uses.length; u++) {
      if (useOn[u] !== 1) continue;
      const p = producerOf(
        producers[item.uses[u].material],
        applies,
        i
      );
      if (p >= 0 && !test(p)) return false;
    }
    for (const a of item.after) if (applies[a] === 1 && !test(a)) return false;
    return true;
  }
};
function producerOf(producers, applies, user) {
  for (let p = 0; p < producers.length; p++) {
    const item = producers[p];
    if (item !== user && applies[item] === 1) return item;
  }
  return -1;
}
function pick(variants, verdicts) {
  for (let v = 0; v < variants.length; v++) {
    const when = variants[v].when;
    if (when < 0 || verdicts[when] === 1) return v;
  }
  return variants.length;
}
function sameBytes(a, b, length) {
  if (a.length !== length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// src/analyze/enumerate.ts
var DEFAULT_MAX_CASES = 1e5;
function* enumerateCases(theme, options = {}) {
  const max = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan);
  const summarizer = new Summarizer(plan);
  let count = 0;
  while (walker.advance()) {
    if (count >= max) return { count, truncated: true };
    const summary = summarizer.summarize(walker.verdicts);
    count++;
    yield {
      key: walker.key,
      label: walker.label,
      answers: walker.answers(),
      status: summary.status,
      items: summary.items,
      materials: summary.materials,
      days: summary.days,
      fee: summary.fee,
      visits: summary.visits
    };
  }
  return { count, truncated: false };
}
function maxCasesOf(options) {
  const max = options.maxCases ?? DEFAULT_MAX_CASES;
  if (typeof max !== "number" || Number.isNaN(max) || max < 0 || Number.isFinite(max) && !Number.isInteger(max))
    throw new TongbanError("invalid-argument", `maxCases must be a whole number \u2265 0 or Infinity, got ${max}`);
  return max;
}

// src/analyze/separate.ts
var ENDED = -2;
var BATCH = 64;
var PROBED_NODES = NODES_KEPT;
var NONE = { some: false, eachPair() {
} };
function separateChoices(plan, known) {
  const summarizer = new Summarizer(plan);
  const ids = /* @__PURE__ */ new WeakMap();
  const outcomeId = (verdicts) => {
    const summary = summarizer.summarize(verdicts);
    let id = ids.get(summary);
    if (id === void 0) {
      id = summarizer.outcomeHash(summary);
      ids.set(summary, id);
    }
    return id;
  };
  const firstCase = (fixed, k) => {
    const walker = new CaseWalker(plan, void 0, { fixed, labels: false });
    return walker.advance() ? firstCaseId(walker, k) : NO_CASE;
  };
  const firstCaseId = (walker, k) => {
    const hash = new Hash();
    walker.hashPath(hash, k + 1);
    hash.number(outcomeId(walker.verdicts));
    return hash.value();
  };
  const stepId = (walker, k) => {
    const hash = new Hash();
    walker.hashPath(hash, k + 1);
    hash.number(walker.atDeadEnd ? NO_CASE : outcomeId(walker.verdicts));
    return hash.value();
  };
  const firstCases = (prefix, k) => {
    const walker = new CaseWalker(plan, void 0, { fixed: prefix.subarray(0, k), labels: false });
    if (!walker.advance()) return () => NO_CASE;
    const fixed = new Int32Array(k + 1);
    fixed.set(prefix.subarray(0, k));
    return (c) => {
      if (walker.firstPathWith(k, c)) return firstCaseId(walker, k);
      fixed[k] = c;
      return firstCase(fixed, k);
    };
  };
  const lastCases = (prefix, k) => {
    const fixed = new Int32Array(k + 1);
    fixed.set(prefix.subarray(0, k));
    return (c) => {
      fixed[k] = c;
      const walker = new CaseWalker(plan, void 0, { fixed, labels: false, last: true });
      return walker.advance() ? firstCaseId(walker, k) : NO_CASE;
    };
  };
  return {
    question(k, want) {
      const q = plan.questions[k];
      if (q === void 0 || q.prefilled !== void 0 || q.choices.length < 2) return NONE;
      const m = q.choices.length;
      const apart = want === "all" ? new Uint8Array(m * m) : void 0;
      let left = want === "all" ? m * (m - 1) / 2 : 1;
      let some = false;
      const mark = (a, b) => {
        some = true;
        if (!apart) {
          left = 0;
          return;
        }
        if (apart[a * m + b] === 1) return;
        apart[a * m + b] = 1;
        apart[b * m + a] = 1;
        left--;
      };
      const open = () => {
        if (!apart) return q.choices.map((_, c) => c);
        const list = [];
        for (let a = 0; a < m; a++) {
          for (let b = 0; b < m; b++) {
            if (a !== b && apart[a * m + b] === 0) {
              list.push(a);
              break;
            }
          }
        }
        return list;
      };
      const compare = (prefix, ids2) => {
        const idOf = ids2(prefix, k);
        if (!apart) {
          const first2 = idOf(0);
          for (let c = 1; c < m; c++) {
            if (idOf(c) === first2) continue;
            mark(0, c);
            return;
          }
          return;
        }
        const choices = open();
        const found = choices.map(idOf);
        for (let a = 0; a < choices.length && left > 0; a++) {
          for (let b = a + 1; b < choices.length && left > 0; b++) {
            if (found[a] !== found[b]) mark(choices[a], choices[b]);
          }
        }
      };
      const inStep = (prefix, choices) => {
        let walks = choices.map((c) => {
          const fixed = new Int32Array(k + 1);
          fixed.set(prefix.subarray(0, k));
          fixed[k] = c;
          return { c, walker: new CaseWalker(plan, void 0, { fixed, labels: false, deadEnds: true }) };
        });
        const together = (a, b) => apart ? apart[a * m + b] === 0 : left > 0;
        while (walks.length > 1 && left > 0) {
          const ids2 = walks.map(({ walker }) => walker.advance() ? stepId(walker, k) : ENDED);
          for (let a = 0; a < walks.length; a++) {
            for (let b = a + 1; b < walks.length; b++) {
              const x = walks[a].c;
              const y = walks[b].c;
              if (ids2[a] !== ids2[b] && together(x, y)) mark(x, y);
            }
          }
          walks = walks.filter(
            (walk, i) => ids2[i] !== ENDED && walks.some((other) => other !== walk && together(walk.c, other.c))
          );
        }
      };
      const whole = (prefix) => {
        if (apart) {
          inStep(prefix, open());
          return;
        }
        for (let c = 1; c < m && left > 0; c += BATCH) {
          const batch = [0];
          for (let d = c; d < Math.min(m, c + BATCH); d++) batch.push(d);
          inStep(prefix, batch);
        }
      };
      const nodes = (limit, visit) => {
        const prefixes = new CaseWalker(plan, void 0, { upTo: k, labels: false });
        let count = 0;
        while (left > 0 && count < limit && prefixes.advance()) {
          if (!prefixes.asks(k)) continue;
          count++;
          visit(prefixes.branchedChoices());
        }
      };
      const first = known?.[k];
      for (const probe of [firstCases, lastCases]) {
        if (first) {
          for (const prefix of first) if (left > 0) compare(prefix, probe);
        } else nodes(PROBED_NODES, (prefix) => compare(prefix, probe));
      }
      if (left > 0) nodes(Number.POSITIVE_INFINITY, whole);
      if (!some) return NONE;
      return {
        some,
        eachPair(pair) {
          if (!apart) return;
          for (let a = 0; a < m; a++) for (let b = a + 1; b < m; b++) if (apart[a * m + b] === 1) pair(a, b);
        }
      };
    }
  };
}

// src/analyze/explore.ts
var MAX_COMPARED_OPTIONS = 1e3;
function exploreTheme(theme, options = {}) {
  const maxCases = maxCasesOf(options);
  const plan = planTheme(theme, options);
  const { count, truncated, byStatus, asked, deadEnds, deadEnd: deadEnd2, nodes } = censusOf(plan, maxCases);
  const matters = plan.questions.map(() => false);
  const differs = theme.questions.map(
    (q) => q.type === "single" && q.options.length <= MAX_COMPARED_OPTIONS ? q.options.map(() => q.options.map(() => false)) : void 0
  );
  if (!truncated) {
    const separation = separateChoices(plan, nodes);
    plan.questions.forEach((_, k) => {
      if (!asked[k]) return;
      const pairs = differs[k];
      const found = separation.question(k, pairs === void 0 ? "any" : "all");
      matters[k] = found.some;
      if (!pairs) return;
      found.eachPair((a, b) => {
        pairs[a][b] = true;
        pairs[b][a] = true;
      });
    });
  }
  return {
    count,
    truncated,
    maxCases,
    byStatus,
    asked,
    deadEnds,
    ...deadEnd2 ? { deadEnd: deadEnd2 } : {},
    matters,
    differs
  };
}

// src/analyze/analyze.ts
function analyzeTheme(theme, options = {}) {
  const found = [];
  runThemeChecks(theme, options, found);
  const entries = theme.catalog;
  for (const check of selected(options, "catalog")) {
    check.run(
      { entries, locations: theme.locations },
      reporter(check, theme.locations, themeFile(theme), found)
    );
  }
  return sortDiagnostics(found);
}
function analyzeLibrary(catalog, themes, options = {}) {
  const found = [];
  for (const theme of themes) runThemeChecks(theme, options, found);
  const fallback = fileStart(Object.values(catalog.locations)[0]?.file ?? "");
  const entries = {
    departments: catalog.departments,
    venues: catalog.venues,
    licences: catalog.licences,
    materials: catalog.materials,
    items: catalog.items,
    facts: catalog.facts
  };
  for (const check of selected(options, "catalog")) {
    check.run({ entries, locations: catalog.locations }, reporter(check, catalog.locations, fallback, found));
  }
  for (const check of selected(options, "library")) {
    check.run({ catalog, themes }, reporter(check, catalog.locations, fallback, found));
  }
  return sortDiagnostics(found);
}
function runThemeChecks(theme, options, into) {
  let cases;
  const context = {
    theme,
    options,
    enumeration() {
      cases ??= exploreTheme(theme, {
        ...options.maxCases === void 0 ? {} : { maxCases: options.maxCases },
        ...options.today === void 0 ? {} : { today: options.today },
        ...options.operators === void 0 ? {} : { operators: options.operators }
      });
      return cases;
    }
  };
  for (const check of selected(options, "theme")) {
    check.run(context, reporter(check, theme.locations, themeFile(theme), into));
  }
}
function selected(options, scope) {
  return ANALYSIS_CHECKS.filter(
    (check) => check.scope === scope && (options.only === void 0 || options.only.includes(check.code))
  );
}
function reporter(check, locations, fallback, into) {
  return (element, params) => into.push(diagnosticAt(check.severity, check.code, locate(locations, element, fallback), params));
}
function themeFile(theme) {
  return own(theme.locations, "theme") ?? fileStart("");
}

// src/analyze/diff.ts
function diffThemes(old, next, options = {}) {
  const max = maxCasesOf(options);
  const before = /* @__PURE__ */ new Map();
  const oldSide = walkCases2(old, options, max, (key, label, detail) => before.set(key, { label, detail }));
  const added = [];
  const changed = [];
  const compared = /* @__PURE__ */ new WeakMap();
  const matched = /* @__PURE__ */ new Set();
  let unchanged = 0;
  const nextSide = walkCases2(next, options, max, (key, label, detail) => {
    const previous = before.get(key);
    if (!previous) {
      added.push(caseOf(key, label, detail));
      return;
    }
    matched.add(key);
    let byNext = compared.get(previous.detail);
    if (!byNext) {
      byNext = /* @__PURE__ */ new WeakMap();
      compared.set(previous.detail, byNext);
    }
    let changes = byNext.get(detail);
    if (!changes) {
      changes = changesBetween(previous.detail, detail);
      byNext.set(detail, changes);
    }
    if (changes.length === 0) unchanged++;
    else changed.push({ key, label, changes });
  });
  const removed = [];
  for (const [key, seen] of before) if (!matched.has(key)) removed.push(caseOf(key, seen.label, seen.detail));
  return { old: oldSide, next: nextSide, added, removed, changed, unchanged, groups: groupsOf(changed) };
}
function walkCases2(theme, options, max, visit) {
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan);
  const summarizer = new Summarizer(plan, { detail: true });
  let cases = 0;
  let truncated = false;
  while (walker.advance()) {
    if (cases >= max) {
      truncated = true;
      break;
    }
    cases++;
    visit(walker.key, walker.label, summarizer.summarize(walker.verdicts).detail);
  }
  return { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash, cases, truncated };
}
function caseOf(key, label, detail) {
  return {
    key,
    label,
    status: detail.status,
    items: detail.items.map((i) => i.id),
    days: detail.days,
    fee: detail.fee,
    visits: detail.visits
  };
}
function changesBetween(a, b) {
  const changes = [];
  if (a.status !== b.status) changes.push({ kind: "status", from: a.status, to: b.status });
  const itemsA = new Set(a.items.map((i) => i.id));
  const itemsB = new Set(b.items.map((i) => i.id));
  for (const item of a.items)
    if (!itemsB.has(item.id)) changes.push({ kind: "item-removed", item: item.id, name: item.name });
  for (const item of b.items)
    if (!itemsA.has(item.id)) changes.push({ kind: "item-added", item: item.id, name: item.name });
  const materialsA = new Map(a.materials.map((m) => [m.id, m]));
  const materialsB = new Map(b.materials.map((m) => [m.id, m]));
  for (const m of a.materials)
    if (!materialsB.has(m.id)) changes.push({ kind: "material-removed", material: m.id, name: m.name });
  for (const m of b.materials) {
    const was = materialsA.get(m.id);
    if (!was) {
      changes.push({
        kind: "material-added",
        material: m.id,
        name: m.name,
        form: m.form,
        copies: m.copies,
        status: m.status
      });
      continue;
    }
    if (was.form === m.form && was.copies === m.copies && was.status === m.status) continue;
    changes.push({
      kind: "material-changed",
      material: m.id,
      name: m.name,
      ...was.form === m.form ? {} : { form: { from: was.form, to: m.form } },
      ...was.copies === m.copies ? {} : { copies: { from: was.copies, to: m.copies } },
      ...was.status === m.status ? {} : { status: { from: was.status, to: m.status } }
    });
  }
  for (const kind of ["days", "fee", "visits"]) {
    if (a[kind] !== b[kind]) changes.push({ kind, from: a[kind], to: b[kind] });
  }
  const noticesA = new Set(a.notices.map((n) => n.id));
  const noticesB = new Set(b.notices.map((n) => n.id));
  for (const n of a.notices) if (!noticesB.has(n.id)) changes.push({ kind: "notice-removed", notice: n.id });
  for (const n of b.notices) if (!noticesA.has(n.id)) changes.push({ kind: "notice-added", notice: n.id });
  return changes;
}
function groupsOf(changed) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of changed) {
    const text = JSON.stringify(c.changes);
    let group = groups.get(text);
    if (!group) {
      group = { changes: c.changes, cases: [] };
      groups.set(text, group);
    }
    group.cases.push(c.key);
  }
  return [...groups.values()];
}

// src/analyze/diff-text.ts
var STATUS = {
  zh: { ready: "\u53EF\u4EE5\u529E\u7406", "not-needed": "\u65E0\u9700\u529E\u7406", blocked: "\u4E0D\u4E88\u529E\u7406" },
  en: { ready: "ready", "not-needed": "not needed", blocked: "blocked" }
};
var MATERIAL_STATUS = {
  zh: { submit: "\u9700\u63D0\u4EA4", "passed-on": "\u6D41\u7A0B\u5185\u4F20\u9012", waived: "\u514D\u63D0\u4EA4" },
  en: { submit: "to submit", "passed-on": "passed on", waived: "waived" }
};
var TEXT = {
  zh: {
    title: (d) => `\u653F\u7B56\u5DEE\u5F02\uFF1A${d.next.title}\uFF08${d.old.version} \u2192 ${d.next.version}\uFF09`,
    counts: (d) => `\u60C5\u5F62\uFF1A\u65E7\u7248 ${d.old.cases} \u4E2A\uFF0C\u65B0\u7248 ${d.next.cases} \u4E2A\uFF1B\u65B0\u589E ${d.added.length}\uFF0C\u5220\u9664 ${d.removed.length}\uFF0C\u53D8\u5316 ${d.changed.length}\uFF0C\u4E0D\u53D8 ${d.unchanged}`,
    truncated: (side, n) => `\u6CE8\u610F\uFF1A${side}\u7684\u60C5\u5F62\u8D85\u8FC7\u4E0A\u9650\uFF0C\u53EA\u6BD4\u8F83\u4E86\u524D ${n} \u4E2A`,
    old: "\u65E7\u7248",
    next: "\u65B0\u7248",
    none: "\u6CA1\u6709\u4EFB\u4F55\u60C5\u5F62\u7684\u7ED3\u679C\u53D1\u751F\u53D8\u5316\u3002",
    changed: "\u7ED3\u679C\u53D8\u5316\u7684\u60C5\u5F62\uFF08\u76F8\u540C\u7684\u53D8\u5316\u5408\u4E3A\u4E00\u7EC4\uFF09\uFF1A",
    group: (n) => `${n} \u4E2A\u60C5\u5F62\uFF1A`,
    example: "\u4F8B\uFF1A",
    more: (n) => `\uFF08\u53E6\u6709 ${n} \u4E2A\uFF09`,
    added: "\u65B0\u589E\u7684\u60C5\u5F62\uFF1A",
    removed: "\u5220\u9664\u7684\u60C5\u5F62\uFF1A",
    empty: "\uFF08\u672A\u56DE\u7B54\u4EFB\u4F55\u95EE\u9898\uFF09",
    brief: (c, status) => `${status}\uFF1B\u4E8B\u9879 ${c.items.length} \u9879\uFF0C${c.days} \u4E2A\u5DE5\u4F5C\u65E5\uFF0C${c.fee} \u5143\uFF0C\u5230\u573A ${c.visits} \u6B21`
  },
  en: {
    title: (d) => `Policy diff: ${d.next.title} (${d.old.version} \u2192 ${d.next.version})`,
    counts: (d) => `Cases: ${d.old.cases} before, ${d.next.cases} after; ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed, ${d.unchanged} unchanged`,
    truncated: (side, n) => `Note: the ${side} theme has more cases than the limit; only the first ${n} were compared`,
    old: "old",
    next: "new",
    none: "No case changes its outcome.",
    changed: "Cases whose outcome changes (identical changes grouped):",
    group: (n) => `${n} case${n === 1 ? "" : "s"}:`,
    example: "e.g. ",
    more: (n) => `(and ${n} more)`,
    added: "Cases added:",
    removed: "Cases removed:",
    empty: "(no question answered)",
    brief: (c, status) => `${status}; ${c.items.length} item(s), ${c.days} working days, ${c.fee} yuan, ${c.visits} visit(s)`
  }
};
function formatDiff(diff, lang = "zh", options = {}) {
  const t = TEXT[lang];
  const examples = options.examples ?? 5;
  const labels = new Map(diff.changed.map((c) => [c.key, c.label]));
  const lines = [t.title(diff), t.counts(diff)];
  if (diff.old.truncated) lines.push(t.truncated(t.old, diff.old.cases));
  if (diff.next.truncated) lines.push(t.truncated(t.next, diff.next.cases));
  if (diff.changed.length === 0 && diff.added.length === 0 && diff.removed.length === 0) {
    lines.push("", t.none);
    return `${lines.join("\n")}
`;
  }
  if (diff.groups.length > 0) {
    lines.push("", t.changed);
    diff.groups.forEach((group, g) => {
      lines.push(`  [${g + 1}] ${t.group(group.cases.length)}`);
      for (const change of group.changes) lines.push(`      ${changeText(change, lang)}`);
      const shown = group.cases.slice(0, examples);
      for (const key of shown) lines.push(`      ${t.example}${labels.get(key) || key || t.empty}`);
      if (group.cases.length > shown.length) lines.push(`      ${t.more(group.cases.length - shown.length)}`);
    });
  }
  for (const [title, list, sign] of [
    [t.added, diff.added, "+"],
    [t.removed, diff.removed, "-"]
  ]) {
    if (list.length === 0) continue;
    lines.push("", title);
    for (const c of list.slice(0, examples))
      lines.push(`  ${sign} ${c.label || c.key || t.empty} \u2014 ${t.brief(c, STATUS[lang][c.status])}`);
    if (list.length > examples) lines.push(`  ${t.more(list.length - examples)}`);
  }
  return `${lines.join("\n")}
`;
}
function changeText(change, lang = "zh") {
  const zh = lang === "zh";
  const status = MATERIAL_STATUS[lang];
  switch (change.kind) {
    case "status":
      return zh ? `\u72B6\u6001\uFF1A${STATUS.zh[change.from]} \u2192 ${STATUS.zh[change.to]}` : `status: ${STATUS.en[change.from]} \u2192 ${STATUS.en[change.to]}`;
    case "item-added":
      return zh ? `+ \u4E8B\u9879 ${change.name}\uFF08${change.item}\uFF09` : `+ item ${change.name} (${change.item})`;
    case "item-removed":
      return zh ? `- \u4E8B\u9879 ${change.name}\uFF08${change.item}\uFF09` : `- item ${change.name} (${change.item})`;
    case "material-added":
      return zh ? `+ \u6750\u6599 ${change.name}\uFF08${change.material}\uFF1B${change.form}\uFF0C${change.copies} \u4EFD\uFF0C${status[change.status]}\uFF09` : `+ material ${change.name} (${change.material}; ${change.form}, ${change.copies} cop${change.copies === 1 ? "y" : "ies"}, ${status[change.status]})`;
    case "material-removed":
      return zh ? `- \u6750\u6599 ${change.name}\uFF08${change.material}\uFF09` : `- material ${change.name} (${change.material})`;
    case "material-changed": {
      const parts = [];
      if (change.form) parts.push(`${zh ? "\u5F62\u5F0F" : "form"} ${change.form.from} \u2192 ${change.form.to}`);
      if (change.copies) parts.push(`${zh ? "\u4EFD\u6570" : "copies"} ${change.copies.from} \u2192 ${change.copies.to}`);
      if (change.status)
        parts.push(`${zh ? "" : "status "}${status[change.status.from]} \u2192 ${status[change.status.to]}`);
      return zh ? `~ \u6750\u6599 ${change.name}\uFF08${change.material}\uFF09\uFF1A${parts.join("\uFF0C")}` : `~ material ${change.name} (${change.material}): ${parts.join(", ")}`;
    }
    case "days":
      return zh ? `\u65F6\u9650\uFF1A${change.from} \u2192 ${change.to} \u4E2A\u5DE5\u4F5C\u65E5` : `days: ${change.from} \u2192 ${change.to} working days`;
    case "fee":
      return zh ? `\u8D39\u7528\uFF1A${change.from} \u2192 ${change.to} \u5143` : `fee: ${change.from} \u2192 ${change.to} yuan`;
    case "visits":
      return zh ? `\u5230\u573A\uFF1A${change.from} \u2192 ${change.to} \u6B21` : `visits: ${change.from} \u2192 ${change.to}`;
    case "notice-added":
      return zh ? `+ \u63D0\u793A ${change.notice}` : `+ notice ${change.notice}`;
    case "notice-removed":
      return zh ? `- \u63D0\u793A ${change.notice}` : `- notice ${change.notice}`;
  }
}

export { ANALYSIS_CHECKS, DEFAULT_MAX_CASES, analyzeLibrary, analyzeTheme, changeText, diffThemes, enumerateCases, exploreTheme, formatDiff };
//# sourceMappingURL=analyze.js.map
//# sourceMappingURL=analyze.js.map