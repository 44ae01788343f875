import type { ErrorCode } from 'yaml';
import type { DiagnosticParamsOf, YamlSyntaxProblem } from '../model/diagnostic.js';

/**
 * The parser's error codes as `yaml-syntax` problems. Typed over yaml's `ErrorCode`, so that a code a new
 * version of yaml adds fails to compile here until it has a token and sentences; `RESOURCE_EXHAUSTION` is
 * `yaml-too-deep`, never a syntax error.
 */
const PROBLEMS: Readonly<Record<Exclude<ErrorCode, 'RESOURCE_EXHAUSTION'>, YamlSyntaxProblem>> = {
  ALIAS_PROPS: 'alias-props',
  BAD_ALIAS: 'bad-alias',
  BAD_COLLECTION_TYPE: 'bad-collection-type',
  BAD_DIRECTIVE: 'bad-directive',
  BAD_DQ_ESCAPE: 'bad-dq-escape',
  BAD_INDENT: 'bad-indent',
  BAD_PROP_ORDER: 'bad-prop-order',
  BAD_SCALAR_START: 'bad-scalar-start',
  BLOCK_AS_IMPLICIT_KEY: 'block-as-implicit-key',
  BLOCK_IN_FLOW: 'block-in-flow',
  DUPLICATE_KEY: 'duplicate-key',
  IMPOSSIBLE: 'impossible',
  KEY_OVER_1024_CHARS: 'key-over-1024-chars',
  MISSING_CHAR: 'missing-char',
  MULTILINE_IMPLICIT_KEY: 'multiline-implicit-key',
  MULTIPLE_ANCHORS: 'multiple-anchors',
  MULTIPLE_DOCS: 'multiple-docs',
  MULTIPLE_TAGS: 'multiple-tags',
  NON_STRING_KEY: 'non-string-key',
  TAB_AS_INDENT: 'tab-as-indent',
  TAG_RESOLVE_FAILED: 'tag-resolve-failed',
  UNEXPECTED_TOKEN: 'unexpected-token',
};

/**
 * The params of `yaml-syntax` for one of the parser's error codes: its problem, or `other` with the code when
 * the table does not know it (a yaml at run time newer than the one compiled against). The parser's English
 * message is left out: params hold no words of a language.
 */
export function yamlSyntaxParams(code: string): DiagnosticParamsOf<'yaml-syntax'> {
  const problem = Object.hasOwn(PROBLEMS, code) ? PROBLEMS[code as keyof typeof PROBLEMS] : undefined;
  return problem === undefined ? { problem: 'other', yamlCode: code } : { problem };
}
