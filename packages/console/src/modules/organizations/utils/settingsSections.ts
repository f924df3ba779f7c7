/** The sections of the organization settings, each its own page under `/settings`. */
export const SETTINGS_SECTIONS = [
  { id: 'general', label: 'General', title: 'General settings', lead: 'The organization’s name, URL and profile.' },
  {
    id: 'branding',
    label: 'Branding',
    title: 'Branding',
    lead: 'The colours and font the console uses for this organization, for every member.',
  },
  {
    id: 'security',
    label: 'Security',
    title: 'Security',
    lead: 'Policies every member of the organization is held to.',
  },
  {
    id: 'banner',
    label: 'Banner',
    title: 'Banner',
    lead: 'A message across the top of the console for every member of the organization.',
  },
  {
    id: 'tracing',
    label: 'Tracing',
    title: 'Tracing',
    lead: 'Which requests are traced, and for how long traces are kept.',
  },
] as const;

/** A settings section id: `general`, `branding`, … */
export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id'];
