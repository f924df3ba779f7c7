/**
 * The error-code table: every error the API can answer carries one of these codes in
 * `extensions.code`, and the console shows the message written here.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: 'Sign in to continue.',
  FORBIDDEN: 'Your role does not allow this action.',
  TENANT_NOT_FOUND: 'This organization does not exist or you are not a member of it.',
  VALIDATION_FAILED: 'Some of the values you entered are not valid.',
  NOT_FOUND: 'The item you asked for does not exist.',
  CONFLICT: 'This change conflicts with another one. Reload and try again.',
  INVALID_CREDENTIALS: 'The email or password is incorrect.',
  INVALID_MFA_CODE: 'The code is incorrect or has expired. Try the current code from your authenticator app.',
  TOKEN_INVALID: 'This link is invalid, already used or expired. Request a new one.',
  MFA_REQUIRED: 'Set up two-factor authentication to continue.',
  RATE_LIMITED: 'Too many attempts. Wait a moment and try again.',
  REAUTHENTICATION_REQUIRED:
    'For your security, this change needs a recent sign-in. Sign out, sign in again, then make the change within 15 minutes.',
  ORG_SUSPENDED: 'This organization is suspended; changes are disabled until billing is resolved.',
  ORG_ARCHIVED: 'This organization is archived.',
  ALREADY_MEMBER: 'This person is already a member of the organization.',
  MEMBER_ARCHIVED: 'This person was a member and is archived; reactivate them instead of inviting.',
  INVITATION_PENDING: 'An invitation for this email is already pending.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask for a new one.',
  INVITATION_REVOKED: 'This invitation was revoked. Ask for a new one.',
  INVITATION_ALREADY_ACCEPTED: 'This invitation has already been used.',
  INVITATION_EMAIL_MISMATCH: 'This invitation was sent to a different email address.',
  OWNER_NOT_ASSIGNABLE: 'The owner role can only be handed over by transferring ownership.',
  OWNER_PROTECTED: 'The owner’s membership cannot be archived or given another role; transfer ownership first.',
  OWNERSHIP_TARGET_INVALID: 'Ownership can only be transferred to an active admin of the organization.',
  OWNERSHIP_TRANSFER_REQUIRED:
    'You own an organization that has other active members. Transfer its ownership to one of its admins first.',
  MEMBER_NOT_ACTIVE: 'This member is archived; reactivate them first.',
  CANNOT_CHANGE_OWN_ROLE: 'You cannot change your own user type. Ask another admin or the owner.',
  CANNOT_ARCHIVE_SELF: 'You cannot archive yourself. Ask another admin or the owner.',
  CANNOT_RESET_OWN_PASSWORD: 'Change your own password on your Account page instead.',
  CANNOT_REVOKE_CURRENT_SESSION: 'This is the session you are using: sign out to end it.',
  SLUG_TAKEN: 'This URL name is already taken. Try the suggestion or another one.',
  BAD_REQUEST: 'The request could not be understood.',
  GRAPHQL_PARSE_FAILED: 'The request is not valid GraphQL.',
  GRAPHQL_VALIDATION_FAILED: 'The request does not match the API schema or exceeds its limits.',
  PERSISTED_QUERY_NOT_FOUND: 'The persisted query is not known.',
  PERSISTED_QUERY_NOT_SUPPORTED: 'Persisted queries are not supported.',
  OPERATION_RESOLUTION_FAILURE:
    'The request does not say which of its operations to run, or names one it does not hold.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Try again later.',
  SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Try again shortly.',
  IDEMPOTENCY_KEY_REUSED:
    'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
  PLAN_LIMIT_REACHED:
    'Your plan’s limit for this is reached. Remove something you no longer need or choose a larger plan on the Billing page.',
  SUBSCRIPTION_INACTIVE:
    'The subscription is not active, so this is unavailable. The owner can choose a plan on the Billing page.',
  CREDIT_LIMIT_REACHED: 'This member has used up their credit limit. Raise the limit or wait for the next period.',
  SUBSCRIPTION_STATUS_INVALID: 'This change is not possible in the subscription’s current status.',
  USAGE_ALERT_LIMIT_REACHED: 'This organization has as many usage alerts as it can keep. Delete one to add another.',
  USAGE_THROTTLED:
    'Usage recording of this meter is paused: a usage alert that throttles was crossed this period. Raise its threshold or wait for the next period.',
  WEBHOOK_ENDPOINT_LIMIT_REACHED:
    'This organization has as many webhook endpoints as it can keep (10). Delete one to add another.',
  WEBHOOK_ENDPOINT_DISABLED: 'This webhook endpoint is disabled. Enable it first.',
  IDEMPOTENCY_KEY_IN_USE: 'A request with this Idempotency-Key is still running. Retry shortly with the same key.',
} as const;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Whether a string is a known error code. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** The human message for a code; unknown codes read as an internal error. */
export function errorMessage(code: unknown): string {
  return isErrorCode(code) ? ERROR_CODES[code] : ERROR_CODES.INTERNAL_SERVER_ERROR;
}

/** One invalid input value: the dotted path of the field and what is wrong with it. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}
