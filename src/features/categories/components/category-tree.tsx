import { memo, useCallback, useDeferredValue, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useRouter } from '@tanstack/react-router';
import type { CategoryNode } from '../../../bundle/schema.ts';
import { AppLink, appHref, navigatesHere } from '../../../lib/app-link.tsx';
import { encodeCategoryParam } from '../../../lib/category-param.ts';
import { formatCount } from '../../../lib/format-count.ts';
import { useI18n } from '../../../lib/i18n.ts';
import { useViewPrefetch, type WatchInView } from '../../../lib/use-view-prefetch.ts';
import { ancestorKeys } from '../lib/find-category.ts';

interface CategoryTreeProps {
  roots: CategoryNode[];
  total: number;
  /** The selected node; null when "All" is selected or nothing matches. */
  active: CategoryNode | null;
  /** Called when the reader picks a node (null = All) with a plain click, before the navigation happens. */
  onSelect?: (node: CategoryNode | null) => void;
  /**
   * A node's count under the active filters (undefined while it loads); absent = `node.count`.
   * Nodes the filters leave empty stay in the tree, dimmed, so the tree does not jump.
   */
  countOf?: (node: CategoryNode) => number | undefined;
  /**
   * Unread articles of a node (null = All) under the same filters, shown beside the count when
   * some are read; undefined when unknown.
   */
  unreadOf?: (node: CategoryNode | null) => number | undefined;
  /** Whether "All" is the selected view (false in a view of its own, such as Starred). */
  allSelected?: boolean;
  /** The page's search: a picked node keeps its other filters (a date range, a query). */
  linkSearch: object;
  /**
   * Fetches ahead what picking `node` will show, resolving when the download is done. Called at
   * an idle moment for the items in view, once each (see lib/prefetch-in-view.ts): a click on
   * one of them then needs no download. Absent: nothing is fetched ahead.
   */
  onPrefetch?: (node: CategoryNode) => Promise<unknown>;
}

const ITEM_SELECTOR = '[role="treeitem"]';

/**
 * The whole category tree as an ARIA tree. The selected node and its ancestors are expanded;
 * arrow keys move between visible items, Right/Left expand and collapse, Home/End jump.
 */
export function CategoryTree({ roots, total, active: activeNode, onSelect: onSelectProp, countOf, unreadOf, allSelected = true, linkSearch, onPrefetch }: CategoryTreeProps) {
  const { t } = useI18n();
  const activeKey = activeNode?.key ?? null;
  const [expanded, setExpanded] = useState(() => expansionFor(roots, activeNode, new Set()));
  const [expandedFor, setExpandedFor] = useState(activeKey);
  // Opening a node (from the tree, a breadcrumb or a link) reveals it: adjust during render,
  // not in an effect, so the tree never paints collapsed first.
  if (expandedFor !== activeKey) {
    setExpandedFor(activeKey);
    setExpanded(expansionFor(roots, activeNode, expanded));
  }

  // The selection paints with the new list; a picked node's children appear in the render
  // after, so mounting them never holds the list back.
  const shownExpanded = useDeferredValue(expanded);
  const toggle = useCallback((key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    }), []);
  // A stable handler, so items whose own props did not change skip rendering (TreeItem): a node
  // may have thousands of children open, and a navigation must not re-render each of them.
  const latestOnSelect = useRef(onSelectProp);
  useLayoutEffect(() => {
    latestOnSelect.current = onSelectProp;
  });
  const onSelect = useCallback((node: CategoryNode | null) => latestOnSelect.current?.(node), []);
  const watch = useViewPrefetch(onPrefetch, nodeKey);
  // A pick shows at once (see pick) and steps back once any navigation lands: the tree then
  // selects what the page shows, the pick or, after Back or a failed load, something else.
  const router = useRouter();
  const treeRef = useRef<HTMLUListElement>(null);
  useEffect(() => router.subscribe('onResolved', () => clearPending(treeRef.current)), [router]);

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
    <ul ref={treeRef} role="tree" aria-label={t.categoryTree} className="py-2 text-sm" onKeyDown={onKeyDown}>
      <li role="none">
        <TreeRow depth={0}>
          <span className="size-6 shrink-0" />
          <AppLink
            href={appHref('/', { ...linkSearch, category: undefined })}
            // Other filters (a date range) stay when the category changes.
            to={{ to: '/', search: (prev) => ({ ...prev, category: undefined }) }}
            role="treeitem"
            aria-level={1}
            aria-selected={activeKey === null && allSelected}
            aria-describedby={unreadOf ? 'unread-all' : undefined}
            tabIndex={activeKey === null ? 0 : -1}
            className={itemClass(activeKey === null && allSelected)}
            onClick={(event) => navigatesHere(event) && pick(event.currentTarget, () => onSelect?.(null))}
          >
            <span className="truncate font-medium">{t.all}</span>
            <Count value={total} />
            <Unread value={unreadOf?.(null)} total={total} />
          </AppLink>
          <UnreadDescription id="unread-all" value={unreadOf?.(null)} />
        </TreeRow>
      </li>
      {roots.map((node) => (
        <TreeNode key={node.key} node={node} depth={0} activeKey={activeKey} expanded={shownExpanded} onToggle={toggle} onSelect={onSelect} watch={watch} countOf={countOf} unreadOf={unreadOf} linkSearch={linkSearch} />
      ))}
    </ul>
  );
}

