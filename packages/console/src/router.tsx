import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { RouteErrorPage } from './pages/RouteErrorPage.tsx';
import { Layout } from './ui/Layout.tsx';
import type { NavigationItem } from './ui/Layout.tsx';

const RolesPage = lazy(() => import('./pages/RolesPage.tsx').then((module) => ({ default: module.RolesPage })));

const NAVIGATION: readonly NavigationItem[] = [{ to: '/roles', label: 'Roles' }];

/** Every route of the console. Pages load on demand. */
export const router = createBrowserRouter([
  {
    element: <Layout navigation={NAVIGATION} />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <Navigate to="/roles" replace /> },
          { path: 'roles', element: <RolesPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
