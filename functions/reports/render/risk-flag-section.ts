import type { CarrierReport, FunderSummary } from '../../../shared/schemas/reports';
import type { Language } from '../../../shared/i18n/languages';
import { formatCount, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import { localized, figureTable, note, section, trusted, valueCell } from './html-parts';
import type { Label } from './labels';
import { riskFlagLabels, riskFlagSentences, uiLabels } from './labels';

type RiskFlag = CarrierReport['riskFlag'];

const countCell = (language: Language, figure: string, value: number): Cell =>
  valueCell(`riskFlag.${figure}`, formatCount(language, value), value);

const rateCell = (language: Language, figure: string, value: number | null): Cell =>
  value === null
    ? { state: 'null', figure: `riskFlag.${figure}`, why: uiLabels.noData }
    : valueCell(`riskFlag.${figure}`, formatShare(language, value), value);

/** The rates in words, each only when its divisor is above 0. */
function sentences(flag: RiskFlag): Label[] {
  const wentOn = flag.evaluated - flag.closedEarly;
  const quiet = wentOn - (flag.flagged - flag.flaggedClosedEarly);
  return [
    ...(flag.closedEarly > 0
      ? [riskFlagSentences.sensitivity(flag.flaggedClosedEarly, flag.closedEarly)]
      : []),
    ...(flag.flagged > 0
      ? [riskFlagSentences.precision(flag.flaggedClosedEarly, flag.flagged)]
      : []),
    ...(wentOn > 0 ? [riskFlagSentences.specificity(quiet, wentOn)] : []),
    riskFlagSentences.baseRate(flag.closedEarly, flag.evaluated),
  ];
}

function figures(language: Language, flag: RiskFlag): Html {
  const rows: TableRow[] = [
    {
      label: riskFlagLabels.evaluated,
      hint: riskFlagLabels.evaluatedHint,
      cells: [countCell(language, 'evaluated', flag.evaluated)],
    },
    { label: riskFlagLabels.flagged, cells: [countCell(language, 'flagged', flag.flagged)] },
    {
      label: riskFlagLabels.closedEarly,
      hint: riskFlagLabels.closedEarlyHint,
      cells: [countCell(language, 'closedEarly', flag.closedEarly)],
    },
    {
      label: riskFlagLabels.flaggedClosedEarly,
      cells: [countCell(language, 'flaggedClosedEarly', flag.flaggedClosedEarly)],
    },
    {
      label: riskFlagLabels.sensitivity,
      cells: [rateCell(language, 'sensitivity', flag.sensitivity)],
    },
    {
      label: riskFlagLabels.specificity,
      cells: [rateCell(language, 'specificity', flag.specificity)],
    },
    { label: riskFlagLabels.precision, cells: [rateCell(language, 'precision', flag.precision)] },
    { label: riskFlagLabels.baseRate, cells: [rateCell(language, 'baseRate', flag.baseRate)] },
  ];
  return figureTable(language, riskFlagLabels.section, [uiLabels.value], rows, true);
}

/**
 * The riskFlag section (SPEC §6): the counts and four rates, then the rates in plain words
 * and, always, that the flag is a prompt to call, not a prediction.
 */
export function riskFlagSection(flag: FunderSummary['riskFlag'], language: Language): Html {
  const body: Html[] =
    'suppressed' in flag
      ? [
          trusted(
            `<p class="note-block" data-figure="riskFlag" data-suppressed="true">${localized(riskFlagLabels.suppressed, language).html}</p>`,
          ),
        ]
      : flag.evaluated === 0
        ? [figures(language, flag), note(language, riskFlagLabels.noneEvaluated)]
        : [
            figures(language, flag),
            ...sentences(flag).map((sentence) =>
              note(language, sentence, 'note-block risk-flag-words'),
            ),
          ];
  return section(language, 'risk-flag', riskFlagLabels.section, [
    ...body,
    note(language, riskFlagLabels.notAPrediction, 'note-block risk-flag-not-a-prediction'),
  ]);
}
