import { ConsoleLinkModel, StorageClassModel } from '@/core/k8s/models';
import type { ConsoleLink, StorageClass } from '@/core/k8s/types';

import { useWatchedList } from './useWatchedList';
import type { WatchedList } from './useWatchedList';

/** The cluster's StorageClasses, for the volume's class picker. */
export const useStorageClasses = (enabled = true): WatchedList<StorageClass> =>
  useWatchedList<StorageClass>(StorageClassModel, { enabled });

/** Every ConsoleLink, to find the ones that lead to MLflow. */
export const useConsoleLinks = (): WatchedList<ConsoleLink> =>
  useWatchedList<ConsoleLink>(ConsoleLinkModel);
