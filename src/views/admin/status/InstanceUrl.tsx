import { ExternalLinkButton } from '@/components/ExternalLinkButton';
import { isHttpsUrl } from '@/core/links/console-links';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** The instance's external URL: a link only when it is https, otherwise shown as text. */
export const InstanceUrl = ({ url }: { url: string | undefined }) => {
  const { t } = useMlflowTranslation();
  if (!url) return <>{t('Not reported yet')}</>;
  if (!isHttpsUrl(url)) {
    return (
      <>
        {url} {t('(not https, so not linked)')}
      </>
    );
  }
  return (
    <ExternalLinkButton href={url} isInline>
      {url}
    </ExternalLinkButton>
  );
};
