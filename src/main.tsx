import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { startPreferences } from './features/preferences/lib/preferences.ts';
import { getLang, localeOf } from './lib/i18n.ts';
import { loadOnFirstUse } from './lib/load-on-first-use.ts';
import { registerServiceWorker } from './lib/register-service-worker.ts';
import { queryClient, router } from './router.tsx';
import './index.css';

startPreferences();
document.documentElement.lang = localeOf[getLang()];
registerServiceWorker();
// The reading view's code (with DOMPurify) is not part of the first screen; it loads once the
// page is in use, so opening the first article waits for the article alone.
loadOnFirstUse(() => void router.loadRouteChunk(router.routesById['/_browse/articles/$id'])?.catch(() => undefined));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
