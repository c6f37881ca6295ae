import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type LabelGroup, labelKey } from '../labels.js';
import { ca } from './ca.js';
import { en, type MessageKey } from './en.js';

export { localized } from './localized.js';

export type UiLanguage = 'en' | 'ca';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'ca'];
const catalogues: Record<UiLanguage, Record<MessageKey, string>> = { en, ca };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: UiLanguage;
  t: Translate;
  /** A path inside the app with the current `?lang=` kept. */
  href: (path: string) => string;
  /** A coded value (status, role, kind…) as words in the UI language; the code itself when unknown. */
  label: (group: LabelGroup, value: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [params] = useSearchParams();
  const requested = params.get('lang');
  const lang: UiLanguage = requested === 'ca' ? 'ca' : 'en';
  const value = useMemo<I18n>(() => {
    const catalogue = catalogues[lang];
    const t: Translate = (key, vars) =>
      (catalogue[key] ?? en[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
        String(vars?.[name] ?? ''),
      );
    return {
      lang,
      t,
      label: (group, value) => {
        if (value === null || value === undefined || value === '') return '';
        const key = labelKey(group, value);
        return key ? t(key) : value;
      },
      href: (path) => {
        if (lang === 'en') return path;
        return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
      },
    };
  }, [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
