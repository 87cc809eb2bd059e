import type { StorageClass } from '@/core/k8s/types';

import { findDefaultStorageClass, isDefaultStorageClass } from './storage-classes';

const sc = (name: string, isDefault?: string, created = '2026-01-01T00:00:00Z'): StorageClass => ({
  metadata: {
    name,
    creationTimestamp: created,
    annotations: isDefault ? { 'storageclass.kubernetes.io/is-default-class': isDefault } : {},
  },
  provisioner: 'ebs.csi.aws.com',
});

describe('default StorageClass', () => {
  it('is the one annotated is-default-class: "true"', () => {
    expect(isDefaultStorageClass(sc('gp3-csi', 'true'))).toBe(true);
    expect(isDefaultStorageClass(sc('efs-csi', 'false'))).toBe(false);
    expect(isDefaultStorageClass(sc('efs-csi'))).toBe(false);
    expect(
      isDefaultStorageClass({
        metadata: { annotations: { 'storageclass.beta.kubernetes.io/is-default-class': 'true' } },
      }),
    ).toBe(true);
  });

  it('is the newest of several marked default, and none when none is marked', () => {
    expect(
      findDefaultStorageClass([
        sc('old', 'true', '2025-01-01T00:00:00Z'),
        sc('efs-csi'),
        sc('new', 'true', '2026-06-01T00:00:00Z'),
      ])?.metadata?.name,
    ).toBe('new');
    expect(findDefaultStorageClass([sc('efs-csi')])).toBeUndefined();
  });
});
