import { useState } from 'react';
import { api } from '../api.js';
import { useI18n } from '../i18n/index.js';
import { ErrorBox, Field } from '../ui.js';

interface ImportSummary {
  dryRun: boolean;
  observations: number;
  regions: string[];
  years: number[];
  skipped: { reason: string; count: number }[];
  preview: {
    regionCode: string;
    year: number;
    group: Record<string, string>;
    value: number;
    unit: string;
  }[];
}

export function OutcomesPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | undefined>(undefined);
  const [format, setFormat] = useState<'json-stat' | 'sdmx-csv'>('json-stat');
  const [indicatorCode, setIndicatorCode] = useState('');
  const [dataset, setDataset] = useState('');
  const [unit, setUnit] = useState('');
  const [summary, setSummary] = useState<ImportSummary | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [stored, setStored] = useState(false);

  async function send(dryRun: boolean) {
    if (!file) return;
    setError(undefined);
    setStored(false);
    const content = await file.text();
    const mapping: Record<string, string> = { indicatorCode };
    if (dataset) mapping.dataset = dataset;
    if (unit) mapping.unit = unit;
    try {
      const result = await api<ImportSummary>('POST', '/api/v1/outcomes/import', {
        format,
        content,
        mapping,
        dryRun,
      });
      setSummary(result);
      if (!dryRun) setStored(true);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <>
      <h1>{t('oc.title')}</h1>
      <section className="card" aria-labelledby="oc-import">
        <h2 id="oc-import">{t('oc.import')}</h2>
        <div className="row">
          <Field label={t('fw.file')}>
            {(props) => (
              <input
                {...props}
                type="file"
                name="outcome-file"
                accept=".json,.csv"
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  setFile(chosen);
                  setSummary(undefined);
                  if (chosen)
                    setFormat(chosen.name.toLowerCase().endsWith('.csv') ? 'sdmx-csv' : 'json-stat');
                }}
              />
            )}
          </Field>
          <Field label={t('oc.format')}>
            {(props) => (
              <select
                {...props}
                value={format}
                onChange={(e) => setFormat(e.target.value as 'json-stat' | 'sdmx-csv')}
              >
                <option value="json-stat">JSON-stat 2.0</option>
                <option value="sdmx-csv">SDMX-CSV</option>
              </select>
            )}
          </Field>
          <Field label={t('oc.indicator')}>
            {(props) => (
              <input
                {...props}
                name="indicatorCode"
                value={indicatorCode}
                onChange={(e) => setIndicatorCode(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('oc.dataset')}>
            {(props) => (
              <input {...props} name="dataset" value={dataset} onChange={(e) => setDataset(e.target.value)} />
            )}
          </Field>
          <Field label={t('oc.unit')}>
            {(props) => (
              <input {...props} name="unit" value={unit} onChange={(e) => setUnit(e.target.value)} />
            )}
          </Field>
        </div>
        <div className="buttons">
          <button type="button" onClick={() => void send(true)} disabled={!file || !indicatorCode}>
            {t('oc.preview')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => void send(false)}
            disabled={!summary?.dryRun}
          >
            {t('oc.store')}
          </button>
        </div>
        <ErrorBox error={error} />
        {stored ? <p role="status">{t('oc.stored')}</p> : null}
      </section>
      {summary ? (
        <section className="card" aria-label={t('oc.preview')}>
          <p>
            {summary.observations} · {summary.regions.join(', ')} · {summary.years.join(', ')}
          </p>
          {summary.skipped.length ? (
            <ul>
              {summary.skipped.map((item) => (
                <li key={item.reason}>
                  {item.reason} ({item.count})
                </li>
              ))}
            </ul>
          ) : null}
          <table>
            <thead>
              <tr>
                <th scope="col">{t('as.region')}</th>
                <th scope="col">{t('as.round')}</th>
                <th scope="col">Group</th>
                <th scope="col">Value</th>
              </tr>
            </thead>
            <tbody>
              {summary.preview.map((row) => (
                <tr key={`${row.regionCode}-${row.year}-${JSON.stringify(row.group)}`}>
                  <td>{row.regionCode}</td>
                  <td>{row.year}</td>
                  <td>{Object.values(row.group).join(' · ')}</td>
                  <td>
                    {row.value} {row.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
