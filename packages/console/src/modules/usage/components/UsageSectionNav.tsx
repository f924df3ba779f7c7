import { SectionNav, type SectionPage } from '../../../ui/SectionNav.tsx';

/**
 * The usage pages and the abilities each needs: the overview, what AI token and tool spend cost,
 * and the alerts on usage.
 */
const PAGES: readonly SectionPage[] = [
  { to: '/usage', label: 'Overview', needs: ['usage.read'] },
  { to: '/settings/ai/costs', label: 'AI costs', needs: ['usage.read', 'usage.readCosts'] },
  { to: '/usage/alerts', label: 'Alerts', needs: ['usage.manageAlerts'] },
];

/** Links between the usage pages the signed-in person's role may open. */
export function UsageSectionNav() {
  return <SectionNav label="Usage sections" pages={PAGES} />;
}
