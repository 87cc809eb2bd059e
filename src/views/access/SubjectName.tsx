import { K8sResourceLink } from '@/components/K8sResourceLink';
import { subjectLabel } from '@/core/access/mlflow-access';
import { ServiceAccountModel } from '@/core/k8s/models';
import type { Subject } from '@/core/k8s/types';

interface SubjectNameProps {
  subject: Subject;
  /** The namespace of the binding that names the subject (a ServiceAccount's default). */
  bindingNamespace: string;
}

/**
 * Who a binding grants to. A ServiceAccount is an object the console shows, so it is a link (with
 * its namespace when it lives in another project). Users and groups stay text: a subject need not
 * be an object at all (system:authenticated, a group from the identity provider).
 */
export const SubjectName = ({ subject, bindingNamespace }: SubjectNameProps) => {
  if (subject.kind !== 'ServiceAccount') return <>{subjectLabel(subject)}</>;
  const namespace = subject.namespace ?? bindingNamespace;
  return (
    <K8sResourceLink
      model={ServiceAccountModel}
      name={subject.name}
      namespace={namespace}
      displayName={namespace === bindingNamespace ? undefined : `${namespace}/${subject.name}`}
    />
  );
};
