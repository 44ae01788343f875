export { THEME_FORMAT } from './chunk-D5TUDBVO.js';
import { checkToday, baseFacts, rulesFor, RulesError, factsRead, own, factLabel, formatNumber, walk, start, questionType, sameValue, deepFreeze, parseDate, conditionText } from './chunk-IA5CX3MZ.js';
export { OUTCOME_FORMAT, TongbanError, answer, back, baseFacts, caseOf, change, compileCondition, conditionText, createOperatorSet, defaultOperatorSet, evaluateCondition, factLabel, next, outcome, rulesFor, start, walk } from './chunk-IA5CX3MZ.js';

// src/model/diagnostic.ts
var DIAGNOSTIC_CODES = [
  // reading the file
  "unreadable-file",
  "input-too-large",
  "invalid-encoding",
  "yaml-syntax",
  "yaml-duplicate-key",
  "yaml-alias-limit",
  "yaml-too-deep",
  "not-a-mapping",
  "forbidden-key",
  // schema
  "unknown-key",
  "missing-key",
  "wrong-type",
  "invalid-value",
  "invalid-id",
  "misplaced-key",
  // linking
  "duplicate-id",
  "reserved-id",
  "unknown-department",
  "unknown-venue",
  "unknown-licence",
  "unknown-material",
  "unknown-item",
  "unknown-question",
  "unknown-fact",
  "unknown-option",
  "unknown-operator",
  "unknown-condition",
  "unknown-derivation",
  "condition-cycle",
  "invalid-condition",
  "trigger-reads-question",
  "forward-reference",
  "self-reference",
  "value-type-mismatch",
  "unsupported-path",
  "variant-default",
  "item-cycle",
  "exclusive-option",
  "prefill-mismatch",
  "empty-range",
  // analysis checks (tongban validate, tongban check)
  "never-asked",
  "dead-end",
  "no-effect-question",
  "no-effect-option",
  "unused-catalog-entry",
  "vague-material",
  "item-incomplete",
  "duplicate-label",
  "case-limit",
  // scenario files
  "scenario-failed",
  "scenario-invalid-answer"
];

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
    const tags = profile.tags.filter((t) => themeTags.has(t));
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
    (text) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1])
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
  const fill = (text, lang) => text.replace(PLACEHOLDER, (whole, fact) => {
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

// src/render/escape.ts
function cell(text) {
  const value = String(text).trim().replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, "<br>");
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
function mermaidText(text) {
  return text.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;").replace(/\r\n|\r|\n/g, " ");
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
  const open = outcome2.items.filter((item) => item.days === void 0).map((item) => item.name);
  if (open.length > 0) lines.push(`- \u672A\u89C4\u5B9A\u65F6\u9650\u7684\u4E8B\u9879\u6309 0 \u4E2A\u5DE5\u4F5C\u65E5\u8BA1\uFF1A${open.join("\u3001")}`);
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
  list.forEach((visit, i) => {
    const address = visit.venue.address === void 0 ? "" : `\uFF08${visit.venue.address}\uFF09`;
    const purposes = visit.purposes.length === 0 ? "" : `\uFF1B\u4E8B\u7531\uFF1A${visit.purposes.join("\u3001")}`;
    lines.push(`${i + 1}. ${visit.venue.name}${address}\uFF1A${visit.items.map(name).join("\u3001")}${purposes}`);
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
    const text = mermaidLabel(conditionText(condition, theme));
    const sources = [...factsRead(condition, theme.conditions, "skip")].map(nodeOf);
    if (sources.length === 0) edges.push(`  ${START} -->|${text}| ${target}`);
    for (const source of sources) edges.push(`  ${source} -->|${text}| ${target}`);
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
  const open = [];
  if (theme.notices.some((n) => n.kind === "block" && rules.evaluate(n.when, w.facts) === true)) {
    return { applies, open };
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
    (verdict === true ? applies : open).push(line);
  }
  return { applies, open };
}

// src/session/persist.ts
var MAX_LENGTH = 64 * 1024;
var KEYS = /* @__PURE__ */ new Set(["v", "t", "h", "d", "a", "r"]);
function serialize(session) {
  const order = session.theme.questions.map((q) => q.id).filter((id) => own(session.answers, id));
  const a = order.map((id) => {
    const answer2 = session.answers[id];
    return answer2.prefilled ? [id, answer2.value, 1] : [id, answer2.value];
  });
  const persisted = {
    v: 1,
    t: session.theme.id,
    h: session.theme.hash,
    ...session.today === void 0 ? {} : { d: session.today },
    a,
    r: session.trail.map((id) => order.indexOf(id))
  };
  return JSON.stringify(persisted);
}
function restore(theme, json, options = {}) {
  const parsed = parsePersisted(json, theme);
  if (!parsed.ok) return parsed;
  const data = parsed.data;
  const updated = data.h !== theme.hash;
  const fail = (message) => ({ ok: false, error: { code: "tampered", message } });
  const dropped = [];
  const answers = {};
  const today = data.d;
  const base = start(theme, { ...options, ...today === void 0 ? {} : { today } });
  for (const [id, value, prefilled] of data.a) {
    const question = theme.questions.find((q) => q.id === id);
    if (own(answers, id)) return fail(`question "${id}" is answered twice`);
    if (!question) {
      if (!updated) return fail(`no question "${id}" in this theme`);
      dropped.push({ question: id, value, reason: "unknown-question" });
      continue;
    }
    const accepted = questionType(question).accept(question, value, today);
    const fits = accepted.ok && sameValue(accepted.value, value);
    if (!fits || prefilled === 1 && question.prefill === void 0) {
      if (!updated) return fail(`the answer to "${id}" does not fit the question`);
      dropped.push({ question: id, value, reason: "invalid-after-update" });
      continue;
    }
    if (prefilled === 1) {
      const profiled = own(base.answers, id);
      if (!profiled || !sameValue(profiled.value, accepted.value)) {
        if (!updated) return fail(`the answer to "${id}" is not what the profile given prefills`);
        dropped.push({ question: id, value, reason: "invalid-after-update" });
        continue;
      }
    }
    answers[id] = prefilled === 1 ? { value: accepted.value, prefilled: true } : { value: accepted.value };
  }
  const trail = [];
  for (const index of data.r) {
    const id = data.a[index]?.[0];
    if (id === void 0 || !own(answers, id)) continue;
    if (answers[id]?.prefilled) return fail(`a prefilled answer ("${id}") cannot be undone`);
    trail.push(id);
  }
  const candidate = { ...base, answers, trail };
  const stale = walk(candidate).stale;
  if (stale.length > 0 && !updated) return fail(`"${stale[0]}" is answered but not asked`);
  for (const id of stale)
    dropped.push({ question: id, value: answers[id].value, reason: "no-longer-asked" });
  const kept = Object.fromEntries(Object.entries(answers).filter(([id]) => !stale.includes(id)));
  const session = deepFreeze({ ...base, answers: kept, trail: trail.filter((id) => !stale.includes(id)) });
  return { ok: true, session, dropped, updated };
}
function parsePersisted(json, theme) {
  const fail = (code, message) => ({
    ok: false,
    error: { code, message }
  });
  if (typeof json !== "string") return fail("bad-shape", "a serialized session is a string");
  if (json.length > MAX_LENGTH)
    return fail("bad-shape", `a serialized session is at most ${MAX_LENGTH} characters`);
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return fail("not-json", "the serialized session is not JSON (truncated?)");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return fail("bad-shape", "not an object");
  const record = value;
  const extra = Object.keys(record).filter((k) => !KEYS.has(k));
  if (extra.length > 0) return fail("bad-shape", `unexpected member "${extra[0]}"`);
  if (record.v !== 1) {
    return typeof record.v === "number" ? fail("unsupported-version", `format version ${record.v} is not supported`) : fail("bad-shape", "missing format version");
  }
  if (typeof record.t !== "string") return fail("bad-shape", "missing theme id");
  if (record.t !== theme.id)
    return fail("other-theme", `the session belongs to theme "${record.t}", not "${theme.id}"`);
  if (typeof record.h !== "string" || !/^[0-9a-f]{16}$/.test(record.h))
    return fail("bad-shape", "missing theme hash");
  if (record.d !== void 0 && !parseDate(record.d)) return fail("bad-shape", "today is not a date");
  const a = record.a;
  if (!Array.isArray(a) || a.length > 1e3) return fail("bad-shape", "answers are not a list");
  for (const entry of a) {
    const valid = Array.isArray(entry) && (entry.length === 2 || entry.length === 3 && entry[2] === 1) && typeof entry[0] === "string" && isAnswerValue(entry[1]);
    if (!valid) return fail("bad-shape", "an answer is not [question, value]");
  }
  const r = record.r;
  if (!Array.isArray(r) || r.length > a.length) return fail("bad-shape", "the trail is not a list");
  if (r.some((i) => !Number.isInteger(i) || i < 0 || i >= a.length) || new Set(r).size !== r.length) {
    return fail("bad-shape", "the trail does not point at answers");
  }
  return { ok: true, data: record };
}
function isAnswerValue(value) {
  if (Array.isArray(value)) return value.length <= 1e3 && value.every((v) => typeof v === "string");
  return typeof value === "string" || typeof value === "boolean" || typeof value === "number" && Number.isFinite(value);
}

export { DIAGNOSTIC_CODES, NOTICE_LABELS, STATUS_LABELS, checklist, displayAnswer, markdownGuide, mermaidQuestionnaire, mermaidWorkflow, optionLabel, recommend, restore, serialize };
//# sourceMappingURL=index.js.map
//# sourceMappingURL=index.js.map