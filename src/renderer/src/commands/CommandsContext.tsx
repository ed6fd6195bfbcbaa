import { createContext, useContext, type ReactNode } from 'react';
import type { CommandRegistry } from './commandRegistry';

const RegistryContext = createContext<CommandRegistry | null>(null);

/** Gives the window's command registry to every component below. */
export function CommandsProvider({
  registry,
  children,
}: {
  readonly registry: CommandRegistry;
  readonly children: ReactNode;
}) {
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

/** The window's command registry. */
export function useCommandRegistry(): CommandRegistry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('useCommandRegistry needs a CommandsProvider above it');
  return registry;
}
