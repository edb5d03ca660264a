import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let firstPage = true;

/**
 * Names the document after the page and, when the person moved here from another page, puts the
 * focus on its heading: a screen reader then reads where they are, and Tab starts from the top.
 */
export function usePageHeading(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, []);
  return heading;
}
