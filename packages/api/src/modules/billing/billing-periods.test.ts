import { describe, expect, it } from 'vitest';
import { calendarProblems, invoiceAmounts, nextPeriodEnd, upcomingPeriods } from './billing-periods.ts';

const at = (iso: string) => new Date(iso);
const iso = (date: Date) => date.toISOString();

/** The ends of `count` periods from `start` on `anchorDay`, each starting where the last ended. */
function ends(start: string, anchorDay: number, count: number, months = 1): string[] {
  return upcomingPeriods(at(start), { anchorDay, months }, [], count).map((period) => iso(period.endsAt));
}

describe('billing period boundaries', () => {
  it('ends monthly periods on anchor day 31, on the last day of shorter months, without drifting', () => {
    expect(ends('2027-01-31T09:30:00.000Z', 31, 6)).toEqual([
      '2027-02-28T09:30:00.000Z',
      '2027-03-31T09:30:00.000Z',
      '2027-04-30T09:30:00.000Z',
      '2027-05-31T09:30:00.000Z',
      '2027-06-30T09:30:00.000Z',
      '2027-07-31T09:30:00.000Z',
    ]);
    expect(ends('2028-01-31T00:00:00.000Z', 31, 2)).toEqual(['2028-02-29T00:00:00.000Z', '2028-03-31T00:00:00.000Z']);
  });

  it('ends periods on anchor days 28, 29 and 30 through February, leap year or not', () => {
    expect(ends('2027-01-30T00:00:00.000Z', 30, 3)).toEqual([
      '2027-02-28T00:00:00.000Z',
      '2027-03-30T00:00:00.000Z',
      '2027-04-30T00:00:00.000Z',
    ]);
    expect(ends('2027-01-29T00:00:00.000Z', 29, 2)).toEqual(['2027-02-28T00:00:00.000Z', '2027-03-29T00:00:00.000Z']);
    expect(ends('2028-01-29T00:00:00.000Z', 29, 2)).toEqual(['2028-02-29T00:00:00.000Z', '2028-03-29T00:00:00.000Z']);
    expect(ends('2027-01-28T00:00:00.000Z', 28, 3)).toEqual([
      '2027-02-28T00:00:00.000Z',
      '2027-03-28T00:00:00.000Z',
      '2027-04-28T00:00:00.000Z',
    ]);
    // Across the year's end, and annual periods.
    expect(ends('2026-12-31T00:00:00.000Z', 31, 2)).toEqual(['2027-01-31T00:00:00.000Z', '2027-02-28T00:00:00.000Z']);
    expect(ends('2028-02-29T00:00:00.000Z', 29, 2, 12)).toEqual([
      '2029-02-28T00:00:00.000Z',
      '2030-02-28T00:00:00.000Z',
    ]);
  });

  it('makes a stub up to a new anchor day, prorated against a whole period', () => {
    expect(nextPeriodEnd(at('2027-01-15T10:00:00.000Z'), { anchorDay: 1, months: 1, calendarBoundary: null })).toEqual({
      endsAt: at('2027-02-01T10:00:00.000Z'),
      nominalEndsAt: at('2027-02-15T10:00:00.000Z'),
    });
    expect(nextPeriodEnd(at('2027-01-15T10:00:00.000Z'), { anchorDay: 20, months: 1, calendarBoundary: null })).toEqual(
      {
        endsAt: at('2027-01-20T10:00:00.000Z'),
        nominalEndsAt: at('2027-02-15T10:00:00.000Z'),
      },
    );
    // Then whole periods on the anchor.
    expect(ends('2027-01-15T10:00:00.000Z', 20, 3)).toEqual([
      '2027-01-20T10:00:00.000Z',
      '2027-02-20T10:00:00.000Z',
      '2027-03-20T10:00:00.000Z',
    ]);
  });

  it('follows a fiscal calendar (4-4-5 weeks), then the anchor day after its last boundary', () => {
    const start = '2027-01-03T00:00:00.000Z';
    const calendar = ['2027-01-31T00:00:00.000Z', '2027-02-28T00:00:00.000Z', '2027-04-04T00:00:00.000Z'].map(at);
    expect(upcomingPeriods(at(start), { anchorDay: 3, months: 1 }, calendar, 4).map((p) => iso(p.endsAt))).toEqual([
      '2027-01-31T00:00:00.000Z',
      '2027-02-28T00:00:00.000Z',
      '2027-04-04T00:00:00.000Z',
      '2027-05-03T00:00:00.000Z',
    ]);
    expect(nextPeriodEnd(at(start), { anchorDay: 3, months: 1, calendarBoundary: calendar[0]! })).toEqual({
      endsAt: calendar[0],
      nominalEndsAt: calendar[0],
    });
  });

  it('explains what is wrong with a fiscal calendar', () => {
    const from = at('2027-01-01T00:00:00.000Z');
    expect(calendarProblems([at('2027-02-01T00:00:00.000Z'), at('2027-03-01T00:00:00.000Z')], from)).toEqual([]);
    expect(calendarProblems([at('2026-12-31T00:00:00.000Z')], from)).toEqual([
      'boundary 1 must be at least 1 day after the end of the current period',
    ]);
    expect(calendarProblems([at('2027-02-01T00:00:00.000Z'), at('2028-06-01T00:00:00.000Z')], from)).toEqual([
      'boundary 2 must be at most 400 days after the boundary before it',
    ]);
    expect(
      calendarProblems(
        Array.from({ length: 61 }, (_, i) => at(`2027-01-0${(i % 9) + 1}`)),
        from,
      ),
    ).toEqual(['must hold at most 60 boundaries']);
  });
});

