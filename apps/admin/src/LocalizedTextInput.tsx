import { type LocalizedText, UI_LANGUAGES, withoutLanguage, withText } from '@regin/domain';
import { useId, useState } from 'react';
import { useI18n } from './i18n/index.js';
import { Field } from './ui.js';

type Errors = Record<string, string>;

/**
 * A multilingual text: the source language first, the translations side by side under it. Changing the source
 * marks every translation outdated (as the public pages then say); editing a translation, or confirming it,
 * clears its mark, and a machine translation edited by a person is no longer machine-made.
 */
export function LocalizedTextInput({
  label,
  name,
  value,
  fallbackLanguage,
  onChange,
  errors,
  path,
  rows,
  folded = false,
}: {
  label: string;
  name: string;
  value: LocalizedText | undefined;
  /** The source language of a text not written yet. */
  fallbackLanguage: string;
  onChange: (value: LocalizedText | undefined) => void;
  errors: Errors;
  path: string;
  /** A textarea of this many rows; a one-line input without. */
  rows?: number;
  /** Start with the translations folded (many small texts side by side); outdated ones still open them. */
  folded?: boolean;
}) {
  const { t, lang: uiLanguage } = useI18n();
  const languageNames = new Intl.DisplayNames([uiLanguage], { type: 'language' });
  const source = value?.source ?? fallbackLanguage;
  const translations = Object.keys(value?.text ?? {}).filter((lang) => lang !== source);
  const missing = UI_LANGUAGES.filter((lang) => lang !== source && !translations.includes(lang));
  const [adding, setAdding] = useState<string>(missing[0] ?? '');
  // The chosen language, or the first one still missing once the chosen one has been added.
  const toAdd = (missing as readonly string[]).includes(adding) ? adding : missing[0];
  const [open, setOpen] = useState(
    (!folded && translations.length > 0) || (value?.outdated?.length ?? 0) > 0,
  );
  const addId = useId();
  // A translation with an error is shown, folded or not.
  const translationError = translations.some((lang) => errors[`${path}.text.${lang}`]);
  const shown = open || translationError;
  const errorFor = (lang: string) =>
    errors[`${path}.text.${lang}`] ?? (lang === source ? errors[path] : undefined);

  const setSource = (text: string) => {
    if (!value) onChange(text ? { source, text: { [source]: text } } : undefined);
    else if (!text && translations.length === 0) onChange(undefined);
    else onChange(withText(value, source, text));
  };
  const setTranslation = (lang: string, text: string) => {
    if (value) onChange(withText(value, lang, text));
  };
  const remove = (lang: string) => {
    if (value) onChange(withoutLanguage(value, lang));
  };
  const input = (lang: string, text: string, set: (text: string) => void, extra: Record<string, unknown>) =>
    rows ? (
      <textarea
        {...extra}
        name={`${name}-${lang}`}
        lang={lang}
        rows={rows}
        value={text}
        onChange={(e) => set(e.target.value)}
      />
    ) : (
      <input
        {...extra}
        name={`${name}-${lang}`}
        lang={lang}
        value={text}
        onChange={(e) => set(e.target.value)}
      />
    );

  return (
    <div className="localized-input">
      <Field label={`${label} (${source})`} error={errorFor(source)}>
        {(props) => input(source, value?.text[source] ?? '', setSource, props)}
      </Field>
      <details
        className="translations"
        open={open || undefined}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary>{t('tr.summary', { n: translations.length })}</summary>
        {shown ? (
          <>
            <div className="side-by-side">
              {translations.map((lang) => (
                <div key={lang} className="translation">
                  <Field label={`${label} (${lang})`} error={errorFor(lang)}>
                    {(props) =>
                      input(lang, value?.text[lang] ?? '', (text) => setTranslation(lang, text), props)
                    }
                  </Field>
                  <div className="buttons">
                    {value?.outdated?.includes(lang) ? (
                      <>
                        <span className="badge badge-outdated">{t('tr.outdated')}</span>
                        <button type="button" onClick={() => setTranslation(lang, value.text[lang] ?? '')}>
                          {t('tr.current')}
                          <span className="visually-hidden"> ({lang})</span>
                        </button>
                      </>
                    ) : null}
                    {value?.machine?.includes(lang) ? <span className="badge">{t('tr.machine')}</span> : null}
                    <button type="button" onClick={() => remove(lang)}>
                      {t('tr.remove')}
                      <span className="visually-hidden"> ({lang})</span>
                    </button>
                  </div>
                </div>
              ))}
            </div>
            {value && missing.length ? (
              <div className="inline-form">
                <div className="field">
                  <label htmlFor={addId}>{t('tr.language')}</label>
                  <select id={addId} value={toAdd} onChange={(e) => setAdding(e.target.value)}>
                    {missing.map((lang) => (
                      <option key={lang} value={lang}>
                        {languageNames.of(lang) ?? lang} ({lang})
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="button"
                  onClick={() => {
                    if (toAdd) setTranslation(toAdd, '');
                  }}
                >
                  {t('tr.add')}
                </button>
              </div>
            ) : null}
            {value ? null : <p className="hint">{t('tr.sourceFirst')}</p>}
          </>
        ) : null}
      </details>
    </div>
  );
}
