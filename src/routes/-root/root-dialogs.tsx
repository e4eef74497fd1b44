/**
 * The header's dialogs (keyboard help, settings with the library's export and import), in a
 * chunk of their own: the first screen does not load them until one opens or its button is
 * pointed at (see __root.tsx).
 */
import { HelpDialog } from '../../features/keyboard/components/help-dialog.tsx';
import { LibraryTransfer } from '../../features/library/components/library-transfer.tsx';
import type { Library } from '../../features/library/hooks/use-library.ts';
import { SettingsDialog } from '../../features/preferences/components/settings-dialog.tsx';

export type RootDialogName = 'help' | 'settings';

export default function RootDialog({ name, library, onClose }: { name: RootDialogName; library: Library; onClose: () => void }) {
  return name === 'help' ? (
    <HelpDialog onClose={onClose} />
  ) : (
    <SettingsDialog onClose={onClose}>
      <LibraryTransfer library={library} />
    </SettingsDialog>
  );
}
