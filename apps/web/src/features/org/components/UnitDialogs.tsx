import type { OrgUnit } from '@danvan/contracts';
import { useI18n } from '../../../i18n/index.tsx';
import type { UnitAction } from './UnitDetail.tsx';
import { CreateChildModal, DeactivateUnitModal, EditUnitModal, MoveUnitModal } from './UnitModals.tsx';
import { MergeModal } from './MergeModal.tsx';
import { SplitModal } from './SplitModal.tsx';
import { ImportModal } from './ImportModal.tsx';

export type Dialog = { action: UnitAction | 'import' | 'mergeAny'; unit: OrgUnit | null } | null;

/** The dialogs of the org page; `done` closes them, says what happened and shows the unit changed. */
export function UnitDialogs({
  dialog,
  onClose,
  done,
}: {
  dialog: Dialog;
  onClose: () => void;
  done: (unit: OrgUnit | null, text: string) => unknown;
}) {
  const { t } = useI18n();
  const unit = dialog?.unit ?? null;
  // the dialogs on one unit that answer with the unit as it now is
  const onUnit = [
    {
      action: 'createChild',
      Modal: CreateChildModal,
      text: (u: OrgUnit) => t('org.messages.created', { name: u.name }),
    },
    { action: 'edit', Modal: EditUnitModal, text: () => t('org.messages.updated') },
    { action: 'move', Modal: MoveUnitModal, text: () => t('org.messages.moved') },
    { action: 'deactivate', Modal: DeactivateUnitModal, text: () => t('org.messages.deactivated') },
  ] as const;
  return (
    <>
      {unit && (
        <>
          {onUnit.map(({ action, Modal, text }) => (
            <Modal
              key={action}
              unit={unit}
              open={dialog?.action === action}
              onClose={onClose}
              onDone={(u) => done(u, text(u))}
            />
          ))}
          <SplitModal
            unit={unit}
            open={dialog?.action === 'split'}
            onClose={onClose}
            onDone={(parts) => done(parts[0] ?? null, t('org.messages.split', { count: parts.length }))}
          />
        </>
      )}
      <MergeModal
        source={dialog?.action === 'merge' ? unit : null}
        open={dialog?.action === 'merge' || dialog?.action === 'mergeAny'}
        onClose={onClose}
        onDone={(u) => done(u, t('org.messages.merged', { name: u.name }))}
      />
      <ImportModal
        open={dialog?.action === 'import'}
        onClose={onClose}
        onDone={(r) => done(null, t('org.messages.imported', r))}
      />
    </>
  );
}
