/**
 * The masthead's Applications menu (the grid icon), as on every console page: the cluster's
 * ConsoleLinks listed and watched as the signed-in user (`consolelinks?limit=250`, as the console's
 * masthead lists them), grouped by ./application-menu.ts; not shown while no link goes there. A
 * cluster without the ConsoleLink CRD makes no request, as the console's flag keeps it from asking.
 */
import {
  Divider,
  Dropdown,
  DropdownGroup,
  DropdownItem,
  DropdownList,
  MenuToggle,
} from '@patternfly/react-core';
import { ThIcon } from '@patternfly/react-icons/dist/esm/icons/th-icon';
import { Fragment, useState } from 'react';

import { useK8sWatchResource } from '../sdk/watch';
import { applicationMenuSections } from './application-menu';
import type { ConsoleLinkLike } from './application-menu';

export const CONSOLE_LINKS = {
  groupVersionKind: { group: 'console.openshift.io', version: 'v1', kind: 'ConsoleLink' },
  isList: true,
} as const;

export const ApplicationLauncher = () => {
  const [open, setOpen] = useState(false);
  const [links] = useK8sWatchResource<ConsoleLinkLike[]>(CONSOLE_LINKS);
  const sections = applicationMenuSections(Array.isArray(links) ? links : []);
  if (sections.length === 0) return null;
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      onSelect={() => {
        setOpen(false);
      }}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant="plain"
          aria-label="Application launcher"
          data-test-id="application-launcher"
          isExpanded={open}
          onClick={() => {
            setOpen((o) => !o);
          }}
        >
          <ThIcon />
        </MenuToggle>
      )}
    >
      {sections.map((section, index) => {
        const items = (
          <DropdownList>
            {section.links.map((link) => (
              <DropdownItem
                key={link.metadata?.name ?? link.spec.href}
                to={link.spec.href}
                isExternalLink
                rel="noopener noreferrer"
                icon={
                  link.spec.applicationMenu?.imageURL ? (
                    <img src={link.spec.applicationMenu.imageURL} alt="" />
                  ) : undefined
                }
                data-test="application-launcher-item"
              >
                {link.spec.text}
              </DropdownItem>
            ))}
          </DropdownList>
        );
        return (
          <Fragment key={section.name}>
            {section.name ? <DropdownGroup label={section.name}>{items}</DropdownGroup> : items}
            {index < sections.length - 1 && <Divider />}
          </Fragment>
        );
      })}
    </Dropdown>
  );
};
