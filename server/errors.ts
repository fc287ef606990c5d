/** Errors that services throw; one handler turns them into Fastify-shaped JSON. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}
export class NotFoundError extends HttpError {
  constructor(what = 'Resource') {
    super(404, `${what} not found`);
  }
}
export class ForbiddenError extends HttpError {
  constructor(message = 'Your role may not do this') {
    super(403, message);
  }
}
export class ValidationError extends HttpError {
  constructor(message: string) {
    super(400, message);
  }
}
export class ConflictError extends HttpError {
  constructor(message: string) {
    super(409, message);
  }
}
export class UnauthorizedError extends HttpError {
  constructor(message = 'Sign in to continue') {
    super(401, message);
  }
}
export class TooManyRequestsError extends HttpError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, message);
  }
}
