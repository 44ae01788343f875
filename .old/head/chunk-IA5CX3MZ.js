import { produce } from 'immer';

// src/errors.ts
var TongbanError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "TongbanError";
  }
  code;
};

// src/model/outcome.ts
var OUTCOME_FORMAT = "tongban/outcome@1";

// src/rules/errors.ts
var RulesError = class extends Error {
  name = "RulesError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
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
  const resolve = compilePath(path);
  return (factValue) => factValue !== null && typeof factValue === "object" ? resolve(factValue) : factValue;
}

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
function isFactReference(value) {
  return value !== null && typeof value === "object" && hasOwn(value, "fact");
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
  if (isFactReference(value)) {
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
var evaluateCache = /* @__PURE__ */ new WeakMap();
function evaluateCondition(condition, facts, context) {
  let entry = evaluateCache.get(condition);
  if (entry === void 0 || entry.context.operators !== context.operators || entry.context.conditions !== context.conditions) {
    entry = {
      context: { operators: context.operators, conditions: context.conditions },
      fn: compileCondition(condition, context)
    };
    evaluateCache.set(condition, entry);
  }
  return entry.fn(facts);
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

// src/rules/decorators/js.ts
function some(list, test) {
  return list.some(test);
}
function every(list, test) {
  return list.every(test);
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
  const resolve = (name) => {
    if (cache.has(name)) return cache.get(name);
    const fn = build(name, operators, decorators);
    cache.set(name, fn);
    return fn;
  };
  return {
    resolve,
    has: (name) => resolve(name) !== void 0,
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
  if ("all" in node) return join(node.all, "\uFF1B", " \u4E14 ", "and", theme, position, seen);
  if ("any" in node) return join(node.any, " \u6216 ", " \u6216 ", "or", theme, position, seen);
  if ("not" in node) return `\u5E76\u975E\uFF08${render(node.not, theme, "group", seen)}\uFF09`;
  if ("condition" in node) {
    const name = node.condition;
    const target = own(theme.conditions, name);
    if (target === void 0 || seen.includes(name)) return `\u3014${name}\u3015`;
    return render(target, theme, position, [...seen, name]);
  }
  return leafText(node, theme);
}
function join(members2, topSeparator, separator, kind, theme, position, seen) {
  if (members2.length === 0) return "\u59CB\u7EC8\u6210\u7ACB";
  if (members2.length === 1) return render(members2[0], theme, position, seen);
  const parts = members2.map((m) => render(m, theme, kind, seen));
  if (position === "top") return parts.join(topSeparator);
  const text = parts.join(separator);
  return position === "group" || position === kind ? text : `\uFF08${text}\uFF09`;
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

// src/rules/facts-read.ts
function factsRead(condition, conditions, unknownNames = "throw") {
  const facts = /* @__PURE__ */ new Set();
  for (const leaf of leaves(condition, conditions, unknownNames)) {
    facts.add(leaf.fact);
    if (isFactReference(leaf.value)) facts.add(leaf.value.fact);
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
  add(text) {
    let { a, b, i } = this;
    for (let k = 0; k < text.length; k++, i++) {
      const c = text.charCodeAt(k);
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
    let text = sharedTexts.get(value);
    if (text === void 0) {
      text = canonicalJson(value);
      sharedTexts.set(value, text);
    }
    hasher.add(text);
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

// src/outcome/reasons.ts
function reasonFor(condition, context) {
  const text = conditionText(condition, context.theme);
  if (condition === void 0) return { facts: [], text };
  const facts = [...factsRead(condition, context.theme.conditions, "skip")].filter((fact) => context.facts.has(fact)).map((fact) => reasonFact(fact, context));
  return { condition, facts, text };
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
  let display = displayValue(domain, value);
  if (isQuestion) {
    const answer2 = own(session.answers, fact);
    source = answer2?.prefilled && value !== void 0 ? "prefilled" : "answer";
    if (value === void 0) display = "\uFF08\u672A\u63D0\u95EE\uFF09";
  } else {
    const known = baseFacts(theme, session.profile, session.today).sources.get(fact);
    source = known ?? (own(theme.catalog.facts, fact)?.derive ? "derived" : "profile");
  }
  return { fact, label: domain.label, value: toJson(value), display, source };
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
  const days = pickVariant(item.days, context)?.value;
  const fee = pickVariant(item.fee, context)?.value;
  const presence = pickVariant(item.presence, context)?.value ?? null;
  const venue = presence === null ? void 0 : own(catalog.venues, presence.venue);
  return {
    id: item.id,
    name: item.name,
    ...department ? { department: { id: department.id, name: department.name } } : {},
    ...level === void 0 ? {} : { level },
    basis: [...item.basis],
    ...days === void 0 ? {} : { days },
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
function statusOf(notices, items) {
  if (notices.some((n) => n.kind === "block")) return "blocked";
  if (items.length === 0 && notices.some((n) => n.kind === "not-needed")) return "not-needed";
  return "ready";
}

// src/outcome/totals.ts
var DELIVERY_ORDER = ["\u7A97\u53E3\u9886\u53D6", "\u90AE\u5BC4\u9001\u8FBE", "\u7535\u5B50\u8BC1\u7167", "\u7ACB\u7B49\u53EF\u53D6"];
function totalsOf(items, workflow, theme) {
  const sum = items.reduce((total, item) => total + (item.days ?? 0), 0);
  const critical = workflow.criticalPath.days;
  const breakdown = items.flatMap(
    (item) => item.fee && item.fee.amount > 0 ? [
      {
        item: item.id,
        amount: item.fee.amount,
        ...item.fee.note === void 0 ? {} : { note: item.fee.note }
      }
    ] : []
  );
  const visits = visitsOf(items, theme);
  const offered = new Set(items.flatMap((item) => item.delivery));
  return {
    days: { critical, sum, saved: sum - critical },
    // Summed in cents so that 0.1 + 0.2 yuan is 0.3 yuan.
    fee: {
      total: breakdown.reduce((total, line) => total + Math.round(line.amount * 100), 0) / 100,
      breakdown
    },
    visits: { count: visits.length, list: visits },
    delivery: DELIVERY_ORDER.filter((d) => offered.has(d))
  };
}
function visitsOf(items, theme) {
  const byVenue = /* @__PURE__ */ new Map();
  for (const item of items) {
    const presence = item.presence;
    if (!presence) continue;
    let visit = byVenue.get(presence.venue.id);
    if (!visit) {
      visit = { items: [], purposes: [], name: presence.venue.name };
      byVenue.set(presence.venue.id, visit);
    }
    visit.items.push(item.id);
    if (presence.purpose !== "" && !visit.purposes.includes(presence.purpose))
      visit.purposes.push(presence.purpose);
  }
  return [...byVenue.entries()].map(([id, visit]) => {
    const address = own(theme.catalog.venues, id)?.address;
    return {
      venue: { id, name: visit.name, ...address === void 0 ? {} : { address } },
      items: visit.items,
      purposes: visit.purposes
    };
  });
}
function mergeFiguresOf(itemByItem, materials, totals) {
  const passedOn = materials.filter((m) => m.status === "passed-on").length;
  const waived = materials.filter((m) => m.status === "waived").length;
  return {
    itemByItem,
    merged: materials.length,
    toSubmit: materials.length - passedOn - waived,
    passedOn,
    waived,
    daysSaved: totals.days.saved
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
    const t = timing[i];
    return {
      item: item.id,
      stage: t.stage,
      dependsOn: edges[i],
      start: t.start,
      finish: t.finish
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
function schedule(days, deps) {
  const timing = days.map(() => void 0);
  let left = days.length;
  while (left > 0) {
    let next2 = timing.findIndex(
      (t, i) => t === void 0 && (deps[i] ?? []).every((d) => timing[d] !== void 0)
    );
    if (next2 === -1) next2 = timing.indexOf(void 0);
    const done = (deps[next2] ?? []).flatMap((d) => timing[d] ?? []);
    const stage = done.length === 0 ? 0 : 1 + Math.max(...done.map((t) => t.stage));
    const start2 = Math.max(0, ...done.map((t) => t.finish));
    timing[next2] = { stage, start: start2, finish: start2 + (days[next2] ?? 0) };
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
  const notices = applyingNotices(context);
  const blocked = notices.some((notice) => notice.kind === "block");
  const applied = blocked ? [] : applyingItems(context);
  const items = applied.map((a) => outcomeItem(a, context));
  const uses = applyingUses(applied, context);
  const passes = passesOf(applied, uses);
  const materials = mergeMaterials(uses, passes, applied, context);
  const workflow = buildWorkflow(items, applied, passes);
  const totals = totalsOf(items, workflow, theme);
  return {
    format: OUTCOME_FORMAT,
    theme: { id: theme.id, title: theme.title, version: theme.version, hash: theme.hash },
    provisional: context.provisional,
    case: context.provisional ? null : caseOf(session),
    status: statusOf(notices, items),
    notices,
    items,
    materials,
    workflow,
    totals,
    merge: mergeFiguresOf(itemByItemCount(uses), materials, totals)
  };
}

// src/util/freeze.ts
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
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
  let answered = 0;
  let remaining = 0;
  for (const state of w.states) {
    if (state === "answered") answered++;
    else if (state === "current" || state === "pending") remaining++;
  }
  return { answered, remaining };
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

export { DERIVATIONS, FORM_RANK, OUTCOME_FORMAT, RulesError, TongbanError, addToDate, answer, back, baseFacts, canonicalJson, caseOf, change, checkToday, compileCondition, conditionText, createOperatorSet, deepFreeze, defaultOperatorSet, evaluateCondition, factLabel, factsRead, formatNumber, hashCanonicalJson, isSupportedPath, markShared, next, outcome, own, parseDate, questionType, resolveBound, rulesFor, sameValue, start, walk };
//# sourceMappingURL=chunk-IA5CX3MZ.js.map
//# sourceMappingURL=chunk-IA5CX3MZ.js.map