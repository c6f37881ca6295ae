import { lazy, StrictMode, Suspense, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import './styles.css';
import { Layout } from './ui.js';

const MapPage = lazy(() => import('./routes/MapPage.js'));
const RegionPage = lazy(() => import('./routes/RegionPage.js'));
const ComparePage = lazy(() => import('./routes/ComparePage.js'));
const PracticesPage = lazy(() => import('./routes/PracticesPage.js'));
const PracticePage = lazy(() => import('./routes/PracticePage.js'));
const ExpertsPage = lazy(() => import('./routes/ExpertsPage.js'));
const NotFound = lazy(() => import('./routes/NotFound.js'));

const wrap = (element: React.ReactNode) => (
  <Suspense fallback={<p aria-live="polite">…</p>}>{element}</Suspense>
);

const ToolkitPage = lazy(() => import('./routes/ToolkitPage.js'));
const ToolkitModulePage = lazy(() => import('./routes/ToolkitModulePage.js'));
const ExpertPage = lazy(() => import('./routes/ExpertPage.js'));

// Declarative routing: the app needs no loaders or actions, and the data router costs more to start.
function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={wrap(<MapPage />)} />
          <Route path="regions/:code" element={wrap(<RegionPage />)} />
          <Route path="compare" element={wrap(<ComparePage />)} />
          <Route path="practices" element={wrap(<PracticesPage />)} />
          <Route path="practices/:slug" element={wrap(<PracticePage />)} />
          <Route path="experts" element={wrap(<ExpertsPage />)} />
          <Route path="experts/:id" element={wrap(<ExpertPage />)} />
          <Route path="toolkit" element={wrap(<ToolkitPage />)} />
          <Route path="toolkit/:slug" element={wrap(<ToolkitModulePage />)} />
          <Route path="*" element={wrap(<NotFound />)} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}

const root = document.getElementById('root');
if (root) {
  // A transition: React renders the first view in short slices, so the page stays responsive while it starts.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
