import { Alert, List, ListItem } from '@patternfly/react-core';
import { Link } from 'react-router';

import type { PlaceProblem } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface PlaceProblemsProps {
  problems: PlaceProblem[];
  /** The experiments list, as a router path: the way back. */
  listPath: string;
}

/** Which parts of the link could not be used, what is shown instead, and the way to the list. */
export const PlaceProblems = ({ problems, listPath }: PlaceProblemsProps) => {
  const { t } = useMlflowTranslation();
  const explain = ({ param, value, kind }: PlaceProblem): string => {
    switch (kind) {
      case 'unknown-section':
        return t('There is no section "{{value}}"; the experiments are shown.', { value });
      case 'bad-page-size':
        return t('"{{value}}" is not a page size ({{param}}); 25 per page are shown.', {
          value,
          param,
        });
      case 'bad-sort':
        return t('"{{value}}" is not a sort order; the newest experiments come first.', {
          value,
        });
      case 'bad-lifecycle':
        return t('"{{value}}" is not a lifecycle; active experiments are shown.', { value });
      case 'bad-column':
        return t('"{{value}}" is not a runs column (metric:KEY or param:KEY).', { value });
      case 'bad-id':
        return t('"{{value}}" is not an MLflow ID ({{param}}).', { value, param });
      case 'run-without-experiment':
        return t('Run {{value}} is named without its experiment.', { value });
      case 'artifact-without-run':
        return t('Artifact "{{value}}" is named without its run.', { value });
      case 'unknown-experiment-view':
        return t('An experiment has no view "{{value}}"; its runs are shown.', { value });
      case 'bad-name':
        return t('"{{value}}" is not a name MLflow could have ({{param}}).', { value, param });
      case 'bad-version':
        return t('"{{value}}" is not a version number ({{param}}).', { value, param });
      case 'version-without-prompt':
        return t('Version {{value}} is named without its prompt.', { value });
      case 'bad-choice':
        return t('"{{value}}" is not a value {{param}} can take; it is left out.', {
          value,
          param,
        });
      case 'trace-without-experiment':
        return t('Trace {{value}} is named without its experiment.', { value });
      case 'bad-time':
        return t('"{{value}}" is not a date and time with a zone ({{param}}); it is left out.', {
          value,
          param,
        });
      case 'reversed-range':
        return t('The time range {{value}} starts after it ends; it is left out.', { value });
      case 'window-with-range':
        return t('The time window "{{value}}" is left out: the link also gives a time range.', {
          value,
        });
      default:
        return value;
    }
  };
  return (
    <Alert isInline variant="warning" title={t('Part of this link could not be used')}>
      <List>
        {problems.map((problem) => (
          <ListItem key={`${problem.param}=${problem.value}`}>{explain(problem)}</ListItem>
        ))}
      </List>
      <p>
        <Link to={listPath}>{t('Go to the experiments list')}</Link>
      </p>
    </Alert>
  );
};
