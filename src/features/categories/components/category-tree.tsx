import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { CategoryNode } from '../../../bundle/schema.ts';
import { encodeCategoryParam } from '../../../lib/category-param.ts';
import { useI18n } from '../../../lib/i18n.ts';
import { ancestorKeys, findCategoryByPath } from '../lib/find-category.ts';

interface CategoryTreeProps {
  roots: CategoryNode[];
  total: number;
  /** Name path of the selected node; null when "All" is selected or nothing matches. */
  activePath: string[] | null;
  /** Called when the reader picks a node (null = All), before the navigation happens. */
  onSelect?: (node: CategoryNode | null) => void;
  /**
   * A node's count under the active filters (undefined while it loads); absent = `node.count`.
   * Nodes the filters leave empty stay in the tree, dimmed, so the tree does not jump.
   */
  countOf?: (node: CategoryNode) => number | undefined;
}

const ITEM_SELECTOR = '[role="treeitem"]';

/**
 * The whole category tree as an ARIA tree. The selected node and its ancestors are expanded;
 * arrow keys move between visible items, Right/Left expand and collapse, Home/End jump.
 */
export function CategoryTree({ roots, total, activePath, onSelect, countOf }: CategoryTreeProps) {
  const { t } = useI18n();
  const activeNode = activePath ? findCategoryByPath(roots, activePath) : null;
  const activeKey = activeNode?.key ?? null;
  const [expanded, setExpanded] = useState(() => expansionFor(roots, activeNode, new Set()));
  const [expandedFor, setExpandedFor] = useState(activeKey);
  // Opening a node (from the tree, a breadcrumb or a link) reveals it: adjust during render,
  // not in an effect, so the tree never paints collapsed first.
  if (expandedFor !== activeKey) {
    setExpandedFor(activeKey);
    setExpanded(expansionFor(roots, activeNode, expanded));
  }

  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(ITEM_SELECTOR)];
    const current = items.indexOf(document.activeElement as HTMLElement);
    if (current < 0) return;
    const item = items[current];
    const key = item.dataset.key;
    const isExpanded = item.getAttribute('aria-expanded');
    let target: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown': target = items[current + 1]; break;
      case 'ArrowUp': target = items[current - 1]; break;
      case 'Home': target = items[0]; break;
      case 'End': target = items[items.length - 1]; break;
      case 'ArrowRight':
        if (isExpanded === 'false' && key) toggle(key);
        else if (isExpanded === 'true') target = items[current + 1];
        break;
      case 'ArrowLeft':
        if (isExpanded === 'true' && key) toggle(key);
        else target = item.closest('[role="group"]')?.parentElement?.querySelector<HTMLElement>(ITEM_SELECTOR) ?? undefined;
        break;
      default:
        return;
    }
    event.preventDefault();
    target?.focus();
  };

  return (
    <ul role="tree" aria-label={t.categoryTree} className="py-2 text-sm" onKeyDown={onKeyDown}>
      <li role="none">
        <TreeRow depth={0}>
          <span className="size-6 shrink-0" />
          <Link
            to="/"
            // Other filters (a date range) stay when the category changes.
            search={(prev) => ({ ...prev, category: undefined })}
            role="treeitem"
            aria-level={1}
            aria-selected={activeKey === null}
            tabIndex={activeKey === null ? 0 : -1}
            className={itemClass(activeKey === null)}
            onClick={() => onSelect?.(null)}
          >
            <span className="truncate font-medium">{t.all}</span>
            <Count value={total} />
          </Link>
        </TreeRow>
      </li>
      {roots.map((node) => (
        <TreeNode key={node.key} node={node} depth={0} activeKey={activeKey} expanded={expanded} onToggle={toggle} onSelect={onSelect} countOf={countOf} />
      ))}
    </ul>
  );
}

function expansionFor(roots: CategoryNode[], active: CategoryNode | null, current: Set<string>): Set<string> {
  if (!active) return current;
  const next = new Set(current);
  for (const key of ancestorKeys(roots, active.path)) next.add(key);
  if (active.children.length) next.add(active.key);
  return next;
}

interface TreeNodeProps {
  node: CategoryNode;
  depth: number;
  activeKey: string | null;
  expanded: Set<string>;
  onToggle: (key: string) => void;
  onSelect?: (node: CategoryNode | null) => void;
  countOf?: (node: CategoryNode) => number | undefined;
}

function TreeNode({ node, depth, activeKey, expanded, onToggle, onSelect, countOf }: TreeNodeProps) {
  const { t } = useI18n();
  const hasChildren = node.children.length > 0;
  const isExpanded = hasChildren && expanded.has(node.key);
  const isActive = node.key === activeKey;
  const count = countOf ? countOf(node) : node.count;
  return (
    <li role="none">
      <TreeRow depth={depth}>
        {hasChildren ? (
          <button
            type="button"
            tabIndex={-1}
            aria-label={`${isExpanded ? t.collapse : t.expand} ${node.name}`}
            className="grid size-6 shrink-0 place-items-center rounded text-zinc-500 hover:bg-zinc-200 dark:text-zinc-400 dark:hover:bg-zinc-800"
            onClick={() => onToggle(node.key)}
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3.5 transition-transform ${isExpanded ? 'rotate-90' : ''}`}>
              <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
        ) : (
          <span className="size-6 shrink-0" />
        )}
        <Link
          to="/"
          search={(prev) => ({ ...prev, category: encodeCategoryParam(node.path) })}
          role="treeitem"
          aria-level={depth + 1}
          aria-selected={isActive}
          aria-expanded={hasChildren ? isExpanded : undefined}
          data-key={node.key}
          tabIndex={isActive ? 0 : -1}
          title={node.name}
          className={itemClass(isActive)}
          onClick={() => onSelect?.(node)}
        >
          <span className={`truncate ${count === 0 && !isActive ? 'text-zinc-400 dark:text-zinc-500' : ''}`}>{node.name}</span>
          <Count value={count} />
        </Link>
      </TreeRow>
      {isExpanded && (
        <ul role="group">
          {node.children.map((child) => (
            <TreeNode key={child.key} node={child} depth={depth + 1} activeKey={activeKey} expanded={expanded} onToggle={onToggle} onSelect={onSelect} countOf={countOf} />
          ))}
        </ul>
      )}
    </li>
  );
}

function TreeRow({ depth, children }: { depth: number; children: ReactNode }) {
  return (
    <div className="flex items-center gap-0.5 pr-2" style={{ paddingLeft: `${0.5 + depth * 0.875}rem` }}>
      {children}
    </div>
  );
}

function Count({ value }: { value: number | undefined }) {
  const { locale } = useI18n();
  return (
    <span className="ml-auto shrink-0 pl-2 text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
      {value === undefined ? '…' : value.toLocaleString(locale)}
    </span>
  );
}

function itemClass(active: boolean): string {
  return `flex min-w-0 flex-1 items-center rounded-md px-2 py-1.5 outline-offset-[-2px] ${
    active
      ? 'bg-sky-100 font-medium text-sky-900 dark:bg-sky-900/50 dark:text-sky-100'
      : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800/70'
  }`;
}
