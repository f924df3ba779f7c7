/**
 * Size limits of what people enter, in one place: the API enforces them (and the database's
 * checks repeat them; a test compares the entities' checks with the migrated schema), the console
 * checks them before sending. Names (`NAME_MAX_LENGTH`) and organization settings keep theirs
 * beside their other rules.
 */

/** The longest email address, in characters (the SMTP path limit). */
export const EMAIL_MAX_LENGTH = 254;

/** The longest workspace description, in characters after trimming. */
export const WORKSPACE_DESCRIPTION_MAX_LENGTH = 1000;

/** The longest API key description, in characters after trimming. */
export const API_KEY_DESCRIPTION_MAX_LENGTH = 500;

/** The most addresses one bulk invitation may list. */
export const INVITATIONS_PER_REQUEST_MAX = 50;

/** The most events one `recordUsage` call may carry. */
export const USAGE_EVENTS_PER_REQUEST_MAX = 500;

/** The most usage alerts one organization may keep. */
export const USAGE_ALERTS_PER_ORG_MAX = 25;

/** The highest percentage of the plan's included credits an alert may watch for. */
export const USAGE_ALERT_PERCENT_MAX = 1000;