/** Watches a tree item for the prefetch in view (lib/use-view-prefetch.ts). */
type WatchItem = WatchInView<CategoryNode>;

const nodeKey = (node: CategoryNode) => node.key;

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
  watch: WatchItem;
  countOf?: (node: CategoryNode) => number | undefined;
  unreadOf?: (node: CategoryNode | null) => number | undefined;
  linkSearch: object;
}

function TreeNode({ node, depth, activeKey, expanded, onToggle, onSelect, watch, countOf, unreadOf, linkSearch }: TreeNodeProps) {
  const hasChildren = node.children.length > 0;
  const isExpanded = hasChildren && expanded.has(node.key);
  return (
    <li role="none">
      <TreeItem
        node={node}
        depth={depth}
        isActive={node.key === activeKey}
        isExpanded={hasChildren ? isExpanded : undefined}
        count={countOf ? countOf(node) : node.count}
        unread={unreadOf?.(node)}
        hasUnread={!!unreadOf}
        href={appHref('/', { ...linkSearch, category: encodeCategoryParam(node.path) })}
        onToggle={onToggle}
        onSelect={onSelect}
        watch={watch}
      />
      {isExpanded && (
        <ul role="group">
          {node.children.map((child) => (
            <TreeNode key={child.key} node={child} depth={depth + 1} activeKey={activeKey} expanded={expanded} onToggle={onToggle} onSelect={onSelect} watch={watch} countOf={countOf} unreadOf={unreadOf} linkSearch={linkSearch} />
          ))}
        </ul>
      )}
    </li>
  );
}

interface TreeItemProps {
  node: CategoryNode;
  depth: number;
  isActive: boolean;
  /** undefined for a node without children. */
  isExpanded: boolean | undefined;
  count: number | undefined;
  unread: number | undefined;
  hasUnread: boolean;
  /** The item's address, with the page's other filters. */
  href: string;
  onToggle: (key: string) => void;
  onSelect?: (node: CategoryNode | null) => void;
  watch: WatchItem;
}

