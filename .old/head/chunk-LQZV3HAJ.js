import { own, start, next, answer, questionType, sameValue, outcome, caseOf } from './chunk-IA5CX3MZ.js';

// src/messages/en.ts
var TYPE = {
  single: "a single-choice question",
  multiple: "a multiple-choice question",
  "yes-no": "a yes/no question",
  number: "a number",
  date: "a date",
  list: "a list",
  object: "an object"
};
var type = (t) => TYPE[String(t)] ?? String(t);
var CONDITION = {
  "not-mapping": () => "a condition is a mapping",
  "combinator-alone": () => "all, any, not and condition must each stand alone in their mapping",
  "full-missing": (p) => `the full form needs fact, operator and value (missing ${p.missing})`,
  "full-extra": (p) => `the full form cannot have ${p.extra}`,
  "fact-reference": () => "to compare with another fact write { equal: { fact: name } }"
};
var EXCLUSIVE = {
  single: "the options of a single-choice question exclude each other already: drop exclusive",
  two: 'a multiple-choice question has at most one exclusive option ("none of these")',
  all: "not every option can be exclusive"
};
var en = {
  "unreadable-file": (p) => `cannot read the file: ${p.reason}`,
  "input-too-large": (p) => `file too large (${p.size} ${p.unit === "chars" ? "characters" : "bytes"}); the limit is ${p.limit}`,
  "invalid-encoding": () => "file is not valid UTF-8 text",
  "yaml-syntax": (p) => `YAML syntax error: ${p.detail}`,
  "yaml-duplicate-key": (p) => `duplicate key "${p.key}"`,
  "yaml-alias-limit": (p) => p.nodes === void 0 ? `aliases (*) expand more than ${p.limit} times: an alias bomb?` : `aliases (*) add ${p.nodes} nodes, more than the limit of ${p.limit}: an alias bomb?`,
  "yaml-too-deep": (p) => `nesting is too deep (limit ${p.limit} levels)`,
  "not-a-mapping": (p) => `the top level should be a mapping (key: value), found ${p.actual}`,
  "forbidden-key": (p) => `the key "${p.key}" is not allowed`,
  "unknown-key": (p) => `unknown key "${p.key}"`,
  "missing-key": (p) => `missing required key "${p.key}"`,
  "wrong-type": (p) => `wrong type: expected ${p.expected}, found ${p.actual}`,
  "invalid-value": (p) => `invalid value "${p.value}"${p.allowed ? `; allowed: ${p.allowed}` : ""}${p.rule ? `: ${p.rule}` : ""}`,
  "invalid-id": (p) => `invalid id "${p.value}": use lower-case letters, digits and hyphens, starting with a letter (first-apply)`,
  "misplaced-key": (p) => `the key "${p.key}" does not apply to ${type(p.type)}`,
  "duplicate-id": (p) => `${p.kind} "${p.id}" is defined twice${p.other ? ` (see ${p.other})` : ""}`,
  "reserved-id": (p) => `"${p.id}" is reserved and cannot be a ${p.kind} id`,
  "unknown-department": (p) => `unknown department "${p.id}"`,
  "unknown-venue": (p) => `unknown venue "${p.id}"`,
  "unknown-licence": (p) => `unknown electronic licence "${p.id}"`,
  "unknown-material": (p) => `unknown material "${p.id}"`,
  "unknown-item": (p) => `unknown item "${p.id}"`,
  "unknown-question": (p) => `unknown question "${p.id}"`,
  "unknown-fact": (p) => `unknown fact "${p.id}": neither a question of this theme nor a profile fact of the catalog`,
  "unknown-option": (p) => `question "${p.question}" has no option "${p.value}"`,
  "unknown-operator": (p) => `unknown operator "${p.operator}"`,
  "unknown-condition": (p) => `unknown named condition "${p.id}"`,
  "unknown-derivation": (p) => `unknown derivation "${p.fn}"`,
  "condition-cycle": (p) => `named conditions refer to each other in a cycle: ${p.cycle}`,
  "invalid-condition": (p) => `malformed condition: ${CONDITION[String(p.reason)]?.(p) ?? ""}`,
  "trigger-reads-question": (p) => `a trigger reads only profile facts, not the question "${p.id}"`,
  "forward-reference": (p) => `the condition of question "${p.question}" reads "${p.id}", which is asked later`,
  "self-reference": (p) => `the condition of question "${p.question}" reads its own answer`,
  "value-type-mismatch": (p) => p.fn === void 0 ? `"${p.id}" is ${type(p.factType)}; it cannot be compared with ${p.value} by ${p.operator}` : `derivation ${p.fn} computes a ${p.gives} from a ${p.needs}, but its source "${p.from}" is ${type(p.fromType)} and "${p.id}" is declared ${type(p.factType)}`,
  "unsupported-path": (p) => `unsupported path "${p.path}": only $.name, $['name'] and [index] are supported`,
  "variant-default": (p) => p.position === "last" ? `the last entry of ${p.field} must not have "when" (it is the default)` : `every entry of ${p.field} but the last needs "when"`,
  "item-cycle": (p) => `items must come before each other in a cycle: ${p.cycle}`,
  "exclusive-option": (p) => `question "${p.question}": ${EXCLUSIVE[String(p.reason)] ?? ""}`,
  "prefill-mismatch": (p) => `question "${p.question}" cannot be prefilled from "${p.fact}": ${p.reason === "type" ? `the question is ${type(p.questionType)}, the fact ${type(p.factType)}` : `the question lacks the fact's options ${p.missing}`}`,
  "empty-range": (p) => `question "${p.question}" has an empty range (min ${p.min} is above max ${p.max})`,
  "never-asked": (p) => `question "${p.question}" is never asked in any case`,
  "dead-end": (p) => `case "${p.case}" ends with no item and no notice: the applicant gets nothing`,
  "no-effect-question": (p) => `the answer to "${p.question}" changes no outcome: ask less`,
  "no-effect-option": (p) => `option "${p.option}" of "${p.question}" gives the same outcomes as another option: merge them`,
  "unused-catalog-entry": (p) => `${p.kind} "${p.id}" is not used by any theme`,
  "vague-material": (p) => `material name "${p.name}" contains the vague word "${p.word}": list every material`,
  "item-incomplete": (p) => `item "${p.id}" has no ${p.missing}`,
  "duplicate-label": (p) => `options "${p.first}" and "${p.second}" of question "${p.question}" have the same label "${p.label}"`,
  "case-limit": (p) => `more than ${p.limit} cases: enumeration stopped; split the theme or raise --max-cases`,
  "scenario-failed": (p) => `scenario "${p.scenario}" failed: ${p.detail}`,
  "scenario-invalid-answer": (p) => `scenario "${p.scenario}": invalid answer to "${p.question}": ${p.detail}`
};

