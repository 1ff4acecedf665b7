import type { CarrierReport } from '../../../shared/schemas/reports';
import { endReasons } from '../../../shared/schemas/webhooks';
import { formatCount, formatDays, formatEuro, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import { chartFigure, columns, figureTable, section, valueCell } from './html-parts';
import type { Label } from './labels';
import {
  checkInLabels,
  endReasonLabels,
  fundingLabels,
  matchLabels,
  sectionLabels,
  uiLabels,
} from './labels';
import { adherenceChart, endedByReasonChart, fundingChart, retentionChart } from './report-charts';

/**
 * The sections that the carrier report and the funder summary share (SPEC §6): matches,
 * check-ins and the funding models, each as a table with its charts.
 */

type Figures = Pick<CarrierReport, 'matches' | 'checkIns' | 'funding'>;

const countCell = (figure: string, value: number): Cell =>
  valueCell(figure, formatCount(value), value);

const shareCell = (figure: string, value: number | null, why: Label = uiLabels.noData): Cell =>
  value === null ? { state: 'null', figure, why } : valueCell(figure, formatShare(value), value);

const row = (label: Label, cell: Cell, hint?: Label): TableRow => ({
  label,
  cells: [cell],
  ...(hint ? { hint } : {}),
});

async function matchesSection(matches: Figures['matches']): Promise<Html> {
  const median = matches.medianDurationDays;
  const [retention, endedByReason] = await Promise.all([
    retentionChart(matches),
    endedByReasonChart(matches),
  ]);
  const figures = figureTable(
    sectionLabels.matches,
    [uiLabels.value],
    [
      row(matchLabels.new, countCell('matches.new', matches.new)),
      row(matchLabels.activeDuring, countCell('matches.activeDuring', matches.activeDuring)),
      row(matchLabels.activeAtEnd, countCell('matches.activeAtEnd', matches.activeAtEnd)),
      row(matchLabels.ended, countCell('matches.ended', matches.ended)),
      row(
        matchLabels.medianDurationDays,
        median === null
          ? { state: 'null', figure: 'matches.medianDurationDays', why: uiLabels.noEndedMatches }
          : valueCell('matches.medianDurationDays', formatDays(median), median),
        uiLabels.inDays,
      ),
      row(
        matchLabels['reached.90'],
        shareCell('matches.reached.90', matches.reached['90'], uiLabels.noMatchOldEnough),
      ),
      row(
        matchLabels['reached.180'],
        shareCell('matches.reached.180', matches.reached['180'], uiLabels.noMatchOldEnough),
      ),
      row(
        matchLabels['reached.365'],
        shareCell('matches.reached.365', matches.reached['365'], uiLabels.noMatchOldEnough),
      ),
      row(
        matchLabels.earlyClosureShare,
        shareCell('matches.earlyClosureShare', matches.earlyClosureShare, uiLabels.noEndedMatches),
      ),
      row(matchLabels.withConcern, countCell('matches.withConcern', matches.withConcern)),
    ],
    true,
  );
  const reasons = figureTable(
    uiLabels.endedByReason,
    [uiLabels.count],
    endReasons.map((reason) =>
      row(
        endReasonLabels[reason],
        countCell(`matches.endedByReason.${reason}`, matches.endedByReason[reason] ?? 0),
      ),
    ),
  );
  return section('matches', sectionLabels.matches, [
    columns(
      [figures, reasons],
      [
        chartFigure(uiLabels.retentionChart, retention),
        chartFigure(uiLabels.endedByReasonChart, endedByReason),
      ],
    ),
  ]);
}

async function checkInsSection(checkIns: Figures['checkIns']): Promise<Html> {
  const chart = await adherenceChart(checkIns);
  const figures = figureTable(
    sectionLabels.checkIns,
    [uiLabels.value],
    [
      row(checkInLabels.recorded, countCell('checkIns.recorded', checkIns.recorded)),
      row(checkInLabels.due, countCell('checkIns.due', checkIns.due)),
      row(checkInLabels.onTime, countCell('checkIns.onTime', checkIns.onTime)),
      row(
        checkInLabels.adherence,
        shareCell('checkIns.adherence', checkIns.adherence, uiLabels.noCheckInsDue),
        { de: 'Rechtzeitig / fällig', en: 'On time / due' },
      ),
    ],
    true,
  );
  return section('check-ins', sectionLabels.checkIns, [
    columns([figures], [chartFigure(uiLabels.adherenceChart, chart)]),
  ]);
}

/** How each model counts (SPEC §6), shown under its name. */
const fundingHints: Record<keyof Figures['funding'], Label> = {
  per_new_match: { de: 'Satz × neue Tandems', en: 'rate × new matches' },
  per_active_month: {
    de: 'Satz × aktive Tandem-Tage ÷ 30',
    en: 'rate × active match days ÷ 30',
  },
  per_supported_month: {
    de: 'Satz × Tandem-Monate mit mindestens einem Begleitkontakt',
    en: 'rate × match months with at least one check-in',
  },
};

async function fundingSection(funding: Figures['funding']): Promise<Html> {
  const chart = await fundingChart(funding);
  const models = ['per_new_match', 'per_active_month', 'per_supported_month'] as const;
  const figures = figureTable(
    sectionLabels.funding,
    [{ de: 'Betrag', en: 'Amount' }],
    models.map((model) =>
      row(
        fundingLabels[model],
        valueCell(`funding.${model}`, formatEuro(funding[model]), funding[model].toFixed(2)),
        fundingHints[model],
      ),
    ),
    true,
  );
  return section('funding', sectionLabels.funding, [
    columns([figures], [chartFigure(uiLabels.fundingChart, chart)]),
  ]);
}

export function figureSections(figures: Figures): Promise<Html[]> {
  return Promise.all([
    matchesSection(figures.matches),
    checkInsSection(figures.checkIns),
    fundingSection(figures.funding),
  ]);
}
