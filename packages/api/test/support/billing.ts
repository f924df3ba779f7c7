/**
 * Time travel for billing tests: the organization's open billing period (and its subscription's
 * current period, with the trial's end when in trial) ends a minute ago, as if time had passed.
 * The first period also moves its start 40 days back (with the events billed in it); a later one
 * keeps its start, where the period before it ended.
 */
export async function endOpenPeriod(
  api: { query(text: string, values?: unknown[]): Promise<unknown[]> },
  orgId: string,
): Promise<void> {
  await api.query(
    `with old as (select starts_at from billing_period where org_id = $1 and closed_at is null),
          moved as (
            update billing_period
               set starts_at = case when number = 1 then starts_at - interval '40 days' else starts_at end,
                   ends_at = greatest(case when number = 1 then starts_at - interval '40 days' else starts_at end
                                        + interval '1 millisecond', now() - interval '1 minute')
             where org_id = $1 and closed_at is null
            returning starts_at, ends_at),
          events as (
            update usage_event e set period_starts_at = moved.starts_at from moved, old
             where e.org_id = $1 and e.period_starts_at = old.starts_at)
     update subscription s
        set period_starts_at = moved.starts_at, period_ends_at = moved.ends_at,
            trial_ends_at = case when s.status = 'trial' then moved.ends_at else s.trial_ends_at end
       from moved where s.org_id = $1`,
    [orgId],
  );
}
