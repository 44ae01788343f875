import Ajv2020 from 'ajv/dist/2020.js';
import commonSchema from '../../schemas/common.schema.json' with { type: 'json' };
import outcomeSchema from '../../schemas/outcome.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addSchema(commonSchema, 'common.schema.json');
const validate = ajv.compile(outcomeSchema);

/** The schema errors of an outcome as `pointer message` lines; empty when it conforms. */
export function validateOutcome(outcome: unknown): string[] {
  if (validate(outcome)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
