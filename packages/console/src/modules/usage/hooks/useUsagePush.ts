import { useApolloClient } from '@apollo/client/react';
import { print } from 'graphql';
import type { DocumentNode } from 'graphql';
import { useEffect, useRef } from 'react';
import { sessionStore } from '../../auth/utils/sessionStore.ts';
import { UsageRecordedSubscription } from '../graphql/usage.ts';

/** The API's WebSocket endpoint, on the console's own origin (proxied to the API in development). */
function socketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * Follows the API's `usageRecorded` subscription (graphql-ws, loaded with the usage pages) for the
 * tab's organization and refetches the page's queries (`include`, those of them that are active)
 * on every push, so usage recorded anywhere shows within a moment. Each (re)connection presents
 * the current access token; the polling of the queries stays as the fallback when no WebSocket
 * gets through.
 */
export function useUsagePush(include: readonly DocumentNode[]): void {
  const apollo = useApolloClient();
  const tenantId = sessionStore.getTenantId();
  // The latest list, read at each push: a new array on each render does not reconnect.
  const queries = useRef(include);
  useEffect(() => {
    queries.current = include;
  }, [include]);
  useEffect(() => {
    let stopped = false;
    let stop = () => {};
    void import('graphql-ws').then(({ createClient }) => {
      if (stopped) return;
      const client = createClient({
        url: socketUrl(),
        lazy: true,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        connectionParams: () => ({
          authorization: `Bearer ${sessionStore.accessToken() ?? ''}`,
          tenantId: sessionStore.getTenantId() ?? '',
        }),
      });
      let first = true;
      const unsubscribe = client.subscribe(
        { query: print(UsageRecordedSubscription) },
        {
          next: () => {
            // The first result is the totals at subscription time: the queries have them already.
            if (first) {
              first = false;
              return;
            }
            void apollo.refetchQueries({ include: [...queries.current] });
          },
          error: () => {},
          complete: () => {},
        },
      );
      stop = () => {
        unsubscribe();
        void client.dispose();
      };
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [apollo, tenantId]);
}
