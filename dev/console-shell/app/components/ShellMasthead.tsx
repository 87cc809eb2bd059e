/**
 * The masthead: the Applications menu (from the cluster's ConsoleLinks, listed on every page as the
 * console's masthead lists them), who is signed in (and a switch to the other identities),
 * light/dark theme, and the language (the console's user preference).
 */
import {
  Dropdown,
  DropdownItem,
  DropdownList,
  Label,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  MenuToggle,
  PageToggleButton,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { BarsIcon } from '@patternfly/react-icons/dist/esm/icons/bars-icon';
import { GlobeIcon } from '@patternfly/react-icons/dist/esm/icons/globe-icon';
import { MoonIcon } from '@patternfly/react-icons/dist/esm/icons/moon-icon';
import { QuestionCircleIcon } from '@patternfly/react-icons/dist/esm/icons/question-circle-icon';
import { SunIcon } from '@patternfly/react-icons/dist/esm/icons/sun-icon';
import { UserIcon } from '@patternfly/react-icons/dist/esm/icons/user-icon';
import i18n from 'i18next';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import type { Language } from '../language';
import { chooseLanguage, LANGUAGES } from '../language';
import type { Session } from '../session';
import { switchIdentity } from '../session';
import type { Theme } from '../theme';
import { applyTheme } from '../theme';
import { ApplicationLauncher } from './ApplicationLauncher';

export const ShellMasthead = ({ session }: { session: Session }) => {
  const [theme, setTheme] = useState<Theme>(() =>
    document.documentElement.classList.contains('pf-v6-theme-dark') ? 'dark' : 'light',
  );
  const [identityOpen, setIdentityOpen] = useState(false);
  const [languageOpen, setLanguageOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const navigate = useNavigate();
  const language = i18n.language as Language;
  const chooseTheme = (t: Theme) => {
    applyTheme(t);
    setTheme(t);
  };
  const who = session.identity;

  return (
    <Masthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton variant="plain" aria-label="Global navigation">
            <BarsIcon />
          </PageToggleButton>
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo component="span">
            <Link
              to="/k8s/cluster/projects"
              className="pf-v6-c-title pf-m-lg"
              style={{ textDecoration: 'none', color: 'inherit' }}
            >
              Console shell
            </Link>
          </MastheadLogo>
          <Label
            isCompact
            color="orange"
            style={{ marginInlineStart: 'var(--pf-t--global--spacer--sm)' }}
          >
            development host, not the OpenShift console
          </Label>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight isStatic>
          <ToolbarContent>
            <ToolbarGroup align={{ default: 'alignEnd' }} gap={{ default: 'gapMd' }}>
              <ToolbarItem>
                <ApplicationLauncher />
              </ToolbarItem>
              <ToolbarItem>
                <ToggleGroup aria-label="Theme">
                  <ToggleGroupItem
                    icon={<SunIcon />}
                    text="Light"
                    buttonId="shell-theme-light"
                    data-test="theme-light"
                    isSelected={theme === 'light'}
                    onChange={() => {
                      chooseTheme('light');
                    }}
                  />
                  <ToggleGroupItem
                    icon={<MoonIcon />}
                    text="Dark"
                    buttonId="shell-theme-dark"
                    data-test="theme-dark"
                    isSelected={theme === 'dark'}
                    onChange={() => {
                      chooseTheme('dark');
                    }}
                  />
                </ToggleGroup>
              </ToolbarItem>
              <ToolbarItem>
                {/* The console's help menu; of its items the shell has the quick start catalogue. */}
                <Dropdown
                  isOpen={helpOpen}
                  onOpenChange={setHelpOpen}
                  popperProps={{ position: 'right' }}
                  toggle={(ref) => (
                    <MenuToggle
                      ref={ref}
                      variant="plain"
                      icon={<QuestionCircleIcon />}
                      isExpanded={helpOpen}
                      onClick={() => {
                        setHelpOpen((o) => !o);
                      }}
                      data-test="help-menu"
                      aria-label="Help menu"
                    />
                  )}
                >
                  <DropdownList>
                    <DropdownItem
                      data-test="quick-starts"
                      onClick={() => {
                        setHelpOpen(false);
                        void navigate('/quickstart');
                      }}
                    >
                      Quick Starts
                    </DropdownItem>
                  </DropdownList>
                </Dropdown>
              </ToolbarItem>
              <ToolbarItem>
                <Dropdown
                  isOpen={languageOpen}
                  onOpenChange={setLanguageOpen}
                  popperProps={{ position: 'right' }}
                  toggle={(ref) => (
                    <MenuToggle
                      ref={ref}
                      icon={<GlobeIcon />}
                      isExpanded={languageOpen}
                      onClick={() => {
                        setLanguageOpen((o) => !o);
                      }}
                      data-test="language-menu"
                      aria-label={`Language: ${LANGUAGES[language]}`}
                    >
                      {LANGUAGES[language]}
                    </MenuToggle>
                  )}
                >
                  <DropdownList>
                    {(Object.keys(LANGUAGES) as Language[]).map((l) => (
                      <DropdownItem
                        key={l}
                        lang={l}
                        isSelected={l === language}
                        data-test={`language-${l}`}
                        onClick={() => {
                          chooseLanguage(l);
                        }}
                      >
                        {LANGUAGES[l]}
                      </DropdownItem>
                    ))}
                  </DropdownList>
                </Dropdown>
              </ToolbarItem>
              <ToolbarItem>
                <Dropdown
                  isOpen={identityOpen}
                  onOpenChange={setIdentityOpen}
                  popperProps={{ position: 'right' }}
                  toggle={(ref) => (
                    <MenuToggle
                      ref={ref}
                      icon={<UserIcon />}
                      isExpanded={identityOpen}
                      onClick={() => {
                        setIdentityOpen((o) => !o);
                      }}
                      data-test="identity-menu"
                      aria-label={`Signed in as ${who?.name ?? 'nobody'}`}
                    >
                      {who ? `${who.name} (${who.description})` : 'not signed in'}
                    </MenuToggle>
                  )}
                >
                  <DropdownList>
                    {session.identities.map((i) => (
                      <DropdownItem
                        key={i.name}
                        description={i.description}
                        isSelected={i.name === who?.name}
                        data-test={`identity-${i.name}`}
                        onClick={() => void switchIdentity(i.name)}
                      >
                        Sign in as {i.name}
                      </DropdownItem>
                    ))}
                    <DropdownItem key="logout" to="/shell/logout">
                      Sign out
                    </DropdownItem>
                  </DropdownList>
                </Dropdown>
              </ToolbarItem>
            </ToolbarGroup>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
};
