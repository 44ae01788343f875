#!/usr/bin/env node

// src/cli/run.ts
import { parseArgs } from "util";

// src/cli/commands/build.ts
import { mkdir, writeFile } from "fs/promises";
import { join as join3 } from "path";

// src/cli/format/style.ts
var plain = (text2) => text2;
function styleOf(color) {
  const paint = (code) => color ? (text2) => `\x1B[${code}m${text2}\x1B[0m` : plain;
  return {
    bold: paint("1"),
    dim: paint("2"),
    red: paint("31"),
    yellow: paint("33"),
    green: paint("32"),
    cyan: paint("36")
  };
}
function t(lang, zh2, en2) {
  return lang === "zh" ? zh2 : en2;
}
function pickLang(message, lang) {
  const at = message.indexOf(" / ");
  if (at === -1) return message;
  return lang === "zh" ? message.slice(0, at) : message.slice(at + 3);
}

// src/cli/inputs.ts
import { resolve as resolve2 } from "path";

// src/load/parse.ts
import {
  isAlias as isAlias2,
  isMap as isMap2,
  isPair as isPair2,
  isScalar as isScalar2,
  isSeq as isSeq2,
  LineCounter,
  parseDocument,
  visit
} from "yaml";

// src/util/pointer.ts
function toPointer(segments) {
  return segments.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
function fromPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function childPointer(pointer, key) {
  return pointer + toPointer([key]);
}

// src/load/plain-value.ts
import { isAlias, isMap, isPair, isScalar, isSeq, YAMLMap, YAMLSeq } from "yaml";
var FORBIDDEN_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var CAREFUL = /* @__PURE__ */ Symbol("careful");
function plainValue(root, maxDepth) {
  try {
    return { value: convert(root, 1, maxDepth) };
  } catch (error) {
    if (error === CAREFUL) return void 0;
    throw error;
  }
}
function convert(node, depth, maxDepth) {
  if (node === null) return null;
  if (isScalar(node)) {
    const value = node.value;
    const type3 = typeof value;
    if (value === null || type3 === "string" || type3 === "number" || type3 === "boolean") return value;
    throw CAREFUL;
  }
  if (depth > maxDepth || isAlias(node)) throw CAREFUL;
  if (isMap(node) && node.constructor === YAMLMap) {
    const object = {};
    for (const pair of node.items) addPair(object, pair, depth, maxDepth);
    return object;
  }
  if (isSeq(node) && node.constructor === YAMLSeq) {
    const items = node.items;
    const list = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (isPair(item)) {
        if (depth + 1 > maxDepth) throw CAREFUL;
        const object = {};
        addPair(object, item, depth + 1, maxDepth);
        list[i] = object;
      } else list[i] = convert(item, depth + 1, maxDepth);
    }
    return list;
  }
  throw CAREFUL;
}
function addPair(object, pair, depth, maxDepth) {
  const key = pair.key;
  if (!isScalar(key)) throw CAREFUL;
  const value = key.value;
  const type3 = typeof value;
  let name;
  if (type3 === "string") name = value;
  else if (type3 === "number" || type3 === "boolean") name = String(value);
  else throw CAREFUL;
  if (FORBIDDEN_KEYS.has(name) || Object.hasOwn(object, name)) throw CAREFUL;
  object[name] = convert(pair.value, depth + 1, maxDepth);
}

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
var type = (t2) => TYPE[String(t2)] ?? String(t2);
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
var type2 = (t2) => TYPE2[String(t2)] ?? String(t2);
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
function translate(diagnostic, lang) {
  const message = messageOf(diagnostic.code, diagnostic.params, lang);
  const hint = hintOf(diagnostic.params, lang);
  const { hint: _old, ...rest } = diagnostic;
  return hint === void 0 ? { ...rest, message } : { ...rest, message, hint };
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

// src/load/parse.ts
var FORBIDDEN_KEYS2 = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
function parseSource(source, limits = {}) {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const lineCounter = new LineCounter();
  let locate2 = () => ({ line: 1, column: 1 });
  const reporter2 = new Reporter(source.file, (pointer, key) => locate2(pointer, key));
  if (source.text.length > maxBytes) {
    reporter2.error("input-too-large", "", { size: source.text.length, unit: "chars", limit: maxBytes });
    return { value: void 0, locate: locate2, reporter: reporter2 };
  }
  const text2 = source.text.charCodeAt(0) === 65279 ? source.text.slice(1) : source.text;
  if (text2.includes("\uFFFD")) {
    const offset = text2.indexOf("\uFFFD");
    const at = positionOf(text2, offset);
    reporter2.errorAt("invalid-encoding", "", at, {});
    return { value: void 0, locate: locate2, reporter: reporter2 };
  }
  try {
    const doc = parseDocument(text2, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: "error"
    });
    locate2 = makeLocator(doc.contents, lineCounter);
    for (const error of doc.errors) {
      const [line, col] = linePos(lineCounter, error.pos[0]);
      if (error.code === "RESOURCE_EXHAUSTION") {
        if (!reporter2.diagnostics.some((d) => d.code === "yaml-too-deep")) {
          const limit = limits.maxDepth ?? 64;
          const offset = deepNodeOffset(doc.contents, limit);
          const at = offset === void 0 ? { line, column: col } : positionAt(lineCounter, offset);
          reporter2.errorAt("yaml-too-deep", "", at, { limit });
        }
      } else {
        reporter2.errorAt("yaml-syntax", "", { line, column: col }, { detail: firstLine(error.message) });
      }
    }
    const maxDepth = limits.maxDepth ?? 64;
    if (!reporter2.hasErrors()) {
      const plain2 = plainValue(doc.contents, maxDepth);
      if (plain2) return { value: plain2.value, locate: locate2, reporter: reporter2 };
    }
    return { value: carefulValue(doc, text2, lineCounter, limits, reporter2), locate: locate2, reporter: reporter2 };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    reporter2.error("yaml-too-deep", "", { limit: limits.maxDepth ?? 64 });
    return { value: void 0, locate: locate2, reporter: reporter2 };
  }
}
function carefulValue(doc, text2, lineCounter, limits, reporter2) {
  const maxDepth = limits.maxDepth ?? 64;
  for (const { key, offset } of duplicateKeys(doc.contents)) {
    const [line, column] = linePos(lineCounter, offset);
    reporter2.errorAt("yaml-duplicate-key", "", { line, column }, { key });
  }
  if (reporter2.hasErrors()) return void 0;
  const maxAliasCount = limits.maxAliasCount ?? 100;
  let value;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof RangeError || !(error instanceof Error)) throw error;
    const at = firstAlias(doc.contents, lineCounter);
    if (error.message.startsWith("Excessive alias")) {
      reporter2.errorAt("yaml-alias-limit", "", at, { limit: maxAliasCount });
    } else {
      reporter2.errorAt("yaml-syntax", "", at, { detail: firstLine(error.message) });
    }
    return void 0;
  }
  const tooDeep = tooDeepAt(value, maxDepth, text2.includes("*"));
  if (tooDeep !== void 0) {
    reporter2.error("yaml-too-deep", tooDeep, { limit: maxDepth });
    return void 0;
  }
  const maxAliasNodes = limits.maxAliasNodes ?? 1e4;
  const added = text2.includes("*") ? aliasedNodes(value) : 0;
  if (added > maxAliasNodes) {
    reporter2.errorAt("yaml-alias-limit", "", firstAlias(doc.contents, lineCounter), {
      limit: maxAliasNodes,
      nodes: added
    });
    return void 0;
  }
  for (const pointer of forbiddenKeys(value)) {
    reporter2.error("forbidden-key", pointer, { key: fromPointer(pointer).at(-1) ?? "" }, { key: true });
  }
  return reporter2.hasErrors() ? void 0 : value;
}
function makeLocator(root, lineCounter) {
  const indexes = /* @__PURE__ */ new WeakMap();
  const pairOf = (map, segment) => {
    let index = indexes.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const p of map.items) {
        const name = isScalar2(p.key) ? String(p.key.value) : void 0;
        if (name !== void 0 && !index.has(name)) index.set(name, p);
      }
      indexes.set(map, index);
    }
    return index.get(segment);
  };
  return (pointer, key = false) => {
    let node = root;
    let keyNode;
    for (const segment of fromPointer(pointer)) {
      if (isMap2(node)) {
        const pair = pairOf(node, segment);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq2(node)) {
        const item = node.items[Number(segment)];
        if (item === void 0) break;
        keyNode = item;
        node = item;
      } else {
        break;
      }
    }
    const target = key && keyNode !== void 0 ? keyNode : node;
    const range = target?.range;
    if (!range) return { line: 1, column: 1 };
    const [line, column] = linePos(lineCounter, range[0]);
    return { line, column };
  };
}
function linePos(lineCounter, offset) {
  const pos = lineCounter.linePos(offset);
  return [pos.line, pos.col];
}
function positionOf(text2, offset) {
  const before = text2.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
function firstLine(message) {
  return message.split("\n")[0] ?? message;
}
function duplicateKeys(root) {
  const found = [];
  const stack = [];
  const push = (node) => {
    if (isMap2(node) || isSeq2(node)) stack.push(node);
  };
  push(root);
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap2(node)) {
      const items = node.items;
      const seen = items.length > 16 ? /* @__PURE__ */ new Set() : void 0;
      const names = [];
      for (const pair of items) {
        if (!isScalar2(pair.key)) continue;
        const value = pair.key.value;
        if (value !== null && typeof value === "object") continue;
        const name = value === null ? "" : String(value);
        if (seen ? seen.has(name) : names.includes(name))
          found.push({ key: name, offset: pair.key.range?.[0] ?? 0 });
        if (seen) seen.add(name);
        else names.push(name);
      }
      for (let i = items.length - 1; i >= 0; i--) {
        const pair = items[i];
        push(pair.value);
        push(pair.key);
      }
    } else if (isSeq2(node)) {
      const items = node.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isPair2(item)) {
          push(item.value);
          push(item.key);
        } else push(item);
      }
    }
  }
  return found;
}
function positionAt(lineCounter, offset) {
  const [line, column] = linePos(lineCounter, offset);
  return { line, column };
}
function deepNodeOffset(root, limit) {
  const stack = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (isMap2(node) || isSeq2(node)) {
      if (depth > limit) return node.range?.[0];
      for (const item of [...node.items].reverse()) {
        if (isPair2(item)) stack.push([item.value, depth + 1], [item.key, depth + 1]);
        else stack.push([item, depth + 1]);
      }
    }
  }
  return void 0;
}
function firstAlias(root, lineCounter) {
  let offset = 0;
  visit(root, {
    Alias(_, node) {
      if (isAlias2(node) && node.range) offset = node.range[0];
      return visit.BREAK;
    }
  });
  const [line, column] = linePos(lineCounter, offset);
  return { line, column };
}
function tooDeepAt(value, limit, aliases) {
  const deepest = aliases ? /* @__PURE__ */ new Map() : void 0;
  const stack = [{ value, depth: 1, parent: void 0, key: "" }];
  while (stack.length > 0) {
    const frame = stack.pop();
    const current = frame.value;
    if (current === null || typeof current !== "object") continue;
    if (frame.depth > limit) return toPointer(pathOf(frame));
    if (deepest) {
      if ((deepest.get(current) ?? 0) >= frame.depth) continue;
      deepest.set(current, frame.depth);
    }
    const keys = Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      const member = current[key];
      if (member !== null && typeof member === "object")
        stack.push({ value: member, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return void 0;
}
function pathOf(frame) {
  const path = [];
  for (let at = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}
function aliasedNodes(value) {
  const sizes = /* @__PURE__ */ new Map();
  let written = 0;
  const size = (node) => {
    if (node === null || typeof node !== "object") {
      written++;
      return 1;
    }
    const known = sizes.get(node);
    if (known !== void 0) return known;
    written++;
    let total = 1;
    for (const member of Object.values(node)) total += size(member);
    sizes.set(node, total);
    return total;
  };
  const expanded = size(value);
  return expanded - written;
}
function forbiddenKeys(value) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ value, depth: 1, parent: void 0, key: "" }];
  while (stack.length > 0) {
    const frame = stack.pop();
    const current = frame.value;
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const keys = Object.keys(current);
    const array = Array.isArray(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i];
      if (!array && FORBIDDEN_KEYS2.has(key)) found.push(toPointer([...pathOf(frame), key]));
      const member = current[key];
      if (member !== null && typeof member === "object")
        stack.push({ value: member, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return found.sort();
}

// src/profile/derivations/dates.ts
function parseDate(value) {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return void 0;
  const [y, m, d] = value.split("-").map(Number);
  const date2 = new Date(Date.UTC(y, m - 1, d));
  if (date2.getUTCFullYear() !== y || date2.getUTCMonth() !== m - 1 || date2.getUTCDate() !== d)
    return void 0;
  return [y, m, d];
}
function daysBetween(a, b) {
  return Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 864e5);
}
function wholeYears(birth, on) {
  const years = on[0] - birth[0];
  const beforeBirthday = on[1] < birth[1] || on[1] === birth[1] && on[2] < birth[2];
  return beforeBirthday ? years - 1 : years;
}
function formatDate([y, m, d]) {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function addToDate(from, amount, unit) {
  const [y, m, d] = from;
  if (unit === "d") {
    const date2 = new Date(Date.UTC(y, m - 1, d + amount));
    return formatDate([date2.getUTCFullYear(), date2.getUTCMonth() + 1, date2.getUTCDate()]);
  }
  const months = unit === "y" ? amount * 12 : amount;
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return formatDate([year, month, Math.min(d, last)]);
}

// src/load/schema.ts
import Ajv2020 from "ajv/dist/2020.js";

// schemas/catalog.schema.json
var catalog_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "tongban catalog \u4E8B\u9879\u76EE\u5F55",
  description: "The shared library of departments, venues, electronic licences, profile facts, materials and items that themes reuse. A catalog may be split over several files; ids are unique across them. See docs/authoring.md.",
  type: "object",
  minProperties: 1,
  properties: {
    departments: {
      description: "Departments that handle items. \u90E8\u95E8\u3002",
      type: "object",
      propertyNames: {
        $ref: "common.schema.json#/$defs/id"
      },
      additionalProperties: {
        type: "object",
        required: ["name", "level"],
        properties: {
          name: {
            description: "\u516C\u5B89\u5C40\u51FA\u5165\u5883\u7BA1\u7406\u5C40 \u2026",
            $ref: "common.schema.json#/$defs/text"
          },
          en: {
            $ref: "common.schema.json#/$defs/en"
          },
          level: {
            $ref: "#/$defs/level"
          }
        },
        additionalProperties: false
      }
    },
    venues: {
      description: "Places where citizens go in person; visits to one venue count once. \u529E\u7406\u5730\u70B9\u3002",
      type: "object",
      propertyNames: {
        $ref: "common.schema.json#/$defs/id"
      },
      additionalProperties: {
        type: "object",
        required: ["name"],
        properties: {
          name: {
            $ref: "common.schema.json#/$defs/text"
          },
          en: {
            $ref: "common.schema.json#/$defs/en"
          },
          address: {
            $ref: "common.schema.json#/$defs/text"
          }
        },
        additionalProperties: false
      }
    },
    licences: {
      description: "Kinds of electronic licence (\u7535\u5B50\u8BC1\u7167) that can replace paper materials. \u7535\u5B50\u8BC1\u7167\u7C7B\u578B\u3002",
      type: "object",
      propertyNames: {
        $ref: "common.schema.json#/$defs/id"
      },
      additionalProperties: {
        type: "object",
        required: ["name"],
        properties: {
          name: {
            $ref: "common.schema.json#/$defs/text"
          },
          en: {
            $ref: "common.schema.json#/$defs/en"
          },
          issuer: {
            description: "Who issues it. \u53D1\u8BC1\u673A\u5173\u3002",
            $ref: "common.schema.json#/$defs/text"
          }
        },
        additionalProperties: false
      }
    },
    facts: {
      description: "Facts a profile can carry (\u4E00\u4EBA\u4E00\u6863/\u4E00\u4F01\u4E00\u6863) or that are derived from them; themes read them in conditions and prefill questions from them. \u6863\u6848\u4E8B\u5B9E\u3002",
      type: "object",
      propertyNames: {
        description: "A namespaced fact name with at least one dot: person.hukou, enterprise.registered. \u5E26\u547D\u540D\u7A7A\u95F4\u7684\u4E8B\u5B9E\u540D\u3002",
        type: "string",
        pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$",
        maxLength: 200
      },
      additionalProperties: {
        type: "object",
        required: ["label", "type"],
        properties: {
          label: {
            $ref: "common.schema.json#/$defs/text"
          },
          en: {
            $ref: "common.schema.json#/$defs/en"
          },
          type: {
            enum: ["single", "multiple", "yes-no", "number", "date", "list", "object"]
          },
          options: {
            $ref: "common.schema.json#/$defs/options"
          },
          unit: {
            type: "string",
            minLength: 1,
            maxLength: 20
          },
          derive: {
            description: "Computed from another fact and today: years-since (age), days-until (expiry), days-since, ages-on (a list of dates \u2192 ages on the next month-day). \u6D3E\u751F\u4E8B\u5B9E\u3002",
            type: "object",
            required: ["fn", "from"],
            properties: {
              fn: {
                type: "string",
                pattern: "^[a-z][a-z0-9-]*$"
              },
              from: {
                $ref: "common.schema.json#/$defs/factName"
              },
              "month-day": {
                type: "string",
                pattern: "^[0-9]{2}-[0-9]{2}$"
              }
            },
            additionalProperties: false
          }
        },
        additionalProperties: false
      }
    },
    materials: {
      description: "Documents applicants provide. Name each one exactly: no \u5176\u4ED6, \u7B49, \u76F8\u5173\u6750\u6599. \u7533\u8BF7\u6750\u6599\u3002",
      type: "object",
      propertyNames: {
        $ref: "common.schema.json#/$defs/id"
      },
      additionalProperties: {
        type: "object",
        required: ["name"],
        properties: {
          name: {
            $ref: "common.schema.json#/$defs/text"
          },
          en: {
            $ref: "common.schema.json#/$defs/en"
          },
          form: {
            $ref: "#/$defs/form"
          },
          copies: {
            $ref: "#/$defs/copies"
          },
          licence: {
            description: "The electronic licence that replaces it when on file. \u53EF\u66FF\u4EE3\u7684\u7535\u5B50\u8BC1\u7167\u3002",
            $ref: "common.schema.json#/$defs/id"
          },
          commitment: {
            description: "A signed commitment may replace it (\u544A\u77E5\u627F\u8BFA). \u53EF\u544A\u77E5\u627F\u8BFA\u66FF\u4EE3\u3002",
            type: "boolean"
          },
          source: {
            description: "Who provides or issues it. \u6765\u6E90\u3002",
            $ref: "common.schema.json#/$defs/text"
          },
          note: {
            $ref: "common.schema.json#/$defs/text"
          }
        },
        additionalProperties: false
      }
    },
    items: {
      description: "Government service items (\u4E8B\u9879). \u4E8B\u9879\u3002",
      type: "object",
      propertyNames: {
        $ref: "common.schema.json#/$defs/id"
      },
      additionalProperties: {
        $ref: "#/$defs/item"
      }
    }
  },
  additionalProperties: false,
  $defs: {
    level: {
      description: "Administrative level. \u5C42\u7EA7\u3002",
      enum: ["\u56FD\u5BB6", "\u7701\u7EA7", "\u5E02\u7EA7", "\u533A\u53BF", "\u8857\u9547"]
    },
    form: {
      description: "\u539F\u4EF6 (original), \u590D\u5370\u4EF6 (copy), \u7535\u5B50 (electronic), \u8868\u683C (form filled in). \u6750\u6599\u5F62\u5F0F\u3002",
      enum: ["\u539F\u4EF6", "\u590D\u5370\u4EF6", "\u7535\u5B50", "\u8868\u683C"]
    },
    copies: {
      description: "Number of copies (default 1). \u4EFD\u6570\u3002",
      type: "integer",
      minimum: 1,
      maximum: 99
    },
    delivery: {
      enum: ["\u7A97\u53E3\u9886\u53D6", "\u90AE\u5BC4\u9001\u8FBE", "\u7535\u5B50\u8BC1\u7167", "\u7ACB\u7B49\u53EF\u53D6"]
    },
    when: {
      $ref: "common.schema.json#/$defs/condition"
    },
    days: {
      description: "Time limit in working days, or variants: a list of `{ when, days }` where the first that holds wins and the last has no `when`. \u529E\u7406\u65F6\u9650\uFF08\u5DE5\u4F5C\u65E5\uFF09\u3002",
      anyOf: [
        {
          type: "number",
          minimum: 0,
          maximum: 3650
        },
        {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["days"],
            properties: {
              when: {
                $ref: "#/$defs/when"
              },
              days: {
                type: "number",
                minimum: 0,
                maximum: 3650
              }
            },
            additionalProperties: false
          }
        }
      ]
    },
    feeValue: {
      type: "object",
      required: ["amount"],
      properties: {
        when: {
          $ref: "#/$defs/when"
        },
        amount: {
          description: "Yuan. \u5143\u3002",
          type: "number",
          minimum: 0,
          maximum: 1e7
        },
        note: {
          $ref: "common.schema.json#/$defs/text"
        }
      },
      additionalProperties: false
    },
    fee: {
      description: "Fee in yuan (0 for free), `{ amount, note }`, or variants `[{ when, amount, note }]` (first that holds wins). \u6536\u8D39\uFF08\u5143\uFF09\u3002",
      anyOf: [
        {
          type: "number",
          minimum: 0,
          maximum: 1e7
        },
        {
          $ref: "#/$defs/feeValue"
        },
        {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/feeValue"
          }
        }
      ]
    },
    presenceValue: {
      type: "object",
      properties: {
        when: {
          $ref: "#/$defs/when"
        },
        venue: {
          $ref: "common.schema.json#/$defs/id"
        },
        purpose: {
          description: "What the visit is for (\u91C7\u96C6\u6307\u7EB9). \u5230\u573A\u4E8B\u7531\u3002",
          $ref: "common.schema.json#/$defs/text"
        }
      },
      additionalProperties: false
    },
    presence: {
      description: "Whether the applicant must come in person: false (\u5168\u7A0B\u7F51\u529E), `{ venue, purpose }`, or variants (an entry without venue means no visit). \u662F\u5426\u9700\u8981\u5230\u573A\u3002",
      anyOf: [
        {
          const: false
        },
        {
          $ref: "#/$defs/presenceValue"
        },
        {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/presenceValue"
          }
        }
      ]
    },
    materialUse: {
      description: "A material id, or `{ material, when, form, copies, commitment, note }`. \u6750\u6599\u5F15\u7528\u3002",
      anyOf: [
        {
          $ref: "common.schema.json#/$defs/id"
        },
        {
          type: "object",
          required: ["material"],
          properties: {
            material: {
              $ref: "common.schema.json#/$defs/id"
            },
            when: {
              $ref: "#/$defs/when"
            },
            form: {
              $ref: "#/$defs/form"
            },
            copies: {
              $ref: "#/$defs/copies"
            },
            commitment: {
              type: "boolean"
            },
            note: {
              $ref: "common.schema.json#/$defs/text"
            }
          },
          additionalProperties: false
        }
      ]
    },
    item: {
      type: "object",
      required: ["name"],
      properties: {
        name: {
          $ref: "common.schema.json#/$defs/text"
        },
        en: {
          $ref: "common.schema.json#/$defs/en"
        },
        department: {
          description: "The department that handles it. \u5B9E\u65BD\u90E8\u95E8\u3002",
          $ref: "common.schema.json#/$defs/id"
        },
        level: {
          $ref: "#/$defs/level"
        },
        basis: {
          description: "Legal basis. \u8BBE\u5B9A\u4F9D\u636E\u3002",
          anyOf: [
            {
              $ref: "common.schema.json#/$defs/text"
            },
            {
              type: "array",
              items: {
                $ref: "common.schema.json#/$defs/text"
              }
            }
          ]
        },
        days: {
          $ref: "#/$defs/days"
        },
        fee: {
          $ref: "#/$defs/fee"
        },
        presence: {
          $ref: "#/$defs/presence"
        },
        produces: {
          description: "Materials this item produces; an item of the same case that needs one gets it passed on. \u529E\u7406\u7ED3\u679C\uFF08\u53EF\u4F20\u9012\u7ED9\u540E\u7EED\u4E8B\u9879\u7684\u6750\u6599\uFF09\u3002",
          type: "array",
          items: {
            $ref: "common.schema.json#/$defs/id"
          },
          uniqueItems: true
        },
        after: {
          description: "Items that must come first when they apply in the same case. \u524D\u7F6E\u4E8B\u9879\u3002",
          type: "array",
          items: {
            $ref: "common.schema.json#/$defs/id"
          },
          uniqueItems: true
        },
        delivery: {
          description: "How the result is delivered. \u9001\u8FBE\u65B9\u5F0F\u3002",
          type: "array",
          items: {
            $ref: "#/$defs/delivery"
          },
          uniqueItems: true
        },
        materials: {
          type: "array",
          items: {
            $ref: "#/$defs/materialUse"
          }
        },
        note: {
          $ref: "common.schema.json#/$defs/text"
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/common.schema.json
var common_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "tongban: shared definitions",
  description: "Definitions shared by the theme, catalog, profile and scenario schemas. \u4E3B\u9898\u3001\u76EE\u5F55\u3001\u6863\u6848\u4E0E\u6D4B\u8BD5\u6587\u4EF6\u5171\u7528\u7684\u5B9A\u4E49\u3002",
  $defs: {
    id: {
      description: "An ASCII kebab-case id: lower-case letters, digits and single hyphens, starting with a letter. \u6807\u8BC6\uFF1A\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\u3002",
      type: "string",
      pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
      maxLength: 80
    },
    factName: {
      description: "A fact: a question id (`purpose`), a profile fact (`person.hukou`), a derived fact (`person.age`), a licence fact (`licence.id-card.days-left`) or a built-in (`today`, `profile.tags`). \u4E8B\u5B9E\u540D\u3002",
      type: "string",
      pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)*$",
      maxLength: 200
    },
    text: {
      description: "A Chinese text shown to citizens. \u4E2D\u6587\u6587\u672C\u3002",
      type: "string",
      minLength: 1,
      maxLength: 2e3
    },
    en: {
      description: "Optional English text. \u53EF\u9009\u7684\u82F1\u6587\u6587\u672C\u3002",
      type: "string",
      minLength: 1,
      maxLength: 2e3
    },
    date: {
      description: "A date, YYYY-MM-DD (quote it in YAML). \u65E5\u671F\uFF08\u8BF7\u52A0\u5F15\u53F7\uFF09\u3002",
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    scalar: {
      type: ["string", "number", "boolean"]
    },
    condition: {
      description: "A condition: json-rules-engine's format (`all`, `any`, `not`, `condition`, or `{fact, operator, value, path}`) or the shorthand `{ question: value }`, `{ question: [a, b] }`, `{ question: { greaterThan: 150 } }`; several keys in one mapping must all hold. \u6761\u4EF6\uFF1Ajson-rules-engine \u683C\u5F0F\u6216\u7B80\u5199\u3002",
      type: "object",
      minProperties: 1,
      properties: {
        all: {
          description: "Every condition holds. \u5168\u90E8\u6EE1\u8DB3\u3002",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/condition" }
        },
        any: {
          description: "At least one condition holds. \u81F3\u5C11\u6EE1\u8DB3\u4E00\u9879\u3002",
          type: "array",
          minItems: 1,
          items: { $ref: "#/$defs/condition" }
        },
        not: { description: "The condition does not hold. \u4E0D\u6EE1\u8DB3\u3002", $ref: "#/$defs/condition" },
        condition: {
          description: "A named condition of the theme (`conditions:`). \u5F15\u7528\u4E3B\u9898\u4E2D\u7684\u5177\u540D\u6761\u4EF6\u3002",
          $ref: "#/$defs/id"
        },
        fact: {
          description: "Full form: the fact to test. \u5B8C\u6574\u5199\u6CD5\uFF1A\u88AB\u68C0\u9A8C\u7684\u4E8B\u5B9E\u3002",
          $ref: "#/$defs/factName"
        },
        operator: {
          description: "Full form: the operator, e.g. `equal`, `in`, `not:in`. \u5B8C\u6574\u5199\u6CD5\uFF1A\u8FD0\u7B97\u7B26\u3002",
          $ref: "#/$defs/operatorName"
        },
        value: {
          description: "Full form: the value, or `{ fact: other }` to compare two facts. \u5B8C\u6574\u5199\u6CD5\uFF1A\u6BD4\u8F83\u503C\u3002",
          $ref: "#/$defs/operand"
        },
        path: {
          description: "Full form: a JSONPath into an object fact, e.g. `$.hukou`. \u5B8C\u6574\u5199\u6CD5\uFF1A\u5BF9\u8C61\u4E8B\u5B9E\u4E2D\u7684\u8DEF\u5F84\u3002",
          type: "string"
        }
      },
      patternProperties: {
        "^(?!(all|any|not|condition|fact|operator|value|path|params|priority|name)$)[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)*$": {
          $ref: "#/$defs/factTest"
        }
      },
      additionalProperties: false
    },
    factTest: {
      description: "Shorthand test of one fact: a value (equal), a list (in), or `{ operator: value }`. \u7B80\u5199\uFF1A\u503C\uFF08\u7B49\u4E8E\uFF09\u3001\u5217\u8868\uFF08\u5C5E\u4E8E\u5176\u4E00\uFF09\u6216 { \u8FD0\u7B97\u7B26: \u503C }\u3002",
      anyOf: [
        { $ref: "#/$defs/scalar" },
        { type: "array", items: { $ref: "#/$defs/scalar" } },
        {
          type: "object",
          minProperties: 1,
          propertyNames: { $ref: "#/$defs/operatorName" },
          additionalProperties: { $ref: "#/$defs/operand" }
        }
      ]
    },
    operatorName: {
      description: "An operator: equal, notEqual, in, notIn, contains, doesNotContain, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, an operator the portal registers, with optional decorators (`not:`, `someFact:`, `everyFact:`, `someValue:`, `everyValue:`, `swap:`). \u8FD0\u7B97\u7B26\u3002",
      type: "string",
      pattern: "^([A-Za-z][A-Za-z0-9]*:)*[A-Za-z][A-Za-z0-9]*$"
    },
    operand: {
      description: "A value to compare with, or `{ fact: name }` for another fact. \u6BD4\u8F83\u503C\uFF0C\u6216 { fact: \u4E8B\u5B9E\u540D }\u3002",
      anyOf: [
        { $ref: "#/$defs/scalar" },
        { type: "null" },
        { type: "array", items: { $ref: "#/$defs/scalar" } },
        {
          type: "object",
          required: ["fact"],
          properties: { fact: { $ref: "#/$defs/factName" }, path: { type: "string" } },
          additionalProperties: false
        }
      ]
    },
    option: {
      description: "An option: its label, or a mapping with label and more. \u9009\u9879\uFF1A\u6587\u5B57\uFF0C\u6216\u542B label \u7684\u6620\u5C04\u3002",
      anyOf: [
        { $ref: "#/$defs/text" },
        {
          type: "object",
          required: ["label"],
          properties: {
            label: { description: "What the citizen reads. \u9009\u9879\u6587\u5B57\u3002", $ref: "#/$defs/text" },
            en: { $ref: "#/$defs/en" },
            help: {
              description: "An explanation shown with the option. \u9009\u9879\u8BF4\u660E\u3002",
              $ref: "#/$defs/text"
            },
            short: {
              description: "A shorter text for case labels. \u7528\u4E8E\u60C5\u5F62\u540D\u79F0\u7684\u7B80\u79F0\u3002",
              $ref: "#/$defs/text"
            },
            exclusive: {
              description: "Multiple choice: can only be chosen alone, e.g. \u4EE5\u4E0A\u90FD\u6CA1\u6709. \u591A\u9009\u9898\u4E2D\u53EA\u80FD\u5355\u72EC\u9009\u62E9\uFF08\u5982\u201C\u4EE5\u4E0A\u90FD\u6CA1\u6709\u201D\uFF09\u3002",
              type: "boolean"
            }
          },
          additionalProperties: false
        }
      ]
    },
    options: {
      description: "Options by id, in the order shown. \u9009\u9879\uFF08\u6309\u663E\u793A\u987A\u5E8F\uFF09\uFF0C\u952E\u4E3A\u9009\u9879\u6807\u8BC6\u3002",
      type: "object",
      minProperties: 1,
      propertyNames: { $ref: "#/$defs/id" },
      additionalProperties: { $ref: "#/$defs/option" }
    }
  }
};

// schemas/profile.schema.json
var profile_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "tongban profile \u4E00\u4EBA\u4E00\u6863 / \u4E00\u4F01\u4E00\u6863",
  description: "What a portal already knows about a person or an enterprise: facts named as the catalog declares them, electronic licences on file, tags and completed items. See docs/profiles.md.",
  type: "object",
  required: ["kind"],
  properties: {
    kind: {
      description: "person (\u4E2A\u4EBA) or enterprise (\u6CD5\u4EBA). \u6863\u6848\u7C7B\u578B\u3002",
      enum: ["person", "enterprise"]
    },
    name: { description: "Display name. \u540D\u79F0\u3002", type: "string", minLength: 1, maxLength: 200 },
    facts: {
      description: "Facts by catalog name: person.birth-date, person.hukou, enterprise.registration-date \u2026 Derived facts (person.age), licence facts (licence.<id>.expires) and built-ins (today, profile.tags) are computed, not written here. \u6863\u6848\u4E8B\u5B9E\uFF0C\u540D\u79F0\u4E0E\u76EE\u5F55 facts: \u4E00\u81F4\u3002",
      type: "object",
      propertyNames: {
        description: "A namespaced catalog fact name (at least one dot), not a licence fact or a built-in. \u5E26\u547D\u540D\u7A7A\u95F4\u7684\u4E8B\u5B9E\u540D\u3002",
        type: "string",
        pattern: "^(?!licence\\.|profile\\.)[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+$",
        maxLength: 200
      },
      additionalProperties: {
        anyOf: [
          { $ref: "common.schema.json#/$defs/scalar" },
          {
            type: "array",
            items: { anyOf: [{ $ref: "common.schema.json#/$defs/scalar" }, { type: "object" }] }
          },
          { type: "object" }
        ]
      }
    },
    licences: {
      description: "Electronic licences on file (\u7535\u5B50\u8BC1\u7167). \u5DF2\u5F52\u96C6\u7684\u7535\u5B50\u8BC1\u7167\u3002",
      type: "array",
      items: {
        type: "object",
        required: ["licence"],
        properties: {
          licence: {
            description: "The licence kind, as the catalog names it. \u8BC1\u7167\u7C7B\u578B\u3002",
            $ref: "common.schema.json#/$defs/id"
          },
          number: { type: "string", minLength: 1, maxLength: 100 },
          issuer: { type: "string", minLength: 1, maxLength: 200 },
          issued: { $ref: "common.schema.json#/$defs/date" },
          expires: { $ref: "common.schema.json#/$defs/date" }
        },
        additionalProperties: false
      }
    },
    tags: {
      description: "Life events, crowds, industries. \u6807\u7B7E\u3002",
      type: "array",
      items: { type: "string", minLength: 1, maxLength: 40 },
      uniqueItems: true
    },
    completed: {
      description: "Items already completed (\u529E\u7ED3), by catalog id. \u5DF2\u529E\u7ED3\u4E8B\u9879\u3002",
      type: "array",
      items: { $ref: "common.schema.json#/$defs/id" },
      uniqueItems: true
    }
  },
  additionalProperties: false
};

// schemas/scenario.schema.json
var scenario_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "tongban scenario file \u6D4B\u8BD5\u573A\u666F",
  description: "Author tests of one theme (`*.test.yaml`): each scenario answers the questionnaire and states what the outcome must contain. See docs/analysis.md. \u4E3B\u9898\u7684\u6D4B\u8BD5\u573A\u666F\uFF1A\u6309\u7ED9\u5B9A\u56DE\u7B54\u8D70\u5B8C\u95EE\u5377\uFF0C\u68C0\u67E5\u7ED3\u679C\u662F\u5426\u7B26\u5408\u9884\u671F\u3002",
  type: "object",
  required: ["theme", "scenarios"],
  properties: {
    theme: {
      description: "The theme file, relative to this file, e.g. `../hk-macau-permit.yaml`. \u88AB\u6D4B\u8BD5\u7684\u4E3B\u9898\u6587\u4EF6\uFF08\u76F8\u5BF9\u4E8E\u672C\u6587\u4EF6\u7684\u8DEF\u5F84\uFF09\u3002",
      type: "string",
      minLength: 1,
      maxLength: 500
    },
    scenarios: {
      description: "The scenarios, run in order. \u6D4B\u8BD5\u573A\u666F\u5217\u8868\u3002",
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/scenario" }
    }
  },
  additionalProperties: false,
  $defs: {
    idList: {
      description: "Ids. \u6807\u8BC6\u5217\u8868\u3002",
      type: "array",
      items: { $ref: "common.schema.json#/$defs/id" },
      uniqueItems: true
    },
    answer: {
      description: 'An answer: an option id (single choice), a list of option ids (multiple choice), true/false (yes/no), a number, or a date `"YYYY-MM-DD"`. \u56DE\u7B54\uFF1A\u9009\u9879\u6807\u8BC6\u3001\u9009\u9879\u6807\u8BC6\u5217\u8868\u3001true/false\u3001\u6570\u5B57\u6216\u65E5\u671F\u3002',
      anyOf: [
        { type: "string", minLength: 1, maxLength: 200 },
        { type: "boolean" },
        { type: "number" },
        { type: "array", items: { type: "string" } }
      ]
    },
    scenario: {
      description: "One scenario: who answers, what, and what must come out. \u4E00\u4E2A\u573A\u666F\uFF1A\u8C01\u3001\u600E\u6837\u56DE\u7B54\u3001\u7ED3\u679C\u5E94\u5F53\u5982\u4F55\u3002",
      type: "object",
      required: ["name", "expect"],
      properties: {
        name: {
          description: "What the scenario is about, shown when it fails. \u573A\u666F\u540D\u79F0\uFF0C\u672A\u901A\u8FC7\u65F6\u663E\u793A\u3002",
          $ref: "common.schema.json#/$defs/text"
        },
        profile: {
          description: "The profile (\u4E00\u4EBA\u4E00\u6863 / \u4E00\u4F01\u4E00\u6863) that prefills questions: inline, in the shape of profile.schema.json, or the path of a profile file relative to this file. \u6863\u6848\uFF1A\u76F4\u63A5\u5199\u51FA\uFF0C\u6216\u5199\u6863\u6848\u6587\u4EF6\u7684\u76F8\u5BF9\u8DEF\u5F84\u3002",
          anyOf: [{ type: "string", minLength: 1, maxLength: 500 }, { $ref: "profile.schema.json" }]
        },
        today: {
          description: "The day the scenario is run on, for date questions and derived facts such as age. \u8FD0\u884C\u573A\u666F\u7684\u65E5\u671F\uFF08\u5F71\u54CD\u65E5\u671F\u9898\u548C\u5E74\u9F84\u7B49\u6D3E\u751F\u4E8B\u5B9E\uFF09\u3002",
          $ref: "common.schema.json#/$defs/date"
        },
        answers: {
          description: "Answers by question id; every question asked must be answered, and every answer must be asked. \u6309\u95EE\u9898\u6807\u8BC6\u7ED9\u51FA\u7684\u56DE\u7B54\uFF1A\u63D0\u95EE\u5230\u7684\u95EE\u9898\u90FD\u8981\u56DE\u7B54\uFF0C\u7ED9\u51FA\u7684\u56DE\u7B54\u90FD\u8981\u88AB\u63D0\u95EE\u3002",
          type: "object",
          propertyNames: { $ref: "common.schema.json#/$defs/id" },
          additionalProperties: { $ref: "#/$defs/answer" }
        },
        expect: { $ref: "#/$defs/expect" }
      },
      additionalProperties: false
    },
    expect: {
      description: "What the outcome must be. Lists must be contained (others may apply too); `not-\u2026` lists must not. \u9884\u671F\u7ED3\u679C\uFF1A\u5217\u8868\u4E2D\u7684\u9879\u5FC5\u987B\u51FA\u73B0\uFF08\u4E5F\u53EF\u4EE5\u6709\u5176\u4ED6\u9879\uFF09\uFF1Bnot- \u5217\u8868\u4E2D\u7684\u9879\u4E0D\u5F97\u51FA\u73B0\u3002",
      type: "object",
      minProperties: 1,
      properties: {
        case: {
          description: "The case label, exactly (e.g. `\u9996\u6B21\u7533\u9886 \xB7 \u4E2A\u4EBA\u65C5\u6E38\uFF08G\uFF09 \xB7 \u672C\u5E02\u6237\u7C4D`). \u60C5\u5F62\u540D\u79F0\uFF08\u5B8C\u5168\u4E00\u81F4\uFF09\u3002",
          type: "string"
        },
        key: {
          description: "The case key, exactly (e.g. `business=first&purpose=tour-individual`). \u60C5\u5F62\u952E\uFF08\u5B8C\u5168\u4E00\u81F4\uFF09\u3002",
          type: "string"
        },
        status: {
          description: "ready (\u53EF\u4EE5\u529E\u7406), not-needed (\u65E0\u9700\u529E\u7406) or blocked (\u4E0D\u4E88\u529E\u7406). \u7ED3\u679C\u72B6\u6001\u3002",
          enum: ["ready", "not-needed", "blocked"]
        },
        items: { description: "Items that must apply. \u5FC5\u987B\u5305\u542B\u7684\u4E8B\u9879\u3002", $ref: "#/$defs/idList" },
        "not-items": {
          description: "Items that must not apply. \u4E0D\u5F97\u5305\u542B\u7684\u4E8B\u9879\u3002",
          $ref: "#/$defs/idList"
        },
        materials: {
          description: "Materials that must be in the merged list, whatever their status. \u5408\u5E76\u6750\u6599\u6E05\u5355\u4E2D\u5FC5\u987B\u5305\u542B\u7684\u6750\u6599\u3002",
          $ref: "#/$defs/idList"
        },
        "not-materials": {
          description: "Materials that must not be in the list. \u4E0D\u5F97\u51FA\u73B0\u7684\u6750\u6599\u3002",
          $ref: "#/$defs/idList"
        },
        waived: {
          description: "Materials that must be waived by an electronic licence on file (\u514D\u63D0\u4EA4). \u5FC5\u987B\u514D\u63D0\u4EA4\u7684\u6750\u6599\u3002",
          $ref: "#/$defs/idList"
        },
        "passed-on": {
          description: "Materials that must be passed on from another item of the case (\u6D41\u7A0B\u5185\u4F20\u9012). \u5FC5\u987B\u5728\u6D41\u7A0B\u5185\u4F20\u9012\u7684\u6750\u6599\u3002",
          $ref: "#/$defs/idList"
        },
        days: {
          description: "Working days on the critical path. \u5173\u952E\u8DEF\u5F84\u4E0A\u7684\u5DE5\u4F5C\u65E5\u6570\u3002",
          type: "number",
          minimum: 0
        },
        fee: { description: "Total fee, in yuan. \u8D39\u7528\u5408\u8BA1\uFF08\u5143\uFF09\u3002", type: "number", minimum: 0 },
        visits: {
          description: "On-site visits (distinct venues). \u5230\u573A\u6B21\u6570\uFF08\u4E0D\u540C\u7684\u529E\u7406\u5730\u70B9\uFF09\u3002",
          type: "integer",
          minimum: 0
        },
        notices: { description: "Notices that must apply. \u5FC5\u987B\u51FA\u73B0\u7684\u63D0\u793A\u3002", $ref: "#/$defs/idList" },
        "not-notices": {
          description: "Notices that must not apply. \u4E0D\u5F97\u51FA\u73B0\u7684\u63D0\u793A\u3002",
          $ref: "#/$defs/idList"
        }
      },
      additionalProperties: false
    }
  }
};

// schemas/theme.schema.json
var theme_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  title: "tongban theme \u4E3B\u9898",
  description: "A theme service (\u4E3B\u9898\u670D\u52A1): a progressive questionnaire and the catalog items that apply under which answers. See docs/authoring.md.",
  type: "object",
  required: ["id", "title", "version", "audience", "questions", "items"],
  properties: {
    id: {
      description: "The theme's id, e.g. hk-macau-permit. \u4E3B\u9898\u6807\u8BC6\u3002",
      $ref: "common.schema.json#/$defs/id"
    },
    title: {
      description: "The theme's title, e.g. \u5F80\u6765\u6E2F\u6FB3\u901A\u884C\u8BC1\u548C\u7B7E\u6CE8\u7B7E\u53D1. \u4E3B\u9898\u540D\u79F0\u3002",
      $ref: "common.schema.json#/$defs/text"
    },
    en: { $ref: "common.schema.json#/$defs/en" },
    version: {
      description: 'The policy version, as a quoted string ("2025.1"). \u7248\u672C\u53F7\uFF08\u5B57\u7B26\u4E32\uFF0C\u8BF7\u52A0\u5F15\u53F7\uFF09\u3002',
      type: "string",
      minLength: 1,
      maxLength: 40
    },
    audience: {
      description: "Who it serves: person (\u4E2A\u4EBA) or enterprise (\u6CD5\u4EBA). \u670D\u52A1\u5BF9\u8C61\u3002",
      enum: ["person", "enterprise"]
    },
    summary: {
      description: "One paragraph on what the theme covers. \u4E3B\u9898\u7B80\u4ECB\u3002",
      $ref: "common.schema.json#/$defs/text"
    },
    region: {
      description: "The region whose rules the theme follows, e.g. \u4E0A\u6D77\uFF08\u793A\u4F8B\uFF09. \u9002\u7528\u5730\u533A\u3002",
      $ref: "common.schema.json#/$defs/text"
    },
    catalog: {
      description: "Catalog files or folders, relative to this file (default: ./catalog). \u76EE\u5F55\u6587\u4EF6\u6216\u6587\u4EF6\u5939\uFF08\u76F8\u5BF9\u8DEF\u5F84\uFF09\u3002",
      anyOf: [
        { type: "string", minLength: 1 },
        { type: "array", minItems: 1, items: { type: "string", minLength: 1 } }
      ]
    },
    tags: {
      description: "Navigation tags. \u5BFC\u822A\u6807\u7B7E\u3002",
      type: "object",
      properties: {
        "life-events": {
          description: "Life events or enterprise stages: \u51FA\u751F, \u7ED3\u5A5A, \u51FA\u884C, \u51C6\u5165\u51C6\u8425 \u2026 \u4EBA\u751F\u4E8B\u4EF6/\u4F01\u4E1A\u9636\u6BB5\u3002",
          $ref: "#/$defs/tagList"
        },
        crowds: { description: "Crowds: \u65B0\u751F\u513F\u5BB6\u5EAD, \u5C45\u4F4F\u8BC1\u6301\u6709\u4EBA \u2026 \u4EBA\u7FA4\u3002", $ref: "#/$defs/tagList" },
        industries: { description: "Industries: \u9910\u996E, \u96F6\u552E \u2026 \u884C\u4E1A\u3002", $ref: "#/$defs/tagList" }
      },
      additionalProperties: false
    },
    conditions: {
      description: "Named conditions, reused with `{ condition: name }`. \u5177\u540D\u6761\u4EF6\u3002",
      type: "object",
      propertyNames: { $ref: "common.schema.json#/$defs/id" },
      additionalProperties: { $ref: "common.schema.json#/$defs/condition" }
    },
    questions: {
      description: "Questions in the order they are asked. A question's `when` may read only earlier questions and profile facts. \u95EE\u9898\uFF08\u6309\u63D0\u95EE\u987A\u5E8F\uFF09\u3002",
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/question" }
    },
    items: {
      description: "Catalog items this theme includes: `always`, or `{ when: condition }`. \u672C\u4E3B\u9898\u5305\u542B\u7684\u4E8B\u9879\uFF1Aalways \u6216 { when: \u6761\u4EF6 }\u3002",
      type: "object",
      minProperties: 1,
      propertyNames: { $ref: "common.schema.json#/$defs/id" },
      additionalProperties: {
        anyOf: [
          { const: "always" },
          {
            type: "object",
            required: ["when"],
            properties: { when: { $ref: "common.schema.json#/$defs/condition" } },
            additionalProperties: false
          }
        ]
      }
    },
    notices: {
      description: "Texts shown for some cases. kind: info (\u63D0\u793A), warning (\u6CE8\u610F), block (\u4E0D\u4E88\u529E\u7406, with the reason), not-needed (\u65E0\u9700\u529E\u7406). \u63D0\u793A\u3002",
      type: "object",
      propertyNames: { $ref: "common.schema.json#/$defs/id" },
      additionalProperties: {
        type: "object",
        required: ["kind", "text"],
        properties: {
          kind: { enum: ["info", "warning", "block", "not-needed"] },
          text: { $ref: "common.schema.json#/$defs/text" },
          en: { $ref: "common.schema.json#/$defs/en" },
          basis: { description: "Legal basis. \u4F9D\u636E\u3002", $ref: "common.schema.json#/$defs/text" },
          when: { $ref: "common.schema.json#/$defs/condition" }
        },
        additionalProperties: false
      }
    },
    triggers: {
      description: "When to recommend this theme from a profile alone (\u4E3B\u52A8\u63D0\u9192). \u4E3B\u52A8\u63A8\u8350\u6761\u4EF6\u3002",
      type: "object",
      propertyNames: { $ref: "common.schema.json#/$defs/id" },
      additionalProperties: {
        type: "object",
        required: ["when", "message"],
        properties: {
          when: { $ref: "common.schema.json#/$defs/condition" },
          message: {
            description: "The reminder; {fact} placeholders are filled from the profile. \u63D0\u9192\u6587\u5B57\u3002",
            $ref: "common.schema.json#/$defs/text"
          },
          en: { $ref: "common.schema.json#/$defs/en" },
          "on-missing": {
            description: "skip (default): a fact missing from the profile never fires the trigger; fire: it does. \u7F3A\u5C11\u6570\u636E\u65F6\u662F\u5426\u63D0\u9192\u3002",
            enum: ["skip", "fire"]
          },
          weight: {
            description: "Higher ranks first (default 1). \u6743\u91CD\u3002",
            type: "number",
            minimum: 0,
            maximum: 100
          }
        },
        additionalProperties: false
      }
    }
  },
  additionalProperties: false,
  $defs: {
    tagList: {
      type: "array",
      items: { type: "string", minLength: 1, maxLength: 40 },
      uniqueItems: true
    },
    question: {
      type: "object",
      required: ["id", "ask"],
      properties: {
        id: {
          description: "The fact this question sets. \u95EE\u9898\u6807\u8BC6\uFF08\u5373\u4E8B\u5B9E\u540D\uFF09\u3002",
          $ref: "common.schema.json#/$defs/id"
        },
        ask: {
          description: "The question as shown. \u95EE\u9898\u6587\u5B57\u3002",
          $ref: "common.schema.json#/$defs/text"
        },
        en: { $ref: "common.schema.json#/$defs/en" },
        help: {
          description: "Help shown with the question. \u5E2E\u52A9\u8BF4\u660E\u3002",
          $ref: "common.schema.json#/$defs/text"
        },
        short: {
          description: "Short name for case labels of number and date answers (\u9762\u79EF). \u60C5\u5F62\u540D\u79F0\u4E2D\u7684\u7B80\u79F0\u3002",
          $ref: "common.schema.json#/$defs/text"
        },
        type: {
          description: "single (\u5355\u9009, the default when there are options), multiple (\u591A\u9009), yes-no (\u662F/\u5426), number (\u6570\u5B57), date (\u65E5\u671F). \u9898\u578B\u3002",
          enum: ["single", "multiple", "yes-no", "number", "date"]
        },
        when: {
          description: "Asked only when this holds. \u63D0\u95EE\u6761\u4EF6\u3002",
          $ref: "common.schema.json#/$defs/condition"
        },
        prefill: {
          description: "A profile fact that answers it in advance (\u4E00\u4EBA\u4E00\u6863/\u4E00\u4F01\u4E00\u6863). \u4ECE\u6863\u6848\u9884\u586B\u7684\u4E8B\u5B9E\u3002",
          $ref: "common.schema.json#/$defs/factName"
        },
        options: { $ref: "common.schema.json#/$defs/options" },
        yes: {
          description: "yes-no: case label of yes (\u6709\u4E13\u7528\u70DF\u9053). \u9009\u201C\u662F\u201D\u65F6\u7684\u60C5\u5F62\u540D\u79F0\u3002",
          $ref: "common.schema.json#/$defs/text"
        },
        no: {
          description: "yes-no: case label of no (\u65E0\u4E13\u7528\u70DF\u9053). \u9009\u201C\u5426\u201D\u65F6\u7684\u60C5\u5F62\u540D\u79F0\u3002",
          $ref: "common.schema.json#/$defs/text"
        },
        unit: {
          description: "number: unit shown after the value (\u33A1, \u5468\u5C81). \u5355\u4F4D\u3002",
          type: "string",
          minLength: 1,
          maxLength: 20
        },
        min: {
          description: "number: smallest value; date: earliest (YYYY-MM-DD, today, today-18y). \u6700\u5C0F\u503C/\u6700\u65E9\u65E5\u671F\u3002",
          type: ["number", "string"]
        },
        max: {
          description: "number: largest value; date: latest. \u6700\u5927\u503C/\u6700\u665A\u65E5\u671F\u3002",
          type: ["number", "string"]
        },
        integer: { description: "number: whole numbers only. \u4EC5\u9650\u6574\u6570\u3002", type: "boolean" }
      },
      additionalProperties: false
    }
  }
};

// src/util/suggest.ts
function didYouMean(word, candidates) {
  let best;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(word.length, 3) / 3));
  return bestDistance <= limit ? best : void 0;
}
function editDistance(a, b) {
  if (a === b) return 0;
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row2 = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1];
      let best = Math.min((above[j] ?? 0) + 1, (row2[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2][j - 2] ?? 0) + 1);
      }
      row2[j] = best;
    }
    rows.push(row2);
  }
  return rows[a.length][b.length] ?? 0;
}

// src/load/schema.ts
var schemas = {
  theme: theme_schema_default,
  catalog: catalog_schema_default,
  profile: profile_schema_default,
  scenario: scenario_schema_default
};
var ajv;
var validators = /* @__PURE__ */ new Map();
function validatorFor(kind) {
  let validate2 = validators.get(kind);
  if (!validate2) {
    if (!ajv) {
      ajv = new Ajv2020({
        allErrors: true,
        verbose: true,
        strict: true,
        allowUnionTypes: true,
        code: { process: appendErrorsInPlace }
      });
      ajv.addSchema(common_schema_default, "common.schema.json");
      ajv.addSchema(profile_schema_default, "profile.schema.json");
    }
    validate2 = ajv.compile(schemas[kind]);
    validators.set(kind, validate2);
  }
  return validate2;
}
function appendErrorsInPlace(code) {
  const replaced = code.replace(/\bvErrors\.concat\(/g, "tongbanAppendErrors(vErrors, ");
  if (replaced === code) return code;
  return `const tongbanAppendErrors = (list, more) => { for (let i = 0; i < more.length; i++) list.push(more[i]); return list; };
${replaced}`;
}
function checkSchema(kind, value, reporter2) {
  const validate2 = validatorFor(kind);
  if (validate2(value)) return true;
  for (const error of relevantErrors(validate2.errors ?? [])) report(error, reporter2);
  return false;
}
function effectivePointer(error) {
  const key = memberOf(error);
  return key === void 0 ? error.instancePath : `${error.instancePath}/${escapeSegment(key)}`;
}
function memberOf(error) {
  const params = error.params;
  if (error.keyword === "additionalProperties") return String(params.additionalProperty);
  if (error.keyword === "required") return String(params.missingProperty);
  if (error.propertyName !== void 0) return error.propertyName;
  return void 0;
}
function escapeSegment(segment) {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}
var SHAPE_KEYWORDS = /* @__PURE__ */ new Set(["type", "const", "enum"]);
function relevantErrors(errors) {
  const kept = errors.filter((e) => e.keyword !== "anyOf" && e.keyword !== "propertyNames");
  const above = /* @__PURE__ */ new Set();
  for (const pointer of kept.map(effectivePointer)) {
    for (let at = pointer.lastIndexOf("/"); at >= 0; at = pointer.lastIndexOf("/", at - 1)) {
      const prefix = pointer.slice(0, at);
      if (above.has(prefix)) break;
      above.add(prefix);
      if (at === 0) break;
    }
  }
  const deeper = (pointer) => above.has(pointer);
  const byShape = /* @__PURE__ */ new Map();
  const result = [];
  for (const error of kept) {
    if (SHAPE_KEYWORDS.has(error.keyword) && error.instancePath !== void 0) {
      if (deeper(error.instancePath)) continue;
      const group = byShape.get(error.instancePath) ?? [];
      group.push(error);
      byShape.set(error.instancePath, group);
    } else {
      result.push(error);
    }
  }
  for (const group of byShape.values()) {
    const first = group[0];
    if (first) result.push(group.length === 1 ? first : mergeShapes(group, first));
  }
  return dedupe(result);
}
function mergeShapes(group, first) {
  const expected = group.flatMap(expectedOf);
  return { ...first, keyword: "type", params: { type: [...new Set(expected)] } };
}
function expectedOf(error) {
  const params = error.params;
  if (error.keyword === "type") return [].concat(params.type).map(String);
  if (error.keyword === "const") return [JSON.stringify(params.allowedValue)];
  if (error.keyword === "enum") return params.allowedValues.map((v) => JSON.stringify(v));
  return [];
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const id = `${e.keyword}|${effectivePointer(e)}|${e.keyword === "pattern" ? "" : JSON.stringify(e.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
var TYPE_NAMES = {
  string: "\u6587\u672C",
  number: "\u6570\u5B57",
  integer: "\u6574\u6570",
  boolean: "true/false",
  object: "\u6620\u5C04",
  array: "\u5217\u8868",
  null: "\u7A7A\u503C"
};
function typeName(value) {
  if (value === null || value === void 0) return "\u7A7A\u503C";
  if (Array.isArray(value)) return "\u5217\u8868";
  return TYPE_NAMES[typeof value] ?? typeof value;
}
var ID_PATTERN = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";
function report(error, reporter2) {
  const params = error.params;
  const pointer = error.instancePath;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(
        error.parentSchema?.properties ?? {}
      );
      reporter2.error("unknown-key", effectivePointer(error), withSuggestion({ key }, key, allowed), {
        key: true
      });
      return;
    }
    case "required":
      reporter2.error("missing-key", pointer, { key: String(params.missingProperty) }, { key: true });
      return;
    case "type": {
      const expected = [].concat(params.type).map((t2) => TYPE_NAMES[String(t2)] ?? String(t2));
      const actual = typeName(error.data);
      const quote = expected.includes("\u6587\u672C") && (typeof error.data === "number" || typeof error.data === "boolean");
      const extra = quote ? { hint: "quote-it", value: String(error.data) } : {};
      reporter2.error("wrong-type", pointer, { expected: expected.join(" \u6216 "), actual, ...extra });
      return;
    }
    case "enum":
    case "const": {
      const allowed = error.keyword === "enum" ? params.allowedValues : [params.allowedValue];
      const value = shortValue(error.data);
      const names = allowed.map(String);
      reporter2.error(
        "invalid-value",
        pointer,
        withSuggestion({ value, allowed: names.join("\u3001") }, value, names)
      );
      return;
    }
    case "pattern": {
      const key = error.propertyName;
      const at = key === void 0 ? pointer : `${pointer}/${escapeSegment(key)}`;
      const value = key ?? shortValue(error.data);
      if (params.pattern === ID_PATTERN)
        reporter2.error("invalid-id", at, { value }, { key: key !== void 0 });
      else reporter2.error("invalid-value", at, { value }, { key: key !== void 0 });
      return;
    }
    default:
      reporter2.error("invalid-value", pointer, {
        value: shortValue(error.data),
        rule: describeLimit(error.keyword, params)
      });
  }
}
function withSuggestion(params, word, candidates) {
  const suggestion = didYouMean(word, candidates);
  return suggestion === void 0 ? params : { ...params, hint: "did-you-mean", suggestion };
}
function shortValue(value) {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : `[\u2026${value.length}]`;
  if (value !== null && typeof value === "object") return Object.keys(value).length === 0 ? "{}" : "{\u2026}";
  return String(value);
}
function describeLimit(keyword, params) {
  switch (keyword) {
    case "minItems":
    case "minProperties":
    case "minLength":
      return params.limit === 1 ? "\u4E0D\u80FD\u4E3A\u7A7A" : `\u81F3\u5C11 ${params.limit} \u9879`;
    case "maxItems":
    case "maxProperties":
    case "maxLength":
      return `\u81F3\u591A ${params.limit}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `${params.comparison} ${params.limit}`;
    case "uniqueItems":
      return "\u4E0D\u80FD\u91CD\u590D";
    default:
      return keyword;
  }
}

// src/load/profile.ts
function loadProfile(source, limits = {}) {
  const parsed = parseSource(source, limits);
  const reporter2 = parsed.reporter;
  const value = parsed.value;
  if (value === void 0) return { ok: false, diagnostics: sortDiagnostics(reporter2.diagnostics) };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    reporter2.error("not-a-mapping", "", { actual: Array.isArray(value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    return { ok: false, diagnostics: reporter2.diagnostics };
  }
  if (!checkSchema("profile", value, reporter2))
    return { ok: false, diagnostics: sortDiagnostics(reporter2.diagnostics) };
  const raw = value;
  const licences = raw.licences ?? [];
  checkLicenceDates(licences, reporter2);
  if (reporter2.hasErrors()) return { ok: false, diagnostics: sortDiagnostics(reporter2.diagnostics) };
  const profile = {
    kind: raw.kind,
    ...typeof raw.name === "string" ? { name: raw.name } : {},
    facts: raw.facts ?? {},
    licences,
    tags: raw.tags ?? [],
    completed: raw.completed ?? []
  };
  return { ok: true, profile, diagnostics: sortDiagnostics(reporter2.diagnostics) };
}
function checkLicenceDates(licences, reporter2) {
  licences.forEach((licence, i) => {
    const valid = {};
    for (const key of ["issued", "expires"]) {
      const date2 = licence[key];
      if (date2 === void 0) continue;
      if (parseDate(date2)) valid[key] = date2;
      else
        reporter2.error("invalid-value", toPointer(["licences", i, key]), {
          value: date2,
          rule: "\u4E0D\u662F\u6709\u6548\u7684\u65E5\u671F\uFF08YYYY-MM-DD\uFF09"
        });
    }
    if (valid.issued !== void 0 && valid.expires !== void 0 && valid.issued > valid.expires)
      reporter2.error("invalid-value", toPointer(["licences", i, "expires"]), {
        value: valid.expires,
        rule: `\u6709\u6548\u671F\u81F3\u65E9\u4E8E\u7B7E\u53D1\u65E5\u671F ${valid.issued}`
      });
  });
}

// src/node/files.ts
import { open, readdir, stat } from "fs/promises";
import { extname, join } from "path";
var MAX_FILE_BYTES = 2 * 1024 * 1024;
async function readSource(file, maxBytes = MAX_FILE_BYTES) {
  const fail2 = (code, params) => {
    const reporter2 = new Reporter(file, () => ({ line: 1, column: 1 }));
    reporter2.error(code, "", params);
    return { ok: false, diagnostic: reporter2.diagnostics[0] };
  };
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail2("unreadable-file", { reason: "\u8FD9\u662F\u4E00\u4E2A\u6587\u4EF6\u5939 / is a directory" });
    if (info.size > maxBytes)
      return fail2("input-too-large", { size: info.size, unit: "bytes", limit: maxBytes });
    const bytes = await readAtMost(file, maxBytes + 1, info.isFile() ? info.size + 1 : maxBytes + 1);
    if (bytes.length > maxBytes)
      return fail2("input-too-large", { size: `>${maxBytes}`, unit: "bytes", limit: maxBytes });
    if (bytes.includes(0)) return fail2("invalid-encoding", {});
    const text2 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, source: { file, text: text2 } };
  } catch (error) {
    const code = error.code;
    if (code === "ERR_ENCODING_INVALID_ENCODED_DATA") return fail2("invalid-encoding", {});
    return fail2("unreadable-file", { reason: REASONS.get(String(code)) ?? String(code ?? error) });
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
  const handle = await open(file, "r");
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
async function yamlFiles(path, options = {}) {
  const info = await stat(path).catch(() => void 0);
  if (!info) return [path];
  if (!info.isDirectory()) return [path];
  const found = [];
  const entries = await readdir(path, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith("."))
        found.push(...await yamlFiles(full, options));
    } else if ([".yaml", ".yml"].includes(extname(entry.name))) {
      const scenario = entry.name.endsWith(".test.yaml") || entry.name.endsWith(".test.yml");
      if (scenario === (options.scenarios ?? false)) found.push(full);
    }
  }
  return found;
}

// src/node/load.ts
import { dirname, resolve } from "path";

// src/profile/derivations/ages-on.ts
var agesOn = {
  name: "ages-on",
  from: "list",
  type: "list",
  compute(source, today, monthDay = "09-01") {
    const now = parseDate(today);
    const target = parseMonthDay(monthDay);
    if (!now || !target || !Array.isArray(source)) return void 0;
    const thisYear = occurrence(now[0], target);
    const on = compareDates(thisYear, now) < 0 ? occurrence(now[0] + 1, target) : thisYear;
    const ages = [];
    for (const entry of source) {
      const raw = entry !== null && typeof entry === "object" && !Array.isArray(entry) ? entry["birth-date"] : entry;
      const birth = parseDate(raw);
      if (!birth) return void 0;
      ages.push(wholeYears(birth, on));
    }
    return ages;
  }
};
function occurrence(year, [month, day]) {
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  return month === 2 && day === 29 && !leap ? [year, 3, 1] : [year, month, day];
}
function compareDates(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
function parseMonthDay(value) {
  if (typeof value !== "string" || !/^\d{2}-\d{2}$/.test(value)) return void 0;
  return parseDate(`2000-${value}`) ? [Number(value.slice(0, 2)), Number(value.slice(3))] : void 0;
}

// src/profile/derivations/days-since.ts
var daysSince = {
  name: "days-since",
  from: "date",
  type: "number",
  compute(source, today) {
    const from = parseDate(source);
    const now = parseDate(today);
    return from && now ? daysBetween(from, now) : void 0;
  }
};

// src/profile/derivations/days-until.ts
var daysUntil = {
  name: "days-until",
  from: "date",
  type: "number",
  compute(source, today) {
    const to = parseDate(source);
    const now = parseDate(today);
    return to && now ? daysBetween(now, to) : void 0;
  }
};

// src/profile/derivations/years-since.ts
var yearsSince = {
  name: "years-since",
  from: "date",
  type: "number",
  compute(source, today) {
    const from = parseDate(source);
    const now = parseDate(today);
    return from && now ? wholeYears(from, now) : void 0;
  }
};

// src/profile/derivations/index.ts
var DERIVATIONS = new Map(
  [yearsSince, daysUntil, daysSince, agesOn].map((d) => [d.name, d])
);

// src/util/own.ts
function own(record, key) {
  return Object.hasOwn(record, key) ? record[key] : void 0;
}

// src/load/checks/catalog-derivations.ts
var catalogDerivations = {
  name: "catalog-derivations",
  run(catalog, report2) {
    for (const fact of Object.values(catalog.facts)) {
      if (!fact.derive) continue;
      const element = `fact:${fact.id}`;
      const derivation = DERIVATIONS.get(fact.derive.fn);
      if (!derivation) {
        report2(element, ["derive", "fn"], "unknown-derivation", { fn: fact.derive.fn });
        continue;
      }
      const source = own(catalog.facts, fact.derive.from);
      if (!source || source.derive) {
        report2(element, ["derive", "from"], "unknown-fact", { id: fact.derive.from });
        continue;
      }
      const sourceOk = derivation.from === "date" ? source.type === "date" : source.type === "list";
      if (!sourceOk || fact.type !== derivation.type) {
        report2(element, ["derive"], "value-type-mismatch", {
          id: fact.id,
          factType: fact.type,
          fn: derivation.name,
          from: source.id,
          fromType: source.type,
          needs: derivation.from,
          gives: derivation.type
        });
      }
    }
  }
};

// src/load/checks/catalog-references.ts
var catalogReferences = {
  name: "catalog-references",
  run(catalog, report2) {
    const refer = (ids, id, element, below, code) => {
      if (Object.hasOwn(ids, id)) return;
      const suggestion = didYouMean(id, Object.keys(ids));
      report2(element, below, code, suggestion ? { id, hint: "did-you-mean", suggestion } : { id });
    };
    for (const material of Object.values(catalog.materials)) {
      if (material.licence)
        refer(catalog.licences, material.licence, `material:${material.id}`, ["licence"], "unknown-licence");
    }
    for (const item of Object.values(catalog.items)) {
      const element = `item:${item.id}`;
      if (item.department)
        refer(catalog.departments, item.department, element, ["department"], "unknown-department");
      item.presence.forEach((variant, i) => {
        const below = item.presence.length === 1 ? ["presence", "venue"] : ["presence", i, "venue"];
        if (variant.value) refer(catalog.venues, variant.value.venue, element, below, "unknown-venue");
      });
      item.materials.forEach((use, i) => {
        refer(catalog.materials, use.material, element, ["materials", i, "material"], "unknown-material");
      });
      for (const [i, id] of item.produces.entries()) {
        refer(catalog.materials, id, element, ["produces", i], "unknown-material");
      }
      for (const [i, id] of item.after.entries())
        refer(catalog.items, id, element, ["after", i], "unknown-item");
    }
  }
};

// src/load/checks/item-order.ts
var itemOrder = {
  name: "item-order",
  run(catalog, report2) {
    for (const item of Object.values(catalog.items)) {
      const i = item.after.indexOf(item.id);
      if (i >= 0) report2(`item:${item.id}`, ["after", i], "item-cycle", { cycle: `${item.id} \u2192 ${item.id}` });
    }
    const edges = orderEdges(catalog);
    const state = /* @__PURE__ */ new Map();
    const stack = [];
    const visit2 = (id) => {
      if (state.get(id) === "done") return false;
      if (state.get(id) === "open") {
        const cycle = [...stack.slice(stack.indexOf(id)), id];
        report2(`item:${id}`, [], "item-cycle", { cycle: cycle.join(" \u2192 ") }, { key: true });
        return true;
      }
      state.set(id, "open");
      stack.push(id);
      for (const next2 of edges.get(id) ?? []) if (visit2(next2)) return true;
      stack.pop();
      state.set(id, "done");
      return false;
    };
    for (const id of Object.keys(catalog.items).sort()) {
      if (visit2(id)) return;
    }
  }
};
function orderEdges(catalog) {
  const producers = /* @__PURE__ */ new Map();
  for (const item of Object.values(catalog.items)) {
    for (const material of item.produces)
      producers.set(material, [...producers.get(material) ?? [], item.id]);
  }
  const edges = /* @__PURE__ */ new Map();
  const add = (from, to) => {
    if (from !== to) edges.set(from, [...edges.get(from) ?? [], to]);
  };
  for (const item of Object.values(catalog.items)) {
    for (const before of item.after) add(before, item.id);
    for (const use of item.materials)
      for (const producer of producers.get(use.material) ?? []) add(producer, item.id);
  }
  return edges;
}

// src/load/checks/catalog.ts
var CATALOG_CHECKS = [catalogReferences, catalogDerivations, itemOrder];
function checkCatalog(catalog) {
  const found = [];
  const report2 = catalogReporter(catalog, found);
  for (const check2 of CATALOG_CHECKS) check2.run(catalog, report2);
  return found;
}
function catalogReporter(catalog, into) {
  const reporters = /* @__PURE__ */ new Map();
  return (element, below, code, params, options = {}) => {
    const location = catalog.locations[element];
    const locate2 = location && catalog.locators.get(location.file);
    if (!location || !locate2) return;
    let reporter2 = reporters.get(location.file);
    if (!reporter2) {
      reporter2 = new Reporter(location.file, locate2, into);
      reporters.set(location.file, reporter2);
    }
    const pointer = toPointer([...fromPointer(location.pointer), ...below]);
    if (options.warning) reporter2.warn(code, pointer, params, { key: options.key ?? false });
    else reporter2.error(code, pointer, params, { key: options.key ?? false });
  };
}

// src/load/condition.ts
var BOOLEAN_KEYS = ["all", "any", "not"];
var FULL_KEYS = /* @__PURE__ */ new Set(["fact", "operator", "value", "path"]);
function expandCondition(raw, pointer, reporter2, origins) {
  if (!isRecord(raw)) {
    reporter2.error("invalid-condition", pointer, { reason: "not-mapping" });
    return void 0;
  }
  const keys = Object.keys(raw);
  const booleans = BOOLEAN_KEYS.filter((k) => k in raw);
  if (booleans.length > 0 || "condition" in raw) {
    if (keys.length !== 1) {
      reporter2.error("invalid-condition", pointer, { reason: "combinator-alone" });
      return void 0;
    }
    const only = keys[0];
    const member = raw[only];
    if (only === "condition") {
      const reference = { condition: String(member) };
      const at = childPointer(pointer, "condition");
      origins.set(reference, { file: reporter2.file, factAt: at, factIsKey: false, valueAt: at });
      return reference;
    }
    if (only === "not") {
      const inner = expandCondition(member, childPointer(pointer, "not"), reporter2, origins);
      return inner && { not: inner };
    }
    const list = Array.isArray(member) ? member : [];
    const parts = list.map(
      (c, i) => expandCondition(c, childPointer(childPointer(pointer, only), i), reporter2, origins)
    );
    if (parts.some((p) => p === void 0)) return void 0;
    return only === "all" ? { all: parts } : { any: parts };
  }
  if (keys.some((k) => FULL_KEYS.has(k))) return expandFull(raw, pointer, reporter2, origins);
  const leaves2 = [];
  for (const fact of keys) {
    leaves2.push(...expandFactTest(fact, raw[fact], childPointer(pointer, fact), reporter2, origins));
  }
  return leaves2.length === 1 ? leaves2[0] : { all: leaves2 };
}
function expandFull(raw, pointer, reporter2, origins) {
  const missing = ["fact", "operator", "value"].filter((k) => !(k in raw));
  const extra = Object.keys(raw).filter((k) => !FULL_KEYS.has(k));
  if (missing.length > 0 || extra.length > 0) {
    const params = missing.length > 0 ? { reason: "full-missing", missing: missing.join(", ") } : { reason: "full-extra", extra: extra.join(", ") };
    reporter2.error("invalid-condition", pointer, params);
    return void 0;
  }
  const leaf = {
    fact: String(raw.fact),
    operator: String(raw.operator),
    value: raw.value,
    ...typeof raw.path === "string" ? { path: raw.path } : {}
  };
  origins.set(leaf, {
    file: reporter2.file,
    factAt: childPointer(pointer, "fact"),
    factIsKey: false,
    valueAt: childPointer(pointer, "value"),
    operatorAt: childPointer(pointer, "operator"),
    ..."path" in raw ? { pathAt: childPointer(pointer, "path") } : {}
  });
  return leaf;
}
function expandFactTest(fact, test2, pointer, reporter2, origins) {
  const make = (operator, value, valueAt, written = false) => {
    const leaf = { fact, operator, value };
    const at = written ? { operatorAt: valueAt, operatorIsKey: true } : {};
    origins.set(leaf, { file: reporter2.file, factAt: pointer, factIsKey: true, valueAt, ...at });
    return leaf;
  };
  if (Array.isArray(test2)) return [make("in", test2, pointer)];
  if (isRecord(test2)) {
    if ("fact" in test2) {
      reporter2.error("invalid-condition", pointer, { reason: "fact-reference" });
      return [];
    }
    return Object.keys(test2).map(
      (operator) => make(operator, test2[operator], childPointer(pointer, operator), true)
    );
  }
  return [make("equal", test2, pointer)];
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/load/normalize.ts
function text(raw, key) {
  const value = raw[key];
  return typeof value === "string" ? { [key]: value } : {};
}
function normalizeOptions(raw) {
  if (raw === null || typeof raw !== "object") return [];
  return Object.entries(raw).map(([id, value]) => {
    if (typeof value === "string") return { id, label: value };
    const r = value;
    return {
      id,
      label: String(r.label),
      ...text(r, "en"),
      ...text(r, "help"),
      ...text(r, "short"),
      ...r.exclusive === true ? { exclusive: true } : {}
    };
  });
}
function normalizeFact(id, raw, options) {
  const derive = raw.derive;
  return {
    id,
    label: String(raw.label),
    ...text(raw, "en"),
    type: raw.type,
    ...raw.options === void 0 ? {} : { options: options(raw.options) },
    ...text(raw, "unit"),
    ...derive ? {
      derive: {
        fn: String(derive.fn),
        from: String(derive.from),
        ...typeof derive["month-day"] === "string" ? { monthDay: derive["month-day"] } : {}
      }
    } : {}
  };
}
function normalizeVariants(raw, pointer, field, when, pick2, reporter2) {
  if (raw === void 0) return [];
  if (!Array.isArray(raw)) return [{ value: pick2(asEntry(raw, field)) }];
  return raw.map((entry, i) => {
    const at = childPointer(pointer, i);
    const last = i === raw.length - 1;
    if (last && entry.when !== void 0) {
      reporter2.error("variant-default", childPointer(at, "when"), { field, position: "last" }, { key: true });
    } else if (!last && entry.when === void 0) {
      reporter2.error("variant-default", at, { field, position: "other" });
    }
    const condition = entry.when === void 0 ? void 0 : when(entry.when, childPointer(at, "when"));
    return condition ? { when: condition, value: pick2(entry) } : { value: pick2(entry) };
  });
}
function asEntry(raw, field) {
  if (field === "days") return { days: raw };
  if (field === "fee") return typeof raw === "number" ? { amount: raw } : raw;
  return raw === false ? {} : raw;
}

// src/load/catalog.ts
var SECTIONS = ["departments", "venues", "licences", "facts", "materials", "items"];
var KIND = {
  departments: "department",
  venues: "venue",
  licences: "licence",
  facts: "fact",
  materials: "material",
  items: "item"
};
function loadCatalog(sources, limits = {}) {
  const diagnostics = [];
  const tables = {
    departments: {},
    venues: {},
    licences: {},
    facts: {},
    materials: {},
    items: {}
  };
  const locations = {};
  const origins = /* @__PURE__ */ new WeakMap();
  const locators = /* @__PURE__ */ new Map();
  for (const source of sources) {
    const parsed = parseSource(source, limits);
    const reporter2 = parsed.reporter;
    locators.set(source.file, laterLocator(source, limits));
    if (parsed.value === void 0) {
      diagnostics.push(...reporter2.diagnostics);
      continue;
    }
    if (!isMapping(parsed.value)) {
      reporter2.error("not-a-mapping", "", { actual: Array.isArray(parsed.value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    } else if (checkSchema("catalog", parsed.value, reporter2)) {
      const raw = parsed.value;
      for (const section of SECTIONS) {
        const entries = raw[section] ?? {};
        for (const [id, entry] of Object.entries(entries)) {
          const pointer = toPointer([section, id]);
          const key = `${KIND[section]}:${id}`;
          const { line, column } = parsed.locate(pointer, true);
          const previous = locations[key];
          if (previous) {
            reporter2.error(
              "duplicate-id",
              pointer,
              { kind: KIND[section], id, other: `${previous.file}:${previous.line}` },
              { key: true }
            );
            continue;
          }
          locations[key] = { file: source.file, line, column, pointer };
          tables[section][id] = normalizeEntry(section, id, entry, pointer, reporter2, origins);
        }
      }
    }
    diagnostics.push(...reporter2.diagnostics);
  }
  const catalog = {
    departments: tables.departments,
    venues: tables.venues,
    licences: tables.licences,
    facts: tables.facts,
    materials: tables.materials,
    items: tables.items,
    locations,
    origins,
    locators
  };
  if (diagnostics.some((d) => d.severity === "error")) return { ok: false, diagnostics };
  const checked = checkCatalog(catalog);
  const all = [...diagnostics, ...checked];
  if (all.some((d) => d.severity === "error")) return { ok: false, diagnostics: all };
  return { ok: true, catalog, diagnostics: all };
}
function normalizeEntry(section, id, entry, pointer, reporter2, origins) {
  const raw = entry;
  switch (section) {
    case "departments":
      return { id, name: String(raw.name), ...text(raw, "en"), level: raw.level };
    case "venues":
      return { id, name: String(raw.name), ...text(raw, "en"), ...text(raw, "address") };
    case "licences":
      return { id, name: String(raw.name), ...text(raw, "en"), ...text(raw, "issuer") };
    case "facts":
      return normalizeFact(id, raw, normalizeOptions);
    case "materials":
      return {
        id,
        name: String(raw.name),
        ...text(raw, "en"),
        form: raw.form ?? "\u539F\u4EF6",
        copies: typeof raw.copies === "number" ? raw.copies : 1,
        ...text(raw, "licence"),
        commitment: raw.commitment === true,
        ...text(raw, "source"),
        ...text(raw, "note")
      };
    case "items":
      return normalizeItem(id, raw, pointer, reporter2, origins);
  }
}
function normalizeItem(id, raw, pointer, reporter2, origins) {
  const when = (value, at) => expandCondition(value, at, reporter2, origins);
  const materials3 = (raw.materials ?? []).map((use, i) => {
    if (typeof use === "string") return { material: use };
    const r = use;
    const at = childPointer(childPointer(pointer, "materials"), i);
    const condition = r.when === void 0 ? void 0 : when(r.when, childPointer(at, "when"));
    return {
      material: String(r.material),
      ...condition ? { when: condition } : {},
      ...r.form === void 0 ? {} : { form: r.form },
      ...typeof r.copies === "number" ? { copies: r.copies } : {},
      ...typeof r.commitment === "boolean" ? { commitment: r.commitment } : {},
      ...text(r, "note")
    };
  });
  const basis2 = raw.basis === void 0 ? [] : [].concat(raw.basis).map(String);
  return {
    id,
    name: String(raw.name),
    ...text(raw, "en"),
    ...text(raw, "department"),
    ...text(raw, "level"),
    basis: basis2,
    days: normalizeVariants(
      raw.days,
      childPointer(pointer, "days"),
      "days",
      when,
      (v) => Number(v.days),
      reporter2
    ),
    fee: normalizeVariants(
      raw.fee,
      childPointer(pointer, "fee"),
      "fee",
      when,
      (v) => ({ amount: Number(v.amount), ...text(v, "note") }),
      reporter2
    ),
    presence: normalizeVariants(
      raw.presence,
      childPointer(pointer, "presence"),
      "presence",
      when,
      (v) => typeof v.venue === "string" ? { venue: v.venue, purpose: String(v.purpose ?? "") } : null,
      reporter2
    ),
    produces: (raw.produces ?? []).map(String),
    after: (raw.after ?? []).map(String),
    delivery: (raw.delivery ?? []).slice(),
    materials: materials3,
    ...text(raw, "note")
  };
}
function laterLocator(source, limits) {
  let locate2;
  return (pointer, key) => {
    locate2 ??= parseSource(source, limits).locate;
    return locate2(pointer, key);
  };
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/rules/decorators/js.ts
function some(list, test2) {
  return list.some(test2);
}
function every(list, test2) {
  return list.every(test2);
}

// src/rules/decorators/everyFact.ts
var everyFactDecorator = {
  name: "everyFact",
  accepts: Array.isArray,
  evaluate: (factValue, value, next2) => every(factValue, (item) => next2(item, value))
};

// src/rules/decorators/everyValue.ts
var everyValueDecorator = {
  name: "everyValue",
  evaluate: (factValue, value, next2) => every(value, (item) => next2(factValue, item))
};

// src/rules/decorators/not.ts
var notDecorator = {
  name: "not",
  evaluate: (factValue, value, next2) => !next2(factValue, value)
};

// src/rules/decorators/someFact.ts
var someFactDecorator = {
  name: "someFact",
  accepts: Array.isArray,
  evaluate: (factValue, value, next2) => some(factValue, (item) => next2(item, value))
};

// src/rules/decorators/someValue.ts
var someValueDecorator = {
  name: "someValue",
  evaluate: (factValue, value, next2) => some(value, (item) => next2(factValue, item))
};

// src/rules/decorators/swap.ts
var swapDecorator = {
  name: "swap",
  evaluate: (factValue, value, next2) => next2(value, factValue)
};

// src/rules/decorators/index.ts
var defaultDecorators = [
  someFactDecorator,
  someValueDecorator,
  everyFactDecorator,
  everyValueDecorator,
  swapDecorator,
  notDecorator
];

// src/rules/errors.ts
var RulesError = class extends Error {
  name = "RulesError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
};

// src/rules/operators/js.ts
function indexOf(container, item) {
  return container.indexOf(item);
}
function lessThan(a, b) {
  return a < b;
}
function lessThanOrEqual(a, b) {
  return a <= b;
}
function isNumberLike(factValue) {
  return Number.parseFloat(factValue).toString() !== "NaN";
}
function greaterThan(a, b) {
  return a > b;
}
function greaterThanOrEqual(a, b) {
  return a >= b;
}

// src/rules/operators/contains.ts
var containsOperator = {
  name: "contains",
  accepts: Array.isArray,
  evaluate: (factValue, value) => indexOf(factValue, value) > -1
};

// src/rules/operators/doesNotContain.ts
var doesNotContainOperator = {
  name: "doesNotContain",
  accepts: Array.isArray,
  evaluate: (factValue, value) => indexOf(factValue, value) === -1
};

// src/rules/operators/equal.ts
var equalOperator = {
  name: "equal",
  evaluate: (factValue, value) => factValue === value
};

// src/rules/operators/greaterThan.ts
var greaterThanOperator = {
  name: "greaterThan",
  accepts: isNumberLike,
  evaluate: greaterThan
};

// src/rules/operators/greaterThanInclusive.ts
var greaterThanInclusiveOperator = {
  name: "greaterThanInclusive",
  accepts: isNumberLike,
  evaluate: greaterThanOrEqual
};

// src/rules/operators/in.ts
var inOperator = {
  name: "in",
  evaluate: (factValue, value) => indexOf(value, factValue) > -1
};

// src/rules/operators/lessThan.ts
var lessThanOperator = {
  name: "lessThan",
  accepts: isNumberLike,
  evaluate: lessThan
};

// src/rules/operators/lessThanInclusive.ts
var lessThanInclusiveOperator = {
  name: "lessThanInclusive",
  accepts: isNumberLike,
  evaluate: lessThanOrEqual
};

// src/rules/operators/notEqual.ts
var notEqualOperator = {
  name: "notEqual",
  evaluate: (factValue, value) => factValue !== value
};

// src/rules/operators/notIn.ts
var notInOperator = {
  name: "notIn",
  evaluate: (factValue, value) => indexOf(value, factValue) === -1
};

// src/rules/operators/index.ts
var defaultOperators = [
  equalOperator,
  notEqualOperator,
  inOperator,
  notInOperator,
  containsOperator,
  doesNotContainOperator,
  lessThanOperator,
  lessThanInclusiveOperator,
  greaterThanOperator,
  greaterThanInclusiveOperator
];

// src/rules/registry.ts
function createOperatorSet(custom = {}) {
  const operators = /* @__PURE__ */ new Map();
  const decorators = /* @__PURE__ */ new Map();
  for (const op of [...defaultOperators, ...custom.operators ?? []]) operators.set(checkName(op), op);
  for (const deco of [...defaultDecorators, ...custom.decorators ?? []])
    decorators.set(checkName(deco), deco);
  const cache = /* @__PURE__ */ new Map();
  const resolve6 = (name) => {
    if (cache.has(name)) return cache.get(name);
    const fn = build(name, operators, decorators);
    cache.set(name, fn);
    return fn;
  };
  return {
    resolve: resolve6,
    has: (name) => resolve6(name) !== void 0,
    operatorNames: [...operators.keys()],
    decoratorNames: [...decorators.keys()]
  };
}
var defaultOperatorSet = createOperatorSet();
function checkName(def) {
  if (typeof def.name !== "string" || def.name === "" || typeof def.evaluate !== "function") {
    throw new RulesError(
      "invalid-operator",
      "an operator or decorator needs a name and an evaluate function"
    );
  }
  return def.name;
}
function build(name, operators, decorators) {
  const stack = [];
  let rest = name;
  let op = operators.get(rest);
  while (op === void 0) {
    const colon = rest.indexOf(":");
    if (colon <= 0) return void 0;
    const deco = decorators.get(rest.slice(0, colon));
    if (deco === void 0) return void 0;
    stack.push(deco);
    rest = rest.slice(colon + 1);
    op = operators.get(rest);
  }
  let fn = operatorFn(op);
  for (let i = stack.length - 1; i >= 0; i--) fn = decorate(stack[i], fn);
  return fn;
}
function operatorFn(op) {
  const accepts = op.accepts;
  if (accepts === void 0) return (factValue, value) => op.evaluate(factValue, value);
  return (factValue, value) => accepts(factValue) && op.evaluate(factValue, value);
}
function decorate(deco, next2) {
  const accepts = deco.accepts;
  if (accepts === void 0) return (factValue, value) => deco.evaluate(factValue, value, next2);
  return (factValue, value) => accepts(factValue) && deco.evaluate(factValue, value, next2);
}

// src/rules/path.ts
var NAME = /^[\p{L}_$][\p{L}\p{N}_$-]*/u;
var INDEX = /^\[(0|[1-9][0-9]*)\]/;
var KEY = /^\[(['"])([\p{L}\p{N}_$. -]+)\1\]/u;
function parsePath(path) {
  if (typeof path !== "string" || !path.startsWith("$")) return void 0;
  const keys = [];
  let rest = path.slice(1);
  while (rest !== "") {
    const step = nextKey(rest);
    if (step === void 0 || step.key === "$" || step.key === "..") return void 0;
    keys.push(step.key);
    rest = rest.slice(step.length);
  }
  return keys;
}
function nextKey(rest) {
  if (rest.startsWith(".")) {
    const name = NAME.exec(rest.slice(1))?.[0];
    return name === void 0 ? void 0 : { key: name, length: 1 + name.length };
  }
  const index = INDEX.exec(rest);
  if (index !== null) return { key: index[1], length: index[0].length };
  const quoted = KEY.exec(rest);
  if (quoted !== null) return { key: quoted[2], length: quoted[0].length };
  return void 0;
}
function isSupportedPath(path) {
  return parsePath(path) !== void 0;
}
function compilePath(path) {
  const keys = parsePath(path);
  if (keys === void 0)
    throw new RulesError("unsupported-path", `unsupported path ${JSON.stringify(path)}`);
  return (json) => {
    if (!json) return void 0;
    let value = json;
    for (const key of keys) {
      if (!value || !Object.hasOwn(value, key)) return void 0;
      value = value[key];
    }
    return value;
  };
}
function compileFactPath(path) {
  const resolve6 = compilePath(path);
  return (factValue) => factValue !== null && typeof factValue === "object" ? resolve6(factValue) : factValue;
}

// src/load/walk.ts
function walkCondition(condition, visit2) {
  if ("all" in condition) for (const c of condition.all) walkCondition(c, visit2);
  else if ("any" in condition) for (const c of condition.any) walkCondition(c, visit2);
  else if ("not" in condition) walkCondition(condition.not, visit2);
  else if ("condition" in condition) visit2.reference?.(condition);
  else visit2.leaf?.(condition);
}
function leafFacts(leaf) {
  const value = leaf.value;
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "fact" in value) {
    return [leaf.fact, String(value.fact)];
  }
  return [leaf.fact];
}

// src/load/checks/condition-references.ts
var conditionReferences = {
  name: "condition-references",
  run(context) {
    let factNames;
    const operatorNames = [...context.operators.operatorNames];
    const unknownFact = (node, part, id, fallback) => {
      factNames ??= [...context.facts.keys()];
      const suggestion = didYouMean(id, factNames);
      const params = suggestion ? { id, hint: "did-you-mean", suggestion } : { id };
      context.reportLeaf(node, part, "unknown-fact", params, fallback);
    };
    for (const site of context.sites) {
      walkCondition(site.condition, {
        leaf: (leaf) => {
          if (!context.facts.has(leaf.fact)) unknownFact(leaf, "fact", leaf.fact, site.element);
          const value = leaf.value;
          if (value !== null && typeof value === "object" && !Array.isArray(value) && "fact" in value) {
            const other = String(value.fact);
            if (!context.facts.has(other)) unknownFact(leaf, "value", other, site.element);
            if (typeof value.path === "string" && !isSupportedPath(value.path)) {
              context.reportLeaf(leaf, "value", "unsupported-path", { path: value.path }, site.element);
            }
          }
          if (!context.operators.has(leaf.operator)) {
            const base = leaf.operator.split(":").at(-1) ?? leaf.operator;
            const suggestion = didYouMean(base, operatorNames);
            const params = suggestion ? { operator: leaf.operator, hint: "did-you-mean", suggestion } : { operator: leaf.operator };
            context.reportLeaf(leaf, "operator", "unknown-operator", params, site.element);
          }
          if (leaf.path !== void 0 && !isSupportedPath(leaf.path)) {
            context.reportLeaf(leaf, "path", "unsupported-path", { path: leaf.path }, site.element);
          }
        },
        reference: (reference) => {
          if (own(context.draft.conditions, reference.condition)) return;
          const suggestion = didYouMean(reference.condition, Object.keys(context.draft.conditions));
          const id = reference.condition;
          const params = suggestion ? { id, hint: "did-you-mean", suggestion } : { id };
          context.reportLeaf(reference, "fact", "unknown-condition", params, site.element);
        }
      });
    }
    reportCycle(context);
  }
};
function reportCycle(context) {
  const named = context.draft.conditions;
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit2 = (name) => {
    if (state.get(name) === "done") return false;
    if (state.get(name) === "open") {
      const cycle = [...stack.slice(stack.indexOf(name)), name].join(" \u2192 ");
      context.report(`condition:${name}`, [], "condition-cycle", { cycle }, { key: true });
      return true;
    }
    state.set(name, "open");
    stack.push(name);
    const targets = [];
    const condition = own(named, name);
    if (condition) walkCondition(condition, { reference: (r) => targets.push(r.condition) });
    for (const target of targets) if (own(named, target) && visit2(target)) return true;
    stack.pop();
    state.set(name, "done");
    return false;
  };
  for (const name of Object.keys(named)) if (visit2(name)) return;
}

// src/load/checks/condition-values.ts
var conditionValues = {
  name: "condition-values",
  run(context) {
    for (const site of context.sites) {
      walkCondition(site.condition, { leaf: (leaf) => checkLeaf(context, leaf, site.element) });
    }
  }
};
function checkLeaf(context, leaf, element) {
  const info = context.facts.get(leaf.fact);
  if (!info || leaf.path !== void 0 || isFactReference(leaf.value)) return;
  const base = leaf.operator.replace(/^(not:)+/, "");
  const expect = expectation(info.type, base);
  if (expect === void 0) return;
  const mismatch = (part = "value") => context.reportLeaf(
    leaf,
    part,
    "value-type-mismatch",
    {
      id: leaf.fact,
      factType: info.type,
      operator: leaf.operator,
      value: JSON.stringify(leaf.value)
    },
    element
  );
  if (expect === "never") {
    mismatch("operator");
    return;
  }
  const values = expect === "members" ? leaf.value : [leaf.value];
  if (!Array.isArray(values)) {
    mismatch();
    return;
  }
  for (const value of values) {
    if (!fits(info, value)) {
      if (info.options && typeof value === "string") reportOption(context, leaf, info, value, element);
      else mismatch();
      return;
    }
  }
}
function expectation(type3, base) {
  const choice = type3 === "single" || type3 === "yes-no" || type3 === "number" || type3 === "date";
  switch (base) {
    case "equal":
    case "notEqual":
      return choice ? "member" : "never";
    case "in":
    case "notIn":
      return choice ? "members" : "never";
    case "contains":
    case "doesNotContain":
      return type3 === "multiple" || type3 === "list" ? "element" : "never";
    case "lessThan":
    case "lessThanInclusive":
    case "greaterThan":
    case "greaterThanInclusive":
      return type3 === "number" || type3 === "date" ? "member" : "never";
    default:
      return void 0;
  }
}
function fits(info, value) {
  switch (info.type) {
    case "single":
    case "multiple":
      return typeof value === "string" && (info.options ?? []).some((o) => o.id === value);
    case "yes-no":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number";
    case "date":
      return parseDate(value) !== void 0;
    default:
      return value === null || typeof value !== "object";
  }
}
function reportOption(context, leaf, info, value, element) {
  const ids = (info.options ?? []).map((o) => o.id);
  const suggestion = didYouMean(value, ids);
  const params = { question: info.id, value, ...suggestion ? { hint: "did-you-mean", suggestion } : {} };
  context.reportLeaf(leaf, "value", "unknown-option", params, element);
}
function isFactReference(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && own(value, "fact") !== void 0;
}

// src/load/checks/prefill.ts
var prefill = {
  name: "prefill",
  run(context) {
    context.draft.questions.forEach((question, i) => {
      if (!question.prefill) return;
      const at = ["questions", i, "prefill"];
      const fact = context.facts.get(question.prefill);
      if (!fact || fact.source === "question") {
        const candidates = [...context.facts.values()].filter((f) => f.source !== "question").map((f) => f.id);
        const suggestion = didYouMean(question.prefill, candidates);
        const id = question.prefill;
        context.report(
          "theme",
          at,
          "unknown-fact",
          suggestion ? { id, hint: "did-you-mean", suggestion } : { id }
        );
        return;
      }
      const mismatch = (params) => context.report("theme", at, "prefill-mismatch", { question: question.id, fact: fact.id, ...params });
      if (fact.type !== question.type) {
        mismatch({ reason: "type", questionType: question.type, factType: fact.type });
        return;
      }
      if ("options" in question) {
        const offered = new Set(question.options.map((o) => o.id));
        const missing = (fact.options ?? []).map((o) => o.id).filter((id) => !offered.has(id));
        if (missing.length > 0) mismatch({ reason: "options", missing: missing.join(", ") });
      }
    });
  }
};

// src/rules/shape.ts
var KINDS = ["all", "any", "not", "condition", "fact"];
function hasOwn(value, key) {
  return Object.hasOwn(value, key);
}
function conditionKind(condition) {
  if (condition === null || typeof condition !== "object" || Array.isArray(condition)) {
    throw new RulesError(
      "invalid-condition",
      `a condition must be an object, got ${JSON.stringify(condition)}`
    );
  }
  const found = KINDS.filter((key) => hasOwn(condition, key));
  if (found.length !== 1) {
    throw new RulesError(
      "invalid-condition",
      `a condition needs exactly one of all, any, not, condition, fact; got ${found.join(", ") || "none"}`
    );
  }
  return found[0];
}
function isFactReference2(value) {
  return value !== null && typeof value === "object" && hasOwn(value, "fact");
}

// src/rules/facts-read.ts
function factsRead(condition, conditions, unknownNames = "throw") {
  const facts = /* @__PURE__ */ new Set();
  for (const leaf of leaves(condition, conditions, unknownNames)) {
    facts.add(leaf.fact);
    if (isFactReference2(leaf.value)) facts.add(leaf.value.fact);
  }
  return facts;
}
function* leaves(condition, conditions, unknownNames = "throw") {
  const expanded = /* @__PURE__ */ new Set();
  const walk2 = function* (node) {
    switch (conditionKind(node)) {
      case "all":
        for (const member of node.all) yield* walk2(member);
        return;
      case "any":
        for (const member of node.any) yield* walk2(member);
        return;
      case "not":
        yield* walk2(node.not);
        return;
      case "condition": {
        const name = node.condition;
        if (expanded.has(name)) return;
        const target = hasOwn(conditions, name) ? conditions[name] : void 0;
        if (target === void 0) {
          if (unknownNames === "skip") return;
          throw new RulesError("unknown-condition", `no condition named ${name}`);
        }
        expanded.add(name);
        yield* walk2(target);
        return;
      }
      case "fact":
        yield node;
    }
  };
  yield* walk2(condition);
}

// src/load/checks/progressive-order.ts
var progressiveOrder = {
  name: "progressive-order",
  run(context) {
    for (const site of context.sites) {
      if (site.kind !== "question" && site.kind !== "trigger") continue;
      walkCondition(site.condition, {
        leaf: (leaf) => {
          for (const fact of leafFacts(leaf)) check(context, site, leaf, fact);
        },
        reference: (reference) => {
          const target = own(context.draft.conditions, reference.condition);
          if (!target) return;
          for (const fact of factsRead(target, context.draft.conditions, "skip"))
            check(context, site, reference, fact);
        }
      });
    }
  }
};
function check(context, site, node, fact) {
  const info = context.facts.get(fact);
  if (info?.source !== "question" || info.index === void 0) return;
  if (site.kind === "trigger") {
    context.reportLeaf(node, "fact", "trigger-reads-question", { id: fact }, site.element);
    return;
  }
  const index = site.questionIndex ?? 0;
  const question = context.draft.questions[index]?.id ?? "";
  if (info.index === index) {
    context.reportLeaf(node, "fact", "self-reference", { question }, site.element);
  } else if (info.index > index) {
    context.reportLeaf(
      node,
      "fact",
      "forward-reference",
      { question, id: fact, hint: "reorder-questions" },
      site.element
    );
  }
}

// src/load/checks/question-shape.ts
var COMMON = ["id", "ask", "en", "help", "short", "type", "when", "prefill"];
var KEYS_BY_TYPE = {
  single: [...COMMON, "options"],
  multiple: [...COMMON, "options"],
  "yes-no": [...COMMON, "yes", "no"],
  number: [...COMMON, "unit", "min", "max", "integer"],
  date: [...COMMON, "min", "max"]
};
var DATE_BOUND = /^(\d{4}-\d{2}-\d{2}|today([+-]\d{1,5}[dmy])?)$/;
var questionShape = {
  name: "question-shape",
  run(context) {
    const questions = context.raw.questions ?? [];
    for (const [i, raw] of questions.entries()) checkQuestion(context, raw, i);
  }
};
function checkQuestion(context, raw, i) {
  const type3 = typeof raw.type === "string" ? raw.type : "single";
  const at = (...below) => ["questions", i, ...below];
  const allowed = KEYS_BY_TYPE[type3] ?? COMMON;
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      context.report("theme", at(key), "misplaced-key", { key, type: type3 }, { key: true });
    }
  }
  const question = String(raw.id);
  if (type3 === "single" || type3 === "multiple") {
    if (raw.options === void 0) {
      context.report("theme", at(), "missing-key", { key: "options" });
      return;
    }
    const options = Object.entries(raw.options);
    const exclusive = options.filter(
      ([, o]) => typeof o === "object" && o !== null && o.exclusive === true
    );
    if (type3 === "single") {
      for (const [id] of exclusive) {
        context.report("theme", at("options", id, "exclusive"), "exclusive-option", {
          question,
          reason: "single"
        });
      }
    } else if (exclusive.length > 1) {
      context.report("theme", at("options", exclusive[1]?.[0] ?? ""), "exclusive-option", {
        question,
        reason: "two"
      });
    } else if (exclusive.length === options.length) {
      context.report("theme", at("options"), "exclusive-option", {
        question,
        reason: "all"
      });
    }
  }
  if (type3 === "number") {
    for (const bound of ["min", "max"]) {
      if (raw[bound] !== void 0 && typeof raw[bound] !== "number") {
        context.report("theme", at(bound), "wrong-type", { expected: "\u6570\u5B57", actual: "\u6587\u672C" });
      }
    }
    if (typeof raw.min === "number" && typeof raw.max === "number" && raw.min > raw.max) {
      context.report("theme", at("min"), "empty-range", { question, min: raw.min, max: raw.max });
    }
  }
  if (type3 === "date") {
    for (const bound of ["min", "max"]) {
      const value = raw[bound];
      if (value === void 0) continue;
      const valid = typeof value === "string" && DATE_BOUND.test(value) && (value.startsWith("today") || parseDate(value));
      if (!valid) {
        context.report("theme", at(bound), "invalid-value", {
          value: String(value),
          allowed: "YYYY-MM-DD\u3001today\u3001today-18y\u3001today+30d"
        });
      }
    }
    if (typeof raw.min === "string" && typeof raw.max === "string" && parseDate(raw.min) && parseDate(raw.max)) {
      if (raw.min > raw.max)
        context.report("theme", at("min"), "empty-range", { question, min: raw.min, max: raw.max });
    }
  }
}

// src/load/facts.ts
var BUILTINS = [
  { id: "today", label: "\u4ECA\u5929", en: "today", type: "date" },
  { id: "profile.tags", label: "\u6863\u6848\u6807\u7B7E", en: "profile tags", type: "list" },
  { id: "profile.licences", label: "\u5DF2\u5F52\u96C6\u7684\u7535\u5B50\u8BC1\u7167", en: "licences on file", type: "list" },
  { id: "profile.completed", label: "\u5DF2\u529E\u7ED3\u4E8B\u9879", en: "completed items", type: "list" }
];
var RESERVED_IDS = /* @__PURE__ */ new Set([
  "all",
  "any",
  "not",
  "condition",
  "fact",
  "operator",
  "value",
  "path",
  "params",
  "priority",
  "name",
  "today",
  "always",
  // Forbidden as keys (see parse.ts), so a question with one of these ids could be read by no shorthand
  // condition and answered by no answers or scenario file.
  "constructor",
  "prototype"
]);
var catalogFacts = /* @__PURE__ */ new WeakMap();
function factTable(questions, catalog) {
  let shared2 = catalogFacts.get(catalog);
  if (!shared2) {
    shared2 = catalogFactTable(catalog);
    catalogFacts.set(catalog, shared2);
  }
  const own2 = /* @__PURE__ */ new Map();
  questions.forEach((question, index) => {
    own2.set(question.id, {
      id: question.id,
      source: "question",
      type: question.type,
      ..."options" in question ? { options: question.options } : {},
      index
    });
  });
  return layered(own2, shared2);
}
function layered(own2, shared2) {
  function* values() {
    for (const [id, info] of shared2) yield own2.get(id) ?? info;
    for (const [id, info] of own2) if (!shared2.has(id)) yield info;
  }
  return {
    get: (id) => own2.get(id) ?? shared2.get(id),
    has: (id) => own2.has(id) || shared2.has(id),
    values,
    *keys() {
      for (const info of values()) yield info.id;
    }
  };
}
function catalogFactTable(catalog) {
  const table2 = /* @__PURE__ */ new Map();
  for (const definition of BUILTINS) {
    table2.set(definition.id, { id: definition.id, source: "builtin", type: definition.type, definition });
  }
  for (const licence of Object.values(catalog.licences)) {
    for (const definition of licenceFacts(licence.id, licence.name)) {
      table2.set(definition.id, { id: definition.id, source: "builtin", type: definition.type, definition });
    }
  }
  for (const definition of Object.values(catalog.facts)) {
    table2.set(definition.id, {
      id: definition.id,
      source: definition.derive ? "derived" : "profile",
      type: definition.type,
      ...definition.options ? { options: definition.options } : {},
      definition
    });
  }
  return table2;
}
function licenceFacts(licence, name) {
  return [
    { id: `licence.${licence}.expires`, label: `${name}\u6709\u6548\u671F\u81F3`, type: "date" },
    {
      id: `licence.${licence}.days-left`,
      label: `${name}\u5269\u4F59\u6709\u6548\u5929\u6570`,
      type: "number",
      unit: "\u5929",
      derive: { fn: "days-until", from: `licence.${licence}.expires` }
    }
  ];
}

// src/load/checks/theme-ids.ts
var themeIds = {
  name: "theme-ids",
  run(context) {
    const seen = /* @__PURE__ */ new Map();
    const questions = context.raw.questions ?? [];
    questions.forEach((question, i) => {
      const id = String(question.id);
      if (RESERVED_IDS.has(id))
        context.report("theme", ["questions", i, "id"], "reserved-id", { id, kind: "\u95EE\u9898" });
      const first = seen.get(id);
      if (first !== void 0) {
        context.report("theme", ["questions", i, "id"], "duplicate-id", {
          kind: "\u95EE\u9898",
          id,
          other: `questions/${first}`
        });
      } else {
        seen.set(id, i);
      }
    });
    for (const entry of context.draft.items) {
      if (own(context.catalog.items, entry.item)) continue;
      const suggestion = didYouMean(entry.item, Object.keys(context.catalog.items));
      context.report(
        `theme-item:${entry.item}`,
        [],
        "unknown-item",
        suggestion ? { id: entry.item, hint: "did-you-mean", suggestion } : { id: entry.item },
        { key: true }
      );
    }
  }
};

// src/load/checks/theme.ts
var THEME_CHECKS = [
  themeIds,
  questionShape,
  conditionReferences,
  progressiveOrder,
  conditionValues,
  prefill
];

// src/load/checks/theme-context.ts
function themeContext(args) {
  const { draft, catalog, into } = args;
  const reporters = /* @__PURE__ */ new Map();
  const reporterFor = (file) => {
    let reporter2 = reporters.get(file);
    if (!reporter2) {
      const locate2 = file === args.themeFile ? args.themeLocate : catalog.locators.get(file);
      if (!locate2) return void 0;
      reporter2 = new Reporter(file, locate2, into);
      reporters.set(file, reporter2);
    }
    return reporter2;
  };
  const emit = (file, pointer, code, params, options) => {
    const reporter2 = reporterFor(file);
    if (!reporter2) return;
    if (options.warning) reporter2.warn(code, pointer, params, { key: options.key ?? false });
    else reporter2.error(code, pointer, params, { key: options.key ?? false });
  };
  return {
    draft,
    raw: args.raw,
    catalog,
    facts: args.facts,
    operators: args.operators,
    sites: conditionSites(draft, catalog),
    report(element, below, code, params, options = {}) {
      const location = own(draft.locations, element) ?? own(catalog.locations, element);
      if (!location) return;
      emit(location.file, toPointer([...fromPointer(location.pointer), ...below]), code, params, options);
    },
    reportLeaf(node, part, code, params, fallback) {
      const origin = args.origins.get(node) ?? catalog.origins.get(node);
      if (!origin) {
        this.report(fallback, [], code, params);
        return;
      }
      if (part === "operator" && origin.operatorAt !== void 0) {
        emit(origin.file, origin.operatorAt, code, params, { key: origin.operatorIsKey === true });
      } else if (part === "path" && origin.pathAt !== void 0) {
        emit(origin.file, origin.pathAt, code, params, {});
      } else if (part === "fact" || part === "path") {
        emit(origin.file, origin.factAt, code, params, { key: origin.factIsKey });
      } else {
        emit(origin.file, origin.valueAt, code, params, {});
      }
    }
  };
}
function conditionSites(draft, catalog) {
  const sites = [];
  draft.questions.forEach((q, i) => {
    if (q.when)
      sites.push({ condition: q.when, kind: "question", element: `question:${q.id}`, questionIndex: i });
  });
  for (const [id, condition] of Object.entries(draft.conditions)) {
    sites.push({ condition, kind: "named", element: `condition:${id}` });
  }
  for (const entry of draft.items) {
    if (entry.when)
      sites.push({ condition: entry.when, kind: "theme-item", element: `theme-item:${entry.item}` });
  }
  for (const notice of draft.notices) {
    if (notice.when) sites.push({ condition: notice.when, kind: "notice", element: `notice:${notice.id}` });
  }
  for (const trigger of draft.triggers) {
    sites.push({ condition: trigger.when, kind: "trigger", element: `trigger:${trigger.id}` });
  }
  for (const entry of draft.items) {
    const item = own(catalog.items, entry.item);
    if (!item) continue;
    const element = `item:${item.id}`;
    const conditions = [
      ...item.materials.map((use) => use.when),
      ...item.days.map((v) => v.when),
      ...item.fee.map((v) => v.when),
      ...item.presence.map((v) => v.when)
    ];
    for (const condition of conditions) if (condition) sites.push({ condition, kind: "catalog", element });
  }
  return sites;
}

// src/model/theme.ts
var THEME_FORMAT = "tongban/theme@1";

// src/util/freeze.ts
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

// src/util/hash.ts
function hashCanonicalJson(value) {
  const hasher = new TextHasher();
  canonicalPieces(value, hasher);
  return hasher.hex();
}
var TextHasher = class {
  a = 2166136261;
  b = 16777619 ^ 1540483477;
  i = 0;
  add(text2) {
    let { a, b, i } = this;
    for (let k = 0; k < text2.length; k++, i++) {
      const c = text2.charCodeAt(k);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c ^ i & 255, 16777619);
    }
    this.a = a;
    this.b = b;
    this.i = i;
  }
  hex() {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
};
var shared = /* @__PURE__ */ new WeakSet();
var sharedTexts = /* @__PURE__ */ new WeakMap();
function markShared(value) {
  shared.add(value);
}
var NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
function canonicalPieces(value, hasher) {
  if (typeof value === "string") {
    if (NEEDS_ESCAPE.test(value)) hasher.add(JSON.stringify(value));
    else {
      hasher.add('"');
      hasher.add(value);
      hasher.add('"');
    }
    return;
  }
  if (value === null || typeof value !== "object") {
    hasher.add(JSON.stringify(value) ?? "null");
    return;
  }
  if (shared.has(value) && Object.isFrozen(value)) {
    let text2 = sharedTexts.get(value);
    if (text2 === void 0) {
      text2 = canonicalJson(value);
      sharedTexts.set(value, text2);
    }
    hasher.add(text2);
    return;
  }
  if (Array.isArray(value)) {
    hasher.add("[");
    for (let k = 0; k < value.length; k++) {
      if (k > 0) hasher.add(",");
      canonicalPieces(value[k], hasher);
    }
    hasher.add("]");
    return;
  }
  const record = value;
  const keys = Object.keys(record).filter((key) => record[key] !== void 0).sort();
  hasher.add("{");
  for (let k = 0; k < keys.length; k++) {
    if (k > 0) hasher.add(",");
    canonicalPieces(keys[k], hasher);
    hasher.add(":");
    canonicalPieces(record[keys[k]], hasher);
  }
  hasher.add("}");
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value;
  const keys = Object.keys(record).filter((key) => record[key] !== void 0).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
}

// src/load/compile.ts
function compileTheme(draft, catalog, facts, sites) {
  const questions = draft.questions.map((q) => withCuts(q, sites));
  const subset = catalogSubset(draft, catalog, facts, sites);
  const locations = { ...draft.locations };
  for (const [kind, table2] of [
    ["item", subset.items],
    ["material", subset.materials],
    ["department", subset.departments],
    ["venue", subset.venues],
    ["licence", subset.licences],
    ["fact", subset.facts]
  ]) {
    for (const id of Object.keys(table2)) {
      const location = own(catalog.locations, `${kind}:${id}`);
      if (location) locations[`${kind}:${id}`] = location;
    }
  }
  const { catalogPaths: _paths, locations: _draftLocations, ...content } = draft;
  const body = deepFreeze({ format: THEME_FORMAT, ...content, questions, catalog: subset });
  for (const table2 of Object.values(subset))
    for (const entry of Object.values(table2)) markShared(entry);
  let hash;
  const theme = { ...body, locations: deepFreeze(locations) };
  Object.defineProperty(theme, "hash", {
    enumerable: true,
    get: () => {
      hash ??= hashCanonicalJson(body);
      return hash;
    }
  });
  return Object.freeze(theme);
}
function withCuts(question, sites) {
  if (question.type !== "number" && question.type !== "date") return question;
  const cuts = /* @__PURE__ */ new Map();
  for (const site of sites) {
    walkCondition(site.condition, {
      leaf: (leaf) => {
        if (leaf.fact !== question.id || leaf.path !== void 0) return;
        for (const cut of cutsOf(leaf.operator, leaf.value)) cuts.set(`${cut.value}|${cut.side}`, cut);
      }
    });
  }
  const order = { below: 0, point: 1, above: 2 };
  const sorted = [...cuts.values()].sort(
    (a, b) => a.value === b.value ? order[a.side] - order[b.side] : a.value < b.value ? -1 : 1
  );
  return { ...question, cuts: sorted };
}
var SIDE = {
  // [as written, with `swap:`]; `below` puts the value in the upper band, `above` in the lower.
  lessThan: ["below", "above"],
  lessThanInclusive: ["above", "below"],
  greaterThan: ["above", "below"],
  greaterThanInclusive: ["below", "above"]
};
function cutsOf(operator, value) {
  const decorators = operator.split(":");
  const base = decorators.pop() ?? operator;
  const swapped = decorators.filter((d) => d === "swap").length % 2 === 1;
  const values = Array.isArray(value) ? value : [value];
  const usable = values.filter((v) => typeof v === "number" || typeof v === "string");
  const sides = own(SIDE, base);
  if (sides && !Array.isArray(value)) return usable.map((v) => ({ value: v, side: sides[swapped ? 1 : 0] }));
  return usable.map((v) => ({ value: v, side: "point" }));
}
function catalogSubset(draft, catalog, facts, sites) {
  const pick2 = (table2, ids) => {
    const out = {};
    for (const id of [...new Set(ids)].sort()) {
      const entry = own(table2, id);
      if (entry !== void 0) out[id] = entry;
    }
    return out;
  };
  const items = pick2(
    catalog.items,
    draft.items.map((i) => i.item)
  );
  const itemList = Object.values(items);
  const materials3 = pick2(
    catalog.materials,
    itemList.flatMap((i) => [...i.materials.map((m) => m.material), ...i.produces])
  );
  const read = /* @__PURE__ */ new Set();
  for (const site of sites)
    for (const fact of factsRead(site.condition, draft.conditions, "skip")) read.add(fact);
  for (const q of draft.questions) if (q.prefill) read.add(q.prefill);
  const definitions = {};
  const addFact = (id) => {
    const info = facts.get(id);
    if (!info?.definition || definitions[id]) return;
    definitions[id] = info.definition;
    if (info.definition.derive) addFact(info.definition.derive.from);
  };
  for (const id of [...read].sort()) addFact(id);
  const licenceIds = [
    ...Object.values(materials3).flatMap((m) => m.licence ? [m.licence] : []),
    ...Object.keys(definitions).flatMap((id) => id.startsWith("licence.") ? [id.split(".")[1] ?? ""] : [])
  ];
  return {
    departments: pick2(
      catalog.departments,
      itemList.flatMap((i) => i.department ? [i.department] : [])
    ),
    venues: pick2(
      catalog.venues,
      itemList.flatMap((i) => i.presence.flatMap((p) => p.value ? [p.value.venue] : []))
    ),
    licences: pick2(catalog.licences, licenceIds),
    materials: materials3,
    items,
    facts: pick2(definitions, Object.keys(definitions))
  };
}

// src/load/theme-draft.ts
function draftTheme(raw, file, locate2, reporter2, origins) {
  const locations = {};
  const mark = (key, segments) => {
    const pointer = toPointer(segments);
    const { line, column } = locate2(pointer, segments.length > 0);
    locations[key] = { file, line, column, pointer };
  };
  const when = (value, pointer) => value === void 0 ? void 0 : expandCondition(value, pointer, reporter2, origins);
  mark("theme", []);
  const questions = (raw.questions ?? []).map((q, i) => {
    const id = String(q.id);
    mark(`question:${id}`, ["questions", i]);
    const condition = when(q.when, toPointer(["questions", i, "when"]));
    const type3 = q.type ?? "single";
    const base = {
      id,
      ask: String(q.ask),
      ...text(q, "en"),
      ...text(q, "help"),
      ...text(q, "short"),
      ...condition ? { when: condition } : {},
      ...text(q, "prefill")
    };
    if (type3 === "single" || type3 === "multiple") {
      const options = normalizeOptions(q.options);
      for (const option of options) mark(`option:${id}/${option.id}`, ["questions", i, "options", option.id]);
      return { ...base, type: type3, options };
    }
    if (type3 === "yes-no") return { ...base, type: type3, yes: String(q.yes ?? "\u662F"), no: String(q.no ?? "\u5426") };
    const bounds = {
      ...q.min === void 0 ? {} : { min: q.min },
      ...q.max === void 0 ? {} : { max: q.max }
    };
    if (type3 === "number") {
      return {
        ...base,
        type: type3,
        ...text(q, "unit"),
        ...bounds,
        ...q.integer === true ? { integer: true } : {},
        cuts: []
      };
    }
    return { ...base, type: type3, ...bounds, cuts: [] };
  });
  const conditions = {};
  for (const [id, value] of Object.entries(raw.conditions ?? {})) {
    mark(`condition:${id}`, ["conditions", id]);
    const condition = when(value, toPointer(["conditions", id]));
    if (condition) conditions[id] = condition;
  }
  const items = Object.entries(raw.items).map(([id, value]) => {
    mark(`theme-item:${id}`, ["items", id]);
    if (value === "always") return { item: id };
    const condition = when(value.when, toPointer(["items", id, "when"]));
    return condition ? { item: id, when: condition } : { item: id };
  });
  const notices2 = Object.entries(raw.notices ?? {}).map(
    ([id, n]) => {
      mark(`notice:${id}`, ["notices", id]);
      const condition = when(n.when, toPointer(["notices", id, "when"]));
      return {
        id,
        kind: n.kind,
        text: String(n.text),
        ...text(n, "en"),
        ...text(n, "basis"),
        ...condition ? { when: condition } : {}
      };
    }
  );
  const triggers = [];
  for (const [id, t2] of Object.entries(raw.triggers ?? {})) {
    mark(`trigger:${id}`, ["triggers", id]);
    const condition = when(t2.when, childPointer(toPointer(["triggers", id]), "when"));
    if (!condition) continue;
    triggers.push({
      id,
      when: condition,
      message: String(t2.message),
      ...text(t2, "en"),
      onMissing: t2["on-missing"] === "fire" ? "fire" : "skip",
      weight: typeof t2.weight === "number" ? t2.weight : 1
    });
  }
  const tags = raw.tags ?? {};
  const list = (value) => (value ?? []).map(String);
  return {
    id: String(raw.id),
    title: String(raw.title),
    ...text(raw, "en"),
    version: String(raw.version),
    audience: raw.audience,
    ...text(raw, "summary"),
    ...text(raw, "region"),
    tags: {
      lifeEvents: list(tags["life-events"]),
      crowds: list(tags.crowds),
      industries: list(tags.industries)
    },
    questions,
    conditions,
    items,
    notices: notices2,
    triggers,
    catalogPaths: raw.catalog === void 0 ? [] : [].concat(raw.catalog).map(String),
    locations
  };
}

// src/load/theme.ts
function loadParsedTheme(source, parsed, catalog, options = {}) {
  const reporter2 = parsed.reporter;
  const value = parsed.value;
  if (value === void 0) return { ok: false, diagnostics: sortDiagnostics(reporter2.diagnostics) };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    reporter2.error("not-a-mapping", "", { actual: Array.isArray(value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    return { ok: false, diagnostics: reporter2.diagnostics };
  }
  const raw = value;
  if (!checkSchema("theme", raw, reporter2))
    return { ok: false, diagnostics: sortDiagnostics(reporter2.diagnostics) };
  const origins = /* @__PURE__ */ new WeakMap();
  const draft = draftTheme(raw, source.file, parsed.locate, reporter2, origins);
  const facts = factTable(draft.questions, catalog);
  const context = themeContext({
    draft,
    raw,
    catalog,
    facts,
    operators: options.operators ?? defaultOperatorSet,
    themeFile: source.file,
    themeLocate: parsed.locate,
    origins,
    into: reporter2.diagnostics
  });
  if (!reporter2.hasErrors()) {
    for (const check2 of THEME_CHECKS) check2.run(context);
  }
  const diagnostics = sortDiagnostics(reporter2.diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return { ok: false, diagnostics };
  return { ok: true, theme: compileTheme(draft, catalog, facts, context.sites), diagnostics };
}

// src/node/load.ts
async function loadCatalogFiles(paths, read = readSource) {
  const files = (await Promise.all(paths.map((p) => yamlFiles(p)))).flat();
  const sources = [];
  const unreadable = [];
  for (const result2 of await Promise.all([...new Set(files)].map((file) => read(file)))) {
    if (result2.ok) sources.push(result2.source);
    else unreadable.push(result2.diagnostic);
  }
  const result = loadCatalog(sources);
  if (unreadable.length === 0) return result;
  return { ok: false, diagnostics: [...unreadable, ...result.diagnostics] };
}
function catalogPathsOf(source) {
  return catalogPathsIn(parseSource(source).value, source.file);
}
function catalogPathsIn(parsedValue, file) {
  const value = parsedValue;
  const named = value && typeof value === "object" ? value.catalog : void 0;
  const list = named === void 0 ? ["catalog"] : [].concat(named).filter((p) => typeof p === "string");
  return list.map((p) => resolve(dirname(file), p));
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
  const parsed = parseSource(read.source, options);
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
  return { file, result: loadParsedTheme(read.source, parsed, catalog, options), catalog: catalogResult };
}

// src/cli/answers.ts
function coerceAnswer(question, text2) {
  switch (question.type) {
    case "multiple":
      return text2.split("+").map((s) => s.trim()).filter((s) => s !== "");
    case "yes-no": {
      const lower = text2.trim().toLowerCase();
      if (["yes", "y", "true", "\u662F"].includes(lower)) return true;
      if (["no", "n", "false", "\u5426"].includes(lower)) return false;
      return text2;
    }
    case "number": {
      const n = Number(text2.trim());
      return text2.trim() === "" || Number.isNaN(n) ? text2 : n;
    }
    default:
      return text2.trim();
  }
}
function parseAnswerPairs(text2) {
  const pairs = /* @__PURE__ */ new Map();
  for (const part of text2.split(",")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    if (eq <= 0) throw new Error(`"${part}" is not question=value`);
    pairs.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return pairs;
}

// src/cli/format-diagnostics.ts
import { relative } from "path";
function formatDiagnosticsText(diagnostics, lang, cwd, color) {
  const paint = (code, text2) => color ? `\x1B[${code}m${text2}\x1B[0m` : text2;
  return diagnostics.map((raw) => {
    const d = translate(raw, lang);
    const where = `${relative(cwd, d.file) || d.file}:${d.line}:${d.column}`;
    const severity = d.severity === "error" ? paint("31", "error") : paint("33", "warning");
    const head = `${where}  ${severity}  ${paint("2", d.code)}  ${d.message}`;
    return d.hint ? `${head}
    ${paint("36", d.hint)}` : head;
  }).map((line) => `${line}
`).join("");
}

// src/cli/io.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function colorOf(io) {
  return io.isTTY && io.env.NO_COLOR === void 0;
}

// src/cli/inputs.ts
function pathOf2(file, context) {
  return resolve2(context.io.cwd, file);
}
function printDiagnostics(diagnostics, context) {
  context.io.stderr.write(formatDiagnosticsText(diagnostics, context.lang, context.io.cwd, context.color));
}
async function themeInput(file, context, cache) {
  const loaded = await loadThemeFile(pathOf2(file, context), cache ? { cache } : {});
  if (!loaded.result.ok) {
    printDiagnostics(loaded.result.diagnostics, context);
    return { ok: false, exit: 1 };
  }
  return { ok: true, value: loaded.result.theme };
}
async function profileInput(file, context) {
  const read = await readSource(pathOf2(file, context));
  const result = read.ok ? loadProfile(read.source) : { ok: false, diagnostics: [read.diagnostic] };
  if (!result.ok) {
    printDiagnostics(result.diagnostics, context);
    return { ok: false, exit: 1 };
  }
  return { ok: true, value: result.profile };
}
async function optionalProfile(value, context) {
  if (typeof value !== "string") return { ok: true, value: void 0 };
  return profileInput(value, context);
}
async function answersInput(spec, context) {
  if (/^[a-z][a-z0-9-]*=/.test(spec)) {
    try {
      return { ok: true, value: new Map(parseAnswerPairs(spec)) };
    } catch (error) {
      throw new UsageError(`--answers: ${error.message}`);
    }
  }
  const read = await readSource(pathOf2(spec, context));
  if (!read.ok) {
    printDiagnostics([read.diagnostic], context);
    return { ok: false, exit: 1 };
  }
  const parsed = parseSource(read.source);
  const value = parsed.value;
  if (value === void 0 || value === null || typeof value !== "object" || Array.isArray(value)) {
    if (parsed.reporter.diagnostics.length === 0)
      parsed.reporter.error("not-a-mapping", "", { actual: Array.isArray(value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    printDiagnostics(parsed.reporter.diagnostics, context);
    return { ok: false, exit: 1 };
  }
  return { ok: true, value: new Map(Object.entries(value)) };
}
function todayInput(value, context) {
  if (typeof value === "string") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parseDate(value))
      throw new UsageError(
        t(
          context.lang,
          `--today \u9700\u8981 YYYY-MM-DD \u65E5\u671F\uFF08\u5F97\u5230\u201C${value}\u201D\uFF09`,
          `--today needs a YYYY-MM-DD date (got "${value}")`
        )
      );
    return value;
  }
  const now = /* @__PURE__ */ new Date();
  const pad2 = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}
function formatInput(value, formats, lang) {
  const format = String(value);
  if (formats.includes(format)) return format;
  throw new UsageError(
    t(
      lang,
      `--format \u53EA\u80FD\u662F ${formats.join(" | ")}\uFF08\u5F97\u5230\u201C${format}\u201D\uFF09`,
      `--format: ${formats.join(" | ")} (got "${format}")`
    )
  );
}
function positionalInput(positionals, index, what, lang) {
  const value = positionals[index];
  if (value === void 0) throw new UsageError(t(lang, `\u7F3A\u5C11${what.zh}`, `missing ${what.en}`));
  return value;
}

// src/cli/themes-dir.ts
import { existsSync } from "fs";
import { dirname as dirname2, join as join2, relative as relative2, resolve as resolve4, sep as sep2 } from "path";
import { fileURLToPath } from "url";

// src/cli/classify.ts
import { open as open2, stat as stat2 } from "fs/promises";
import { basename, resolve as resolve3, sep } from "path";
var PROFILE_KIND = /^kind:\s*["']?(person|enterprise)["']?\s*(#.*)?$/m;
async function classifyPaths(paths, cwd) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const path of paths) {
    const full = resolve3(cwd, path);
    const files = [...await yamlFiles(full), ...await yamlFiles(full, { scenarios: true })];
    const fresh = files.sort().filter((file) => !seen.has(file) && seen.add(file));
    out.push(...await Promise.all(fresh.map(classify)));
  }
  return out;
}
async function classify(file) {
  const segments = file.split(sep);
  const at = segments.lastIndexOf("catalog");
  if (at !== -1 && at < segments.length - 1)
    return { file, kind: "catalog", catalogRoot: segments.slice(0, at + 1).join(sep) };
  const name = basename(file);
  if (name.endsWith(".test.yaml") || name.endsWith(".test.yml")) return { file, kind: "scenario" };
  const head = await headOf(file, 64 * 1024).catch(() => "");
  return { file, kind: PROFILE_KIND.test(head) ? "profile" : "theme" };
}
async function headOf(file, bytes) {
  if (!(await stat2(file)).isFile()) return "";
  const handle = await open2(file, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

// src/cli/themes-dir.ts
function defaultThemesDir(cwd) {
  const local = resolve4(cwd, "themes");
  if (existsSync(local)) return local;
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join2(dir, "themes");
    if (existsSync(join2(candidate, "catalog"))) return candidate;
    dir = dirname2(dir);
  }
  return local;
}
async function loadThemesIn(dir) {
  const files = (await classifyPaths([dir], dir)).filter((f) => f.kind === "theme").map((f) => f.file);
  const cache = new CatalogCache();
  const themes = [];
  const errors = [];
  for (const file of files) {
    const loaded = await loadThemeFile(file, { cache });
    if (loaded.result.ok) themes.push({ file, theme: loaded.result.theme });
    else errors.push(...loaded.result.diagnostics.filter((d) => d.severity === "error"));
  }
  return { themes, errors, files: files.length };
}
function portable(theme, cwd) {
  const locations = Object.fromEntries(
    Object.entries(theme.locations).map(([key, at]) => [
      key,
      { ...at, file: (relative2(cwd, at.file) || at.file).split(sep2).join("/") }
    ])
  );
  return { ...theme, locations };
}

// src/cli/commands/build.ts
var build2 = {
  name: "build",
  summary: { zh: "\u628A\u4E3B\u9898\u9884\u7F16\u8BD1\u4E3A JSON\uFF08\u6D4F\u89C8\u5668\u53EA\u9700\u8FD0\u884C\u65F6\uFF09", en: "precompile themes to JSON for browsers" },
  help: {
    zh: `\u7528\u6CD5\uFF1Atongban build [\u4E3B\u9898\u6587\u4EF6\u5939] --out \u8F93\u51FA\u6587\u4EF6\u5939

\u628A\u6587\u4EF6\u5939\uFF08\u9ED8\u8BA4 themes\uFF09\u4E2D\u7684\u6BCF\u4E2A\u4E3B\u9898\u7F16\u8BD1\u4E3A <id>.json\uFF08\u7F16\u8BD1\u540E\u7684\u4E3B\u9898\uFF0C\u89C1 tongban \u8FD0\u884C\u65F6\u7684 CompiledTheme\uFF09\uFF0C
\u5E76\u5199\u51FA index.json\uFF08{ format, themes: [{ id, title, audience, tags, file }] }\uFF09\u3002\u7F51\u9875\u53EA\u9700\u52A0\u8F7D\u8FD0\u884C\u65F6\u5165\u53E3\u548C\u8FD9\u4E9B
JSON\uFF0C\u4E0D\u9700\u8981 YAML \u89E3\u6790\u5668\u548C\u6A21\u5F0F\u6821\u9A8C\u5668\u3002\u53EA\u8981\u6709\u4E00\u4E2A\u4E3B\u9898\u6709\u9519\u8BEF\uFF0C\u5C31\u4E0D\u5199\u4EFB\u4F55\u6587\u4EF6\u3002

\u9009\u9879\uFF1A
  --out \u6587\u4EF6\u5939       \u8F93\u51FA\u6587\u4EF6\u5939\uFF08\u5FC5\u9700\uFF1B\u4E0D\u5B58\u5728\u65F6\u521B\u5EFA\uFF09

\u9000\u51FA\u7801\uFF1A0 \u5B8C\u6210\uFF1B1 \u6709\u4E3B\u9898\u6709\u9519\u8BEF\uFF08\u6216\u4E24\u4E2A\u4E3B\u9898 id \u76F8\u540C\uFF09\uFF1B2 \u7528\u6CD5\u9519\u8BEF

\u793A\u4F8B\uFF1A
  tongban build themes --out public/themes`,
    en: `usage: tongban build [themes-dir] --out dir

Compiles every theme of the folder (default: themes) to <id>.json (the compiled theme, the runtime's
CompiledTheme) and writes index.json ({ format, themes: [{ id, title, audience, tags, file }] }). A web page
then needs only the runtime entry and these files: no YAML parser, no schema validator. If any theme has an
error, nothing is written.

Options:
  --out dir          the output folder (required; created if missing)

Exit codes: 0 done; 1 a theme has errors (or two themes share an id); 2 usage

Example:
  tongban build themes --out public/themes`
  },
  options: { out: { type: "string" } },
  async run(context) {
    const { values, positionals, lang, io } = context;
    if (typeof values.out !== "string")
      throw new UsageError(t(lang, "\u9700\u8981 --out \u8F93\u51FA\u6587\u4EF6\u5939", "--out is required"));
    if (positionals.length > 1)
      throw new UsageError(t(lang, "\u53EA\u80FD\u7ED9\u4E00\u4E2A\u4E3B\u9898\u6587\u4EF6\u5939", "give one themes folder"));
    const dir = pathOf2(positionals[0] ?? "themes", context);
    const out = pathOf2(values.out, context);
    const loaded = await loadThemesIn(dir);
    if (loaded.errors.length > 0) {
      printDiagnostics(loaded.errors, context);
      io.stderr.write(
        `${t(lang, "\u6709\u4E3B\u9898\u5B58\u5728\u9519\u8BEF\uFF0C\u672A\u5199\u51FA\u4EFB\u4F55\u6587\u4EF6", "some themes have errors; nothing written")}
`
      );
      return 1;
    }
    if (loaded.themes.length === 0) {
      io.stderr.write(`${t(lang, `\u5728 ${dir} \u4E2D\u6CA1\u6709\u627E\u5230\u4E3B\u9898`, `no themes found in ${dir}`)}
`);
      return 1;
    }
    const seen = /* @__PURE__ */ new Map();
    for (const { file, theme } of loaded.themes) {
      const other = seen.get(theme.id);
      if (other !== void 0) {
        io.stderr.write(
          `${t(lang, `\u4E3B\u9898 id\u201C${theme.id}\u201D\u91CD\u590D\uFF1A${other} \u548C ${file}`, `theme id "${theme.id}" is used twice: ${other} and ${file}`)}
`
        );
        return 1;
      }
      seen.set(theme.id, file);
    }
    await mkdir(out, { recursive: true });
    const index = [];
    for (const { theme } of loaded.themes) {
      const file = `${theme.id}.json`;
      await writeFile(join3(out, file), `${JSON.stringify(portable(theme, io.cwd))}
`);
      index.push({ id: theme.id, title: theme.title, audience: theme.audience, tags: theme.tags, file });
    }
    await writeFile(
      join3(out, "index.json"),
      `${JSON.stringify({ format: "tongban/index@1", themes: index }, null, 2)}
`
    );
    io.stdout.write(
      `${t(lang, `\u5DF2\u7F16\u8BD1 ${index.length} \u4E2A\u4E3B\u9898\u5230 ${values.out}`, `compiled ${index.length} themes into ${values.out}`)}
`
    );
    return 0;
  }
};

// src/analyze/checks/case-limit.ts
var caseLimit = {
  code: "case-limit",
  severity: "warning",
  scope: "theme",
  description: {
    zh: "\u60C5\u5F62\u6570\u91CF\u8D85\u8FC7\u4E0A\u9650\uFF0C\u679A\u4E3E\u505C\u6B62\uFF1B\u9700\u8981\u5168\u90E8\u60C5\u5F62\u7684\u68C0\u67E5\uFF08never-asked\u3001no-effect-option \u7B49\uFF09\u6CA1\u6709\u8FD0\u884C",
    en: "more cases than the limit: enumeration stopped, checks that need every case were skipped"
  },
  run(context, report2) {
    const cases2 = context.enumeration();
    if (cases2.truncated) report2("theme", { limit: cases2.maxCases });
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
  run(context, report2) {
    const cases2 = context.enumeration();
    const example = cases2.deadEnd;
    if (cases2.deadEnds === 0 || !example) return;
    report2("theme", {
      case: example.label || example.key || "\uFF08\u672A\u56DE\u7B54\u4EFB\u4F55\u95EE\u9898\uFF09",
      key: example.key,
      count: cases2.deadEnds
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
  run(context, report2) {
    for (const question of context.theme.questions) {
      if (question.type === "yes-no") {
        if (question.yes.trim() === question.no.trim())
          report2(`question:${question.id}`, {
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
        report2(`option:${question.id}/${option.id}`, {
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
  run(context, report2) {
    for (const item of Object.values(context.entries.items)) {
      const missing = FIELDS.filter(
        ({ field }) => field === "department" ? item.department === void 0 : item[field].length === 0
      );
      if (missing.length === 0) continue;
      report2(`item:${item.id}`, {
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
  run(context, report2) {
    const cases2 = context.enumeration();
    if (cases2.truncated) return;
    context.theme.questions.forEach((question, i) => {
      if (!cases2.asked[i]) report2(`question:${question.id}`, { question: question.id });
    });
  }
};

// src/analyze/conditions.ts
function conditionUses(theme) {
  const uses = [];
  const add = (condition, kind, element) => {
    if (condition === void 0) return;
    const outcome2 = kind !== "question" && kind !== "named" && kind !== "trigger";
    uses.push({ condition, kind, element, outcome: outcome2 });
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
function eachLeaf(condition, named, visit2, expanded = /* @__PURE__ */ new Set()) {
  if ("all" in condition) for (const member of condition.all) eachLeaf(member, named, visit2, expanded);
  else if ("any" in condition) for (const member of condition.any) eachLeaf(member, named, visit2, expanded);
  else if ("not" in condition) eachLeaf(condition.not, named, visit2, expanded);
  else if ("condition" in condition) {
    if (expanded.has(condition.condition)) return;
    expanded.add(condition.condition);
    const target = own(named, condition.condition);
    if (target) eachLeaf(target, named, visit2, expanded);
  } else visit2(condition);
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
  run(context, report2) {
    const { theme } = context;
    const cases2 = context.enumeration();
    if (cases2.truncated) return;
    const relevant = relevantQuestions(theme);
    theme.questions.forEach((question, i) => {
      const pairs = cases2.differs[i];
      if (question.type !== "single" || !pairs) return;
      if (!cases2.asked[i] || !cases2.matters[i] || !relevant.has(question.id)) return;
      question.options.forEach((option, b) => {
        const a = question.options.findIndex((_, a2) => a2 < b && !pairs[a2]?.[b]);
        const other = question.options[a];
        if (!other) return;
        report2(`option:${question.id}/${option.id}`, {
          question: question.id,
          option: option.id,
          other: other.id
        });
      });
    });
  }
};

// src/session/bands.ts
function bandOf(cuts, value) {
  let lower;
  let upper;
  for (const cut of cuts) {
    const sides = cut.side === "point" ? ["below", "above"] : [cut.side];
    for (const side of sides) {
      const isAbove = side === "below" ? value >= cut.value : value > cut.value;
      if (isAbove) lower = { value: cut.value, inclusive: side === "below" };
      else if (!upper) upper = { value: cut.value, inclusive: side === "above" };
    }
  }
  return { ...lower ? { lower } : {}, ...upper ? { upper } : {} };
}
function bandKey(band) {
  const { lower, upper } = band;
  if (lower && upper && lower.inclusive && upper.inclusive && lower.value === upper.value)
    return `eq${lower.value}`;
  const parts = [
    ...lower ? [`${lower.inclusive ? "ge" : "gt"}${lower.value}`] : [],
    ...upper ? [`${upper.inclusive ? "le" : "lt"}${upper.value}`] : []
  ];
  return parts.length === 0 ? "any" : parts.join("-");
}
function bandLabel(band, unit = "") {
  const { lower, upper } = band;
  if (lower && upper && lower.inclusive && upper.inclusive && lower.value === upper.value)
    return `=${lower.value}${unit}`;
  const parts = [
    ...lower ? [`${lower.inclusive ? "\u2265" : ">"}${lower.value}${unit}`] : [],
    ...upper ? [`${upper.inclusive ? "\u2264" : "<"}${upper.value}${unit}`] : []
  ];
  return parts.join(" \u4E14 ");
}

// src/session/question-types/types.ts
function refuse(code, question, params = {}) {
  return { ok: false, code, params: { question: question.id, ...params } };
}
var optionIndexes = /* @__PURE__ */ new WeakMap();
function optionsById(question) {
  let index = optionIndexes.get(question);
  if (!index) {
    index = new Map(question.options.map((o) => [o.id, o]));
    optionIndexes.set(question, index);
  }
  return index;
}

// src/session/question-types/date.ts
var date = {
  type: "date",
  accept(question, value, today) {
    if (typeof value !== "string")
      return refuse("wrong-type", question, { expected: "\u65E5\u671F", expectedEn: "a date" });
    if (!parseDate(value)) return refuse("invalid-date", question, { value });
    const min = resolveBound(question.min, today);
    const max = resolveBound(question.max, today);
    if (min !== void 0 && value < min || max !== void 0 && value > max) {
      return refuse("out-of-range", question, { value, min: min ?? "-\u221E", max: max ?? "\u221E" });
    }
    return { ok: true, value };
  },
  casePart(question, value) {
    const band = bandOf(question.cuts, value);
    const label = bandLabel(band);
    return { key: bandKey(band), label: label && `${question.short ?? question.id}${label}` };
  }
};
function resolveBound(bound, today) {
  if (bound === void 0 || !bound.startsWith("today")) return bound;
  const now = parseDate(today);
  if (!now) return void 0;
  const match = /^today(?:([+-]\d+)([dmy]))?$/.exec(bound);
  if (!match) return void 0;
  return match[1] === void 0 ? today : addToDate(now, Number(match[1]), match[2]);
}

// src/session/question-types/multiple.ts
var multiple = {
  type: "multiple",
  accept(question, value) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
      return refuse("wrong-type", question, { expected: "\u9009\u9879\u5217\u8868", expectedEn: "a list of option ids" });
    }
    if (value.length === 0) return refuse("empty-choice", question);
    const seen = /* @__PURE__ */ new Set();
    for (const id of value) {
      const option = optionsById(question).get(id);
      if (!option) return refuse("unknown-option", question, { option: id });
      if (seen.has(id)) return refuse("duplicate-option", question, { option: id });
      if (option.exclusive && value.length > 1) return refuse("exclusive-option", question, { option: id });
      seen.add(id);
    }
    return { ok: true, value: question.options.filter((o) => seen.has(o.id)).map((o) => o.id) };
  },
  casePart(question, value) {
    const ids = new Set(Array.isArray(value) ? value : []);
    const chosen = question.options.filter((o) => ids.has(o.id));
    return {
      key: chosen.map((o) => o.id).join("+"),
      label: chosen.map((o) => o.short ?? o.label).join("\u3001")
    };
  }
};

// src/session/question-types/number.ts
var number = {
  type: "number",
  accept(question, value) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      return refuse("wrong-type", question, { expected: "\u6570\u5B57", expectedEn: "a number" });
    }
    if (question.integer && !Number.isInteger(value)) return refuse("not-integer", question, { value });
    const min = question.min ?? Number.NEGATIVE_INFINITY;
    const max = question.max ?? Number.POSITIVE_INFINITY;
    if (value < min || value > max) {
      return refuse("out-of-range", question, { value, min: question.min ?? "-\u221E", max: question.max ?? "\u221E" });
    }
    return { ok: true, value: value === 0 ? 0 : value };
  },
  casePart(question, value) {
    const band = bandOf(question.cuts, value);
    const label = bandLabel(band, question.unit ?? "");
    return { key: bandKey(band), label: label && `${question.short ?? question.id}${label}` };
  }
};

// src/session/question-types/single.ts
var single = {
  type: "single",
  accept(question, value) {
    if (typeof value !== "string")
      return refuse("wrong-type", question, { expected: "\u4E00\u4E2A\u9009\u9879", expectedEn: "one option id" });
    if (!optionsById(question).has(value)) return refuse("unknown-option", question, { option: value });
    return { ok: true, value };
  },
  casePart(question, value) {
    const option = typeof value === "string" ? optionsById(question).get(value) : void 0;
    return { key: String(value), label: option?.short ?? option?.label ?? String(value) };
  }
};

// src/session/question-types/yes-no.ts
var yesNo = {
  type: "yes-no",
  accept(question, value) {
    if (typeof value !== "boolean")
      return refuse("wrong-type", question, { expected: "\u662F\u6216\u5426", expectedEn: "true or false" });
    return { ok: true, value };
  },
  casePart(question, value) {
    return value === true ? { key: "yes", label: question.yes } : { key: "no", label: question.no };
  }
};

// src/session/question-types/index.ts
var TYPES = { single, multiple, "yes-no": yesNo, number, date };
function questionType(question) {
  return TYPES[question.type];
}

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
  const type3 = questionType(question);
  const choices = [];
  for (const raw of values) {
    const accepted = type3.accept(question, raw, today);
    if (!accepted.ok) continue;
    const part = type3.casePart(question, accepted.value);
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
  const visit2 = (leaf) => {
    if (referencedFact(leaf) === question.id) general = true;
    if (leaf.fact !== question.id) return;
    const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
    for (const value of values) if (typeof value === "string" && ids.has(value)) tested.add(value);
    const simple = MEMBERSHIP.has(leaf.operator) && leaf.path === void 0 && typeof leaf.value === "string" && ids.has(leaf.value);
    if (!simple) general = true;
  };
  for (const use of conditionUses(theme)) eachLeaf(use.condition, theme.conditions, visit2);
  return { tested: question.options.filter((o) => tested.has(o.id)).map((o) => o.id), general };
}
function multipleChoices(question, theme) {
  const { tested, general } = multipleUse(question, theme);
  const order = new Map(question.options.map((o, i) => [o.id, i]));
  const plain2 = question.options.filter((o) => !o.exclusive);
  const testedPlain = plain2.filter((o) => tested.includes(o.id)).map((o) => o.id);
  const filler = plain2.find((o) => !tested.includes(o.id))?.id;
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
  const visit2 = (leaf) => {
    const other = referencedFact(leaf);
    if (other === question.id || leaf.fact === question.id && other !== void 0) exact = false;
  };
  for (const use of conditionUses(theme)) eachLeaf(use.condition, theme.conditions, visit2);
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
    const next2 = cuts[i + 1];
    if (next2 !== void 0) out.push((v + next2) / 2);
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
  const type3 = questionType(question);
  const seen = /* @__PURE__ */ new Set();
  const picked = [];
  for (const value of candidates) {
    const accepted = type3.accept(question, value, today);
    if (!accepted.ok) continue;
    const band = type3.casePart(question, accepted.value).key;
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
  run(context, report2) {
    const { theme } = context;
    const relevant = relevantQuestions(theme);
    const cases2 = context.enumeration();
    theme.questions.forEach((question, i) => {
      if (!cases2.truncated && !cases2.asked[i]) return;
      const noEffect = !relevant.has(question.id) || !cases2.truncated && !cases2.matters[i] && exactChoices(question, theme);
      if (noEffect) report2(`question:${question.id}`, { question: question.id });
    });
  }
};

// src/analyze/checks/unused-catalog-entry.ts
var SECTIONS2 = [
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
  run({ catalog, themes }, report2) {
    const used = /* @__PURE__ */ new Set();
    for (const theme of themes) {
      for (const [section, kind] of SECTIONS2)
        for (const id of Object.keys(theme.catalog[section])) used.add(`${kind}:${id}`);
      for (const licence of licencesNamed(theme)) used.add(`licence:${licence}`);
    }
    for (const [section, kind] of SECTIONS2) {
      for (const id of Object.keys(catalog[section])) {
        if (!used.has(`${kind}:${id}`)) report2(`${kind}:${id}`, { kind, id });
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
  run(context, report2) {
    for (const material of Object.values(context.entries.materials)) {
      const word = vagueWord(material.name);
      if (word !== void 0)
        report2(`material:${material.id}`, { id: material.id, name: material.name, word });
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
  constructor(plan, visit2, options = {}) {
    this.plan = plan;
    this.visit = visit2;
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
    this.children = visit2 ? plan.questions.map(() => []) : void 0;
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
    const next2 = /* @__PURE__ */ new Map();
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
        const known = next2.get(key);
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
        next2.set(key, { entries: keptEntries, path, stopped, flags, count: state.count });
      }
    }
    if (next2.size > MAX_STATES) return void 0;
    states = next2;
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

// src/errors.ts
var TongbanError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "TongbanError";
  }
  code;
};

// src/rules/clone.ts
function cloneLikeJre(value) {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const copy2 = [];
    for (const index in value) copy2[Number(index)] = cloneLikeJre(value[Number(index)]);
    return copy2;
  }
  const proto = Object.getPrototypeOf(value);
  const copy = Object.create(proto);
  const source = value;
  for (const key in source) {
    const inherited = proto ? Object.getOwnPropertyDescriptor(proto, key) : void 0;
    if (inherited !== void 0 && inherited.set == null) continue;
    copy[key] = cloneLikeJre(source[key]);
  }
  return copy;
}

// src/rules/leaf.ts
var UNSET = /* @__PURE__ */ Symbol("unset");
function compileLeaf(leaf, operators) {
  const { fact, operator } = leaf;
  if (typeof operator !== "string")
    throw new RulesError("invalid-condition", "a condition needs an operator");
  const op = operators.resolve(operator);
  if (op === void 0)
    throw new RulesError("unknown-operator", `unknown operator ${JSON.stringify(operator)}`);
  if (!hasOwn(leaf, "value"))
    throw new RulesError("invalid-condition", `the condition on ${fact} needs a value`);
  const left = reader(fact, leaf.path);
  const value = leaf.value;
  const apply2 = (factValue, compareTo) => {
    try {
      return op(factValue, compareTo) === true;
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new RulesError("operator-failed", `${operator} on fact ${fact} failed: ${reason}`, { cause });
    }
  };
  if (isFactReference2(value)) {
    const right = reader(value.fact, value.path);
    return (facts) => {
      const factValue = left(facts);
      if (factValue === UNSET) return "unknown";
      const compareTo = right(facts);
      return compareTo === UNSET ? "unknown" : apply2(factValue, compareTo);
    };
  }
  const literal = cloneLikeJre(value);
  return (facts) => {
    const factValue = left(facts);
    return factValue === UNSET ? "unknown" : apply2(factValue, literal);
  };
}
function reader(fact, path) {
  if (typeof fact !== "string" || fact === "") {
    throw new RulesError(
      "invalid-condition",
      `a fact name must be a non-empty string, got ${JSON.stringify(fact)}`
    );
  }
  if (path === void 0) {
    return (facts) => {
      const factValue = facts.get(fact);
      return factValue === void 0 && !facts.has(fact) ? UNSET : factValue;
    };
  }
  if (typeof path !== "string") throw new RulesError("unsupported-path", "a path must be a string");
  const at = compileFactPath(path);
  return (facts) => {
    const factValue = facts.get(fact);
    if (factValue === void 0) return facts.has(fact) ? factValue : UNSET;
    return at(factValue);
  };
}

// src/rules/compile.ts
var namedCache = /* @__PURE__ */ new WeakMap();
function compileCondition(condition, context) {
  const compiled = namedConditions(context);
  const resolving = [];
  const compile = (node) => {
    switch (conditionKind(node)) {
      case "all":
        return allOf(members(node, "all").map(compile));
      case "any":
        return anyOf(members(node, "any").map(compile));
      case "not":
        return negate(compile(notMember(node)));
      case "condition":
        return reference(node.condition);
      case "fact":
        return compileLeaf(node, context.operators);
    }
  };
  const reference = (name) => {
    if (typeof name !== "string")
      throw new RulesError("invalid-condition", "a condition reference needs a name");
    const done = compiled.get(name);
    if (done !== void 0) return done;
    if (resolving.includes(name)) {
      throw new RulesError("condition-cycle", `condition cycle: ${[...resolving, name].join(" -> ")}`);
    }
    const target = hasOwn(context.conditions, name) ? context.conditions[name] : void 0;
    if (target === void 0) throw new RulesError("unknown-condition", `no condition named ${name}`);
    resolving.push(name);
    const fn = compile(target);
    resolving.pop();
    compiled.set(name, fn);
    return fn;
  };
  return compile(condition);
}
function namedConditions(context) {
  let byOperators = namedCache.get(context.conditions);
  if (byOperators === void 0) {
    byOperators = /* @__PURE__ */ new WeakMap();
    namedCache.set(context.conditions, byOperators);
  }
  let named = byOperators.get(context.operators);
  if (named === void 0) {
    named = /* @__PURE__ */ new Map();
    byOperators.set(context.operators, named);
  }
  return named;
}
function members(node, key) {
  const list = key === "all" ? node.all : node.any;
  if (!Array.isArray(list)) throw new RulesError("invalid-condition", `"${key}" must be an array`);
  return list;
}
function notMember(node) {
  const inner = node.not;
  if (Array.isArray(inner)) throw new RulesError("invalid-condition", '"not" cannot be an array');
  return inner;
}
function allOf(parts) {
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return parts[0];
  return (facts) => {
    let verdict = true;
    for (const part of parts) {
      const member = part(facts);
      if (member === false) verdict = false;
      else if (member === "unknown" && verdict === true) verdict = "unknown";
    }
    return verdict;
  };
}
function anyOf(parts) {
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return parts[0];
  return (facts) => {
    let verdict = false;
    for (const part of parts) {
      const member = part(facts);
      if (member === true) verdict = true;
      else if (member === "unknown" && verdict === false) verdict = "unknown";
    }
    return verdict;
  };
}
function negate(part) {
  return (facts) => {
    const verdict = part(facts);
    return verdict === "unknown" ? verdict : !verdict;
  };
}

// src/session/environment.ts
var rulesCache = /* @__PURE__ */ new WeakMap();
function rulesFor(theme, operators = defaultOperatorSet) {
  let byOperators = rulesCache.get(theme);
  if (!byOperators) {
    byOperators = /* @__PURE__ */ new WeakMap();
    rulesCache.set(theme, byOperators);
  }
  let rules = byOperators.get(operators);
  if (!rules) {
    const compiled = /* @__PURE__ */ new WeakMap();
    const context = { operators, conditions: theme.conditions };
    rules = {
      evaluate(condition, facts) {
        if (condition === void 0) return true;
        let fn = compiled.get(condition);
        if (!fn) {
          fn = compileCondition(condition, context);
          compiled.set(condition, fn);
        }
        return fn(facts);
      }
    };
    byOperators.set(operators, rules);
  }
  return rules;
}
var NO_PROFILE = { kind: "person", facts: {}, licences: [], tags: [], completed: [] };
var baseCache = /* @__PURE__ */ new WeakMap();
function baseFacts(theme, profile, today, missing = "absent") {
  let byProfile = baseCache.get(theme);
  if (!byProfile) {
    byProfile = /* @__PURE__ */ new WeakMap();
    baseCache.set(theme, byProfile);
  }
  const key = profile ?? NO_PROFILE;
  let byDate = byProfile.get(key);
  if (!byDate) {
    byDate = /* @__PURE__ */ new Map();
    byProfile.set(key, byDate);
  }
  const dateKey = `${today ?? ""}|${missing}`;
  let base = byDate.get(dateKey);
  if (!base) {
    base = computeBaseFacts(theme, profile, today, missing);
    byDate.set(dateKey, base);
  }
  return base;
}
function computeBaseFacts(theme, profile, today, missing) {
  const facts = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  const set = (id, value, source) => {
    if (value === void 0 && missing === "unknown") return;
    facts.set(id, value);
    if (value !== void 0) sources.set(id, source);
  };
  const raw = /* @__PURE__ */ new Map();
  if (today !== void 0) raw.set("today", today);
  if (profile) {
    raw.set("profile.tags", [...profile.tags]);
    raw.set(
      "profile.licences",
      profile.licences.map((l) => l.licence)
    );
    raw.set("profile.completed", [...profile.completed]);
    for (const licence of profile.licences) {
      if (licence.expires !== void 0) raw.set(`licence.${licence.licence}.expires`, licence.expires);
    }
    for (const [id, value] of Object.entries(profile.facts)) raw.set(id, value);
  }
  for (const id of ["today", "profile.tags", "profile.licences", "profile.completed"])
    set(id, raw.get(id), "profile");
  const definitions = Object.values(theme.catalog.facts);
  for (const definition of definitions) {
    if (!definition.derive) set(definition.id, raw.get(definition.id), "profile");
  }
  for (const definition of definitions) {
    const derive = definition.derive;
    if (!derive) continue;
    const derivation = DERIVATIONS.get(derive.fn);
    const source = raw.get(derive.from);
    const value = derivation && source !== void 0 && today !== void 0 ? derivation.compute(source, today, derive.monthDay) : void 0;
    set(definition.id, value, "derived");
  }
  return { facts, sources };
}
function factLabel(theme, fact) {
  const question = theme.questions.find((q) => q.id === fact);
  if (question) return question.short ?? question.ask;
  return own(theme.catalog.facts, fact)?.label ?? fact;
}

// src/session/transitions.ts
import { produce } from "immer";

// src/session/walk.ts
var walks = /* @__PURE__ */ new WeakMap();
function walk(session) {
  const cached = walks.get(session);
  if (cached) return cached;
  const result = computeWalk(session, session.answers);
  walks.set(session, result);
  return result;
}
function walkWith(session, answers) {
  return computeWalk(session, answers);
}
function rememberWalk(session, computed) {
  walks.set(session, computed);
}
function computeWalk(session, answers) {
  const { theme } = session;
  const rules = rulesFor(theme, session.operators);
  const facts = new Map(baseFacts(theme, session.profile, session.today).facts);
  const states = [];
  const stale = [];
  const blocks = theme.notices.filter((n) => n.kind === "block");
  const blocked = () => blocks.some((n) => rules.evaluate(n.when, facts) === true);
  let current = -1;
  let stopped = blocked();
  for (const [index, question] of theme.questions.entries()) {
    const verdict = stopped ? false : rules.evaluate(question.when, facts);
    const answer2 = own(answers, question.id);
    if (verdict === false) {
      states.push("skipped");
      facts.set(question.id, void 0);
      if (answer2 && !answer2.prefilled) stale.push(question.id);
    } else if (current === -1 && answer2) {
      states.push("answered");
      facts.set(question.id, answer2.value);
    } else if (current === -1) {
      states.push("current");
      current = index;
    } else if (verdict === true && answer2) {
      states.push("pending-answered");
      facts.set(question.id, answer2.value);
    } else {
      states.push(answer2 ? "pending-answered" : "pending");
    }
    if (current === -1 && !stopped && blocks.length > 0) stopped = blocked();
  }
  return { states, current, facts, stale };
}

// src/session/case.ts
function caseOf(session) {
  const w = walk(session);
  const parts = [];
  session.theme.questions.forEach((question, index) => {
    if (w.states[index] !== "answered") return;
    const answer2 = own(session.answers, question.id);
    if (!answer2) return;
    const part = questionType(question).casePart(question, answer2.value);
    parts.push({ question: question.id, key: part.key, label: part.label });
  });
  return {
    key: parts.map((p) => `${p.question}=${p.key}`).join("&"),
    label: parts.map((p) => p.label).filter((label) => label !== "").join(" \xB7 "),
    parts
  };
}

// src/session/errors.ts
var MESSAGES = {
  "unknown-question": (p) => `\u6CA1\u6709\u95EE\u9898\u201C${p.question}\u201D / no question "${p.question}"`,
  "not-asked": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u5F53\u524D\u4E0D\u9700\u8981\u56DE\u7B54 / "${p.question}" is not being asked now`,
  "already-answered": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u5DF2\u56DE\u7B54\uFF0C\u8BF7\u7528 change \u4FEE\u6539 / "${p.question}" is answered: use change`,
  "not-answered": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u5C1A\u672A\u56DE\u7B54\uFF0C\u8BF7\u7528 answer / "${p.question}" is not answered yet: use answer`,
  "wrong-type": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u9700\u8981${p.expected} / "${p.question}" needs ${p.expectedEn}`,
  "unknown-option": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u6CA1\u6709\u9009\u9879\u201C${p.option}\u201D / "${p.question}" has no option "${p.option}"`,
  "duplicate-option": (p) => `\u9009\u9879\u201C${p.option}\u201D\u91CD\u590D / option "${p.option}" is given twice`,
  "exclusive-option": (p) => `\u9009\u9879\u201C${p.option}\u201D\u53EA\u80FD\u5355\u72EC\u9009\u62E9 / option "${p.option}" must be chosen alone`,
  "empty-choice": (p) => `\u95EE\u9898\u201C${p.question}\u201D\u81F3\u5C11\u9009\u62E9\u4E00\u9879 / choose at least one option for "${p.question}"`,
  "out-of-range": (p) => `\u201C${p.value}\u201D\u8D85\u51FA\u8303\u56F4 ${p.min}\u2013${p.max} / "${p.value}" is outside ${p.min}\u2013${p.max}`,
  "not-integer": (p) => `\u201C${p.value}\u201D\u5E94\u4E3A\u6574\u6570 / "${p.value}" must be a whole number`,
  "invalid-date": (p) => `\u201C${p.value}\u201D\u4E0D\u662F\u6709\u6548\u65E5\u671F\uFF08YYYY-MM-DD\uFF09 / "${p.value}" is not a date (YYYY-MM-DD)`,
  "nothing-to-undo": () => "\u6CA1\u6709\u53EF\u4EE5\u64A4\u9500\u7684\u56DE\u7B54 / there is no answer to undo"
};
function sessionError(code, params) {
  const question = params.question;
  return {
    code,
    ...typeof question === "string" ? { question } : {},
    message: MESSAGES[code](params),
    params
  };
}

// src/session/today.ts
function checkToday(today) {
  if (!parseDate(today))
    throw new TongbanError("invalid-today", `today must be a YYYY-MM-DD date, got "${today}"`);
  return today;
}

// src/session/transitions.ts
function start(theme, options = {}) {
  const today = options.today === void 0 ? void 0 : checkToday(options.today);
  const profile = options.profile === void 0 ? void 0 : deepFreeze(structuredClone(options.profile));
  const known = baseFacts(theme, profile, today).facts;
  const answers = {};
  for (const question of theme.questions) {
    if (question.prefill === void 0) continue;
    const value = known.get(question.prefill);
    if (value === void 0) continue;
    const accepted = questionType(question).accept(question, value, today);
    if (accepted.ok) answers[question.id] = { value: accepted.value, prefilled: true };
  }
  return deepFreeze({
    theme,
    ...profile === void 0 ? {} : { profile },
    ...today === void 0 ? {} : { today },
    ...options.operators === void 0 ? {} : { operators: options.operators },
    answers,
    trail: []
  });
}
function next(session) {
  const w = walk(session);
  const progress = progressOf(w);
  const question = session.theme.questions[w.current];
  if (w.current === -1 || !question) return { done: true, case: caseOf(session), progress };
  return { done: false, question, options: "options" in question ? question.options : [], progress };
}
function answer(session, questionId, value) {
  const found = findQuestion(session, questionId);
  if (!found.ok) return found.rejected;
  const { question, index } = found;
  const w = walk(session);
  if (w.current !== index) {
    const code = own(session.answers, questionId) ? "already-answered" : "not-asked";
    return reject(session, code, questionId);
  }
  const accepted = questionType(question).accept(question, value, session.today);
  if (!accepted.ok) return { ok: false, session, error: sessionError(accepted.code, accepted.params) };
  return commit(session, questionId, accepted.value, true);
}
function change(session, questionId, value) {
  const found = findQuestion(session, questionId);
  if (!found.ok) return found.rejected;
  const { question, index } = found;
  const previous = own(session.answers, questionId);
  if (!previous) return reject(session, "not-answered", questionId);
  const w = walk(session);
  const state = w.states[index];
  const asked = state === "answered" || state === "pending-answered" && rulesFor(session.theme, session.operators).evaluate(question.when, w.facts) === true;
  if (!asked) return reject(session, "not-asked", questionId);
  const accepted = questionType(question).accept(question, value, session.today);
  if (!accepted.ok) return { ok: false, session, error: sessionError(accepted.code, accepted.params) };
  if (sameValue(previous.value, accepted.value)) return { ok: true, session, dropped: [] };
  return commit(session, questionId, accepted.value, false);
}
function back(session) {
  const last = session.trail.at(-1);
  if (last === void 0) return reject(session, "nothing-to-undo");
  const updated = produce(session, (draft) => {
    delete draft.answers[last];
    draft.trail.pop();
  });
  return { ok: true, session: updated, dropped: [] };
}
function commit(session, questionId, value, fresh) {
  const answers = { ...session.answers, [questionId]: { value } };
  const after = walkWith(session, answers);
  const dropped = after.stale.map((id) => ({
    question: id,
    value: answers[id].value,
    reason: "no-longer-asked"
  }));
  const updated = produce(session, (draft) => {
    draft.answers[questionId] = { value };
    if (fresh) draft.trail.push(questionId);
    for (const { question } of dropped) delete draft.answers[question];
    if (dropped.length > 0) draft.trail = draft.trail.filter((id) => !after.stale.includes(id));
  });
  rememberWalk(updated, { ...after, stale: [] });
  return { ok: true, session: updated, dropped };
}
function progressOf(w) {
  let answered2 = 0;
  let remaining = 0;
  for (const state of w.states) {
    if (state === "answered") answered2++;
    else if (state === "current" || state === "pending") remaining++;
  }
  return { answered: answered2, remaining };
}
function findQuestion(session, questionId) {
  const index = session.theme.questions.findIndex((q) => q.id === questionId);
  const question = session.theme.questions[index];
  if (!question) return { ok: false, rejected: reject(session, "unknown-question", String(questionId)) };
  return { ok: true, question, index };
}
function reject(session, code, question) {
  return { ok: false, session, error: sessionError(code, question === void 0 ? {} : { question }) };
}
function sameValue(a, b) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
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
    const text2 = canonicalJson(condition);
    let at = byText.get(text2);
    if (at === void 0) {
      at = conditions.length;
      conditions.push(compileCondition(condition, context));
      const questions2 = [...factsReadBy(condition, theme.conditions)].map((fact) => position.get(fact)).filter((i) => i !== void 0).sort((a, b) => a - b);
      reads.push(questions2);
      levels.push(questions2.at(-1) ?? -1);
      byText.set(text2, at);
    }
    byObject.set(condition, at);
    return at;
  };
  const today = base.today;
  const questions = theme.questions.map((question, i) => {
    const answer2 = own(base.answers, question.id);
    return {
      index: i,
      id: question.id,
      when: index(question.when),
      choices: choicesOf(question, theme, today),
      prefilled: answer2?.prefilled ? choiceFor(question, answer2.value) : void 0
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
  const notices2 = theme.notices.map((n) => ({ id: n.id, kind: n.kind, when: index(n.when) }));
  const atLevel = theme.questions.map(() => []);
  const initial = [];
  levels.forEach((level, c) => {
    if (level < 0) initial.push(c);
    else atLevel[level].push(c);
  });
  const blocks = notices2.filter((n) => n.kind === "block").map((n) => n.when);
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
    notices: notices2,
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

// src/outcome/display.ts
function factDomain(theme, fact) {
  const label = factLabel(theme, fact);
  const question = theme.questions.find((q) => q.id === fact);
  if (question) {
    if (question.type === "single" || question.type === "multiple") {
      return { fact, label, type: question.type, options: question.options };
    }
    if (question.type === "yes-no")
      return { fact, label, type: "yes-no", yes: question.yes, no: question.no };
    if (question.type === "number") {
      return { fact, label, type: "number", ...question.unit === void 0 ? {} : { unit: question.unit } };
    }
    return { fact, label, type: "date" };
  }
  if (fact === "profile.licences") {
    const options = Object.values(theme.catalog.licences).map((l) => ({ id: l.id, label: l.name }));
    return { fact, label, type: "list", options };
  }
  const definition = own(theme.catalog.facts, fact);
  if (!definition) return { fact, label, type: "unknown" };
  return {
    fact,
    label,
    type: definition.type,
    ...definition.options ? { options: definition.options } : {},
    ...definition.unit === void 0 ? {} : { unit: definition.unit }
  };
}
function displayValue(domain, value) {
  if (value === void 0 || value === null) return "\uFF08\u65E0\uFF09";
  if (Array.isArray(value)) return value.map((v) => displayValue(domain, v)).join("\u3001");
  if (typeof value === "boolean") {
    if (value) return domain.yes ?? "\u662F";
    return domain.no ?? "\u5426";
  }
  if (typeof value === "number") return `${formatNumber(value)}${domain.unit ?? ""}`;
  if (typeof value === "string") {
    const option = domain.options?.find((o) => o.id === value);
    return option ? option.label : value;
  }
  return JSON.stringify(toJson(value));
}
function formatNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  return String(Number.parseFloat(value.toPrecision(12)));
}
function toJson(value) {
  if (value === void 0 || value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === "object") {
    const out = {};
    for (const [key, member] of Object.entries(value)) if (member !== void 0) out[key] = toJson(member);
    return out;
  }
  return null;
}

// src/outcome/condition-text.ts
var ALWAYS_TEXT = "\u59CB\u7EC8\u9002\u7528";
var SYMBOLS = {
  equal: "=",
  notEqual: "\u2260",
  in: "\u2208",
  notIn: "\u2209",
  contains: "\u5305\u542B",
  doesNotContain: "\u4E0D\u5305\u542B",
  lessThan: "<",
  lessThanInclusive: "\u2264",
  greaterThan: ">",
  greaterThanInclusive: "\u2265"
};
var NEGATED = {
  equal: "notEqual",
  notEqual: "equal",
  in: "notIn",
  notIn: "in",
  contains: "doesNotContain",
  doesNotContain: "contains"
};
function conditionText(condition, theme) {
  if (condition === void 0) return ALWAYS_TEXT;
  return render(condition, theme, "top", []);
}
function render(node, theme, position, seen) {
  if ("all" in node) return join4(node.all, "\uFF1B", " \u4E14 ", "and", theme, position, seen);
  if ("any" in node) return join4(node.any, " \u6216 ", " \u6216 ", "or", theme, position, seen);
  if ("not" in node) return `\u5E76\u975E\uFF08${render(node.not, theme, "group", seen)}\uFF09`;
  if ("condition" in node) {
    const name = node.condition;
    const target = own(theme.conditions, name);
    if (target === void 0 || seen.includes(name)) return `\u3014${name}\u3015`;
    return render(target, theme, position, [...seen, name]);
  }
  return leafText(node, theme);
}
function join4(members2, topSeparator, separator, kind, theme, position, seen) {
  if (members2.length === 0) return "\u59CB\u7EC8\u6210\u7ACB";
  if (members2.length === 1) return render(members2[0], theme, position, seen);
  const parts = members2.map((m) => render(m, theme, kind, seen));
  if (position === "top") return parts.join(topSeparator);
  const text2 = parts.join(separator);
  return position === "group" || position === kind ? text2 : `\uFF08${text2}\uFF09`;
}
function leafText(leaf, theme) {
  const domain = factDomain(theme, leaf.fact);
  const decorators = leaf.operator.split(":");
  const base = decorators.pop() ?? leaf.operator;
  const yesNo2 = yesNoText(leaf, domain, decorators, base);
  if (yesNo2 !== void 0) return yesNo2;
  const left = leaf.path === void 0 ? domain.label : `${domain.label}\uFF08${leaf.path}\uFF09`;
  return apply(decorators, base, left, rightText(leaf, domain, theme));
}
function yesNoText(leaf, domain, decorators, base) {
  if (domain.yes === void 0 || domain.no === void 0) return void 0;
  if (domain.yes === "\u662F" && domain.no === "\u5426") return void 0;
  if (leaf.path !== void 0 || typeof leaf.value !== "boolean") return void 0;
  const negations = decorators.filter((d) => d === "not").length;
  if (negations !== decorators.length || base !== "equal" && base !== "notEqual") return void 0;
  const positive = base === "equal" === (negations % 2 === 0);
  return leaf.value === positive ? domain.yes : domain.no;
}
function rightText(leaf, domain, theme) {
  const value = leaf.value;
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "fact" in value) {
    const other = factDomain(theme, String(value.fact));
    return typeof value.path === "string" ? `${other.label}\uFF08${value.path}\uFF09` : other.label;
  }
  if (Array.isArray(value)) return `{${value.map((v) => displayValue(domain, v)).join("\u3001")}}`;
  if (value === null) return "\u7A7A\u503C";
  return displayValue(domain, value);
}
function apply(decorators, base, left, right) {
  const [first, ...rest] = decorators;
  switch (first) {
    case void 0:
      return `${left} ${SYMBOLS[base] ?? base} ${right}`;
    case "not": {
      const negated = rest.length === 0 ? own(NEGATED, base) : void 0;
      return negated ? apply([], negated, left, right) : `\u5E76\u975E\uFF08${apply(rest, base, left, right)}\uFF09`;
    }
    case "swap":
      return apply(rest, base, right, left);
    case "someFact":
      return apply(rest, base, `${left}\u4E2D\u4EFB\u4E00\u9879`, right);
    case "everyFact":
      return apply(rest, base, `${left}\u4E2D\u6BCF\u4E00\u9879`, right);
    case "someValue":
      return apply(rest, base, left, `${right}\u4E2D\u4EFB\u4E00\u9879`);
    case "everyValue":
      return apply(rest, base, left, `${right}\u4E2D\u6BCF\u4E00\u9879`);
    default:
      return `${first}\uFF08${apply(rest, base, left, right)}\uFF09`;
  }
}

// src/outcome/reasons.ts
function reasonFor(condition, context) {
  const text2 = conditionText(condition, context.theme);
  if (condition === void 0) return { facts: [], text: text2 };
  const facts = [...factsRead(condition, context.theme.conditions, "skip")].filter((fact) => context.facts.has(fact)).map((fact) => reasonFact(fact, context));
  return { condition, facts, text: text2 };
}
function unionReason(conditions, context) {
  const distinct = /* @__PURE__ */ new Map();
  for (const condition of conditions) {
    if (condition === void 0) return reasonFor(void 0, context);
    const key = canonicalJson(condition);
    if (!distinct.has(key)) distinct.set(key, condition);
  }
  const list = [...distinct.values()];
  if (list.length <= 1) return reasonFor(list[0], context);
  return reasonFor({ any: list }, context);
}
function conjunction(a, b) {
  if (a === void 0) return b;
  if (b === void 0) return a;
  return { all: [a, b] };
}
function reasonFact(fact, context) {
  const { theme, session } = context;
  const domain = factDomain(theme, fact);
  const value = context.facts.get(fact);
  const isQuestion = theme.questions.some((q) => q.id === fact);
  let source;
  let display2 = displayValue(domain, value);
  if (isQuestion) {
    const answer2 = own(session.answers, fact);
    source = answer2?.prefilled && value !== void 0 ? "prefilled" : "answer";
    if (value === void 0) display2 = "\uFF08\u672A\u63D0\u95EE\uFF09";
  } else {
    const known = baseFacts(theme, session.profile, session.today).sources.get(fact);
    source = known ?? (own(theme.catalog.facts, fact)?.derive ? "derived" : "profile");
  }
  return { fact, label: domain.label, value: toJson(value), display: display2, source };
}

// src/outcome/materials.ts
var FORM_RANK = { \u8868\u683C: 3, \u539F\u4EF6: 2, \u590D\u5370\u4EF6: 1, \u7535\u5B50: 0 };
function strongerForm(a, b) {
  return FORM_RANK[b] > FORM_RANK[a] ? b : a;
}
function applyingUses(applied, context) {
  const uses = [];
  for (const { entry, item } of applied) {
    for (const use of item.materials) {
      const material = own(context.theme.catalog.materials, use.material);
      if (!material || !context.holds(use.when)) continue;
      const condition = conjunction(entry.when, use.when);
      uses.push({
        item: item.id,
        material,
        form: use.form ?? material.form,
        copies: use.copies ?? material.copies,
        commitment: use.commitment ?? material.commitment,
        ...use.note === void 0 ? {} : { note: use.note },
        ...condition === void 0 ? {} : { condition }
      });
    }
  }
  return uses;
}
function passesOf(applied, uses) {
  const passes = [];
  const seen = /* @__PURE__ */ new Set();
  for (const use of uses) {
    const key = `${use.item}
${use.material.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const producer = applied.find((a) => a.item.id !== use.item && a.item.produces.includes(use.material.id));
    if (producer) passes.push({ item: use.item, producer: producer.item.id, material: use.material.id });
  }
  return passes;
}
function mergeMaterials(uses, passes, applied, context) {
  const byMaterial = /* @__PURE__ */ new Map();
  for (const use of uses) byMaterial.set(use.material.id, [...byMaterial.get(use.material.id) ?? [], use]);
  const order = (id) => applied.findIndex((a) => a.item.id === id);
  return [...byMaterial.values()].map((list) => {
    const material = list[0].material;
    const usedBy = usesByItem(list);
    const received = passes.filter((p) => p.material === material.id);
    const passedOn = usedBy.every((u) => received.some((p) => p.item === u.item));
    const producer = passedOn ? received.map((p) => p.producer).sort((a, b) => order(a) - order(b))[0] : void 0;
    const producerItem = producer === void 0 ? void 0 : applied[order(producer)]?.item;
    const licence = producerItem ? void 0 : licenceOnFile(material, context);
    return {
      id: material.id,
      name: material.name,
      form: usedBy.map((u) => u.form).reduce(strongerForm),
      copies: Math.max(...usedBy.map((u) => u.copies)),
      status: producerItem ? "passed-on" : licence ? "waived" : "submit",
      ...producerItem ? { producedBy: { id: producerItem.id, name: producerItem.name } } : {},
      ...licence ? { waivedBy: licence } : {},
      commitment: usedBy.filter((u) => u.commitment).map((u) => u.item),
      usedBy: usedBy.map(({ commitment: _c, ...use }) => use),
      ...material.note === void 0 ? {} : { note: material.note },
      ...material.source === void 0 ? {} : { source: material.source },
      reason: unionReason(
        list.map((u) => u.condition),
        context
      )
    };
  });
}
function itemByItemCount(uses) {
  return new Set(uses.map((u) => `${u.item}
${u.material.id}`)).size;
}
function usesByItem(list) {
  const byItem = /* @__PURE__ */ new Map();
  for (const use of list) {
    const previous = byItem.get(use.item);
    if (!previous) {
      byItem.set(use.item, {
        item: use.item,
        form: use.form,
        copies: use.copies,
        ...use.note === void 0 ? {} : { note: use.note },
        commitment: use.commitment
      });
      continue;
    }
    const notes = [previous.note, use.note].filter((n) => n !== void 0);
    const note = [...new Set(notes)].join("\uFF1B");
    byItem.set(use.item, {
      item: use.item,
      form: strongerForm(previous.form, use.form),
      copies: Math.max(previous.copies, use.copies),
      ...note === "" ? {} : { note },
      commitment: previous.commitment && use.commitment
    });
  }
  return [...byItem.values()];
}
function licenceOnFile(material, context) {
  const kind = material.licence;
  const profile = context.session.profile;
  if (kind === void 0 || !profile) return void 0;
  const today = context.session.today;
  const valid = profile.licences.some(
    (l) => l.licence === kind && (l.expires === void 0 || today !== void 0 && l.expires >= today)
  );
  if (!valid) return void 0;
  return { id: kind, name: own(context.theme.catalog.licences, kind)?.name ?? kind };
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
    let notices2 = 0;
    const noticePlans = this.plan.notices;
    for (let n = 0; n < noticePlans.length; n++) {
      const notice = noticePlans[n];
      const on = notice.when < 0 || verdicts[notice.when] === 1;
      buffer[length++] = on ? ONE : ZERO;
      if (!on) continue;
      notices2++;
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
    const summary = this.compute(bytes, blocked, notNeeded, notices2);
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
  compute(signature, blocked, notNeeded, notices2) {
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
    let days2 = 0;
    while (left > 0) {
      let next2 = -1;
      for (let i = 0; i < items.length && next2 < 0; i++) {
        if (applies[i] !== 1 || scheduled[i] === stamp) continue;
        if (this.dependencies(i, (d) => scheduled[d] === stamp)) next2 = i;
      }
      if (next2 < 0) {
        for (let i = 0; i < items.length && next2 < 0; i++)
          if (applies[i] === 1 && scheduled[i] !== stamp) next2 = i;
      }
      let start2 = 0;
      this.dependencies(next2, (d) => {
        if (scheduled[d] === stamp && finish[d] > start2) start2 = finish[d];
        return true;
      });
      const item = items[next2];
      const end = start2 + (item.days[this.dayPick[next2]]?.value ?? 0);
      finish[next2] = end;
      scheduled[next2] = stamp;
      if (end > days2) days2 = end;
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
      days: days2,
      fee: cents / 100,
      visits: venues.size,
      notices: notices2,
      signature
    };
    if (!this.options.detail) return Object.freeze(summary);
    return Object.freeze({ ...summary, detail: this.detailOf(status, days2, cents / 100, venues.size) });
  }
  /**
   * A hash of the current case's outcome entry by entry, as `detailOf` lists it (names aside): status,
   * notices, items with the days, fee and venue that hold, merged materials in order of first use with form,
   * copies and status, and the totals. Equal outcomes, equal hashes; nothing is built. Call it right after
   * `summarize` for the same case, with the summary that returned.
   */
  outcomeHash(summary) {
    const { notices: notices2, producers, waivable: waivable2 } = this.plan;
    const items = this.items;
    const applies = this.applies;
    const hash = new Hash();
    hash.string(summary.status);
    for (let n = 0; n < notices2.length; n++) if (this.buffer[n] === ONE) hash.number(n);
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
  detailOf(status, days2, fee, visits2) {
    const { notices: notices2, materials: ids, materialNames, producers, waivable: waivable2 } = this.plan;
    const items = this.items;
    const applies = this.applies;
    const noticeList = [];
    notices2.forEach((notice, n) => {
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
    return { status, notices: noticeList, items: itemList, materials: materialList, days: days2, fee, visits: visits2 };
  }
  /**
   * Whether `test` holds for every item the applying item i depends on: the producer of each material it
   * uses (`produces` edges) and the applying items of its `after` list.
   */
  dependencies(i, test2) {
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
      if (p >= 0 && !test2(p)) return false;
    }
    for (const a of item.after) if (applies[a] === 1 && !test2(a)) return false;
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
      let some2 = false;
      const mark = (a, b) => {
        some2 = true;
        if (!apart) {
          left = 0;
          return;
        }
        if (apart[a * m + b] === 1) return;
        apart[a * m + b] = 1;
        apart[b * m + a] = 1;
        left--;
      };
      const open3 = () => {
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
        const choices = open3();
        const found = choices.map(idOf);
        for (let a = 0; a < choices.length && left > 0; a++) {
          for (let b = a + 1; b < choices.length && left > 0; b++) {
            if (found[a] !== found[b]) mark(choices[a], choices[b]);
          }
        }
      };
      const inStep = (prefix, choices) => {
        let walks2 = choices.map((c) => {
          const fixed = new Int32Array(k + 1);
          fixed.set(prefix.subarray(0, k));
          fixed[k] = c;
          return { c, walker: new CaseWalker(plan, void 0, { fixed, labels: false, deadEnds: true }) };
        });
        const together = (a, b) => apart ? apart[a * m + b] === 0 : left > 0;
        while (walks2.length > 1 && left > 0) {
          const ids2 = walks2.map(({ walker }) => walker.advance() ? stepId(walker, k) : ENDED);
          for (let a = 0; a < walks2.length; a++) {
            for (let b = a + 1; b < walks2.length; b++) {
              const x = walks2[a].c;
              const y = walks2[b].c;
              if (ids2[a] !== ids2[b] && together(x, y)) mark(x, y);
            }
          }
          walks2 = walks2.filter(
            (walk2, i) => ids2[i] !== ENDED && walks2.some((other) => other !== walk2 && together(walk2.c, other.c))
          );
        }
      };
      const whole = (prefix) => {
        if (apart) {
          inStep(prefix, open3());
          return;
        }
        for (let c = 1; c < m && left > 0; c += BATCH) {
          const batch = [0];
          for (let d = c; d < Math.min(m, c + BATCH); d++) batch.push(d);
          inStep(prefix, batch);
        }
      };
      const nodes = (limit, visit2) => {
        const prefixes = new CaseWalker(plan, void 0, { upTo: k, labels: false });
        let count = 0;
        while (left > 0 && count < limit && prefixes.advance()) {
          if (!prefixes.asks(k)) continue;
          count++;
          visit2(prefixes.branchedChoices());
        }
      };
      const first = known?.[k];
      for (const probe of [firstCases, lastCases]) {
        if (first) {
          for (const prefix of first) if (left > 0) compare(prefix, probe);
        } else nodes(PROBED_NODES, (prefix) => compare(prefix, probe));
      }
      if (left > 0) nodes(Number.POSITIVE_INFINITY, whole);
      if (!some2) return NONE;
      return {
        some: some2,
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

// src/analyze/analyze.ts
function analyzeTheme(theme, options = {}) {
  const found = [];
  runThemeChecks(theme, options, found);
  const entries = theme.catalog;
  for (const check2 of selected(options, "catalog")) {
    check2.run(
      { entries, locations: theme.locations },
      reporter(check2, theme.locations, themeFile(theme), found)
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
  for (const check2 of selected(options, "catalog")) {
    check2.run({ entries, locations: catalog.locations }, reporter(check2, catalog.locations, fallback, found));
  }
  for (const check2 of selected(options, "library")) {
    check2.run({ catalog, themes }, reporter(check2, catalog.locations, fallback, found));
  }
  return sortDiagnostics(found);
}
function runThemeChecks(theme, options, into) {
  let cases2;
  const context = {
    theme,
    options,
    enumeration() {
      cases2 ??= exploreTheme(theme, {
        ...options.maxCases === void 0 ? {} : { maxCases: options.maxCases },
        ...options.today === void 0 ? {} : { today: options.today },
        ...options.operators === void 0 ? {} : { operators: options.operators }
      });
      return cases2;
    }
  };
  for (const check2 of selected(options, "theme")) {
    check2.run(context, reporter(check2, theme.locations, themeFile(theme), into));
  }
}
function selected(options, scope) {
  return ANALYSIS_CHECKS.filter(
    (check2) => check2.scope === scope && (options.only === void 0 || options.only.includes(check2.code))
  );
}
function reporter(check2, locations, fallback, into) {
  return (element, params) => into.push(diagnosticAt(check2.severity, check2.code, locate(locations, element, fallback), params));
}
function themeFile(theme) {
  return own(theme.locations, "theme") ?? fileStart("");
}

// src/analyze/diff.ts
function diffThemes(old, next2, options = {}) {
  const max = maxCasesOf(options);
  const before = /* @__PURE__ */ new Map();
  const oldSide = walkCases2(old, options, max, (key, label, detail) => before.set(key, { label, detail }));
  const added = [];
  const changed = [];
  const compared = /* @__PURE__ */ new WeakMap();
  const matched = /* @__PURE__ */ new Set();
  let unchanged = 0;
  const nextSide = walkCases2(next2, options, max, (key, label, detail) => {
    const previous = before.get(key);
    if (!previous) {
      added.push(caseOf2(key, label, detail));
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
  for (const [key, seen] of before) if (!matched.has(key)) removed.push(caseOf2(key, seen.label, seen.detail));
  return { old: oldSide, next: nextSide, added, removed, changed, unchanged, groups: groupsOf(changed) };
}
function walkCases2(theme, options, max, visit2) {
  const plan = planTheme(theme, options);
  const walker = new CaseWalker(plan);
  const summarizer = new Summarizer(plan, { detail: true });
  let cases2 = 0;
  let truncated = false;
  while (walker.advance()) {
    if (cases2 >= max) {
      truncated = true;
      break;
    }
    cases2++;
    visit2(walker.key, walker.label, summarizer.summarize(walker.verdicts).detail);
  }
  return { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash, cases: cases2, truncated };
}
function caseOf2(key, label, detail) {
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
    const text2 = JSON.stringify(c.changes);
    let group = groups.get(text2);
    if (!group) {
      group = { changes: c.changes, cases: [] };
      groups.set(text2, group);
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
function formatDiff(diff2, lang = "zh", options = {}) {
  const t2 = TEXT[lang];
  const examples = options.examples ?? 5;
  const labels = new Map(diff2.changed.map((c) => [c.key, c.label]));
  const lines = [t2.title(diff2), t2.counts(diff2)];
  if (diff2.old.truncated) lines.push(t2.truncated(t2.old, diff2.old.cases));
  if (diff2.next.truncated) lines.push(t2.truncated(t2.next, diff2.next.cases));
  if (diff2.changed.length === 0 && diff2.added.length === 0 && diff2.removed.length === 0) {
    lines.push("", t2.none);
    return `${lines.join("\n")}
`;
  }
  if (diff2.groups.length > 0) {
    lines.push("", t2.changed);
    diff2.groups.forEach((group, g) => {
      lines.push(`  [${g + 1}] ${t2.group(group.cases.length)}`);
      for (const change2 of group.changes) lines.push(`      ${changeText(change2, lang)}`);
      const shown = group.cases.slice(0, examples);
      for (const key of shown) lines.push(`      ${t2.example}${labels.get(key) || key || t2.empty}`);
      if (group.cases.length > shown.length) lines.push(`      ${t2.more(group.cases.length - shown.length)}`);
    });
  }
  for (const [title, list, sign] of [
    [t2.added, diff2.added, "+"],
    [t2.removed, diff2.removed, "-"]
  ]) {
    if (list.length === 0) continue;
    lines.push("", title);
    for (const c of list.slice(0, examples))
      lines.push(`  ${sign} ${c.label || c.key || t2.empty} \u2014 ${t2.brief(c, STATUS[lang][c.status])}`);
    if (list.length > examples) lines.push(`  ${t2.more(list.length - examples)}`);
  }
  return `${lines.join("\n")}
`;
}
function changeText(change2, lang = "zh") {
  const zh2 = lang === "zh";
  const status = MATERIAL_STATUS[lang];
  switch (change2.kind) {
    case "status":
      return zh2 ? `\u72B6\u6001\uFF1A${STATUS.zh[change2.from]} \u2192 ${STATUS.zh[change2.to]}` : `status: ${STATUS.en[change2.from]} \u2192 ${STATUS.en[change2.to]}`;
    case "item-added":
      return zh2 ? `+ \u4E8B\u9879 ${change2.name}\uFF08${change2.item}\uFF09` : `+ item ${change2.name} (${change2.item})`;
    case "item-removed":
      return zh2 ? `- \u4E8B\u9879 ${change2.name}\uFF08${change2.item}\uFF09` : `- item ${change2.name} (${change2.item})`;
    case "material-added":
      return zh2 ? `+ \u6750\u6599 ${change2.name}\uFF08${change2.material}\uFF1B${change2.form}\uFF0C${change2.copies} \u4EFD\uFF0C${status[change2.status]}\uFF09` : `+ material ${change2.name} (${change2.material}; ${change2.form}, ${change2.copies} cop${change2.copies === 1 ? "y" : "ies"}, ${status[change2.status]})`;
    case "material-removed":
      return zh2 ? `- \u6750\u6599 ${change2.name}\uFF08${change2.material}\uFF09` : `- material ${change2.name} (${change2.material})`;
    case "material-changed": {
      const parts = [];
      if (change2.form) parts.push(`${zh2 ? "\u5F62\u5F0F" : "form"} ${change2.form.from} \u2192 ${change2.form.to}`);
      if (change2.copies) parts.push(`${zh2 ? "\u4EFD\u6570" : "copies"} ${change2.copies.from} \u2192 ${change2.copies.to}`);
      if (change2.status)
        parts.push(`${zh2 ? "" : "status "}${status[change2.status.from]} \u2192 ${status[change2.status.to]}`);
      return zh2 ? `~ \u6750\u6599 ${change2.name}\uFF08${change2.material}\uFF09\uFF1A${parts.join("\uFF0C")}` : `~ material ${change2.name} (${change2.material}): ${parts.join(", ")}`;
    }
    case "days":
      return zh2 ? `\u65F6\u9650\uFF1A${change2.from} \u2192 ${change2.to} \u4E2A\u5DE5\u4F5C\u65E5` : `days: ${change2.from} \u2192 ${change2.to} working days`;
    case "fee":
      return zh2 ? `\u8D39\u7528\uFF1A${change2.from} \u2192 ${change2.to} \u5143` : `fee: ${change2.from} \u2192 ${change2.to} yuan`;
    case "visits":
      return zh2 ? `\u5230\u573A\uFF1A${change2.from} \u2192 ${change2.to} \u6B21` : `visits: ${change2.from} \u2192 ${change2.to}`;
    case "notice-added":
      return zh2 ? `+ \u63D0\u793A ${change2.notice}` : `+ notice ${change2.notice}`;
    case "notice-removed":
      return zh2 ? `- \u63D0\u793A ${change2.notice}` : `- notice ${change2.notice}`;
  }
}

// src/model/outcome.ts
var OUTCOME_FORMAT = "tongban/outcome@1";

// src/outcome/context.ts
function outcomeContext(session) {
  const w = walk(session);
  const rules = rulesFor(session.theme, session.operators);
  const verdict = (condition) => rules.evaluate(condition, w.facts);
  return {
    session,
    theme: session.theme,
    facts: w.facts,
    provisional: w.current !== -1,
    verdict,
    holds: (condition) => verdict(condition) === true
  };
}
function pickVariant(variants, context) {
  return variants.find((v) => context.holds(v.when));
}

// src/outcome/items.ts
function applyingItems(context) {
  const applied = [];
  for (const entry of context.theme.items) {
    const item = own(context.theme.catalog.items, entry.item);
    if (item && context.holds(entry.when)) applied.push({ entry, item });
  }
  return applied;
}
function outcomeItem({ entry, item }, context) {
  const { catalog } = context.theme;
  const department = item.department === void 0 ? void 0 : own(catalog.departments, item.department);
  const level = item.level ?? department?.level;
  const days2 = pickVariant(item.days, context)?.value;
  const fee = pickVariant(item.fee, context)?.value;
  const presence = pickVariant(item.presence, context)?.value ?? null;
  const venue = presence === null ? void 0 : own(catalog.venues, presence.venue);
  return {
    id: item.id,
    name: item.name,
    ...department ? { department: { id: department.id, name: department.name } } : {},
    ...level === void 0 ? {} : { level },
    basis: [...item.basis],
    ...days2 === void 0 ? {} : { days: days2 },
    ...fee === void 0 ? {} : { fee: { amount: fee.amount, ...fee.note === void 0 ? {} : { note: fee.note } } },
    ...presence === null ? {} : {
      presence: {
        venue: { id: presence.venue, name: venue?.name ?? presence.venue },
        purpose: presence.purpose
      }
    },
    produces: [...item.produces],
    delivery: [...item.delivery],
    reason: reasonFor(entry.when, context)
  };
}

// src/outcome/status.ts
function applyingNotices(context) {
  return context.theme.notices.filter((notice) => context.holds(notice.when)).map((notice) => ({
    id: notice.id,
    kind: notice.kind,
    text: notice.text,
    ...notice.basis === void 0 ? {} : { basis: notice.basis },
    reason: reasonFor(notice.when, context)
  }));
}
function statusOf(notices2, items) {
  if (notices2.some((n) => n.kind === "block")) return "blocked";
  if (items.length === 0 && notices2.some((n) => n.kind === "not-needed")) return "not-needed";
  return "ready";
}

// src/outcome/totals.ts
var DELIVERY_ORDER = ["\u7A97\u53E3\u9886\u53D6", "\u90AE\u5BC4\u9001\u8FBE", "\u7535\u5B50\u8BC1\u7167", "\u7ACB\u7B49\u53EF\u53D6"];
function totalsOf(items, workflow3, theme) {
  const sum = items.reduce((total, item) => total + (item.days ?? 0), 0);
  const critical = workflow3.criticalPath.days;
  const breakdown = items.flatMap(
    (item) => item.fee && item.fee.amount > 0 ? [
      {
        item: item.id,
        amount: item.fee.amount,
        ...item.fee.note === void 0 ? {} : { note: item.fee.note }
      }
    ] : []
  );
  const visits2 = visitsOf(items, theme);
  const offered = new Set(items.flatMap((item) => item.delivery));
  return {
    days: { critical, sum, saved: sum - critical },
    // Summed in cents so that 0.1 + 0.2 yuan is 0.3 yuan.
    fee: {
      total: breakdown.reduce((total, line) => total + Math.round(line.amount * 100), 0) / 100,
      breakdown
    },
    visits: { count: visits2.length, list: visits2 },
    delivery: DELIVERY_ORDER.filter((d) => offered.has(d))
  };
}
function visitsOf(items, theme) {
  const byVenue = /* @__PURE__ */ new Map();
  for (const item of items) {
    const presence = item.presence;
    if (!presence) continue;
    let visit2 = byVenue.get(presence.venue.id);
    if (!visit2) {
      visit2 = { items: [], purposes: [], name: presence.venue.name };
      byVenue.set(presence.venue.id, visit2);
    }
    visit2.items.push(item.id);
    if (presence.purpose !== "" && !visit2.purposes.includes(presence.purpose))
      visit2.purposes.push(presence.purpose);
  }
  return [...byVenue.entries()].map(([id, visit2]) => {
    const address = own(theme.catalog.venues, id)?.address;
    return {
      venue: { id, name: visit2.name, ...address === void 0 ? {} : { address } },
      items: visit2.items,
      purposes: visit2.purposes
    };
  });
}
function mergeFiguresOf(itemByItem, materials3, totals2) {
  const passedOn = materials3.filter((m) => m.status === "passed-on").length;
  const waived = materials3.filter((m) => m.status === "waived").length;
  return {
    itemByItem,
    merged: materials3.length,
    toSubmit: materials3.length - passedOn - waived,
    passedOn,
    waived,
    daysSaved: totals2.days.saved
  };
}

// src/outcome/workflow.ts
function buildWorkflow(items, applied, passes) {
  const index = new Map(items.map((item, i) => [item.id, i]));
  const edges = items.map((item, i) => dependencies(item.id, applied[i], passes, index));
  const timing = schedule(
    items.map((item) => item.days ?? 0),
    edges.map((list) => list.map((e) => index.get(e.item)))
  );
  const steps = items.map((item, i) => {
    const t2 = timing[i];
    return {
      item: item.id,
      stage: t2.stage,
      dependsOn: edges[i],
      start: t2.start,
      finish: t2.finish
    };
  });
  const stages = [];
  for (const step of steps) {
    while (stages.length <= step.stage) stages.push([]);
    stages[step.stage].push(step.item);
  }
  return { steps, stages, criticalPath: criticalPath(steps, index) };
}
function dependencies(id, applied, passes, index) {
  const edges = [];
  for (const pass of passes) {
    if (pass.item === id) edges.push({ item: pass.producer, because: "produces", material: pass.material });
  }
  for (const before of applied?.item.after ?? []) {
    if (before !== id && index.has(before)) edges.push({ item: before, because: "after" });
  }
  const rank = (e) => index.get(e.item);
  return edges.sort(
    (a, b) => rank(a) - rank(b) || (a.because === b.because ? 0 : a.because === "produces" ? -1 : 1) || (a.material ?? "").localeCompare(b.material ?? "")
  );
}
function schedule(days2, deps) {
  const timing = days2.map(() => void 0);
  let left = days2.length;
  while (left > 0) {
    let next2 = timing.findIndex(
      (t2, i) => t2 === void 0 && (deps[i] ?? []).every((d) => timing[d] !== void 0)
    );
    if (next2 === -1) next2 = timing.indexOf(void 0);
    const done = (deps[next2] ?? []).flatMap((d) => timing[d] ?? []);
    const stage = done.length === 0 ? 0 : 1 + Math.max(...done.map((t2) => t2.stage));
    const start2 = Math.max(0, ...done.map((t2) => t2.finish));
    timing[next2] = { stage, start: start2, finish: start2 + (days2[next2] ?? 0) };
    left--;
  }
  return timing;
}
function criticalPath(steps, index) {
  let last;
  for (const step of steps) {
    if (!last || step.finish > last.finish || step.finish === last.finish && step.stage > last.stage)
      last = step;
  }
  if (!last) return { days: 0, items: [] };
  const path = [last.item];
  let current = last;
  while (current.start > 0 || current.dependsOn.length > 0) {
    const start2 = current.start;
    const previous = current.dependsOn.map((e) => steps[index.get(e.item)]).find((s) => s.finish === start2 && !path.includes(s.item));
    if (!previous) break;
    path.unshift(previous.item);
    current = previous;
  }
  return { days: last.finish, items: path };
}

// src/outcome/index.ts
function outcome(session) {
  const context = outcomeContext(session);
  const { theme } = session;
  const notices2 = applyingNotices(context);
  const blocked = notices2.some((notice) => notice.kind === "block");
  const applied = blocked ? [] : applyingItems(context);
  const items = applied.map((a) => outcomeItem(a, context));
  const uses = applyingUses(applied, context);
  const passes = passesOf(applied, uses);
  const materials3 = mergeMaterials(uses, passes, applied, context);
  const workflow3 = buildWorkflow(items, applied, passes);
  const totals2 = totalsOf(items, workflow3, theme);
  return {
    format: OUTCOME_FORMAT,
    theme: { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash },
    provisional: context.provisional,
    case: context.provisional ? null : caseOf(session),
    status: statusOf(notices2, items),
    notices: notices2,
    items,
    materials: materials3,
    workflow: workflow3,
    totals: totals2,
    merge: mergeFiguresOf(itemByItemCount(uses), materials3, totals2)
  };
}

// src/analyze/scenario-run.ts
function runScenarios(file, theme, options = {}) {
  return file.scenarios.map((scenario) => runScenario(file, scenario, theme, options));
}
function runScenario(file, scenario, theme, options) {
  const diagnostics = [];
  const at = (element) => own(scenario.locations, element) ?? own(scenario.locations, element.split("/")[0] ?? element) ?? own(scenario.locations, "scenario") ?? fileStart(file.file);
  const report2 = (code, element, params) => diagnostics.push(diagnosticAt("error", code, at(element), { scenario: scenario.name, ...params }));
  const failed = (element, zh2, en2) => report2("scenario-failed", element, { detail: `${zh2} / ${en2}` });
  const invalid = (element, question, zh2, en2) => report2("scenario-invalid-answer", element, { question, detail: `${zh2} / ${en2}` });
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
      report2("scenario-invalid-answer", `answer:${id}`, { question: id, detail: result2.error.message });
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
  const materials3 = new Map(o.materials.map((m) => [m.id, m.status]));
  contains("materials", expect.materials, (id) => materials3.has(id), failed, [
    "\u7F3A\u5C11\u6750\u6599",
    "missing material"
  ]);
  contains("not-materials", expect.notMaterials, (id) => !materials3.has(id), failed, [
    "\u4E0D\u5E94\u6709\u6750\u6599",
    "unexpected material"
  ]);
  statusOf2("waived", expect.waived, materials3, failed, ["\u672A\u514D\u63D0\u4EA4", "is not waived"]);
  statusOf2("passed-on", expect.passedOn, materials3, failed, ["\u672A\u5728\u6D41\u7A0B\u5185\u4F20\u9012", "is not passed on"]);
  const figures = [
    ["days", expect.days, o.totals.days.critical, "\u4E2A\u5DE5\u4F5C\u65E5", "working days"],
    ["fee", expect.fee, o.totals.fee.total, "\u5143", "yuan"],
    ["visits", expect.visits, o.totals.visits.count, "\u6B21\u5230\u573A", "visits"]
  ];
  for (const [key, wanted, actual, zh2, en2] of figures) {
    if (wanted !== void 0 && wanted !== actual)
      failed(`expect:${key}`, `\u5B9E\u9645 ${actual} ${zh2}\uFF0C\u9884\u671F ${wanted}`, `${actual} ${en2}, expected ${wanted}`);
  }
  const notices2 = new Set(o.notices.map((n) => n.id));
  contains("notices", expect.notices, (id) => notices2.has(id), failed, ["\u7F3A\u5C11\u63D0\u793A", "missing notice"]);
  contains("not-notices", expect.notNotices, (id) => !notices2.has(id), failed, [
    "\u4E0D\u5E94\u6709\u63D0\u793A",
    "unexpected notice"
  ]);
}
function contains(key, list, holds, failed, [zh2, en2]) {
  list?.forEach((id, i) => {
    if (!holds(id)) failed(`expect:${key}/${i}`, `${zh2} ${id}`, `${en2} ${id}`);
  });
}
function statusOf2(key, list, materials3, failed, [zh2, en2]) {
  list?.forEach((id, i) => {
    const status = materials3.get(id);
    if (status === key) return;
    if (status === void 0) failed(`expect:${key}/${i}`, `\u7F3A\u5C11\u6750\u6599 ${id}`, `missing material ${id}`);
    else failed(`expect:${key}/${i}`, `\u6750\u6599 ${id} ${zh2}\uFF08${status}\uFF09`, `material ${id} ${en2} (${status})`);
  });
}

// src/analyze/scenarios.ts
var LISTS = [
  ["items", "items"],
  ["not-items", "notItems"],
  ["materials", "materials"],
  ["not-materials", "notMaterials"],
  ["waived", "waived"],
  ["passed-on", "passedOn"],
  ["notices", "notices"],
  ["not-notices", "notNotices"]
];
function loadScenarios(source, limits = {}) {
  const parsed = parseSource(source, limits);
  const reporter2 = parsed.reporter;
  const value = parsed.value;
  if (value === void 0) return { ok: false, diagnostics: sortDiagnostics(reporter2.diagnostics) };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    reporter2.error("not-a-mapping", "", { actual: Array.isArray(value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    return { ok: false, diagnostics: reporter2.diagnostics };
  }
  if (!checkSchema("scenario", value, reporter2))
    return { ok: false, diagnostics: sortDiagnostics(reporter2.diagnostics) };
  const raw = value;
  const where = (segments, key) => {
    const pointer = toPointer(segments);
    const { line, column } = parsed.locate(pointer, key);
    return { file: source.file, line, column, pointer };
  };
  const scenarios = raw.scenarios.map((entry, i) => {
    const at = ["scenarios", i];
    const locations = { scenario: where(at, true) };
    for (const key of ["name", "profile", "today", "answers", "expect"]) {
      if (entry[key] !== void 0) locations[key] = where([...at, key], true);
    }
    const answers = entry.answers ?? {};
    for (const id of Object.keys(answers)) locations[`answer:${id}`] = where([...at, "answers", id], true);
    const rawExpect = entry.expect;
    for (const [key, member] of Object.entries(rawExpect)) {
      locations[`expect:${key}`] = where([...at, "expect", key], true);
      if (Array.isArray(member))
        member.forEach((_, j) => {
          locations[`expect:${key}/${j}`] = where([...at, "expect", key, j], false);
        });
    }
    const profile = entry.profile;
    return {
      name: String(entry.name),
      ...typeof profile === "string" ? { profile: { path: profile } } : profile !== void 0 ? { profile: profileOf(profile) } : {},
      ...typeof entry.today === "string" ? { today: entry.today } : {},
      answers,
      expect: expectOf(rawExpect),
      locations
    };
  });
  return {
    ok: true,
    file: { file: source.file, theme: raw.theme, scenarios, themeAt: where(["theme"], false) },
    diagnostics: []
  };
}
function profileOf(raw) {
  return {
    kind: raw.kind,
    ...typeof raw.name === "string" ? { name: raw.name } : {},
    facts: raw.facts ?? {},
    licences: raw.licences ?? [],
    tags: raw.tags ?? [],
    completed: raw.completed ?? []
  };
}
function expectOf(raw) {
  const expect = {};
  if (typeof raw.case === "string") expect.case = raw.case;
  if (typeof raw.key === "string") expect.key = raw.key;
  if (typeof raw.status === "string") expect.status = raw.status;
  for (const [written, field] of LISTS) if (Array.isArray(raw[written])) expect[field] = raw[written];
  for (const field of ["days", "fee", "visits"])
    if (typeof raw[field] === "number") expect[field] = raw[field];
  return expect;
}

// src/render/labels.ts
var STATUS_LABELS = {
  ready: { zh: "\u53EF\u4EE5\u529E\u7406", en: "ready" },
  "not-needed": { zh: "\u65E0\u9700\u529E\u7406", en: "nothing needed" },
  blocked: { zh: "\u4E0D\u4E88\u529E\u7406", en: "blocked" }
};
var NOTICE_LABELS = {
  info: { zh: "\u63D0\u793A", en: "info" },
  warning: { zh: "\u6CE8\u610F", en: "warning" },
  block: { zh: "\u4E0D\u4E88\u529E\u7406", en: "blocked" },
  "not-needed": { zh: "\u65E0\u9700\u529E\u7406", en: "not needed" }
};
function optionLabel(option, lang = "zh") {
  return lang === "en" && option.en !== void 0 ? option.en : option.label;
}
function displayAnswer(question, value, lang = "zh") {
  switch (question.type) {
    case "single":
    case "multiple": {
      const ids = Array.isArray(value) ? value : [String(value)];
      return question.options.filter((o) => ids.includes(o.id)).map((o) => optionLabel(o, lang)).join("\u3001");
    }
    case "yes-no":
      return value === true ? question.yes : question.no;
    case "number":
      return `${formatNumber(Number(value))}${question.unit ?? ""}`;
    case "date":
      return String(value);
  }
}

// src/cli/format/table.ts
function charWidth(code) {
  if (code < 32 || code >= 127 && code < 160) return 0;
  if (code >= 768 && code <= 879) return 0;
  if (code === 8203 || code === 8205 || code >= 65024 && code <= 65039) return 0;
  const wide = code >= 4352 && code <= 4447 || code >= 11904 && code <= 12350 || code >= 12353 && code <= 13311 || code >= 13312 && code <= 19903 || code >= 19968 && code <= 40959 || code >= 40960 && code <= 42191 || code >= 44032 && code <= 55203 || code >= 63744 && code <= 64255 || code >= 65072 && code <= 65103 || code >= 65280 && code <= 65376 || code >= 65504 && code <= 65510 || code >= 127744 && code <= 128591 || code >= 129280 && code <= 129535 || code >= 131072 && code <= 262141;
  return wide ? 2 : 1;
}
var ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
function displayWidth(text2) {
  let width = 0;
  for (const char of text2.replace(ANSI, "")) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}
function pad(text2, width, align = "left") {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text2)));
  return align === "left" ? text2 + fill : fill + text2;
}
function textTable(header, rows, options = {}) {
  const oneLine = (cell2) => String(cell2).replace(/\s*\r?\n\s*/g, " ");
  const all = [header.map(oneLine), ...rows.map((r) => r.map(oneLine))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ""))));
  const indent = options.indent ?? "";
  return all.map(
    (r) => indent + r.map((cell2, i) => {
      const last = i === r.length - 1;
      const align = options.right?.includes(i) ? "right" : "left";
      return last && align === "left" ? cell2 : pad(cell2, widths[i] ?? 0, align);
    }).join("  ")
  );
}
function csvField(value) {
  const text2 = String(value);
  return /[",\r\n]|^\s|\s$/.test(text2) ? `"${text2.replace(/"/g, '""')}"` : text2;
}
function csvRecord(values) {
  return `${values.map(csvField).join(",")}\r
`;
}

// src/cli/format/cases.ts
var WIDTHS = [7, 8, 4, 4, 6, 7, 4];
function tableWriter(lang, s) {
  const header = lang === "zh" ? ["#", "\u72B6\u6001", "\u4E8B\u9879", "\u6750\u6599", "\u65F6\u9650", "\u8D39\u7528", "\u5230\u573A", "\u60C5\u5F62 / \u60C5\u5F62\u952E"] : ["#", "status", "items", "docs", "days", "fee", "trips", "case / key"];
  const line = (cells) => cells.map((cell2, i) => i < WIDTHS.length ? pad(cell2, WIDTHS[i] ?? 0, i === 1 ? "left" : "right") : cell2).join("  ");
  return {
    head: () => `${s.bold(line(header))}
`,
    row: (index, c) => {
      const status = STATUS_LABELS[c.status][lang];
      const paint = c.status === "ready" ? s.green : c.status === "blocked" ? s.red : s.yellow;
      const cells = [
        String(index),
        paint(status),
        String(c.items.length),
        String(c.materials),
        formatNumber(c.days),
        formatNumber(c.fee),
        String(c.visits),
        c.label || t(lang, "\uFF08\u65E0\u9700\u533A\u5206\u60C5\u5F62\uFF09", "(single case)")
      ];
      const indent = " ".repeat(WIDTHS.reduce((sum, w) => sum + w + 2, 0));
      return `${line(cells)}
${indent}${s.dim(c.key || "\u2014")}
`;
    },
    tail: (count) => t(lang, `\u5171 ${count} \u4E2A\u60C5\u5F62
`, `${count} cases
`)
  };
}
function csvWriter() {
  return {
    head: () => csvRecord(["index", "key", "label", "status", "items", "materials", "days", "fee", "visits"]),
    row: (index, c) => csvRecord([index, c.key, c.label, c.status, c.items.join(" "), c.materials, c.days, c.fee, c.visits]),
    tail: () => ""
  };
}
function jsonWriter() {
  return {
    head: () => "[",
    row: (index, c) => `${index === 1 ? "\n" : ",\n"}  ${JSON.stringify(c)}`,
    tail: (count) => count === 0 ? "]\n" : "\n]\n"
  };
}

// src/cli/numbers.ts
function wholeNumberInput(value, flag, fallback, lang) {
  if (value === void 0) return fallback;
  const text2 = String(value);
  if (text2 === "all" || text2 === "Infinity") return Number.POSITIVE_INFINITY;
  if (!/^\d+$/.test(text2))
    throw new UsageError(
      t(
        lang,
        `${flag} \u9700\u8981\u975E\u8D1F\u6574\u6570\u6216 all\uFF08\u5F97\u5230\u201C${text2}\u201D\uFF09`,
        `${flag} needs a whole number or all (got "${text2}")`
      )
    );
  return Number(text2);
}

// src/cli/write.ts
async function writeStreaming(out, text2) {
  if (text2 === "") return;
  const flushed = out.write(text2);
  const stream = out;
  if (flushed === false && typeof stream.once === "function") {
    await new Promise((resolve6) => {
      stream.once?.call(out, "drain", resolve6);
    });
  }
}

// src/cli/commands/cases.ts
var FORMATS = ["table", "csv", "json"];
var PROGRESS_EVERY = 1e3;
var cases = {
  name: "cases",
  summary: { zh: "\u5217\u51FA\u4E3B\u9898\u7684\u5168\u90E8\u529E\u4E8B\u60C5\u5F62", en: "list every case of a theme" },
  help: {
    zh: `\u7528\u6CD5\uFF1Atongban cases <\u4E3B\u9898\u6587\u4EF6> [--format table|csv|json] [--max-cases N] [--profile \u6587\u4EF6] [--today YYYY-MM-DD] [--progress]

\u9010\u4E2A\u5217\u51FA\u95EE\u5377\u7684\u5168\u90E8\u6700\u5C0F\u9897\u7C92\u5EA6\u529E\u4E8B\u60C5\u5F62\uFF08\u8FB9\u627E\u8FB9\u8F93\u51FA\uFF0C\u4E0D\u5148\u5168\u90E8\u6536\u96C6\uFF09\uFF1A\u60C5\u5F62\u3001\u60C5\u5F62\u952E\u3001\u72B6\u6001\u3001\u4E8B\u9879\u6570\u3001\u9700\u63D0\u4EA4\u6750\u6599\u6570\u3001
\u5173\u952E\u8DEF\u5F84\u65F6\u9650\uFF08\u5DE5\u4F5C\u65E5\uFF09\u3001\u8D39\u7528\uFF08\u5143\uFF09\u3001\u5230\u573A\u6B21\u6570\u3002\u60C5\u5F62\u952E\u53EF\u4EA4\u7ED9 tongban render --case \u4F7F\u7528\u3002

\u9009\u9879\uFF1A
  --format \u683C\u5F0F      table\uFF08\u9ED8\u8BA4\uFF0C\u7ED9\u4EBA\u770B\uFF09| csv\uFF08RFC 4180\uFF09| json\uFF08CaseSummary \u6570\u7EC4\uFF09
  --max-cases N      \u6700\u591A\u5217\u51FA N \u4E2A\u60C5\u5F62\uFF08\u9ED8\u8BA4 ${DEFAULT_MAX_CASES}\uFF1Ball \u8868\u793A\u4E0D\u9650\uFF09\uFF1B\u8FBE\u5230\u4E0A\u9650\u65F6\u5728\u6807\u51C6\u9519\u8BEF\u8F93\u51FA\u8BF4\u660E
  --profile \u6587\u4EF6     \u6309\u6863\u6848\u9884\u586B\u7684\u95EE\u9898\u4E0D\u518D\u5206\u652F
  --today \u65E5\u671F       \u8BA1\u7B97\u65E5\u671F\u533A\u95F4\u548C\u6D3E\u751F\u4E8B\u5B9E\u6240\u7528\u7684\u65E5\u671F\uFF08\u9ED8\u8BA4\u4ECA\u5929\uFF09
  --progress         \u603B\u5728\u6807\u51C6\u9519\u8BEF\u8F93\u51FA\u8FDB\u5EA6\uFF08\u9ED8\u8BA4\u53EA\u5728\u6807\u51C6\u9519\u8BEF\u662F\u7EC8\u7AEF\u65F6\uFF0C\u6BCF ${PROGRESS_EVERY} \u4E2A\u60C5\u5F62\u4E00\u6B21\uFF09

\u9000\u51FA\u7801\uFF1A0 \u5B8C\u6210\uFF08\u5305\u62EC\u8FBE\u5230\u4E0A\u9650\uFF09\uFF1B1 \u4E3B\u9898\u6216\u6863\u6848\u6709\u95EE\u9898\uFF1B2 \u7528\u6CD5\u9519\u8BEF

\u793A\u4F8B\uFF1A
  tongban cases themes/hk-macau-permit.yaml
  tongban cases themes/open-restaurant.yaml --format csv > cases.csv`,
    en: `usage: tongban cases <theme> [--format table|csv|json] [--max-cases N] [--profile file] [--today YYYY-MM-DD] [--progress]

Lists every smallest-granularity case of the questionnaire as it is found (nothing is collected first): the
case, its key, status, number of items, materials to hand in, critical-path working days, fee (yuan) and
visits. A case key can be passed to tongban render --case.

Options:
  --format format    table (default, for people) | csv (RFC 4180) | json (an array of CaseSummary)
  --max-cases N      stop after N cases (default ${DEFAULT_MAX_CASES}; all for no limit); says so on stderr
  --profile file     questions the profile prefills are not branched on
  --today date       the date for date bands and derived facts (default: today)
  --progress         always report progress on stderr (by default only when stderr is a terminal, every
                     ${PROGRESS_EVERY} cases)

Exit codes: 0 done (also when capped); 1 a bad theme or profile; 2 usage

Examples:
  tongban cases themes/hk-macau-permit.yaml
  tongban cases themes/open-restaurant.yaml --format csv > cases.csv`
  },
  options: {
    format: { type: "string", default: "table" },
    "max-cases": { type: "string" },
    profile: { type: "string" },
    today: { type: "string" },
    progress: { type: "boolean" }
  },
  async run(context) {
    const { values, positionals, lang, io } = context;
    const file = positionalInput(positionals, 0, { zh: "\u4E3B\u9898\u6587\u4EF6", en: "a theme file" }, lang);
    if (positionals.length > 1) throw new UsageError(t(lang, "\u53EA\u80FD\u7ED9\u4E00\u4E2A\u4E3B\u9898\u6587\u4EF6", "give one theme file"));
    const format = formatInput(values.format, FORMATS, lang);
    const maxCases = wholeNumberInput(values["max-cases"], "--max-cases", DEFAULT_MAX_CASES, lang);
    const today = todayInput(values.today, context);
    const theme = await themeInput(file, context);
    if (!theme.ok) return theme.exit;
    const profile = await optionalProfile(values.profile, context);
    if (!profile.ok) return profile.exit;
    const writer = format === "csv" ? csvWriter() : format === "json" ? jsonWriter() : tableWriter(lang, styleOf(context.color));
    const progress = values.progress === true || io.stderrIsTTY === true;
    const overwrite = io.stderrIsTTY === true;
    const cases2 = enumerateCases(theme.value, {
      maxCases,
      today,
      ...profile.value ? { profile: profile.value } : {}
    });
    await writeStreaming(io.stdout, writer.head());
    let index = 0;
    for (; ; ) {
      const next2 = cases2.next();
      if (next2.done) {
        if (progress && index >= PROGRESS_EVERY && overwrite) io.stderr.write("\r\x1B[K");
        await writeStreaming(io.stdout, writer.tail(next2.value.count));
        if (next2.value.truncated)
          io.stderr.write(
            `${t(
              lang,
              `\u5DF2\u8FBE\u5230\u4E0A\u9650 ${maxCases} \u4E2A\u60C5\u5F62\uFF0C\u5176\u4F59\u60C5\u5F62\u672A\u5217\u51FA\uFF08\u7528 --max-cases \u8C03\u6574\uFF09`,
              `stopped at the limit of ${maxCases} cases; more exist (raise it with --max-cases)`
            )}
`
          );
        return 0;
      }
      index++;
      await writeStreaming(io.stdout, writer.row(index, next2.value));
      if (progress && index % PROGRESS_EVERY === 0) {
        const text2 = t(lang, `\u5DF2\u5217\u51FA ${index} \u4E2A\u60C5\u5F62\u2026`, `${index} cases so far\u2026`);
        io.stderr.write(overwrite ? `\r\x1B[K${text2}` : `${text2}
`);
      }
    }
  }
};

// src/cli/commands/diff.ts
var FORMATS2 = ["text", "json"];
var diff = {
  name: "diff",
  summary: {
    zh: "\u6BD4\u8F83\u4E3B\u9898\u7684\u4E24\u4E2A\u7248\u672C\u5BF9\u5404\u529E\u4E8B\u60C5\u5F62\u7684\u5F71\u54CD",
    en: "the impact of a new theme version, case by case"
  },
  help: {
    zh: `\u7528\u6CD5\uFF1Atongban diff <\u65E7\u4E3B\u9898\u6587\u4EF6> <\u65B0\u4E3B\u9898\u6587\u4EF6> [--format text|json] [--today YYYY-MM-DD] [--max-cases N] [--examples N]

\u6BD4\u8F83\u540C\u4E00\u4E3B\u9898\u4E24\u4E2A\u7248\u672C\u7684\u5168\u90E8\u529E\u4E8B\u60C5\u5F62\uFF1A\u65B0\u589E\u548C\u5220\u9664\u7684\u60C5\u5F62\uFF0C\u4EE5\u53CA\u7ED3\u679C\u6709\u53D8\u5316\u7684\u60C5\u5F62\uFF08\u4E8B\u9879\u3001\u6750\u6599\u3001\u65F6\u9650\u3001\u8D39\u7528\u3001\u5230\u573A\u6B21\u6570\u3001
\u72B6\u6001\u3001\u63D0\u793A\uFF09\uFF0C\u76F8\u540C\u7684\u53D8\u5316\u5F52\u4E3A\u4E00\u7EC4\u3002\u4E24\u4E2A\u6587\u4EF6\u5404\u81EA\u6309\u5176 catalog \u52A0\u8F7D\u76EE\u5F55\uFF0C\u4F8B\u5982\u4E24\u4E2A git \u68C0\u51FA\u76EE\u5F55\u4E2D\u7684\u6587\u4EF6\uFF1A
  git worktree add /tmp/old v1.0 && tongban diff /tmp/old/themes/a.yaml themes/a.yaml

\u9009\u9879\uFF1A
  --format \u683C\u5F0F      text\uFF08\u9ED8\u8BA4\uFF09| json\uFF08PolicyDiff\uFF09
  --today \u65E5\u671F       \u679A\u4E3E\u60C5\u5F62\u6240\u7528\u7684\u65E5\u671F\uFF08\u9ED8\u8BA4\u4ECA\u5929\uFF09
  --max-cases N      \u6BCF\u4E2A\u7248\u672C\u6700\u591A\u679A\u4E3E N \u4E2A\u60C5\u5F62\uFF08\u9ED8\u8BA4 ${DEFAULT_MAX_CASES}\uFF09
  --examples N       \u6BCF\u7EC4\u53D8\u5316\u5217\u51FA\u7684\u793A\u4F8B\u60C5\u5F62\u6570\uFF08\u9ED8\u8BA4 5\uFF09
  --exit-code        \u6709\u60C5\u5F62\u53D8\u5316\u65F6\u9000\u51FA\u7801\u4E3A 1\uFF08\u4FBF\u4E8E\u5728 CI \u4E2D\u63D0\u9192\uFF09

\u9000\u51FA\u7801\uFF1A0 \u5B8C\u6210\uFF08\u7528 --exit-code \u65F6\uFF1A\u6CA1\u6709\u53D8\u5316\uFF09\uFF1B1 \u4E3B\u9898\u6709\u9519\u8BEF\uFF08\u7528 --exit-code \u65F6\uFF1A\u4E5F\u5305\u62EC\u6709\u53D8\u5316\uFF09\uFF1B2 \u7528\u6CD5\u9519\u8BEF`,
    en: `usage: tongban diff <old-theme> <new-theme> [--format text|json] [--today YYYY-MM-DD] [--max-cases N] [--examples N]

Compares every case of two versions of a theme: cases added and removed, and cases whose outcome changes
(items, materials, days, fee, visits, status, notices), identical changes grouped. Each file loads the
catalog it names, e.g. files of two git checkouts:
  git worktree add /tmp/old v1.0 && tongban diff /tmp/old/themes/a.yaml themes/a.yaml

Options:
  --format format    text (default) | json (the PolicyDiff)
  --today date       the date the enumeration uses (default: today)
  --max-cases N      enumerate at most N cases of each version (default ${DEFAULT_MAX_CASES})
  --examples N       example cases shown per group of changes (default 5)
  --exit-code        exit 1 when a case changes (for CI)

Exit codes: 0 done (with --exit-code: nothing changed); 1 a theme has errors (with --exit-code: also when
cases change); 2 usage`
  },
  options: {
    format: { type: "string", default: "text" },
    today: { type: "string" },
    "max-cases": { type: "string" },
    examples: { type: "string" },
    "exit-code": { type: "boolean" }
  },
  async run(context) {
    const { values, positionals, lang, io } = context;
    const oldFile = positionalInput(positionals, 0, { zh: "\u65E7\u4E3B\u9898\u6587\u4EF6", en: "the old theme file" }, lang);
    const newFile = positionalInput(positionals, 1, { zh: "\u65B0\u4E3B\u9898\u6587\u4EF6", en: "the new theme file" }, lang);
    if (positionals.length > 2) throw new UsageError(t(lang, "\u53EA\u80FD\u7ED9\u4E24\u4E2A\u4E3B\u9898\u6587\u4EF6", "give two theme files"));
    const format = formatInput(values.format, FORMATS2, lang);
    const today = todayInput(values.today, context);
    const maxCases = wholeNumberInput(values["max-cases"], "--max-cases", DEFAULT_MAX_CASES, lang);
    const examples = wholeNumberInput(values.examples, "--examples", 5, lang);
    const cache = new CatalogCache();
    const old = await themeInput(oldFile, context, cache);
    const next2 = await themeInput(newFile, context, cache);
    if (!old.ok) return old.exit;
    if (!next2.ok) return next2.exit;
    if (old.value.id !== next2.value.id)
      io.stderr.write(
        `${t(lang, `\u6CE8\u610F\uFF1A\u4E24\u4E2A\u4E3B\u9898\u7684 id \u4E0D\u540C\uFF08${old.value.id} / ${next2.value.id}\uFF09`, `note: the themes have different ids (${old.value.id} / ${next2.value.id})`)}
`
      );
    const result = diffThemes(old.value, next2.value, { today, maxCases });
    if (format === "json") io.stdout.write(`${JSON.stringify(result, null, 2)}
`);
    else io.stdout.write(formatDiff(result, lang, { examples }));
    const changed = result.added.length + result.removed.length + result.changed.length > 0;
    return values["exit-code"] === true && changed ? 1 : 0;
  }
};

// src/cli/commands/recommend.ts
import { relative as relative3 } from "path";

// src/profile/recommend.ts
function recommend(profile, themes, options) {
  const today = checkToday(options.today);
  const ranked = [];
  for (const theme of themes) {
    if (theme.audience !== profile.kind) continue;
    const facts = baseFacts(theme, profile, today, "unknown");
    const rules = rulesFor(theme, options.operators);
    const reasons = [];
    let weight = 0;
    for (const trigger of theme.triggers) {
      const verdict = verdictOf(rules, trigger, facts.facts);
      if (verdict === true || verdict === "unknown" && trigger.onMissing === "fire") {
        reasons.push(reasonOf(theme, trigger, facts.facts, facts.sources));
        weight += trigger.weight;
      }
    }
    const themeTags = /* @__PURE__ */ new Set([...theme.tags.lifeEvents, ...theme.tags.crowds, ...theme.tags.industries]);
    const tags = profile.tags.filter((t2) => themeTags.has(t2));
    if (reasons.length === 0 && tags.length === 0) continue;
    const score = Math.round((weight * 10 + tags.length) * 1e6) / 1e6;
    ranked.push({
      recommendation: { theme: { id: theme.id, title: theme.title }, score, reasons, tags },
      weight,
      hash: theme.hash
    });
  }
  ranked.sort(
    (a, b) => b.recommendation.score - a.recommendation.score || b.weight - a.weight || byCodeUnits(a.recommendation.theme.id, b.recommendation.theme.id) || byCodeUnits(a.hash, b.hash)
  );
  return ranked.map((r) => r.recommendation);
}
function verdictOf(rules, trigger, facts) {
  try {
    return rules.evaluate(trigger.when, facts);
  } catch (error) {
    if (error instanceof RulesError && error.code === "operator-failed") return "unknown";
    throw error;
  }
}
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var PLACEHOLDER = /\{([a-z0-9.-]+)\}/g;
function reasonOf(theme, trigger, facts, sources) {
  const read = [...factsRead(trigger.when, theme.conditions)];
  const named = [trigger.message, trigger.en ?? ""].flatMap(
    (text2) => [...text2.matchAll(PLACEHOLDER)].map((m) => m[1])
  );
  const used = [];
  for (const fact of /* @__PURE__ */ new Set([...read, ...named])) {
    const value = facts.get(fact);
    if (value === void 0) continue;
    used.push({
      fact,
      label: factLabel(theme, fact),
      value,
      text: display(own(theme.catalog.facts, fact), value, "zh"),
      source: sources.get(fact) ?? "profile"
    });
  }
  const fill = (text2, lang) => text2.replace(PLACEHOLDER, (whole, fact) => {
    const definition = own(theme.catalog.facts, fact);
    const value = facts.get(fact);
    if (value !== void 0) return display(definition, value, lang);
    return definition ? lang === "zh" ? "\u672A\u77E5" : "unknown" : whole;
  });
  return {
    trigger: trigger.id,
    message: fill(trigger.message, "zh"),
    ...trigger.en === void 0 ? {} : { en: fill(trigger.en, "en") },
    facts: used,
    missing: read.filter((fact) => facts.get(fact) === void 0)
  };
}
function display(definition, value, lang) {
  const option = (id) => {
    const found = definition?.options?.find((o) => o.id === id);
    return found ? lang === "en" ? found.en ?? found.label : found.label : scalar(id);
  };
  if (definition?.type === "yes-no" && typeof value === "boolean")
    return lang === "en" ? value ? "yes" : "no" : value ? "\u662F" : "\u5426";
  if (Array.isArray(value)) return value.map(option).join(lang === "en" ? ", " : "\u3001");
  return option(value);
}
function scalar(value) {
  if (value !== null && typeof value === "object") {
    const name = value.name;
    return typeof name === "string" ? name : JSON.stringify(value);
  }
  return String(value);
}

// src/cli/commands/recommend.ts
var FORMATS3 = ["text", "json"];
var recommend2 = {
  name: "recommend",
  summary: { zh: "\u6839\u636E\u6863\u6848\u63A8\u8350\u4E3B\u9898\uFF08\u4E3B\u52A8\u63D0\u9192\uFF09", en: "recommend themes for a profile" },
  help: {
    zh: `\u7528\u6CD5\uFF1Atongban recommend --profile \u6587\u4EF6 [--today YYYY-MM-DD] [--themes \u6587\u4EF6\u5939] [--format text|json]

\u6309\u6863\u6848\uFF08\u4E00\u4EBA\u4E00\u6863/\u4E00\u4F01\u4E00\u6863\uFF09\u548C\u5404\u4E3B\u9898\u7684\u89E6\u53D1\u6761\u4EF6\uFF08triggers\uFF09\u4E0E\u6807\u7B7E\uFF0C\u5BF9\u4E3B\u9898\u6392\u5E8F\uFF0C\u5E76\u7ED9\u51FA\u539F\u56E0\u548C\u6240\u4F9D\u636E\u7684\u4E8B\u5B9E\u3002

\u9009\u9879\uFF1A
  --profile \u6587\u4EF6     \u6863\u6848\uFF08\u5FC5\u9700\uFF09
  --today \u65E5\u671F       \u8BA1\u7B97\u5E74\u9F84\u3001\u8BC1\u7167\u5269\u4F59\u5929\u6570\u7B49\u6240\u7528\u7684\u65E5\u671F\uFF08\u9ED8\u8BA4\u4ECA\u5929\uFF09
  --themes \u6587\u4EF6\u5939    \u4E3B\u9898\u6240\u5728\u7684\u6587\u4EF6\u5939\uFF08\u9ED8\u8BA4\u5F53\u524D\u76EE\u5F55\u7684 themes\uFF0C\u6CA1\u6709\u65F6\u7528\u968F\u5305\u9644\u5E26\u7684\u4E3B\u9898\uFF09
  --format \u683C\u5F0F      text\uFF08\u9ED8\u8BA4\uFF09| json\uFF08{ today, recommendations }\uFF0C\u6BCF\u9879\u542B theme\u3001score\u3001reasons\u3001tags\u3001file\uFF09

\u9000\u51FA\u7801\uFF1A0 \u5B8C\u6210\uFF08\u6CA1\u6709\u63A8\u8350\u4E5F\u662F 0\uFF09\uFF1B1 \u6863\u6848\u6216\u67D0\u4E2A\u4E3B\u9898\u6709\u9519\u8BEF\uFF1B2 \u7528\u6CD5\u9519\u8BEF

\u793A\u4F8B\uFF1A
  tongban recommend --profile examples/profiles/shanghai-resident.yaml --today 2026-11-27`,
    en: `usage: tongban recommend --profile file [--today YYYY-MM-DD] [--themes dir] [--format text|json]

Ranks the themes by a profile (person or enterprise) against each theme's triggers and tags, with the
reasons and the facts they used.

Options:
  --profile file     the profile (required)
  --today date       the date for ages and days until expiry (default: today)
  --themes dir       where the themes are (default: themes/ in the working directory, else the bundled ones)
  --format format    text (default) | json ({ today, recommendations }, each with theme, score, reasons, tags, file)

Exit codes: 0 done (also with no recommendation); 1 a bad profile or theme; 2 usage

Example:
  tongban recommend --profile examples/profiles/shanghai-resident.yaml --today 2026-11-27`
  },
  options: {
    profile: { type: "string" },
    today: { type: "string" },
    themes: { type: "string" },
    format: { type: "string", default: "text" }
  },
  async run(context) {
    const { values, positionals, lang, io } = context;
    if (typeof values.profile !== "string")
      throw new UsageError(t(lang, "\u9700\u8981 --profile \u6863\u6848\u6587\u4EF6", "--profile is required"));
    if (positionals.length > 0)
      throw new UsageError(
        t(lang, `\u591A\u4F59\u7684\u53C2\u6570\uFF1A${positionals.join(" ")}`, `unexpected arguments: ${positionals.join(" ")}`)
      );
    const format = formatInput(values.format, FORMATS3, lang);
    const today = todayInput(values.today, context);
    const profile = await profileInput(values.profile, context);
    if (!profile.ok) return profile.exit;
    const dir = typeof values.themes === "string" ? pathOf2(values.themes, context) : defaultThemesDir(io.cwd);
    const loaded = await loadThemesIn(dir);
    if (loaded.errors.length > 0) printDiagnostics(loaded.errors, context);
    if (loaded.files === 0 || loaded.themes.length === 0 && loaded.errors.length === 0) {
      io.stderr.write(`${t(lang, `\u5728 ${dir} \u4E2D\u6CA1\u6709\u627E\u5230\u4E3B\u9898`, `no themes found in ${dir}`)}
`);
      return 1;
    }
    const ranked = recommend(
      profile.value,
      loaded.themes.map((x) => x.theme),
      { today }
    );
    const fileOf = new Map(loaded.themes.map((x) => [x.theme.id, relative3(io.cwd, x.file) || x.file]));
    if (format === "json") {
      const recommendations = ranked.map((r) => ({ ...r, file: fileOf.get(r.theme.id) ?? "" }));
      io.stdout.write(`${JSON.stringify({ today, recommendations }, null, 2)}
`);
    } else
      io.stdout.write(recommendationsText(ranked, profile.value.name, today, lang, context.color, fileOf));
    return loaded.errors.length > 0 ? 1 : 0;
  }
};
function recommendationsText(ranked, name, today, lang, color, fileOf) {
  const s = styleOf(color);
  const who = name ?? t(lang, "\u8BE5\u6863\u6848", "this profile");
  if (ranked.length === 0)
    return `${t(lang, `\u6CA1\u6709\u4E3A${who}\u63A8\u8350\u7684\u4E3B\u9898\uFF08${today}\uFF09`, `No theme to recommend for ${who} (${today})`)}
`;
  const lines = [
    s.bold(t(lang, `\u4E3A${who}\u63A8\u8350\u7684\u4E3B\u9898\uFF08${today}\uFF09\uFF1A`, `Themes recommended for ${who} (${today}):`))
  ];
  ranked.forEach((r, i) => {
    lines.push(
      `${i + 1}. ${s.bold(r.theme.title)}  ${s.dim(`${fileOf.get(r.theme.id) ?? r.theme.id} \xB7 ${t(lang, "\u5F97\u5206", "score")} ${r.score}`)}`
    );
    for (const reason of r.reasons) {
      lines.push(`   \xB7 ${reason.message}`);
      if (reason.facts.length > 0) {
        const facts = reason.facts.map((f) => `${f.label} = ${factText(f)}`);
        lines.push(`     ${s.dim(`${t(lang, "\u4F9D\u636E", "facts")}\uFF1A${facts.join(t(lang, "\uFF1B", "; "))}`)}`);
      }
    }
    if (r.tags.length > 0) lines.push(`   \xB7 ${t(lang, "\u5171\u540C\u6807\u7B7E", "shared tags")}\uFF1A${r.tags.join("\u3001")}`);
  });
  return `${lines.join("\n")}
`;
}
function factText(fact) {
  if (typeof fact.display === "string") return fact.display;
  return Array.isArray(fact.value) ? fact.value.join("\u3001") : String(fact.value);
}

// src/render/escape.ts
function cell(text2) {
  const value = String(text2).trim().replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, "<br>");
  return value === "" ? "\u2014" : value;
}
function row(cells) {
  return `| ${cells.map(cell).join(" | ")} |`;
}
function table(header, rows) {
  return [row(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(row)];
}
function mermaidId(prefix, id) {
  let safe = "";
  for (const char of id) {
    if (/[A-Za-z0-9]/.test(char)) safe += char;
    else if (char === "-") safe += "_";
    else safe += `_${(char.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return `${prefix}_${safe}`;
}
function mermaidText(text2) {
  return text2.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/\r\n|\r|\n/g, " ");
}
function mermaidLabel(...lines) {
  return `"${lines.filter((line) => line !== "").map(mermaidText).join("<br/>")}"`;
}

// src/render/markdown.ts
function markdownGuide(outcome2, theme) {
  const names = new Map(outcome2.items.map((item) => [item.id, item.name]));
  const name = (id) => names.get(id) ?? id;
  const lines = [`# ${outcome2.theme.title} \xB7 \u529E\u4E8B\u6307\u5357`, ""];
  if (outcome2.provisional) {
    lines.push("> \u95EE\u5377\u5C1A\u672A\u5B8C\u6210\uFF1A\u4EE5\u4E0B\u662F\u6839\u636E\u5DF2\u56DE\u7B54\u7684\u95EE\u9898\u5F97\u51FA\u7684\u521D\u6B65\u7ED3\u679C\uFF0C\u53EF\u80FD\u968F\u540E\u7EED\u56DE\u7B54\u800C\u53D8\u5316\u3002", "");
  }
  lines.push(
    `- \u60C5\u5F62\uFF1A${outcome2.case ? outcome2.case.label || "\uFF08\u65E0\u9700\u533A\u5206\u60C5\u5F62\uFF09" : "\uFF08\u95EE\u5377\u5C1A\u672A\u5B8C\u6210\uFF09"}`,
    `- \u529E\u7406\u72B6\u6001\uFF1A**${STATUS_LABELS[outcome2.status].zh}**`,
    ...theme.region === void 0 ? [] : [`- \u9002\u7528\u5730\u533A\uFF1A${theme.region}`],
    `- \u7248\u672C\uFF1A${outcome2.theme.version}`,
    ""
  );
  if (outcome2.status === "blocked") {
    lines.push("> \u672C\u60C5\u5F62\u4E0D\u4E88\u529E\u7406\uFF0C\u539F\u56E0\u89C1\u4E0B\u65B9\u201C\u63D0\u793A\u201D\u3002", "", ...notices(outcome2));
    return `${lines.join("\n").trimEnd()}
`;
  }
  if (theme.summary !== void 0) lines.push(theme.summary, "");
  lines.push(...notices(outcome2), ...materials(outcome2, name), ...workflow(outcome2, name));
  lines.push(...days(outcome2, name), ...fees(outcome2, name), ...visits(outcome2, name), ...delivery(outcome2));
  lines.push(...basis(outcome2));
  return `${lines.join("\n").trimEnd()}
`;
}
function notices(outcome2) {
  if (outcome2.notices.length === 0) return [];
  const lines = ["## \u63D0\u793A", ""];
  for (const notice of outcome2.notices) {
    const basis2 = notice.basis === void 0 ? "" : `\uFF08\u4F9D\u636E\uFF1A${notice.basis}\uFF09`;
    lines.push(
      `- \u3010${NOTICE_LABELS[notice.kind].zh}\u3011${notice.text}${basis2}`,
      `  - \u9002\u7528\u539F\u56E0\uFF1A${notice.reason.text}`
    );
  }
  return [...lines, ""];
}
function materials(outcome2, name) {
  const lines = ["## \u6750\u6599\u6E05\u5355", ""];
  if (outcome2.materials.length === 0) return [...lines, "\u65E0\u9700\u63D0\u4EA4\u6750\u6599\u3002", ""];
  lines.push(mergeSentence(outcome2), "");
  const rows = outcome2.materials.map((m, i) => [
    i + 1,
    m.name,
    m.form,
    m.copies,
    submission(m, name),
    commitment(m, name),
    m.usedBy.map((u) => name(u.item)).join("\u3001"),
    remarks(m, name)
  ]);
  lines.push(
    ...table(["\u5E8F\u53F7", "\u6750\u6599\u540D\u79F0", "\u5F62\u5F0F", "\u4EFD\u6570", "\u63D0\u4EA4\u65B9\u5F0F", "\u544A\u77E5\u627F\u8BFA", "\u7528\u4E8E\u4E8B\u9879", "\u5907\u6CE8"], rows),
    ""
  );
  return lines;
}
function mergeSentence(outcome2) {
  const m = outcome2.merge;
  const parts = [`\u9010\u9879\u529E\u7406\u9700\u63D0\u4EA4\u6750\u6599 ${m.itemByItem} \u4EFD\uFF0C\u5408\u5E76\u540E\u5171 ${m.merged} \u79CD`];
  if (m.passedOn > 0) parts.push(`\u5176\u4E2D ${m.passedOn} \u79CD\u5728\u6D41\u7A0B\u5185\u4F20\u9012`);
  if (m.waived > 0) parts.push(`${m.waived} \u79CD\u4EE5\u7535\u5B50\u8BC1\u7167\u514D\u4E8E\u63D0\u4EA4`);
  return `${parts.join("\uFF0C")}\uFF1A\u6750\u6599\u4ECE ${m.itemByItem} \u4EFD\u51CF\u81F3 ${m.toSubmit} \u4EFD\u3002`;
}
function submission(m, name) {
  if (m.status === "passed-on")
    return `\u6D41\u7A0B\u5185\u4F20\u9012\uFF08\u7531${m.producedBy ? name(m.producedBy.id) : "\u524D\u5E8F\u4E8B\u9879"}\u4EA7\u751F\uFF09`;
  if (m.status === "waived") return `\u514D\u63D0\u4EA4\uFF08\u7535\u5B50\u8BC1\u7167\uFF1A${m.waivedBy?.name ?? ""}\uFF09`;
  return "\u9700\u63D0\u4EA4";
}
function commitment(m, name) {
  if (m.commitment.length === 0) return "\u2014";
  if (m.commitment.length === m.usedBy.length) return "\u53EF\u627F\u8BFA";
  return `\u53EF\u627F\u8BFA\uFF08${m.commitment.map(name).join("\u3001")}\uFF09`;
}
function remarks(m, name) {
  const parts = [
    ...m.note === void 0 ? [] : [m.note],
    ...m.source === void 0 ? [] : [`\u6765\u6E90\uFF1A${m.source}`],
    ...m.usedBy.flatMap((u) => u.note === void 0 ? [] : [`${name(u.item)}\uFF1A${u.note}`])
  ];
  return parts.join("\uFF1B");
}
function workflow(outcome2, name) {
  const lines = ["## \u529E\u7406\u6D41\u7A0B", ""];
  const { steps, stages } = outcome2.workflow;
  if (steps.length === 0) return [...lines, "\u672C\u60C5\u5F62\u65E0\u9700\u529E\u7406\u4E8B\u9879\u3002", ""];
  lines.push(`\u5171 ${steps.length} \u4E2A\u4E8B\u9879\uFF0C\u5206 ${stages.length} \u4E2A\u9636\u6BB5\u529E\u7406\uFF1B\u540C\u4E00\u9636\u6BB5\u7684\u4E8B\u9879\u53EF\u4EE5\u5E76\u884C\u3002`, "");
  const items = new Map(outcome2.items.map((item) => [item.id, item]));
  const rows = stages.flatMap(
    (ids, stage) => ids.map((id) => {
      const item = items.get(id);
      const step = steps.find((s) => s.item === id);
      const department = item?.department ? `${item.department.name}${item.level ? `\uFF08${item.level}\uFF09` : ""}` : "\u2014";
      const before = (step?.dependsOn ?? []).map(
        (e) => e.because === "produces" && e.material !== void 0 ? `${name(e.item)}\uFF08\u63D0\u4F9B${materialName(outcome2, e.material)}\uFF09` : name(e.item)
      );
      return [
        `\u7B2C${stage + 1}\u9636\u6BB5`,
        name(id),
        department,
        item?.days === void 0 ? "\u672A\u89C4\u5B9A" : formatNumber(item.days),
        step ? `${formatNumber(step.start)}\u2013${formatNumber(step.finish)}` : "\u2014",
        [...new Set(before)].join("\u3001") || "\u2014"
      ];
    })
  );
  lines.push(
    ...table(["\u9636\u6BB5", "\u4E8B\u9879", "\u5B9E\u65BD\u90E8\u95E8", "\u65F6\u9650\uFF08\u5DE5\u4F5C\u65E5\uFF09", "\u8D77\u6B62\uFF08\u7B2C\u51E0\u4E2A\u5DE5\u4F5C\u65E5\uFF09", "\u524D\u7F6E\u4E8B\u9879"], rows),
    ""
  );
  return lines;
}
function materialName(outcome2, id) {
  return outcome2.materials.find((m) => m.id === id)?.name ?? id;
}
function days(outcome2, name) {
  const lines = ["## \u529E\u7406\u65F6\u9650", ""];
  if (outcome2.items.length === 0) return [...lines, "\u2014", ""];
  const { critical, sum, saved } = outcome2.totals.days;
  const path = outcome2.workflow.criticalPath.items.map(name).join(" \u2192 ");
  lines.push(
    `- \u5173\u952E\u8DEF\u5F84\uFF1A${path}\uFF0C\u5171 ${formatNumber(critical)} \u4E2A\u5DE5\u4F5C\u65E5`,
    `- \u5404\u4E8B\u9879\u65F6\u9650\u5408\u8BA1\uFF1A${formatNumber(sum)} \u4E2A\u5DE5\u4F5C\u65E5`,
    `- \u5E76\u8054\u529E\u7406\u8282\u7701\uFF1A${formatNumber(saved)} \u4E2A\u5DE5\u4F5C\u65E5`
  );
  const open3 = outcome2.items.filter((item) => item.days === void 0).map((item) => item.name);
  if (open3.length > 0) lines.push(`- \u672A\u89C4\u5B9A\u65F6\u9650\u7684\u4E8B\u9879\u6309 0 \u4E2A\u5DE5\u4F5C\u65E5\u8BA1\uFF1A${open3.join("\u3001")}`);
  return [...lines, ""];
}
function fees(outcome2, name) {
  const lines = ["## \u8D39\u7528", ""];
  const { total, breakdown } = outcome2.totals.fee;
  if (breakdown.length === 0) return [...lines, "\u4E0D\u6536\u8D39\u3002", ""];
  const rows = breakdown.map((line) => [name(line.item), formatNumber(line.amount), line.note ?? ""]);
  lines.push(...table(["\u4E8B\u9879", "\u91D1\u989D\uFF08\u5143\uFF09", "\u8BF4\u660E"], [...rows, ["\u5408\u8BA1", formatNumber(total), ""]]), "");
  return lines;
}
function visits(outcome2, name) {
  const lines = ["## \u8DD1\u52A8\u6B21\u6570", ""];
  const { count, list } = outcome2.totals.visits;
  if (count === 0) return [...lines, "\u5168\u7A0B\u7F51\u529E\uFF0C\u65E0\u9700\u5230\u73B0\u573A\u3002", ""];
  lines.push(`\u9700\u5230\u73B0\u573A ${count} \u6B21\uFF08\u540C\u4E00\u5730\u70B9\u7684\u4E8B\u9879\u5408\u5E76\u4E3A\u4E00\u6B21\uFF09\uFF1A`, "");
  list.forEach((visit2, i) => {
    const address = visit2.venue.address === void 0 ? "" : `\uFF08${visit2.venue.address}\uFF09`;
    const purposes = visit2.purposes.length === 0 ? "" : `\uFF1B\u4E8B\u7531\uFF1A${visit2.purposes.join("\u3001")}`;
    lines.push(`${i + 1}. ${visit2.venue.name}${address}\uFF1A${visit2.items.map(name).join("\u3001")}${purposes}`);
  });
  return [...lines, ""];
}
function delivery(outcome2) {
  const options = outcome2.totals.delivery;
  return ["## \u9001\u8FBE\u65B9\u5F0F", "", options.length === 0 ? "\u2014" : options.join("\u3001"), ""];
}
function basis(outcome2) {
  const lines = ["## \u4F9D\u636E", ""];
  const withBasis = outcome2.items.filter((item) => item.basis.length > 0);
  if (withBasis.length === 0) return [...lines, "\u2014", ""];
  for (const item of withBasis) lines.push(`- ${item.name}\uFF1A${item.basis.join("\uFF1B")}`);
  return [...lines, ""];
}

// src/render/mermaid-questionnaire.ts
var START = "start_node";
function mermaidQuestionnaire(theme) {
  const questions = new Set(theme.questions.map((q) => q.id));
  const factNodes = [];
  const nodeOf = (fact) => {
    if (questions.has(fact)) return mermaidId("q", fact);
    if (!factNodes.includes(fact)) factNodes.push(fact);
    return mermaidId("f", fact);
  };
  const edges = [];
  const decide = (target, condition, always) => {
    if (condition === void 0) {
      edges.push(
        always === "" ? `  ${START} --> ${target}` : `  ${START} -->|${mermaidLabel(always)}| ${target}`
      );
      return;
    }
    const text2 = mermaidLabel(conditionText(condition, theme));
    const sources = [...factsRead(condition, theme.conditions, "skip")].map(nodeOf);
    if (sources.length === 0) edges.push(`  ${START} -->|${text2}| ${target}`);
    for (const source of sources) edges.push(`  ${source} -->|${text2}| ${target}`);
  };
  for (const question of theme.questions) {
    const target = mermaidId("q", question.id);
    if (question.prefill !== void 0) edges.push(`  ${nodeOf(question.prefill)} -.->|"\u9884\u586B"| ${target}`);
    decide(target, question.when, "");
  }
  for (const entry of theme.items) decide(mermaidId("i", entry.item), entry.when, "\u59CB\u7EC8");
  for (const notice of theme.notices) decide(mermaidId("x", notice.id), notice.when, "\u59CB\u7EC8");
  const lines = ["flowchart TD", `  ${START}(["\u5F00\u59CB"])`];
  for (const q of theme.questions) lines.push(`  ${mermaidId("q", q.id)}{${mermaidLabel(q.ask)}}`);
  for (const fact of factNodes)
    lines.push(`  ${mermaidId("f", fact)}[(${mermaidLabel(`\u6863\u6848\uFF1A${factLabel(theme, fact)}`)})]`);
  for (const entry of theme.items) {
    const name = theme.catalog.items[entry.item]?.name ?? entry.item;
    lines.push(`  ${mermaidId("i", entry.item)}[[${mermaidLabel(`\u4E8B\u9879\uFF1A${name}`)}]]`);
  }
  for (const n of theme.notices)
    lines.push(`  ${mermaidId("x", n.id)}>${mermaidLabel(`${NOTICE_LABELS[n.kind].zh}\uFF1A${n.text}`)}]`);
  lines.push(...edges);
  const stopping = theme.notices.filter((n) => n.kind === "block" || n.kind === "not-needed");
  if (stopping.length > 0) {
    lines.push("  classDef stop stroke-dasharray:4 2,stroke-width:2px");
    lines.push(`  class ${stopping.map((n) => mermaidId("x", n.id)).join(",")} stop`);
  }
  return `${lines.join("\n")}
`;
}

// src/render/mermaid-workflow.ts
var START2 = "start_node";
var END = "end_node";
function mermaidWorkflow(outcome2, theme) {
  const lines = ["flowchart LR", `  ${START2}(["\u5F00\u59CB"])`];
  const items = new Map(outcome2.items.map((item) => [item.id, item]));
  const materialName2 = (id) => outcome2.materials.find((m) => m.id === id)?.name ?? own(theme.catalog.materials, id)?.name ?? id;
  outcome2.workflow.stages.forEach((ids, stage) => {
    const title = ids.length > 1 ? `\u7B2C${stage + 1}\u9636\u6BB5\uFF08\u53EF\u5E76\u884C\uFF09` : `\u7B2C${stage + 1}\u9636\u6BB5`;
    lines.push(
      `  subgraph ${mermaidId("stage", String(stage + 1))}[${mermaidLabel(title)}]`,
      "    direction TB"
    );
    for (const id of ids) {
      const item = items.get(id);
      const step = outcome2.workflow.steps.find((s) => s.item === id);
      const details = [
        item?.department?.name,
        item?.days === void 0 ? "\u65F6\u9650\u672A\u89C4\u5B9A" : `${formatNumber(item.days)}\u4E2A\u5DE5\u4F5C\u65E5`
      ].filter((d) => d !== void 0);
      const timing = step ? `\u7B2C${formatNumber(step.start)}\u2013${formatNumber(step.finish)}\u4E2A\u5DE5\u4F5C\u65E5` : "";
      lines.push(`    ${mermaidId("n", id)}[${mermaidLabel(item?.name ?? id, details.join(" \xB7 "), timing)}]`);
    }
    lines.push("  end");
  });
  const days2 = outcome2.workflow.criticalPath.days;
  lines.push(`  ${END}([${mermaidLabel(`\u529E\u7ED3\uFF08${formatNumber(days2)}\u4E2A\u5DE5\u4F5C\u65E5\uFF09`)}])`);
  const needed = /* @__PURE__ */ new Set();
  for (const step of outcome2.workflow.steps) {
    if (step.dependsOn.length === 0) lines.push(`  ${START2} --> ${mermaidId("n", step.item)}`);
    const sources = [...new Set(step.dependsOn.map((e) => e.item))];
    for (const source of sources) {
      needed.add(source);
      const edges = step.dependsOn.filter((e) => e.item === source);
      const passed = edges.flatMap(
        (e) => e.because === "produces" && e.material ? [materialName2(e.material)] : []
      );
      const arrow = passed.length > 0 ? `-->|${mermaidLabel(passed.join("\u3001"))}|` : `-.->|${mermaidLabel("\u5148\u540E")}|`;
      lines.push(`  ${mermaidId("n", source)} ${arrow} ${mermaidId("n", step.item)}`);
    }
  }
  for (const step of outcome2.workflow.steps) {
    if (!needed.has(step.item)) lines.push(`  ${mermaidId("n", step.item)} --> ${END}`);
  }
  if (outcome2.workflow.steps.length === 0) lines.push(`  ${START2} --> ${END}`);
  const critical = outcome2.workflow.criticalPath.items;
  if (critical.length > 0) {
    lines.push("  classDef critical stroke-width:3px");
    lines.push(`  class ${critical.map((id) => mermaidId("n", id)).join(",")} critical`);
  }
  return `${lines.join("\n")}
`;
}

// src/session/checklist.ts
function checklist(session) {
  const { theme } = session;
  const w = walk(session);
  const rules = rulesFor(theme, session.operators);
  const applies = [];
  const open3 = [];
  if (theme.notices.some((n) => n.kind === "block" && rules.evaluate(n.when, w.facts) === true)) {
    return { applies, open: open3 };
  }
  for (const entry of theme.items) {
    const verdict = rules.evaluate(entry.when, w.facts);
    if (verdict === false) continue;
    const item = own(theme.catalog.items, entry.item);
    const department = item?.department === void 0 ? void 0 : own(theme.catalog.departments, item.department);
    const line = {
      item: entry.item,
      name: item?.name ?? entry.item,
      ...department ? { department: department.name } : {}
    };
    (verdict === true ? applies : open3).push(line);
  }
  return { applies, open: open3 };
}

// src/cli/case-key.ts
function answersOfCaseKey(theme, key, today, lang) {
  const answers = /* @__PURE__ */ new Map();
  for (const part of key.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const id = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? "" : part.slice(eq + 1);
    const question = theme.questions.find((q) => q.id === id);
    if (eq <= 0 || !question) {
      return {
        ok: false,
        message: t(
          lang,
          `\u60C5\u5F62\u952E\u7684\u201C${part}\u201D\u4E0D\u662F\u201C\u95EE\u9898=\u503C\u201D\uFF0C\u6216\u4E3B\u9898\u6CA1\u6709\u8FD9\u4E2A\u95EE\u9898`,
          `"${part}" in the case key is not question=value of a question of the theme`
        )
      };
    }
    if (question.type === "number" || question.type === "date") {
      const representative = bandRepresentative(question, value, today);
      if (representative === void 0) {
        return {
          ok: false,
          message: t(
            lang,
            `\u95EE\u9898 ${id} \u6CA1\u6709\u843D\u5728\u533A\u95F4\u201C${value}\u201D\u5185\u7684\u6709\u6548\u56DE\u7B54`,
            `no valid answer of ${id} falls in the band "${value}"`
          )
        };
      }
      answers.set(id, representative);
    } else if (question.type === "multiple") answers.set(id, value.split("+"));
    else if (question.type === "yes-no")
      answers.set(id, value === "yes" ? true : value === "no" ? false : value);
    else answers.set(id, value);
  }
  return { ok: true, answers };
}
function bandRepresentative(question, key, today) {
  const candidates = question.type === "number" ? numberCandidates2(question) : dateCandidates2(question, today);
  const type3 = questionType(question);
  for (const candidate of candidates) {
    if (!type3.accept(question, candidate, today).ok) continue;
    if (bandKey(bandOf(question.cuts, candidate)) === key) return candidate;
  }
  return void 0;
}
function numberCandidates2(question) {
  const cuts = question.cuts.map((c) => c.value).filter((v) => typeof v === "number");
  const out = [];
  for (const c of cuts) out.push(c, c + 1, c - 1, c + 0.5, c - 0.5);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const mid = (a + b) / 2;
    out.push(Math.floor(mid), Math.ceil(mid), mid);
  }
  for (const bound of [question.min, question.max]) if (bound !== void 0) out.push(bound);
  out.push(0, 1);
  return [...new Set(out)];
}
function dateCandidates2(question, today) {
  const out = [];
  const around = (date2) => {
    const parsed = parseDate(date2);
    if (!parsed) return;
    out.push(date2, addToDate(parsed, 1, "d"), addToDate(parsed, -1, "d"));
  };
  for (const cut of question.cuts) if (typeof cut.value === "string") around(cut.value);
  const cuts = question.cuts.map((c) => parseDate(c.value)).filter((d) => d !== void 0);
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const days2 = Math.round((Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 864e5);
    out.push(addToDate(a, Math.floor(days2 / 2), "d"));
  }
  for (const bound of [resolveBound(question.min, today), resolveBound(question.max, today), today])
    if (bound !== void 0) around(bound);
  return [...new Set(out)];
}

// src/cli/scripted.ts
function startSession(theme, profile, today) {
  return start(theme, { today, ...profile ? { profile } : {} });
}
function applyAnswers(session, given) {
  const questions = new Map(session.theme.questions.map((q) => [q.id, q]));
  const unknown = [...given.keys()].filter((id) => !questions.has(id));
  const valueFor = (question) => {
    const raw = given.get(question.id);
    return typeof raw === "string" ? coerceAnswer(question, raw) : raw;
  };
  let current = session;
  const overrides = new Set(
    Object.entries(current.answers).filter(([id, stored]) => stored.prefilled && questions.has(id) && given.has(id)).map(([id]) => id)
  );
  for (; ; ) {
    for (const id of overrides) {
      const changed = change(current, id, valueFor(questions.get(id)));
      if (changed.ok) current = changed.session;
      else if (changed.error.code === "not-asked") continue;
      else return { session: current, rejected: changed.error, unknown };
      overrides.delete(id);
    }
    const step = next(current);
    if (step.done) return { session: current, unknown };
    if (!given.has(step.question.id)) return { session: current, missing: step, unknown };
    const result = answer(current, step.question.id, valueFor(step.question));
    if (!result.ok) return { session: current, rejected: result.error, unknown };
    current = result.session;
  }
}
function missingAnswerMessage(step, lang) {
  const q = step.question;
  const accepts = acceptedAnswers(q, lang);
  return t(
    lang,
    `\u7F3A\u5C11\u95EE\u9898 ${q.id}\uFF08${q.ask}\uFF09\u7684\u56DE\u7B54\u3002${accepts}
\u7528 --answers ${q.id}=<\u503C> \u6216\u7B54\u6848\u6587\u4EF6\u7ED9\u51FA\u3002`,
    `no answer for question ${q.id} (${q.en ?? q.ask}). ${accepts}
Give it with --answers ${q.id}=<value> or an answers file.`
  );
}
function acceptedAnswers(q, lang) {
  switch (q.type) {
    case "single":
    case "multiple": {
      const options = q.options.map((o) => lang === "en" ? `${o.id} (${o.en ?? o.label})` : `${o.id}\uFF08${o.label}\uFF09`).join(t(lang, "\uFF0C", ", "));
      const several = q.type === "multiple" ? t(lang, "\u53EF\u591A\u9009\uFF0C\u7528 + \u8FDE\u63A5\uFF1B", "several joined by +; ") : "";
      return `${t(lang, "\u53EF\u9009", "Options")}\uFF1A${several}${options}`;
    }
    case "yes-no":
      return t(lang, `\u56DE\u7B54 yes\uFF08${q.yes}\uFF09\u6216 no\uFF08${q.no}\uFF09`, `Answer yes (${q.yes}) or no (${q.no})`);
    case "number": {
      const range = `${q.min ?? "-\u221E"}\u2013${q.max ?? "\u221E"}${q.unit ?? ""}`;
      const whole = q.integer ? t(lang, "\u6574\u6570", "a whole number") : t(lang, "\u6570\u5B57", "a number");
      return t(lang, `\u56DE\u7B54${whole}\uFF0C\u8303\u56F4 ${range}`, `Answer ${whole} in ${range}`);
    }
    case "date":
      return t(lang, "\u56DE\u7B54 YYYY-MM-DD \u65E5\u671F", "Answer a YYYY-MM-DD date");
  }
}
function rejectedMessage(error, lang) {
  return pickLang(error.message, lang);
}

// src/cli/commands/render.ts
var FORMATS4 = ["md", "mermaid", "json"];
var GRAPHS = ["questionnaire", "workflow"];
var render2 = {
  name: "render",
  summary: {
    zh: "\u751F\u6210\u529E\u4E8B\u6307\u5357\uFF08Markdown\uFF09\u3001Mermaid \u56FE\u6216 JSON",
    en: "render a guide (Markdown), Mermaid graphs or JSON"
  },
  help: {
    zh: `\u7528\u6CD5\uFF1Atongban render <\u4E3B\u9898\u6587\u4EF6> [--case \u60C5\u5F62\u952E | --answers \u6587\u4EF6|k=v,\u2026] [--format md|mermaid|json] [--graph questionnaire|workflow]
                      [--profile \u6587\u4EF6] [--today YYYY-MM-DD]

\u4E0D\u7ED9\u60C5\u5F62\u65F6\uFF1Amermaid \u8F93\u51FA\u95EE\u5377\u7684\u51B3\u7B56\u56FE\uFF08\u9ED8\u8BA4\uFF09\uFF0Cjson \u8F93\u51FA\u7F16\u8BD1\u540E\u7684\u4E3B\u9898\u3002
\u7ED9\u51FA\u60C5\u5F62\uFF08--case \u7528 tongban cases \u6253\u5370\u7684\u60C5\u5F62\u952E\uFF0C\u5982 business=first&age=ge16-lt60\uFF1B\u6570\u5B57\u3001\u65E5\u671F\u9898\u7684\u533A\u95F4\u952E\u53D6\u533A\u95F4\u5185
\u7684\u4E00\u4E2A\u4EE3\u8868\u503C\uFF09\uFF0C\u6216\u7528 --answers \u7ED9\u51FA\u56DE\u7B54\u65F6\uFF1Amd \u8F93\u51FA\u529E\u4E8B\u6307\u5357\uFF08\u9ED8\u8BA4\uFF09\uFF0Cmermaid \u8F93\u51FA\u8BE5\u60C5\u5F62\u7684\u6D41\u7A0B\u56FE\uFF0Cjson \u8F93\u51FA Outcome\u3002

\u9009\u9879\uFF1A
  --case \u952E          \u60C5\u5F62\u952E\uFF08q=v&q2=v2\uFF1B\u591A\u9009 a+b\uFF1B\u662F\u5426\u9898 yes/no\uFF1B\u6570\u5B57/\u65E5\u671F\u4E3A\u533A\u95F4\u952E\uFF09
  --answers \u503C       \u7B54\u6848\u6587\u4EF6\u6216 k=v,k2=v2\uFF08\u4E0E tongban run \u76F8\u540C\uFF09
  --format \u683C\u5F0F      md | mermaid | json\uFF08\u9ED8\u8BA4\uFF1A\u6709\u60C5\u5F62\u65F6 md\uFF0C\u5426\u5219 mermaid\uFF09
  --graph \u56FE         mermaid \u7684\u56FE\uFF1Aquestionnaire\uFF08\u95EE\u5377\u51B3\u7B56\u56FE\uFF09| workflow\uFF08\u6D41\u7A0B\u56FE\uFF0C\u9700\u8981\u60C5\u5F62\uFF1B\u6709\u60C5\u5F62\u65F6\u9ED8\u8BA4\uFF09
  --profile \u6587\u4EF6     \u6863\u6848\uFF08\u9884\u586B\uFF09
  --today \u65E5\u671F       \u8BA1\u7B97\u6240\u7528\u7684\u65E5\u671F\uFF08\u9ED8\u8BA4\u4ECA\u5929\uFF09

\u9000\u51FA\u7801\uFF1A0 \u5B8C\u6210\uFF1B1 \u4E3B\u9898/\u6863\u6848/\u7B54\u6848\u6709\u95EE\u9898\uFF0C\u6216\u60C5\u5F62\u952E\u4E0E\u4E3B\u9898\u4E0D\u7B26\uFF1B2 \u7528\u6CD5\u9519\u8BEF

\u793A\u4F8B\uFF1A
  tongban render themes/hk-macau-permit.yaml --format mermaid > questionnaire.mmd
  tongban render themes/hk-macau-permit.yaml --case 'business=first&hukou=local&age=ge16-lt60&filed-status=none&endorse-now=no'
  tongban render themes/hk-macau-permit.yaml --answers examples/answers/hk-macau-permit.yaml --format mermaid`,
    en: `usage: tongban render <theme> [--case key | --answers file|k=v,\u2026] [--format md|mermaid|json] [--graph questionnaire|workflow]
                      [--profile file] [--today YYYY-MM-DD]

Without a case: mermaid renders the questionnaire as a decision graph (default), json the compiled theme.
With a case (--case takes a key as tongban cases prints it, e.g. business=first&age=ge16-lt60; a band key of a
number or date question stands for a value inside the band) or --answers: md renders the guide (default),
mermaid the case's workflow graph, json its Outcome.

Options:
  --case key         a case key (q=v&q2=v2; several options a+b; yes/no; bands for numbers and dates)
  --answers value    an answers file or k=v,k2=v2 (as for tongban run)
  --format format    md | mermaid | json (default: md with a case, mermaid without)
  --graph graph      the Mermaid graph: questionnaire (decision graph) | workflow (needs a case; the default
                     with one)
  --profile file     a profile (prefill)
  --today date       the date computations use (default: today)

Exit codes: 0 done; 1 a bad theme/profile/answers, or a case key that does not fit the theme; 2 usage

Examples:
  tongban render themes/hk-macau-permit.yaml --format mermaid > questionnaire.mmd
  tongban render themes/hk-macau-permit.yaml --answers examples/answers/hk-macau-permit.yaml --format mermaid`
  },
  options: {
    case: { type: "string" },
    answers: { type: "string" },
    format: { type: "string" },
    graph: { type: "string" },
    profile: { type: "string" },
    today: { type: "string" }
  },
  async run(context) {
    const { values, positionals, lang, io } = context;
    const file = positionalInput(positionals, 0, { zh: "\u4E3B\u9898\u6587\u4EF6", en: "a theme file" }, lang);
    if (positionals.length > 1) throw new UsageError(t(lang, "\u53EA\u80FD\u7ED9\u4E00\u4E2A\u4E3B\u9898\u6587\u4EF6", "give one theme file"));
    const caseKey = typeof values.case === "string" ? values.case : void 0;
    const answersSpec = typeof values.answers === "string" ? values.answers : void 0;
    if (caseKey !== void 0 && answersSpec !== void 0)
      throw new UsageError(t(lang, "--case \u548C --answers \u53EA\u80FD\u7ED9\u4E00\u4E2A", "give --case or --answers, not both"));
    const withCase = caseKey !== void 0 || answersSpec !== void 0;
    const format = formatInput(values.format ?? (withCase ? "md" : "mermaid"), FORMATS4, lang);
    const graph = values.graph === void 0 ? withCase ? "workflow" : "questionnaire" : formatGraph(values.graph, lang);
    if (graph === "workflow" && !withCase)
      throw new UsageError(
        t(lang, "\u6D41\u7A0B\u56FE\u9700\u8981 --case \u6216 --answers", "the workflow graph needs --case or --answers")
      );
    if (format === "md" && !withCase)
      throw new UsageError(
        t(lang, "\u529E\u4E8B\u6307\u5357\u9700\u8981 --case \u6216 --answers", "the guide needs --case or --answers")
      );
    const today = todayInput(values.today, context);
    const theme = await themeInput(file, context);
    if (!theme.ok) return theme.exit;
    if (!withCase || format === "mermaid" && graph === "questionnaire") {
      io.stdout.write(
        format === "json" ? `${JSON.stringify(portable(theme.value, io.cwd), null, 2)}
` : mermaidQuestionnaire(theme.value)
      );
      return 0;
    }
    const profile = await optionalProfile(values.profile, context);
    if (!profile.ok) return profile.exit;
    let given;
    if (caseKey !== void 0) {
      const parsed = answersOfCaseKey(theme.value, caseKey, today, lang);
      if (!parsed.ok) {
        io.stderr.write(`--case: ${parsed.message}
`);
        return 1;
      }
      given = parsed.answers;
    } else {
      const read = await answersInput(answersSpec, context);
      if (!read.ok) return read.exit;
      given = read.value;
    }
    const applied = applyAnswers(startSession(theme.value, profile.value, today), given);
    for (const id of applied.unknown)
      io.stderr.write(`${t(lang, `\u5FFD\u7565\u672A\u77E5\u7684\u95EE\u9898\u201C${id}\u201D`, `ignoring unknown question "${id}"`)}
`);
    if (applied.rejected) {
      io.stderr.write(`${rejectedMessage(applied.rejected, lang)}
`);
      return 1;
    }
    if (applied.missing) {
      io.stderr.write(`${missingAnswerMessage(applied.missing, lang)}
`);
      return 1;
    }
    const reached = caseOf(applied.session).key;
    if (caseKey !== void 0 && reached !== caseKey) {
      io.stderr.write(
        `${t(lang, `\u60C5\u5F62\u952E\u4E0E\u4E3B\u9898\u4E0D\u7B26\uFF0C\u5F97\u5230\u7684\u60C5\u5F62\u662F\uFF1A${reached}`, `the case key does not fit the theme; the answers reach: ${reached}`)}
`
      );
      return 1;
    }
    const result = outcome(applied.session);
    if (format === "json") io.stdout.write(`${JSON.stringify(result, null, 2)}
`);
    else if (format === "md") io.stdout.write(markdownGuide(result, theme.value));
    else io.stdout.write(mermaidWorkflow(result, theme.value));
    return 0;
  }
};
function formatGraph(value, lang) {
  const graph = String(value);
  if (GRAPHS.includes(graph)) return graph;
  throw new UsageError(
    t(
      lang,
      `--graph \u53EA\u80FD\u662F questionnaire | workflow\uFF08\u5F97\u5230\u201C${graph}\u201D\uFF09`,
      `--graph: questionnaire | workflow (got "${graph}")`
    )
  );
}

// src/cli/format/outcome-text.ts
function outcomeText(outcome2, lang, color = false) {
  const s = styleOf(color);
  const name = itemNamer(outcome2);
  const lines = [s.bold(`${outcome2.theme.title}\uFF08${outcome2.theme.version}\uFF09`)];
  if (outcome2.provisional)
    lines.push(
      s.yellow(t(lang, "\uFF08\u95EE\u5377\u5C1A\u672A\u5B8C\u6210\uFF1A\u7ED3\u679C\u4E3A\u521D\u6B65\u7ED3\u679C\uFF09", "(questionnaire not complete: provisional)"))
    );
  const label = outcome2.case ? outcome2.case.label || t(lang, "\uFF08\u65E0\u9700\u533A\u5206\u60C5\u5F62\uFF09", "(a single case)") : "\u2014";
  lines.push(`${t(lang, "\u60C5\u5F62", "Case")}\uFF1A${label}`);
  const status = STATUS_LABELS[outcome2.status][lang];
  const paint = outcome2.status === "ready" ? s.green : outcome2.status === "blocked" ? s.red : s.yellow;
  lines.push(`${t(lang, "\u72B6\u6001", "Status")}\uFF1A${paint(status)}`);
  if (outcome2.notices.length > 0) {
    lines.push("", s.bold(t(lang, "\u63D0\u793A", "Notices")));
    for (const notice of outcome2.notices) {
      const kind = `\u3010${NOTICE_LABELS[notice.kind][lang]}\u3011`;
      lines.push(
        `  ${notice.kind === "block" ? s.red(kind) : notice.kind === "warning" ? s.yellow(kind) : kind}${notice.text}`
      );
    }
  }
  lines.push("", s.bold(t(lang, `\u4E8B\u9879\uFF08${outcome2.items.length} \u9879\uFF09`, `Items (${outcome2.items.length})`)));
  if (outcome2.items.length === 0) lines.push(`  ${t(lang, "\u65E0", "none")}`);
  outcome2.items.forEach((item, i) => {
    lines.push(
      `  ${i + 1}. ${item.name} \u2014 ${item.department?.name ?? t(lang, "\uFF08\u672A\u6307\u5B9A\u90E8\u95E8\uFF09", "(no department)")}`
    );
    lines.push(`     ${s.dim(itemFacts(item, lang))}`);
  });
  lines.push(...materials2(outcome2, lang, s, name));
  lines.push(...workflow2(outcome2, lang, s, name));
  lines.push("", s.bold(t(lang, "\u5408\u8BA1", "Totals")), ...totals(outcome2, lang));
  if (outcome2.materials.length > 0) lines.push("", s.bold(mergeSentence2(outcome2, lang)));
  return `${lines.join("\n")}
`;
}
function itemNamer(outcome2) {
  const names = new Map(outcome2.items.map((item) => [item.id, item.name]));
  return (id) => names.get(id) ?? id;
}
function itemFacts(item, lang) {
  const parts = [
    item.days === void 0 ? t(lang, "\u672A\u89C4\u5B9A\u65F6\u9650", "no time limit") : t(lang, `${formatNumber(item.days)} \u4E2A\u5DE5\u4F5C\u65E5`, `${formatNumber(item.days)} working days`),
    item.fee === void 0 || item.fee.amount === 0 ? t(lang, "\u4E0D\u6536\u8D39", "free") : t(lang, `${formatNumber(item.fee.amount)} \u5143`, `${formatNumber(item.fee.amount)} yuan`),
    item.presence ? t(
      lang,
      `\u5230\u573A\uFF1A${item.presence.venue.name}\uFF08${item.presence.purpose}\uFF09`,
      `in person: ${item.presence.venue.name} (${item.presence.purpose})`
    ) : t(lang, "\u65E0\u9700\u5230\u573A", "no visit")
  ];
  return parts.join(t(lang, "\uFF1B", "; "));
}
function materials2(outcome2, lang, s, name) {
  const m = outcome2.merge;
  const head = t(
    lang,
    `\u6750\u6599\uFF08\u5408\u5E76\u540E ${m.merged} \u79CD\uFF0C\u9700\u63D0\u4EA4 ${m.toSubmit} \u79CD\uFF09`,
    `Materials (${m.merged} after merging, ${m.toSubmit} to hand in)`
  );
  if (outcome2.materials.length === 0) return ["", s.bold(head), `  ${t(lang, "\u65E0\u9700\u63D0\u4EA4\u6750\u6599", "none")}`];
  const header = lang === "zh" ? ["#", "\u6750\u6599", "\u5F62\u5F0F", "\u4EFD\u6570", "\u63D0\u4EA4\u65B9\u5F0F", "\u7528\u4E8E\u4E8B\u9879"] : ["#", "material", "form", "copies", "how", "for"];
  const rows = outcome2.materials.map((material, i) => [
    i + 1,
    material.name,
    material.form,
    material.copies,
    submission2(material, lang, name),
    material.usedBy.map((u) => name(u.item)).join("\u3001")
  ]);
  return ["", s.bold(head), ...textTable(header, rows, { indent: "  ", right: [0, 3] })];
}
function submission2(material, lang, name) {
  if (material.status === "passed-on") {
    const by = material.producedBy ? name(material.producedBy.id) : "";
    return t(lang, `\u6D41\u7A0B\u5185\u4F20\u9012\uFF08${by}\uFF09`, `passed on (${by})`);
  }
  if (material.status === "waived") {
    const by = material.waivedBy?.name ?? "";
    return t(lang, `\u514D\u63D0\u4EA4\uFF08\u7535\u5B50\u8BC1\u7167\uFF1A${by}\uFF09`, `waived (e-licence: ${by})`);
  }
  if (material.commitment.length > 0)
    return t(lang, "\u9700\u63D0\u4EA4\uFF08\u53EF\u544A\u77E5\u627F\u8BFA\uFF09", "hand in (or sign a commitment)");
  return t(lang, "\u9700\u63D0\u4EA4", "hand in");
}
function workflow2(outcome2, lang, s, name) {
  const { stages } = outcome2.workflow;
  if (stages.length === 0) return [];
  const lines = [
    "",
    s.bold(
      t(
        lang,
        `\u6D41\u7A0B\uFF08${stages.length} \u4E2A\u9636\u6BB5\uFF0C\u540C\u4E00\u9636\u6BB5\u7684\u4E8B\u9879\u53EF\u5E76\u884C\uFF09`,
        `Workflow (${stages.length} stages; items of a stage run in parallel)`
      )
    )
  ];
  stages.forEach((ids, i) => {
    const steps = ids.map((id) => {
      const step = outcome2.workflow.steps.find((x) => x.item === id);
      const span = step ? t(
        lang,
        `\uFF08\u7B2C ${formatNumber(step.start)}\u2013${formatNumber(step.finish)} \u4E2A\u5DE5\u4F5C\u65E5\uFF09`,
        ` (days ${formatNumber(step.start)}\u2013${formatNumber(step.finish)})`
      ) : "";
      return `${name(id)}${span}`;
    });
    lines.push(`  ${t(lang, `\u7B2C${i + 1}\u9636\u6BB5`, `Stage ${i + 1}`)}\uFF1A${steps.join("\u3001")}`);
  });
  return lines;
}
function totals(outcome2, lang) {
  const { days: days2, fee, visits: visits2 } = outcome2.totals;
  const n = formatNumber;
  return [
    `  ${t(lang, "\u65F6\u9650", "Time")}\uFF1A${t(
      lang,
      `\u5173\u952E\u8DEF\u5F84 ${n(days2.critical)} \u4E2A\u5DE5\u4F5C\u65E5\uFF08\u5404\u4E8B\u9879\u65F6\u9650\u76F8\u52A0 ${n(days2.sum)} \u4E2A\u5DE5\u4F5C\u65E5\uFF0C\u5E76\u8054\u529E\u7406\u8282\u7701 ${n(days2.saved)} \u4E2A\uFF09`,
      `critical path ${n(days2.critical)} working days (sum of time limits ${n(days2.sum)}, ${n(days2.saved)} saved by running in parallel)`
    )}`,
    `  ${t(lang, "\u8D39\u7528", "Fee")}\uFF1A${fee.total === 0 ? t(lang, "\u4E0D\u6536\u8D39", "free") : t(lang, `${n(fee.total)} \u5143`, `${n(fee.total)} yuan`)}`,
    `  ${t(lang, "\u5230\u573A", "Visits")}\uFF1A${t(lang, `${visits2.count} \u6B21`, String(visits2.count))}${visits2.list.length > 0 ? `\uFF08${visits2.list.map((v) => v.venue.name).join("\u3001")}\uFF09` : ""}`
  ];
}
function mergeSentence2(outcome2, lang) {
  const m = outcome2.merge;
  if (lang === "en") {
    const extra = [
      ...m.passedOn > 0 ? [`${m.passedOn} passed on inside the workflow`] : [],
      ...m.waived > 0 ? [`${m.waived} waived by electronic licences`] : []
    ];
    return `Item by item: ${m.itemByItem} materials; merged: ${m.merged} kinds${extra.length > 0 ? `, ${extra.join(", ")}` : ""}: from ${m.itemByItem} down to ${m.toSubmit} (\u6750\u6599\u4ECE ${m.itemByItem} \u4EFD\u51CF\u81F3 ${m.toSubmit} \u4EFD).`;
  }
  const parts = [`\u9010\u9879\u529E\u7406\u9700\u63D0\u4EA4\u6750\u6599 ${m.itemByItem} \u4EFD\uFF0C\u5408\u5E76\u540E\u5171 ${m.merged} \u79CD`];
  if (m.passedOn > 0) parts.push(`\u5176\u4E2D ${m.passedOn} \u79CD\u5728\u6D41\u7A0B\u5185\u4F20\u9012`);
  if (m.waived > 0) parts.push(`${m.waived} \u79CD\u4EE5\u7535\u5B50\u8BC1\u7167\u514D\u4E8E\u63D0\u4EA4`);
  return `${parts.join("\uFF0C")}\uFF1A\u6750\u6599\u4ECE ${m.itemByItem} \u4EFD\u51CF\u81F3 ${m.toSubmit} \u4EFD\u3002`;
}

// src/cli/interactive/prompts.ts
function isCancelled(error) {
  const name = error?.name;
  return name === "ExitPromptError" || name === "AbortPromptError" || name === "CancelPromptError";
}
async function inquirerPrompts(lang = "zh") {
  const inquirer = await import("@inquirer/prompts");
  const entries = (choices) => choices.map((c) => "separator" in c ? new inquirer.Separator(c.separator) : { ...c });
  return {
    select: (config) => inquirer.select({
      message: config.message,
      choices: entries(config.choices),
      ...config.default === void 0 ? {} : { default: config.default },
      loop: false,
      pageSize: 12
    }),
    checkbox: (config) => {
      const validate2 = config.validate;
      return inquirer.checkbox({
        message: config.message,
        choices: entries(config.choices),
        loop: false,
        pageSize: 12,
        ...validate2 ? { validate: (chosen) => validate2(chosen.map((c) => c.value)) } : {}
      });
    },
    confirm: (config) => inquirer.confirm({
      message: config.message,
      ...config.default === void 0 ? {} : { default: config.default },
      // y and n are accepted whatever the keywords are.
      ...lang === "zh" ? { theme: { keywords: { yes: "\u662F", no: "\u5426", error: () => "\u8BF7\u56DE\u7B54\u201C\u662F\u201D\u6216\u201C\u5426\u201D\uFF08y / n\uFF09" } } } : {}
    }),
    input: (config) => inquirer.input({
      message: config.message,
      ...config.default === void 0 ? {} : { default: config.default },
      ...config.validate ? { validate: config.validate } : {}
    })
  };
}

// src/cli/interactive/ask.ts
var BACK = ":back";
var CHANGE = ":change";
var BACK_KEY = "<";
var CHANGE_KEY = "!";
function askText(question, lang) {
  return lang === "en" && question.en ? question.en : question.ask;
}
async function askQuestion(question, ask) {
  switch (question.type) {
    case "single":
      return askSingle(question, ask);
    case "multiple":
      return askMultiple(question, ask);
    case "yes-no": {
      const choices = [
        { name: `${t(ask.lang, "\u662F", "Yes")} \u2014 ${question.yes}`, value: "yes" },
        { name: `${t(ask.lang, "\u5426", "No")} \u2014 ${question.no}`, value: "no" }
      ];
      const current = ask.current === void 0 ? void 0 : ask.current === true ? "yes" : "no";
      const picked = await select(question, choices, current, ask);
      return typeof picked === "string" ? { kind: "answer", value: picked === "yes" } : picked;
    }
    case "number":
    case "date":
      return askTyped(question, ask);
  }
}
async function askSingle(question, ask) {
  const choices = question.options.map((o) => choiceOf(o, ask.lang));
  const picked = await select(
    question,
    choices,
    typeof ask.current === "string" ? ask.current : void 0,
    ask
  );
  return typeof picked === "string" ? { kind: "answer", value: picked } : picked;
}
async function select(question, choices, current, ask) {
  const value = await ask.prompts.select({
    message: askText(question, ask.lang),
    choices: [...choices, ...navEntries(ask)],
    ...current === void 0 ? {} : { default: current }
  });
  return navReply(value) ?? value;
}
async function askMultiple(question, ask) {
  const current = Array.isArray(ask.current) ? ask.current : [];
  const choices = question.options.map((o) => ({
    ...choiceOf(o, ask.lang),
    ...o.exclusive ? { name: `${optionLabel(o, ask.lang)}${t(ask.lang, "\uFF08\u53EA\u80FD\u5355\u9009\uFF09", " (alone only)")}` } : {},
    ...current.includes(o.id) ? { checked: true } : {}
  }));
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  const labels = new Map(question.options.map((o) => [o.id, optionLabel(o, ask.lang)]));
  const chosen = await ask.prompts.checkbox({
    message: `${askText(question, ask.lang)}${t(ask.lang, "\uFF08\u7A7A\u683C\u9009\u62E9\uFF0C\u56DE\u8F66\u786E\u8BA4\uFF09", " (space to choose, enter to confirm)")}`,
    choices: [...choices, ...navEntries(ask)],
    validate: (values) => {
      if (values.length === 0) return t(ask.lang, "\u8BF7\u81F3\u5C11\u9009\u62E9\u4E00\u9879", "choose at least one");
      const alone = values.find((v) => v === BACK || v === CHANGE || exclusive.has(v));
      if (alone !== void 0 && values.length > 1) {
        const name = navReply(alone) ? t(ask.lang, "\u201C\u4E0A\u4E00\u9898\u201D\u548C\u201C\u4FEE\u6539\u201D", '"back" and "change"') : `\u201C${labels.get(alone)}\u201D`;
        return t(ask.lang, `${name}\u53EA\u80FD\u5355\u72EC\u9009\u62E9`, `${name} must be chosen alone`);
      }
      return true;
    }
  });
  const nav = chosen.length === 1 ? navReply(chosen[0]) : void 0;
  return nav ?? { kind: "answer", value: chosen };
}
async function askTyped(question, ask) {
  const keys = [];
  if (ask.nav.back) keys.push(t(ask.lang, `${BACK_KEY} \u8FD4\u56DE\u4E0A\u4E00\u9898`, `${BACK_KEY} goes back`));
  if (ask.nav.change)
    keys.push(t(ask.lang, `${CHANGE_KEY} \u4FEE\u6539\u4E4B\u524D\u7684\u56DE\u7B54`, `${CHANGE_KEY} changes an earlier answer`));
  const what = question.type === "number" ? `${question.unit ?? ""}${question.min !== void 0 || question.max !== void 0 ? ` ${question.min ?? ""}\u2013${question.max ?? ""}` : ""}` : "YYYY-MM-DD";
  const hint = [what.trim(), ...keys].filter((s) => s !== "").join(t(ask.lang, "\uFF1B", "; "));
  const text2 = await ask.prompts.input({
    message: `${askText(question, ask.lang)}${hint === "" ? "" : t(ask.lang, `\uFF08${hint}\uFF09`, ` (${hint})`)}`,
    ...ask.current === void 0 ? {} : { default: String(ask.current) },
    validate: (raw) => {
      const nav2 = navKey(raw.trim(), ask.nav);
      if (nav2) return true;
      const checked2 = parseTyped(question, raw, ask.today);
      return checked2.ok ? true : pickLang(checked2.message, ask.lang);
    }
  });
  const nav = navKey(text2.trim(), ask.nav);
  if (nav) return nav;
  const checked = parseTyped(question, text2, ask.today);
  if (!checked.ok) throw new Error(checked.message);
  return { kind: "answer", value: checked.value };
}
function parseTyped(question, raw, today) {
  const text2 = raw.trim();
  const value = question.type === "number" && text2 !== "" && !Number.isNaN(Number(text2)) ? Number(text2) : text2;
  const accepted = questionType(question).accept(question, value, today);
  return accepted.ok ? { ok: true, value: accepted.value } : { ok: false, message: sessionError(accepted.code, accepted.params).message };
}
function choiceOf(option, lang) {
  return {
    name: optionLabel(option, lang),
    value: option.id,
    ...option.help === void 0 ? {} : { description: option.help }
  };
}
function navEntries(ask) {
  const entries = [];
  if (ask.nav.back) entries.push({ name: t(ask.lang, "\u2190 \u4E0A\u4E00\u9898", "\u2190 previous question"), value: BACK });
  if (ask.nav.change)
    entries.push({ name: t(ask.lang, "\u4FEE\u6539\u4E4B\u524D\u7684\u56DE\u7B54\u2026", "change an earlier answer\u2026"), value: CHANGE });
  return entries.length === 0 ? [] : [{ separator: "\u2500\u2500\u2500\u2500\u2500\u2500" }, ...entries];
}
function navReply(value) {
  if (value === BACK) return { kind: "back" };
  if (value === CHANGE) return { kind: "change" };
  return void 0;
}
function navKey(text2, nav) {
  if (text2 === BACK_KEY && nav.back) return { kind: "back" };
  if (text2 === CHANGE_KEY && nav.change) return { kind: "change" };
  return void 0;
}

// src/cli/interactive/walk.ts
var CANCEL = ":cancel";
async function interactiveRun(start2, context, show) {
  const { lang } = context;
  let session = start2;
  let shown;
  showPrefilled(session, context);
  for (; ; ) {
    session = await walkToEnd(session, context);
    if (session !== shown) show(session);
    shown = session;
    if (answered(session).length === 0) return session;
    const again = await context.prompts.confirm({
      message: t(lang, "\u8981\u4FEE\u6539\u4E4B\u524D\u7684\u56DE\u7B54\u5417\uFF1F", "Change an earlier answer?"),
      default: false
    });
    if (!again) return session;
    session = await changeAnswer(session, context);
  }
}
async function walkToEnd(start2, context) {
  const { lang, write } = context;
  const s = styleOf(context.color);
  let session = start2;
  for (; ; ) {
    const step = next(session);
    if (step.done) return session;
    const { question } = step;
    const n = step.progress.answered + 1;
    const m = step.progress.remaining;
    write(`
${s.cyan(t(lang, `\u7B2C ${n} \u9898\uFF0C\u81F3\u591A\u8FD8\u6709 ${m} \u9898`, `Question ${n}, at most ${m} to go`))}
`);
    if (question.help !== void 0) write(`${s.dim(question.help)}
`);
    const reply = await askQuestion(question, {
      prompts: context.prompts,
      lang,
      today: context.today,
      nav: { back: session.trail.length > 0, change: answered(session).length > 0 }
    });
    if (reply.kind === "back") {
      const undone = back(session);
      if (undone.ok) session = undone.session;
      else write(`${s.yellow(pickLang(undone.error.message, lang))}
`);
      continue;
    }
    if (reply.kind === "change") {
      session = await changeAnswer(session, context);
      continue;
    }
    const result = answer(session, question.id, reply.value);
    if (!result.ok) {
      write(`${s.red(pickLang(result.error.message, lang))}
`);
      continue;
    }
    session = result.session;
    showDropped(session, result.dropped, context);
    showChecklist(session, context);
  }
}
async function changeAnswer(session, context) {
  const { lang, write } = context;
  const s = styleOf(context.color);
  const list = answered(session);
  const id = await context.prompts.select({
    message: t(lang, "\u4FEE\u6539\u54EA\u4E00\u9898\u7684\u56DE\u7B54\uFF1F", "Which answer do you want to change?"),
    choices: [
      ...list.map(({ question, value, prefilled }) => ({
        name: `${askText(question, lang)} \u2014 ${displayAnswer(question, value, lang)}${prefilled ? t(lang, "\uFF08\u6863\u6848\u9884\u586B\uFF09", " (prefilled)") : ""}`,
        value: question.id
      })),
      { separator: "\u2500\u2500\u2500\u2500\u2500\u2500" },
      { name: t(lang, "\u53D6\u6D88", "cancel"), value: CANCEL }
    ]
  });
  const picked = list.find((entry) => entry.question.id === id);
  if (!picked) return session;
  const reply = await askQuestion(picked.question, {
    prompts: context.prompts,
    lang,
    today: context.today,
    nav: { back: false, change: false },
    current: picked.value
  });
  if (reply.kind !== "answer") return session;
  const result = change(session, picked.question.id, reply.value);
  if (!result.ok) {
    write(`${s.red(pickLang(result.error.message, lang))}
`);
    return session;
  }
  showDropped(result.session, result.dropped, context);
  showChecklist(result.session, context);
  return result.session;
}
function answered(session) {
  const states = walk(session).states;
  const out = [];
  session.theme.questions.forEach((question, index) => {
    const stored = session.answers[question.id];
    if (states[index] === "answered" && stored)
      out.push({ question, value: stored.value, prefilled: stored.prefilled === true });
  });
  return out;
}
function showPrefilled(session, context) {
  const prefilled = session.theme.questions.flatMap((question) => {
    const stored = session.answers[question.id];
    return stored?.prefilled ? [{ question, value: stored.value }] : [];
  });
  if (prefilled.length === 0) return;
  const s = styleOf(context.color);
  const { lang } = context;
  const lines = prefilled.map(
    ({ question, value }) => `  ${askText(question, lang)} ${s.bold(displayAnswer(question, value, lang))}`
  );
  context.write(
    `${t(lang, "\u5DF2\u6839\u636E\u6863\u6848\u9884\u586B\uFF08\u8FD9\u4E9B\u95EE\u9898\u4E0D\u518D\u8BE2\u95EE\uFF0C\u53EF\u7528\u201C\u4FEE\u6539\u4E4B\u524D\u7684\u56DE\u7B54\u2026\u201D\u66F4\u6539\uFF09\uFF1A", 'Prefilled from the profile (not asked; use "change an earlier answer\u2026" to change):')}
${lines.join("\n")}
`
  );
}
function showDropped(session, dropped, context) {
  if (dropped.length === 0) return;
  const { lang } = context;
  const names = dropped.map((d) => {
    const question = session.theme.questions.find((q) => q.id === d.question);
    return question ? askText(question, lang) : d.question;
  });
  context.write(
    `${styleOf(context.color).yellow(t(lang, `\u4EE5\u4E0B\u95EE\u9898\u4E0D\u518D\u9700\u8981\u56DE\u7B54\uFF0C\u5176\u56DE\u7B54\u5DF2\u79FB\u9664\uFF1A${names.join("\uFF1B")}`, `No longer asked, answers removed: ${names.join("; ")}`))}
`
  );
}
function showChecklist(session, context) {
  const { lang } = context;
  const s = styleOf(context.color);
  const list = checklist(session);
  if (list.applies.length === 0 && list.open.length === 0) return;
  const lines = [
    ...list.applies.map(
      (e) => `  ${s.green("\u2713")} ${e.name}${e.department ? s.dim(`\uFF08${e.department}\uFF09`) : ""}`
    ),
    ...list.open.map((e) => `  ${s.yellow("?")} ${e.name}${s.dim(t(lang, "\uFF08\u5F85\u5B9A\uFF09", " (open)"))}`)
  ];
  context.write(`${s.bold(t(lang, "\u5F53\u524D\u4E8B\u9879\uFF1A", "Items so far:"))}
${lines.join("\n")}
`);
}

// src/cli/commands/run.ts
var FORMATS5 = ["text", "json", "md"];
var runTheme = {
  name: "run",
  summary: {
    zh: "\u56DE\u7B54\u95EE\u5377\uFF08\u7EC8\u7AEF\u4E0A\u4EA4\u4E92\uFF0C\u5426\u5219\u6309 --answers\uFF09\uFF0C\u8F93\u51FA\u529E\u4E8B\u60C5\u5F62\u3001\u6750\u6599\u548C\u6D41\u7A0B",
    en: "answer the questionnaire (interactive on a terminal, else from --answers) and print the outcome"
  },
  help: {
    zh: `\u7528\u6CD5\uFF1Atongban run <\u4E3B\u9898\u6587\u4EF6> [--profile \u6587\u4EF6] [--answers \u6587\u4EF6|k=v,\u2026] [--today YYYY-MM-DD] [--format text|json|md]

\u5728\u7EC8\u7AEF\u4E0A\uFF08\u6807\u51C6\u8F93\u5165\u548C\u8F93\u51FA\u90FD\u662F\u7EC8\u7AEF\uFF09\u9010\u9898\u63D0\u95EE\uFF1A\u5355\u9009\u548C\u662F\u5426\u9898\u7528\u65B9\u5411\u952E\u9009\u62E9\uFF0C\u591A\u9009\u9898\u7528\u7A7A\u683C\u52FE\u9009\uFF0C\u6570\u5B57\u548C\u65E5\u671F\u9898\u76F4\u63A5\u8F93\u5165\uFF1B
\u6BCF\u9898\u4E0B\u65B9\u6709\u201C\u2190 \u4E0A\u4E00\u9898\u201D\u548C\u201C\u4FEE\u6539\u4E4B\u524D\u7684\u56DE\u7B54\u2026\u201D\uFF08\u6570\u5B57\u3001\u65E5\u671F\u9898\u8F93\u5165 < \u6216 !\uFF09\u3002\u56DE\u7B54\u540E\u663E\u793A\u5F53\u524D\u4E8B\u9879\u6E05\u5355\uFF0C\u6700\u540E\u8F93\u51FA\u7ED3\u679C\u3002
\u4E0D\u5728\u7EC8\u7AEF\u4E0A\u65F6\u6309 --answers \u4F5C\u7B54\uFF1B\u7F3A\u5C11\u67D0\u9898\u7684\u56DE\u7B54\u65F6\u62A5\u544A\u8BE5\u9898\u53CA\u53EF\u9009\u9879\uFF0C\u9000\u51FA\u7801 1\u3002

\u9009\u9879\uFF1A
  --profile \u6587\u4EF6     \u4E00\u4EBA\u4E00\u6863/\u4E00\u4F01\u4E00\u6863\uFF08YAML\uFF09\uFF0C\u7528\u4E8E\u9884\u586B\u95EE\u9898
  --answers \u503C       \u7B54\u6848\u6587\u4EF6\uFF08YAML/JSON\uFF1A\u95EE\u9898 id \u2192 \u503C\uFF09\u6216 k=v,k2=v2\uFF1B\u591A\u9009\u7528 +\uFF08dishes=hot+cold\uFF09\uFF0C
                     \u662F\u5426\u9898\u7528 yes/no\uFF0C\u6570\u5B57\u548C\u65E5\u671F\u7167\u5199\u3002\u7EC8\u7AEF\u4E0A\u5148\u7528\u8FD9\u4E9B\u56DE\u7B54\uFF0C\u518D\u8BE2\u95EE\u5176\u4F59\u95EE\u9898
  --today \u65E5\u671F       \u8BA1\u7B97\u5E74\u9F84\u3001\u6709\u6548\u671F\u7B49\u6240\u7528\u7684\u65E5\u671F\uFF08\u9ED8\u8BA4\u4ECA\u5929\uFF09
  --format \u683C\u5F0F      text\uFF08\u9ED8\u8BA4\uFF1A\u60C5\u5F62\u3001\u4E8B\u9879\u3001\u6750\u6599\u8868\u3001\u6D41\u7A0B\u3001\u5408\u8BA1\uFF09| json\uFF08Outcome\uFF0C\u89C1 schemas/outcome.schema.json\uFF09
                     | md\uFF08Markdown \u529E\u4E8B\u6307\u5357\uFF09

\u9000\u51FA\u7801\uFF1A0 \u5B8C\u6210\uFF1B1 \u4E3B\u9898/\u6863\u6848/\u7B54\u6848\u6709\u95EE\u9898\u6216\u7F3A\u5C11\u56DE\u7B54\uFF1B2 \u7528\u6CD5\u9519\u8BEF\uFF1B130 \u5DF2\u53D6\u6D88\uFF08Ctrl-C\uFF09

\u793A\u4F8B\uFF1A
  tongban run themes/hk-macau-permit.yaml --profile examples/profiles/shanghai-resident.yaml
  tongban run themes/hk-macau-permit.yaml --answers examples/answers/hk-macau-permit.yaml --today 2026-11-27
  tongban run themes/marriage.yaml --answers partner-identity=mainland,age=30 --format json`,
    en: `usage: tongban run <theme> [--profile file] [--answers file|k=v,\u2026] [--today YYYY-MM-DD] [--format text|json|md]

On a terminal (stdin and stdout both terminals) the questions are asked one by one: arrow keys for single
choice and yes/no, space to tick multiple choice, typing for numbers and dates; each question offers
"\u2190 previous question" and "change an earlier answer\u2026" (type < or ! at number and date questions). The live
checklist is shown after each answer, and the outcome at the end.
Elsewhere the answers come from --answers; a missing answer names the question and its options (exit 1).

Options:
  --profile file     a person or enterprise profile (YAML) that prefills questions
  --answers value    an answers file (YAML/JSON: question id \u2192 value) or k=v,k2=v2; several options joined
                     by + (dishes=hot+cold), yes/no, numbers and dates as written. On a terminal these are
                     used first and the other questions are asked
  --today date       the date ages and expiry are computed against (default: today)
  --format format    text (default: case, items, materials, workflow, totals) | json (the Outcome,
                     schemas/outcome.schema.json) | md (a Markdown guide)

Exit codes: 0 done; 1 a bad theme/profile/answers file or a missing answer; 2 usage; 130 cancelled (Ctrl-C)

Examples:
  tongban run themes/hk-macau-permit.yaml --profile examples/profiles/shanghai-resident.yaml
  tongban run themes/hk-macau-permit.yaml --answers examples/answers/hk-macau-permit.yaml --today 2026-11-27`
  },
  options: {
    answers: { type: "string" },
    profile: { type: "string" },
    today: { type: "string" },
    format: { type: "string", default: "text" }
  },
  async run(context) {
    const { values, positionals, lang, io } = context;
    const file = positionalInput(positionals, 0, { zh: "\u4E3B\u9898\u6587\u4EF6", en: "a theme file" }, lang);
    if (positionals.length > 1) throw new UsageError(t(lang, "\u53EA\u80FD\u7ED9\u4E00\u4E2A\u4E3B\u9898\u6587\u4EF6", "give one theme file"));
    const format = formatInput(values.format, FORMATS5, lang);
    const today = todayInput(values.today, context);
    const theme = await themeInput(file, context);
    if (!theme.ok) return theme.exit;
    const profile = await optionalProfile(values.profile, context);
    if (!profile.ok) return profile.exit;
    const given = typeof values.answers === "string" ? await answersInput(values.answers, context) : void 0;
    if (given && !given.ok) return given.exit;
    const applied = applyAnswers(startSession(theme.value, profile.value, today), given?.value ?? /* @__PURE__ */ new Map());
    for (const id of applied.unknown)
      io.stderr.write(`${t(lang, `\u5FFD\u7565\u672A\u77E5\u7684\u95EE\u9898\u201C${id}\u201D`, `ignoring unknown question "${id}"`)}
`);
    if (applied.rejected) {
      io.stderr.write(`${rejectedMessage(applied.rejected, lang)}
`);
      return 1;
    }
    const show = (session) => io.stdout.write(render3(session, format, lang, context.color));
    if (applied.missing && io.stdinIsTTY && io.isTTY)
      return interactive(applied.session, today, context, show);
    if (applied.missing) {
      io.stderr.write(`${missingAnswerMessage(applied.missing, lang)}
`);
      return 1;
    }
    show(applied.session);
    return 0;
  }
};
async function interactive(session, today, context, show) {
  const { io, lang } = context;
  try {
    const prompts = io.prompts ?? await inquirerPrompts(lang);
    const write = (text2) => void io.stdout.write(text2);
    await interactiveRun(session, { prompts, write, lang, color: context.color, today }, show);
    return 0;
  } catch (error) {
    if (!isCancelled(error)) throw error;
    io.stderr.write(`
${t(lang, "\u5DF2\u53D6\u6D88", "cancelled")}
`);
    return 130;
  }
}
function render3(session, format, lang, color) {
  const result = outcome(session);
  if (format === "json") return `${JSON.stringify(result, null, 2)}
`;
  if (format === "md") return markdownGuide(result, session.theme);
  return outcomeText(result, lang, color);
}

// src/cli/commands/test.ts
import { relative as relative5 } from "path";

// src/analyze/node.ts
import { dirname as dirname3, resolve as resolve5 } from "path";
async function scenarioFilesIn(path) {
  return yamlFiles(path, { scenarios: true });
}
async function runScenarioFile(path, options = {}) {
  const read = await readSource(path);
  if (!read.ok) return { file: path, theme: "", results: [], diagnostics: [read.diagnostic] };
  const loaded = loadScenarios(read.source);
  if (!loaded.ok) return { file: path, theme: "", results: [], diagnostics: loaded.diagnostics };
  const scenarios = loaded.file;
  const themePath = resolve5(dirname3(path), scenarios.theme);
  const themeFile2 = await loadThemeFile(themePath, {
    cache: options.cache ?? new CatalogCache(),
    ...options.operators === void 0 ? {} : { operators: options.operators }
  });
  if (!themeFile2.result.ok) {
    return { file: path, theme: themePath, results: [], diagnostics: themeFile2.result.diagnostics };
  }
  const theme = themeFile2.result.theme;
  const diagnostics = [];
  const profiles = {};
  for (const scenario of scenarios.scenarios) {
    const named = scenario.profile;
    if (named === void 0 || !("path" in named) || Object.hasOwn(profiles, named.path)) continue;
    const source = await readSource(resolve5(dirname3(path), named.path));
    if (!source.ok) {
      diagnostics.push(source.diagnostic);
      continue;
    }
    const profile = loadProfile(source.source);
    if (profile.ok) profiles[named.path] = profile.profile;
    else diagnostics.push(...profile.diagnostics);
  }
  const results = runScenarios(scenarios, theme, {
    profiles,
    ...options.operators === void 0 ? {} : { operators: options.operators }
  });
  for (const result of results) diagnostics.push(...result.diagnostics);
  return { file: path, theme: themePath, loaded: { scenarios, theme }, results, diagnostics };
}

// src/cli/format/github.ts
import { relative as relative4, sep as sep3 } from "path";
function escapeData(text2) {
  return text2.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text2) {
  return escapeData(text2).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(diagnostics, lang, cwd) {
  return diagnostics.map((raw) => {
    const d = translate(raw, lang);
    const file = (relative4(cwd, d.file) || d.file).split(sep3).join("/");
    const properties = [
      `file=${escapeProperty(file)}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `title=${escapeProperty(d.code)}`
    ].join(",");
    const message = d.hint === void 0 ? d.message : `${d.message}
${d.hint}`;
    return `::${d.severity} ${properties}::${escapeData(message)}
`;
  }).join("");
}

// src/cli/commands/test.ts
var FORMATS6 = ["text", "json", "github"];
var test = {
  name: "test",
  summary: { zh: "\u8FD0\u884C\u6D4B\u8BD5\u573A\u666F\uFF08*.test.yaml\uFF09", en: "run scenario files (*.test.yaml)" },
  help: {
    zh: `\u7528\u6CD5\uFF1Atongban test [\u8DEF\u5F84\u2026] [--format text|json|github]

\u8FD0\u884C\u8DEF\u5F84\uFF08\u6587\u4EF6\u6216\u6587\u4EF6\u5939\uFF0C\u9ED8\u8BA4 themes\uFF09\u4E0B\u7684\u5168\u90E8\u6D4B\u8BD5\u573A\u666F\u6587\u4EF6\uFF08*.test.yaml\uFF09\uFF1A\u6BCF\u4E2A\u573A\u666F\u6309\u7ED9\u5B9A\u56DE\u7B54\u8D70\u5B8C\u95EE\u5377\uFF0C
\u68C0\u67E5\u7ED3\u679C\uFF08\u60C5\u5F62\u3001\u72B6\u6001\u3001\u4E8B\u9879\u3001\u6750\u6599\u3001\u65F6\u9650\u3001\u8D39\u7528\u3001\u5230\u573A\u6B21\u6570\u3001\u63D0\u793A\uFF09\u662F\u5426\u7B26\u5408\u9884\u671F\u3002\u672A\u901A\u8FC7\u7684\u573A\u666F\u4EE5\u5E26\u4F4D\u7F6E\u7684\u8BCA\u65AD
\u62A5\u544A\uFF08scenario-failed\u3001scenario-invalid-answer\uFF09\uFF0C\u6700\u540E\u7ED9\u51FA\u201Cn \u4E2A\u901A\u8FC7\uFF0Cm \u4E2A\u5931\u8D25\u201D\u3002\u6587\u4EF6\u683C\u5F0F\u89C1 schemas/scenario.schema.json\u3002

\u9009\u9879\uFF1A
  --format \u683C\u5F0F      text\uFF08\u9ED8\u8BA4\uFF09| json\uFF08{ passed, failed, files: [{ file, theme, results }] , diagnostics }\uFF09
                     | github\uFF08GitHub Actions \u6CE8\u91CA\u547D\u4EE4\uFF09

\u9000\u51FA\u7801\uFF1A0 \u5168\u90E8\u901A\u8FC7\uFF1B1 \u6709\u573A\u666F\u672A\u901A\u8FC7\u3001\u573A\u666F\u6587\u4EF6\u6216\u4E3B\u9898\u6709\u9519\u8BEF\uFF0C\u6216\u6CA1\u6709\u627E\u5230\u573A\u666F\u6587\u4EF6\uFF1B2 \u7528\u6CD5\u9519\u8BEF

\u793A\u4F8B\uFF1A
  tongban test
  tongban test themes/hk-macau-permit.test.yaml`,
    en: `usage: tongban test [paths\u2026] [--format text|json|github]

Runs every scenario file (*.test.yaml) under the paths (files or folders, default: themes): each scenario
answers the questionnaire and checks the outcome (case, status, items, materials, days, fee, visits,
notices). Failures are located diagnostics (scenario-failed, scenario-invalid-answer), then a summary
"n passed, m failed". The file format is schemas/scenario.schema.json.

Options:
  --format format    text (default) | json ({ passed, failed, files: [{ file, theme, results }], diagnostics })
                     | github (GitHub Actions workflow commands)

Exit codes: 0 all passed; 1 a scenario failed, a scenario file or theme has errors, or no scenario file was
found; 2 usage

Examples:
  tongban test
  tongban test themes/hk-macau-permit.test.yaml`
  },
  options: { format: { type: "string", default: "text" } },
  async run(context) {
    const { values, positionals, lang, io } = context;
    const format = formatInput(values.format, FORMATS6, lang);
    const paths = positionals.length > 0 ? positionals : ["themes"];
    const files = [
      ...new Set((await Promise.all(paths.map((p) => scenarioFilesIn(pathOf2(p, context))))).flat())
    ];
    if (files.length === 0) {
      io.stderr.write(
        `${t(lang, `\u6CA1\u6709\u627E\u5230\u6D4B\u8BD5\u573A\u666F\u6587\u4EF6\uFF08*.test.yaml\uFF09\uFF1A${paths.join(" ")}`, `no scenario files (*.test.yaml) in ${paths.join(" ")}`)}
`
      );
      return 1;
    }
    const s = styleOf(context.color);
    const cache = new CatalogCache();
    const diagnostics = [];
    const summaries = [];
    let passed = 0;
    let failed = 0;
    for (const file of files) {
      const ran = await runScenarioFile(file, { cache });
      const shown = relative5(io.cwd, file) || file;
      const fileDiagnostics = sortDiagnostics(ran.diagnostics);
      diagnostics.push(...fileDiagnostics);
      if (ran.results.length === 0) failed++;
      for (const result of ran.results) result.ok ? passed++ : failed++;
      summaries.push({
        file: shown,
        theme: ran.theme === "" ? "" : relative5(io.cwd, ran.theme) || ran.theme,
        results: ran.results.map((r) => ({ name: r.name, ok: r.ok }))
      });
      if (format !== "text") continue;
      io.stdout.write(`${s.bold(shown)}
`);
      for (const result of ran.results)
        io.stdout.write(`  ${result.ok ? s.green("\u2713") : s.red("\u2717")} ${result.name}
`);
      io.stdout.write(formatDiagnosticsText(fileDiagnostics, lang, io.cwd, context.color));
    }
    const errors = diagnostics.some((d) => d.severity === "error");
    const ok = failed === 0 && !errors;
    if (format === "json")
      io.stdout.write(`${JSON.stringify({ passed, failed, files: summaries, diagnostics }, null, 2)}
`);
    else if (format === "github") io.stdout.write(formatGithub(diagnostics, lang, io.cwd));
    if (format !== "json") {
      const summary = t(lang, `${passed} \u4E2A\u901A\u8FC7\uFF0C${failed} \u4E2A\u5931\u8D25`, `${passed} passed, ${failed} failed`);
      (format === "text" ? io.stdout : io.stderr).write(`${ok ? s.green(summary) : s.red(summary)}
`);
    }
    return ok ? 0 : 1;
  }
};

// src/cli/analysis.ts
var CATALOG_CODES = ANALYSIS_CHECKS.filter((c) => c.scope === "catalog").map(
  (c) => c.code
);
function analysisDiagnostics(groups, today) {
  const found = [];
  for (const group of groups) {
    if (group.whole && group.themes.length > 0)
      found.push(...analyzeLibrary(group.catalog, group.themes, { today }));
    else if (group.whole) found.push(...analyzeLibrary(group.catalog, [], { today, only: CATALOG_CODES }));
    else for (const theme of group.themes) found.push(...analyzeTheme(theme, { today }));
  }
  return found;
}
function describeCode(code, lang) {
  return ANALYSIS_CHECKS.find((c) => c.code === code)?.description[lang];
}

// src/cli/format/sarif.ts
import { isAbsolute, relative as relative6, sep as sep4 } from "path";
import { pathToFileURL } from "url";
function formatSarif(diagnostics, lang, cwd, version, describe = () => void 0) {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const rules = codes.map((code) => {
    const first = diagnostics.find((d) => d.code === code);
    return {
      id: code,
      name: code.replace(/-([a-z])/g, (_, c) => c.toUpperCase()),
      shortDescription: { text: describe(code) ?? code },
      help: { text: `docs/diagnostics.md#${code}` },
      defaultConfiguration: { level: first?.severity ?? "error" }
    };
  });
  const results = diagnostics.map((raw) => {
    const d = translate(raw, lang);
    const rel = relative6(cwd, d.file);
    const inside = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
    const artifactLocation = inside ? { uri: rel.split(sep4).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" } : { uri: isAbsolute(d.file) ? pathToFileURL(d.file).href : d.file };
    return {
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: d.severity,
      message: { text: d.hint === void 0 ? d.message : `${d.message} ${d.hint}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation,
            region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) }
          }
        }
      ],
      properties: { pointer: d.pointer }
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tongban",
            version,
            informationUri: "https://www.npmjs.com/package/tongban",
            rules
          }
        },
        originalUriBaseIds: {
          "%SRCROOT%": { uri: pathToFileURL(cwd.endsWith(sep4) ? cwd : `${cwd}${sep4}`).href }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}

// src/cli/scenarios.ts
async function scenarioFileDiagnostics(file) {
  const read = await readSource(file);
  if (!read.ok) return [read.diagnostic];
  return [...loadScenarios(read.source).diagnostics];
}

// package.json
var package_default = {
  name: "tongban",
  version: "0.1.0",
  description: "Turns government procedures into short multiple-choice questionnaires: theme services (\u4E3B\u9898\u670D\u52A1) from YAML to the smallest-granularity case, one merged material list and one cross-department workflow.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20.17"
  },
  sideEffects: false,
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  types: "./dist/index.d.ts",
  exports: {
    ".": {
      import: {
        types: "./dist/index.d.ts",
        default: "./dist/index.js"
      },
      require: {
        types: "./dist/index.d.cts",
        default: "./dist/index.cjs"
      }
    },
    "./load": {
      import: {
        types: "./dist/load.d.ts",
        default: "./dist/load.js"
      },
      require: {
        types: "./dist/load.d.cts",
        default: "./dist/load.cjs"
      }
    },
    "./node": {
      import: {
        types: "./dist/node.d.ts",
        default: "./dist/node.js"
      },
      require: {
        types: "./dist/node.d.cts",
        default: "./dist/node.cjs"
      }
    },
    "./analyze": {
      import: {
        types: "./dist/analyze.d.ts",
        default: "./dist/analyze.js"
      },
      require: {
        types: "./dist/analyze.d.cts",
        default: "./dist/analyze.cjs"
      }
    },
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json"
  },
  bin: {
    tongban: "./dist/cli.js"
  },
  files: [
    "dist",
    "schemas",
    "themes",
    "README.md",
    "CHANGELOG.md"
  ],
  scripts: {
    build: "tsup --silent",
    typecheck: "tsc -p tsconfig.json && tsc -p examples/portal/tsconfig.json",
    lint: "biome check .",
    format: "biome check --write .",
    "check:themes": "node dist/cli.js validate themes examples/profiles && node dist/cli.js test themes",
    browser: "bash scripts/ensure-browser.sh",
    test: "npm run lint && npm run typecheck && npm run build && npm run check:themes && npm run browser && vitest run",
    "test:e2e": "vitest run test/e2e",
    start: "tsup --silent && node scripts/start.mjs",
    portal: "npm run build && node examples/portal/build.mjs && node examples/portal/serve.mjs",
    "docs:themes": "node scripts/docs-themes.mjs",
    bench: "tsup --silent && node bench/run.mjs"
  },
  dependencies: {
    "@inquirer/prompts": "8.7.5",
    ajv: "8.20.0",
    immer: "11.2.10",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@biomejs/biome": "^2.6.8",
    "@fast-check/vitest": "^0.5.0",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    "json-rules-engine": "7.3.1",
    "playwright-core": "^1.65.1",
    "survey-core": "3.1.1",
    tsup: "~8.5.1",
    typescript: "~5.9.3",
    vitest: "^4.1.12"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/commands/validate.ts
var FORMATS7 = ["text", "json", "github", "sarif"];
var validate = {
  name: "validate",
  summary: {
    zh: "\u68C0\u67E5\u4E3B\u9898\u3001\u76EE\u5F55\u3001\u6863\u6848\u548C\u6D4B\u8BD5\u573A\u666F\u6587\u4EF6\uFF0C\u62A5\u544A\u6240\u6709\u95EE\u9898",
    en: "check theme, catalog, profile and scenario files and report every problem"
  },
  help: {
    zh: `\u7528\u6CD5\uFF1Atongban validate [\u8DEF\u5F84\u2026] [--format text|json|github|sarif] [--today YYYY-MM-DD]

\u68C0\u67E5\u8DEF\u5F84\uFF08\u6587\u4EF6\u6216\u6587\u4EF6\u5939\uFF0C\u9ED8\u8BA4 themes\uFF09\u4E0B\u7684\u5168\u90E8 YAML \u6587\u4EF6\uFF1Acatalog/ \u6587\u4EF6\u5939\u4E2D\u7684\u662F\u76EE\u5F55\u6587\u4EF6\uFF0C*.test.yaml \u662F\u6D4B\u8BD5\u573A\u666F\uFF0C
\u9876\u5C42\u6709 kind: person|enterprise \u7684\u662F\u6863\u6848\uFF0C\u5176\u4F59\u662F\u4E3B\u9898\u3002\u4E3B\u9898\u8FDE\u540C\u5B83\u5F15\u7528\u7684\u76EE\u5F55\u4E00\u8D77\u52A0\u8F7D\uFF0C\u518D\u505A\u5206\u6790\u68C0\u67E5\uFF08\u95EE\u4E0D\u5230\u7684\u95EE\u9898\u3001
\u6B7B\u8DEF\u3001\u4E0D\u8D77\u4F5C\u7528\u7684\u95EE\u9898\u548C\u9009\u9879\u3001\u672A\u4F7F\u7528\u7684\u76EE\u5F55\u6761\u76EE\u7B49\uFF09\u3002\u6BCF\u4E2A\u95EE\u9898\u4E00\u884C\uFF1A\u6587\u4EF6:\u884C:\u5217  \u7EA7\u522B  \u4EE3\u7801  \u8BF4\u660E\u3002

\u9009\u9879\uFF1A
  --format \u683C\u5F0F      text\uFF08\u9ED8\u8BA4\uFF09| json\uFF08Diagnostic \u6570\u7EC4\uFF09| github\uFF08GitHub Actions \u6CE8\u91CA\u547D\u4EE4 ::error file=\u2026\uFF09
                     | sarif\uFF08SARIF 2.1.0\uFF0C\u7528\u4E8E\u4EE3\u7801\u626B\u63CF\uFF09
  --today \u65E5\u671F       \u5206\u6790\u6240\u7528\u7684\u65E5\u671F\uFF08\u9ED8\u8BA4\u4ECA\u5929\uFF09

\u9000\u51FA\u7801\uFF1A0 \u6CA1\u6709\u9519\u8BEF\uFF08\u53EF\u4EE5\u6709\u8B66\u544A\uFF09\uFF1B1 \u6709\u9519\u8BEF\uFF1B2 \u7528\u6CD5\u9519\u8BEF

\u793A\u4F8B\uFF1A
  tongban validate
  tongban validate themes/hk-macau-permit.yaml examples/profiles
  tongban validate themes --format sarif > tongban.sarif`,
    en: `usage: tongban validate [paths\u2026] [--format text|json|github|sarif] [--today YYYY-MM-DD]

Checks every YAML file under the paths (files or folders, default: themes): files in a catalog/ folder are
catalog files, *.test.yaml scenario files, files with a top-level kind: person|enterprise profiles, the rest
themes. Themes are loaded with the catalog they name, then analysed (questions never asked, dead ends,
questions and options without effect, unused catalog entries\u2026). One line per problem:
file:line:column  severity  code  message.

Options:
  --format format    text (default) | json (an array of Diagnostic) | github (GitHub Actions workflow
                     commands ::error file=\u2026) | sarif (SARIF 2.1.0 for code scanning)
  --today date       the date the analysis uses (default: today)

Exit codes: 0 no errors (warnings allowed); 1 errors; 2 usage

Examples:
  tongban validate
  tongban validate themes --format github`
  },
  options: { format: { type: "string", default: "text" }, today: { type: "string" } },
  async run(context) {
    const { values, positionals, lang, io } = context;
    const format = formatInput(values.format, FORMATS7, lang);
    const today = todayInput(values.today, context);
    const paths = positionals.length > 0 ? positionals : ["themes"];
    const files = await classifyPaths(paths, io.cwd);
    if (files.length === 0) {
      io.stderr.write(
        `${t(lang, `\u6CA1\u6709\u627E\u5230 YAML \u6587\u4EF6\uFF1A${paths.join(" ")}`, `no YAML files found in ${paths.join(" ")}`)}
`
      );
      return 1;
    }
    const ahead = new ReadAhead(files.filter((entry) => entry.kind === "theme").map((entry) => entry.file));
    const readFile = (file) => ahead.read(file);
    const cache = new CatalogCache();
    const diagnostics = [];
    const catalogs2 = /* @__PURE__ */ new Set();
    const addCatalog = (catalog) => {
      if (!catalog || catalogs2.has(catalog)) return;
      catalogs2.add(catalog);
      diagnostics.push(...catalog.diagnostics);
    };
    const groups = /* @__PURE__ */ new Map();
    const group = (catalog) => {
      const found = groups.get(catalog) ?? { themes: [], whole: false };
      groups.set(catalog, found);
      return found;
    };
    for (const entry of files) {
      if (entry.kind === "catalog") {
        const catalog = await cache.get([entry.catalogRoot]);
        addCatalog(catalog);
        if (catalog.ok) group(catalog.catalog).whole = true;
      } else if (entry.kind === "profile") {
        const read = await readSource(entry.file);
        diagnostics.push(...read.ok ? loadProfile(read.source).diagnostics : [read.diagnostic]);
      } else if (entry.kind === "scenario") diagnostics.push(...await scenarioFileDiagnostics(entry.file));
      else {
        const loaded = await loadThemeFile(entry.file, { cache, read: readFile });
        addCatalog(loaded.catalog);
        if (loaded.catalog?.ok !== false) diagnostics.push(...loaded.result.diagnostics);
        if (loaded.result.ok && loaded.catalog?.ok)
          group(loaded.catalog.catalog).themes.push(loaded.result.theme);
      }
    }
    const catalogsWithThemes = [...groups].map(([catalog, g]) => ({ catalog, ...g }));
    diagnostics.push(...analysisDiagnostics(catalogsWithThemes, today));
    const sorted = sortDiagnostics(unique(diagnostics));
    const errors = sorted.filter((d) => d.severity === "error").length;
    if (format === "json") io.stdout.write(`${JSON.stringify(sorted, null, 2)}
`);
    else if (format === "github") io.stdout.write(formatGithub(sorted, lang, io.cwd));
    else if (format === "sarif")
      io.stdout.write(
        `${JSON.stringify(
          formatSarif(sorted, lang, io.cwd, VERSION, (code) => describeCode(code, lang)),
          null,
          2
        )}
`
      );
    else {
      io.stdout.write(formatDiagnosticsText(sorted, lang, io.cwd, context.color));
      const s = styleOf(context.color);
      const warnings = sorted.length - errors;
      const summary = t(
        lang,
        `\u68C0\u67E5\u4E86 ${files.length} \u4E2A\u6587\u4EF6\uFF1A${errors} \u4E2A\u9519\u8BEF\uFF0C${warnings} \u4E2A\u8B66\u544A`,
        `${files.length} files checked: ${errors} errors, ${warnings} warnings`
      );
      io.stdout.write(
        `${errors > 0 ? s.red(summary) : warnings > 0 ? s.yellow(summary) : s.green(summary)}
`
      );
    }
    return errors > 0 ? 1 : 0;
  }
};
function unique(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/cli/commands/index.ts
var COMMANDS = [validate, runTheme, test, cases, render2, diff, recommend2, build2];

// src/cli/run.ts
var GLOBAL_OPTIONS = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string" }
};
var EXIT = { ok: 0, problems: 1, usage: 2, internal: 70, cancelled: 130 };
async function run(argv, io) {
  const found = langOf(argv, io);
  if (!found.ok) {
    io.stderr.write(`${found.message}
`);
    return EXIT.usage;
  }
  const lang = found.lang;
  const args = [...argv];
  while (args[0] === "--lang" || args[0]?.startsWith("--lang=")) args.splice(0, args[0] === "--lang" ? 2 : 1);
  const [name, ...rest] = args;
  if (name === void 0) {
    io.stderr.write(overview(lang));
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h") {
    io.stdout.write(overview(lang));
    return EXIT.ok;
  }
  if (name === "help") return helpCommand(rest[0], io, lang);
  if (name === "--version" || name === "-v" || name === "version") {
    io.stdout.write(`tongban ${VERSION}
`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const guess = closest(name);
    const hint = guess ? t(lang, `\uFF08\u662F\u5426\u60F3\u7528\u201C${guess}\u201D\uFF1F\uFF09`, ` (did you mean "${guess}"?)`) : "";
    io.stderr.write(`${t(lang, "\u672A\u77E5\u547D\u4EE4", "unknown command")}: ${name}${hint}

${overview(lang)}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals, tokens } = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
      tokens: true
    });
    const given = /* @__PURE__ */ new Set();
    for (const token of tokens) {
      if (token.kind !== "option") continue;
      if (given.has(token.name))
        throw new UsageError(
          t(lang, `\u9009\u9879 --${token.name} \u53EA\u80FD\u7ED9\u4E00\u6B21`, `option --${token.name} is given more than once`)
        );
      given.add(token.name);
    }
    if (positionals.includes("")) throw new UsageError(t(lang, "\u8DEF\u5F84\u4E0D\u80FD\u4E3A\u7A7A", "a path cannot be empty"));
    if (values.help) {
      io.stdout.write(helpOf(command, lang));
      return EXIT.ok;
    }
    return await command.run({ values, positionals, lang, color: colorOf(io), io });
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const message2 = error instanceof UsageError ? error.message : parseArgsMessage(error, lang);
      io.stderr.write(
        `tongban ${command.name}: ${message2}
${t(lang, "\u7528\u6CD5\u89C1", "see")} tongban ${command.name} --help
`
      );
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${t(lang, "\u5185\u90E8\u9519\u8BEF", "internal error")}: ${message}
`);
    return EXIT.internal;
  }
}
function helpCommand(name, io, lang) {
  if (name === void 0) {
    io.stdout.write(overview(lang));
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`${t(lang, "\u672A\u77E5\u547D\u4EE4", "unknown command")}: ${name}

${overview(lang)}`);
    return EXIT.usage;
  }
  io.stdout.write(helpOf(command, lang));
  return EXIT.ok;
}
function helpOf(command, lang) {
  const globals = t(
    lang,
    "\u5168\u5C40\u9009\u9879\uFF1A\n  --lang zh|en   \u8F93\u51FA\u8BED\u8A00\uFF08\u9ED8\u8BA4 zh\uFF0C\u6216\u73AF\u5883\u53D8\u91CF TONGBAN_LANG\uFF09\n  -h, --help     \u663E\u793A\u672C\u8BF4\u660E\n\u989C\u8272\u53EA\u5728\u7EC8\u7AEF\u4E0A\u8F93\u51FA\uFF1B\u8BBE\u7F6E NO_COLOR \u65F6\u4E0D\u8F93\u51FA\u989C\u8272\u3002",
    "Global options:\n  --lang zh|en   output language (default zh, or the TONGBAN_LANG environment variable)\n  -h, --help     show this help\nColours only on a terminal, never when NO_COLOR is set."
  );
  return `${command.help[lang].trimEnd()}

${globals}
`;
}
function isParseArgsError(error) {
  const code = error?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
function parseArgsMessage(error, lang) {
  const code = error.code;
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return t(lang, `\u672A\u77E5\u9009\u9879 ${option}`, `unknown option ${option}`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const flag = /--[a-z-]+/.exec(error.message)?.[0] ?? option;
    if (error.message.includes("argument missing"))
      return t(lang, `\u9009\u9879 ${flag} \u9700\u8981\u4E00\u4E2A\u503C`, `option ${flag} needs a value`);
    if (error.message.includes("ambiguous"))
      return t(
        lang,
        `\u9009\u9879 ${flag} \u9700\u8981\u4E00\u4E2A\u503C\uFF08\u4EE5 - \u5F00\u5934\u7684\u503C\u8BF7\u5199\u6210 ${flag}=\u503C\uFF09`,
        `option ${flag} needs a value (write ${flag}=value for one that starts with -)`
      );
    return t(lang, `\u9009\u9879 ${flag} \u4E0D\u63A5\u53D7\u503C`, `option ${flag} takes no value`);
  }
  return error.message.split("\n")[0] ?? error.message;
}
function langOf(argv, io) {
  const index = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (index === -1) return { ok: true, lang: io.env.TONGBAN_LANG === "en" ? "en" : "zh" };
  const arg = argv[index] ?? "";
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
  if (value === "zh" || value === "en") return { ok: true, lang: value };
  return { ok: false, message: `--lang: zh | en\uFF08\u5F97\u5230 / got "${value ?? ""}"\uFF09` };
}
function overview(lang) {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary[lang]}`);
  const head = t(
    lang,
    "\u7528\u6CD5\uFF1Atongban <\u547D\u4EE4> [\u9009\u9879]\uFF1Btongban <\u547D\u4EE4> --help \u67E5\u770B\u547D\u4EE4\u8BF4\u660E",
    "usage: tongban <command> [options]; tongban <command> --help for its options"
  );
  const foot = t(
    lang,
    "\u5168\u5C40\u9009\u9879\uFF1A--lang zh|en\uFF08\u6216 TONGBAN_LANG\uFF09\uFF0C--help\uFF0C--version\n\u9000\u51FA\u7801\uFF1A0 \u6B63\u5E38\uFF0C1 \u8F93\u5165\u6709\u95EE\u9898\uFF0C2 \u7528\u6CD5\u9519\u8BEF\uFF0C130 \u5DF2\u53D6\u6D88",
    "Global options: --lang zh|en (or TONGBAN_LANG), --help, --version\nExit codes: 0 ok, 1 problems in the input, 2 usage, 130 cancelled"
  );
  return `${head}

${t(lang, "\u547D\u4EE4\uFF1A", "Commands:")}
${lines.join("\n")}

${foot}
`;
}
function closest(name) {
  let best;
  for (const command of COMMANDS) {
    const distance = editDistance2(name, command.name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: command.name, distance };
  }
  return best?.name;
}
function editDistance2(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// src/cli/bin.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
var fail = (error) => {
  process.stderr.write(
    `tongban: internal error: ${error instanceof Error ? error.message : String(error)}
`
  );
  process.exit(70);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env
}).then((code) => {
  process.exitCode = code;
});
//# sourceMappingURL=cli.js.map