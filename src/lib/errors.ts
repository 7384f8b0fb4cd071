import { GraphQLError } from "graphql";

/**
 * The one error vocabulary clients see in `extensions.code`. Messages are for people; these
 * codes are for programs and never change meaning.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  VENDOR_NOT_CONFIGURED: "VENDOR_NOT_CONFIGURED",
  UPSTREAM_ERROR: "UPSTREAM_ERROR",
  UPSTREAM_TIMEOUT: "UPSTREAM_TIMEOUT",
  RATE_LIMITED: "RATE_LIMITED",
  /** A dependency of LeadGraph's own (the store, Postgres) is down: nothing was done; retry later. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  /** Unified field path, e.g. `input.phone` or `input.address.state`. */
  field: string;
  message: string;
}

/** Input that is wrong before any vendor is called. Names the field; changes nothing. */
export class BadInputError extends GraphQLError {
  constructor(
    readonly problems: FieldProblem[],
    message = problems.map((p) => `${p.field}: ${p.message}`).join("; "),
  ) {
    super(message, {
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        field: problems[0]?.field,
        fieldErrors: problems,
      },
    });
  }
}

export function badInput(field: string, message: string): BadInputError {
  return new BadInputError([{ field, message }]);
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

/**
 * A vendor said no, or could not be reached. `vendorCode` is the vendor's own code (`CT515`,
 * HTTP status, …). The message is sanitized: upstream bodies go to the log, never to clients.
 */
export class VendorError extends AppError {
  constructor(
    code: Extract<
      ErrorCode,
      "UPSTREAM_ERROR" | "UPSTREAM_TIMEOUT" | "RATE_LIMITED" | "NOT_FOUND" | "CONFLICT" | "BAD_USER_INPUT" | "VENDOR_NOT_CONFIGURED"
    >,
    readonly vendor: string,
    message: string,
    extra: { vendorCode?: string; retryAfterSeconds?: number; circuitOpen?: boolean; fieldErrors?: FieldProblem[] } = {},
  ) {
    super(code, message, { vendor, ...stripUndefined(extra) });
  }
  get vendorCode(): string | undefined {
    return this.extensions.vendorCode as string | undefined;
  }
  get fieldErrors(): FieldProblem[] {
    return (this.extensions.fieldErrors as FieldProblem[] | undefined) ?? [];
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function notConfigured(vendor: string): VendorError {
  return new VendorError("VENDOR_NOT_CONFIGURED", vendor, `${vendor} is not configured for this tenant`);
}

/**
 * LeadGraph's own store could not be reached in time (Postgres down, partitioned, failing
 * over). Nothing was committed by the failed call; the client should retry. Over HTTP routes
 * it is a 503; in GraphQL an error with `extensions.code = SERVICE_UNAVAILABLE`.
 */
export class ServiceUnavailableError extends AppError {
  constructor(
    readonly dependency: string,
    message: string,
  ) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, { dependency });
  }
}
