import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchStaffBlob } from './session';

/**
 * The server's HTML (MSEL, after-action report) made ready for a sandboxed frame. The frame's
 * document inherits the console's Content-Security-Policy, which refuses inline style, and its
 * opaque origin may load none of the console's stylesheets (Cross-Origin-Resource-Policy), so the
 * server's <style> could only fail there: it is left out, and its tables get the presentational
 * attributes that need no stylesheet (borders, padding, alignment), so they stay readable. Scripts would
 * not run in the frame in any case; none are kept.
 */
async function framedDocument(path: string): Promise<string> {
  const html = await (await fetchStaffBlob(path)).text();
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.querySelectorAll('style, script, link')) element.remove();
  for (const table of document.querySelectorAll('table')) {
    table.setAttribute('border', '1');
    table.setAttribute('cellpadding', '6');
    table.setAttribute('cellspacing', '0');
    table.setAttribute('width', '100%');
  }
  for (const row of document.querySelectorAll('tr')) row.setAttribute('valign', 'top');
  for (const cell of document.querySelectorAll('th, caption')) cell.setAttribute('align', 'left');
  return `<!doctype html>\n${document.documentElement.outerHTML}`;
}

/**
 * A server-rendered document shown in a frame with `sandbox=""`: no scripts, no forms, no
 * navigation of the console, an origin of its own. Fetched with the staff token, shown from a Blob.
 */
export function ServerDocument({ path, title }: { path: string; title: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ['server-document', path],
    queryFn: () => framedDocument(path),
    staleTime: 0,
  });
  const url = useMemo(
    () => (query.data ? URL.createObjectURL(new Blob([query.data], { type: 'text/html' })) : null),
    [query.data],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  if (query.isPending) return <p className="utrecht-paragraph">{t('staff.document.loading')}</p>;
  if (!url)
    return (
      <p className="dh-error" role="alert">
        {t('staff.document.failed')}
      </p>
    );
  return <iframe className="dh-server-document" sandbox="" src={url} title={title} />;
}
