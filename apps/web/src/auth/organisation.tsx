import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffSession, type StaffSession } from './session';

const KEY = 'driehoek.staff.organisation';

type Organisation = StaffSession['organisations'][number];

/**
 * The organisation a staff view works in: the only one, or the one chosen (kept for the tab). A
 * member of several organisations chooses; the routes without one in the path then get
 * `?organisationId=` (docs/api.md, "Organisation").
 */
export function useOrganisationChoice(): [Organisation | null, (id: string) => void] {
  const organisations = useStaffSession()?.organisations ?? [];
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return null;
    }
  });
  const organisation = organisations.find((o) => o.id === chosen) ?? organisations[0] ?? null;
  const choose = (id: string) => {
    setChosen(id);
    try {
      sessionStorage.setItem(KEY, id);
    } catch {
      // Kept for this page only.
    }
  };
  return [organisation, choose];
}

/** A labelled choice of organisation, shown only to members of more than one. */
export function OrganisationSelect({
  value,
  onChange,
}: {
  value: Organisation | null;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const organisations = useStaffSession()?.organisations ?? [];
  const id = useId();
  if (organisations.length < 2) return null;
  return (
    <div className="dh-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {t('staff.organisation.choose')}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value?.id ?? ''}
        onChange={(event) => onChange(event.target.value)}
      >
        {organisations.map((organisation) => (
          <option key={organisation.id} value={organisation.id}>
            {organisation.name}
          </option>
        ))}
      </select>
    </div>
  );
}
