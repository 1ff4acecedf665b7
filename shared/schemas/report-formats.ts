// The formats a report is stored and served in, apart from the report schemas: the report
// readers check `?format=` and carry no schema library.

export const reportFormats = ['json', 'csv', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];
