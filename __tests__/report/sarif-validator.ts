import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';

const require = createRequire(import.meta.url);
// The SARIF 2.1.0 (rtm.5) schema that GitHub's code scanning documents, as shipped on npm.
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

// The schema is draft-04, and one of its patterns is not valid with the `u` flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Schema errors of a SARIF document; empty when it is valid. */
export function sarifErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors as ErrorObject[]).map(
    (error) => `${error.instancePath} ${error.message}`,
  );
}
