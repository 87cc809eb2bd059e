/**
 * The admin perspective's navigation: the console's sections in its order, the shell's built-in
 * items, and every console.navigation/href extension of the admin perspective in its section.
 * Every section starts collapsed, as in the console: a person opens Administration to reach MLflow.
 */
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import {
  Nav,
  NavExpandable,
  NavItem,
  NavList,
  PageSidebar,
  PageSidebarBody,
} from '@patternfly/react-core';
import { Link, useLocation } from 'react-router';

import type { NavHrefExtension } from '../extensions';
import { isNavHref, isNavSection } from '../extensions';
import { translateLabel } from '../i18n';
import { ALL_NAMESPACES_KEY, useActiveNamespace } from '../sdk/namespace';

// The console's admin perspective sections (id -> heading), in its order.
const SECTIONS: [string, string][] = [
  ['home', 'Home'],
  ['operators', 'Operators'],
  ['workloads', 'Workloads'],
  ['networking', 'Networking'],
  ['storage', 'Storage'],
  ['builds', 'Builds'],
  ['observe', 'Observe'],
  ['compute', 'Compute'],
  ['usermanagement', 'User Management'],
  ['administration', 'Administration'],
];

interface Item {
  id: string;
  name: string;
  href: string;
  section?: string;
  startsWith?: string[];
  /** Built-in items whose pages live under more than one path. */
  match?: RegExp;
  dataAttributes?: Record<string, string>;
}

const hrefOf = (p: NavHrefExtension['properties'], ns: string): string => {
  const all = ns === ALL_NAMESPACES_KEY;
  if (p.prefixNamespaced) return all ? `/k8s/all-namespaces${p.href}` : `/k8s/ns/${ns}${p.href}`;
  if (p.namespaced) return all ? `${p.href}/all-namespaces` : `${p.href}/ns/${ns}`;
  return p.href;
};

export const ShellNav = () => {
  const { pathname } = useLocation();
  const [activeNamespace] = useActiveNamespace();
  const navExtensions = useExtensions(isNavHref);
  const sectionExtensions = useExtensions(isNavSection);
  const ns = activeNamespace === ALL_NAMESPACES_KEY ? 'default' : activeNamespace;

  const items: Item[] = [
    { id: 'projects', name: 'Projects', href: '/k8s/cluster/projects', section: 'home' },
    {
      id: 'serviceaccounts',
      name: 'ServiceAccounts',
      href: `/k8s/ns/${ns}/serviceaccounts`,
      section: 'usermanagement',
      match: /^\/k8s\/ns\/[^/]+\/serviceaccounts(\/|$)/,
    },
    {
      id: 'namespaces',
      name: 'Namespaces',
      href: '/k8s/cluster/namespaces',
      section: 'administration',
    },
    ...navExtensions
      .filter((e) => !e.properties.perspective || e.properties.perspective === 'admin')
      .map((e) => ({
        id: e.properties.id,
        name: translateLabel(e.properties.name),
        href: hrefOf(e.properties, activeNamespace),
        section: e.properties.section,
        startsWith: e.properties.startsWith,
        dataAttributes: e.properties.dataAttributes,
      })),
  ];
  const sections: [string, string][] = [
    ...SECTIONS,
    ...sectionExtensions
      .filter((s) => !SECTIONS.some(([id]) => id === s.properties.id))
      .map((s): [string, string] => [
        s.properties.id,
        translateLabel(s.properties.name ?? s.properties.id),
      ]),
  ];
  const isActive = (i: Item) =>
    i.match
      ? i.match.test(pathname)
      : pathname === i.href ||
        pathname.startsWith(`${i.href}/`) ||
        (i.startsWith ?? []).some((s) => pathname.startsWith(s));

  const renderItem = (i: Item) => (
    <NavItem
      key={i.id}
      itemId={i.id}
      isActive={isActive(i)}
      data-test-id={i.id}
      {...i.dataAttributes}
    >
      <Link to={i.href}>{i.name}</Link>
    </NavItem>
  );

  return (
    <PageSidebar>
      <PageSidebarBody>
        <Nav aria-label="Console navigation">
          <NavList>
            {items.filter((i) => !i.section).map(renderItem)}
            {sections.map(([id, title]) => {
              const inSection = items.filter((i) => i.section === id);
              if (!inSection.length) return null;
              return (
                // Closed until the user opens it, even around the current page: the console's
                // NavSection starts with isOpen false and only its toggle changes that.
                <NavExpandable
                  key={id}
                  title={title}
                  groupId={id}
                  isActive={inSection.some(isActive)}
                  data-test={`nav-section-${id}`}
                >
                  {inSection.map(renderItem)}
                </NavExpandable>
              );
            })}
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
};
