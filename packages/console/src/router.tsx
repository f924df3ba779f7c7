import { lazy } from 'react';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAuth } from './modules/auth/components/RequireAuth.tsx';
import { AppShell } from './pages/AppShell.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { RouteErrorPage } from './pages/RouteErrorPage.tsx';

/** A page loaded on demand, from a module with a named export. */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const RolesPage = lazyPage(() => import('./pages/RolesPage.tsx'), 'RolesPage');
const SignInPage = lazyPage(() => import('./pages/SignInPage.tsx'), 'SignInPage');
const SignUpPage = lazyPage(() => import('./pages/SignUpPage.tsx'), 'SignUpPage');
const ForgotPasswordPage = lazyPage(() => import('./pages/ForgotPasswordPage.tsx'), 'ForgotPasswordPage');
const ResetPasswordPage = lazyPage(() => import('./pages/ResetPasswordPage.tsx'), 'ResetPasswordPage');
const VerifyEmailPage = lazyPage(() => import('./pages/VerifyEmailPage.tsx'), 'VerifyEmailPage');
const AccountPage = lazyPage(() => import('./pages/AccountPage.tsx'), 'AccountPage');
const MailboxPage = lazyPage(() => import('./pages/MailboxPage.tsx'), 'MailboxPage');
const MembersPage = lazyPage(() => import('./pages/MembersPage.tsx'), 'MembersPage');
const InvitePage = lazyPage(() => import('./pages/InvitePage.tsx'), 'InvitePage');
const OrganizationsPage = lazyPage(() => import('./pages/OrganizationsPage.tsx'), 'OrganizationsPage');
const NewOrganizationPage = lazyPage(() => import('./pages/NewOrganizationPage.tsx'), 'NewOrganizationPage');
const loadSettings = () => import('./pages/OrganizationSettingsPage.tsx');
const GeneralSettingsPage = lazyPage(loadSettings, 'GeneralSettingsPage');
const BrandingSettingsPage = lazyPage(loadSettings, 'BrandingSettingsPage');
const SecuritySettingsPage = lazyPage(loadSettings, 'SecuritySettingsPage');
const BannerSettingsPage = lazyPage(loadSettings, 'BannerSettingsPage');
const TracingSettingsPage = lazyPage(loadSettings, 'TracingSettingsPage');
const WorkspacesPage = lazyPage(() => import('./pages/WorkspacesPage.tsx'), 'WorkspacesPage');
const WorkspacePage = lazyPage(() => import('./pages/WorkspacePage.tsx'), 'WorkspacePage');
const ApiKeysPage = lazyPage(() => import('./pages/ApiKeysPage.tsx'), 'ApiKeysPage');
const BillingPage = lazyPage(() => import('./pages/BillingPage.tsx'), 'BillingPage');
const InvoicesPage = lazyPage(() => import('./pages/InvoicesPage.tsx'), 'InvoicesPage');
const InvoicePage = lazyPage(() => import('./pages/InvoicePage.tsx'), 'InvoicePage');
const BillingPeriodsPage = lazyPage(() => import('./pages/BillingPeriodsPage.tsx'), 'BillingPeriodsPage');
const UsagePage = lazyPage(() => import('./pages/UsagePage.tsx'), 'UsagePage');
const AiCostsPage = lazyPage(() => import('./pages/AiCostsPage.tsx'), 'AiCostsPage');
const UsageAlertsPage = lazyPage(() => import('./pages/UsageAlertsPage.tsx'), 'UsageAlertsPage');
const WebhooksPage = lazyPage(() => import('./pages/WebhooksPage.tsx'), 'WebhooksPage');
const WebhookEndpointPage = lazyPage(() => import('./pages/WebhookEndpointPage.tsx'), 'WebhookEndpointPage');

/** Every route of the console. Pages load on demand; `RequireAuth` guards the ones that need a session. */
export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to="/roles" replace /> },
          { path: 'roles', element: <RolesPage /> },
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'mailbox', element: <MailboxPage /> },
          { path: 'invite', element: <InvitePage /> },
          {
            element: <RequireAuth />,
            children: [
              { path: 'account', element: <AccountPage /> },
              { path: 'settings/members', element: <MembersPage /> },
              { path: 'organizations', element: <OrganizationsPage /> },
              { path: 'organizations/new', element: <NewOrganizationPage /> },
              { path: 'settings', element: <Navigate to="/settings/general" replace /> },
              { path: 'settings/general', element: <GeneralSettingsPage /> },
              { path: 'settings/branding', element: <BrandingSettingsPage /> },
              { path: 'settings/security', element: <SecuritySettingsPage /> },
              { path: 'settings/banner', element: <BannerSettingsPage /> },
              { path: 'settings/tracing', element: <TracingSettingsPage /> },
              { path: 'workspaces', element: <WorkspacesPage /> },
              { path: 'workspaces/:workspaceId', element: <WorkspacePage /> },
              { path: 'settings/api-keys', element: <ApiKeysPage /> },
              { path: 'settings/billing', element: <BillingPage /> },
              { path: 'settings/billing/invoices', element: <InvoicesPage /> },
              { path: 'settings/billing/invoices/:invoiceId', element: <InvoicePage /> },
              { path: 'settings/billing/periods', element: <BillingPeriodsPage /> },
              { path: 'usage', element: <UsagePage /> },
              { path: 'usage/alerts', element: <UsageAlertsPage /> },
              { path: 'settings/ai/costs', element: <AiCostsPage /> },
              { path: 'settings/webhooks', element: <WebhooksPage /> },
              { path: 'settings/webhooks/:endpointId', element: <WebhookEndpointPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
