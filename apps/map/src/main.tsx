import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
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

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: wrap(<MapPage />) },
      { path: 'regions/:code', element: wrap(<RegionPage />) },
      { path: 'compare', element: wrap(<ComparePage />) },
      { path: 'practices', element: wrap(<PracticesPage />) },
      { path: 'practices/:slug', element: wrap(<PracticePage />) },
      { path: 'experts', element: wrap(<ExpertsPage />) },
      { path: '*', element: wrap(<NotFound />) },
    ],
  },
]);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
