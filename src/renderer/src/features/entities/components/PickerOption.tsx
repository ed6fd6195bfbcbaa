import type { ReactNode } from 'react';
import type { EntityCandidateResult } from '../../../../../shared/contract';

/** One option of the entity picker's list: an entity found, or the new entity to make. */
export function PickerOption({
  id,
  active,
  onChoose,
  onPoint,
  children,
}: {
  readonly id: string;
  readonly active: boolean;
  onChoose(): void;
  onPoint(): void;
  readonly children: ReactNode;
}) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className={`lp-picker__item${active ? ' is-active' : ''}`}
      onClick={onChoose}
      // Moved, not entered: an option scrolled under a still pointer by the keys stays unchosen.
      onMouseMove={onPoint}
    >
      {children}
    </li>
  );
}

/** An entity found: its name, then its type, the name or alias matched, and how alike. */
export function CandidateText({ candidate }: { readonly candidate: EntityCandidateResult }) {
  const { entity, matched, score } = candidate;
  return (
    <>
      <span className="lp-picker__name">{entity.name}</span>
      <span className="lp-muted">
        {entity.type}
        {matched !== entity.name ? ` · as “${matched}”` : ''}
        {score > 0 ? ` · ${Math.round(score * 100)}%` : ''}
      </span>
    </>
  );
}
