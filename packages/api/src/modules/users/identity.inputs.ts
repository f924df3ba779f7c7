import { IsBoolean, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

/** How the refresh token travels back to the client. */
export enum RefreshTokenTransport {
  PAYLOAD = 'PAYLOAD',
  COOKIE = 'COOKIE',
}

registerEnumType(RefreshTokenTransport, {
  name: 'RefreshTokenTransport',
  description: 'Where to deliver the refresh token.',
  valuesConfig: {
    PAYLOAD: { description: 'In the mutation payload, for API clients that store it themselves.' },
    COOKIE: {
      description:
        'In an httpOnly, SameSite=Strict cookie scoped to /graphql (the console); the payload leaves it null.',
    },
  },
});

// Upper bounds keep oversized values from reaching hashing; the real rules live in the services.
const EMAIL_MAX = 320;
const PASSWORD_MAX = 256;
const TOKEN_MAX = 200;

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field(() => String, { description: 'The email address to sign in with.' })
  @MaxLength(EMAIL_MAX)
  email: string;

  @Field(() => String, {
    description:
      'The name shown to other people: 1 to 100 characters, no web or email address; control, bidi and zero-width characters are removed.',
  })
  @MaxLength(200)
  displayName: string;

  @Field(() => String, {
    description: 'The password: 10 to 128 characters, not the email address and not a common password.',
  })
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@InputType({ description: 'Email and password.' })
export class SignInInput {
  @Field(() => String, { description: 'The account’s email address.' })
  @MaxLength(EMAIL_MAX)
  email: string;

  @Field(() => String, { description: 'The account’s password.' })
  @MaxLength(PASSWORD_MAX)
  password: string;

  @Field(() => RefreshTokenTransport, {
    defaultValue: RefreshTokenTransport.PAYLOAD,
    description: 'Where to deliver the refresh token.',
  })
  refreshTokenTransport: RefreshTokenTransport;
}

@InputType({ description: 'The second step of a sign-in: a TOTP code or a recovery code.' })
export class VerifyMfaChallengeInput {
  @Field(() => String, { description: 'The challenge token `signIn` answered with.' })
  @MaxLength(TOKEN_MAX)
  challengeToken: string;

  @Field(() => String, { nullable: true, description: 'The 6-digit code from the authenticator app.' })
  @MaxLength(20)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the recovery codes, instead of `code`.' })
  @MaxLength(40)
  recoveryCode?: string | null;

  @Field(() => RefreshTokenTransport, {
    defaultValue: RefreshTokenTransport.PAYLOAD,
    description: 'Where to deliver the refresh token.',
  })
  refreshTokenTransport: RefreshTokenTransport;
}

@InputType({ description: 'A refresh token to exchange.' })
export class RefreshSessionInput {
  @Field(() => String, { nullable: true, description: 'The refresh token; omit it to use the console’s cookie.' })
  @MaxLength(TOKEN_MAX)
  refreshToken?: string | null;

  @Field(() => RefreshTokenTransport, {
    defaultValue: RefreshTokenTransport.PAYLOAD,
    description: 'Where to deliver the new refresh token.',
  })
  refreshTokenTransport: RefreshTokenTransport;
}

@InputType({ description: 'Which sessions to end.' })
export class SignOutInput {
  @Field(() => Boolean, { defaultValue: false, description: 'End every session of the user, not only this one.' })
  @IsBoolean()
  everywhere: boolean;
}

@InputType({ description: 'The account to send a password reset link to.' })
export class RequestPasswordResetInput {
  @Field(() => String, { description: 'The account’s email address.' })
  @MaxLength(EMAIL_MAX)
  email: string;
}

@InputType({ description: 'A new password from an emailed reset link.' })
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the link.' })
  @MaxLength(TOKEN_MAX)
  token: string;

  @Field(() => String, { description: 'The new password (same rules as at sign-up).' })
  @MaxLength(PASSWORD_MAX)
  newPassword: string;
}

@InputType({ description: 'The token from an email verification link.' })
export class VerifyEmailInput {
  @Field(() => String, { description: 'The token from the link.' })
  @MaxLength(TOKEN_MAX)
  token: string;
}

@InputType({ description: 'The current and the new password.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The current password.' })
  @MaxLength(PASSWORD_MAX)
  currentPassword: string;

  @Field(() => String, { description: 'The new password (same rules as at sign-up).' })
  @MaxLength(PASSWORD_MAX)
  newPassword: string;
}

@InputType({ description: 'A code from the authenticator app.' })
export class ConfirmTotpEnrollmentInput {
  @Field(() => String, { description: 'The current 6-digit code.' })
  @MaxLength(20)
  code: string;
}

@InputType({ description: 'Proof that the account holder starts setting up two-factor authentication.' })
export class BeginTotpEnrollmentInput {
  @Field(() => String, { description: 'The current password.' })
  @MaxLength(PASSWORD_MAX)
  password: string;
}

@InputType({ description: 'Proof that the account holder replaces their recovery codes.' })
export class RegenerateRecoveryCodesInput {
  @Field(() => String, { description: 'The current password.' })
  @MaxLength(PASSWORD_MAX)
  password: string;

  @Field(() => String, { description: 'A current 6-digit code, or a recovery code.' })
  @MaxLength(40)
  code: string;
}

@InputType({ description: 'Proof that the account holder turns two-factor authentication off.' })
export class DisableTotpInput {
  @Field(() => String, { description: 'The current password.' })
  @MaxLength(PASSWORD_MAX)
  password: string;

  @Field(() => String, { description: 'A current 6-digit code, or a recovery code.' })
  @MaxLength(40)
  code: string;
}

@InputType({ description: 'A session to end.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: 'The session id.' })
  @IsUUID()
  sessionId: string;
}

@InputType({ description: 'The organization to open by default.' })
export class SetDefaultOrganizationInput {
  @Field(() => ID, { description: 'An organization the user is an active member of.' })
  @IsUUID()
  organizationId: string;
}

@InputType({ description: 'Profile changes.' })
export class UpdateProfileInput {
  @Field(() => String, {
    description:
      'The name shown to other people: 1 to 100 characters, no web or email address; control, bidi and zero-width characters are removed.',
  })
  @MaxLength(200)
  displayName: string;
}
