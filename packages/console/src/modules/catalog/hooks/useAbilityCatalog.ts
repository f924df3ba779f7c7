import { useQuery } from '@apollo/client/react';
import { toRoleId, type RoleId } from '@orgplane/schema';
import type { DocumentType } from '@orgplane/schema/generated';
import { useCallback, useMemo } from 'react';
import { AbilityCatalogQuery } from '../graphql/abilityCatalog.ts';

type AbilityCatalogData = DocumentType<typeof AbilityCatalogQuery>;

/** A role as the console shows it. */
export interface MatrixRole {
  readonly id: RoleId;
  readonly label: string;
  readonly description: string;
}

/** An ability with the catalog ids of the roles that hold it. */
interface MatrixAbility {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly destructive: boolean;
  /** Only people may hold it: API keys never do. */
  readonly humanOnly: boolean;
  readonly roles: ReadonlySet<RoleId>;
}

/** A section of the catalog with its abilities. */
export interface MatrixSection {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly abilities: readonly MatrixAbility[];
}

/** The ability catalog, in catalog ids. */
export interface AbilityCatalog {
  readonly roles: readonly MatrixRole[];
  readonly sections: readonly MatrixSection[];
}

function toCatalog(data: AbilityCatalogData): AbilityCatalog {
  return {
    roles: data.abilityCatalog.roles.map((role) => ({ ...role, id: toRoleId(role.id) })),
    sections: data.abilityCatalog.sections.map((section) => ({
      id: section.id,
      label: section.label,
      description: section.description,
      abilities: section.abilities.map((ability) => ({
        id: ability.id,
        label: ability.label,
        description: ability.description,
        destructive: ability.destructive,
        humanOnly: ability.humanOnly,
        roles: new Set(ability.roles.map(toRoleId)),
      })),
    })),
  };
}

/** The public ability catalog from the API, with roles as catalog ids (`owner`, not `OWNER`). */
export function useAbilityCatalog() {
  const { data, loading, error, refetch } = useQuery(AbilityCatalogQuery);
  const catalog = useMemo(() => (data ? toCatalog(data) : undefined), [data]);
  const retry = useCallback(() => {
    // The outcome shows through `loading` and `error`; nothing to do with the promise itself.
    refetch().catch(() => undefined);
  }, [refetch]);
  return { catalog, loading, error, retry };
}
