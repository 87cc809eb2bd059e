/**
 * One quick start, opened beside the catalogue as the console's side panel: the introduction and
 * prerequisites, then one task at a time (Start, Next, Back), then the conclusion. Markdown is
 * shown as its text (line breaks kept): the shell is a stand-in, the console renders it.
 */
import {
  Button,
  Content,
  DrawerActions,
  DrawerCloseButton,
  DrawerHead,
  DrawerPanelBody,
  DrawerPanelContent,
  Flex,
  List,
  ListItem,
  Title,
} from '@patternfly/react-core';
import { useState } from 'react';

import type { ConsoleQuickStart } from './quick-starts';
import { durationText } from './quick-starts';

const text = { whiteSpace: 'pre-wrap' } as const;

interface QuickStartPanelProps {
  quickStart: ConsoleQuickStart;
  onClose: () => void;
}

export const QuickStartPanel = ({ quickStart, onClose }: QuickStartPanelProps) => {
  const { spec } = quickStart;
  const tasks = spec.tasks ?? [];
  // -1: the introduction; 0..n-1: a task; n: the conclusion.
  const [step, setStep] = useState(-1);
  const task = step >= 0 && step < tasks.length ? tasks[step] : undefined;

  return (
    <DrawerPanelContent widths={{ default: 'width_50' }}>
      <DrawerHead>
        <Title headingLevel="h2">{spec.displayName}</Title>
        <span>{durationText(spec.durationMinutes)}</span>
        <DrawerActions>
          <DrawerCloseButton onClick={onClose} aria-label="Close the quick start" />
        </DrawerActions>
      </DrawerHead>
      <DrawerPanelBody>
        {step < 0 ? (
          <section aria-label="Introduction">
            <Content component="p" style={text}>
              {spec.introduction}
            </Content>
            {spec.prerequisites?.length ? (
              <>
                <Title headingLevel="h3">Prerequisites</Title>
                <List>
                  {spec.prerequisites.map((prerequisite) => (
                    <ListItem key={prerequisite}>{prerequisite}</ListItem>
                  ))}
                </List>
              </>
            ) : null}
            <Title headingLevel="h3">{`In this quick start, you will complete ${String(tasks.length)} tasks`}</Title>
            <List component="ol">
              {tasks.map((t) => (
                <ListItem key={t.title}>{t.title}</ListItem>
              ))}
            </List>
          </section>
        ) : task ? (
          <section aria-label={`Task ${String(step + 1)} of ${String(tasks.length)}`}>
            <Title headingLevel="h3">{`${String(step + 1)}. ${task.title}`}</Title>
            <Content component="p" style={text}>
              {task.description}
            </Content>
            {task.review ? (
              <>
                <Title headingLevel="h4">Check your work</Title>
                <Content component="p" style={text}>
                  {task.review.instructions}
                </Content>
              </>
            ) : null}
          </section>
        ) : (
          <section aria-label="Conclusion">
            <Content component="p" style={text}>
              {spec.conclusion ?? ''}
            </Content>
          </section>
        )}
        <Flex>
          {step >= 0 ? (
            <Button
              variant="secondary"
              onClick={() => {
                setStep(step - 1);
              }}
            >
              Back
            </Button>
          ) : null}
          {step < tasks.length ? (
            <Button
              onClick={() => {
                setStep(step + 1);
              }}
            >
              {step < 0 ? 'Start' : 'Next'}
            </Button>
          ) : (
            <Button onClick={onClose}>Close</Button>
          )}
        </Flex>
      </DrawerPanelBody>
    </DrawerPanelContent>
  );
};
