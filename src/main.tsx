import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { startPreferences } from './features/preferences/lib/preferences.ts';
import { getLang, localeOf } from './lib/i18n.ts';
import { registerServiceWorker } from './lib/register-service-worker.ts';
import { queryClient, router } from './router.tsx';
import './index.css';

startPreferences();
document.documentElement.lang = localeOf[getLang()];
registerServiceWorker();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
