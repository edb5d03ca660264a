import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadFile } from './download';

/**
 * A button that downloads what a staff route answers (links cannot carry the bearer token). Says
 * while it is fetching, and plainly when it failed.
 */
export function DownloadButton({ path, filename, label }: { path: string; filename: string; label: string }) {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: () => downloadFile(path, filename) });
  return (
    <span className="dh-download">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={download.isPending || undefined}
        onClick={() => {
          if (!download.isPending) download.mutate();
        }}
      >
        {label}
      </button>
      <span role="status" className="dh-download__status">
        {download.isPending ? t('staff.download.busy') : download.isError ? t('staff.download.failed') : ''}
      </span>
    </span>
  );
}
