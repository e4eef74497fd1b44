import { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { shouldRetryDataError } from './lib/fetch-data.ts';
import { parseSearch, stringifySearch } from './lib/search-params.ts';
import { routeTree } from './routeTree.gen.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The bundle is static: what was fetched once stays right.
      staleTime: Infinity,
      retry: shouldRetryDataError,
      // Fetch even when the browser says it is offline: the service worker may have the file,
      // and a file it lacks fails with a "needs a connection" view instead of waiting.
      networkMode: 'always',
      retryDelay: 400,
    },
  },
});

export const router = createRouter({
  routeTree,
  // BASE_PATH builds live under a sub-path (e.g. /news/).
  basepath: import.meta.env.BASE_URL,
  context: { queryClient },
  parseSearch,
  stringifySearch,
  defaultPreload: 'intent',
  // Loaders only fill the query cache, which decides freshness itself.
  defaultPreloadStaleTime: 0,
  defaultPendingMs: 150,
  defaultPendingMinMs: 250,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
