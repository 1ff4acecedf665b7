import type { CarrierReport, FunderSummary } from '../../../shared/schemas/reports';
import { formatCount, formatShare } from './display-format';
import type { Cell, Html, TableRow } from './html-parts';
import { bilingual, figureTable, note, section, trusted, valueCell } from './html-parts';
import type { Label } from './labels';
import { riskFlagLabels, riskFlagSentences, uiLabels } from './labels';

type RiskFlag = CarrierReport['riskFlag'];

const countCell = (figure: string, value: number): Cell =>
  valueCell(`riskFlag.${figure}`, formatCount(value), value);

const rateCell = (figure: string, value: number | null): Cell =>
  value === null
    ? { state: 'null', figure: `riskFlag.${figure}`, why: uiLabels.noData }
    : valueCell(`riskFlag.${figure}`, formatShare(value), value);

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

function figures(flag: RiskFlag): Html {
  const rows: TableRow[] = [
    {
      label: riskFlagLabels.evaluated,
      hint: riskFlagLabels.evaluatedHint,
      cells: [countCell('evaluated', flag.evaluated)],
    },
    { label: riskFlagLabels.flagged, cells: [countCell('flagged', flag.flagged)] },
    {
      label: riskFlagLabels.closedEarly,
      hint: riskFlagLabels.closedEarlyHint,
      cells: [countCell('closedEarly', flag.closedEarly)],
    },
    {
      label: riskFlagLabels.flaggedClosedEarly,
      cells: [countCell('flaggedClosedEarly', flag.flaggedClosedEarly)],
    },
    { label: riskFlagLabels.sensitivity, cells: [rateCell('sensitivity', flag.sensitivity)] },
    { label: riskFlagLabels.specificity, cells: [rateCell('specificity', flag.specificity)] },
    { label: riskFlagLabels.precision, cells: [rateCell('precision', flag.precision)] },
    { label: riskFlagLabels.baseRate, cells: [rateCell('baseRate', flag.baseRate)] },
  ];
  return figureTable(riskFlagLabels.section, [uiLabels.value], rows, true);
}

/**
 * The riskFlag section (SPEC §6): the counts and four rates, then the rates in plain words
 * and, always, that the flag is a prompt to call, not a prediction.
 */
export function riskFlagSection(flag: FunderSummary['riskFlag']): Html {
  const body: Html[] =
    'suppressed' in flag
      ? [
          trusted(
            `<p class="note-block" data-figure="riskFlag" data-suppressed="true">${bilingual(riskFlagLabels.suppressed).html}</p>`,
          ),
        ]
      : flag.evaluated === 0
        ? [figures(flag), note(riskFlagLabels.noneEvaluated)]
        : [
            figures(flag),
            ...sentences(flag).map((sentence) => note(sentence, 'note-block risk-flag-words')),
          ];
  return section('risk-flag', riskFlagLabels.section, [
    ...body,
    note(riskFlagLabels.notAPrediction, 'note-block risk-flag-not-a-prediction'),
  ]);
}
