import { useState } from 'react';
import { Panel } from '../../../ui/Panel.tsx';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser.ts';
import { TransferOwnershipDialog } from './TransferOwnershipDialog.tsx';

interface TransferOwnershipSectionProps {
  /** After the transfer, with the new owner's name. */
  readonly onTransferred: (newOwnerName: string) => void;
}

/** For the owner: hand the organization to an active admin and become an admin. */
export function TransferOwnershipSection({ onTransferred }: TransferOwnershipSectionProps) {
  const { user } = useCurrentUser();
  const [open, setOpen] = useState(false);
  return (
    <Panel
      title="Transfer ownership"
      tone="danger"
      description="Make an active admin the owner of this organization. You become an admin; only the new owner can undo it."
    >
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Transfer ownership…
      </button>
      {open ? (
        <TransferOwnershipDialog
          email={user?.email ?? ''}
          onClose={() => setOpen(false)}
          onTransferred={onTransferred}
        />
      ) : null}
    </Panel>
  );
}
