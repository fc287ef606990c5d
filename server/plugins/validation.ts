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

/** Deeper than any body or query the API takes (its deepest schema is a few levels); deeper is refused. */
export const MAX_JSON_DEPTH = 64;

/** What a scan of a parsed body or query found: a NUL character at `path`, a nesting too deep, or nothing. */
export type ScanResult = { nul: string } | { tooDeep: true } | null;

/**
 * The path of the first string holding a NUL character (PostgreSQL text cannot store one), or that the value
 * nests deeper than `maxDepth`. Iterative, with its own stack: JSON.parse builds values nested half a million
 * levels deep, and a recursive walk of one overflows the call stack (a RangeError, which would be a 500).
 */
export function scanValue(value: unknown, maxDepth = MAX_JSON_DEPTH): ScanResult {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return { nul: path };
      continue;
    }
    if (!current || typeof current !== 'object') continue;
    if (depth >= maxDepth) return { tooDeep: true };
    const entries = Array.isArray(current) ? current.map((item, index) => [String(index), item] as const) : Object.entries(current);
    // Pushed in reverse, so that the first NUL in document order is the one named.
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, item] = entries[i] as readonly [string, unknown];
      stack.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Refuses NUL characters in bodies and query strings up front, naming the field, instead of failing in SQL;
 * and values nested deeper than MAX_JSON_DEPTH, before any schema or handler walks them.
 */
export function refuseNulCharacters(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['body', request.body],
      ['querystring', request.query],
      ['params', request.params],
    ] as const) {
      const found = scanValue(value);
      if (found && 'tooDeep' in found) throw new ValidationError(`${part}: nested too deeply`);
      if (found) throw new ValidationError(`${part}${found.nul} must not contain a NUL character`);
    }
  });
}
