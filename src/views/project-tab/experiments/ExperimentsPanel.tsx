import { Breadcrumb, BreadcrumbItem, Button, Stack, StackItem } from '@patternfly/react-core';
import { useState } from 'react';

import { LongText } from '../../../components/LongText';
import type { Experiment, Run } from '../../../core/mlflow-api';
import { runDisplayName } from '../../../core/mlflow-search';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { RunDetails } from '../run/RunDetails';
import { RunsTable } from '../runs/RunsTable';
import { ExperimentsTable } from './ExperimentsTable';

interface ExperimentsPanelProps {
  namespace: string;
  mlflowUrl?: string;
  /** Called once MLflow first answered the experiments search. */
  onFirstAnswer?: () => void;
}

/** Experiments → an experiment's runs → one run, with a breadcrumb back up. */
export const ExperimentsPanel = ({
  namespace,
  mlflowUrl,
  onFirstAnswer,
}: ExperimentsPanelProps) => {
  const { t } = useMlflowTranslation();
  const [experiment, setExperiment] = useState<Experiment>();
  const [run, setRun] = useState<Run>();

  const crumbs = experiment ? (
    <Breadcrumb>
      <BreadcrumbItem>
        <Button
          variant="link"
          isInline
          onClick={() => {
            setExperiment(undefined);
            setRun(undefined);
          }}
        >
          {t('Experiments')}
        </Button>
      </BreadcrumbItem>
      {run ? (
        <>
          <BreadcrumbItem>
            <Button
              variant="link"
              isInline
              onClick={() => {
                setRun(undefined);
              }}
            >
              <LongText text={experiment.name} inControl />
            </Button>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>
            <LongText text={runDisplayName(run)} />
          </BreadcrumbItem>
        </>
      ) : (
        <BreadcrumbItem isActive>
          <LongText text={experiment.name} />
        </BreadcrumbItem>
      )}
    </Breadcrumb>
  ) : null;

  return (
    <Stack hasGutter>
      {crumbs ? <StackItem>{crumbs}</StackItem> : null}
      {/* Lists stay mounted while a level below is shown, so going back keeps page and filter. */}
      <StackItem hidden={Boolean(experiment)}>
        <ExperimentsTable
          namespace={namespace}
          onSelectExperiment={setExperiment}
          onFirstAnswer={onFirstAnswer}
        />
      </StackItem>
      {experiment ? (
        <StackItem hidden={Boolean(run)}>
          <RunsTable
            key={experiment.experiment_id}
            namespace={namespace}
            experiment={experiment}
            onSelectRun={setRun}
          />
        </StackItem>
      ) : null}
      {experiment && run ? (
        <StackItem>
          <RunDetails
            key={run.info.run_id}
            namespace={namespace}
            run={run}
            experimentName={experiment.name}
            mlflowUrl={mlflowUrl}
          />
        </StackItem>
      ) : null}
    </Stack>
  );
};
