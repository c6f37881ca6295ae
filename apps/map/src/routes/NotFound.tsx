import { useI18n } from '../i18n.js';
import { AppLink } from '../ui.js';

export default function NotFound() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1 tabIndex={-1}>{t('notFound')}</h1>
      <AppLink to="/">{t('home')}</AppLink>
    </div>
  );
}
