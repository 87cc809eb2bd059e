import type { CrdFieldOffers } from '@/core/capabilities';
import type { InstanceSettings } from '@/core/instance/instance-settings';

import type { FieldErrorSource } from './fieldErrors';

/** What every section of the instance settings form gets. */
export interface SectionProps {
  settings: InstanceSettings;
  onChange: (next: InstanceSettings) => void;
  errors: FieldErrorSource;
}

/** Which gated CRD fields the cluster's MLflow CRD declares, for the sections that write them. */
export interface CrdFieldProps {
  crdFields: CrdFieldOffers;
  crdFieldsLoading: boolean;
}
