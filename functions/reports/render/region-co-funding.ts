import { roundCents } from '../../../shared/domain/reports/numbers';
import type { Language } from '../../../shared/i18n/languages';
import type { GivenRegionReport } from '../../../shared/schemas/region-report';
import { formatCount, formatDays, formatEuro } from './display-format';
import type { Html, TableRow } from './html-parts';
import { figureTable, note, section, valueCell } from './html-parts';
import { combinedLabel, type Label } from './labels';
import { regionLabels } from './region-labels';

type Units = GivenRegionReport['units'];

/** The models a municipality would pay by (SPEC §13), and a few rates to print for each. */
export const coFundingModels = ['per_supported_month', 'per_active_month'] as const;
export type CoFundingModel = (typeof coFundingModels)[number];

export const exampleRates: Record<CoFundingModel, readonly number[]> = {
  per_supported_month: [20, 50, 100],
  per_active_month: [10, 25, 50],
};

const perModel: Record<CoFundingModel, Label> = {
  per_supported_month: regionLabels.perSupportedMonth,
  per_active_month: regionLabels.perActiveMonth,
};

/** What co-funding at `rate` EUR per unit of `model` would cost over the region's units. */
export const coFundingAmount = (units: Units, model: CoFundingModel, rate: number): number =>
  roundCents(rate * units[model]);

function unitsTable(language: Language, units: Units): Html {
  const models = ['per_new_match', 'per_active_month', 'per_supported_month'] as const;
  return figureTable(
    language,
    regionLabels.units,
    [regionLabels.unitsColumn],
    models.map((model) => ({
      label: regionLabels[model],
      cells: [
        valueCell(
          `units.${model}`,
          model === 'per_active_month'
            ? formatDays(language, units[model])
            : formatCount(language, units[model]),
          units[model],
        ),
      ],
    })),
  );
}

/** A printed table of example rates and what each would cost the municipality. */
function examplesTable(language: Language, units: Units): Html {
  const rows: TableRow[] = coFundingModels.flatMap((model) =>
    exampleRates[model].map((rate) => ({
      label: combinedLabel(
        (rateWords) => `${formatEuro(language, rate)} ${rateWords}`,
        perModel[model],
      ),
      cells: [
        valueCell(
          `coFunding.${model}.${rate}`,
          formatEuro(language, coFundingAmount(units, model, rate)),
          coFundingAmount(units, model, rate).toFixed(2),
        ),
      ],
    })),
  );
  return figureTable(language, regionLabels.examples, [regionLabels.amount], rows);
}

/** SPEC §13: "what co-funding would cost", a rate times the region's units. */
export const regionCoFundingSection = (language: Language, units: Units): Html =>
  section(language, 'co-funding', regionLabels.coFunding, [
    note(language, regionLabels.coFundingIntro, 'table-note'),
    unitsTable(language, units),
    examplesTable(language, units),
  ]);
