import { Button, Tooltip } from '@patternfly/react-core';
import { LinkIcon } from '@patternfly/react-icons';
import { useState } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface CopyLinkButtonProps {
  /** The full console URL of what is shown. */
  url: string;
}

/** Copies the link to what is shown, to send to a colleague; says when the browser refused. */
export const CopyLinkButton = ({ url }: CopyLinkButtonProps) => {
  const { t } = useMlflowTranslation();
  const [copied, setCopied] = useState<'yes' | 'refused' | undefined>();
  const tip =
    copied === 'yes'
      ? t('Link copied')
      : copied === 'refused'
        ? t('The browser refused to copy; copy the address bar instead.')
        : t('Copy a link to what is shown here');
  return (
    <Tooltip content={tip}>
      <Button
        variant="link"
        icon={<LinkIcon />}
        onClick={() => {
          navigator.clipboard.writeText(url).then(
            () => {
              setCopied('yes');
            },
            () => {
              setCopied('refused');
            },
          );
        }}
      >
        {t('Copy link')}
      </Button>
    </Tooltip>
  );
};
