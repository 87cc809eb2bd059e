/** The console extension types the shell renders, as type guards for useResolvedExtensions. */
import type { CodeRef, Extension } from '@openshift/dynamic-plugin-sdk';
import type { ComponentType } from 'react';

export interface ExtensionModel {
  group?: string;
  version?: string;
  kind: string;
}

export type RouteExtension = Extension<
  'console.page/route',
  {
    path: string | string[];
    exact?: boolean;
    perspective?: string;
    component: CodeRef<ComponentType>;
  }
>;
export type NavHrefExtension = Extension<
  'console.navigation/href',
  {
    id: string;
    name: string;
    href: string;
    perspective?: string;
    section?: string;
    dataAttributes?: Record<string, string>;
    startsWith?: string[];
    namespaced?: boolean;
    prefixNamespaced?: boolean;
  }
>;
export type NavSectionExtension = Extension<
  'console.navigation/section',
  { id: string; name?: string; perspective?: string }
>;
export type HorizontalNavTabExtension = Extension<
  'console.tab/horizontalNav',
  {
    model: ExtensionModel;
    page: { name: string; href: string };
    component: CodeRef<ComponentType<{ obj?: unknown; params?: unknown }>>;
  }
>;
export type ModelFlagExtension = Extension<
  'console.flag/model',
  { flag: string; model: ExtensionModel }
>;
export type ResourceActionProviderExtension = Extension<
  'console.action/resource-provider',
  { model: ExtensionModel; provider: CodeRef<(resource: unknown) => [unknown[], boolean, unknown]> }
>;
export type InventoryItemExtension = Extension<
  'console.project-overview/inventory-item',
  { component: CodeRef<ComponentType<{ projectName: string }>> }
>;

export const isRoute = (e: Extension): e is RouteExtension => e.type === 'console.page/route';
export const isNavHref = (e: Extension): e is NavHrefExtension =>
  e.type === 'console.navigation/href';
export const isNavSection = (e: Extension): e is NavSectionExtension =>
  e.type === 'console.navigation/section';
export const isHorizontalNavTab = (e: Extension): e is HorizontalNavTabExtension =>
  e.type === 'console.tab/horizontalNav';
export const isModelFlag = (e: Extension): e is ModelFlagExtension =>
  e.type === 'console.flag/model';
export const isResourceActionProvider = (e: Extension): e is ResourceActionProviderExtension =>
  e.type === 'console.action/resource-provider';
export const isInventoryItem = (e: Extension): e is InventoryItemExtension =>
  e.type === 'console.project-overview/inventory-item';

/** Does an extension's model (group optional, version optional) name this kind? */
export const modelMatches = (
  model: ExtensionModel,
  target: { group?: string; version: string; kind: string },
): boolean => {
  const norm = (g?: string) => (!g || g === 'core' ? '' : g);
  return (
    model.kind === target.kind &&
    norm(model.group) === norm(target.group) &&
    (!model.version || model.version === target.version)
  );
};
