import { THEME_FORMAT } from './chunk-D5TUDBVO.js';
import { Reporter, sortDiagnostics } from './chunk-LQZV3HAJ.js';
import { parseDate, defaultOperatorSet, own, deepFreeze, markShared, DERIVATIONS, factsRead, isSupportedPath, hashCanonicalJson } from './chunk-IA5CX3MZ.js';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, isPair, visit, isAlias, YAMLMap, YAMLSeq } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';

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
    const type = typeof value;
    if (value === null || type === "string" || type === "number" || type === "boolean") return value;
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
  const type = typeof value;
  let name;
  if (type === "string") name = value;
  else if (type === "number" || type === "boolean") name = String(value);
  else throw CAREFUL;
  if (FORBIDDEN_KEYS.has(name) || Object.hasOwn(object, name)) throw CAREFUL;
  object[name] = convert(pair.value, depth + 1, maxDepth);
}

// src/load/parse.ts
var FORBIDDEN_KEYS2 = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
function parseSource(source, limits = {}) {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const lineCounter = new LineCounter();
  let locate = () => ({ line: 1, column: 1 });
  const reporter = new Reporter(source.file, (pointer, key) => locate(pointer, key));
  if (source.text.length > maxBytes) {
    reporter.error("input-too-large", "", { size: source.text.length, unit: "chars", limit: maxBytes });
    return { value: void 0, locate, reporter };
  }
  const text2 = source.text.charCodeAt(0) === 65279 ? source.text.slice(1) : source.text;
  if (text2.includes("\uFFFD")) {
    const offset = text2.indexOf("\uFFFD");
    const at = positionOf(text2, offset);
    reporter.errorAt("invalid-encoding", "", at, {});
    return { value: void 0, locate, reporter };
  }
  try {
    const doc = parseDocument(text2, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: "error"
    });
    locate = makeLocator(doc.contents, lineCounter);
    for (const error of doc.errors) {
      const [line, col] = linePos(lineCounter, error.pos[0]);
      if (error.code === "RESOURCE_EXHAUSTION") {
        if (!reporter.diagnostics.some((d) => d.code === "yaml-too-deep")) {
          const limit = limits.maxDepth ?? 64;
          const offset = deepNodeOffset(doc.contents, limit);
          const at = offset === void 0 ? { line, column: col } : positionAt(lineCounter, offset);
          reporter.errorAt("yaml-too-deep", "", at, { limit });
        }
      } else {
        reporter.errorAt("yaml-syntax", "", { line, column: col }, { detail: firstLine(error.message) });
      }
    }
    const maxDepth = limits.maxDepth ?? 64;
    if (!reporter.hasErrors()) {
      const plain = plainValue(doc.contents, maxDepth);
      if (plain) return { value: plain.value, locate, reporter };
    }
    return { value: carefulValue(doc, text2, lineCounter, limits, reporter), locate, reporter };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    reporter.error("yaml-too-deep", "", { limit: limits.maxDepth ?? 64 });
    return { value: void 0, locate, reporter };
  }
}
function carefulValue(doc, text2, lineCounter, limits, reporter) {
  const maxDepth = limits.maxDepth ?? 64;
  for (const { key, offset } of duplicateKeys(doc.contents)) {
    const [line, column] = linePos(lineCounter, offset);
    reporter.errorAt("yaml-duplicate-key", "", { line, column }, { key });
  }
  if (reporter.hasErrors()) return void 0;
  const maxAliasCount = limits.maxAliasCount ?? 100;
  let value;
  try {
    value = doc.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof RangeError || !(error instanceof Error)) throw error;
    const at = firstAlias(doc.contents, lineCounter);
    if (error.message.startsWith("Excessive alias")) {
      reporter.errorAt("yaml-alias-limit", "", at, { limit: maxAliasCount });
    } else {
      reporter.errorAt("yaml-syntax", "", at, { detail: firstLine(error.message) });
    }
    return void 0;
  }
  const tooDeep = tooDeepAt(value, maxDepth, text2.includes("*"));
  if (tooDeep !== void 0) {
    reporter.error("yaml-too-deep", tooDeep, { limit: maxDepth });
    return void 0;
  }
  const maxAliasNodes = limits.maxAliasNodes ?? 1e4;
  const added = text2.includes("*") ? aliasedNodes(value) : 0;
  if (added > maxAliasNodes) {
    reporter.errorAt("yaml-alias-limit", "", firstAlias(doc.contents, lineCounter), {
      limit: maxAliasNodes,
      nodes: added
    });
    return void 0;
  }
  for (const pointer of forbiddenKeys(value)) {
    reporter.error("forbidden-key", pointer, { key: fromPointer(pointer).at(-1) ?? "" }, { key: true });
  }
  return reporter.hasErrors() ? void 0 : value;
}
function makeLocator(root, lineCounter) {
  const indexes = /* @__PURE__ */ new WeakMap();
  const pairOf = (map, segment) => {
    let index = indexes.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const p of map.items) {
        const name = isScalar(p.key) ? String(p.key.value) : void 0;
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
      if (isMap(node)) {
        const pair = pairOf(node, segment);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node)) {
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
    if (isMap(node) || isSeq(node)) stack.push(node);
  };
  push(root);
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const items = node.items;
      const seen = items.length > 16 ? /* @__PURE__ */ new Set() : void 0;
      const names = [];
      for (const pair of items) {
        if (!isScalar(pair.key)) continue;
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
    } else if (isSeq(node)) {
      const items = node.items;
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isPair(item)) {
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
    if (isMap(node) || isSeq(node)) {
      if (depth > limit) return node.range?.[0];
      for (const item of [...node.items].reverse()) {
        if (isPair(item)) stack.push([item.value, depth + 1], [item.key, depth + 1]);
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
      if (isAlias(node) && node.range) offset = node.range[0];
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
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1];
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2][j - 2] ?? 0) + 1);
      }
      row[j] = best;
    }
    rows.push(row);
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
  let validate = validators.get(kind);
  if (!validate) {
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
    validate = ajv.compile(schemas[kind]);
    validators.set(kind, validate);
  }
  return validate;
}
function appendErrorsInPlace(code) {
  const replaced = code.replace(/\bvErrors\.concat\(/g, "tongbanAppendErrors(vErrors, ");
  if (replaced === code) return code;
  return `const tongbanAppendErrors = (list, more) => { for (let i = 0; i < more.length; i++) list.push(more[i]); return list; };
${replaced}`;
}
function checkSchema(kind, value, reporter) {
  const validate = validatorFor(kind);
  if (validate(value)) return true;
  for (const error of relevantErrors(validate.errors ?? [])) report(error, reporter);
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
function report(error, reporter) {
  const params = error.params;
  const pointer = error.instancePath;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(
        error.parentSchema?.properties ?? {}
      );
      reporter.error("unknown-key", effectivePointer(error), withSuggestion({ key }, key, allowed), {
        key: true
      });
      return;
    }
    case "required":
      reporter.error("missing-key", pointer, { key: String(params.missingProperty) }, { key: true });
      return;
    case "type": {
      const expected = [].concat(params.type).map((t) => TYPE_NAMES[String(t)] ?? String(t));
      const actual = typeName(error.data);
      const quote = expected.includes("\u6587\u672C") && (typeof error.data === "number" || typeof error.data === "boolean");
      const extra = quote ? { hint: "quote-it", value: String(error.data) } : {};
      reporter.error("wrong-type", pointer, { expected: expected.join(" \u6216 "), actual, ...extra });
      return;
    }
    case "enum":
    case "const": {
      const allowed = error.keyword === "enum" ? params.allowedValues : [params.allowedValue];
      const value = shortValue(error.data);
      const names = allowed.map(String);
      reporter.error(
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
        reporter.error("invalid-id", at, { value }, { key: key !== void 0 });
      else reporter.error("invalid-value", at, { value }, { key: key !== void 0 });
      return;
    }
    default:
      reporter.error("invalid-value", pointer, {
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
  const reporter = parsed.reporter;
  const value = parsed.value;
  if (value === void 0) return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    reporter.error("not-a-mapping", "", { actual: Array.isArray(value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  if (!checkSchema("scenario", value, reporter))
    return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
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
      for (const next of edges.get(id) ?? []) if (visit2(next)) return true;
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
    const locate = location && catalog.locators.get(location.file);
    if (!location || !locate) return;
    let reporter = reporters.get(location.file);
    if (!reporter) {
      reporter = new Reporter(location.file, locate, into);
      reporters.set(location.file, reporter);
    }
    const pointer = toPointer([...fromPointer(location.pointer), ...below]);
    if (options.warning) reporter.warn(code, pointer, params, { key: options.key ?? false });
    else reporter.error(code, pointer, params, { key: options.key ?? false });
  };
}

// src/load/condition.ts
var BOOLEAN_KEYS = ["all", "any", "not"];
var FULL_KEYS = /* @__PURE__ */ new Set(["fact", "operator", "value", "path"]);
function expandCondition(raw, pointer, reporter, origins) {
  if (!isRecord(raw)) {
    reporter.error("invalid-condition", pointer, { reason: "not-mapping" });
    return void 0;
  }
  const keys = Object.keys(raw);
  const booleans = BOOLEAN_KEYS.filter((k) => k in raw);
  if (booleans.length > 0 || "condition" in raw) {
    if (keys.length !== 1) {
      reporter.error("invalid-condition", pointer, { reason: "combinator-alone" });
      return void 0;
    }
    const only = keys[0];
    const member = raw[only];
    if (only === "condition") {
      const reference = { condition: String(member) };
      const at = childPointer(pointer, "condition");
      origins.set(reference, { file: reporter.file, factAt: at, factIsKey: false, valueAt: at });
      return reference;
    }
    if (only === "not") {
      const inner = expandCondition(member, childPointer(pointer, "not"), reporter, origins);
      return inner && { not: inner };
    }
    const list = Array.isArray(member) ? member : [];
    const parts = list.map(
      (c, i) => expandCondition(c, childPointer(childPointer(pointer, only), i), reporter, origins)
    );
    if (parts.some((p) => p === void 0)) return void 0;
    return only === "all" ? { all: parts } : { any: parts };
  }
  if (keys.some((k) => FULL_KEYS.has(k))) return expandFull(raw, pointer, reporter, origins);
  const leaves = [];
  for (const fact of keys) {
    leaves.push(...expandFactTest(fact, raw[fact], childPointer(pointer, fact), reporter, origins));
  }
  return leaves.length === 1 ? leaves[0] : { all: leaves };
}
function expandFull(raw, pointer, reporter, origins) {
  const missing = ["fact", "operator", "value"].filter((k) => !(k in raw));
  const extra = Object.keys(raw).filter((k) => !FULL_KEYS.has(k));
  if (missing.length > 0 || extra.length > 0) {
    const params = missing.length > 0 ? { reason: "full-missing", missing: missing.join(", ") } : { reason: "full-extra", extra: extra.join(", ") };
    reporter.error("invalid-condition", pointer, params);
    return void 0;
  }
  const leaf = {
    fact: String(raw.fact),
    operator: String(raw.operator),
    value: raw.value,
    ...typeof raw.path === "string" ? { path: raw.path } : {}
  };
  origins.set(leaf, {
    file: reporter.file,
    factAt: childPointer(pointer, "fact"),
    factIsKey: false,
    valueAt: childPointer(pointer, "value"),
    operatorAt: childPointer(pointer, "operator"),
    ..."path" in raw ? { pathAt: childPointer(pointer, "path") } : {}
  });
  return leaf;
}
function expandFactTest(fact, test, pointer, reporter, origins) {
  const make = (operator, value, valueAt, written = false) => {
    const leaf = { fact, operator, value };
    const at = written ? { operatorAt: valueAt, operatorIsKey: true } : {};
    origins.set(leaf, { file: reporter.file, factAt: pointer, factIsKey: true, valueAt, ...at });
    return leaf;
  };
  if (Array.isArray(test)) return [make("in", test, pointer)];
  if (isRecord(test)) {
    if ("fact" in test) {
      reporter.error("invalid-condition", pointer, { reason: "fact-reference" });
      return [];
    }
    return Object.keys(test).map(
      (operator) => make(operator, test[operator], childPointer(pointer, operator), true)
    );
  }
  return [make("equal", test, pointer)];
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
function normalizeVariants(raw, pointer, field, when, pick, reporter) {
  if (raw === void 0) return [];
  if (!Array.isArray(raw)) return [{ value: pick(asEntry(raw, field)) }];
  return raw.map((entry, i) => {
    const at = childPointer(pointer, i);
    const last = i === raw.length - 1;
    if (last && entry.when !== void 0) {
      reporter.error("variant-default", childPointer(at, "when"), { field, position: "last" }, { key: true });
    } else if (!last && entry.when === void 0) {
      reporter.error("variant-default", at, { field, position: "other" });
    }
    const condition = entry.when === void 0 ? void 0 : when(entry.when, childPointer(at, "when"));
    return condition ? { when: condition, value: pick(entry) } : { value: pick(entry) };
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
    const reporter = parsed.reporter;
    locators.set(source.file, laterLocator(source, limits));
    if (parsed.value === void 0) {
      diagnostics.push(...reporter.diagnostics);
      continue;
    }
    if (!isMapping(parsed.value)) {
      reporter.error("not-a-mapping", "", { actual: Array.isArray(parsed.value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    } else if (checkSchema("catalog", parsed.value, reporter)) {
      const raw = parsed.value;
      for (const section of SECTIONS) {
        const entries = raw[section] ?? {};
        for (const [id, entry] of Object.entries(entries)) {
          const pointer = toPointer([section, id]);
          const key = `${KIND[section]}:${id}`;
          const { line, column } = parsed.locate(pointer, true);
          const previous = locations[key];
          if (previous) {
            reporter.error(
              "duplicate-id",
              pointer,
              { kind: KIND[section], id, other: `${previous.file}:${previous.line}` },
              { key: true }
            );
            continue;
          }
          locations[key] = { file: source.file, line, column, pointer };
          tables[section][id] = normalizeEntry(section, id, entry, pointer, reporter, origins);
        }
      }
    }
    diagnostics.push(...reporter.diagnostics);
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
function normalizeEntry(section, id, entry, pointer, reporter, origins) {
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
      return normalizeItem(id, raw, pointer, reporter, origins);
  }
}
function normalizeItem(id, raw, pointer, reporter, origins) {
  const when = (value, at) => expandCondition(value, at, reporter, origins);
  const materials = (raw.materials ?? []).map((use, i) => {
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
  const basis = raw.basis === void 0 ? [] : [].concat(raw.basis).map(String);
  return {
    id,
    name: String(raw.name),
    ...text(raw, "en"),
    ...text(raw, "department"),
    ...text(raw, "level"),
    basis,
    days: normalizeVariants(
      raw.days,
      childPointer(pointer, "days"),
      "days",
      when,
      (v) => Number(v.days),
      reporter
    ),
    fee: normalizeVariants(
      raw.fee,
      childPointer(pointer, "fee"),
      "fee",
      when,
      (v) => ({ amount: Number(v.amount), ...text(v, "note") }),
      reporter
    ),
    presence: normalizeVariants(
      raw.presence,
      childPointer(pointer, "presence"),
      "presence",
      when,
      (v) => typeof v.venue === "string" ? { venue: v.venue, purpose: String(v.purpose ?? "") } : null,
      reporter
    ),
    produces: (raw.produces ?? []).map(String),
    after: (raw.after ?? []).map(String),
    delivery: (raw.delivery ?? []).slice(),
    materials,
    ...text(raw, "note")
  };
}
function laterLocator(source, limits) {
  let locate;
  return (pointer, key) => {
    locate ??= parseSource(source, limits).locate;
    return locate(pointer, key);
  };
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/load/profile.ts
function loadProfile(source, limits = {}) {
  const parsed = parseSource(source, limits);
  const reporter = parsed.reporter;
  const value = parsed.value;
  if (value === void 0) return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    reporter.error("not-a-mapping", "", { actual: Array.isArray(value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  if (!checkSchema("profile", value, reporter))
    return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  const raw = value;
  const licences = raw.licences ?? [];
  checkLicenceDates(licences, reporter);
  if (reporter.hasErrors()) return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  const profile = {
    kind: raw.kind,
    ...typeof raw.name === "string" ? { name: raw.name } : {},
    facts: raw.facts ?? {},
    licences,
    tags: raw.tags ?? [],
    completed: raw.completed ?? []
  };
  return { ok: true, profile, diagnostics: sortDiagnostics(reporter.diagnostics) };
}
function checkLicenceDates(licences, reporter) {
  licences.forEach((licence, i) => {
    const valid = {};
    for (const key of ["issued", "expires"]) {
      const date = licence[key];
      if (date === void 0) continue;
      if (parseDate(date)) valid[key] = date;
      else
        reporter.error("invalid-value", toPointer(["licences", i, key]), {
          value: date,
          rule: "\u4E0D\u662F\u6709\u6548\u7684\u65E5\u671F\uFF08YYYY-MM-DD\uFF09"
        });
    }
    if (valid.issued !== void 0 && valid.expires !== void 0 && valid.issued > valid.expires)
      reporter.error("invalid-value", toPointer(["licences", i, "expires"]), {
        value: valid.expires,
        rule: `\u6709\u6548\u671F\u81F3\u65E9\u4E8E\u7B7E\u53D1\u65E5\u671F ${valid.issued}`
      });
  });
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
function expectation(type, base) {
  const choice = type === "single" || type === "yes-no" || type === "number" || type === "date";
  switch (base) {
    case "equal":
    case "notEqual":
      return choice ? "member" : "never";
    case "in":
    case "notIn":
      return choice ? "members" : "never";
    case "contains":
    case "doesNotContain":
      return type === "multiple" || type === "list" ? "element" : "never";
    case "lessThan":
    case "lessThanInclusive":
    case "greaterThan":
    case "greaterThanInclusive":
      return type === "number" || type === "date" ? "member" : "never";
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
  const type = typeof raw.type === "string" ? raw.type : "single";
  const at = (...below) => ["questions", i, ...below];
  const allowed = KEYS_BY_TYPE[type] ?? COMMON;
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) {
      context.report("theme", at(key), "misplaced-key", { key, type }, { key: true });
    }
  }
  const question = String(raw.id);
  if (type === "single" || type === "multiple") {
    if (raw.options === void 0) {
      context.report("theme", at(), "missing-key", { key: "options" });
      return;
    }
    const options = Object.entries(raw.options);
    const exclusive = options.filter(
      ([, o]) => typeof o === "object" && o !== null && o.exclusive === true
    );
    if (type === "single") {
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
  if (type === "number") {
    for (const bound of ["min", "max"]) {
      if (raw[bound] !== void 0 && typeof raw[bound] !== "number") {
        context.report("theme", at(bound), "wrong-type", { expected: "\u6570\u5B57", actual: "\u6587\u672C" });
      }
    }
    if (typeof raw.min === "number" && typeof raw.max === "number" && raw.min > raw.max) {
      context.report("theme", at("min"), "empty-range", { question, min: raw.min, max: raw.max });
    }
  }
  if (type === "date") {
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
  let shared = catalogFacts.get(catalog);
  if (!shared) {
    shared = catalogFactTable(catalog);
    catalogFacts.set(catalog, shared);
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
  return layered(own2, shared);
}
function layered(own2, shared) {
  function* values() {
    for (const [id, info] of shared) yield own2.get(id) ?? info;
    for (const [id, info] of own2) if (!shared.has(id)) yield info;
  }
  return {
    get: (id) => own2.get(id) ?? shared.get(id),
    has: (id) => own2.has(id) || shared.has(id),
    values,
    *keys() {
      for (const info of values()) yield info.id;
    }
  };
}
function catalogFactTable(catalog) {
  const table = /* @__PURE__ */ new Map();
  for (const definition of BUILTINS) {
    table.set(definition.id, { id: definition.id, source: "builtin", type: definition.type, definition });
  }
  for (const licence of Object.values(catalog.licences)) {
    for (const definition of licenceFacts(licence.id, licence.name)) {
      table.set(definition.id, { id: definition.id, source: "builtin", type: definition.type, definition });
    }
  }
  for (const definition of Object.values(catalog.facts)) {
    table.set(definition.id, {
      id: definition.id,
      source: definition.derive ? "derived" : "profile",
      type: definition.type,
      ...definition.options ? { options: definition.options } : {},
      definition
    });
  }
  return table;
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
    let reporter = reporters.get(file);
    if (!reporter) {
      const locate = file === args.themeFile ? args.themeLocate : catalog.locators.get(file);
      if (!locate) return void 0;
      reporter = new Reporter(file, locate, into);
      reporters.set(file, reporter);
    }
    return reporter;
  };
  const emit = (file, pointer, code, params, options) => {
    const reporter = reporterFor(file);
    if (!reporter) return;
    if (options.warning) reporter.warn(code, pointer, params, { key: options.key ?? false });
    else reporter.error(code, pointer, params, { key: options.key ?? false });
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

// src/load/compile.ts
function compileTheme(draft, catalog, facts, sites) {
  const questions = draft.questions.map((q) => withCuts(q, sites));
  const subset = catalogSubset(draft, catalog, facts, sites);
  const locations = { ...draft.locations };
  for (const [kind, table] of [
    ["item", subset.items],
    ["material", subset.materials],
    ["department", subset.departments],
    ["venue", subset.venues],
    ["licence", subset.licences],
    ["fact", subset.facts]
  ]) {
    for (const id of Object.keys(table)) {
      const location = own(catalog.locations, `${kind}:${id}`);
      if (location) locations[`${kind}:${id}`] = location;
    }
  }
  const { catalogPaths: _paths, locations: _draftLocations, ...content } = draft;
  const body = deepFreeze({ format: THEME_FORMAT, ...content, questions, catalog: subset });
  for (const table of Object.values(subset))
    for (const entry of Object.values(table)) markShared(entry);
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
  const pick = (table, ids) => {
    const out = {};
    for (const id of [...new Set(ids)].sort()) {
      const entry = own(table, id);
      if (entry !== void 0) out[id] = entry;
    }
    return out;
  };
  const items = pick(
    catalog.items,
    draft.items.map((i) => i.item)
  );
  const itemList = Object.values(items);
  const materials = pick(
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
    ...Object.values(materials).flatMap((m) => m.licence ? [m.licence] : []),
    ...Object.keys(definitions).flatMap((id) => id.startsWith("licence.") ? [id.split(".")[1] ?? ""] : [])
  ];
  return {
    departments: pick(
      catalog.departments,
      itemList.flatMap((i) => i.department ? [i.department] : [])
    ),
    venues: pick(
      catalog.venues,
      itemList.flatMap((i) => i.presence.flatMap((p) => p.value ? [p.value.venue] : []))
    ),
    licences: pick(catalog.licences, licenceIds),
    materials,
    items,
    facts: pick(definitions, Object.keys(definitions))
  };
}

// src/load/theme-draft.ts
function draftTheme(raw, file, locate, reporter, origins) {
  const locations = {};
  const mark = (key, segments) => {
    const pointer = toPointer(segments);
    const { line, column } = locate(pointer, segments.length > 0);
    locations[key] = { file, line, column, pointer };
  };
  const when = (value, pointer) => value === void 0 ? void 0 : expandCondition(value, pointer, reporter, origins);
  mark("theme", []);
  const questions = (raw.questions ?? []).map((q, i) => {
    const id = String(q.id);
    mark(`question:${id}`, ["questions", i]);
    const condition = when(q.when, toPointer(["questions", i, "when"]));
    const type = q.type ?? "single";
    const base = {
      id,
      ask: String(q.ask),
      ...text(q, "en"),
      ...text(q, "help"),
      ...text(q, "short"),
      ...condition ? { when: condition } : {},
      ...text(q, "prefill")
    };
    if (type === "single" || type === "multiple") {
      const options = normalizeOptions(q.options);
      for (const option of options) mark(`option:${id}/${option.id}`, ["questions", i, "options", option.id]);
      return { ...base, type, options };
    }
    if (type === "yes-no") return { ...base, type, yes: String(q.yes ?? "\u662F"), no: String(q.no ?? "\u5426") };
    const bounds = {
      ...q.min === void 0 ? {} : { min: q.min },
      ...q.max === void 0 ? {} : { max: q.max }
    };
    if (type === "number") {
      return {
        ...base,
        type,
        ...text(q, "unit"),
        ...bounds,
        ...q.integer === true ? { integer: true } : {},
        cuts: []
      };
    }
    return { ...base, type, ...bounds, cuts: [] };
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
  const notices = Object.entries(raw.notices ?? {}).map(
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
  for (const [id, t] of Object.entries(raw.triggers ?? {})) {
    mark(`trigger:${id}`, ["triggers", id]);
    const condition = when(t.when, childPointer(toPointer(["triggers", id]), "when"));
    if (!condition) continue;
    triggers.push({
      id,
      when: condition,
      message: String(t.message),
      ...text(t, "en"),
      onMissing: t["on-missing"] === "fire" ? "fire" : "skip",
      weight: typeof t.weight === "number" ? t.weight : 1
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
    notices,
    triggers,
    catalogPaths: raw.catalog === void 0 ? [] : [].concat(raw.catalog).map(String),
    locations
  };
}

// src/load/theme.ts
function loadTheme(source, catalog, options = {}) {
  return loadParsedTheme(source, parseSource(source, options), catalog, options);
}
function loadParsedTheme(source, parsed, catalog, options = {}) {
  const reporter = parsed.reporter;
  const value = parsed.value;
  if (value === void 0) return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    reporter.error("not-a-mapping", "", { actual: Array.isArray(value) ? "\u5217\u8868" : "\u6807\u91CF\u6216\u7A7A\u6587\u4EF6" });
    return { ok: false, diagnostics: reporter.diagnostics };
  }
  const raw = value;
  if (!checkSchema("theme", raw, reporter))
    return { ok: false, diagnostics: sortDiagnostics(reporter.diagnostics) };
  const origins = /* @__PURE__ */ new WeakMap();
  const draft = draftTheme(raw, source.file, parsed.locate, reporter, origins);
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
    into: reporter.diagnostics
  });
  if (!reporter.hasErrors()) {
    for (const check2 of THEME_CHECKS) check2.run(context);
  }
  const diagnostics = sortDiagnostics(reporter.diagnostics);
  if (diagnostics.some((d) => d.severity === "error")) return { ok: false, diagnostics };
  return { ok: true, theme: compileTheme(draft, catalog, facts, context.sites), diagnostics };
}

export { checkSchema, loadCatalog, loadParsedTheme, loadProfile, loadScenarios, loadTheme, parseSource };
//# sourceMappingURL=chunk-3GVLQSBS.js.map
//# sourceMappingURL=chunk-3GVLQSBS.js.map