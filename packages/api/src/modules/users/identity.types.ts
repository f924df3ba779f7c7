import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserNode, ViewerNode } from './user.types.ts';

@ObjectType({ description: 'Credentials of a session.', simpleResolvers: true })
export class AuthTokens {
  @Field(() => ID, { description: 'The session these tokens belong to.' })
  sessionId: string;

  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`. Short-lived.' })
  accessToken: string;

  @Field(() => DateTimeISOResolver, { description: 'When the access token expires; refresh before then.' })
  accessTokenExpiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Exchange with `refreshSession` for new tokens; single use. Null when delivered as a cookie.',
  })
  refreshToken: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When the refresh token expires.' })
  refreshTokenExpiresAt: Date;
}

@ObjectType({
  description: 'The result of signing up: the same whether or not the address already had an account. Sign in next.',
  simpleResolvers: true,
})
export class SignUpPayload {
  @Field(() => String, { description: 'The address, normalized; sign in with it and the password.' })
  email: string;

  @Field(() => Boolean, {
    description:
      'Always true: an email is on its way to the address (a confirmation link for a new account, or a note to the owner of an existing one).',
  })
  verificationSent: boolean;
}

@ObjectType({ description: 'A pending second factor: answer it with `verifyMfaChallenge`.', simpleResolvers: true })
export class MfaChallenge {
  @Field(() => String, { description: 'Pass to `verifyMfaChallenge`.' })
  challengeToken: string;

  @Field(() => DateTimeISOResolver, { description: 'When the challenge expires (5 minutes).' })
  expiresAt: Date;
}

@ObjectType({ description: 'Either a session, or a second factor to provide first.', simpleResolvers: true })
export class SignInPayload {
  @Field(() => AuthTokens, { nullable: true, description: 'The session; null when an MFA challenge is pending.' })
  tokens: AuthTokens | null;

  @Field(() => MfaChallenge, { nullable: true, description: 'Set when the account requires a TOTP code.' })
  mfaChallenge: MfaChallenge | null;
}

@ObjectType({ description: 'A session’s new credentials.', simpleResolvers: true })
export class SessionTokensPayload {
  @Field(() => AuthTokens, { description: 'The session’s credentials.' })
  tokens: AuthTokens;
}

@ObjectType({ description: 'The result of signing out.', simpleResolvers: true })
export class SignOutPayload {
  @Field(() => Int, { description: 'How many sessions ended.' })
  revokedSessionCount: number;
}

@ObjectType({ description: 'The same answer whether or not the account exists.', simpleResolvers: true })
export class RequestPasswordResetPayload {
  @Field(() => Boolean, { description: 'Always true: if the account exists, a link is on its way.' })
  accepted: boolean;
}

@ObjectType({ description: 'The result of resetting a password.', simpleResolvers: true })
export class ResetPasswordPayload {
  @Field(() => Boolean, { description: 'True: the password changed and every session of the account ended.' })
  passwordChanged: boolean;
}

@ObjectType({ description: 'The result of confirming an email address.', simpleResolvers: true })
export class VerifyEmailPayload {
  @Field(() => Boolean, { description: 'True: the address is confirmed.' })
  emailVerified: boolean;
}

@ObjectType({ description: 'The signed-in user after a change.', simpleResolvers: true })
export class UserPayload {
  @Field(() => UserNode, { description: 'The user, updated.' })
  user: UserNode;
}

@ObjectType({ description: 'A TOTP secret to add to an authenticator app.', simpleResolvers: true })
export class BeginTotpEnrollmentPayload {
  @Field(() => String, { description: 'The secret in base32, for typing it in.' })
  secret: string;

  @Field(() => String, { description: 'An otpauth:// URI, for a QR code.' })
  otpauthUri: string;
}

@ObjectType({ description: 'Two-factor authentication is on.', simpleResolvers: true })
export class ConfirmTotpEnrollmentPayload {
  @Field(() => [String], { description: 'One-time recovery codes. Shown only now: keep them somewhere safe.' })
  recoveryCodes: string[];

  @Field(() => UserNode, { description: 'The user, updated.' })
  user: UserNode;
}

@ObjectType({ description: 'New recovery codes; the earlier ones no longer work.', simpleResolvers: true })
export class RegenerateRecoveryCodesPayload {
  @Field(() => [String], { description: 'One-time recovery codes. Shown only now: keep them somewhere safe.' })
  recoveryCodes: string[];
}

@ObjectType({ description: 'The session that was ended.', simpleResolvers: true })
export class RevokeSessionPayload {
  @Field(() => ID, { description: 'The ended session’s id.' })
  revokedSessionId: string;
}

@ObjectType({ description: 'The viewer after a change.', simpleResolvers: true })
export class ViewerPayload {
  @Field(() => ViewerNode, { description: 'The signed-in user, updated.' })
  viewer: ViewerNode;
}
