import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { ErrorObject } from 'ajv';

/**
 * Route schemas compiled on a route's first use, not at start-up. Fastify compiles every route's request
 * validators and response serializers while it boots; with a hundred routes that was most of the app's
 * build time (about two seconds of CPU), paid before /readyz could answer, for routes a process may never
 * serve. The compiled code is the same, so the answers are too; only the first call of a route pays for it.
 */
export function lazily<F extends (...args: never[]) => unknown>(compile: () => F): F {
  let compiled: F | undefined;
  return ((...args: Parameters<F>) => (compiled ??= compile())(...args)) as F;
}

type ValidatorFn = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** A validator compiled on first use; Fastify reads `errors` off the function it was given, so they are copied over. */
export function lazyValidator(compile: () => ValidatorFn): ValidatorFn {
  let compiled: ValidatorFn | undefined;
  const validate: ValidatorFn = (data) => {
    compiled ??= compile();
    const result = compiled(data);
    validate.errors = compiled.errors;
    return result;
  };
  return validate;
}

type SerializerFactory = ReturnType<typeof SerializerSelector>;

/** Fastify's own serializer factory (fast-json-stringify), each route's serializer built on its first answer. */
export const lazySerializerFactory: SerializerFactory = (externalSchemas, options) => {
  const compilerFor = SerializerSelector()(externalSchemas, options);
  return (route) => lazily(() => compilerFor(route));
};
