/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query AccountSessions {\n    viewer {\n      sessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n            createdAt\n            lastUsedAt\n            ip\n            userAgent\n          }\n        }\n      }\n    }\n  }\n': typeof types.AccountSessionsDocument;
  '\n  mutation RevokeSession($sessionId: ID!) {\n    revokeSession(input: { sessionId: $sessionId }) {\n      revokedSessionId\n    }\n  }\n': typeof types.RevokeSessionDocument;
  '\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n': typeof types.BeginTotpEnrollmentDocument;
  '\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(input: { code: $code }) {\n      recoveryCodes\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n': typeof types.ConfirmTotpEnrollmentDocument;
  '\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(input: { password: $password, code: $code }) {\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n': typeof types.DisableTotpDocument;
  '\n  query CurrentUser {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        emailVerified\n        mfaEnabled\n      }\n    }\n  }\n': typeof types.CurrentUserDocument;
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      emailVerified\n    }\n  }\n': typeof types.VerifyEmailDocument;
  '\n  mutation ResendEmailVerification {\n    resendEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n': typeof types.ResendEmailVerificationDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation RefreshSession {\n    refreshSession(input: { refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      mfaChallenge {\n        challengeToken\n        expiresAt\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation VerifyMfaChallenge($challengeToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfaChallenge(\n      input: {\n        challengeToken: $challengeToken\n        code: $code\n        recoveryCode: $recoveryCode\n        refreshTokenTransport: COOKIE\n      }\n    ) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n': typeof types.VerifyMfaChallengeDocument;
  '\n  mutation SignOut($everywhere: Boolean!) {\n    signOut(input: { everywhere: $everywhere }) {\n      revokedSessionCount\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  mutation SignUp($email: String!, $displayName: String!, $password: String!) {\n    signUp(input: { email: $email, displayName: $displayName, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  query AbilityCatalog {\n    abilityCatalog {\n      roles {\n        id\n        label\n        description\n      }\n      sections {\n        id\n        label\n        description\n        abilities {\n          id\n          label\n          description\n          destructive\n          roles\n        }\n      }\n    }\n  }\n': typeof types.AbilityCatalogDocument;
  '\n  query MailboxStatus {\n    devMailbox(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n': typeof types.MailboxStatusDocument;
  '\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          to\n          subject\n          template\n          text\n          html\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.DevMailboxDocument;
  '\n  query ViewerOrganizations {\n    viewer {\n      currentOrganization {\n        id\n        name\n      }\n      role\n      organizations(first: 100) {\n        edges {\n          node {\n            membershipId\n            role\n            isDefault\n            organization {\n              id\n              name\n              slug\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ViewerOrganizationsDocument;
};
const documents: Documents = {
  '\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      user {\n        id\n      }\n    }\n  }\n':
    types.ChangePasswordDocument,
  '\n  query AccountSessions {\n    viewer {\n      sessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n            createdAt\n            lastUsedAt\n            ip\n            userAgent\n          }\n        }\n      }\n    }\n  }\n':
    types.AccountSessionsDocument,
  '\n  mutation RevokeSession($sessionId: ID!) {\n    revokeSession(input: { sessionId: $sessionId }) {\n      revokedSessionId\n    }\n  }\n':
    types.RevokeSessionDocument,
  '\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n':
    types.BeginTotpEnrollmentDocument,
  '\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(input: { code: $code }) {\n      recoveryCodes\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n':
    types.ConfirmTotpEnrollmentDocument,
  '\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(input: { password: $password, code: $code }) {\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n':
    types.DisableTotpDocument,
  '\n  query CurrentUser {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        emailVerified\n        mfaEnabled\n      }\n    }\n  }\n':
    types.CurrentUserDocument,
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      emailVerified\n    }\n  }\n':
    types.VerifyEmailDocument,
  '\n  mutation ResendEmailVerification {\n    resendEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n':
    types.ResendEmailVerificationDocument,
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  mutation RefreshSession {\n    refreshSession(input: { refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      mfaChallenge {\n        challengeToken\n        expiresAt\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation VerifyMfaChallenge($challengeToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfaChallenge(\n      input: {\n        challengeToken: $challengeToken\n        code: $code\n        recoveryCode: $recoveryCode\n        refreshTokenTransport: COOKIE\n      }\n    ) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n':
    types.VerifyMfaChallengeDocument,
  '\n  mutation SignOut($everywhere: Boolean!) {\n    signOut(input: { everywhere: $everywhere }) {\n      revokedSessionCount\n    }\n  }\n':
    types.SignOutDocument,
  '\n  mutation SignUp($email: String!, $displayName: String!, $password: String!) {\n    signUp(input: { email: $email, displayName: $displayName, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n':
    types.SignUpDocument,
  '\n  query AbilityCatalog {\n    abilityCatalog {\n      roles {\n        id\n        label\n        description\n      }\n      sections {\n        id\n        label\n        description\n        abilities {\n          id\n          label\n          description\n          destructive\n          roles\n        }\n      }\n    }\n  }\n':
    types.AbilityCatalogDocument,
  '\n  query MailboxStatus {\n    devMailbox(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n':
    types.MailboxStatusDocument,
  '\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          to\n          subject\n          template\n          text\n          html\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.DevMailboxDocument,
  '\n  query ViewerOrganizations {\n    viewer {\n      currentOrganization {\n        id\n        name\n      }\n      role\n      organizations(first: 100) {\n        edges {\n          node {\n            membershipId\n            role\n            isDefault\n            organization {\n              id\n              name\n              slug\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ViewerOrganizationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      user {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountSessions {\n    viewer {\n      sessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n            createdAt\n            lastUsedAt\n            ip\n            userAgent\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccountSessions {\n    viewer {\n      sessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n            createdAt\n            lastUsedAt\n            ip\n            userAgent\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeSession($sessionId: ID!) {\n    revokeSession(input: { sessionId: $sessionId }) {\n      revokedSessionId\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeSession($sessionId: ID!) {\n    revokeSession(input: { sessionId: $sessionId }) {\n      revokedSessionId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(input: { code: $code }) {\n      recoveryCodes\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(input: { code: $code }) {\n      recoveryCodes\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(input: { password: $password, code: $code }) {\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(input: { password: $password, code: $code }) {\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentUser {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        emailVerified\n        mfaEnabled\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CurrentUser {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        emailVerified\n        mfaEnabled\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      emailVerified\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      emailVerified\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendEmailVerification {\n    resendEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendEmailVerification {\n    resendEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession {\n    refreshSession(input: { refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession {\n    refreshSession(input: { refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      mfaChallenge {\n        challengeToken\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      mfaChallenge {\n        challengeToken\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyMfaChallenge($challengeToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfaChallenge(\n      input: {\n        challengeToken: $challengeToken\n        code: $code\n        recoveryCode: $recoveryCode\n        refreshTokenTransport: COOKIE\n      }\n    ) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyMfaChallenge($challengeToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfaChallenge(\n      input: {\n        challengeToken: $challengeToken\n        code: $code\n        recoveryCode: $recoveryCode\n        refreshTokenTransport: COOKIE\n      }\n    ) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut($everywhere: Boolean!) {\n    signOut(input: { everywhere: $everywhere }) {\n      revokedSessionCount\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOut($everywhere: Boolean!) {\n    signOut(input: { everywhere: $everywhere }) {\n      revokedSessionCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($email: String!, $displayName: String!, $password: String!) {\n    signUp(input: { email: $email, displayName: $displayName, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($email: String!, $displayName: String!, $password: String!) {\n    signUp(input: { email: $email, displayName: $displayName, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AbilityCatalog {\n    abilityCatalog {\n      roles {\n        id\n        label\n        description\n      }\n      sections {\n        id\n        label\n        description\n        abilities {\n          id\n          label\n          description\n          destructive\n          roles\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AbilityCatalog {\n    abilityCatalog {\n      roles {\n        id\n        label\n        description\n      }\n      sections {\n        id\n        label\n        description\n        abilities {\n          id\n          label\n          description\n          destructive\n          roles\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MailboxStatus {\n    devMailbox(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MailboxStatus {\n    devMailbox(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          to\n          subject\n          template\n          text\n          html\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          to\n          subject\n          template\n          text\n          html\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerOrganizations {\n    viewer {\n      currentOrganization {\n        id\n        name\n      }\n      role\n      organizations(first: 100) {\n        edges {\n          node {\n            membershipId\n            role\n            isDefault\n            organization {\n              id\n              name\n              slug\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ViewerOrganizations {\n    viewer {\n      currentOrganization {\n        id\n        name\n      }\n      role\n      organizations(first: 100) {\n        edges {\n          node {\n            membershipId\n            role\n            isDefault\n            organization {\n              id\n              name\n              slug\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
