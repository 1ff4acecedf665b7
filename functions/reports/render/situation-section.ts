import type { CarrierSituation, FunderSummary } from '../../../shared/schemas/reports';
import { formatCount, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import { chartFigure, columns, figureTable, note, section, valueCell } from './html-parts';
import type { Label } from './labels';
import { carrierLabels, sectionLabels, situationLabels, uiLabels } from './labels';
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
const shareCell = (figure: string, value: number | null, suppressed: boolean): Cell => {
  if (value !== null) return valueCell(figure, formatShare(value), value);
  return suppressed
    ? { state: 'suppressed', figure }
    : { state: 'null', figure, why: uiLabels.noData };
};

/** A count of carriers and their share; when suppressed, one cell for both. */
const countCells = (path: string, figure: CountFigure): Cell[] => {
  if ('suppressed' in figure) {
    return [{ state: 'suppressed', figure: `carrierSituation.${path}`, span: 2 }];
  }
  return [
    valueCell(`carrierSituation.${path}.count`, formatCount(figure.count), figure.count),
    valueCell(`carrierSituation.${path}.share`, formatShare(figure.share), figure.share),
  ];
};

export function carriersSection(carriers: FunderSummary['carriers']): Html {
  return section('carriers', sectionLabels.carriers, [
    figureTable(
      sectionLabels.carriers,
      [uiLabels.count],
      [
        row(carrierLabels.total, [
          valueCell('carriers.total', formatCount(carriers.total), carriers.total),
        ]),
        row(carrierLabels.reporting, [
          valueCell('carriers.reporting', formatCount(carriers.reporting), carriers.reporting),
        ]),
        row(carrierLabels.migrantOrganisations, [
          valueCell(
            'carriers.migrantOrganisations',
            formatCount(carriers.migrantOrganisations),
            carriers.migrantOrganisations,
          ),
        ]),
      ],
      true,
    ),
  ]);
}

const quantileHint: Label = {
  de: 'Drittmittelanteil = 1 − Eigenmittel ÷ Gesamtmittel',
  en: 'third-party share = 1 − own funds ÷ total funds',
};
const overReporting: Label = {
  de: 'Anteil an den Trägern mit Finanzierungsangaben',
  en: 'share of carriers reporting their funding',
};
const overAll: Label = { de: 'bezogen auf alle Träger', en: 'over all carriers' };

export async function situationSection(situation: CarrierSituation): Promise<Html> {
  if ('suppressed' in situation) {
    return section('carrier-situation', sectionLabels.carrierSituation, [
      note(uiLabels.situationSuppressed, 'note-block situation-suppressed'),
    ]);
  }
  const migrant = situation.migrantOrganisations;
  const migrantSuppressed = migrant.suppressed === true;
  const { p25, median, p75 } = situation.thirdPartyShare;
  const [quartiles, shares] = await Promise.all([
    thirdPartyShareChart(situation),
    situationSharesChart(situation),
  ]);
  const quantiles = figureTable(
    { de: 'Drittmittelanteil der Träger', en: 'Third-party share of the carriers' },
    [uiLabels.share],
    [
      row(
        situationLabels['thirdPartyShare.p25'],
        [valueCell('carrierSituation.thirdPartyShare.p25', formatShare(p25), p25)],
        quantileHint,
      ),
      row(situationLabels['thirdPartyShare.median'], [
        valueCell('carrierSituation.thirdPartyShare.median', formatShare(median), median),
      ]),
      row(situationLabels['thirdPartyShare.p75'], [
        valueCell('carrierSituation.thirdPartyShare.p75', formatShare(p75), p75),
      ]),
    ],
  );
  const counts = figureTable(
    { de: 'Träger nach Finanzierung', en: 'Carriers by funding' },
    [uiLabels.count, uiLabels.share],
    [
      row(
        situationLabels.fullyThirdParty,
        countCells('fullyThirdParty', situation.fullyThirdParty),
      ),
      row(
        situationLabels.atLeast90ThirdParty,
        countCells('atLeast90ThirdParty', situation.atLeast90ThirdParty),
      ),
      row(
        situationLabels.withMunicipalFunds,
        countCells('withMunicipalFunds', situation.withMunicipalFunds),
      ),
    ],
    false,
    overReporting,
  );
  const otherShares = figureTable(
    {
      de: 'Kommunale Mittel und Migrant:innenorganisationen',
      en: 'Municipal funds and migrant organisations',
    },
    [uiLabels.share],
    [
      row(situationLabels.municipalShareOfFunds, [
        shareCell('carrierSituation.municipalShareOfFunds', situation.municipalShareOfFunds, false),
      ]),
      row(
        situationLabels['migrantOrganisations.shareOfCarriers'],
        [
          shareCell(
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
            'carrierSituation.migrantOrganisations.shareOfActiveMatches',
            migrant.shareOfActiveMatches,
            migrantSuppressed,
          ),
        ],
        overAll,
      ),
      row(situationLabels['migrantOrganisations.shareOfFederalProgrammeFunds'], [
        shareCell(
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
  return section('carrier-situation', sectionLabels.carrierSituation, [
    columns(
      [quantiles, counts, otherShares, ...(anySuppressed ? [note(uiLabels.suppressedNote)] : [])],
      [
        chartFigure(uiLabels.thirdPartyChart, quartiles),
        chartFigure(
          { de: 'Anteile zur Lage der Träger', en: 'Shares on the carriers\u2019 situation' },
          shares,
        ),
      ],
    ),
  ]);
}
