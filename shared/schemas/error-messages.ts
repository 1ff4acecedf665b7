import en from 'zod/v4/locales/en.js';

/**
 * zod's English messages, passed to each parse with a zod/mini schema whose words reach a
 * user (a query's or a webhook's 400, an event refused on the bus): zod/mini sets none of its
 * own, and no module here sets zod's global configuration, so the words are those of zod's
 * classic API.
 */
export const englishErrorMessages = { error: en().localeError };
