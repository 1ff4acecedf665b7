import type { CarrierListLine } from '../../../../shared/domain/office-carrier-list';
import { csvField, csvValue } from '../../../reports/render/csv-format';
import type { FigureKind } from '../../../reports/render/figure-rows';

/** The columns of `?format=csv`: ids, codes and numbers, in the page's order. */
const columns: readonly [
  name: string,
  kind: FigureKind,
  cell: (line: CarrierListLine) => string | number | null,
][] = [
  ['carrierId', 'text', (line) => line.carrierId],
  ['name', 'text', (line) => line.name],
  ['umbrellaId', 'text', (line) => line.umbrella?.umbrellaId ?? null],
  ['umbrellaName', 'text', (line) => line.umbrella?.name ?? null],
  ['municipality', 'text', (line) => line.municipality],
  ['status', 'text', (line) => line.status],
  ['activeMatches', 'count', (line) => line.activeMatches],
  ['newInCurrentPeriod', 'count', (line) => line.newInCurrentPeriod],
  ['quota', 'count', (line) => line.quota],
  ['overdueNow', 'count', (line) => line.overdueNow],
  ['atRiskNow', 'count', (line) => line.atRiskNow],
  ['adherence90', 'share', (line) => line.adherence90],
  ['daysSinceLastFact', 'days', (line) => line.daysSinceLastFact],
  ['lastFundingPeriodId', 'text', (line) => line.lastFundingPeriodId],
];

/**
 * `GET /app/office/carriers?format=csv` (SPEC §12): the list's rows in its order, a header
 * row first, written like the report CSVs (RFC 4180, CRLF, formula-safe text cells); an
 * empty cell for a figure not computed yet.
 */
export const carrierListCsv = (lines: readonly CarrierListLine[]): string =>
  [
    columns.map(([name]) => name),
    ...lines.map((line) =>
      columns.map(([name, kind, cell]) =>
        csvValue({ section: 'carriers', figure: name, kind, value: cell(line) }),
      ),
    ),
  ]
    .map((record) => `${record.map(csvField).join(',')}\r\n`)
    .join('');
