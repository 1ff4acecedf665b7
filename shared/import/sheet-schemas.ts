import { webhookDataSchema, type WebhookDataSchema } from '../schemas/webhook-schema-loader';
import type { SheetKind } from './columns';

/** A match row becomes a `match.created`, and a `match.ended` when it has an end. */
export interface MatchRowSchemas {
  readonly created: WebhookDataSchema<'match.created'>;
  readonly ended: WebhookDataSchema<'match.ended'>;
}

/** A check-in row becomes a `checkin.recorded`. */
export type CheckInRowSchema = WebhookDataSchema<'checkin.recorded'>;

/** A sheet's kind with the webhooks' own schemas its rows are checked with (SPEC §10). */
export type SheetSchemas =
  | { readonly kind: 'matches'; readonly match: MatchRowSchemas }
  | { readonly kind: 'checkIns'; readonly checkIn: CheckInRowSchema }
  | { readonly kind: 'mixed'; readonly match: MatchRowSchemas; readonly checkIn: CheckInRowSchema };

const matchRowSchemas = async (): Promise<MatchRowSchemas> => {
  const [created, ended] = await Promise.all([
    webhookDataSchema('match.created'),
    webhookDataSchema('match.ended'),
  ]);
  return { created, ended };
};

/**
 * The schemas a sheet of `kind` is read with, and only those: a file of check-ins never
 * builds the matches' schemas (each type's is built once per process, when first asked for:
 * webhook-schema-loader.ts), so an import no longer builds every webhook schema at its cold
 * start (issue 16).
 */
export async function sheetSchemas(kind: SheetKind): Promise<SheetSchemas> {
  switch (kind) {
    case 'matches':
      return { kind, match: await matchRowSchemas() };
    case 'checkIns':
      return { kind, checkIn: await webhookDataSchema('checkin.recorded') };
    case 'mixed': {
      const [match, checkIn] = await Promise.all([
        matchRowSchemas(),
        webhookDataSchema('checkin.recorded'),
      ]);
      return { kind, match, checkIn };
    }
  }
}
