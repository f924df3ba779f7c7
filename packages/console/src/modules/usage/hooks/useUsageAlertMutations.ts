import { useMutation } from '@apollo/client/react';
import {
  CreateUsageAlertMutation,
  DeleteUsageAlertMutation,
  UpdateUsageAlertMutation,
  UsageAlertTriggersQuery,
  UsageAlertsQuery,
} from '../graphql/usageAlerts.ts';

/**
 * A change to the alerts: the list and the history (whose rows name each alert's meter and kind,
 * and lose a deleted alert's) are asked again before the dialog closes.
 */
const REFETCH_ALERTS = { refetchQueries: [UsageAlertsQuery, UsageAlertTriggersQuery], awaitRefetchQueries: true };

/** Adds a usage alert. */
export function useCreateUsageAlert() {
  return useMutation(CreateUsageAlertMutation, REFETCH_ALERTS);
}

/** Changes a usage alert; a new meter, kind or threshold may fire again this period. */
export function useUpdateUsageAlert() {
  return useMutation(UpdateUsageAlertMutation, REFETCH_ALERTS);
}

/** Deletes a usage alert and its history. */
export function useDeleteUsageAlert() {
  return useMutation(DeleteUsageAlertMutation, REFETCH_ALERTS);
}
