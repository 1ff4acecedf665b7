import { en } from 'zod/v4/locales';

/**
 * zod's English messages, passed to each parse of a query schema written with zod/mini (which
 * sets none of its own, and no module here sets zod's global configuration): a 400 reads as
 * it did with zod's classic API.
 */
export const queryErrorMessages = { error: en().localeError };
