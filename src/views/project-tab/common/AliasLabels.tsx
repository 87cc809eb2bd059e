import { Label, LabelGroup } from '@patternfly/react-core';

/** A registered model's or prompt's aliases, each as "@alias → vN". */
export const AliasLabels = ({
  aliases,
}: {
  aliases: readonly { alias: string; version: string }[];
}) => (
  <LabelGroup>
    {aliases.map(({ alias, version }) => (
      <Label key={alias} isCompact color="blue" textMaxWidth="24ch">
        {`@${alias} → v${version}`}
      </Label>
    ))}
  </LabelGroup>
);
