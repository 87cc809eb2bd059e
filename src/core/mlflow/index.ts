/**
 * The MLflow REST client (pure: no React, no console SDK): `createMlflowClient` makes the
 * transport, and one module per resource family asks MLflow through it.
 */
export * from './transport';
export * from './wire';
export * from './workspaces';
export * from './experiments';
export * from './runs';
export * from './metrics';
export * from './models';
export * from './artifacts';
export * from './logged-models';
export * from './prompts';
export * from './datasets';
export * from './missing-endpoint';
export * from './traces';
export * from './evaluation-datasets';
export * from './scorers';
export * from './assessments';
