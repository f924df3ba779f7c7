import { useMutation } from '@apollo/client/react';
import { BillingPeriodSettingsQuery, UpdateBillingPeriodSettingsMutation } from '../graphql/billingPeriods.ts';

/**
 * Changes the anchor day and/or the fiscal calendar. The settings have no id (one set per
 * organization): the answer, with the new preview, is written over the page's query.
 */
export function useUpdateBillingPeriodSettings() {
  return useMutation(UpdateBillingPeriodSettingsMutation, {
    update: (cache, { data }) => {
      const settings = data?.updateBillingPeriodSettings?.settings;
      if (settings) cache.writeQuery({ query: BillingPeriodSettingsQuery, data: { billingPeriodSettings: settings } });
    },
  });
}
