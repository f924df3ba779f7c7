import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.ts';
import { DomainError } from '../../domain-error.ts';
import type { SessionTokens } from '../sessions/session.service.ts';
import { SessionService } from '../sessions/session.service.ts';
import { IdentityService } from './identity.service.ts';
import {
  BeginTotpEnrollmentInput,
  ChangePasswordInput,
  ConfirmTotpEnrollmentInput,
  DisableTotpInput,
  RefreshSessionInput,
  RefreshTokenTransport,
  RegenerateRecoveryCodesInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  RevokeSessionInput,
  SetDefaultOrganizationInput,
  SignInInput,
  SignOutInput,
  SignUpInput,
  UpdateProfileInput,
  VerifyEmailInput,
  VerifyMfaChallengeInput,
} from './identity.inputs.ts';
import {
  type AuthTokens,
  BeginTotpEnrollmentPayload,
  ConfirmTotpEnrollmentPayload,
  RegenerateRecoveryCodesPayload,
  RequestPasswordResetPayload,
  ResetPasswordPayload,
  RevokeSessionPayload,
  SessionTokensPayload,
  SignInPayload,
  SignOutPayload,
  SignUpPayload,
  UserPayload,
  VerifyEmailPayload,
  ViewerPayload,
} from './identity.types.ts';
import { MfaService } from './mfa.service.ts';
import { toUserNode } from './user.mappers.ts';
import { User } from './user.entity.ts';
import { loadViewer } from './viewer.resolver.ts';

/** Hands tokens to the client: the refresh token in the payload, or in the console's cookie. */
function deliver(context: Context, tokens: SessionTokens, transport: RefreshTokenTransport): AuthTokens {
  const cookie = transport === RefreshTokenTransport.COOKIE;
  if (cookie) context.refreshCookie.set(tokens.refreshToken, tokens.refreshTokenExpiresAt);
  return {
    sessionId: tokens.sessionId,
    accessToken: tokens.accessToken,
    accessTokenExpiresAt: tokens.accessTokenExpiresAt,
    refreshToken: cookie ? null : tokens.refreshToken,
    refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
  };
}

const identity = (context: Context) => new IdentityService(context.em, context.services);
const signedIn = (context: Context) => context.viewer!;

@Resolver()
export class IdentityResolver {
  @Mutation(() => SignUpPayload, {
    nullable: true,
    description:
      'Creates an account with a default organization it owns and sends a verification email; for an address that already has an account, changes nothing and emails its owner. Answers the same either way and starts no session: sign in next.',
  })
  async signUp(@Arg('input', () => SignUpInput) input: SignUpInput, @Ctx() context: Context): Promise<SignUpPayload> {
    const { email } = await identity(context).signUp(input, context.meta);
    return { email, verificationSent: true };
  }

  @Mutation(() => SignInPayload, {
    nullable: true,
    description: 'Signs in with email and password. Accounts with TOTP answer with an MFA challenge instead of tokens.',
  })
  async signIn(@Arg('input', () => SignInInput) input: SignInInput, @Ctx() context: Context): Promise<SignInPayload> {
    const result = await identity(context).signIn(input, context.meta, context.deviceCookie.value);
    context.deviceCookie.set(result.deviceCookie);
    if (result.kind === 'mfa') {
      return { tokens: null, mfaChallenge: { challengeToken: result.challengeToken, expiresAt: result.expiresAt } };
    }
    return { tokens: deliver(context, result.tokens, input.refreshTokenTransport), mfaChallenge: null };
  }

  @Mutation(() => SessionTokensPayload, {
    nullable: true,
    description: 'Completes a sign-in with a TOTP code or a recovery code.',
  })
  async verifyMfaChallenge(
    @Arg('input', () => VerifyMfaChallengeInput) input: VerifyMfaChallengeInput,
    @Ctx() context: Context,
  ): Promise<SessionTokensPayload> {
    const tokens = await identity(context).verifyMfaChallenge(input, context.meta);
    return { tokens: deliver(context, tokens, input.refreshTokenTransport) };
  }

