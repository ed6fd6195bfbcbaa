import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface RelationTypeListProps {
  readonly types: readonly string[];
  /** Changes each time the keyboard should come to the list. */
  readonly focusRequest: number;
  readonly disabled: boolean;
  onChoose(type: string): void;
}

/** The schema's relation types as a list box: arrow keys move, Enter chooses (and saves), or a click. */
export function RelationTypeList({
  types,
  focusRequest,
  disabled,
  onChoose,
}: RelationTypeListProps) {
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusRequest > 0) list.current?.focus();
  }, [focusRequest]);
  if (types.length === 0) return null;
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step) {
      event.preventDefault();
      setActive((at) => (at + step + types.length) % types.length);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      setActive(event.key === 'Home' ? 0 : types.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      const type = types[active];
      if (type && !disabled) onChoose(type);
    }
  };
  return (
    <ul
      ref={list}
      className="lp-listbox"
      role="listbox"
      aria-label="Relation type"
      aria-activedescendant={`lp-relation-type-${active}`}
      aria-disabled={disabled}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {types.map((type, i) => (
        <li
          key={type}
          id={`lp-relation-type-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'is-active' : undefined}
          onClick={() => {
            setActive(i);
            if (!disabled) onChoose(type);
          }}
        >
          {type}
        </li>
      ))}
    </ul>
  );
}
