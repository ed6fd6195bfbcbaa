import type { Holder, Target } from '../../../../../shared/model';

/** The value of the holder list for a draft's holder: '' not chosen yet, 'none' no named holder. */
export function holderValue(holder: Holder | null | undefined): string {
  if (holder === undefined) return '';
  if (holder === null) return 'none';
  return holder.kind === 'span' ? `span:${holder.spanId}` : `entity:${holder.entityId}`;
}

/** The holder a value of the holder list stands for. */
export function holderOf(value: string): Holder | null | undefined {
  const [kind, id = ''] = value.split(/:(.*)/s) as [string, string | undefined];
  if (kind === 'none') return null;
  if (kind === 'span') return { kind: 'span', spanId: id };
  if (kind === 'entity') return { kind: 'entity', entityId: id };
  return undefined;
}

/** The value of the target list for a draft's target; '' not chosen yet. */
export function targetValue(target: Target | undefined): string {
  if (!target) return '';
  if (target.kind === 'topic') return `topic:${target.topicId}`;
  return target.kind === 'entity' ? `entity:${target.entityId}` : `span:${target.spanId}`;
}

/** The target a value of the target list stands for. */
export function targetOf(value: string): Target | undefined {
  const [kind, id = ''] = value.split(/:(.*)/s) as [string, string | undefined];
  if (kind === 'topic') return { kind: 'topic', topicId: id };
  if (kind === 'span') return { kind: 'span', spanId: id };
  if (kind === 'entity') return { kind: 'entity', entityId: id };
  return undefined;
}