/** One item's row; memoized on plain values, so a navigation re-renders only the items it changes. */
const TreeItem = memo(function TreeItem({ node, depth, isActive, isExpanded, count, unread, hasUnread, href, onToggle, onSelect, watch }: TreeItemProps) {
  const { t } = useI18n();
  return (
    <TreeRow depth={depth}>
      {isExpanded !== undefined ? (
        // The pointer's way to expand; keyboard and screen reader users expand the treeitem
        // itself (Right/Left, aria-expanded), so it is hidden from them: a tree holds treeitems only.
        <span
          aria-hidden="true"
          data-disclosure=""
          title={`${isExpanded ? t.collapse : t.expand} ${node.name}`}
          className="grid size-6 shrink-0 cursor-pointer place-items-center rounded text-zinc-500 hover:bg-zinc-200 dark:text-zinc-400 dark:hover:bg-zinc-800"
          onClick={() => onToggle(node.key)}
        >
          <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3.5 transition-transform ${isExpanded ? 'rotate-90' : ''}`}>
            <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </span>
      ) : (
        <span className="size-6 shrink-0" />
      )}
      <AppLink
        ref={(element) => (element ? watch(element, node) : undefined)}
        href={href}
        to={{ to: '/', search: (prev) => ({ ...prev, category: encodeCategoryParam(node.path) }) }}
        role="treeitem"
        aria-level={depth + 1}
        aria-selected={isActive}
        aria-expanded={isExpanded}
        aria-describedby={hasUnread ? `unread-${node.key}` : undefined}
        data-key={node.key}
        tabIndex={isActive ? 0 : -1}
        title={node.name}
        className={itemClass(isActive)}
        onClick={(event) => navigatesHere(event) && pick(event.currentTarget, () => onSelect?.(node))}
      >
        <span className={`truncate ${count === 0 && !isActive ? 'text-zinc-500 dark:text-zinc-400' : ''}`}>{node.name}</span>
        <Count value={count} />
        <Unread value={unread} total={count} />
      </AppLink>
      <UnreadDescription id={`unread-${node.key}`} value={unread} />
    </TreeRow>
  );
});

function TreeRow({ depth, children }: { depth: number; children: ReactNode }) {
  return (
    <div className="flex items-center gap-0.5 pr-2" style={{ paddingLeft: `${0.5 + depth * 0.875}rem` }}>
      {children}
    </div>
  );
}

/**
 * The unread count, drawn only once some of the node is read; screen readers get it as the
 * item's description (UnreadDescription: a hidden element may be referenced by aria-describedby).
 */
function Unread({ value, total }: { value: number | undefined; total: number | undefined }) {
  const { locale } = useI18n();
  if (value === undefined || total === undefined || value >= total) return null;
  return (
    <span aria-hidden="true" className="ml-1.5 shrink-0 rounded-full bg-sky-100 px-1.5 text-xs font-medium tabular-nums text-sky-900 dark:bg-sky-900/60 dark:text-sky-100">
      {formatCount(value, locale)}
    </span>
  );
}

/** The unread count as words, outside the item (its text stays "name count"), for aria-describedby. */
function UnreadDescription({ id, value }: { id: string; value: number | undefined }) {
  const { t } = useI18n();
  if (value === undefined) return null;
  return (
    <span id={id} hidden>
      {t.unreadCount(value)}
    </span>
  );
}

function Count({ value }: { value: number | undefined }) {
  const { locale } = useI18n();
  return (
    <span className="ml-auto shrink-0 pl-2 text-xs tabular-nums text-zinc-600 dark:text-zinc-400">
      {value === undefined ? '…' : formatCount(value, locale)}
    </span>
  );
}

/**
 * A picked item looks selected while its list loads (index.css styles `data-pending`). An
 * attribute React does not own, set on the element: the click renders nothing, so the list's
 * data, often there within milliseconds, is not kept waiting behind a render of the tree.
 */
function pick(item: HTMLElement, onSelect: () => void) {
  const tree = item.closest('[role="tree"]');
  clearPending(tree);
  if (item.getAttribute('aria-selected') !== 'true') item.setAttribute('data-pending', '');
  onSelect();
}

function clearPending(tree: Element | null) {
  for (const item of tree?.querySelectorAll('[data-pending]') ?? []) item.removeAttribute('data-pending');
}

function itemClass(active: boolean): string {
  return `flex min-w-0 flex-1 items-center rounded-md px-2 py-1.5 outline-offset-[-2px] ${
    active
      ? 'bg-sky-100 font-medium text-sky-900 dark:bg-sky-900/50 dark:text-sky-100'
      : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800/70'
  }`;
}
