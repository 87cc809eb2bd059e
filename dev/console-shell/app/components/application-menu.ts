/**
 * The masthead's Applications menu, from the cluster's ConsoleLinks, grouped as the console 4.22
 * groups them (masthead-toolbar.tsx, read, not copied): the links whose location is
 * ApplicationMenu, in sections by `spec.applicationMenu.section` (the console's well-known
 * sections first, then the others by name, links without a section last), each section's links by
 * text. The console's own items (OpenShift Cluster Manager, which needs a cluster ID) are not here.
 */
export interface ConsoleLinkLike {
  metadata?: { name?: string };
  spec: {
    text: string;
    href: string;
    location: string;
    applicationMenu?: { section?: string; imageURL?: string };
  };
}

export interface ApplicationMenuSection {
  name: string;
  links: ConsoleLinkLike[];
}

/** The Advanced Cluster Management link: the console shows it in the perspective switcher. */
const ACM_LINK = 'acm-console-link';

const SECTION_ORDER: Record<string, number> = {
  'Red Hat Applications': 0,
  'Third Party Applications': 1,
  'Customer Applications': 2,
  Troubleshooting: 3,
  '': 9,
};
const sectionRank = (name: string) => SECTION_ORDER[name] ?? 3;
const byText = (a: ConsoleLinkLike, b: ConsoleLinkLike) =>
  a.spec.text < b.spec.text ? -1 : a.spec.text > b.spec.text ? 1 : 0;

export const applicationMenuSections = (
  links: readonly ConsoleLinkLike[],
): ApplicationMenuSection[] => {
  const sections = new Map<string, ConsoleLinkLike[]>();
  for (const link of links) {
    if (link.spec.location !== 'ApplicationMenu' || link.metadata?.name === ACM_LINK) continue;
    const name = link.spec.applicationMenu?.section ?? '';
    sections.set(name, [...(sections.get(name) ?? []), link]);
  }
  return [...sections.entries()]
    .map(([name, sectionLinks]) => ({ name, links: sectionLinks.sort(byText) }))
    .sort(
      (a, b) =>
        sectionRank(a.name) - sectionRank(b.name) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
};
