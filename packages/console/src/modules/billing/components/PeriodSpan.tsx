import { formatDay } from '../../../ui/formatDate.ts';

/** "3 Jan 2027 – 3 Feb 2027": a billing period's start and end, each a `<time>`. */
export function PeriodSpan({ from, to }: { readonly from: string; readonly to: string }) {
  return (
    <span>
      <time dateTime={from}>{formatDay(from)}</time> – <time dateTime={to}>{formatDay(to)}</time>
    </span>
  );
}
