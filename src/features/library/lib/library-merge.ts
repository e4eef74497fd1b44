/** An imported library added to the one in the browser. */
import { sweepContains, type LibraryState, type Sweep, type WithinList } from './library-state.ts';

/** Everything from `incoming` added to `state` (an import): marks, sweeps and stars are unions. */
export function mergeLibraries(state: LibraryState, incoming: LibraryState, within: WithinList): LibraryState {
  let merged: LibraryState = {
    read: { ...state.read, ...incoming.read },
    unread: { ...state.unread },
    sweeps: state.sweeps,
    starred: { ...incoming.starred, ...state.starred },
  };
  for (const [id, mark] of Object.entries(incoming.unread)) if (!(id in state.read)) merged.unread[id] = mark;
  for (const id of Object.keys(merged.read)) delete merged.unread[id];
  for (const one of incoming.sweeps) merged = sweepKeepingMarks(merged, one, within);
  return merged;
}

function sweepKeepingMarks(state: LibraryState, one: Sweep, within: WithinList): LibraryState {
  if (state.sweeps.some((old) => sweepContains(old, one, within))) return state;
  return { ...state, sweeps: [...state.sweeps.filter((old) => !sweepContains(one, old, within)), one] };
}
