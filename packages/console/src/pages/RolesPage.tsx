import { RoleMatrix } from '../modules/catalog/components/RoleMatrix.tsx';

/** The role comparison matrix as a page of its own. */
export function RolesPage() {
  return (
    <>
      <title>Roles · Orgplane</title>
      <div className="page-header">
        <h1>Roles and abilities</h1>
        <p className="page-header__lead">
          Every member of an organization holds one of five roles. Compare what each role may do, section by section.
          Destructive abilities remove data or access.
        </p>
      </div>
      <RoleMatrix />
    </>
  );
}
