import { Route, Routes } from 'react-router';
import { useAuth } from './auth.js';
import { useI18n } from './i18n/index.js';
import { Layout } from './Layout.js';
import { AccountPage } from './pages/AccountPage.js';
import { ActionPage } from './pages/ActionPage.js';
import { ActionsPage } from './pages/ActionsPage.js';
import { AssessmentPage } from './pages/AssessmentPage.js';
import { AssessmentsPage } from './pages/AssessmentsPage.js';
import { AuditPage } from './pages/AuditPage.js';
import { BackupPage } from './pages/BackupPage.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { ExpertEditPage, ExpertsPage } from './pages/ExpertsPage.js';
import { FrameworkPage, FrameworksPage } from './pages/FrameworksPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { ModerationPage } from './pages/ModerationPage.js';
import { OutcomesPage } from './pages/OutcomesPage.js';
import { PracticeEditPage } from './pages/PracticeEditPage.js';
import { PracticesPage } from './pages/PracticesPage.js';
import { RegionPage, RegionsPage } from './pages/RegionsPage.js';
import { ToolkitModulePage, ToolkitPage } from './pages/ToolkitPage.js';
import { UsersPage } from './pages/UsersPage.js';
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
        <Route path="experts/new" element={<ExpertEditPage />} />
        <Route path="experts/:id" element={<ExpertEditPage />} />
        <Route path="actions" element={<ActionsPage />} />
        <Route path="actions/new" element={<ActionPage />} />
        <Route path="actions/:id" element={<ActionPage />} />
        <Route path="toolkit" element={<ToolkitPage />} />
        <Route path="toolkit/:slug" element={<ToolkitModulePage />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="backup" element={<BackupPage />} />
        <Route path="regions" element={<RegionsPage />} />
        <Route path="regions/:code" element={<RegionPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="*" element={<h1>{t('notfound.title')}</h1>} />
      </Routes>
    </Layout>
  );
}
