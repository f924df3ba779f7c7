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
  '\n  query ApiKeyList {\n    apiKeys(first: 50) {\n      edges {\n        node {\n          id\n          name\n          lastUsedAt\n          scopesInForce\n        }\n      }\n    }\n  }\n': typeof types.ApiKeyListDocument;
  '\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(input: { apiKeyId: $apiKeyId }) {\n      apiKey {\n        status\n      }\n    }\n  }\n': typeof types.RevokeApiKeyDocument;
  '\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n        slug\n      }\n    }\n  }\n': typeof types.CreateWorkspaceDocument;
  '\n  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {\n    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {\n      workspace {\n        id\n      }\n    }\n  }\n': typeof types.DeleteWorkspaceDocument;
  '\n  query MemberCursor {\n    members(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n': typeof types.MemberCursorDocument;
  '\n  query WorkspaceCursor {\n    workspaces(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n': typeof types.WorkspaceCursorDocument;
  '\n  mutation SignOut {\n    signOut(input: {}) {\n      revokedSessionCount\n    }\n  }\n': typeof types.SignOutDocument;
  '\n  query ViewerUser {\n    viewer {\n      user {\n        id\n      }\n    }\n  }\n': typeof types.ViewerUserDocument;
  '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n      }\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n      }\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation ArchiveOrganization($password: String!) {\n    archiveOrganization(input: { password: $password }) {\n      organizationId\n    }\n  }\n': typeof types.ArchiveOrganizationDocument;
  '\n  query HumanOnlyCatalog {\n    abilityCatalog {\n      sections {\n        abilities {\n          id\n          humanOnly\n        }\n      }\n    }\n  }\n': typeof types.HumanOnlyCatalogDocument;
  '\n  query Plans {\n    plans {\n      id\n      name\n      cycles {\n        cycle\n        basePrice {\n          amount\n          currency\n        }\n        months\n      }\n      includedCredits\n      entitlements {\n        maxActiveMembers\n        maxWorkspaces\n        maxApiKeys\n      }\n      priceBook {\n        meter\n        credits\n        per\n      }\n    }\n  }\n': typeof types.PlansDocument;
  '\n  query BillingSubscription {\n    billingSubscription {\n      plan {\n        id\n      }\n      productName\n      status\n      billingCycle\n      autoRenew\n      trialEndDate\n      currentPeriodStart\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      usage {\n        activeMembers\n        pendingInvitations\n        workspaces\n        apiKeys\n      }\n    }\n  }\n': typeof types.BillingSubscriptionDocument;
  '\n  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {\n    changeSubscriptionPlan(input: $input) {\n      subscription {\n        plan {\n          id\n        }\n        status\n        billingCycle\n        currentPeriodStart\n        currentPeriodEnd\n        cancelAtPeriodEnd\n      }\n    }\n  }\n': typeof types.ChangeSubscriptionPlanDocument;
  '\n  mutation CancelSubscription {\n    cancelSubscription {\n      subscription {\n        status\n        cancelAtPeriodEnd\n      }\n    }\n  }\n': typeof types.CancelSubscriptionDocument;
  '\n  mutation ResumeSubscription {\n    resumeSubscription {\n      subscription {\n        status\n        cancelAtPeriodEnd\n      }\n    }\n  }\n': typeof types.ResumeSubscriptionDocument;
  '\n  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {\n    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {\n      subscription {\n        autoRenew\n      }\n    }\n  }\n': typeof types.SetSubscriptionAutoRenewDocument;
  '\n  mutation BillingCreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n      }\n    }\n  }\n': typeof types.BillingCreateWorkspaceDocument;
  '\n  mutation BillingCreateEnvironment($workspaceId: ID!) {\n    createEnvironment(\n      input: {\n        workspaceId: $workspaceId\n        name: "Prod"\n        tier: PROD\n        deploymentHost: AWS\n        executionSettings: { region: "us-east-1", cluster: "main" }\n      }\n    ) {\n      environment {\n        id\n      }\n    }\n  }\n': typeof types.BillingCreateEnvironmentDocument;
  '\n  fragment TestUsageAlertFields on UsageAlert {\n    id\n    meter\n    kind\n    threshold\n    notifyByEmail\n    notifyByWebhook\n    throttle\n    currentValue\n    thresholdValue\n    crossed\n    lastTriggeredAt\n  }\n': typeof types.TestUsageAlertFieldsFragmentDoc;
  '\n  query UsageAlerts {\n    usageAlerts {\n      ...TestUsageAlertFields\n    }\n  }\n': typeof types.UsageAlertsDocument;
  '\n  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {\n    createUsageAlert(input: $input) {\n      alert {\n        ...TestUsageAlertFields\n      }\n    }\n  }\n': typeof types.CreateUsageAlertDocument;
  '\n  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {\n    updateUsageAlert(input: $input) {\n      alert {\n        id\n        threshold\n        currentValue\n        thresholdValue\n        crossed\n      }\n    }\n  }\n': typeof types.UpdateUsageAlertDocument;
  '\n  mutation DeleteUsageAlert($alertId: ID!) {\n    deleteUsageAlert(input: { alertId: $alertId }) {\n      deletedAlertId\n    }\n  }\n': typeof types.DeleteUsageAlertDocument;
  '\n  query UsageAlertTriggers($alertId: ID) {\n    usageAlertTriggers(alertId: $alertId, first: 10) {\n      edges {\n        node {\n          alertId\n          value\n          thresholdValue\n          periodStart\n        }\n      }\n    }\n  }\n': typeof types.UsageAlertTriggersDocument;
  '\n  query UsageAlertTriggerKinds($alertId: ID) {\n    usageAlertTriggers(alertId: $alertId, first: 10) {\n      edges {\n        node {\n          kind\n          meter\n        }\n      }\n    }\n  }\n': typeof types.UsageAlertTriggerKindsDocument;
  '\n  subscription UsageRecorded {\n    usageRecorded {\n      meters {\n        meter\n        quantity\n      }\n    }\n  }\n': typeof types.UsageRecordedDocument;
  '\n  mutation RecordUsage($input: RecordUsageInput!) {\n    recordUsage(input: $input) {\n      recordedCount\n      duplicateCount\n      refusedCount\n      results {\n        index\n        idempotencyKey\n        duplicate\n        event {\n          id\n          meter\n          quantity\n          membershipId\n          workspaceId\n          source\n        }\n        error {\n          code\n          fields {\n            path\n            message\n          }\n        }\n      }\n    }\n  }\n': typeof types.RecordUsageDocument;
  '\n  query UsageEvents($membershipId: ID) {\n    usageEvents(first: 100, membershipId: $membershipId) {\n      edges {\n        node {\n          id\n          meter\n          quantity\n          membershipId\n        }\n      }\n    }\n  }\n': typeof types.UsageEventsDocument;
  '\n  query UsageEventCredits {\n    usageEvents(first: 100) {\n      edges {\n        node {\n          id\n          credits\n        }\n      }\n    }\n  }\n': typeof types.UsageEventCreditsDocument;
  '\n  query UsageTotals {\n    usageTotals {\n      meters {\n        meter\n        quantity\n        events\n      }\n    }\n  }\n': typeof types.UsageTotalsDocument;
  '\n  query UsageTotalCredits {\n    usageTotals {\n      credits\n      includedCredits\n      meters {\n        meter\n        credits\n      }\n    }\n  }\n': typeof types.UsageTotalCreditsDocument;
  '\n  query UsageSeries($meter: String!, $bucket: UsageBucket!, $from: DateTimeISO, $to: DateTimeISO, $membershipId: ID) {\n    usageSeries(meter: $meter, bucket: $bucket, from: $from, to: $to, membershipId: $membershipId) {\n      start\n      quantity\n      events\n    }\n  }\n': typeof types.UsageSeriesDocument;
  '\n  query UsageBreakdown($by: UsageDimension!, $meter: String) {\n    usageBreakdown(by: $by, meter: $meter) {\n      id\n      name\n      quantity\n    }\n  }\n': typeof types.UsageBreakdownDocument;
  '\n  query UsageModelCosts($meter: String) {\n    usageBreakdown(by: MODEL, meter: $meter) {\n      id\n      name\n      quantity\n      credits\n      events\n    }\n  }\n': typeof types.UsageModelCostsDocument;
  '\n  query UsageEventModels {\n    usageEvents(first: 100) {\n      edges {\n        node {\n          idempotencyKey\n          model\n        }\n      }\n    }\n  }\n': typeof types.UsageEventModelsDocument;
  '\n  mutation UsageCreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n      }\n    }\n  }\n': typeof types.UsageCreateWorkspaceDocument;
  '\n  mutation CreateUsageExport($input: CreateUsageExportInput!) {\n    createUsageExport(input: $input) {\n      url\n      expiresAt\n      filename\n    }\n  }\n': typeof types.CreateUsageExportDocument;
  '\n  mutation ExportRecordUsage($input: RecordUsageInput!) {\n    recordUsage(input: $input) {\n      recordedCount\n    }\n  }\n': typeof types.ExportRecordUsageDocument;
  '\n  query MemberList($first: Int!, $after: String, $filter: MemberFilterInput, $orderBy: MemberOrderInput) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          role\n          status\n          joinedAt\n          creditLimit\n          usedCredits\n          user {\n            id\n            email\n            displayName\n            lastSignInAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.MemberListDocument;
  '\n  query ViewerRole {\n    viewer {\n      role\n      abilities\n    }\n  }\n': typeof types.ViewerRoleDocument;
  '\n  query ViewerOrganizations {\n    viewer {\n      organizations(first: 10) {\n        edges {\n          node {\n            organization {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.ViewerOrganizationsDocument;
  '\n  mutation SetCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {\n    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {\n      member {\n        id\n        creditLimit\n      }\n    }\n  }\n': typeof types.SetCreditLimitDocument;
  '\n  mutation SendMemberPasswordReset($membershipId: ID!) {\n    sendMemberPasswordReset(input: { membershipId: $membershipId }) {\n      member {\n        id\n      }\n    }\n  }\n': typeof types.SendMemberPasswordResetDocument;
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query InvitationIds {\n    invitations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n': typeof types.InvitationIdsDocument;
  '\n  query AuditEvents {\n    auditEvents(first: 5) {\n      edges {\n        node {\n          action\n          actorLabel\n          targetId\n          before\n          after\n          ip\n          userAgent\n          requestId\n        }\n      }\n    }\n  }\n': typeof types.AuditEventsDocument;
  '\n  query DeletionImpact {\n    viewer {\n      deletionImpact {\n        ownedOrganizations {\n          id\n          name\n          memberCount\n        }\n        leftOrganizationCount\n      }\n    }\n  }\n': typeof types.DeletionImpactDocument;
  '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password }) {\n      deletedOrganizationCount\n      leftOrganizationCount\n    }\n  }\n': typeof types.DeleteAccountDocument;
  '\n  mutation Refresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      tokens {\n        accessToken\n        refreshToken\n        sessionId\n      }\n    }\n  }\n': typeof types.RefreshDocument;
  '\n  fragment TestWebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    consecutiveFailures\n  }\n': typeof types.TestWebhookEndpointFieldsFragmentDoc;
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...TestWebhookEndpointFields\n      }\n    }\n  }\n': typeof types.CreateWebhookEndpointDocument;
  '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        ...TestWebhookEndpointFields\n      }\n    }\n  }\n': typeof types.UpdateWebhookEndpointDocument;
  '\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...TestWebhookEndpointFields\n    }\n  }\n': typeof types.WebhookEndpointDocument;
  '\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n': typeof types.WebhookEndpointsDocument;
  '\n  mutation SendWebhookTestEvent($endpointId: ID!) {\n    sendWebhookTestEvent(input: { endpointId: $endpointId }) {\n      delivery {\n        id\n        eventId\n        eventType\n        status\n      }\n    }\n  }\n': typeof types.SendWebhookTestEventDocument;
  '\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      delivery {\n        id\n        eventId\n        status\n      }\n    }\n  }\n': typeof types.RedeliverWebhookDeliveryDocument;
  '\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      edges {\n        node {\n          id\n          eventId\n          eventType\n          eventData\n          status\n          attemptCount\n          attempts {\n            attempt\n            succeeded\n            responseStatus\n            durationMs\n            error\n            attemptedAt\n          }\n        }\n      }\n    }\n  }\n': typeof types.WebhookDeliveriesDocument;
  '\n  mutation RotateWebhookSecret($endpointId: ID!) {\n    rotateWebhookSecret(input: { endpointId: $endpointId }) {\n      secret\n    }\n  }\n': typeof types.RotateWebhookSecretDocument;
  '\n  mutation DeleteWebhookEndpoint($endpointId: ID!) {\n    deleteWebhookEndpoint(input: { endpointId: $endpointId }) {\n      deletedEndpointId\n    }\n  }\n': typeof types.DeleteWebhookEndpointDocument;
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        prefix\n        scopes\n        status\n        createdByName\n        expiresAt\n      }\n    }\n  }\n': typeof types.CreateApiKeyDocument;
  '\n  mutation ExchangeApiKey($secret: String!) {\n    exchangeApiKey(input: { secret: $secret }) {\n      accessToken\n      expiresAt\n      organizationId\n      scopes\n    }\n  }\n': typeof types.ExchangeApiKeyDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationSent\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      tokens {\n        accessToken\n        refreshToken\n      }\n    }\n  }\n': typeof types.SignInDocument;
  '\n  query WhoAmI {\n    viewer {\n      user {\n        id\n        email\n      }\n      organizations(first: 100) {\n        edges {\n          node {\n            isDefault\n            organization {\n              id\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.WhoAmIDocument;
  '\n  mutation Invite($input: InviteMembersInput!) {\n    inviteMembers(input: $input) {\n      results {\n        email\n        invitation {\n          id\n          email\n          role\n          status\n          creditLimit\n          expiresAt\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n': typeof types.InviteDocument;
  '\n  mutation Accept($token: String!) {\n    acceptInvitation(input: { token: $token }) {\n      organizationId\n      membershipId\n    }\n  }\n': typeof types.AcceptDocument;
  '\n  query Mailbox {\n    devMailbox(first: 100) {\n      edges {\n        node {\n          to\n          template\n          text\n        }\n      }\n    }\n  }\n': typeof types.MailboxDocument;
  '\n  mutation ArchiveMember($membershipId: ID!) {\n    archiveMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n': typeof types.ArchiveMemberDocument;
  '\n  mutation ReactivateMember($membershipId: ID!) {\n    reactivateMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        role\n        status\n      }\n    }\n  }\n': typeof types.ReactivateMemberDocument;
  '\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {\n      member {\n        id\n        role\n      }\n    }\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {\n    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {\n      previousOwner {\n        id\n        role\n      }\n      newOwner {\n        id\n        role\n      }\n    }\n  }\n': typeof types.TransferOwnershipDocument;
};
const documents: Documents = {
  '\n  query ApiKeyList {\n    apiKeys(first: 50) {\n      edges {\n        node {\n          id\n          name\n          lastUsedAt\n          scopesInForce\n        }\n      }\n    }\n  }\n':
    types.ApiKeyListDocument,
  '\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(input: { apiKeyId: $apiKeyId }) {\n      apiKey {\n        status\n      }\n    }\n  }\n':
    types.RevokeApiKeyDocument,
  '\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n        slug\n      }\n    }\n  }\n':
    types.CreateWorkspaceDocument,
  '\n  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {\n    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {\n      workspace {\n        id\n      }\n    }\n  }\n':
    types.DeleteWorkspaceDocument,
  '\n  query MemberCursor {\n    members(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n':
    types.MemberCursorDocument,
  '\n  query WorkspaceCursor {\n    workspaces(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n':
    types.WorkspaceCursorDocument,
  '\n  mutation SignOut {\n    signOut(input: {}) {\n      revokedSessionCount\n    }\n  }\n': types.SignOutDocument,
  '\n  query ViewerUser {\n    viewer {\n      user {\n        id\n      }\n    }\n  }\n': types.ViewerUserDocument,
  '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n      }\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n      }\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation ArchiveOrganization($password: String!) {\n    archiveOrganization(input: { password: $password }) {\n      organizationId\n    }\n  }\n':
    types.ArchiveOrganizationDocument,
  '\n  query HumanOnlyCatalog {\n    abilityCatalog {\n      sections {\n        abilities {\n          id\n          humanOnly\n        }\n      }\n    }\n  }\n':
    types.HumanOnlyCatalogDocument,
  '\n  query Plans {\n    plans {\n      id\n      name\n      cycles {\n        cycle\n        basePrice {\n          amount\n          currency\n        }\n        months\n      }\n      includedCredits\n      entitlements {\n        maxActiveMembers\n        maxWorkspaces\n        maxApiKeys\n      }\n      priceBook {\n        meter\n        credits\n        per\n      }\n    }\n  }\n':
    types.PlansDocument,
  '\n  query BillingSubscription {\n    billingSubscription {\n      plan {\n        id\n      }\n      productName\n      status\n      billingCycle\n      autoRenew\n      trialEndDate\n      currentPeriodStart\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      usage {\n        activeMembers\n        pendingInvitations\n        workspaces\n        apiKeys\n      }\n    }\n  }\n':
    types.BillingSubscriptionDocument,
  '\n  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {\n    changeSubscriptionPlan(input: $input) {\n      subscription {\n        plan {\n          id\n        }\n        status\n        billingCycle\n        currentPeriodStart\n        currentPeriodEnd\n        cancelAtPeriodEnd\n      }\n    }\n  }\n':
    types.ChangeSubscriptionPlanDocument,
  '\n  mutation CancelSubscription {\n    cancelSubscription {\n      subscription {\n        status\n        cancelAtPeriodEnd\n      }\n    }\n  }\n':
    types.CancelSubscriptionDocument,
  '\n  mutation ResumeSubscription {\n    resumeSubscription {\n      subscription {\n        status\n        cancelAtPeriodEnd\n      }\n    }\n  }\n':
    types.ResumeSubscriptionDocument,
  '\n  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {\n    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {\n      subscription {\n        autoRenew\n      }\n    }\n  }\n':
    types.SetSubscriptionAutoRenewDocument,
  '\n  mutation BillingCreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n      }\n    }\n  }\n':
    types.BillingCreateWorkspaceDocument,
  '\n  mutation BillingCreateEnvironment($workspaceId: ID!) {\n    createEnvironment(\n      input: {\n        workspaceId: $workspaceId\n        name: "Prod"\n        tier: PROD\n        deploymentHost: AWS\n        executionSettings: { region: "us-east-1", cluster: "main" }\n      }\n    ) {\n      environment {\n        id\n      }\n    }\n  }\n':
    types.BillingCreateEnvironmentDocument,
  '\n  fragment TestUsageAlertFields on UsageAlert {\n    id\n    meter\n    kind\n    threshold\n    notifyByEmail\n    notifyByWebhook\n    throttle\n    currentValue\n    thresholdValue\n    crossed\n    lastTriggeredAt\n  }\n':
    types.TestUsageAlertFieldsFragmentDoc,
  '\n  query UsageAlerts {\n    usageAlerts {\n      ...TestUsageAlertFields\n    }\n  }\n': types.UsageAlertsDocument,
  '\n  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {\n    createUsageAlert(input: $input) {\n      alert {\n        ...TestUsageAlertFields\n      }\n    }\n  }\n':
    types.CreateUsageAlertDocument,
  '\n  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {\n    updateUsageAlert(input: $input) {\n      alert {\n        id\n        threshold\n        currentValue\n        thresholdValue\n        crossed\n      }\n    }\n  }\n':
    types.UpdateUsageAlertDocument,
  '\n  mutation DeleteUsageAlert($alertId: ID!) {\n    deleteUsageAlert(input: { alertId: $alertId }) {\n      deletedAlertId\n    }\n  }\n':
    types.DeleteUsageAlertDocument,
  '\n  query UsageAlertTriggers($alertId: ID) {\n    usageAlertTriggers(alertId: $alertId, first: 10) {\n      edges {\n        node {\n          alertId\n          value\n          thresholdValue\n          periodStart\n        }\n      }\n    }\n  }\n':
    types.UsageAlertTriggersDocument,
  '\n  query UsageAlertTriggerKinds($alertId: ID) {\n    usageAlertTriggers(alertId: $alertId, first: 10) {\n      edges {\n        node {\n          kind\n          meter\n        }\n      }\n    }\n  }\n':
    types.UsageAlertTriggerKindsDocument,
  '\n  subscription UsageRecorded {\n    usageRecorded {\n      meters {\n        meter\n        quantity\n      }\n    }\n  }\n':
    types.UsageRecordedDocument,
  '\n  mutation RecordUsage($input: RecordUsageInput!) {\n    recordUsage(input: $input) {\n      recordedCount\n      duplicateCount\n      refusedCount\n      results {\n        index\n        idempotencyKey\n        duplicate\n        event {\n          id\n          meter\n          quantity\n          membershipId\n          workspaceId\n          source\n        }\n        error {\n          code\n          fields {\n            path\n            message\n          }\n        }\n      }\n    }\n  }\n':
    types.RecordUsageDocument,
  '\n  query UsageEvents($membershipId: ID) {\n    usageEvents(first: 100, membershipId: $membershipId) {\n      edges {\n        node {\n          id\n          meter\n          quantity\n          membershipId\n        }\n      }\n    }\n  }\n':
    types.UsageEventsDocument,
  '\n  query UsageEventCredits {\n    usageEvents(first: 100) {\n      edges {\n        node {\n          id\n          credits\n        }\n      }\n    }\n  }\n':
    types.UsageEventCreditsDocument,
  '\n  query UsageTotals {\n    usageTotals {\n      meters {\n        meter\n        quantity\n        events\n      }\n    }\n  }\n':
    types.UsageTotalsDocument,
  '\n  query UsageTotalCredits {\n    usageTotals {\n      credits\n      includedCredits\n      meters {\n        meter\n        credits\n      }\n    }\n  }\n':
    types.UsageTotalCreditsDocument,
  '\n  query UsageSeries($meter: String!, $bucket: UsageBucket!, $from: DateTimeISO, $to: DateTimeISO, $membershipId: ID) {\n    usageSeries(meter: $meter, bucket: $bucket, from: $from, to: $to, membershipId: $membershipId) {\n      start\n      quantity\n      events\n    }\n  }\n':
    types.UsageSeriesDocument,
  '\n  query UsageBreakdown($by: UsageDimension!, $meter: String) {\n    usageBreakdown(by: $by, meter: $meter) {\n      id\n      name\n      quantity\n    }\n  }\n':
    types.UsageBreakdownDocument,
  '\n  query UsageModelCosts($meter: String) {\n    usageBreakdown(by: MODEL, meter: $meter) {\n      id\n      name\n      quantity\n      credits\n      events\n    }\n  }\n':
    types.UsageModelCostsDocument,
  '\n  query UsageEventModels {\n    usageEvents(first: 100) {\n      edges {\n        node {\n          idempotencyKey\n          model\n        }\n      }\n    }\n  }\n':
    types.UsageEventModelsDocument,
  '\n  mutation UsageCreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n      }\n    }\n  }\n':
    types.UsageCreateWorkspaceDocument,
  '\n  mutation CreateUsageExport($input: CreateUsageExportInput!) {\n    createUsageExport(input: $input) {\n      url\n      expiresAt\n      filename\n    }\n  }\n':
    types.CreateUsageExportDocument,
  '\n  mutation ExportRecordUsage($input: RecordUsageInput!) {\n    recordUsage(input: $input) {\n      recordedCount\n    }\n  }\n':
    types.ExportRecordUsageDocument,
  '\n  query MemberList($first: Int!, $after: String, $filter: MemberFilterInput, $orderBy: MemberOrderInput) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          role\n          status\n          joinedAt\n          creditLimit\n          usedCredits\n          user {\n            id\n            email\n            displayName\n            lastSignInAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.MemberListDocument,
  '\n  query ViewerRole {\n    viewer {\n      role\n      abilities\n    }\n  }\n': types.ViewerRoleDocument,
  '\n  query ViewerOrganizations {\n    viewer {\n      organizations(first: 10) {\n        edges {\n          node {\n            organization {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.ViewerOrganizationsDocument,
  '\n  mutation SetCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {\n    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {\n      member {\n        id\n        creditLimit\n      }\n    }\n  }\n':
    types.SetCreditLimitDocument,
  '\n  mutation SendMemberPasswordReset($membershipId: ID!) {\n    sendMemberPasswordReset(input: { membershipId: $membershipId }) {\n      member {\n        id\n      }\n    }\n  }\n':
    types.SendMemberPasswordResetDocument,
  '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n':
    types.ResetPasswordDocument,
  '\n  query InvitationIds {\n    invitations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n':
    types.InvitationIdsDocument,
  '\n  query AuditEvents {\n    auditEvents(first: 5) {\n      edges {\n        node {\n          action\n          actorLabel\n          targetId\n          before\n          after\n          ip\n          userAgent\n          requestId\n        }\n      }\n    }\n  }\n':
    types.AuditEventsDocument,
  '\n  query DeletionImpact {\n    viewer {\n      deletionImpact {\n        ownedOrganizations {\n          id\n          name\n          memberCount\n        }\n        leftOrganizationCount\n      }\n    }\n  }\n':
    types.DeletionImpactDocument,
  '\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(input: { password: $password }) {\n      deletedOrganizationCount\n      leftOrganizationCount\n    }\n  }\n':
    types.DeleteAccountDocument,
  '\n  mutation Refresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      tokens {\n        accessToken\n        refreshToken\n        sessionId\n      }\n    }\n  }\n':
    types.RefreshDocument,
  '\n  fragment TestWebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    consecutiveFailures\n  }\n':
    types.TestWebhookEndpointFieldsFragmentDoc,
  '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...TestWebhookEndpointFields\n      }\n    }\n  }\n':
    types.CreateWebhookEndpointDocument,
  '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        ...TestWebhookEndpointFields\n      }\n    }\n  }\n':
    types.UpdateWebhookEndpointDocument,
  '\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...TestWebhookEndpointFields\n    }\n  }\n':
    types.WebhookEndpointDocument,
  '\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n':
    types.WebhookEndpointsDocument,
  '\n  mutation SendWebhookTestEvent($endpointId: ID!) {\n    sendWebhookTestEvent(input: { endpointId: $endpointId }) {\n      delivery {\n        id\n        eventId\n        eventType\n        status\n      }\n    }\n  }\n':
    types.SendWebhookTestEventDocument,
  '\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      delivery {\n        id\n        eventId\n        status\n      }\n    }\n  }\n':
    types.RedeliverWebhookDeliveryDocument,
  '\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      edges {\n        node {\n          id\n          eventId\n          eventType\n          eventData\n          status\n          attemptCount\n          attempts {\n            attempt\n            succeeded\n            responseStatus\n            durationMs\n            error\n            attemptedAt\n          }\n        }\n      }\n    }\n  }\n':
    types.WebhookDeliveriesDocument,
  '\n  mutation RotateWebhookSecret($endpointId: ID!) {\n    rotateWebhookSecret(input: { endpointId: $endpointId }) {\n      secret\n    }\n  }\n':
    types.RotateWebhookSecretDocument,
  '\n  mutation DeleteWebhookEndpoint($endpointId: ID!) {\n    deleteWebhookEndpoint(input: { endpointId: $endpointId }) {\n      deletedEndpointId\n    }\n  }\n':
    types.DeleteWebhookEndpointDocument,
  '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        prefix\n        scopes\n        status\n        createdByName\n        expiresAt\n      }\n    }\n  }\n':
    types.CreateApiKeyDocument,
  '\n  mutation ExchangeApiKey($secret: String!) {\n    exchangeApiKey(input: { secret: $secret }) {\n      accessToken\n      expiresAt\n      organizationId\n      scopes\n    }\n  }\n':
    types.ExchangeApiKeyDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationSent\n    }\n  }\n':
    types.SignUpDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      tokens {\n        accessToken\n        refreshToken\n      }\n    }\n  }\n':
    types.SignInDocument,
  '\n  query WhoAmI {\n    viewer {\n      user {\n        id\n        email\n      }\n      organizations(first: 100) {\n        edges {\n          node {\n            isDefault\n            organization {\n              id\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.WhoAmIDocument,
  '\n  mutation Invite($input: InviteMembersInput!) {\n    inviteMembers(input: $input) {\n      results {\n        email\n        invitation {\n          id\n          email\n          role\n          status\n          creditLimit\n          expiresAt\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n':
    types.InviteDocument,
  '\n  mutation Accept($token: String!) {\n    acceptInvitation(input: { token: $token }) {\n      organizationId\n      membershipId\n    }\n  }\n':
    types.AcceptDocument,
  '\n  query Mailbox {\n    devMailbox(first: 100) {\n      edges {\n        node {\n          to\n          template\n          text\n        }\n      }\n    }\n  }\n':
    types.MailboxDocument,
  '\n  mutation ArchiveMember($membershipId: ID!) {\n    archiveMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        status\n      }\n    }\n  }\n':
    types.ArchiveMemberDocument,
  '\n  mutation ReactivateMember($membershipId: ID!) {\n    reactivateMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        role\n        status\n      }\n    }\n  }\n':
    types.ReactivateMemberDocument,
  '\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(input: { membershipId: $membershipId, role: $role }) {\n      member {\n        id\n        role\n      }\n    }\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {\n    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {\n      previousOwner {\n        id\n        role\n      }\n      newOwner {\n        id\n        role\n      }\n    }\n  }\n':
    types.TransferOwnershipDocument,
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
  source: '\n  query ApiKeyList {\n    apiKeys(first: 50) {\n      edges {\n        node {\n          id\n          name\n          lastUsedAt\n          scopesInForce\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApiKeyList {\n    apiKeys(first: 50) {\n      edges {\n        node {\n          id\n          name\n          lastUsedAt\n          scopesInForce\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(input: { apiKeyId: $apiKeyId }) {\n      apiKey {\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiKey($apiKeyId: ID!) {\n    revokeApiKey(input: { apiKeyId: $apiKeyId }) {\n      apiKey {\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n        slug\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n        slug\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {\n    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {\n      workspace {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteWorkspace($workspaceId: ID!, $confirmSlug: String!) {\n    deleteWorkspace(input: { workspaceId: $workspaceId, confirmSlug: $confirmSlug }) {\n      workspace {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberCursor {\n    members(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemberCursor {\n    members(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkspaceCursor {\n    workspaces(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkspaceCursor {\n    workspaces(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut(input: {}) {\n      revokedSessionCount\n    }\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut(input: {}) {\n      revokedSessionCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerUser {\n    viewer {\n      user {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ViewerUser {\n    viewer {\n      user {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($invitationId: ID!) {\n    revokeInvitation(input: { invitationId: $invitationId }) {\n      invitation {\n        id\n      }\n    }\n  }\n'];
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
  source: '\n  query HumanOnlyCatalog {\n    abilityCatalog {\n      sections {\n        abilities {\n          id\n          humanOnly\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query HumanOnlyCatalog {\n    abilityCatalog {\n      sections {\n        abilities {\n          id\n          humanOnly\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Plans {\n    plans {\n      id\n      name\n      cycles {\n        cycle\n        basePrice {\n          amount\n          currency\n        }\n        months\n      }\n      includedCredits\n      entitlements {\n        maxActiveMembers\n        maxWorkspaces\n        maxApiKeys\n      }\n      priceBook {\n        meter\n        credits\n        per\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Plans {\n    plans {\n      id\n      name\n      cycles {\n        cycle\n        basePrice {\n          amount\n          currency\n        }\n        months\n      }\n      includedCredits\n      entitlements {\n        maxActiveMembers\n        maxWorkspaces\n        maxApiKeys\n      }\n      priceBook {\n        meter\n        credits\n        per\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BillingSubscription {\n    billingSubscription {\n      plan {\n        id\n      }\n      productName\n      status\n      billingCycle\n      autoRenew\n      trialEndDate\n      currentPeriodStart\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      usage {\n        activeMembers\n        pendingInvitations\n        workspaces\n        apiKeys\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BillingSubscription {\n    billingSubscription {\n      plan {\n        id\n      }\n      productName\n      status\n      billingCycle\n      autoRenew\n      trialEndDate\n      currentPeriodStart\n      currentPeriodEnd\n      cancelAtPeriodEnd\n      usage {\n        activeMembers\n        pendingInvitations\n        workspaces\n        apiKeys\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {\n    changeSubscriptionPlan(input: $input) {\n      subscription {\n        plan {\n          id\n        }\n        status\n        billingCycle\n        currentPeriodStart\n        currentPeriodEnd\n        cancelAtPeriodEnd\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeSubscriptionPlan($input: ChangeSubscriptionPlanInput!) {\n    changeSubscriptionPlan(input: $input) {\n      subscription {\n        plan {\n          id\n        }\n        status\n        billingCycle\n        currentPeriodStart\n        currentPeriodEnd\n        cancelAtPeriodEnd\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelSubscription {\n    cancelSubscription {\n      subscription {\n        status\n        cancelAtPeriodEnd\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelSubscription {\n    cancelSubscription {\n      subscription {\n        status\n        cancelAtPeriodEnd\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResumeSubscription {\n    resumeSubscription {\n      subscription {\n        status\n        cancelAtPeriodEnd\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ResumeSubscription {\n    resumeSubscription {\n      subscription {\n        status\n        cancelAtPeriodEnd\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {\n    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {\n      subscription {\n        autoRenew\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetSubscriptionAutoRenew($autoRenew: Boolean!) {\n    setSubscriptionAutoRenew(input: { autoRenew: $autoRenew }) {\n      subscription {\n        autoRenew\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BillingCreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BillingCreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BillingCreateEnvironment($workspaceId: ID!) {\n    createEnvironment(\n      input: {\n        workspaceId: $workspaceId\n        name: "Prod"\n        tier: PROD\n        deploymentHost: AWS\n        executionSettings: { region: "us-east-1", cluster: "main" }\n      }\n    ) {\n      environment {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BillingCreateEnvironment($workspaceId: ID!) {\n    createEnvironment(\n      input: {\n        workspaceId: $workspaceId\n        name: "Prod"\n        tier: PROD\n        deploymentHost: AWS\n        executionSettings: { region: "us-east-1", cluster: "main" }\n      }\n    ) {\n      environment {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TestUsageAlertFields on UsageAlert {\n    id\n    meter\n    kind\n    threshold\n    notifyByEmail\n    notifyByWebhook\n    throttle\n    currentValue\n    thresholdValue\n    crossed\n    lastTriggeredAt\n  }\n',
): (typeof documents)['\n  fragment TestUsageAlertFields on UsageAlert {\n    id\n    meter\n    kind\n    threshold\n    notifyByEmail\n    notifyByWebhook\n    throttle\n    currentValue\n    thresholdValue\n    crossed\n    lastTriggeredAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageAlerts {\n    usageAlerts {\n      ...TestUsageAlertFields\n    }\n  }\n',
): (typeof documents)['\n  query UsageAlerts {\n    usageAlerts {\n      ...TestUsageAlertFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {\n    createUsageAlert(input: $input) {\n      alert {\n        ...TestUsageAlertFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUsageAlert($input: CreateUsageAlertInput!) {\n    createUsageAlert(input: $input) {\n      alert {\n        ...TestUsageAlertFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {\n    updateUsageAlert(input: $input) {\n      alert {\n        id\n        threshold\n        currentValue\n        thresholdValue\n        crossed\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateUsageAlert($input: UpdateUsageAlertInput!) {\n    updateUsageAlert(input: $input) {\n      alert {\n        id\n        threshold\n        currentValue\n        thresholdValue\n        crossed\n      }\n    }\n  }\n'];
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
  source: '\n  query UsageAlertTriggers($alertId: ID) {\n    usageAlertTriggers(alertId: $alertId, first: 10) {\n      edges {\n        node {\n          alertId\n          value\n          thresholdValue\n          periodStart\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageAlertTriggers($alertId: ID) {\n    usageAlertTriggers(alertId: $alertId, first: 10) {\n      edges {\n        node {\n          alertId\n          value\n          thresholdValue\n          periodStart\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageAlertTriggerKinds($alertId: ID) {\n    usageAlertTriggers(alertId: $alertId, first: 10) {\n      edges {\n        node {\n          kind\n          meter\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageAlertTriggerKinds($alertId: ID) {\n    usageAlertTriggers(alertId: $alertId, first: 10) {\n      edges {\n        node {\n          kind\n          meter\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription UsageRecorded {\n    usageRecorded {\n      meters {\n        meter\n        quantity\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription UsageRecorded {\n    usageRecorded {\n      meters {\n        meter\n        quantity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordUsage($input: RecordUsageInput!) {\n    recordUsage(input: $input) {\n      recordedCount\n      duplicateCount\n      refusedCount\n      results {\n        index\n        idempotencyKey\n        duplicate\n        event {\n          id\n          meter\n          quantity\n          membershipId\n          workspaceId\n          source\n        }\n        error {\n          code\n          fields {\n            path\n            message\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordUsage($input: RecordUsageInput!) {\n    recordUsage(input: $input) {\n      recordedCount\n      duplicateCount\n      refusedCount\n      results {\n        index\n        idempotencyKey\n        duplicate\n        event {\n          id\n          meter\n          quantity\n          membershipId\n          workspaceId\n          source\n        }\n        error {\n          code\n          fields {\n            path\n            message\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageEvents($membershipId: ID) {\n    usageEvents(first: 100, membershipId: $membershipId) {\n      edges {\n        node {\n          id\n          meter\n          quantity\n          membershipId\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageEvents($membershipId: ID) {\n    usageEvents(first: 100, membershipId: $membershipId) {\n      edges {\n        node {\n          id\n          meter\n          quantity\n          membershipId\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageEventCredits {\n    usageEvents(first: 100) {\n      edges {\n        node {\n          id\n          credits\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageEventCredits {\n    usageEvents(first: 100) {\n      edges {\n        node {\n          id\n          credits\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageTotals {\n    usageTotals {\n      meters {\n        meter\n        quantity\n        events\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageTotals {\n    usageTotals {\n      meters {\n        meter\n        quantity\n        events\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageTotalCredits {\n    usageTotals {\n      credits\n      includedCredits\n      meters {\n        meter\n        credits\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageTotalCredits {\n    usageTotals {\n      credits\n      includedCredits\n      meters {\n        meter\n        credits\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageSeries($meter: String!, $bucket: UsageBucket!, $from: DateTimeISO, $to: DateTimeISO, $membershipId: ID) {\n    usageSeries(meter: $meter, bucket: $bucket, from: $from, to: $to, membershipId: $membershipId) {\n      start\n      quantity\n      events\n    }\n  }\n',
): (typeof documents)['\n  query UsageSeries($meter: String!, $bucket: UsageBucket!, $from: DateTimeISO, $to: DateTimeISO, $membershipId: ID) {\n    usageSeries(meter: $meter, bucket: $bucket, from: $from, to: $to, membershipId: $membershipId) {\n      start\n      quantity\n      events\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageBreakdown($by: UsageDimension!, $meter: String) {\n    usageBreakdown(by: $by, meter: $meter) {\n      id\n      name\n      quantity\n    }\n  }\n',
): (typeof documents)['\n  query UsageBreakdown($by: UsageDimension!, $meter: String) {\n    usageBreakdown(by: $by, meter: $meter) {\n      id\n      name\n      quantity\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageModelCosts($meter: String) {\n    usageBreakdown(by: MODEL, meter: $meter) {\n      id\n      name\n      quantity\n      credits\n      events\n    }\n  }\n',
): (typeof documents)['\n  query UsageModelCosts($meter: String) {\n    usageBreakdown(by: MODEL, meter: $meter) {\n      id\n      name\n      quantity\n      credits\n      events\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UsageEventModels {\n    usageEvents(first: 100) {\n      edges {\n        node {\n          idempotencyKey\n          model\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UsageEventModels {\n    usageEvents(first: 100) {\n      edges {\n        node {\n          idempotencyKey\n          model\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UsageCreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UsageCreateWorkspace($name: String!) {\n    createWorkspace(input: { name: $name }) {\n      workspace {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUsageExport($input: CreateUsageExportInput!) {\n    createUsageExport(input: $input) {\n      url\n      expiresAt\n      filename\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateUsageExport($input: CreateUsageExportInput!) {\n    createUsageExport(input: $input) {\n      url\n      expiresAt\n      filename\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportRecordUsage($input: RecordUsageInput!) {\n    recordUsage(input: $input) {\n      recordedCount\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportRecordUsage($input: RecordUsageInput!) {\n    recordUsage(input: $input) {\n      recordedCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MemberList($first: Int!, $after: String, $filter: MemberFilterInput, $orderBy: MemberOrderInput) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          role\n          status\n          joinedAt\n          creditLimit\n          usedCredits\n          user {\n            id\n            email\n            displayName\n            lastSignInAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MemberList($first: Int!, $after: String, $filter: MemberFilterInput, $orderBy: MemberOrderInput) {\n    members(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        node {\n          id\n          role\n          status\n          joinedAt\n          creditLimit\n          usedCredits\n          user {\n            id\n            email\n            displayName\n            lastSignInAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerRole {\n    viewer {\n      role\n      abilities\n    }\n  }\n',
): (typeof documents)['\n  query ViewerRole {\n    viewer {\n      role\n      abilities\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewerOrganizations {\n    viewer {\n      organizations(first: 10) {\n        edges {\n          node {\n            organization {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ViewerOrganizations {\n    viewer {\n      organizations(first: 10) {\n        edges {\n          node {\n            organization {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {\n    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {\n      member {\n        id\n        creditLimit\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetCreditLimit($membershipId: ID!, $creditLimit: SafeInt!) {\n    setMemberCreditLimit(input: { membershipId: $membershipId, creditLimit: $creditLimit }) {\n      member {\n        id\n        creditLimit\n      }\n    }\n  }\n'];
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
  source: '\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(input: { token: $token, newPassword: $newPassword }) {\n      passwordChanged\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationIds {\n    invitations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InvitationIds {\n    invitations(first: 5) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditEvents {\n    auditEvents(first: 5) {\n      edges {\n        node {\n          action\n          actorLabel\n          targetId\n          before\n          after\n          ip\n          userAgent\n          requestId\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuditEvents {\n    auditEvents(first: 5) {\n      edges {\n        node {\n          action\n          actorLabel\n          targetId\n          before\n          after\n          ip\n          userAgent\n          requestId\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  mutation Refresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      tokens {\n        accessToken\n        refreshToken\n        sessionId\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Refresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      tokens {\n        accessToken\n        refreshToken\n        sessionId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TestWebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    consecutiveFailures\n  }\n',
): (typeof documents)['\n  fragment TestWebhookEndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    eventTypes\n    enabled\n    disabledReason\n    consecutiveFailures\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...TestWebhookEndpointFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...TestWebhookEndpointFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        ...TestWebhookEndpointFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) {\n      endpoint {\n        ...TestWebhookEndpointFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...TestWebhookEndpointFields\n    }\n  }\n',
): (typeof documents)['\n  query WebhookEndpoint($id: ID!) {\n    webhookEndpoint(id: $id) {\n      ...TestWebhookEndpointFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookEndpoints {\n    webhookEndpoints(first: 20) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendWebhookTestEvent($endpointId: ID!) {\n    sendWebhookTestEvent(input: { endpointId: $endpointId }) {\n      delivery {\n        id\n        eventId\n        eventType\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SendWebhookTestEvent($endpointId: ID!) {\n    sendWebhookTestEvent(input: { endpointId: $endpointId }) {\n      delivery {\n        id\n        eventId\n        eventType\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      delivery {\n        id\n        eventId\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RedeliverWebhookDelivery($deliveryId: ID!) {\n    redeliverWebhookDelivery(input: { deliveryId: $deliveryId }) {\n      delivery {\n        id\n        eventId\n        status\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      edges {\n        node {\n          id\n          eventId\n          eventType\n          eventData\n          status\n          attemptCount\n          attempts {\n            attempt\n            succeeded\n            responseStatus\n            durationMs\n            error\n            attemptedAt\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      edges {\n        node {\n          id\n          eventId\n          eventType\n          eventData\n          status\n          attemptCount\n          attempts {\n            attempt\n            succeeded\n            responseStatus\n            durationMs\n            error\n            attemptedAt\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateWebhookSecret($endpointId: ID!) {\n    rotateWebhookSecret(input: { endpointId: $endpointId }) {\n      secret\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateWebhookSecret($endpointId: ID!) {\n    rotateWebhookSecret(input: { endpointId: $endpointId }) {\n      secret\n    }\n  }\n'];
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
  source: '\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        prefix\n        scopes\n        status\n        createdByName\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        prefix\n        scopes\n        status\n        createdByName\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExchangeApiKey($secret: String!) {\n    exchangeApiKey(input: { secret: $secret }) {\n      accessToken\n      expiresAt\n      organizationId\n      scopes\n    }\n  }\n',
): (typeof documents)['\n  mutation ExchangeApiKey($secret: String!) {\n    exchangeApiKey(input: { secret: $secret }) {\n      accessToken\n      expiresAt\n      organizationId\n      scopes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationSent\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationSent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      tokens {\n        accessToken\n        refreshToken\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      tokens {\n        accessToken\n        refreshToken\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WhoAmI {\n    viewer {\n      user {\n        id\n        email\n      }\n      organizations(first: 100) {\n        edges {\n          node {\n            isDefault\n            organization {\n              id\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WhoAmI {\n    viewer {\n      user {\n        id\n        email\n      }\n      organizations(first: 100) {\n        edges {\n          node {\n            isDefault\n            organization {\n              id\n              slug\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Invite($input: InviteMembersInput!) {\n    inviteMembers(input: $input) {\n      results {\n        email\n        invitation {\n          id\n          email\n          role\n          status\n          creditLimit\n          expiresAt\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Invite($input: InviteMembersInput!) {\n    inviteMembers(input: $input) {\n      results {\n        email\n        invitation {\n          id\n          email\n          role\n          status\n          creditLimit\n          expiresAt\n        }\n        error {\n          code\n          message\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Accept($token: String!) {\n    acceptInvitation(input: { token: $token }) {\n      organizationId\n      membershipId\n    }\n  }\n',
): (typeof documents)['\n  mutation Accept($token: String!) {\n    acceptInvitation(input: { token: $token }) {\n      organizationId\n      membershipId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Mailbox {\n    devMailbox(first: 100) {\n      edges {\n        node {\n          to\n          template\n          text\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Mailbox {\n    devMailbox(first: 100) {\n      edges {\n        node {\n          to\n          template\n          text\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  mutation ReactivateMember($membershipId: ID!) {\n    reactivateMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        role\n        status\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivateMember($membershipId: ID!) {\n    reactivateMember(input: { membershipId: $membershipId }) {\n      member {\n        id\n        role\n        status\n      }\n    }\n  }\n'];
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
  source: '\n  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {\n    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {\n      previousOwner {\n        id\n        role\n      }\n      newOwner {\n        id\n        role\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TransferOwnership($targetMembershipId: ID!, $password: String!) {\n    transferOwnership(input: { targetMembershipId: $targetMembershipId, password: $password }) {\n      previousOwner {\n        id\n        role\n      }\n      newOwner {\n        id\n        role\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