  @Mutation(() => SessionTokensPayload, {
    nullable: true,
    description:
      'Exchanges a refresh token (or the console’s cookie) for new tokens. Reusing a refresh token ends its session.',
  })
  async refreshSession(
    @Arg('input', () => RefreshSessionInput) input: RefreshSessionInput,
    @Ctx() context: Context,
  ): Promise<SessionTokensPayload> {
    const presented = input.refreshToken ?? context.refreshCookie.value;
    if (!presented) throw new DomainError('UNAUTHENTICATED');
    try {
      const tokens = await new SessionService(context.em, context.services).refresh(presented);
      return { tokens: deliver(context, tokens, input.refreshTokenTransport) };
    } catch (error) {
      if (!input.refreshToken) context.refreshCookie.clear();
      throw error;
    }
  }

  @Mutation(() => SignOutPayload, {
    nullable: true,
    description: 'Ends this session, or every session of the user.',
  })
  async signOut(
    @Arg('input', () => SignOutInput) input: SignOutInput,
    @Ctx() context: Context,
  ): Promise<SignOutPayload> {
    const viewer = signedIn(context);
    const sessions = new SessionService(context.em, context.services);
    const revokedSessionCount = input.everywhere
      ? await sessions.revokeAll(viewer.userId, 'signed_out_everywhere')
      : (await sessions.revoke(viewer.sessionId, 'signed_out'), 1);
    context.refreshCookie.clear();
    return { revokedSessionCount };
  }

  @Mutation(() => RequestPasswordResetPayload, {
    nullable: true,
    description:
      'Emails a single-use reset link valid for 1 hour, from a background job. Answers the same, at once, whether or not the account exists.',
  })
  async requestPasswordReset(
    @Arg('input', () => RequestPasswordResetInput) input: RequestPasswordResetInput,
    @Ctx() context: Context,
  ): Promise<RequestPasswordResetPayload> {
    await identity(context).requestPasswordReset(input, context.meta);
    return { accepted: true };
  }

  @Mutation(() => ResetPasswordPayload, {
    nullable: true,
    description: 'Sets a new password from an emailed link and ends every session of the account.',
  })
  async resetPassword(
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() context: Context,
  ): Promise<ResetPasswordPayload> {
    await identity(context).resetPassword(input, { ...context.meta, requestId: context.requestId });
    return { passwordChanged: true };
  }

  @Mutation(() => VerifyEmailPayload, {
    nullable: true,
    description: 'Confirms an email address from the emailed link.',
  })
  async verifyEmail(
    @Arg('input', () => VerifyEmailInput) input: VerifyEmailInput,
    @Ctx() context: Context,
  ): Promise<VerifyEmailPayload> {
    await identity(context).verifyEmail(input);
    return { emailVerified: true };
  }

  @Mutation(() => UserPayload, {
    nullable: true,
    description: 'Sends a new verification link; earlier links stop working.',
  })
  async resendEmailVerification(@Ctx() context: Context): Promise<UserPayload> {
    return { user: toUserNode(await identity(context).resendEmailVerification(signedIn(context).userId)) };
  }

