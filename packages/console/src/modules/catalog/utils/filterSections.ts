import type { MatrixSection } from '../hooks/useAbilityCatalog.ts';

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * The sections and abilities that match a free-text filter. Every word of the filter must appear
 * in the ability's label, description or id, or in its section's label; sections left without
 * abilities are dropped. An empty filter keeps everything.
 */
export function filterSections(sections: readonly MatrixSection[], filter: string): readonly MatrixSection[] {
  const words = normalize(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return sections;
  return sections
    .map((section) => ({
      ...section,
      abilities: section.abilities.filter((ability) => {
        const haystack = normalize(`${section.label} ${ability.label} ${ability.description} ${ability.id}`);
        return words.every((word) => haystack.includes(word));
      }),
    }))
    .filter((section) => section.abilities.length > 0);
}

/** How many abilities the sections hold. */
export function countAbilities(sections: readonly MatrixSection[]): number {
  return sections.reduce((total, section) => total + section.abilities.length, 0);
}
