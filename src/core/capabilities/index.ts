export * from './crd-fields';
export * from './endpoints';
export * from './mlflow-version';
export * from './releases';
