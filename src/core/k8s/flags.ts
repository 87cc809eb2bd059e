/** Console feature flags set by the plugin's console.flag/model extensions when the CRD exists. */
export const FLAG_MLFLOW_CRD = 'MLFLOW_CONSOLE_PLUGIN_MLFLOW_CRD';
export const FLAG_DSC_CRD = 'MLFLOW_CONSOLE_PLUGIN_DSC_CRD';