// src/messages/zh.ts
var TYPE2 = {
  single: "\u5355\u9009\u9898",
  multiple: "\u591A\u9009\u9898",
  "yes-no": "\u662F/\u5426\u9898",
  number: "\u6570\u5B57",
  date: "\u65E5\u671F",
  list: "\u5217\u8868",
  object: "\u5BF9\u8C61"
};
var type2 = (t) => TYPE2[String(t)] ?? String(t);
var CONDITION2 = {
  "not-mapping": () => "\u6761\u4EF6\u5E94\u4E3A\u6620\u5C04",
  "combinator-alone": () => "all\u3001any\u3001not\u3001condition \u987B\u5355\u72EC\u6210\u4E3A\u4E00\u4E2A\u6620\u5C04",
  "full-missing": (p) => `\u5B8C\u6574\u5199\u6CD5\u987B\u540C\u65F6\u7ED9\u51FA fact\u3001operator \u548C value\uFF08\u7F3A\u5C11 ${p.missing}\uFF09`,
  "full-extra": (p) => `\u5B8C\u6574\u5199\u6CD5\u4E2D\u4E0D\u80FD\u51FA\u73B0 ${p.extra}`,
  "fact-reference": () => "\u4E0E\u53E6\u4E00\u4E8B\u5B9E\u6BD4\u8F83\u8BF7\u5199\u6210 { equal: { fact: \u540D\u79F0 } }"
};
var EXCLUSIVE2 = {
  single: "\u5355\u9009\u9898\u7684\u9009\u9879\u672C\u6765\u5C31\u4E92\u65A5\uFF0C\u4E0D\u9700\u8981 exclusive",
  two: "\u591A\u9009\u9898\u81F3\u591A\u6709\u4E00\u4E2A exclusive \u9009\u9879\uFF08\u5982\u201C\u4EE5\u4E0A\u90FD\u6CA1\u6709\u201D\uFF09",
  all: "\u4E0D\u80FD\u6240\u6709\u9009\u9879\u90FD\u662F exclusive"
};
var zh = {
  "unreadable-file": (p) => `\u65E0\u6CD5\u8BFB\u53D6\u6587\u4EF6\uFF1A${p.reason}`,
  "input-too-large": (p) => `\u6587\u4EF6\u8FC7\u5927\uFF08${p.size} ${p.unit === "chars" ? "\u5B57\u7B26" : "\u5B57\u8282"}\uFF09\uFF0C\u4E0A\u9650\u4E3A ${p.limit}`,
  "invalid-encoding": () => "\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 UTF-8 \u6587\u672C",
  "yaml-syntax": (p) => `YAML \u8BED\u6CD5\u9519\u8BEF\uFF1A${p.detail}`,
  "yaml-duplicate-key": (p) => `\u91CD\u590D\u7684\u952E\u201C${p.key}\u201D`,
  "yaml-alias-limit": (p) => p.nodes === void 0 ? `\u522B\u540D\uFF08*\uFF09\u5C55\u5F00\u6B21\u6570\u8D85\u8FC7\u4E0A\u9650 ${p.limit}\uFF0C\u7591\u4F3C\u201C\u522B\u540D\u70B8\u5F39\u201D` : `\u522B\u540D\uFF08*\uFF09\u5C55\u5F00\u540E\u591A\u51FA ${p.nodes} \u4E2A\u8282\u70B9\uFF0C\u8D85\u8FC7\u4E0A\u9650 ${p.limit}\uFF0C\u7591\u4F3C\u201C\u522B\u540D\u70B8\u5F39\u201D`,
  "yaml-too-deep": (p) => `\u5D4C\u5957\u5C42\u7EA7\u8FC7\u6DF1\uFF08\u4E0A\u9650 ${p.limit} \u5C42\uFF09`,
  "not-a-mapping": (p) => `\u6587\u4EF6\u9876\u5C42\u5E94\u4E3A\u6620\u5C04\uFF08\u952E: \u503C\uFF09\uFF0C\u5B9E\u9645\u662F${p.actual}`,
  "forbidden-key": (p) => `\u4E0D\u5141\u8BB8\u4F7F\u7528\u952E\u201C${p.key}\u201D`,
  "unknown-key": (p) => `\u672A\u77E5\u7684\u952E\u201C${p.key}\u201D`,
  "missing-key": (p) => `\u7F3A\u5C11\u5FC5\u586B\u7684\u952E\u201C${p.key}\u201D`,
  "wrong-type": (p) => `\u7C7B\u578B\u9519\u8BEF\uFF1A\u5E94\u4E3A${p.expected}\uFF0C\u5B9E\u9645\u662F${p.actual}`,
  "invalid-value": (p) => `\u53D6\u503C\u201C${p.value}\u201D\u65E0\u6548${p.allowed ? `\uFF0C\u53EF\u9009\u503C\uFF1A${p.allowed}` : ""}${p.rule ? `\uFF1A${p.rule}` : ""}`,
  "invalid-id": (p) => `\u6807\u8BC6\u201C${p.value}\u201D\u65E0\u6548\uFF1A\u5E94\u4E3A\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF08\u5982 first-apply\uFF09`,
  "misplaced-key": (p) => `\u952E\u201C${p.key}\u201D\u4E0D\u9002\u7528\u4E8E${type2(p.type)}`,
  "duplicate-id": (p) => `${p.kind}\u201C${p.id}\u201D\u91CD\u590D\u5B9A\u4E49${p.other ? `\uFF08\u53E6\u89C1 ${p.other}\uFF09` : ""}`,
  "reserved-id": (p) => `\u201C${p.id}\u201D\u662F\u4FDD\u7559\u5B57\uFF0C\u4E0D\u80FD\u7528\u4F5C${p.kind}\u6807\u8BC6`,
  "unknown-department": (p) => `\u672A\u77E5\u7684\u90E8\u95E8\u201C${p.id}\u201D`,
  "unknown-venue": (p) => `\u672A\u77E5\u7684\u529E\u7406\u5730\u70B9\u201C${p.id}\u201D`,
  "unknown-licence": (p) => `\u672A\u77E5\u7684\u7535\u5B50\u8BC1\u7167\u7C7B\u578B\u201C${p.id}\u201D`,
  "unknown-material": (p) => `\u672A\u77E5\u7684\u6750\u6599\u201C${p.id}\u201D`,
  "unknown-item": (p) => `\u672A\u77E5\u7684\u4E8B\u9879\u201C${p.id}\u201D`,
  "unknown-question": (p) => `\u672A\u77E5\u7684\u95EE\u9898\u201C${p.id}\u201D`,
  "unknown-fact": (p) => `\u672A\u77E5\u7684\u4E8B\u5B9E\u201C${p.id}\u201D\uFF1A\u65E2\u4E0D\u662F\u672C\u4E3B\u9898\u7684\u95EE\u9898\uFF0C\u4E5F\u4E0D\u662F\u76EE\u5F55\u4E2D\u58F0\u660E\u7684\u6863\u6848\u4E8B\u5B9E`,
  "unknown-option": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u6CA1\u6709\u9009\u9879\u201C${p.value}\u201D`,
  "unknown-operator": (p) => `\u672A\u77E5\u7684\u8FD0\u7B97\u7B26\u201C${p.operator}\u201D`,
  "unknown-condition": (p) => `\u672A\u77E5\u7684\u5177\u540D\u6761\u4EF6\u201C${p.id}\u201D`,
  "unknown-derivation": (p) => `\u672A\u77E5\u7684\u6D3E\u751F\u51FD\u6570\u201C${p.fn}\u201D`,
  "condition-cycle": (p) => `\u5177\u540D\u6761\u4EF6\u5FAA\u73AF\u5F15\u7528\uFF1A${p.cycle}`,
  "invalid-condition": (p) => `\u6761\u4EF6\u5199\u6CD5\u6709\u8BEF\uFF1A${CONDITION2[String(p.reason)]?.(p) ?? ""}`,
  "trigger-reads-question": (p) => `\u4E3B\u52A8\u63D0\u9192\u6761\u4EF6\u53EA\u80FD\u8BFB\u53D6\u6863\u6848\u4E8B\u5B9E\uFF0C\u4E0D\u80FD\u8BFB\u53D6\u95EE\u9898\u201C${p.id}\u201D`,
  "forward-reference": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u7684\u6761\u4EF6\u8BFB\u53D6\u4E86\u5728\u5B83\u4E4B\u540E\u624D\u63D0\u95EE\u7684\u201C${p.id}\u201D`,
  "self-reference": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u7684\u6761\u4EF6\u8BFB\u53D6\u4E86\u5B83\u81EA\u5DF1\u7684\u7B54\u6848`,
  "value-type-mismatch": (p) => p.fn === void 0 ? `\u201C${p.id}\u201D\u662F${type2(p.factType)}\uFF0C\u4E0D\u80FD\u7528 ${p.operator} \u4E0E ${p.value} \u6BD4\u8F83` : `\u6D3E\u751F\u51FD\u6570 ${p.fn} \u7531 ${p.needs} \u7B97\u51FA ${p.gives}\uFF0C\u4F46\u6765\u6E90\u201C${p.from}\u201D\u662F${type2(p.fromType)}\uFF0C\u201C${p.id}\u201D\u58F0\u660E\u4E3A${type2(p.factType)}`,
  "unsupported-path": (p) => `\u4E0D\u652F\u6301\u7684\u8DEF\u5F84\u201C${p.path}\u201D\uFF1A\u53EA\u652F\u6301 $.name\u3001$['name'] \u548C [\u5E8F\u53F7]`,
  "variant-default": (p) => p.position === "last" ? `${p.field} \u7684\u6700\u540E\u4E00\u9879\u4E0D\u5E94\u5E26 when\uFF08\u5B83\u662F\u9ED8\u8BA4\u503C\uFF09` : `${p.field} \u4E2D\u9664\u6700\u540E\u4E00\u9879\u5916\u90FD\u5E94\u5E26 when`,
  "item-cycle": (p) => `\u4E8B\u9879\u5148\u540E\u987A\u5E8F\u5FAA\u73AF\uFF1A${p.cycle}`,
  "exclusive-option": (p) => `\u95EE\u9898\u201C${p.question}\u201D\uFF1A${EXCLUSIVE2[String(p.reason)] ?? ""}`,
  "prefill-mismatch": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u4E0D\u80FD\u7531\u201C${p.fact}\u201D\u9884\u586B\uFF1A${p.reason === "type" ? `\u7C7B\u578B\u4E0D\u540C\uFF08\u95EE\u9898\u662F${type2(p.questionType)}\uFF0C\u4E8B\u5B9E\u662F${type2(p.factType)}\uFF09` : `\u95EE\u9898\u7F3A\u5C11\u4E8B\u5B9E\u7684\u9009\u9879 ${p.missing}`}`,
  "empty-range": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u7684\u53D6\u503C\u8303\u56F4\u4E3A\u7A7A\uFF08min ${p.min} \u5927\u4E8E max ${p.max}\uFF09`,
  "never-asked": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u5728\u4EFB\u4F55\u60C5\u5F62\u4E0B\u90FD\u4E0D\u4F1A\u88AB\u63D0\u95EE`,
  "dead-end": (p) => `\u60C5\u5F62\u201C${p.case}\u201D\u65E2\u6CA1\u6709\u4E8B\u9879\u4E5F\u6CA1\u6709\u63D0\u793A\uFF0C\u529E\u4E8B\u4EBA\u4F1A\u4E00\u65E0\u6240\u83B7`,
  "no-effect-question": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u7684\u56DE\u7B54\u4E0D\u5F71\u54CD\u4EFB\u4F55\u7ED3\u679C\uFF0C\u53EF\u4EE5\u4E0D\u95EE`,
  "no-effect-option": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u7684\u9009\u9879\u201C${p.option}\u201D\u4E0E\u5176\u4ED6\u9009\u9879\u7ED3\u679C\u76F8\u540C\uFF0C\u53EF\u4EE5\u5408\u5E76`,
  "unused-catalog-entry": (p) => `${p.kind}\u201C${p.id}\u201D\u6CA1\u6709\u88AB\u4EFB\u4F55\u4E3B\u9898\u4F7F\u7528`,
  "vague-material": (p) => `\u6750\u6599\u540D\u79F0\u201C${p.name}\u201D\u542B\u6709\u6A21\u7CCA\u8868\u8FF0\u201C${p.word}\u201D\uFF1A\u529E\u4E8B\u6307\u5357\u987B\u9010\u9879\u5217\u660E\u6750\u6599`,
  "item-incomplete": (p) => `\u4E8B\u9879\u201C${p.id}\u201D\u7F3A\u5C11${p.missing}`,
  "duplicate-label": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u7684\u9009\u9879\u201C${p.first}\u201D\u548C\u201C${p.second}\u201D\u6587\u5B57\u76F8\u540C\uFF1A\u201C${p.label}\u201D`,
  "case-limit": (p) => `\u60C5\u5F62\u6570\u91CF\u8D85\u8FC7\u4E0A\u9650 ${p.limit}\uFF0C\u5DF2\u505C\u6B62\u679A\u4E3E\uFF1B\u8BF7\u62C6\u5206\u4E3B\u9898\u6216\u63D0\u9AD8 --max-cases`,
  "scenario-failed": (p) => `\u573A\u666F\u201C${p.scenario}\u201D\u672A\u901A\u8FC7\uFF1A${p.detail}`,
  "scenario-invalid-answer": (p) => `\u573A\u666F\u201C${p.scenario}\u201D\u4E2D\u95EE\u9898\u201C${p.question}\u201D\u7684\u56DE\u7B54\u65E0\u6548\uFF1A${p.detail}`
};

// src/messages/index.ts
var catalogs = { zh, en };
var hints = {
  zh: {
    "did-you-mean": (p) => `\u662F\u5426\u60F3\u5199\u201C${p.suggestion}\u201D\uFF1F`,
    "quote-it": (p) => `\u8BF7\u7ED9\u503C\u52A0\u5F15\u53F7\uFF0C\u4F8B\u5982 "${p.value}"`,
    "reorder-questions": (p) => `\u628A\u201C${p.id}\u201D\u79FB\u5230\u201C${p.question}\u201D\u4E4B\u524D\uFF0C\u6216\u5220\u53BB\u8FD9\u4E2A\u6761\u4EF6`
  },
  en: {
    "did-you-mean": (p) => `did you mean "${p.suggestion}"?`,
    "quote-it": (p) => `quote the value, e.g. "${p.value}"`,
    "reorder-questions": (p) => `move "${p.id}" before "${p.question}", or drop the condition`
  }
};
function messageOf(code, params, lang = "zh") {
  return catalogs[lang][code](params);
}
function hintOf(params, lang = "zh") {
  const key = params.hint;
  if (typeof key !== "string" || !(key in hints.zh)) return void 0;
  return hints[lang][key](params);
}

// src/load/report.ts
var Reporter = class {
  constructor(file, locate2, diagnostics = []) {
    this.file = file;
    this.locate = locate2;
    this.diagnostics = diagnostics;
  }
  file;
  locate;
  diagnostics;
  /** Records an error at a JSON Pointer of this file. */
  error(code, pointer, params, options = {}) {
    this.add("error", code, pointer, params, options);
  }
  /** Records a warning at a JSON Pointer of this file. */
  warn(code, pointer, params, options = {}) {
    this.add("warning", code, pointer, params, options);
  }
  /** Records an error at a known position (syntax errors have no pointer). */
  errorAt(code, pointer, at, params) {
    this.push("error", code, pointer, at, params);
  }
  /** Whether an error (not a warning) was recorded. */
  hasErrors() {
    return this.diagnostics.some((d) => d.severity === "error" && d.file === this.file);
  }
  add(severity, code, pointer, params, options) {
    this.push(severity, code, pointer, this.locate(pointer, options.key), params);
  }
  push(severity, code, pointer, at, params) {
    const hint = hintOf(params);
    const diagnostic = {
      severity,
      code,
      message: messageOf(code, params),
      file: this.file,
      line: at.line,
      column: at.column,
      pointer,
      params,
      ...hint === void 0 ? {} : { hint }
    };
    this.diagnostics.push(diagnostic);
  }
};
function sortDiagnostics(diagnostics) {
  return [...diagnostics].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code)
  );
}

// src/analyze/report.ts
function fileStart(file) {
  return { file, line: 1, column: 1, pointer: "" };
}
function diagnosticAt(severity, code, at, params) {
  const hint = hintOf(params);
  return {
    severity,
    code,
    message: messageOf(code, params),
    file: at.file,
    line: at.line,
    column: at.column,
    pointer: at.pointer,
    params,
    ...hint === void 0 ? {} : { hint }
  };
}
function locate(locations, element, fallback) {
  return own(locations, element) ?? fallback;
}

// src/analyze/scenario-run.ts
function runScenarios(file, theme, options = {}) {
  return file.scenarios.map((scenario) => runScenario(file, scenario, theme, options));
}
function runScenario(file, scenario, theme, options) {
  const diagnostics = [];
  const at = (element) => own(scenario.locations, element) ?? own(scenario.locations, element.split("/")[0] ?? element) ?? own(scenario.locations, "scenario") ?? fileStart(file.file);
  const report = (code, element, params) => diagnostics.push(diagnosticAt("error", code, at(element), { scenario: scenario.name, ...params }));
  const failed = (element, zh2, en2) => report("scenario-failed", element, { detail: `${zh2} / ${en2}` });
  const invalid = (element, question, zh2, en2) => report("scenario-invalid-answer", element, { question, detail: `${zh2} / ${en2}` });
  const done = (extra = {}) => ({
    name: scenario.name,
    ok: diagnostics.length === 0,
    diagnostics,
    ...extra
  });
  let profile;
  if (scenario.profile !== void 0) {
    if ("path" in scenario.profile) {
      profile = own(options.profiles ?? {}, scenario.profile.path);
      if (!profile) {
        failed(
          "profile",
          `\u6863\u6848\u6587\u4EF6\u201C${scenario.profile.path}\u201D\u672A\u80FD\u8BFB\u53D6`,
          `profile "${scenario.profile.path}" was not loaded`
        );
        return done();
      }
    } else profile = scenario.profile;
  }
  let session;
  try {
    session = start(theme, {
      ...profile === void 0 ? {} : { profile },
      ...scenario.today === void 0 ? {} : { today: scenario.today },
      ...options.operators === void 0 ? {} : { operators: options.operators }
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    failed("today", `\u65E0\u6CD5\u5F00\u59CB\u95EE\u5377\uFF1A${reason}`, `cannot start: ${reason}`);
    return done();
  }
  const used = /* @__PURE__ */ new Set();
  for (; ; ) {
    const step = next(session);
    if (step.done) break;
    const id = step.question.id;
    if (!Object.hasOwn(scenario.answers, id)) {
      invalid(
        Object.hasOwn(scenario.locations, "answers") ? "answers" : "scenario",
        id,
        `\u95EE\u5230\u4E86\u201C${step.question.ask}\u201D\uFF0C\u4F46\u6CA1\u6709\u7ED9\u51FA\u56DE\u7B54`,
        `"${id}" is asked but not answered`
      );
      return done();
    }
    const result2 = answer(session, id, scenario.answers[id]);
    if (!result2.ok) {
      report("scenario-invalid-answer", `answer:${id}`, { question: id, detail: result2.error.message });
      return done();
    }
    used.add(id);
    session = result2.session;
  }
  for (const id of Object.keys(scenario.answers)) {
    if (used.has(id)) continue;
    const question = theme.questions.find((q) => q.id === id);
    if (!question) {
      invalid(`answer:${id}`, id, `\u4E3B\u9898\u4E2D\u6CA1\u6709\u95EE\u9898\u201C${id}\u201D`, `the theme has no question "${id}"`);
      continue;
    }
    const prefilled = own(session.answers, id);
    if (prefilled?.prefilled) {
      const accepted = questionType(question).accept(question, scenario.answers[id], session.today);
      if (accepted.ok && sameValue(accepted.value, prefilled.value)) continue;
      invalid(
        `answer:${id}`,
        id,
        `\u5DF2\u7531\u6863\u6848\u9884\u586B\u4E3A ${JSON.stringify(prefilled.value)}\uFF0C\u4E0D\u4F1A\u518D\u95EE`,
        `prefilled from the profile as ${JSON.stringify(prefilled.value)}; not asked`
      );
      continue;
    }
    invalid(`answer:${id}`, id, "\u6309\u8FD9\u7EC4\u56DE\u7B54\uFF0C\u8FD9\u4E2A\u95EE\u9898\u4E0D\u4F1A\u88AB\u63D0\u95EE", "not asked with these answers");
  }
  if (diagnostics.length > 0) return done();
  const result = outcome(session);
  const kase = caseOf(session);
  checkExpectations(scenario.expect, result, kase, failed);
  return done({ case: kase, outcome: result });
}
function checkExpectations(expect, o, kase, failed) {
  if (expect.case !== void 0 && expect.case !== kase.label)
    failed(
      "expect:case",
      `\u60C5\u5F62\u4E3A\u201C${kase.label}\u201D\uFF0C\u9884\u671F\u201C${expect.case}\u201D`,
      `the case is "${kase.label}", expected "${expect.case}"`
    );
  if (expect.key !== void 0 && expect.key !== kase.key)
    failed(
      "expect:key",
      `\u60C5\u5F62\u952E\u4E3A\u201C${kase.key}\u201D\uFF0C\u9884\u671F\u201C${expect.key}\u201D`,
      `the case key is "${kase.key}", expected "${expect.key}"`
    );
  if (expect.status !== void 0 && expect.status !== o.status)
    failed(
      "expect:status",
      `\u72B6\u6001\u4E3A ${o.status}\uFF0C\u9884\u671F ${expect.status}`,
      `the status is ${o.status}, expected ${expect.status}`
    );
  const items = new Set(o.items.map((i) => i.id));
  contains("items", expect.items, (id) => items.has(id), failed, ["\u7F3A\u5C11\u4E8B\u9879", "missing item"]);
  contains("not-items", expect.notItems, (id) => !items.has(id), failed, ["\u4E0D\u5E94\u6709\u4E8B\u9879", "unexpected item"]);
  const materials = new Map(o.materials.map((m) => [m.id, m.status]));
  contains("materials", expect.materials, (id) => materials.has(id), failed, [
    "\u7F3A\u5C11\u6750\u6599",
    "missing material"
  ]);
  contains("not-materials", expect.notMaterials, (id) => !materials.has(id), failed, [
    "\u4E0D\u5E94\u6709\u6750\u6599",
    "unexpected material"
  ]);
  statusOf("waived", expect.waived, materials, failed, ["\u672A\u514D\u63D0\u4EA4", "is not waived"]);
  statusOf("passed-on", expect.passedOn, materials, failed, ["\u672A\u5728\u6D41\u7A0B\u5185\u4F20\u9012", "is not passed on"]);
  const figures = [
    ["days", expect.days, o.totals.days.critical, "\u4E2A\u5DE5\u4F5C\u65E5", "working days"],
    ["fee", expect.fee, o.totals.fee.total, "\u5143", "yuan"],
    ["visits", expect.visits, o.totals.visits.count, "\u6B21\u5230\u573A", "visits"]
  ];
  for (const [key, wanted, actual, zh2, en2] of figures) {
    if (wanted !== void 0 && wanted !== actual)
      failed(`expect:${key}`, `\u5B9E\u9645 ${actual} ${zh2}\uFF0C\u9884\u671F ${wanted}`, `${actual} ${en2}, expected ${wanted}`);
  }
  const notices = new Set(o.notices.map((n) => n.id));
  contains("notices", expect.notices, (id) => notices.has(id), failed, ["\u7F3A\u5C11\u63D0\u793A", "missing notice"]);
  contains("not-notices", expect.notNotices, (id) => !notices.has(id), failed, [
    "\u4E0D\u5E94\u6709\u63D0\u793A",
    "unexpected notice"
  ]);
}
function contains(key, list, holds, failed, [zh2, en2]) {
  list?.forEach((id, i) => {
    if (!holds(id)) failed(`expect:${key}/${i}`, `${zh2} ${id}`, `${en2} ${id}`);
  });
}
function statusOf(key, list, materials, failed, [zh2, en2]) {
  list?.forEach((id, i) => {
    const status = materials.get(id);
    if (status === key) return;
    if (status === void 0) failed(`expect:${key}/${i}`, `\u7F3A\u5C11\u6750\u6599 ${id}`, `missing material ${id}`);
    else failed(`expect:${key}/${i}`, `\u6750\u6599 ${id} ${zh2}\uFF08${status}\uFF09`, `material ${id} ${en2} (${status})`);
  });
}

export { Reporter, diagnosticAt, fileStart, locate, runScenarios, sortDiagnostics };
//# sourceMappingURL=chunk-LQZV3HAJ.js.map
//# sourceMappingURL=chunk-LQZV3HAJ.js.map