import { i18n } from '#i18n';
import type { ImportReport } from '@/utils/import';

/** Rows shown per outcome; the counts always cover everything (a 50,000-file import stays light). */
const MAX_ROWS = 300;

type Outcome = 'imported' | 'updated' | 'skipped' | 'invalid';

interface Row {
  outcome: Outcome;
  name: string;
  detail: string;
}

function outcomeLabel(outcome: Outcome): string {
  switch (outcome) {
    case 'imported':
      return i18n.t('ui_import_imported');
    case 'updated':
      return i18n.t('ui_import_updated');
    case 'skipped':
      return i18n.t('ui_import_skipped');
    case 'invalid':
      return i18n.t('ui_import_invalid');
  }
}

/** The import report: counts, then a table with problems first (invalid, skipped), then the rest. */
export function ImportReportView({
  report,
  ignored = 0,
}: {
  report: ImportReport;
  ignored?: number;
}) {
  const rows: Row[] = [];
  const add = (outcome: Outcome, list: { name: string; reason?: string; id?: string }[]) => {
    for (const item of list.slice(0, MAX_ROWS)) {
      rows.push({ outcome, name: item.name, detail: item.reason ?? item.id ?? '' });
    }
  };
  add('invalid', report.invalid);
  add('skipped', report.skipped);
  add('updated', report.updated);
  add('imported', report.imported);
  const counts: [Outcome, number][] = [
    ['imported', report.imported.length],
    ['updated', report.updated.length],
    ['skipped', report.skipped.length],
    ['invalid', report.invalid.length],
  ];
  const hidden = counts.reduce((sum, [, count]) => sum + count, 0) - rows.length;

  return (
    <div class="import-report" data-testid="import-report">
      <ul class="report-counts" aria-label={i18n.t('ui_import_report')}>
        {counts.map(([outcome, count]) => (
          <li key={outcome} class={`count-${outcome}`} data-outcome={outcome} data-count={count}>
            <strong>{count.toLocaleString()}</strong> {outcomeLabel(outcome)}
          </li>
        ))}
      </ul>
      {ignored > 0 ? <p class="muted">{i18n.t('ui_import_ignored', [String(ignored)])}</p> : null}
      {rows.length > 0 ? (
        <div class="table-wrap">
          <table class="report-table">
            <caption class="visually-hidden">{i18n.t('ui_import_report')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('ui_import_col_file')}</th>
                <th scope="col">{i18n.t('ui_import_col_result')}</th>
                <th scope="col">{i18n.t('ui_import_col_detail')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index} class={`row-${row.outcome}`} data-outcome={row.outcome}>
                  <td class="file-name">{row.name}</td>
                  <td>{outcomeLabel(row.outcome)}</td>
                  <td>{row.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {hidden > 0 ? <p class="muted">{i18n.t('ui_import_more_rows', [String(hidden)])}</p> : null}
    </div>
  );
}
