import { Route, Routes } from 'react-router';
import { useAuth } from './auth.js';
import { useI18n } from './i18n/index.js';
import { Layout } from './Layout.js';
import { AssessmentPage } from './pages/AssessmentPage.js';
import { AssessmentsPage } from './pages/AssessmentsPage.js';
import { AuditPage } from './pages/AuditPage.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { ExpertsPage } from './pages/ExpertsPage.js';
import { FrameworkPage, FrameworksPage } from './pages/FrameworksPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { ModerationPage } from './pages/ModerationPage.js';
import { OutcomesPage } from './pages/OutcomesPage.js';
import { PracticeEditPage } from './pages/PracticeEditPage.js';
import { PracticesPage } from './pages/PracticesPage.js';
import { RegionPage, RegionsPage } from './pages/RegionsPage.js';
import { Loading } from './ui.js';

export function App() {
  const { user, loading } = useAuth();
  const { t } = useI18n();
  if (loading) return <Loading />;
  if (!user) return <LoginPage />;
  return (
    <Layout>
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="assessments" element={<AssessmentsPage />} />
        <Route path="assessments/:id" element={<AssessmentPage />} />
        <Route path="moderation" element={<ModerationPage />} />
        <Route path="practices" element={<PracticesPage />} />
        <Route path="practices/new" element={<PracticeEditPage />} />
        <Route path="practices/:id" element={<PracticeEditPage />} />
        <Route path="frameworks" element={<FrameworksPage />} />
        <Route path="frameworks/:id" element={<FrameworkPage />} />
        <Route path="outcomes" element={<OutcomesPage />} />
        <Route path="experts" element={<ExpertsPage />} />
        <Route path="regions" element={<RegionsPage />} />
        <Route path="regions/:code" element={<RegionPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<h1>{t('notfound.title')}</h1>} />
      </Routes>
    </Layout>
  );
}
