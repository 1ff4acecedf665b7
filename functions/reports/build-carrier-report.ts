import { funderConfig } from '../../shared/config/runtime-env';
import { defaultLanguage, isLanguage } from '../../shared/i18n/languages';
import { getCarrier } from '../../shared/data/carriers';
import { putReportFile } from '../../shared/data/report-file-writer';
import { reportFileKey } from '../../shared/data/report-files';
import { completeCarrierPart } from '../../shared/data/period-closes';
import { readReportInputs } from '../../shared/data/report-inputs';
import { hasCarrierReport, putCarrierReportRecord } from '../../shared/data/report-records';
import { buildCarrierReport } from '../../shared/domain/reports/build-reports';
import { fundingUnitsOf } from '../../shared/domain/reports/funding-comparison';
import { tallyPeriod } from '../../shared/domain/reports/period-tally';
import { reportEventSource } from '../../shared/events/catalogue';
import { consumer } from '../../shared/events/consume';
import { publishEvent } from '../../shared/events/publish';
import { periodOf } from './period-of';
import { putReportPages } from './put-report-pages';
import { carrierReportCsv } from './render/carrier-report-csv';
import { renderCarrierReportHtml } from './render/carrier-report-html';

/**
 * One carrier's report of a period close, from the carrier's own partition. Written once
 * per revision (a retry finds the record and only completes its part of the close); the
 * coordinator then hears that it is ready, through the report-ready route.
 */
export const handler = consumer(
  'CarrierReportRequested',
  async ({ periodId, revision, carrierId }) => {
    const config = funderConfig();
    const period = periodOf(config, periodId);
    const [carrier, inputs] = await Promise.all([
      getCarrier(carrierId),
      readReportInputs(carrierId, periodId),
    ]);
    if (!carrier) throw new Error(`No carrier ${carrierId}`);
    const tally = tallyPeriod(inputs.matches, period, config.checkInPolicy);

    if (!(await hasCarrierReport(carrierId, periodId, revision))) {
      const report = buildCarrierReport(carrierId, period, tally, config, new Date());
      const context = { funderName: config.name, carrierName: carrier.name, period };
      const name = `carriers/${carrierId}`;
      // Read in the carrier's language (SPEC §6); one of §5's, else German.
      const language = isLanguage(carrier.language) ? carrier.language : defaultLanguage;
      const { keys: htmlFiles } = await putReportPages(periodId, revision, name, (pageLanguage) =>
        renderCarrierReportHtml(report, context, pageLanguage),
      );
      const files = {
        json: reportFileKey(periodId, revision, name, 'json'),
        csv: reportFileKey(periodId, revision, name, 'csv'),
        html: htmlFiles[language],
      };
      await putReportFile(files.json, 'json', JSON.stringify(report, null, 2));
      await putReportFile(files.csv, 'csv', carrierReportCsv(report));
      await putCarrierReportRecord(carrierId, {
        periodId,
        revision,
        generatedAt: report.generatedAt,
        files,
        htmlFiles,
        language,
      });
    }
    // Recorded first, counted next; the notice follows from its own event, so that a send
    // failing for hours never holds the close back (issue 16, point 5). Published on every
    // delivery: the mail's claim keeps a repeated notice from being sent twice.
    await publishEvent(reportEventSource, {
      detailType: 'ReportReadyMailRequested',
      detail: { periodId, revision, carrierId },
    });

    const allDone = await completeCarrierPart(periodId, revision, {
      carrierId,
      tally,
      standing: {
        carrierId,
        migrantOrganisation: carrier.migrantOrganisation,
        ...(carrier.umbrellaId ? { umbrellaId: carrier.umbrellaId } : {}),
        ...(carrier.municipality ? { municipality: carrier.municipality } : {}),
        ...(inputs.funding ? { funding: inputs.funding } : {}),
        activeMatches: tally.activeDuring,
      },
      units: fundingUnitsOf(tally),
    });
    if (allDone) {
      await publishEvent(reportEventSource, {
        detailType: 'FunderSummaryRequested',
        detail: { periodId, revision },
      });
    }
  },
);
