import { createContext, useContext, type ReactNode } from 'react';
import type { Model } from './createModel';

const ModelContext = createContext<Model | null>(null);

/** Gives the window's model to every component below. */
export function ModelProvider({
  model,
  children,
}: {
  readonly model: Model;
  readonly children: ReactNode;
}) {
  return <ModelContext.Provider value={model}>{children}</ModelContext.Provider>;
}

/** The window's model (its stores and actions). */
export function useModel(): Model {
  const model = useContext(ModelContext);
  if (!model) throw new Error('useModel needs a ModelProvider above it');
  return model;
}
