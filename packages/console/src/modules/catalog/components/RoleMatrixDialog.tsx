import type { RoleId } from '@orgplane/schema';
import { Dialog } from '../../../ui/Dialog.tsx';
import { RoleMatrix } from './RoleMatrix.tsx';

interface RoleMatrixDialogProps {
  /** The role to highlight when the dialog opens, such as the one chosen in a form. */
  readonly initialRole?: RoleId | null;
  readonly onClose: () => void;
}

/** The role comparison matrix in a modal dialog, for choosing a user type without leaving a form. */
export function RoleMatrixDialog({ initialRole = null, onClose }: RoleMatrixDialogProps) {
  return (
    <Dialog
      title="Compare user types"
      description="What each role may do, section by section. Destructive abilities remove data or access."
      size="wide"
      onClose={onClose}
    >
      <RoleMatrix initialRole={initialRole} />
    </Dialog>
  );
}
