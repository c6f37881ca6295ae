import { type ReactNode, useCallback, useEffect, useRef } from 'react';
import { Link, type LinkProps, NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import { LANG_NAMES, LANGS, type LocalisedText, pick, textState, toLang, useI18n } from './i18n.js';
import { languageName } from './names.js';

/**
 * Changes some query parameters of the current URL and keeps the others (`lang` among them); null or '' removes
 * one. A new history entry by default, so that the back button undoes a filter; `replace` for view settings.
 */
export function useUpdateParams(): (
  changes: Record<string, string | null>,
  options?: { replace?: boolean },
) => void {
  const [params, setParams] = useSearchParams();
  return (changes, options = {}) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, options);
  };
}

/** Keeps `lang` and `embed` from the current URL on an internal link. */
export function useKeep(): (to: string) => string {
  const [params] = useSearchParams();
  const lang = params.get('lang');
  const embed = params.get('embed');
  return useCallback(
    (to: string) => {
      const [path = '', query = ''] = to.split('?');
      const next = new URLSearchParams(query);
      if (lang && !next.has('lang')) next.set('lang', lang);
      if (embed && !next.has('embed')) next.set('embed', embed);
      const text = next.toString();
      return text ? `${path}?${text}` : path;
    },
    [lang, embed],
  );
}

export function AppLink({ to, ...rest }: Omit<LinkProps, 'to'> & { to: string }) {
  const keep = useKeep();
  return <Link to={keep(to)} {...rest} />;
}

export function IllustrativeNotice({ show }: { show: boolean | undefined }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <p className="notice" role="note">
      {t('illustrative')}
    </p>
  );
}

export function Status({ loading, error }: { loading?: boolean; error?: Error | undefined }) {
  const { t } = useI18n();
  if (error) return <p role="alert">{t('error')}</p>;
  if (loading) return <p aria-live="polite">{t('loading')}</p>;
  return null;
}

/** A horizontal bar for a 0–100 score, with the value written out. */
/** A labelled score bar; `undefined` is a score still loading (the row keeps its room, with no value yet). */
export function ScoreBar({
  label,
  value,
  marks,
}: {
  label: string;
  value: number | null | undefined;
  marks?: { key: string; value: number }[];
}) {
  const { num, t } = useI18n();
  return (
    <div className="bar-row">
      <span className="bar-label">{label}</span>
      <span className="bar-track" aria-hidden="true">
        {typeof value === 'number' && (
          <span className="bar-fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
        )}
        {(marks ?? []).map((mark) => (
          <span
            key={mark.key}
            className={`bar-mark bar-mark-${mark.key}`}
            style={{ left: `${mark.value}%` }}
          />
        ))}
      </span>
      <span className="bar-value">
        {value === undefined ? '\u00a0' : value === null ? t('noData') : num(value)}
      </span>
    </div>
  );
}

function LanguageSwitcher() {
  const [params, setParams] = useSearchParams();
  const { t } = useI18n();
  const current = toLang(params.get('lang'));
  return (
    <label className="lang-switch">
      <span>{t('language')}</span>
      <select
        value={current}
        onChange={(event) => {
          const next = new URLSearchParams(params);
          if (event.target.value === 'en') next.delete('lang');
          else next.set('lang', event.target.value);
          setParams(next);
        }}
      >
        {LANGS.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANG_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout() {
  const { t, lang } = useI18n();
  const keep = useKeep();
  const [params] = useSearchParams();
  const location = useLocation();
  const embed = params.get('embed') === '1';
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const lastPath = useRef(location.pathname);
  useEffect(() => {
    // A new page (not a changed filter) moves focus to its heading for screen readers; not on the first load.
    if (lastPath.current === location.pathname) return;
    lastPath.current = location.pathname;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location.pathname]);
  return (
    <div className={embed ? 'app embed' : 'app'}>
      {!embed && (
        <header className="site-header">
          <a className="skip" href="#main">
            {t('skip')}
          </a>
          <AppLink to="/" className="brand">
            {t('appName')}
          </AppLink>
          <nav aria-label={t('appName')}>
            <ul>
              <li>
                <NavLink to={keep('/')} end>
                  {t('navMap')}
                </NavLink>
              </li>
              <li>
                <NavLink to={keep('/practices')}>{t('navPractices')}</NavLink>
              </li>
              <li>
                <NavLink to={keep('/experts')}>{t('navExperts')}</NavLink>
              </li>
              <li>
                <NavLink to={keep('/compare')}>{t('navCompare')}</NavLink>
              </li>
              <li>
                <NavLink to={keep('/toolkit')}>{t('navToolkit')}</NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher />
        </header>
      )}
      <main id="main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <small>{t('attribution')}</small>
      </footer>
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Says when the texts of a page are not the reader's language's own current version: shown in another language
 * (none yet), a translation older than the original's latest change, or a machine translation.
 */
export function TranslationNotice({ texts }: { texts: (LocalisedText | null | undefined)[] }) {
  const { t, lang } = useI18n();
  const states = texts.flatMap((text) => (text ? [{ ...textState(text, lang), source: text.source }] : []));
  const notice =
    states.find((item) => item.state === 'fallback') ??
    states.find((item) => item.state === 'outdated') ??
    states.find((item) => item.state === 'machine');
  if (!notice) return null;
  const name = (code: string | undefined) => (code ? languageName(code, lang, true) : '');
  const message =
    notice.state === 'fallback'
      ? t('textFallback', { lang: name(lang), shown: name(notice.shown) })
      : notice.state === 'outdated'
        ? t('textOutdated', { lang: name(lang), source: name(notice.source) })
        : t('textMachine', { source: name(notice.source) });
  return (
    <p className="notice translation-notice" lang={lang}>
      {message}
    </p>
  );
}

/**
 * A multilingual text from the API in the reader's language or, failing that, in the one it names
 * ("… (en castellà)"); `lang` marks the text's own language for screen readers.
 */
export function LocalText({ value, tag = true }: { value: LocalisedText | null | undefined; tag?: boolean }) {
  const { t, lang } = useI18n();
  if (!value) return null;
  const { shown, state } = textState(value, lang);
  return (
    <>
      <span lang={shown}>{pick(value, lang)}</span>
      {tag && state === 'fallback' ? (
        <span className="lang-tag"> ({t('inLanguage', { language: languageName(shown, lang, true) })})</span>
      ) : null}
    </>
  );
}