  @Mutation(() => UserPayload, {
    nullable: true,
    description: 'Changes the password; every other session of the user ends.',
  })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() context: Context,
  ): Promise<UserPayload> {
    const viewer = signedIn(context);
    return { user: toUserNode(await identity(context).changePassword(viewer.userId, viewer.sessionId, input)) };
  }

  @Mutation(() => UserPayload, {
    nullable: true,
    description: 'Changes the signed-in user’s profile.',
  })
  async updateProfile(
    @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput,
    @Ctx() context: Context,
  ): Promise<UserPayload> {
    return { user: toUserNode(await identity(context).updateProfile(signedIn(context).userId, input)) };
  }

  @Mutation(() => BeginTotpEnrollmentPayload, {
    nullable: true,
    description:
      'Starts TOTP enrolment: a new secret to add to an authenticator app, active once confirmed. Needs the current password and a sign-in within the last 15 minutes.',
  })
  async beginTotpEnrollment(
    @Arg('input', () => BeginTotpEnrollmentInput) input: BeginTotpEnrollmentInput,
    @Ctx() context: Context,
  ): Promise<BeginTotpEnrollmentPayload> {
    const viewer = signedIn(context);
    return new MfaService(context.em, context.services).beginEnrollment({
      userId: viewer.userId,
      sessionId: viewer.sessionId,
      password: input.password,
    });
  }

  @Mutation(() => ConfirmTotpEnrollmentPayload, {
    nullable: true,
    description: 'Turns TOTP on with a current code; answers the recovery codes, shown this once.',
  })
  async confirmTotpEnrollment(
    @Arg('input', () => ConfirmTotpEnrollmentInput) input: ConfirmTotpEnrollmentInput,
    @Ctx() context: Context,
  ): Promise<ConfirmTotpEnrollmentPayload> {
    const userId = signedIn(context).userId;
    const recoveryCodes = await new MfaService(context.em, context.services).confirmEnrollment(userId, input.code);
    return { recoveryCodes, user: toUserNode(await context.em.findOneOrFail(User, userId, { refresh: true })) };
  }

  @Mutation(() => RegenerateRecoveryCodesPayload, {
    nullable: true,
    description:
      'Replaces the recovery codes, confirmed with the password and a code; the new codes are shown this once and the old ones stop working. Needs a sign-in within the last 15 minutes.',
  })
  async regenerateRecoveryCodes(
    @Arg('input', () => RegenerateRecoveryCodesInput) input: RegenerateRecoveryCodesInput,
    @Ctx() context: Context,
  ): Promise<RegenerateRecoveryCodesPayload> {
    const viewer = signedIn(context);
    const recoveryCodes = await new MfaService(context.em, context.services).regenerateRecoveryCodes({
      userId: viewer.userId,
      sessionId: viewer.sessionId,
      ...input,
    });
    return { recoveryCodes };
  }

  @Mutation(() => UserPayload, {
    nullable: true,
    description: 'Turns TOTP off, confirmed with the password and a code. Needs a sign-in within the last 15 minutes.',
  })
  async disableTotp(
    @Arg('input', () => DisableTotpInput) input: DisableTotpInput,
    @Ctx() context: Context,
  ): Promise<UserPayload> {
    const viewer = signedIn(context);
    const user = await new MfaService(context.em, context.services).disable({
      userId: viewer.userId,
      sessionId: viewer.sessionId,
      ...input,
    });
    return { user: toUserNode(user) };
  }

  @Mutation(() => RevokeSessionPayload, {
    nullable: true,
    description:
      'Ends one of the user’s other sessions. The one making the request answers CANNOT_REVOKE_CURRENT_SESSION: use signOut.',
  })
  async revokeSession(
    @Arg('input', () => RevokeSessionInput) input: RevokeSessionInput,
    @Ctx() context: Context,
  ): Promise<RevokeSessionPayload> {
    const viewer = signedIn(context);
    const revoked = await new SessionService(context.em, context.services).revokeOwn(
      viewer.userId,
      input.sessionId,
      viewer.sessionId,
    );
    if (!revoked) throw new DomainError('NOT_FOUND');
    return { revokedSessionId: input.sessionId };
  }

  @Mutation(() => ViewerPayload, {
    nullable: true,
    description: 'Chooses the organization the console opens first.',
  })
  async setDefaultOrganization(
    @Arg('input', () => SetDefaultOrganizationInput) input: SetDefaultOrganizationInput,
    @Ctx() context: Context,
  ): Promise<ViewerPayload> {
    await identity(context).setDefaultOrganization(signedIn(context).userId, input.organizationId);
    return { viewer: await loadViewer(context) };
  }
}
