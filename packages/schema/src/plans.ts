/**
 * The plan catalogue: what each plan costs per billing cycle, the credits it includes per period,
 * what it entitles an organization to, and its price book (credits per unit of each meter).
 * Like the ability catalog it is typed data, read by the API (which enforces it and serves it as
 * the public `plans` query) and by the console (which compares plans).
 */

/** The meters usage is recorded on. */
export const METERS = {
  workflowRuns: { label: 'Workflow runs', unit: 'run', description: 'Workflow executions, counted.' },
  voiceMinutes: { label: 'Voice minutes', unit: 'minute', description: 'Minutes of voice sessions.' },
  toolSpend: {
    label: 'Tool spend',
    unit: 'cent',
    description: 'Money spent on third-party tools, in minor units of the currency (cents).',
  },
  ragTokens: { label: 'RAG tokens', unit: 'token', description: 'Tokens read or written by retrieval.' },
} as const satisfies Readonly<Record<string, { label: string; unit: string; description: string }>>;

/** A meter id. */
export type MeterId = keyof typeof METERS;

/** Every meter id, in catalogue order. */
export const METER_IDS = Object.keys(METERS) as MeterId[];

export function isMeterId(value: unknown): value is MeterId {
  return typeof value === 'string' && Object.hasOwn(METERS, value);
}

/** How often a subscription is billed. */
export const BILLING_CYCLES = ['monthly', 'annual', 'custom'] as const;
export type BillingCycle = (typeof BILLING_CYCLES)[number];

/** What a subscription may be in. */
export const SUBSCRIPTION_STATUSES = ['trial', 'active', 'suspended', 'cancelled', 'expired'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** The statuses in which an organization may record usage and create workspaces, environments and keys. */
export const USABLE_SUBSCRIPTION_STATUSES: ReadonlySet<SubscriptionStatus> = new Set(['trial', 'active']);

/** The currency every price is in (amounts are in its minor unit, cents). */
export const CURRENCY = 'USD';

/** The limits a plan sets; null is unlimited. */
export interface Entitlements {
  /** Active members, with pending invitations counted against the same limit. */
  readonly maxActiveMembers: number | null;
  readonly maxWorkspaces: number | null;
  /** API keys that still work (neither revoked nor expired). */
  readonly maxApiKeys: number | null;
}

/** An entitlement's name. */
export type EntitlementId = keyof Entitlements;

/** What one billing cycle of a plan costs and how long its periods are. */
export interface CycleOffer {
  /** The base price per period, in cents. */
  readonly basePrice: number;
  /** The length of one period, in calendar months. */
  readonly months: number;
}

/** Credits charged for `per` units of a meter (rounded up per event). */
export interface MeterPrice {
  readonly credits: number;
  readonly per: number;
}

export interface PlanDefinition {
  readonly name: string;
  readonly description: string;
  readonly cycles: Readonly<Partial<Record<BillingCycle, CycleOffer>>>;
  /** Credits included in every period. */
  readonly includedCredits: number;
  /** What credits beyond the included ones cost: cents per 1,000 credits. */
  readonly overagePrice: number;
  readonly entitlements: Entitlements;
  readonly priceBook: Readonly<Record<MeterId, MeterPrice>>;
}

const STANDARD_PRICES = {
  workflowRuns: { credits: 1, per: 1 },
  voiceMinutes: { credits: 3, per: 1 },
  toolSpend: { credits: 1, per: 1 },
  ragTokens: { credits: 1, per: 1000 },
} as const satisfies Record<MeterId, MeterPrice>;

export const PLANS = {
  starter: {
    name: 'Starter',
    description: 'For trying things out with a small team.',
    cycles: { monthly: { basePrice: 0, months: 1 } },
    includedCredits: 1_000,
    overagePrice: 200,
    entitlements: { maxActiveMembers: 5, maxWorkspaces: 3, maxApiKeys: 2 },
    priceBook: STANDARD_PRICES,
  },
  team: {
    name: 'Team',
    description: 'For teams running workflows in production.',
    cycles: { monthly: { basePrice: 4_900, months: 1 }, annual: { basePrice: 49_000, months: 12 } },
    includedCredits: 20_000,
    overagePrice: 100,
    entitlements: { maxActiveMembers: 25, maxWorkspaces: 20, maxApiKeys: 10 },
    priceBook: STANDARD_PRICES,
  },
  business: {
    name: 'Business',
    description: 'For larger organizations with many workspaces and integrations.',
    cycles: { monthly: { basePrice: 19_900, months: 1 }, annual: { basePrice: 199_000, months: 12 } },
    includedCredits: 100_000,
    overagePrice: 80,
    entitlements: { maxActiveMembers: 100, maxWorkspaces: 100, maxApiKeys: 50 },
    priceBook: {
      workflowRuns: { credits: 1, per: 1 },
      voiceMinutes: { credits: 2, per: 1 },
      toolSpend: { credits: 1, per: 1 },
      ragTokens: { credits: 1, per: 2000 },
    },
  },
  enterprise: {
    name: 'Enterprise',
    description: 'Sales-assisted: custom billing periods, no limits on members, workspaces or keys.',
    cycles: { annual: { basePrice: 1_200_000, months: 12 }, custom: { basePrice: 300_000, months: 3 } },
    includedCredits: 1_000_000,
    overagePrice: 50,
    entitlements: { maxActiveMembers: null, maxWorkspaces: null, maxApiKeys: null },
    priceBook: {
      workflowRuns: { credits: 1, per: 2 },
      voiceMinutes: { credits: 1, per: 1 },
      toolSpend: { credits: 1, per: 1 },
      ragTokens: { credits: 1, per: 5000 },
    },
  },
} as const satisfies Readonly<Record<string, PlanDefinition>>;

/** A plan id. */
export type PlanId = keyof typeof PLANS;

/** Every plan id, cheapest first. */
export const PLAN_IDS = Object.keys(PLANS) as PlanId[];

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === 'string' && Object.hasOwn(PLANS, value);
}

/** A plan's definition. */
export function planOf(id: PlanId): PlanDefinition {
  return PLANS[id];
}

/** The cycle offer of a plan, or undefined when the plan does not offer that cycle. */
export function cycleOffer(plan: PlanId, cycle: BillingCycle): CycleOffer | undefined {
  return (PLANS[plan] as PlanDefinition).cycles[cycle];
}

/** The number of credits `PlanDefinition.overagePrice` is the price of. */
export const OVERAGE_PRICE_PER = 1_000;

/** The credits one event of `quantity` units costs on `plan` (whole credits, rounded up). */
export function creditsFor(plan: PlanId, meter: MeterId, quantity: number): number {
  const price = (PLANS[plan] as PlanDefinition).priceBook[meter];
  return Math.ceil((quantity * price.credits) / price.per);
}
