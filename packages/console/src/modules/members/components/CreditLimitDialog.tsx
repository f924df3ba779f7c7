import { useRef } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import type { MemberItem } from '../hooks/useMemberList.ts';
import { CreditLimitForm } from './CreditLimitForm.tsx';

interface CreditLimitDialogProps {
  readonly member: MemberItem;
  readonly onClose: () => void;
  /** After the change, with a sentence saying what happened. */
  readonly onChanged: (message: string) => void;
}

/** The owner sets how many credits a member may use, or lifts the limit. */
export function CreditLimitDialog({ member, onClose, onChanged }: CreditLimitDialogProps) {
  const submitting = useRef(false);
  return (
    <Dialog
      title="Set credit limit"
      description={`How many credits ${member.user.displayName} may use. Used so far: ${member.usedCredits ?? 0}.`}
      onClose={() => (submitting.current ? undefined : onClose())}
    >
      <CreditLimitForm
        member={member}
        onCancel={onClose}
        onSubmittingChange={(value) => {
          submitting.current = value;
        }}
        onSaved={(message) => {
          onChanged(message);
          onClose();
        }}
      />
    </Dialog>
  );
}
