import { useTranslation } from 'react-i18next';
import type { ScenarioOwner } from './use-scenarios';

/** Whose copy a scenario is, in words: shipped with Driehoek, or an organisation's own. */
export function OwnerLabel({ owner }: { owner: ScenarioOwner }) {
  const { t } = useTranslation();
  return (
    <span className="dh-owner" data-owner={owner.kind}>
      {owner.kind === 'shipped' ? t('staff.library.shipped') : t('staff.library.own', { name: owner.name })}
    </span>
  );
}
