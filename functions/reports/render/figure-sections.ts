import type { CarrierReport } from '../../../shared/schemas/reports';
import type { Language } from '../../../shared/i18n/languages';
import { endReasons } from '../../../shared/schemas/webhook-vocabulary';
import { formatCount, formatDays, formatEuro, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import { chartFigure, columns, figureTable, section, valueCell } from './html-parts';
import type { Label } from './labels';
import {
  checkInLabels,
  endReasonLabels,
  fundingHintLabels,
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

const countCell = (language: Language, figure: string, value: number): Cell =>
  valueCell(figure, formatCount(language, value), value);

const shareCell = (
  language: Language,
  figure: string,
  value: number | null,
  why: Label = uiLabels.noData,
): Cell =>
  value === null
    ? { state: 'null', figure, why }
    : valueCell(figure, formatShare(language, value), value);

const row = (label: Label, cell: Cell, hint?: Label): TableRow => ({
  label,
  cells: [cell],
  ...(hint ? { hint } : {}),
});

async function matchesSection(language: Language, matches: Figures['matches']): Promise<Html> {
  const median = matches.medianDurationDays;
  const [retention, endedByReason] = await Promise.all([
    retentionChart(language, matches),
    endedByReasonChart(language, matches),
  ]);
  const figures = figureTable(
    language,
    sectionLabels.matches,
    [uiLabels.value],
    [
      row(matchLabels.new, countCell(language, 'matches.new', matches.new)),
      row(
        matchLabels.activeDuring,
        countCell(language, 'matches.activeDuring', matches.activeDuring),
      ),
      row(matchLabels.activeAtEnd, countCell(language, 'matches.activeAtEnd', matches.activeAtEnd)),
      row(matchLabels.ended, countCell(language, 'matches.ended', matches.ended)),
      row(
        matchLabels.medianDurationDays,
        median === null
          ? { state: 'null', figure: 'matches.medianDurationDays', why: uiLabels.noEndedMatches }
          : valueCell('matches.medianDurationDays', formatDays(language, median), median),
        uiLabels.inDays,
      ),
      row(
        matchLabels['reached.90'],
        shareCell(language, 'matches.reached.90', matches.reached['90'], uiLabels.noMatchOldEnough),
      ),
      row(
        matchLabels['reached.180'],
        shareCell(
          language,
          'matches.reached.180',
          matches.reached['180'],
          uiLabels.noMatchOldEnough,
        ),
      ),
      row(
        matchLabels['reached.365'],
        shareCell(
          language,
          'matches.reached.365',
          matches.reached['365'],
          uiLabels.noMatchOldEnough,
        ),
      ),
      row(
        matchLabels.earlyClosureShare,
        shareCell(
          language,
          'matches.earlyClosureShare',
          matches.earlyClosureShare,
          uiLabels.noEndedMatches,
        ),
      ),
      row(matchLabels.withConcern, countCell(language, 'matches.withConcern', matches.withConcern)),
    ],
    true,
  );
  const reasons = figureTable(
    language,
    uiLabels.endedByReason,
    [uiLabels.count],
    endReasons.map((reason) =>
      row(
        endReasonLabels[reason],
        countCell(language, `matches.endedByReason.${reason}`, matches.endedByReason[reason] ?? 0),
      ),
    ),
  );
  return section(language, 'matches', sectionLabels.matches, [
    columns(
      [figures, reasons],
      [
        chartFigure(language, uiLabels.retentionChart, retention),
        chartFigure(language, uiLabels.endedByReasonChart, endedByReason),
      ],
    ),
  ]);
}

async function checkInsSection(language: Language, checkIns: Figures['checkIns']): Promise<Html> {
  const chart = await adherenceChart(language, checkIns);
  const figures = figureTable(
    language,
    sectionLabels.checkIns,
    [uiLabels.value],
    [
      row(checkInLabels.recorded, countCell(language, 'checkIns.recorded', checkIns.recorded)),
      row(checkInLabels.due, countCell(language, 'checkIns.due', checkIns.due)),
      row(checkInLabels.onTime, countCell(language, 'checkIns.onTime', checkIns.onTime)),
      row(
        checkInLabels.adherence,
        shareCell(language, 'checkIns.adherence', checkIns.adherence, uiLabels.noCheckInsDue),
        uiLabels.adherenceHint,
      ),
    ],
    true,
  );
  return section(language, 'check-ins', sectionLabels.checkIns, [
    columns([figures], [chartFigure(language, uiLabels.adherenceChart, chart)]),
  ]);
}

async function fundingSection(language: Language, funding: Figures['funding']): Promise<Html> {
  const chart = await fundingChart(language, funding);
  const models = ['per_new_match', 'per_active_month', 'per_supported_month'] as const;
  const figures = figureTable(
    language,
    sectionLabels.funding,
    [uiLabels.amount],
    models.map((model) =>
      row(
        fundingLabels[model],
        valueCell(
          `funding.${model}`,
          formatEuro(language, funding[model]),
          funding[model].toFixed(2),
        ),
        fundingHintLabels[model],
      ),
    ),
    true,
  );
  return section(language, 'funding', sectionLabels.funding, [
    columns([figures], [chartFigure(language, uiLabels.fundingChart, chart)]),
  ]);
}

export function figureSections(figures: Figures, language: Language): Promise<Html[]> {
  return Promise.all([
    matchesSection(language, figures.matches),
    checkInsSection(language, figures.checkIns),
    fundingSection(language, figures.funding),
  ]);
}
