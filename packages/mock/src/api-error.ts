/** An error the fake answers with, in Resend's JSON error shape. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly statusCode: number,
    readonly errorName: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }

  /** The JSON body Resend sends for this error. */
  toBody(): { statusCode: number; name: string; message: string } {
    return { statusCode: this.statusCode, name: this.errorName, message: this.message };
  }
}

/** 404 for a resource that does not exist (the route itself exists). */
export function notFound(what: string): ApiError {
  return new ApiError(404, 'not_found', `${what} not found.`);
}

/** 422 `validation_error` naming the offending field. */
export function validationError(message: string): ApiError {
  return new ApiError(422, 'validation_error', message);
}

/**
 * 403 `email_above_quota`: the content of a received email that arrived while the team was over
 * its email quota (it is stored and listed, but its content cannot be fetched).
 */
export function aboveQuota(): ApiError {
  return new ApiError(
    403,
    'email_above_quota',
    "Received email content can't be fetched: it arrived while over quota.",
  );
}
