import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { AiCostsQuery } from '../graphql/usage.ts';
import { AI_METERS } from '../utils/usage.ts';

/** Members listed per meter on the AI costs page (the API's most). */
const TOP = 50;

/** Token and tool spend this period: totals and the members and models that spent the most of each. */
export function useAiCosts() {
  const query = useQuery(AiCostsQuery, {
    variables: { tokenMeter: AI_METERS.tokens, toolMeter: AI_METERS.tools, first: TOP },
    fetchPolicy: 'cache-and-network',
  });
  const { refetch } = query;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return { data: query.data, top: TOP, error: query.data ? undefined : query.error, retry };
}
