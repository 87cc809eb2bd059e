/**
 * What the access feature offers the other features: the project tab shows the workspace's access
 * section. Everything else in this folder is the feature's own (the lint rule of ARCHITECTURE.md).
 */
export { MlflowAccessSection } from './MlflowAccessSection';
