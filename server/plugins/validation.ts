import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../errors.ts';
import { lazyValidator } from './lazy-compilers.ts';

// ajv-formats ships CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const shared: Options = { allErrors: false, useDefaults: true, removeAdditional: false, strict: false };

/**
 * Query strings and path params arrive as text and are coerced; JSON bodies are not, so that a wrong
 * type ("3" for a rating) is refused rather than guessed at, and unknown fields are refused, not dropped.
 */
export function installValidators(app: FastifyInstance) {
  const coercing = addFormats(new Ajv({ ...shared, coerceTypes: 'array' }));
  const strict = addFormats(new Ajv({ ...shared, coerceTypes: false }));
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing;
    return lazyValidator(() => ajv.compile(schema));
  });
}

/** The path of the first string holding a NUL character, which PostgreSQL text cannot store. */
export function findNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, `${path}.${index}`);
      if (found !== null) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, `${path}.${key}`);
      if (found !== null) return found;
    }
  }
  return null;
}

/** Refuses NUL characters in bodies and query strings up front, naming the field, instead of failing in SQL. */
export function refuseNulCharacters(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['body', request.body],
      ['querystring', request.query],
      ['params', request.params],
    ] as const) {
      const found = findNul(value);
      if (found !== null) throw new ValidationError(`${part}${found} must not contain a NUL character`);
    }
  });
}
