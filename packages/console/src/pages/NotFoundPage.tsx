import { Link, useLocation } from 'react-router';

/** Shown for any path the console does not know. */
export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <>
      <title>Page not found · Orgplane</title>
      <div className="page-header">
        <h1>Page not found</h1>
        <p className="page-header__lead">
          There is no page at <code>{pathname}</code>. It may have moved, or the link may be mistyped.
        </p>
      </div>
      <p>
        <Link to="/" className="button">
          Go to the console home
        </Link>
      </p>
    </>
  );
}
