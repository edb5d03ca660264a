import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Msel } from './findings';

/**
 * The MSEL of the text as it stands (the check route's rows), as a table of text: what the
 * scenario would play, when, from whom, to whom. When the text has errors the last valid one
 * stays, marked as such, so the preview does not vanish at every typo.
 */
// Memoised: the table of a long scenario has hundreds of rows, and the text changes at every key.
export const MselPreview = memo(function MselPreview({ msel, stale }: { msel: Msel | null; stale: boolean }) {
  const { t } = useTranslation();
  const caption = useId();
  return (
    <section aria-labelledby="editor-msel" className="dh-editor__msel">
      <h2 className="utrecht-heading-2" id="editor-msel">
        {t('editor.msel.title')}
      </h2>
      <p className="utrecht-paragraph">{t('editor.msel.intro')}</p>
      {!msel ? (
        <p className="utrecht-paragraph">{t('editor.msel.none')}</p>
      ) : (
        <>
          {stale && <p className="dh-notice">{t('editor.msel.stale')}</p>}
          {/* A long row may scroll sideways on a tablet: reachable, and named, for the keyboard. */}
          <div className="dh-table-scroll" tabIndex={0} role="region" aria-labelledby={caption}>
            <table className="utrecht-table dh-msel-table" data-stale={stale || undefined}>
              <caption className="utrecht-table__caption" id={caption}>
                {t('editor.msel.caption', { title: msel.title, count: msel.rows.length })}
              </caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell dh-msel-col-when" scope="col">
                    {t('editor.msel.when')}
                  </th>
                  <th className="utrecht-table__header-cell dh-msel-col-what" scope="col">
                    {t('editor.msel.what')}
                  </th>
                  <th className="utrecht-table__header-cell dh-msel-col-to" scope="col">
                    {t('editor.msel.fromTo')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {msel.rows.map((row) => (
                  <tr
                    className="utrecht-table__row"
                    key={`${row.kind}|${row.id}|${row.when}`}
                    data-kind={row.kind}
                  >
                    <td className="utrecht-table__cell">
                      {row.when}
                      {row.phase && <span className="dh-msel-sub">{row.phase}</span>}
                    </td>
                    <th
                      className="utrecht-table__header-cell dh-msel-title"
                      scope="row"
                      data-depth={Math.min(row.depth, 4)}
                    >
                      <span className="dh-msel-kind">{t(`editor.msel.kind.${row.kind}`)}</span> {row.title}
                      {row.content && <span className="dh-msel-content">{row.content}</span>}
                    </th>
                    <td className="utrecht-table__cell">
                      {row.from && <span>{row.from} →</span>} {row.to}
                      {row.channel && <span className="dh-msel-sub">{row.channel}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
});
