import { useRouteError } from 'react-router';
import { ErrorState } from '../ui/ErrorState.tsx';

/** Shown when a route fails to render, for example when a page's code cannot be downloaded. */
export function RouteErrorPage() {
  const error = useRouteError();
  return (
    <>
      <title>Error · Orgplane</title>
      <ErrorState error={error} title="This page could not be shown" onRetry={() => window.location.reload()} />
    </>
  );
}
