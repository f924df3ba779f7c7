/**
 * Why there is no session: signed out here or elsewhere, the account was deleted, the session
 * ended, or the API could not be asked.
 */
export type SignedOutReason = 'initial' | 'signedOut' | 'accountDeleted' | 'expired' | 'unavailable';

/** The session of this tab, as far as the console knows. */
export type SessionState =
  | { readonly status: 'restoring' }
  | {
      readonly status: 'signedIn';
      readonly accessToken: string;
      /** Milliseconds since the epoch. */
      readonly expiresAt: number;
      readonly sessionId: string;
    }
  | { readonly status: 'signedOut'; readonly reason: SignedOutReason };

/** Tokens as the API hands them over; the refresh token itself never reaches script (httpOnly cookie). */
export interface DeliveredTokens {
  readonly accessToken: string;
  readonly accessTokenExpiresAt: string;
  readonly sessionId: string;
}

/** Only the organization id is kept in sessionStorage (per tab); tokens never leave memory. */
const TENANT_KEY = 'orgplane.tenantId';

function readStoredTenant(): string | null {
  try {
    return window.sessionStorage.getItem(TENANT_KEY);
  } catch {
    return null;
  }
}

function writeStoredTenant(tenantId: string | null): void {
  try {
    if (tenantId) window.sessionStorage.setItem(TENANT_KEY, tenantId);
    else window.sessionStorage.removeItem(TENANT_KEY);
  } catch {
    // Storage may be unavailable (private modes); the tenant then lives in memory only.
  }
}

/**
 * The tab's session in memory: the access token with its expiry, and the current organization
 * (the `x-tenant-id` of every request). Components read it with `useSession`/`useTenantId`; the
 * Apollo link reads it on every request.
 */
class SessionStore {
  private session: SessionState = { status: 'restoring' };
  private tenantId: string | null = readStoredTenant();
  private lostTenantId: string | null = null;
  private mfaRequiredTenantId: string | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSession = (): SessionState => this.session;

  readonly getTenantId = (): string | null => this.tenantId;

  /** The organization the API last refused this tab (membership archived, organization gone), until dismissed. */
  readonly getLostTenantId = (): string | null => this.lostTenantId;

  /**
   * The organization that refused this tab because it requires two-step verification the person
   * has not set up (`MFA_REQUIRED`), until a request to it gets through.
   */
  readonly getMfaRequiredTenantId = (): string | null => this.mfaRequiredTenantId;

  /** The access token to send, if signed in. */
  accessToken(): string | null {
    return this.session.status === 'signedIn' ? this.session.accessToken : null;
  }

  setTokens(tokens: DeliveredTokens): void {
    this.session = {
      status: 'signedIn',
      accessToken: tokens.accessToken,
      expiresAt: new Date(tokens.accessTokenExpiresAt).getTime(),
      sessionId: tokens.sessionId,
    };
    this.emit();
  }

  setRestoring(): void {
    this.session = { status: 'restoring' };
    this.emit();
  }

  setSignedOut(reason: SignedOutReason): void {
    this.session = { status: 'signedOut', reason };
    this.mfaRequiredTenantId = null;
    this.emit();
  }

  setTenantId(tenantId: string | null): void {
    if (tenantId === this.tenantId) return;
    this.tenantId = tenantId;
    writeStoredTenant(tenantId);
    this.emit();
  }

  /**
   * The API no longer lets this tab into `tenantId`: forget it (the switcher then opens the
   * default organization) and remember that it happened, so the console can say so.
   */
  loseTenant(tenantId: string): void {
    if (tenantId !== this.tenantId) return;
    this.lostTenantId = tenantId;
    this.tenantId = null;
    writeStoredTenant(null);
    this.emit();
  }

  /** `tenantId` refused this tab with `MFA_REQUIRED`. */
  requireMfa(tenantId: string): void {
    if (tenantId === this.mfaRequiredTenantId) return;
    this.mfaRequiredTenantId = tenantId;
    this.emit();
  }

  /** A request to `tenantId` got through: it no longer asks for two-step verification first. */
  tenantAccessible(tenantId: string): void {
    if (tenantId !== this.mfaRequiredTenantId) return;
    this.mfaRequiredTenantId = null;
    this.emit();
  }

  /** The person has read that the organization is gone, or chose another one. */
  dismissLostTenant(): void {
    if (this.lostTenantId === null) return;
    this.lostTenantId = null;
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The one session store of this tab. */
export const sessionStore = new SessionStore();
