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
  '\n  query DeletionImpact {\n    viewer {\n      deletionImpact {\n        ownedOrganizations {\n          id\n          name\n          memberCount\n        }\n        leftOrganizationCount\n      }\n    }\n  }\n': typeof types.DeletionImpactDocument;
  '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password }) {\n      deletedOrganizationCount\n      leftOrganizationCount\n    }\n  }\n': typeof types.DeleteAccountDocument;
  '\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query AccountSessions {\n    viewer {\n      sessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n            createdAt\n            lastUsedAt\n            ip\n            userAgent\n          }\n        }\n      }\n    }\n  }\n': typeof types.AccountSessionsDocument;
  '\n  mutation RevokeSession($sessionId: ID!) {\n    revokeSession(input: { sessionId: $sessionId }) {\n      revokedSessionId\n    }\n  }\n': typeof types.RevokeSessionDocument;
  '\n  mutation BeginTotpEnrollment($password: String!) {\n    beginTotpEnrollment(input: { password: $password }) {\n      secret\n      otpauthUri\n    }\n  }\n': typeof types.BeginTotpEnrollmentDocument;
  '\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(input: { code: $code }) {\n      recoveryCodes\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n': typeof types.ConfirmTotpEnrollmentDocument;
  '\n  mutation RegenerateRecoveryCodes($password: String!, $code: String!) {\n    regenerateRecoveryCodes(input: { password: $password, code: $code }) {\n      recoveryCodes\n    }\n  }\n': typeof types.RegenerateRecoveryCodesDocument;
  '\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(input: { password: $password, code: $code }) {\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n': typeof types.DisableTotpDocument;
  '\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          prefix\n          scopes\n          scopesInForce\n          createdByName\n          createdAt\n          lastUsedAt\n          expiresAt\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ApiKeysDocument;
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(input: { apiKeyId: $apiKeyId }) {\n      apiKey {\n        id\n        status\n      }\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  query CurrentUser {\n    viewer {\n      user {\n        id\n        email\n        displayName\n        emailVerified\n        mfaEnabled\n      }\n    }\n  }\n': typeof types.CurrentUserDocument;
  '\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(input: { token: $token }) {\n      emailVerified\n    }\n  }\n': typeof types.VerifyEmailDocument;
  '\n  mutation ResendEmailVerification {\n    resendEmailVerification {\n      user {\n        id\n        emailVerified\n      }\n    }\n  }\n': typeof types.ResendEmailVerificationDocument;
  '\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(input: { email: $email }) {\n      accepted\n    }\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  mutation RefreshSession {\n    refreshSession(input: { refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(input: { email: $email, password: $password, refreshTokenTransport: COOKIE }) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n      mfaChallenge {\n        challengeToken\n        expiresAt\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation VerifyMfaChallenge($challengeToken: String!, $code: String, $recoveryCode: String) {\n    verifyMfaChallenge(\n      input: {\n        challengeToken: $challengeToken\n        code: $code\n        recoveryCode: $recoveryCode\n        refreshTokenTransport: COOKIE\n      }\n    ) {\n      tokens {\n        accessToken\n        accessTokenExpiresAt\n        sessionId\n      }\n    }\n  }\n': typeof types.VerifyMfaChallengeDocument;
  '\n  mutation SignOut($everywhere: Boolean!) {\n    signOut(input: { everywhere: $everywhere }) {\n      revokedSessionCount\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  mutation SignUp($email: String!, $displayName: String!, $password: String!) {\n    signUp(input: { email: $email, displayName: $displayName, password: $password }) {\n      email\n      verificationSent\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  fragment PlanFields on Plan {\n    id\n    name\n    description\n    includedCredits\n    cycles {\n      cycle\n      months\n      basePrice {\n        amount\n        currency\n      }\n    }\n    entitlements {\n      maxActiveMembers\n      maxWorkspaces\n      maxApiKeys\n    }\n  }\n': typeof types.PlanFieldsFragmentDoc;
  '\n  fragment SubscriptionFields on OrganizationSubscription {\n    productName\n    status\n    billingCycle\n    autoRenew\n    trialEndDate\n    currentPeriodStart\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    plan {\n      ...PlanFields\n    }\n    usage {\n      activeMembers\n      pendingInvitations\n      workspaces\n      apiKeys\n    }\n  }\n': typeof types.SubscriptionFieldsFragmentDoc;
  '\n  query BillingSubscription {\n    billingSubscription {\n      ...SubscriptionFields\n    }\n  }\n': typeof types.BillingSubscriptionDocument;
  '\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n': typeof types.PlansDocument;
  '\n  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {\n    changeSubscriptionPlan(input: $input) {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n': typeof types.ChangeSubscriptionPlanDocument;
  '\n  mutation CancelSubscription {\n    cancelSubscription {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n': typeof types.CancelSubscriptionDocument;
  '\n  mutation ResumeSubscription {\n    resumeSubscription {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n': typeof types.ResumeSubscriptionDocument;
  '\n  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {\n    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n': typeof types.SetSubscriptionAutoRenewDocument;
  '\n  fragment BillingPeriodSettingsFields on BillingPeriodSettings {\n    anchorDay\n    fiscalCalendar\n    upcoming {\n      startsAt\n      endsAt\n    }\n  }\n': typeof types.BillingPeriodSettingsFieldsFragmentDoc;
  '\n  query BillingPeriodSettings {\n    billingPeriodSettings {\n      ...BillingPeriodSettingsFields\n    }\n  }\n': typeof types.BillingPeriodSettingsDocument;
  '\n  mutation UpdateBillingPeriodSettings($input: UpdateBillingPeriodSettingsInput!) {\n    updateBillingPeriodSettings(input: $input) {\n      settings {\n        ...BillingPeriodSettingsFields\n      }\n    }\n  }\n': typeof types.UpdateBillingPeriodSettingsDocument;
  '\n  query BillingPeriods($first: Int!, $after: String) {\n    billingPeriods(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          number\n          startsAt\n          endsAt\n          kind\n          plan\n          billingCycle\n          closedAt\n          invoiceId\n          invoiceNumber\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.BillingPeriodsDocument;
  '\n  fragment InvoiceSummaryFields on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    plan\n    planName\n    billingCycle\n    trial\n    issuedAt\n    total {\n      amount\n      currency\n    }\n  }\n': typeof types.InvoiceSummaryFieldsFragmentDoc;
  '\n  query Invoices($first: Int!, $after: String) {\n    invoices(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InvoiceSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.InvoicesDocument;
  '\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceSummaryFields\n      includedCredits\n      usedCredits\n      basePrice {\n        amount\n        currency\n      }\n      proratedBase {\n        amount\n        currency\n      }\n      usageAmount {\n        amount\n        currency\n      }\n      lines {\n        line\n        meter\n        quantity\n        credits\n        includedCredits\n        billableCredits\n        unitPrice {\n          amount\n          currency\n        }\n        amount {\n          amount\n          currency\n        }\n        lateQuantity\n        lateCredits\n      }\n    }\n  }\n': typeof types.InvoiceDocument;
  '\n  mutation CreateInvoiceExport($input: CreateInvoiceExportInput!) {\n    createInvoiceExport(input: $input) {\n      url\n      filename\n    }\n  }\n': typeof types.CreateInvoiceExportDocument;
  '\n  query AbilityCatalog {\n    abilityCatalog {\n      roles {\n        id\n        label\n        description\n      }\n      sections {\n        id\n        label\n        description\n        abilities {\n          id\n          label\n          description\n          destructive\n          humanOnly\n          roles\n        }\n      }\n    }\n  }\n': typeof types.AbilityCatalogDocument;
  '\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      inviterName\n      role\n      expiresAt\n      status\n    }\n  }\n': typeof types.InvitationPreviewDocument;
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(input: { token: $token }) {\n      organizationId\n      membershipId\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  query Invitations($first: Int!, $after: String, $filter: InvitationFilterInput) {\n    invitations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          email\n          role\n          status\n          creditLimit\n          invitedByName\n          createdAt\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.InvitationsDocument;
  '\n  mutation InviteMembers($invitations: [InviteMemberInput!]!) {\n    inviteMembers(input: { invitations: $invitations }) {\n      results {\n        email\n        invitation {\n          id\n          email\n          role\n          status\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n': typeof types.InviteMembersDocument;
  '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n        status\n      }\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query MailboxStatus {\n    devMailbox(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n': typeof types.MailboxStatusDocument;
  '\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          to\n          subject\n          template\n          text\n          html\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.DevMailboxDocument;
  '\n  fragment MemberSummary on Member {\n    id\n    role\n    status\n    user {\n      id\n      email\n      displayName\n    }\n  }\n': typeof types.MemberSummaryFragmentDoc;
  '\n  query MemberUsageEvents($membershipId: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {\n    usageEvents(membershipId: $membershipId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          meter\n          quantity\n          model\n          credits @include(if: $withCosts)\n          source\n          occurredAt\n          idempotencyKey\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.MemberUsageEventsDocument;
  '\n  query Members(\n    $first: Int!\n    $after: String\n    $filter: MemberFilterInput\n    $orderBy: MemberOrderInput\n    $withCredits: Boolean!\n  ) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          role\n          status\n          joinedAt\n          creditLimit @include(if: $withCredits)\n          usedCredits @include(if: $withCredits)\n          user {\n            id\n            email\n            displayName\n            lastSignInAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.MembersDocument;
  '\n  mutation ArchiveMember($membershipId: ID!) {\n    archiveMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n': typeof types.ArchiveMemberDocument;
  '\n  mutation ReactivateMember($membershipId: ID!) {\n    reactivateMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n': typeof types.ReactivateMemberDocument;
  '\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {\n      member {\n        id\n        role\n      }\n    }\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation SetMemberCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {\n    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {\n      member {\n        id\n        creditLimit\n        usedCredits\n      }\n    }\n  }\n': typeof types.SetMemberCreditLimitDocument;
  '\n  mutation SendMemberPasswordReset($membershipId: ID!) {\n    sendMemberPasswordReset(input: { membershipId: $membershipId }) {\n      member {\n        id\n      }\n    }\n  }\n': typeof types.SendMemberPasswordResetDocument;
  '\n  query TransferCandidates {\n    members(first: 100, filter: { status: ACTIVE, role: ADMIN }, orderBy: { field: DISPLAY_NAME, direction: ASC }) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TransferCandidatesDocument;
  '\n  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {\n    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {\n      previousOwner {\n        id\n        role\n      }\n      newOwner {\n        id\n        role\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.TransferOwnershipDocument;
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        slug\n        status\n      }\n    }\n  }\n': typeof types.CreateOrganizationDocument;
  '\n  mutation ArchiveOrganization($password: String!) {\n    archiveOrganization(input: { password: $password }) {\n      organizationId\n    }\n  }\n': typeof types.ArchiveOrganizationDocument;
  '\n  mutation RestoreOrganization($organizationId: ID!) {\n    restoreOrganization(input: { organizationId: $organizationId }) {\n      organizationId\n    }\n  }\n': typeof types.RestoreOrganizationDocument;
  '\n  query ArchivedOrganizations {\n    viewer {\n      archivedOrganizations {\n        id\n        name\n        slug\n        archivedAt\n        deletesAt\n      }\n    }\n  }\n': typeof types.ArchivedOrganizationsDocument;
  '\n  fragment OrganizationSettingsFields on CurrentOrganization {\n    id\n    name\n    slug\n    status\n    general {\n      primaryDomain\n      industry\n      contactEmail\n      billingEmail\n      supportTier\n    }\n    branding {\n      primaryColor\n      secondaryColor\n      accentColor\n      fontFamily\n    }\n    security {\n      requireMfa\n      allowUserKeyOverride\n    }\n    banner {\n      message\n      variant\n      dismissible\n      updatedAt\n      dismissedByViewer\n    }\n    tracing {\n      mode\n      sampleRate\n      retentionDays\n    }\n  }\n': typeof types.OrganizationSettingsFieldsFragmentDoc;
  '\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n': typeof types.OrganizationSettingsDocument;
  '\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      organization {\n        ...OrganizationSettingsFields\n      }\n    }\n  }\n': typeof types.UpdateOrganizationSettingsDocument;
  '\n  mutation RenameOrganization($input: RenameOrganizationInput!) {\n    renameOrganization(input: $input) {\n      organization {\n        ...OrganizationSettingsFields\n      }\n    }\n  }\n': typeof types.RenameOrganizationDocument;
  '\n  query OrganizationShell {\n    organization {\n      id\n      name\n      status\n      branding {\n        primaryColor\n        secondaryColor\n        accentColor\n        fontFamily\n      }\n      banner {\n        message\n        variant\n        dismissible\n        updatedAt\n        dismissedByViewer\n      }\n    }\n  }\n': typeof types.OrganizationShellDocument;
  '\n  mutation DismissBanner {\n    dismissBanner {\n      organization {\n        id\n        banner {\n          message\n          variant\n          dismissible\n          updatedAt\n          dismissedByViewer\n        }\n      }\n    }\n  }\n': typeof types.DismissBannerDocument;
  '\n  query ViewerAbilities {\n    viewer {\n      role\n      abilities\n      currentOrganization {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ViewerAbilitiesDocument;
  '\n  query ViewerOrganizations {\n    viewer {\n      currentOrganization {\n        id\n        name\n      }\n      role\n      organizations(first: 100) {\n        edges {\n          node {\n            membershipId\n            role\n            isDefault\n            organization {\n              id\n              name\n              slug\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ViewerOrganizationsDocument;
  '\n  query UsageTotals($withCosts: Boolean!) {\n    usageTotals {\n      from\n      to\n      credits @include(if: $withCosts)\n      includedCredits @include(if: $withCosts)\n      meters {\n        meter\n        label\n        unit\n        quantity\n        events\n        credits @include(if: $withCosts)\n      }\n    }\n  }\n': typeof types.UsageTotalsDocument;
  '\n  query UsageSeries($meter: String!, $bucket: UsageBucket!, $withCosts: Boolean!) {\n    usageSeries(meter: $meter, bucket: $bucket) {\n      start\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n  }\n': typeof types.UsageSeriesDocument;
  '\n  query UsageBreakdown($meter: String, $first: Int!, $withCosts: Boolean!) {\n    members: usageBreakdown(by: MEMBER, meter: $meter, first: $first) {\n      id\n      name\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n    workspaces: usageBreakdown(by: WORKSPACE, meter: $meter, first: $first) {\n      id\n      name\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n  }\n': typeof types.UsageBreakdownDocument;
  '\n  fragment AiSpendFields on UsageBreakdownRow {\n    id\n    name\n    quantity\n    events\n    credits\n  }\n': typeof types.AiSpendFieldsFragmentDoc;
  '\n  query AiCosts($tokenMeter: String!, $toolMeter: String!, $first: Int!) {\n    usageTotals {\n      from\n      to\n      includedCredits\n      meters {\n        meter\n        label\n        unit\n        quantity\n        events\n        credits\n      }\n    }\n    tokenMembers: usageBreakdown(by: MEMBER, meter: $tokenMeter, first: $first) {\n      ...AiSpendFields\n    }\n    toolMembers: usageBreakdown(by: MEMBER, meter: $toolMeter, first: $first) {\n      ...AiSpendFields\n    }\n    tokenModels: usageBreakdown(by: MODEL, meter: $tokenMeter, first: $first) {\n      ...AiSpendFields\n    }\n    toolModels: usageBreakdown(by: MODEL, meter: $toolMeter, first: $first) {\n      ...AiSpendFields\n    }\n  }\n': typeof types.AiCostsDocument;
  '\n  subscription UsageRecorded {\n    usageRecorded {\n      from\n    }\n  }\n': typeof types.UsageRecordedDocument;
  '\n  fragment UsageAlertFields on UsageAlert {\n    id\n    meter\n    kind\n    threshold\n    notifyByEmail\n    notifyByWebhook\n    throttle\n    currentValue\n    thresholdValue\n    crossed\n    lastTriggeredAt\n    createdAt\n    updatedAt\n  }\n': typeof types.UsageAlertFieldsFragmentDoc;
  '\n  query UsageAlerts {\n    usageAlerts {\n      ...UsageAlertFields\n    }\n    usageTotals {\n      from\n      to\n      credits\n      includedCredits\n      meters {\n        meter\n        quantity\n        credits\n      }\n    }\n  }\n': typeof types.UsageAlertsDocument;
  '\n  query UsageAlertTriggers($first: Int!, $after: String) {\n    usageAlertTriggers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          alertId\n          meter\n          kind\n          periodStart\n          value\n          thresholdValue\n          triggeredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.UsageAlertTriggersDocument;
  '\n  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {\n    createUsageAlert(input: $input) {\n      alert {\n        ...UsageAlertFields\n      }\n    }\n  }\n': typeof types.CreateUsageAlertDocument;
  '\n  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {\n    updateUsageAlert(input: $input) {\n      alert {\n        ...UsageAlertFields\n      }\n    }\n  }\n': typeof types.UpdateUsageAlertDocument;
  '\n  mutation DeleteUsageAlert($alertId: ID!) {\n    deleteUsageAlert(input: { alertId: $alertId }) {\n      deletedAlertId\n    }\n  }\n': typeof types.DeleteUsageAlertDocument;
  '\n  mutation CreateUsageExport($input: CreateUsageExportInput!) {\n    createUsageExport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n': typeof types.CreateUsageExportDocument;
  '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    createdAt\n    updatedAt\n  }\n': typeof types.WebhookEndpointFieldsFragmentDoc;
  '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    endpointId\n    eventId\n    eventType\n    status\n    attemptCount\n    nextAttemptAt\n    completedAt\n    createdAt\n    attempts {\n      attempt\n      succeeded\n      responseStatus\n      durationMs\n      error\n      attemptedAt\n    }\n  }\n': typeof types.WebhookDeliveryFieldsFragmentDoc;
  '\n  query WebhookEndpoints($first: Int!, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WebhookEndpointsDocument;
  '\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n': typeof types.WebhookEndpointDocument;
  '\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WebhookDeliveriesDocument;
  '\n  query LastWebhookDelivery($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 1) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          createdAt\n          completedAt\n        }\n      }\n    }\n  }\n': typeof types.LastWebhookDeliveryDocument;
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n': typeof types.CreateWebhookEndpointDocument;
  '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n': typeof types.UpdateWebhookEndpointDocument;
  '\n  mutation DeleteWebhookEndpoint($endpointId: ID!) {\n    deleteWebhookEndpoint(input: { endpointId: $endpointId }) {\n      deletedEndpointId\n    }\n  }\n': typeof types.DeleteWebhookEndpointDocument;
  '\n  mutation RotateWebhookSecret($endpointId: ID!) {\n    rotateWebhookSecret(input: { endpointId: $endpointId }) {\n      secret\n      endpoint {\n        id\n        updatedAt\n      }\n    }\n  }\n': typeof types.RotateWebhookSecretDocument;
  '\n  mutation SendWebhookTestEvent($endpointId: ID!) {\n    sendWebhookTestEvent(input: { endpointId: $endpointId }) {\n      delivery {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n': typeof types.SendWebhookTestEventDocument;
  '\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      delivery {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n': typeof types.RedeliverWebhookDeliveryDocument;
  '\n  query Environments($workspaceId: ID!, $first: Int!, $after: String, $withCredentials: Boolean!) {\n    environments(workspaceId: $workspaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          workspaceId\n          name\n          slug\n          tier\n          deploymentHost\n          executionSettings\n          updatedAt\n          credentials @include(if: $withCredentials) {\n            configured\n            updatedAt\n            fingerprint\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.EnvironmentsDocument;
  '\n  mutation CreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      environment {\n        id\n        name\n        slug\n      }\n    }\n  }\n': typeof types.CreateEnvironmentDocument;
  '\n  mutation UpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      environment {\n        id\n        name\n        tier\n        deploymentHost\n        executionSettings\n        updatedAt\n      }\n    }\n  }\n': typeof types.UpdateEnvironmentDocument;
  '\n  mutation DeleteEnvironment($environmentId: ID!) {\n    deleteEnvironment(input: { environmentId: $environmentId }) {\n      environment {\n        id\n      }\n    }\n  }\n': typeof types.DeleteEnvironmentDocument;
  '\n  mutation SetEnvironmentCredentials($environmentId: ID!, $credentials: String!, $withCredentials: Boolean!) {\n    setEnvironmentCredentials(input: { environmentId: $environmentId, credentials: $credentials }) {\n      environment {\n        id\n        credentials @include(if: $withCredentials) {\n          configured\n          updatedAt\n          fingerprint\n        }\n      }\n    }\n  }\n': typeof types.SetEnvironmentCredentialsDocument;
  '\n  mutation ClearEnvironmentCredentials($environmentId: ID!, $withCredentials: Boolean!) {\n    clearEnvironmentCredentials(input: { environmentId: $environmentId }) {\n      environment {\n        id\n        credentials @include(if: $withCredentials) {\n          configured\n          updatedAt\n          fingerprint\n        }\n      }\n    }\n  }\n': typeof types.ClearEnvironmentCredentialsDocument;
  '\n  query WorkspaceMembers($workspaceId: ID!, $first: Int!, $after: String) {\n    members(\n      first: $first\n      after: $after\n      filter: { workspaceId: $workspaceId }\n      orderBy: { field: DISPLAY_NAME, direction: ASC }\n    ) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WorkspaceMembersDocument;
  '\n  query WorkspaceMemberCandidates($search: String!, $first: Int!) {\n    members(\n      first: $first\n      filter: { search: $search, status: ACTIVE }\n      orderBy: { field: DISPLAY_NAME, direction: ASC }\n    ) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WorkspaceMemberCandidatesDocument;
  '\n  mutation SetWorkspaceRestricted($workspaceId: ID!, $restricted: Boolean!) {\n    setWorkspaceRestricted(input: { workspaceId: $workspaceId, restricted: $restricted }) {\n      workspace {\n        id\n        restricted\n        updatedAt\n      }\n    }\n  }\n': typeof types.SetWorkspaceRestrictedDocument;
  '\n  mutation AddWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {\n    addWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {\n      workspace {\n        id\n        restricted\n      }\n    }\n  }\n': typeof types.AddWorkspaceMemberDocument;
  '\n  mutation RemoveWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {\n    removeWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {\n      workspace {\n        id\n        restricted\n      }\n    }\n  }\n': typeof types.RemoveWorkspaceMemberDocument;
  '\n  query Workspaces($first: Int!, $after: String) {\n    workspaces(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          restricted\n          environmentCount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WorkspacesDocument;
  '\n  query Workspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      slug\n      description\n      restricted\n      environmentCount\n      createdAt\n      updatedAt\n    }\n  }\n': typeof types.WorkspaceDocument;
  '\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      workspace {\n        id\n        name\n        slug\n      }\n    }\n  }\n': typeof types.CreateWorkspaceDocument;
  '\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      workspace {\n        id\n        name\n        slug\n        description\n        updatedAt\n      }\n    }\n  }\n': typeof types.UpdateWorkspaceDocument;
  '\n  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {\n    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {\n      workspace {\n        id\n        name\n        environmentCount\n      }\n    }\n  }\n': typeof types.DeleteWorkspaceDocument;
};
const documents: Documents = {
  '\n  query DeletionImpact {\n    viewer {\n      deletionImpact {\n        ownedOrganizations {\n          id\n          name\n          memberCount\n        }\n        leftOrganizationCount\n      }\n    }\n  }\n':
    types.DeletionImpactDocument,
  '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password }) {\n      deletedOrganizationCount\n      leftOrganizationCount\n    }\n  }\n':
    types.DeleteAccountDocument,
  '\n  mutation UpdateProfile($displayName: String!) {\n    updateProfile(input: { displayName: $displayName }) {\n      user {\n        id\n        displayName\n      }\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(input: { currentPassword: $currentPassword, newPassword: $newPassword }) {\n      user {\n        id\n      }\n    }\n  }\n':
    types.ChangePasswordDocument,
  '\n  query AccountSessions {\n    viewer {\n      sessions(first: 100) {\n        edges {\n          node {\n            id\n            current\n            createdAt\n            lastUsedAt\n            ip\n            userAgent\n          }\n        }\n      }\n    }\n  }\n':
    types.AccountSessionsDocument,
  '\n  mutation RevokeSession($sessionId: ID!) {\n    revokeSession(input: { sessionId: $sessionId }) {\n      revokedSessionId\n    }\n  }\n':
    types.RevokeSessionDocument,
  '\n  mutation BeginTotpEnrollment($password: String!) {\n    beginTotpEnrollment(input: { password: $password }) {\n      secret\n      otpauthUri\n    }\n  }\n':
    types.BeginTotpEnrollmentDocument,
  '\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(input: { code: $code }) {\n      recoveryCodes\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n':
    types.ConfirmTotpEnrollmentDocument,
  '\n  mutation RegenerateRecoveryCodes($password: String!, $code: String!) {\n    regenerateRecoveryCodes(input: { password: $password, code: $code }) {\n      recoveryCodes\n    }\n  }\n':
    types.RegenerateRecoveryCodesDocument,
  '\n  mutation DisableTotp($password: String!, $code: String!) {\n    disableTotp(input: { password: $password, code: $code }) {\n      user {\n        id\n        mfaEnabled\n      }\n    }\n  }\n':
    types.DisableTotpDocument,
  '\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          prefix\n          scopes\n          scopesInForce\n          createdByName\n          createdAt\n          lastUsedAt\n          expiresAt\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ApiKeysDocument,
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(input: { apiKeyId: $apiKeyId }) {\n      apiKey {\n        id\n        status\n      }\n    }\n  }\n':
    types.RevokeApiKeyDocument,
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
  '\n  mutation SignUp($email: String!, $displayName: String!, $password: String!) {\n    signUp(input: { email: $email, displayName: $displayName, password: $password }) {\n      email\n      verificationSent\n    }\n  }\n':
    types.SignUpDocument,
  '\n  fragment PlanFields on Plan {\n    id\n    name\n    description\n    includedCredits\n    cycles {\n      cycle\n      months\n      basePrice {\n        amount\n        currency\n      }\n    }\n    entitlements {\n      maxActiveMembers\n      maxWorkspaces\n      maxApiKeys\n    }\n  }\n':
    types.PlanFieldsFragmentDoc,
  '\n  fragment SubscriptionFields on OrganizationSubscription {\n    productName\n    status\n    billingCycle\n    autoRenew\n    trialEndDate\n    currentPeriodStart\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    plan {\n      ...PlanFields\n    }\n    usage {\n      activeMembers\n      pendingInvitations\n      workspaces\n      apiKeys\n    }\n  }\n':
    types.SubscriptionFieldsFragmentDoc,
  '\n  query BillingSubscription {\n    billingSubscription {\n      ...SubscriptionFields\n    }\n  }\n':
    types.BillingSubscriptionDocument,
  '\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n': types.PlansDocument,
  '\n  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {\n    changeSubscriptionPlan(input: $input) {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n':
    types.ChangeSubscriptionPlanDocument,
  '\n  mutation CancelSubscription {\n    cancelSubscription {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n':
    types.CancelSubscriptionDocument,
  '\n  mutation ResumeSubscription {\n    resumeSubscription {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n':
    types.ResumeSubscriptionDocument,
  '\n  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {\n    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n':
    types.SetSubscriptionAutoRenewDocument,
  '\n  fragment BillingPeriodSettingsFields on BillingPeriodSettings {\n    anchorDay\n    fiscalCalendar\n    upcoming {\n      startsAt\n      endsAt\n    }\n  }\n':
    types.BillingPeriodSettingsFieldsFragmentDoc,
  '\n  query BillingPeriodSettings {\n    billingPeriodSettings {\n      ...BillingPeriodSettingsFields\n    }\n  }\n':
    types.BillingPeriodSettingsDocument,
  '\n  mutation UpdateBillingPeriodSettings($input: UpdateBillingPeriodSettingsInput!) {\n    updateBillingPeriodSettings(input: $input) {\n      settings {\n        ...BillingPeriodSettingsFields\n      }\n    }\n  }\n':
    types.UpdateBillingPeriodSettingsDocument,
  '\n  query BillingPeriods($first: Int!, $after: String) {\n    billingPeriods(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          number\n          startsAt\n          endsAt\n          kind\n          plan\n          billingCycle\n          closedAt\n          invoiceId\n          invoiceNumber\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.BillingPeriodsDocument,
  '\n  fragment InvoiceSummaryFields on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    plan\n    planName\n    billingCycle\n    trial\n    issuedAt\n    total {\n      amount\n      currency\n    }\n  }\n':
    types.InvoiceSummaryFieldsFragmentDoc,
  '\n  query Invoices($first: Int!, $after: String) {\n    invoices(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InvoiceSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.InvoicesDocument,
  '\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceSummaryFields\n      includedCredits\n      usedCredits\n      basePrice {\n        amount\n        currency\n      }\n      proratedBase {\n        amount\n        currency\n      }\n      usageAmount {\n        amount\n        currency\n      }\n      lines {\n        line\n        meter\n        quantity\n        credits\n        includedCredits\n        billableCredits\n        unitPrice {\n          amount\n          currency\n        }\n        amount {\n          amount\n          currency\n        }\n        lateQuantity\n        lateCredits\n      }\n    }\n  }\n':
    types.InvoiceDocument,
  '\n  mutation CreateInvoiceExport($input: CreateInvoiceExportInput!) {\n    createInvoiceExport(input: $input) {\n      url\n      filename\n    }\n  }\n':
    types.CreateInvoiceExportDocument,
  '\n  query AbilityCatalog {\n    abilityCatalog {\n      roles {\n        id\n        label\n        description\n      }\n      sections {\n        id\n        label\n        description\n        abilities {\n          id\n          label\n          description\n          destructive\n          humanOnly\n          roles\n        }\n      }\n    }\n  }\n':
    types.AbilityCatalogDocument,
  '\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      inviterName\n      role\n      expiresAt\n      status\n    }\n  }\n':
    types.InvitationPreviewDocument,
  '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(input: { token: $token }) {\n      organizationId\n      membershipId\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  query Invitations($first: Int!, $after: String, $filter: InvitationFilterInput) {\n    invitations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          email\n          role\n          status\n          creditLimit\n          invitedByName\n          createdAt\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.InvitationsDocument,
  '\n  mutation InviteMembers($invitations: [InviteMemberInput!]!) {\n    inviteMembers(input: { invitations: $invitations }) {\n      results {\n        email\n        invitation {\n          id\n          email\n          role\n          status\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n':
    types.InviteMembersDocument,
  '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n        status\n      }\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query MailboxStatus {\n    devMailbox(first: 1) {\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n':
    types.MailboxStatusDocument,
  '\n  query DevMailbox($first: Int!, $after: String) {\n    devMailbox(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          to\n          subject\n          template\n          text\n          html\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.DevMailboxDocument,
  '\n  fragment MemberSummary on Member {\n    id\n    role\n    status\n    user {\n      id\n      email\n      displayName\n    }\n  }\n':
    types.MemberSummaryFragmentDoc,
  '\n  query MemberUsageEvents($membershipId: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {\n    usageEvents(membershipId: $membershipId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          meter\n          quantity\n          model\n          credits @include(if: $withCosts)\n          source\n          occurredAt\n          idempotencyKey\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.MemberUsageEventsDocument,
  '\n  query Members(\n    $first: Int!\n    $after: String\n    $filter: MemberFilterInput\n    $orderBy: MemberOrderInput\n    $withCredits: Boolean!\n  ) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          role\n          status\n          joinedAt\n          creditLimit @include(if: $withCredits)\n          usedCredits @include(if: $withCredits)\n          user {\n            id\n            email\n            displayName\n            lastSignInAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.MembersDocument,
  '\n  mutation ArchiveMember($membershipId: ID!) {\n    archiveMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n':
    types.ArchiveMemberDocument,
  '\n  mutation ReactivateMember($membershipId: ID!) {\n    reactivateMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n':
    types.ReactivateMemberDocument,
  '\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {\n      member {\n        id\n        role\n      }\n    }\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation SetMemberCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {\n    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {\n      member {\n        id\n        creditLimit\n        usedCredits\n      }\n    }\n  }\n':
    types.SetMemberCreditLimitDocument,
  '\n  mutation SendMemberPasswordReset($membershipId: ID!) {\n    sendMemberPasswordReset(input: { membershipId: $membershipId }) {\n      member {\n        id\n      }\n    }\n  }\n':
    types.SendMemberPasswordResetDocument,
  '\n  query TransferCandidates {\n    members(first: 100, filter: { status: ACTIVE, role: ADMIN }, orderBy: { field: DISPLAY_NAME, direction: ASC }) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TransferCandidatesDocument,
  '\n  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {\n    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {\n      previousOwner {\n        id\n        role\n      }\n      newOwner {\n        id\n        role\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.TransferOwnershipDocument,
  '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        slug\n        status\n      }\n    }\n  }\n':
    types.CreateOrganizationDocument,
  '\n  mutation ArchiveOrganization($password: String!) {\n    archiveOrganization(input: { password: $password }) {\n      organizationId\n    }\n  }\n':
    types.ArchiveOrganizationDocument,
  '\n  mutation RestoreOrganization($organizationId: ID!) {\n    restoreOrganization(input: { organizationId: $organizationId }) {\n      organizationId\n    }\n  }\n':
    types.RestoreOrganizationDocument,
  '\n  query ArchivedOrganizations {\n    viewer {\n      archivedOrganizations {\n        id\n        name\n        slug\n        archivedAt\n        deletesAt\n      }\n    }\n  }\n':
    types.ArchivedOrganizationsDocument,
  '\n  fragment OrganizationSettingsFields on CurrentOrganization {\n    id\n    name\n    slug\n    status\n    general {\n      primaryDomain\n      industry\n      contactEmail\n      billingEmail\n      supportTier\n    }\n    branding {\n      primaryColor\n      secondaryColor\n      accentColor\n      fontFamily\n    }\n    security {\n      requireMfa\n      allowUserKeyOverride\n    }\n    banner {\n      message\n      variant\n      dismissible\n      updatedAt\n      dismissedByViewer\n    }\n    tracing {\n      mode\n      sampleRate\n      retentionDays\n    }\n  }\n':
    types.OrganizationSettingsFieldsFragmentDoc,
  '\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n':
    types.OrganizationSettingsDocument,
  '\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      organization {\n        ...OrganizationSettingsFields\n      }\n    }\n  }\n':
    types.UpdateOrganizationSettingsDocument,
  '\n  mutation RenameOrganization($input: RenameOrganizationInput!) {\n    renameOrganization(input: $input) {\n      organization {\n        ...OrganizationSettingsFields\n      }\n    }\n  }\n':
    types.RenameOrganizationDocument,
  '\n  query OrganizationShell {\n    organization {\n      id\n      name\n      status\n      branding {\n        primaryColor\n        secondaryColor\n        accentColor\n        fontFamily\n      }\n      banner {\n        message\n        variant\n        dismissible\n        updatedAt\n        dismissedByViewer\n      }\n    }\n  }\n':
    types.OrganizationShellDocument,
  '\n  mutation DismissBanner {\n    dismissBanner {\n      organization {\n        id\n        banner {\n          message\n          variant\n          dismissible\n          updatedAt\n          dismissedByViewer\n        }\n      }\n    }\n  }\n':
    types.DismissBannerDocument,
  '\n  query ViewerAbilities {\n    viewer {\n      role\n      abilities\n      currentOrganization {\n        id\n        name\n      }\n    }\n  }\n':
    types.ViewerAbilitiesDocument,
  '\n  query ViewerOrganizations {\n    viewer {\n      currentOrganization {\n        id\n        name\n      }\n      role\n      organizations(first: 100) {\n        edges {\n          node {\n            membershipId\n            role\n            isDefault\n            organization {\n              id\n              name\n              slug\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ViewerOrganizationsDocument,
  '\n  query UsageTotals($withCosts: Boolean!) {\n    usageTotals {\n      from\n      to\n      credits @include(if: $withCosts)\n      includedCredits @include(if: $withCosts)\n      meters {\n        meter\n        label\n        unit\n        quantity\n        events\n        credits @include(if: $withCosts)\n      }\n    }\n  }\n':
    types.UsageTotalsDocument,
  '\n  query UsageSeries($meter: String!, $bucket: UsageBucket!, $withCosts: Boolean!) {\n    usageSeries(meter: $meter, bucket: $bucket) {\n      start\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n  }\n':
    types.UsageSeriesDocument,
  '\n  query UsageBreakdown($meter: String, $first: Int!, $withCosts: Boolean!) {\n    members: usageBreakdown(by: MEMBER, meter: $meter, first: $first) {\n      id\n      name\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n    workspaces: usageBreakdown(by: WORKSPACE, meter: $meter, first: $first) {\n      id\n      name\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n  }\n':
    types.UsageBreakdownDocument,
  '\n  fragment AiSpendFields on UsageBreakdownRow {\n    id\n    name\n    quantity\n    events\n    credits\n  }\n':
    types.AiSpendFieldsFragmentDoc,
  '\n  query AiCosts($tokenMeter: String!, $toolMeter: String!, $first: Int!) {\n    usageTotals {\n      from\n      to\n      includedCredits\n      meters {\n        meter\n        label\n        unit\n        quantity\n        events\n        credits\n      }\n    }\n    tokenMembers: usageBreakdown(by: MEMBER, meter: $tokenMeter, first: $first) {\n      ...AiSpendFields\n    }\n    toolMembers: usageBreakdown(by: MEMBER, meter: $toolMeter, first: $first) {\n      ...AiSpendFields\n    }\n    tokenModels: usageBreakdown(by: MODEL, meter: $tokenMeter, first: $first) {\n      ...AiSpendFields\n    }\n    toolModels: usageBreakdown(by: MODEL, meter: $toolMeter, first: $first) {\n      ...AiSpendFields\n    }\n  }\n':
    types.AiCostsDocument,
  '\n  subscription UsageRecorded {\n    usageRecorded {\n      from\n    }\n  }\n': types.UsageRecordedDocument,
  '\n  fragment UsageAlertFields on UsageAlert {\n    id\n    meter\n    kind\n    threshold\n    notifyByEmail\n    notifyByWebhook\n    throttle\n    currentValue\n    thresholdValue\n    crossed\n    lastTriggeredAt\n    createdAt\n    updatedAt\n  }\n':
    types.UsageAlertFieldsFragmentDoc,
  '\n  query UsageAlerts {\n    usageAlerts {\n      ...UsageAlertFields\n    }\n    usageTotals {\n      from\n      to\n      credits\n      includedCredits\n      meters {\n        meter\n        quantity\n        credits\n      }\n    }\n  }\n':
    types.UsageAlertsDocument,
  '\n  query UsageAlertTriggers($first: Int!, $after: String) {\n    usageAlertTriggers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          alertId\n          meter\n          kind\n          periodStart\n          value\n          thresholdValue\n          triggeredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.UsageAlertTriggersDocument,
  '\n  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {\n    createUsageAlert(input: $input) {\n      alert {\n        ...UsageAlertFields\n      }\n    }\n  }\n':
    types.CreateUsageAlertDocument,
  '\n  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {\n    updateUsageAlert(input: $input) {\n      alert {\n        ...UsageAlertFields\n      }\n    }\n  }\n':
    types.UpdateUsageAlertDocument,
  '\n  mutation DeleteUsageAlert($alertId: ID!) {\n    deleteUsageAlert(input: { alertId: $alertId }) {\n      deletedAlertId\n    }\n  }\n':
    types.DeleteUsageAlertDocument,
  '\n  mutation CreateUsageExport($input: CreateUsageExportInput!) {\n    createUsageExport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n':
    types.CreateUsageExportDocument,
  '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    createdAt\n    updatedAt\n  }\n':
    types.WebhookEndpointFieldsFragmentDoc,
  '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    endpointId\n    eventId\n    eventType\n    status\n    attemptCount\n    nextAttemptAt\n    completedAt\n    createdAt\n    attempts {\n      attempt\n      succeeded\n      responseStatus\n      durationMs\n      error\n      attemptedAt\n    }\n  }\n':
    types.WebhookDeliveryFieldsFragmentDoc,
  '\n  query WebhookEndpoints($first: Int!, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WebhookEndpointsDocument,
  '\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n':
    types.WebhookEndpointDocument,
  '\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WebhookDeliveriesDocument,
  '\n  query LastWebhookDelivery($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 1) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          createdAt\n          completedAt\n        }\n      }\n    }\n  }\n':
    types.LastWebhookDeliveryDocument,
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n':
    types.CreateWebhookEndpointDocument,
  '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n':
    types.UpdateWebhookEndpointDocument,
  '\n  mutation DeleteWebhookEndpoint($endpointId: ID!) {\n    deleteWebhookEndpoint(input: { endpointId: $endpointId }) {\n      deletedEndpointId\n    }\n  }\n':
    types.DeleteWebhookEndpointDocument,
  '\n  mutation RotateWebhookSecret($endpointId: ID!) {\n    rotateWebhookSecret(input: { endpointId: $endpointId }) {\n      secret\n      endpoint {\n        id\n        updatedAt\n      }\n    }\n  }\n':
    types.RotateWebhookSecretDocument,
  '\n  mutation SendWebhookTestEvent($endpointId: ID!) {\n    sendWebhookTestEvent(input: { endpointId: $endpointId }) {\n      delivery {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n':
    types.SendWebhookTestEventDocument,
  '\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      delivery {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n':
    types.RedeliverWebhookDeliveryDocument,
  '\n  query Environments($workspaceId: ID!, $first: Int!, $after: String, $withCredentials: Boolean!) {\n    environments(workspaceId: $workspaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          workspaceId\n          name\n          slug\n          tier\n          deploymentHost\n          executionSettings\n          updatedAt\n          credentials @include(if: $withCredentials) {\n            configured\n            updatedAt\n            fingerprint\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.EnvironmentsDocument,
  '\n  mutation CreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      environment {\n        id\n        name\n        slug\n      }\n    }\n  }\n':
    types.CreateEnvironmentDocument,
  '\n  mutation UpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      environment {\n        id\n        name\n        tier\n        deploymentHost\n        executionSettings\n        updatedAt\n      }\n    }\n  }\n':
    types.UpdateEnvironmentDocument,
  '\n  mutation DeleteEnvironment($environmentId: ID!) {\n    deleteEnvironment(input: { environmentId: $environmentId }) {\n      environment {\n        id\n      }\n    }\n  }\n':
    types.DeleteEnvironmentDocument,
  '\n  mutation SetEnvironmentCredentials($environmentId: ID!, $credentials: String!, $withCredentials: Boolean!) {\n    setEnvironmentCredentials(input: { environmentId: $environmentId, credentials: $credentials }) {\n      environment {\n        id\n        credentials @include(if: $withCredentials) {\n          configured\n          updatedAt\n          fingerprint\n        }\n      }\n    }\n  }\n':
    types.SetEnvironmentCredentialsDocument,
  '\n  mutation ClearEnvironmentCredentials($environmentId: ID!, $withCredentials: Boolean!) {\n    clearEnvironmentCredentials(input: { environmentId: $environmentId }) {\n      environment {\n        id\n        credentials @include(if: $withCredentials) {\n          configured\n          updatedAt\n          fingerprint\n        }\n      }\n    }\n  }\n':
    types.ClearEnvironmentCredentialsDocument,
  '\n  query WorkspaceMembers($workspaceId: ID!, $first: Int!, $after: String) {\n    members(\n      first: $first\n      after: $after\n      filter: { workspaceId: $workspaceId }\n      orderBy: { field: DISPLAY_NAME, direction: ASC }\n    ) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WorkspaceMembersDocument,
  '\n  query WorkspaceMemberCandidates($search: String!, $first: Int!) {\n    members(\n      first: $first\n      filter: { search: $search, status: ACTIVE }\n      orderBy: { field: DISPLAY_NAME, direction: ASC }\n    ) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WorkspaceMemberCandidatesDocument,
  '\n  mutation SetWorkspaceRestricted($workspaceId: ID!, $restricted: Boolean!) {\n    setWorkspaceRestricted(input: { workspaceId: $workspaceId, restricted: $restricted }) {\n      workspace {\n        id\n        restricted\n        updatedAt\n      }\n    }\n  }\n':
    types.SetWorkspaceRestrictedDocument,
  '\n  mutation AddWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {\n    addWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {\n      workspace {\n        id\n        restricted\n      }\n    }\n  }\n':
    types.AddWorkspaceMemberDocument,
  '\n  mutation RemoveWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {\n    removeWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {\n      workspace {\n        id\n        restricted\n      }\n    }\n  }\n':
    types.RemoveWorkspaceMemberDocument,
  '\n  query Workspaces($first: Int!, $after: String) {\n    workspaces(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          restricted\n          environmentCount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WorkspacesDocument,
  '\n  query Workspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      slug\n      description\n      restricted\n      environmentCount\n      createdAt\n      updatedAt\n    }\n  }\n':
    types.WorkspaceDocument,
  '\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      workspace {\n        id\n        name\n        slug\n      }\n    }\n  }\n':
    types.CreateWorkspaceDocument,
  '\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      workspace {\n        id\n        name\n        slug\n        description\n        updatedAt\n      }\n    }\n  }\n':
    types.UpdateWorkspaceDocument,
  '\n  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {\n    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {\n      workspace {\n        id\n        name\n        environmentCount\n      }\n    }\n  }\n':
    types.DeleteWorkspaceDocument,
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
  source: '\n  query DeletionImpact {\n    viewer {\n      deletionImpact {\n        ownedOrganizations {\n          id\n          name\n          memberCount\n        }\n        leftOrganizationCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DeletionImpact {\n    viewer {\n      deletionImpact {\n        ownedOrganizations {\n          id\n          name\n          memberCount\n        }\n        leftOrganizationCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password }) {\n      deletedOrganizationCount\n      leftOrganizationCount\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password }) {\n      deletedOrganizationCount\n      leftOrganizationCount\n    }\n  }\n'];
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
  source: '\n  mutation BeginTotpEnrollment($password: String!) {\n    beginTotpEnrollment(input: { password: $password }) {\n      secret\n      otpauthUri\n    }\n  }\n',
): (typeof documents)['\n  mutation BeginTotpEnrollment($password: String!) {\n    beginTotpEnrollment(input: { password: $password }) {\n      secret\n      otpauthUri\n    }\n  }\n'];
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
  source: '\n  mutation RegenerateRecoveryCodes($password: String!, $code: String!) {\n    regenerateRecoveryCodes(input: { password: $password, code: $code }) {\n      recoveryCodes\n    }\n  }\n',
): (typeof documents)['\n  mutation RegenerateRecoveryCodes($password: String!, $code: String!) {\n    regenerateRecoveryCodes(input: { password: $password, code: $code }) {\n      recoveryCodes\n    }\n  }\n'];
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
  source: '\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          prefix\n          scopes\n          scopesInForce\n          createdByName\n          createdAt\n          lastUsedAt\n          expiresAt\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          description\n          prefix\n          scopes\n          scopesInForce\n          createdByName\n          createdAt\n          lastUsedAt\n          expiresAt\n          status\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(input: { apiKeyId: $apiKeyId }) {\n      apiKey {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(input: { apiKeyId: $apiKeyId }) {\n      apiKey {\n        id\n        status\n      }\n    }\n  }\n'];
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
  source: '\n  mutation SignUp($email: String!, $displayName: String!, $password: String!) {\n    signUp(input: { email: $email, displayName: $displayName, password: $password }) {\n      email\n      verificationSent\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($email: String!, $displayName: String!, $password: String!) {\n    signUp(input: { email: $email, displayName: $displayName, password: $password }) {\n      email\n      verificationSent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanFields on Plan {\n    id\n    name\n    description\n    includedCredits\n    cycles {\n      cycle\n      months\n      basePrice {\n        amount\n        currency\n      }\n    }\n    entitlements {\n      maxActiveMembers\n      maxWorkspaces\n      maxApiKeys\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanFields on Plan {\n    id\n    name\n    description\n    includedCredits\n    cycles {\n      cycle\n      months\n      basePrice {\n        amount\n        currency\n      }\n    }\n    entitlements {\n      maxActiveMembers\n      maxWorkspaces\n      maxApiKeys\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SubscriptionFields on OrganizationSubscription {\n    productName\n    status\n    billingCycle\n    autoRenew\n    trialEndDate\n    currentPeriodStart\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    plan {\n      ...PlanFields\n    }\n    usage {\n      activeMembers\n      pendingInvitations\n      workspaces\n      apiKeys\n    }\n  }\n',
): (typeof documents)['\n  fragment SubscriptionFields on OrganizationSubscription {\n    productName\n    status\n    billingCycle\n    autoRenew\n    trialEndDate\n    currentPeriodStart\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    plan {\n      ...PlanFields\n    }\n    usage {\n      activeMembers\n      pendingInvitations\n      workspaces\n      apiKeys\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BillingSubscription {\n    billingSubscription {\n      ...SubscriptionFields\n    }\n  }\n',
): (typeof documents)['\n  query BillingSubscription {\n    billingSubscription {\n      ...SubscriptionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n',
): (typeof documents)['\n  query Plans {\n    plans {\n      ...PlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {\n    changeSubscriptionPlan(input: $input) {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {\n    changeSubscriptionPlan(input: $input) {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSubscription {\n    cancelSubscription {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelSubscription {\n    cancelSubscription {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResumeSubscription {\n    resumeSubscription {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResumeSubscription {\n    resumeSubscription {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {\n    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {\n    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {\n      subscription {\n        ...SubscriptionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BillingPeriodSettingsFields on BillingPeriodSettings {\n    anchorDay\n    fiscalCalendar\n    upcoming {\n      startsAt\n      endsAt\n    }\n  }\n',
): (typeof documents)['\n  fragment BillingPeriodSettingsFields on BillingPeriodSettings {\n    anchorDay\n    fiscalCalendar\n    upcoming {\n      startsAt\n      endsAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BillingPeriodSettings {\n    billingPeriodSettings {\n      ...BillingPeriodSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  query BillingPeriodSettings {\n    billingPeriodSettings {\n      ...BillingPeriodSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateBillingPeriodSettings($input: UpdateBillingPeriodSettingsInput!) {\n    updateBillingPeriodSettings(input: $input) {\n      settings {\n        ...BillingPeriodSettingsFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateBillingPeriodSettings($input: UpdateBillingPeriodSettingsInput!) {\n    updateBillingPeriodSettings(input: $input) {\n      settings {\n        ...BillingPeriodSettingsFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BillingPeriods($first: Int!, $after: String) {\n    billingPeriods(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          number\n          startsAt\n          endsAt\n          kind\n          plan\n          billingCycle\n          closedAt\n          invoiceId\n          invoiceNumber\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BillingPeriods($first: Int!, $after: String) {\n    billingPeriods(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          number\n          startsAt\n          endsAt\n          kind\n          plan\n          billingCycle\n          closedAt\n          invoiceId\n          invoiceNumber\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InvoiceSummaryFields on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    plan\n    planName\n    billingCycle\n    trial\n    issuedAt\n    total {\n      amount\n      currency\n    }\n  }\n',
): (typeof documents)['\n  fragment InvoiceSummaryFields on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    plan\n    planName\n    billingCycle\n    trial\n    issuedAt\n    total {\n      amount\n      currency\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invoices($first: Int!, $after: String) {\n    invoices(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InvoiceSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Invoices($first: Int!, $after: String) {\n    invoices(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InvoiceSummaryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceSummaryFields\n      includedCredits\n      usedCredits\n      basePrice {\n        amount\n        currency\n      }\n      proratedBase {\n        amount\n        currency\n      }\n      usageAmount {\n        amount\n        currency\n      }\n      lines {\n        line\n        meter\n        quantity\n        credits\n        includedCredits\n        billableCredits\n        unitPrice {\n          amount\n          currency\n        }\n        amount {\n          amount\n          currency\n        }\n        lateQuantity\n        lateCredits\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceSummaryFields\n      includedCredits\n      usedCredits\n      basePrice {\n        amount\n        currency\n      }\n      proratedBase {\n        amount\n        currency\n      }\n      usageAmount {\n        amount\n        currency\n      }\n      lines {\n        line\n        meter\n        quantity\n        credits\n        includedCredits\n        billableCredits\n        unitPrice {\n          amount\n          currency\n        }\n        amount {\n          amount\n          currency\n        }\n        lateQuantity\n        lateCredits\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateInvoiceExport($input: CreateInvoiceExportInput!) {\n    createInvoiceExport(input: $input) {\n      url\n      filename\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateInvoiceExport($input: CreateInvoiceExportInput!) {\n    createInvoiceExport(input: $input) {\n      url\n      filename\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AbilityCatalog {\n    abilityCatalog {\n      roles {\n        id\n        label\n        description\n      }\n      sections {\n        id\n        label\n        description\n        abilities {\n          id\n          label\n          description\n          destructive\n          humanOnly\n          roles\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AbilityCatalog {\n    abilityCatalog {\n      roles {\n        id\n        label\n        description\n      }\n      sections {\n        id\n        label\n        description\n        abilities {\n          id\n          label\n          description\n          destructive\n          humanOnly\n          roles\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      inviterName\n      role\n      expiresAt\n      status\n    }\n  }\n',
): (typeof documents)['\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      organizationName\n      inviterName\n      role\n      expiresAt\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(input: { token: $token }) {\n      organizationId\n      membershipId\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(input: { token: $token }) {\n      organizationId\n      membershipId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitations($first: Int!, $after: String, $filter: InvitationFilterInput) {\n    invitations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          email\n          role\n          status\n          creditLimit\n          invitedByName\n          createdAt\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Invitations($first: Int!, $after: String, $filter: InvitationFilterInput) {\n    invitations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          email\n          role\n          status\n          creditLimit\n          invitedByName\n          createdAt\n          expiresAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMembers($invitations: [InviteMemberInput!]!) {\n    inviteMembers(input: { invitations: $invitations }) {\n      results {\n        email\n        invitation {\n          id\n          email\n          role\n          status\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMembers($invitations: [InviteMemberInput!]!) {\n    inviteMembers(input: { invitations: $invitations }) {\n      results {\n        email\n        invitation {\n          id\n          email\n          role\n          status\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n        email\n        status\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n        status\n      }\n    }\n  }\n'];
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
  source: '\n  fragment MemberSummary on Member {\n    id\n    role\n    status\n    user {\n      id\n      email\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  fragment MemberSummary on Member {\n    id\n    role\n    status\n    user {\n      id\n      email\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberUsageEvents($membershipId: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {\n    usageEvents(membershipId: $membershipId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          meter\n          quantity\n          model\n          credits @include(if: $withCosts)\n          source\n          occurredAt\n          idempotencyKey\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemberUsageEvents($membershipId: ID!, $first: Int!, $after: String, $withCosts: Boolean!) {\n    usageEvents(membershipId: $membershipId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          meter\n          quantity\n          model\n          credits @include(if: $withCosts)\n          source\n          occurredAt\n          idempotencyKey\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Members(\n    $first: Int!\n    $after: String\n    $filter: MemberFilterInput\n    $orderBy: MemberOrderInput\n    $withCredits: Boolean!\n  ) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          role\n          status\n          joinedAt\n          creditLimit @include(if: $withCredits)\n          usedCredits @include(if: $withCredits)\n          user {\n            id\n            email\n            displayName\n            lastSignInAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Members(\n    $first: Int!\n    $after: String\n    $filter: MemberFilterInput\n    $orderBy: MemberOrderInput\n    $withCredits: Boolean!\n  ) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id\n          role\n          status\n          joinedAt\n          creditLimit @include(if: $withCredits)\n          usedCredits @include(if: $withCredits)\n          user {\n            id\n            email\n            displayName\n            lastSignInAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveMember($membershipId: ID!) {\n    archiveMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveMember($membershipId: ID!) {\n    archiveMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivateMember($membershipId: ID!) {\n    reactivateMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivateMember($membershipId: ID!) {\n    reactivateMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {\n      member {\n        id\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {\n      member {\n        id\n        role\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMemberCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {\n    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {\n      member {\n        id\n        creditLimit\n        usedCredits\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMemberCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {\n    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {\n      member {\n        id\n        creditLimit\n        usedCredits\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendMemberPasswordReset($membershipId: ID!) {\n    sendMemberPasswordReset(input: { membershipId: $membershipId }) {\n      member {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SendMemberPasswordReset($membershipId: ID!) {\n    sendMemberPasswordReset(input: { membershipId: $membershipId }) {\n      member {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TransferCandidates {\n    members(first: 100, filter: { status: ACTIVE, role: ADMIN }, orderBy: { field: DISPLAY_NAME, direction: ASC }) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TransferCandidates {\n    members(first: 100, filter: { status: ACTIVE, role: ADMIN }, orderBy: { field: DISPLAY_NAME, direction: ASC }) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {\n    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {\n      previousOwner {\n        id\n        role\n      }\n      newOwner {\n        id\n        role\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {\n    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {\n      previousOwner {\n        id\n        role\n      }\n      newOwner {\n        id\n        role\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        slug\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        slug\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveOrganization($password: String!) {\n    archiveOrganization(input: { password: $password }) {\n      organizationId\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveOrganization($password: String!) {\n    archiveOrganization(input: { password: $password }) {\n      organizationId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreOrganization($organizationId: ID!) {\n    restoreOrganization(input: { organizationId: $organizationId }) {\n      organizationId\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreOrganization($organizationId: ID!) {\n    restoreOrganization(input: { organizationId: $organizationId }) {\n      organizationId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ArchivedOrganizations {\n    viewer {\n      archivedOrganizations {\n        id\n        name\n        slug\n        archivedAt\n        deletesAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ArchivedOrganizations {\n    viewer {\n      archivedOrganizations {\n        id\n        name\n        slug\n        archivedAt\n        deletesAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrganizationSettingsFields on CurrentOrganization {\n    id\n    name\n    slug\n    status\n    general {\n      primaryDomain\n      industry\n      contactEmail\n      billingEmail\n      supportTier\n    }\n    branding {\n      primaryColor\n      secondaryColor\n      accentColor\n      fontFamily\n    }\n    security {\n      requireMfa\n      allowUserKeyOverride\n    }\n    banner {\n      message\n      variant\n      dismissible\n      updatedAt\n      dismissedByViewer\n    }\n    tracing {\n      mode\n      sampleRate\n      retentionDays\n    }\n  }\n',
): (typeof documents)['\n  fragment OrganizationSettingsFields on CurrentOrganization {\n    id\n    name\n    slug\n    status\n    general {\n      primaryDomain\n      industry\n      contactEmail\n      billingEmail\n      supportTier\n    }\n    branding {\n      primaryColor\n      secondaryColor\n      accentColor\n      fontFamily\n    }\n    security {\n      requireMfa\n      allowUserKeyOverride\n    }\n    banner {\n      message\n      variant\n      dismissible\n      updatedAt\n      dismissedByViewer\n    }\n    tracing {\n      mode\n      sampleRate\n      retentionDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationSettings {\n    organization {\n      ...OrganizationSettingsFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      organization {\n        ...OrganizationSettingsFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      organization {\n        ...OrganizationSettingsFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RenameOrganization($input: RenameOrganizationInput!) {\n    renameOrganization(input: $input) {\n      organization {\n        ...OrganizationSettingsFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RenameOrganization($input: RenameOrganizationInput!) {\n    renameOrganization(input: $input) {\n      organization {\n        ...OrganizationSettingsFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganizationShell {\n    organization {\n      id\n      name\n      status\n      branding {\n        primaryColor\n        secondaryColor\n        accentColor\n        fontFamily\n      }\n      banner {\n        message\n        variant\n        dismissible\n        updatedAt\n        dismissedByViewer\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganizationShell {\n    organization {\n      id\n      name\n      status\n      branding {\n        primaryColor\n        secondaryColor\n        accentColor\n        fontFamily\n      }\n      banner {\n        message\n        variant\n        dismissible\n        updatedAt\n        dismissedByViewer\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DismissBanner {\n    dismissBanner {\n      organization {\n        id\n        banner {\n          message\n          variant\n          dismissible\n          updatedAt\n          dismissedByViewer\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DismissBanner {\n    dismissBanner {\n      organization {\n        id\n        banner {\n          message\n          variant\n          dismissible\n          updatedAt\n          dismissedByViewer\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerAbilities {\n    viewer {\n      role\n      abilities\n      currentOrganization {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ViewerAbilities {\n    viewer {\n      role\n      abilities\n      currentOrganization {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerOrganizations {\n    viewer {\n      currentOrganization {\n        id\n        name\n      }\n      role\n      organizations(first: 100) {\n        edges {\n          node {\n            membershipId\n            role\n            isDefault\n            organization {\n              id\n              name\n              slug\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ViewerOrganizations {\n    viewer {\n      currentOrganization {\n        id\n        name\n      }\n      role\n      organizations(first: 100) {\n        edges {\n          node {\n            membershipId\n            role\n            isDefault\n            organization {\n              id\n              name\n              slug\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageTotals($withCosts: Boolean!) {\n    usageTotals {\n      from\n      to\n      credits @include(if: $withCosts)\n      includedCredits @include(if: $withCosts)\n      meters {\n        meter\n        label\n        unit\n        quantity\n        events\n        credits @include(if: $withCosts)\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageTotals($withCosts: Boolean!) {\n    usageTotals {\n      from\n      to\n      credits @include(if: $withCosts)\n      includedCredits @include(if: $withCosts)\n      meters {\n        meter\n        label\n        unit\n        quantity\n        events\n        credits @include(if: $withCosts)\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageSeries($meter: String!, $bucket: UsageBucket!, $withCosts: Boolean!) {\n    usageSeries(meter: $meter, bucket: $bucket) {\n      start\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n  }\n',
): (typeof documents)['\n  query UsageSeries($meter: String!, $bucket: UsageBucket!, $withCosts: Boolean!) {\n    usageSeries(meter: $meter, bucket: $bucket) {\n      start\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageBreakdown($meter: String, $first: Int!, $withCosts: Boolean!) {\n    members: usageBreakdown(by: MEMBER, meter: $meter, first: $first) {\n      id\n      name\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n    workspaces: usageBreakdown(by: WORKSPACE, meter: $meter, first: $first) {\n      id\n      name\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n  }\n',
): (typeof documents)['\n  query UsageBreakdown($meter: String, $first: Int!, $withCosts: Boolean!) {\n    members: usageBreakdown(by: MEMBER, meter: $meter, first: $first) {\n      id\n      name\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n    workspaces: usageBreakdown(by: WORKSPACE, meter: $meter, first: $first) {\n      id\n      name\n      quantity\n      events\n      credits @include(if: $withCosts)\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AiSpendFields on UsageBreakdownRow {\n    id\n    name\n    quantity\n    events\n    credits\n  }\n',
): (typeof documents)['\n  fragment AiSpendFields on UsageBreakdownRow {\n    id\n    name\n    quantity\n    events\n    credits\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AiCosts($tokenMeter: String!, $toolMeter: String!, $first: Int!) {\n    usageTotals {\n      from\n      to\n      includedCredits\n      meters {\n        meter\n        label\n        unit\n        quantity\n        events\n        credits\n      }\n    }\n    tokenMembers: usageBreakdown(by: MEMBER, meter: $tokenMeter, first: $first) {\n      ...AiSpendFields\n    }\n    toolMembers: usageBreakdown(by: MEMBER, meter: $toolMeter, first: $first) {\n      ...AiSpendFields\n    }\n    tokenModels: usageBreakdown(by: MODEL, meter: $tokenMeter, first: $first) {\n      ...AiSpendFields\n    }\n    toolModels: usageBreakdown(by: MODEL, meter: $toolMeter, first: $first) {\n      ...AiSpendFields\n    }\n  }\n',
): (typeof documents)['\n  query AiCosts($tokenMeter: String!, $toolMeter: String!, $first: Int!) {\n    usageTotals {\n      from\n      to\n      includedCredits\n      meters {\n        meter\n        label\n        unit\n        quantity\n        events\n        credits\n      }\n    }\n    tokenMembers: usageBreakdown(by: MEMBER, meter: $tokenMeter, first: $first) {\n      ...AiSpendFields\n    }\n    toolMembers: usageBreakdown(by: MEMBER, meter: $toolMeter, first: $first) {\n      ...AiSpendFields\n    }\n    tokenModels: usageBreakdown(by: MODEL, meter: $tokenMeter, first: $first) {\n      ...AiSpendFields\n    }\n    toolModels: usageBreakdown(by: MODEL, meter: $toolMeter, first: $first) {\n      ...AiSpendFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription UsageRecorded {\n    usageRecorded {\n      from\n    }\n  }\n',
): (typeof documents)['\n  subscription UsageRecorded {\n    usageRecorded {\n      from\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UsageAlertFields on UsageAlert {\n    id\n    meter\n    kind\n    threshold\n    notifyByEmail\n    notifyByWebhook\n    throttle\n    currentValue\n    thresholdValue\n    crossed\n    lastTriggeredAt\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment UsageAlertFields on UsageAlert {\n    id\n    meter\n    kind\n    threshold\n    notifyByEmail\n    notifyByWebhook\n    throttle\n    currentValue\n    thresholdValue\n    crossed\n    lastTriggeredAt\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageAlerts {\n    usageAlerts {\n      ...UsageAlertFields\n    }\n    usageTotals {\n      from\n      to\n      credits\n      includedCredits\n      meters {\n        meter\n        quantity\n        credits\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageAlerts {\n    usageAlerts {\n      ...UsageAlertFields\n    }\n    usageTotals {\n      from\n      to\n      credits\n      includedCredits\n      meters {\n        meter\n        quantity\n        credits\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageAlertTriggers($first: Int!, $after: String) {\n    usageAlertTriggers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          alertId\n          meter\n          kind\n          periodStart\n          value\n          thresholdValue\n          triggeredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageAlertTriggers($first: Int!, $after: String) {\n    usageAlertTriggers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          alertId\n          meter\n          kind\n          periodStart\n          value\n          thresholdValue\n          triggeredAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {\n    createUsageAlert(input: $input) {\n      alert {\n        ...UsageAlertFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {\n    createUsageAlert(input: $input) {\n      alert {\n        ...UsageAlertFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {\n    updateUsageAlert(input: $input) {\n      alert {\n        ...UsageAlertFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {\n    updateUsageAlert(input: $input) {\n      alert {\n        ...UsageAlertFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteUsageAlert($alertId: ID!) {\n    deleteUsageAlert(input: { alertId: $alertId }) {\n      deletedAlertId\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteUsageAlert($alertId: ID!) {\n    deleteUsageAlert(input: { alertId: $alertId }) {\n      deletedAlertId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUsageExport($input: CreateUsageExportInput!) {\n    createUsageExport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUsageExport($input: CreateUsageExportInput!) {\n    createUsageExport(input: $input) {\n      url\n      filename\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment WebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    disabledAt\n    consecutiveFailures\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    endpointId\n    eventId\n    eventType\n    status\n    attemptCount\n    nextAttemptAt\n    completedAt\n    createdAt\n    attempts {\n      attempt\n      succeeded\n      responseStatus\n      durationMs\n      error\n      attemptedAt\n    }\n  }\n',
): (typeof documents)['\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    endpointId\n    eventId\n    eventType\n    status\n    attemptCount\n    nextAttemptAt\n    completedAt\n    createdAt\n    attempts {\n      attempt\n      succeeded\n      responseStatus\n      durationMs\n      error\n      attemptedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookEndpoints($first: Int!, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookEndpoints($first: Int!, $after: String) {\n    webhookEndpoints(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookEndpointFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n',
): (typeof documents)['\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...WebhookEndpointFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: String) {\n    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LastWebhookDelivery($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 1) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          createdAt\n          completedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LastWebhookDelivery($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 1) {\n      edges {\n        node {\n          id\n          eventType\n          status\n          createdAt\n          completedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        ...WebhookEndpointFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWebhookEndpoint($endpointId: ID!) {\n    deleteWebhookEndpoint(input: { endpointId: $endpointId }) {\n      deletedEndpointId\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteWebhookEndpoint($endpointId: ID!) {\n    deleteWebhookEndpoint(input: { endpointId: $endpointId }) {\n      deletedEndpointId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateWebhookSecret($endpointId: ID!) {\n    rotateWebhookSecret(input: { endpointId: $endpointId }) {\n      secret\n      endpoint {\n        id\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateWebhookSecret($endpointId: ID!) {\n    rotateWebhookSecret(input: { endpointId: $endpointId }) {\n      secret\n      endpoint {\n        id\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendWebhookTestEvent($endpointId: ID!) {\n    sendWebhookTestEvent(input: { endpointId: $endpointId }) {\n      delivery {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SendWebhookTestEvent($endpointId: ID!) {\n    sendWebhookTestEvent(input: { endpointId: $endpointId }) {\n      delivery {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      delivery {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      delivery {\n        ...WebhookDeliveryFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Environments($workspaceId: ID!, $first: Int!, $after: String, $withCredentials: Boolean!) {\n    environments(workspaceId: $workspaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          workspaceId\n          name\n          slug\n          tier\n          deploymentHost\n          executionSettings\n          updatedAt\n          credentials @include(if: $withCredentials) {\n            configured\n            updatedAt\n            fingerprint\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Environments($workspaceId: ID!, $first: Int!, $after: String, $withCredentials: Boolean!) {\n    environments(workspaceId: $workspaceId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          workspaceId\n          name\n          slug\n          tier\n          deploymentHost\n          executionSettings\n          updatedAt\n          credentials @include(if: $withCredentials) {\n            configured\n            updatedAt\n            fingerprint\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      environment {\n        id\n        name\n        slug\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateEnvironment($input: CreateEnvironmentInput!) {\n    createEnvironment(input: $input) {\n      environment {\n        id\n        name\n        slug\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      environment {\n        id\n        name\n        tier\n        deploymentHost\n        executionSettings\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateEnvironment($input: UpdateEnvironmentInput!) {\n    updateEnvironment(input: $input) {\n      environment {\n        id\n        name\n        tier\n        deploymentHost\n        executionSettings\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteEnvironment($environmentId: ID!) {\n    deleteEnvironment(input: { environmentId: $environmentId }) {\n      environment {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteEnvironment($environmentId: ID!) {\n    deleteEnvironment(input: { environmentId: $environmentId }) {\n      environment {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetEnvironmentCredentials($environmentId: ID!, $credentials: String!, $withCredentials: Boolean!) {\n    setEnvironmentCredentials(input: { environmentId: $environmentId, credentials: $credentials }) {\n      environment {\n        id\n        credentials @include(if: $withCredentials) {\n          configured\n          updatedAt\n          fingerprint\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetEnvironmentCredentials($environmentId: ID!, $credentials: String!, $withCredentials: Boolean!) {\n    setEnvironmentCredentials(input: { environmentId: $environmentId, credentials: $credentials }) {\n      environment {\n        id\n        credentials @include(if: $withCredentials) {\n          configured\n          updatedAt\n          fingerprint\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClearEnvironmentCredentials($environmentId: ID!, $withCredentials: Boolean!) {\n    clearEnvironmentCredentials(input: { environmentId: $environmentId }) {\n      environment {\n        id\n        credentials @include(if: $withCredentials) {\n          configured\n          updatedAt\n          fingerprint\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ClearEnvironmentCredentials($environmentId: ID!, $withCredentials: Boolean!) {\n    clearEnvironmentCredentials(input: { environmentId: $environmentId }) {\n      environment {\n        id\n        credentials @include(if: $withCredentials) {\n          configured\n          updatedAt\n          fingerprint\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkspaceMembers($workspaceId: ID!, $first: Int!, $after: String) {\n    members(\n      first: $first\n      after: $after\n      filter: { workspaceId: $workspaceId }\n      orderBy: { field: DISPLAY_NAME, direction: ASC }\n    ) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkspaceMembers($workspaceId: ID!, $first: Int!, $after: String) {\n    members(\n      first: $first\n      after: $after\n      filter: { workspaceId: $workspaceId }\n      orderBy: { field: DISPLAY_NAME, direction: ASC }\n    ) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkspaceMemberCandidates($search: String!, $first: Int!) {\n    members(\n      first: $first\n      filter: { search: $search, status: ACTIVE }\n      orderBy: { field: DISPLAY_NAME, direction: ASC }\n    ) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkspaceMemberCandidates($search: String!, $first: Int!) {\n    members(\n      first: $first\n      filter: { search: $search, status: ACTIVE }\n      orderBy: { field: DISPLAY_NAME, direction: ASC }\n    ) {\n      edges {\n        cursor\n        node {\n          ...MemberSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetWorkspaceRestricted($workspaceId: ID!, $restricted: Boolean!) {\n    setWorkspaceRestricted(input: { workspaceId: $workspaceId, restricted: $restricted }) {\n      workspace {\n        id\n        restricted\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetWorkspaceRestricted($workspaceId: ID!, $restricted: Boolean!) {\n    setWorkspaceRestricted(input: { workspaceId: $workspaceId, restricted: $restricted }) {\n      workspace {\n        id\n        restricted\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {\n    addWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {\n      workspace {\n        id\n        restricted\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {\n    addWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {\n      workspace {\n        id\n        restricted\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {\n    removeWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {\n      workspace {\n        id\n        restricted\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RemoveWorkspaceMember($workspaceId: ID!, $membershipId: ID!) {\n    removeWorkspaceMember(input: { workspaceId: $workspaceId, membershipId: $membershipId }) {\n      workspace {\n        id\n        restricted\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Workspaces($first: Int!, $after: String) {\n    workspaces(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          restricted\n          environmentCount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Workspaces($first: Int!, $after: String) {\n    workspaces(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          description\n          restricted\n          environmentCount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Workspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      slug\n      description\n      restricted\n      environmentCount\n      createdAt\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  query Workspace($id: ID!) {\n    workspace(id: $id) {\n      id\n      name\n      slug\n      description\n      restricted\n      environmentCount\n      createdAt\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      workspace {\n        id\n        name\n        slug\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      workspace {\n        id\n        name\n        slug\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      workspace {\n        id\n        name\n        slug\n        description\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      workspace {\n        id\n        name\n        slug\n        description\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {\n    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {\n      workspace {\n        id\n        name\n        environmentCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {\n    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {\n      workspace {\n        id\n        name\n        environmentCount\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
