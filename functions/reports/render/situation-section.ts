import type { CarrierSituation, FunderSummary } from '../../../shared/schemas/reports';
import type { Language } from '../../../shared/i18n/languages';
import { formatCount, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import { chartFigure, columns, figureTable, note, section, valueCell } from './html-parts';
import type { Label } from './labels';
import {
  carrierLabels,
  sectionLabels,
  situationLabels,
  situationTableLabels,
  uiLabels,
} from './labels';
import { situationSharesChart, thirdPartyShareChart } from './report-charts';

/**
 * The funder summary's own sections (SPEC §6): the carriers, and their situation from the
 * funding they reported. Suppressed figures (k-anonymity) are shown as such, never as 0.
 */

type Situation = Exclude<CarrierSituation, { suppressed: true }>;
type CountFigure = Situation['fullyThirdParty'];

const row = (label: Label, cells: readonly Cell[], hint?: Label): TableRow => ({
  label,
  cells,
  ...(hint ? { hint } : {}),
});

/** A share that is null because its object is suppressed, or null for want of data. */
const shareCell = (
  language: Language,
  figure: string,
  value: number | null,
  suppressed: boolean,
): Cell => {
  if (value !== null) return valueCell(figure, formatShare(language, value), value);
  return suppressed
    ? { state: 'suppressed', figure }
    : { state: 'null', figure, why: uiLabels.noData };
};

/** A count of carriers and their share; when suppressed, one cell for both. */
const countCells = (language: Language, path: string, figure: CountFigure): Cell[] => {
  if ('suppressed' in figure) {
    return [{ state: 'suppressed', figure: `carrierSituation.${path}`, span: 2 }];
  }
  return [
    valueCell(`carrierSituation.${path}.count`, formatCount(language, figure.count), figure.count),
    valueCell(`carrierSituation.${path}.share`, formatShare(language, figure.share), figure.share),
  ];
};

export function carriersSection(carriers: FunderSummary['carriers'], language: Language): Html {
  return section(language, 'carriers', sectionLabels.carriers, [
    figureTable(
      language,
      sectionLabels.carriers,
      [uiLabels.count],
      [
        row(carrierLabels.total, [
          valueCell('carriers.total', formatCount(language, carriers.total), carriers.total),
        ]),
        row(carrierLabels.reporting, [
          valueCell(
            'carriers.reporting',
            formatCount(language, carriers.reporting),
            carriers.reporting,
          ),
        ]),
        row(carrierLabels.migrantOrganisations, [
          valueCell(
            'carriers.migrantOrganisations',
            formatCount(language, carriers.migrantOrganisations),
            carriers.migrantOrganisations,
          ),
        ]),
      ],
      true,
    ),
  ]);
}

const { quantileHint, overReporting, overAll } = situationTableLabels;

export async function situationSection(
  situation: CarrierSituation,
  language: Language,
): Promise<Html> {
  if ('suppressed' in situation) {
    return section(language, 'carrier-situation', sectionLabels.carrierSituation, [
      note(language, uiLabels.situationSuppressed, 'note-block situation-suppressed'),
    ]);
  }
  const migrant = situation.migrantOrganisations;
  const migrantSuppressed = migrant.suppressed === true;
  const { p25, median, p75 } = situation.thirdPartyShare;
  const [quartiles, shares] = await Promise.all([
    thirdPartyShareChart(language, situation),
    situationSharesChart(language, situation),
  ]);
  const quantiles = figureTable(
    language,
    situationTableLabels.quantiles,
    [uiLabels.share],
    [
      row(
        situationLabels['thirdPartyShare.p25'],
        [valueCell('carrierSituation.thirdPartyShare.p25', formatShare(language, p25), p25)],
        quantileHint,
      ),
      row(situationLabels['thirdPartyShare.median'], [
        valueCell('carrierSituation.thirdPartyShare.median', formatShare(language, median), median),
      ]),
      row(situationLabels['thirdPartyShare.p75'], [
        valueCell('carrierSituation.thirdPartyShare.p75', formatShare(language, p75), p75),
      ]),
    ],
  );
  const counts = figureTable(
    language,
    situationTableLabels.counts,
    [uiLabels.count, uiLabels.share],
    [
      row(
        situationLabels.fullyThirdParty,
        countCells(language, 'fullyThirdParty', situation.fullyThirdParty),
      ),
      row(
        situationLabels.atLeast90ThirdParty,
        countCells(language, 'atLeast90ThirdParty', situation.atLeast90ThirdParty),
      ),
      row(
        situationLabels.withMunicipalFunds,
        countCells(language, 'withMunicipalFunds', situation.withMunicipalFunds),
      ),
    ],
    false,
    overReporting,
  );
  const otherShares = figureTable(
    language,
    situationTableLabels.otherShares,
    [uiLabels.share],
    [
      row(situationLabels.municipalShareOfFunds, [
        shareCell(
          language,
          'carrierSituation.municipalShareOfFunds',
          situation.municipalShareOfFunds,
          false,
        ),
      ]),
      row(
        situationLabels['migrantOrganisations.shareOfCarriers'],
        [
          shareCell(
            language,
            'carrierSituation.migrantOrganisations.shareOfCarriers',
            migrant.shareOfCarriers,
            migrantSuppressed,
          ),
        ],
        overAll,
      ),
      row(
        situationLabels['migrantOrganisations.shareOfActiveMatches'],
        [
          shareCell(
            language,
            'carrierSituation.migrantOrganisations.shareOfActiveMatches',
            migrant.shareOfActiveMatches,
            migrantSuppressed,
          ),
        ],
        overAll,
      ),
      row(situationLabels['migrantOrganisations.shareOfFederalProgrammeFunds'], [
        shareCell(
          language,
          'carrierSituation.migrantOrganisations.shareOfFederalProgrammeFunds',
          migrant.shareOfFederalProgrammeFunds,
          migrantSuppressed,
        ),
      ]),
    ],
  );
  const anySuppressed =
    migrantSuppressed ||
    [situation.fullyThirdParty, situation.atLeast90ThirdParty, situation.withMunicipalFunds].some(
      (figure) => 'suppressed' in figure,
    );
  return section(language, 'carrier-situation', sectionLabels.carrierSituation, [
    columns(
      [
        quantiles,
        counts,
        otherShares,
        ...(anySuppressed ? [note(language, uiLabels.suppressedNote)] : []),
      ],
      [
        chartFigure(language, uiLabels.thirdPartyChart, quartiles),
        chartFigure(language, situationTableLabels.sharesChart, shares),
      ],
    ),
  ]);
}
