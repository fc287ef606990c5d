/**
 * Checks live answers against the OpenAPI document the server serves: the status is documented for the
 * operation, a JSON body validates against its schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1 has it), the
 * media type is the documented one, and the headers the document promises on that answer are there.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

type Answer = { headers?: Record<string, unknown>; content?: Record<string, { schema?: unknown }> };
type Document = { paths: Record<string, Record<string, { responses?: Record<string, Answer> }>>; components?: { schemas?: Record<string, unknown> } };

/** Headers an answer must carry whenever the document lists them (the rest appear only in some cases). */
const ALWAYS = ['etag', 'location', 'retry-after'];

export function answerChecker(document: Document) {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: false }));
  // The document's own references, resolvable from each response schema.
  ajv.addSchema({ $id: 'openapi', components: document.components ?? {} });
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (key: string, schema: unknown) => {
    let validate = validators.get(key);
    if (!validate) {
      const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
      validate = ajv.compile(rewritten);
      validators.set(key, validate);
    }
    return validate;
  };
  let checked = 0;

  return {
    get checked() {
      return checked;
    },
    /** Problems of one answer to `method` on the documented `path` (OpenAPI form, `{id}`); empty when it agrees. */
    problems(method: string, path: string, res: LightMyRequestResponse): string[] {
      checked += 1;
      const where = `${method} ${path} → ${res.statusCode}`;
      const responses = document.paths[path]?.[method.toLowerCase()]?.responses;
      if (!responses) return [`${where}: no such operation in the document`];
      const answer = responses[String(res.statusCode)] ?? responses.default;
      if (!answer) return [`${where}: status not documented`];
      const found: string[] = [];
      for (const name of Object.keys(answer.headers ?? {})) {
        if (ALWAYS.includes(name.toLowerCase()) && res.headers[name.toLowerCase()] === undefined) found.push(`${where}: header ${name} documented, not sent`);
      }
      const mediaTypes = Object.keys(answer.content ?? {});
      if (mediaTypes.length === 0) {
        if (res.body !== '') found.push(`${where}: a body sent where none is documented`);
        return found;
      }
      const type = String(res.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
      if (!mediaTypes.includes(type)) return [...found, `${where}: content-type ${type}, documented ${mediaTypes.join(', ')}`];
      if (type !== 'application/json') return found;
      const validate = validatorFor(`${method} ${path} ${res.statusCode}`, answer.content?.[type]?.schema ?? {});
      if (!validate(res.json())) found.push(`${where}: ${ajv.errorsText(validate.errors)} in ${res.body.slice(0, 200)}`);
      return found;
    },
  };
}
