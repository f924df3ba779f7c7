import type { ReactNode } from 'react';

interface AuthCardProps {
  /** The page's heading (h1). */
  readonly title: string;
  readonly lead?: ReactNode;
  readonly children: ReactNode;
  /** Links under the card, such as "No account? Sign up". */
  readonly footer?: ReactNode;
}

/** The narrow, centred card the sign-in, sign-up and recovery pages use. */
export function AuthCard({ title, lead, children, footer }: AuthCardProps) {
  return (
    <div className="auth">
      <div className="auth__card">
        <h1 className="auth__title">{title}</h1>
        {lead ? <p className="auth__lead">{lead}</p> : null}
        {children}
      </div>
      {footer ? <div className="auth__footer">{footer}</div> : null}
    </div>
  );
}
