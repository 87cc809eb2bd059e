import { useTranslation } from 'react-i18next';

/**
 * The plugin's one translation namespace; every user-visible string goes through it. A literal, so
 * that i18next-parser can see which namespace the keys belong to.
 */
export const useMlflowTranslation = () => useTranslation('plugin__mlflow-console-plugin');
