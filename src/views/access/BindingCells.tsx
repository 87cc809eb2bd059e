import { Td } from '@patternfly/react-table';

import { K8sResourceLink } from '@/components/K8sResourceLink';
import type { SubjectAccess } from '@/core/access/mlflow-access';
import { RoleBindingModel } from '@/core/k8s/models';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { RoleRefLink } from './RoleRefLink';
import { SubjectName } from './SubjectName';

interface BindingCellsProps extends SubjectAccess {
  namespace: string;
  /** The role column's header, which labels its cell on narrow screens. */
  roleColumn: string;
}

/** The first three cells of a row of either access table: who, through which binding, which role. */
export const BindingCells = ({ subject, binding, namespace, roleColumn }: BindingCellsProps) => {
  const { t } = useMlflowTranslation();
  return (
    <>
      <Td dataLabel={t('Subject')}>
        <SubjectName subject={subject} bindingNamespace={namespace} />
      </Td>
      <Td dataLabel={t('RoleBinding')}>
        <K8sResourceLink
          model={RoleBindingModel}
          name={binding.metadata?.name ?? ''}
          namespace={namespace}
        />
      </Td>
      <Td dataLabel={roleColumn}>
        <RoleRefLink binding={binding} namespace={namespace} />
      </Td>
    </>
  );
};