describe('invoice arithmetic', () => {
  const teamMonth = {
    kind: 'paid' as const,
    plan: 'team' as const,
    billingCycle: 'monthly' as const,
    startsAt: at('2027-01-01T00:00:00.000Z'),
    endsAt: at('2027-01-31T00:00:00.000Z'),
    nominalEndsAt: at('2027-01-31T00:00:00.000Z'),
  };
  const none = { lateQuantity: 0, lateCredits: 0 };

  it('charges the base price and the credits beyond the included ones, meters in catalogue order', () => {
    // Team: $49.00, 20,000 credits included, $1.00 per 1,000 credits beyond.
    // Workflow runs take 15,000 included, voice minutes the other 5,000 of their 9,000, so voice
    // has 4,000 billable ($4.00) and RAG tokens all 2,500 ($2.50). 4,900 + 400 + 250 = 5,550.
    const amounts = invoiceAmounts(teamMonth, [
      { meter: 'ragTokens', quantity: 2_500_000, credits: 2_500, ...none },
      { meter: 'workflowRuns', quantity: 15_000, credits: 15_000, ...none },
      { meter: 'voiceMinutes', quantity: 3_000, credits: 9_000, lateQuantity: 10, lateCredits: 30 },
    ]);
    expect(amounts).toMatchObject({
      basePrice: 4_900,
      proratedBase: 4_900,
      includedCredits: 20_000,
      usedCredits: 26_500,
      usageAmount: 650,
      total: 5_550,
    });
    expect(
      amounts.lines.map((l) => [l.line, l.meter, l.credits, l.includedCredits, l.billableCredits, l.amount]),
    ).toEqual([
      [1, 'workflowRuns', 15_000, 15_000, 0, 0],
      [2, 'voiceMinutes', 9_000, 5_000, 4_000, 400],
      [3, 'toolSpend', 0, 0, 0, 0],
      [4, 'ragTokens', 2_500, 0, 2_500, 250],
    ]);
    expect(amounts.lines[1]).toMatchObject({ quantity: 3_000, unitPrice: 100, lateQuantity: 10, lateCredits: 30 });
  });

  it('rounds each line half up to the cent and prorates a short period’s base price', () => {
    // Enterprise annual: 1,000,000 included, $0.50 per 1,000 beyond.
    const enterprise = { ...teamMonth, plan: 'enterprise' as const, billingCycle: 'annual' as const };
    const rounded = (credits: number) =>
      invoiceAmounts(enterprise, [{ meter: 'toolSpend', quantity: credits, credits: 1_000_000 + credits, ...none }])
        .lines[2]!.amount;
    expect([rounded(1_009), rounded(1_010), rounded(1_029), rounded(1_030)]).toEqual([50, 51, 51, 52]);
    // Ten days of a thirty-day Team period: 4,900 × 10 / 30 = 1,633.33… → 1,633.
    const short = invoiceAmounts({ ...teamMonth, endsAt: at('2027-01-11T00:00:00.000Z') }, []);
    expect([short.basePrice, short.proratedBase, short.total]).toEqual([4_900, 1_633, 1_633]);
    // Half a day of a Team period: 4,900 × 0.5 / 30 = 81.66… → 82.
    expect(invoiceAmounts({ ...teamMonth, endsAt: at('2027-01-01T12:00:00.000Z') }, []).proratedBase).toBe(82);
  });

  it('charges nothing for a trial, but shows its usage', () => {
    const trial = invoiceAmounts({ ...teamMonth, kind: 'trial' }, [
      { meter: 'workflowRuns', quantity: 30_000, credits: 30_000, ...none },
    ]);
    expect([trial.basePrice, trial.proratedBase, trial.usageAmount, trial.total]).toEqual([0, 0, 0, 0]);
    expect(trial.lines[0]).toMatchObject({
      credits: 30_000,
      includedCredits: 20_000,
      billableCredits: 10_000,
      amount: 0,
    });
  });
});
